"""The report's pure layer: vectors in, JSON-safe report out. No database."""

import json

import numpy as np
import pytest
from scipy import stats as sps

from assessments import stats
from reports import analysis


def unit(pre, post, **groups):
    def scores(value):
        if value is None:
            return None
        return {"domains": {"K": {"score": value, "n_items": 4}}, "subscales": {}}

    base = {"gender": "f", "age_band": "10_12"}
    return {"groups": base | groups, "pre": scores(pre), "post": scores(post)}


class TestAgeBand:
    @pytest.mark.parametrize(
        ("birth_year", "year", "band"),
        [
            (2017, 2026, "under_10"),
            (2016, 2026, "10_12"),
            (2014, 2026, "10_12"),
            (2013, 2026, "13_15"),
            (2010, 2026, "16_17"),
            (2008, 2026, "18_plus"),
            (None, 2026, ""),
        ],
    )
    def test_bands_by_age_reached_in_the_year(self, birth_year, year, band):
        assert analysis.age_band(birth_year, year) == band


class TestChangeDistribution:
    def test_bins_partition_the_changes(self):
        changes = [-40, -25, -24.9, -10, -9.9, -0.1, 0, 0.1, 9.9, 10, 24.9, 25, 60]
        result = analysis.change_distribution(changes, k=1)
        counts = {b["bin"]: b["n"] for b in result["bins"]}
        assert counts == {
            "le_-25": 2,
            "-25_-10": 2,
            "-10_0": 2,
            "0": 1,
            "0_10": 2,
            "10_25": 2,
            "ge_25": 2,
        }
        assert sum(counts.values()) == len(changes)

    def test_small_bins_are_suppressed_but_empty_bins_show_zero(self):
        result = analysis.change_distribution([30] * 12 + [5] * 3 + [15] * 11, k=10)
        bins = {b["bin"]: b for b in result["bins"]}
        assert bins["ge_25"] == bins["ge_25"] | {"n": 12, "suppressed": False}
        assert bins["0_10"]["n"] is None and bins["0_10"]["suppressed"] is True
        # complementary: otherwise 26 - 12 - 11 would give the 3 away
        assert bins["10_25"]["n"] is None and bins["10_25"]["suppressed"] is True
        assert bins["le_-25"]["n"] == 0 and bins["le_-25"]["suppressed"] is False


class TestBuildReport:
    def test_domain_summary_equals_paired_summary_of_matched_learners(self):
        pre = [40, 50, 55, 60, 30, 45, 70, 65, 50, 35, 20, 80]
        post = [60, 55, 70, 80, 50, 45, 90, 60, 75, 55, 40, 85]
        units = [unit(a, b) for a, b in zip(pre, post, strict=True)]
        units.append(unit(50, None))  # attrition: never silently dropped
        units.append(unit(None, 70))
        report = analysis.build_report(units, [], k=10, dimensions=())
        expected = stats.paired_summary(pre, post)
        summary = report["domains"]["K"]["summary"]
        assert summary["suppressed"] is False
        for key in ("n", "mean_diff", "ci95_low", "t_p_value", "d_z", "d_av"):
            assert summary[key] == pytest.approx(expected[key])
        assert report["attrition"] | {} == report["attrition"] | {
            "n_pre": 13,
            "n_post": 13,
            "n_matched": 12,
            "n_pre_only": 1,
            "n_post_only": 1,
        }
        assert report["attrition"]["attrition_rate"] == pytest.approx(1 / 13)
        json.dumps(report, allow_nan=False)

    def test_hakes_gain_only_for_knowledge_not_for_scales(self):
        """Hake's gain needs a real ceiling of right answers: knowledge has
        one, an attitude or practice scale does not."""
        pre = [40, 50, 55, 60, 30, 45, 70, 65, 50, 35, 20, 80]
        post = [60, 55, 70, 80, 50, 45, 90, 60, 75, 55, 40, 85]
        units = []
        for a, b in zip(pre, post, strict=True):
            one = unit(a, b)
            for phase, value in (("pre", a), ("post", b)):
                one[phase]["domains"]["A"] = {"score": value, "n_items": 5}
            units.append(one)
        report = analysis.build_report(units, [], k=10, dimensions=("gender",))
        knowledge = report["domains"]["K"]["summary"]
        attitudes = report["domains"]["A"]["summary"]
        assert knowledge["hake_g_class"] == pytest.approx(
            stats.paired_summary(pre, post)["hake_g_class"]
        )
        assert attitudes["hake_g_class"] is None
        assert (
            "not computed for attitude and practice scales"
            in (attitudes["null_reasons"]["hake_g_class"])
        )
        (cell,) = report["disaggregation"]["gender"]
        assert cell["domains"]["A"]["hake_g_class"] is None
        assert cell["domains"]["K"]["hake_g_class"] is not None

    def test_attitude_and_practice_scores_get_ordinal_statistics(self):
        """A and P domain scores are means of ordinal items: summarised with
        paired_summary(ordinal=True) (medians, Wilcoxon, rank-biserial), the
        mean-based t-test and Cohen's d are left to knowledge."""
        pre = [40, 50, 55, 60, 30, 45, 70, 65, 50, 35, 20, 80]
        post = [60, 55, 70, 80, 50, 45, 90, 60, 75, 55, 40, 85]
        units = []
        for a, b in zip(pre, post, strict=True):
            one = unit(a, b)
            for phase, value in (("pre", a), ("post", b)):
                one[phase]["domains"]["P"] = {"score": value, "n_items": 5}
                one[phase]["subscales"] = {
                    "P:privacy": {"score": value, "n_items": 2},
                    "K:facts": {"score": value, "n_items": 2},
                }
            units.append(one)
        report = analysis.build_report(units, [], k=10, dimensions=("gender",))
        assert report["ordinal_domains"] == ["P"]
        expected = stats.paired_summary(pre, post, ordinal=True, gain=False)
        practices = report["domains"]["P"]["summary"]
        knowledge = report["domains"]["K"]["summary"]
        for summary in (practices, report["subscales"]["P:privacy"]["summary"]):
            assert summary["ordinal"] is True
            for key in ("t_p_value", "ci95_low", "d_z", "d_av"):
                assert summary[key] is None
                assert "ordinal=True" in summary["null_reasons"][key]
            for key in ("pre_median", "post_median", "wilcoxon_p_value"):
                assert summary[key] == expected[key]
            assert summary["rank_biserial"] == expected["rank_biserial"]
        # Knowledge on the same numbers keeps the t-test and Cohen's d.
        assert knowledge["ordinal"] is False
        assert knowledge["d_z"] == pytest.approx(stats.paired_summary(pre, post)["d_z"])
        assert report["subscales"]["K:facts"]["summary"]["d_z"] is not None
        assert knowledge["rank_biserial"] == practices["rank_biserial"]
        (cell,) = report["disaggregation"]["gender"]
        assert cell["domains"]["P"]["d_z"] is None
        assert cell["domains"]["P"]["rank_biserial"] == expected["rank_biserial"]
        assert cell["domains"]["P"]["post_median"] == expected["post_median"]
        assert cell["domains"]["K"]["d_z"] is not None
        json.dumps(report, allow_nan=False)

    def test_mean_ci_is_t_interval_of_each_phase_mean(self):
        pre = [10.0, 20, 30, 40, 50, 60, 70, 80, 90, 100]
        units = [unit(a, min(100, a + 5)) for a in pre]
        report = analysis.build_report(units, [], k=10, dimensions=())
        low, high = report["domains"]["K"]["mean_ci95"]["pre"]
        # mean 55, SD 30.2765, t(0.975, 9) = 2.262157: margin 21.6585
        assert (low, high) == (
            pytest.approx(33.3415, abs=1e-3),
            pytest.approx(76.6585, abs=1e-3),
        )

    def test_fewer_than_k_matched_learners_suppresses_everything_with_counts(self):
        units = [unit(40 + i, 60 + i) for i in range(9)]
        report = analysis.build_report(units, [], k=10, dimensions=("gender",))
        domain = report["domains"]["K"]
        assert domain["summary"]["suppressed"] is True
        assert domain["summary"]["n"] is None
        assert set(domain["matching"].values()) == {None}
        assert report["attrition"]["suppressed"] is True
        assert report["attrition"]["n_pre"] is None
        assert report["change_distribution"]["K"]["suppressed"] is True
        assert report["disaggregation"]["gender"][0]["suppressed"] is True
        json.dumps(report, allow_nan=False)

    def test_small_groups_are_suppressed_and_large_ones_shown(self):
        units = [unit(40 + i % 7, 60 + i % 5, gender="f") for i in range(12)]
        units += [unit(50, 70 + i, gender="m") for i in range(3)]
        units += [unit(45, 65 + i % 3, gender="x") for i in range(11)]
        report = analysis.build_report(
            units, [], k=10, dimensions=("gender", ("gender", "age_band"))
        )
        rows = {
            row["group"]["gender"]: row for row in report["disaggregation"]["gender"]
        }
        assert rows["f"]["n"] == 12 and rows["f"]["suppressed"] is False
        assert rows["f"]["domains"]["K"]["mean_diff"] == pytest.approx(
            np.mean([60 + i % 5 - 40 - i % 7 for i in range(12)])
        )
        assert rows["m"] == rows["m"] | {"n": None, "suppressed": True, "domains": None}
        assert rows["m"]["reason"] == "fewer than 10 learners"
        # 26 matched in all: showing x (11) would give m = 26 - 12 - 11 = 3.
        assert rows["x"] == rows["x"] | {"n": None, "suppressed": True, "domains": None}
        assert "complementary" in rows["x"]["reason"]
        crossed = report["disaggregation"]["gender+age_band"]
        assert [row["group"] for row in crossed] == [
            {"gender": "f", "age_band": "10_12"},
            {"gender": "m", "age_band": "10_12"},
            {"gender": "x", "age_band": "10_12"},
        ]
        assert [row["suppressed"] for row in crossed] == [False, True, True]
        json.dumps(report, allow_nan=False)


class TestAnalyseBlock:
    def block(self, n):
        items = [
            analysis.ItemMeta("k1", "K01", "K", "", "single"),
            analysis.ItemMeta("k2", "K02", "K", "", "truefalse"),
            analysis.ItemMeta("a1", "A01", "A", "", "likert"),
        ]
        rng = np.random.default_rng(3)
        pre = rng.integers(0, 2, size=(n, 3)).astype(float)
        post = np.maximum(pre, rng.integers(0, 2, size=(n, 3))).astype(float)
        pre[:, 2] = rng.integers(0, 5, size=n) / 4
        post[:, 2] = rng.integers(0, 5, size=n) / 4
        values = {
            "pre_values": {"a1": [str(int(v * 4) + 1) for v in pre[:, 2]]},
            "post_values": {"a1": [str(int(v * 4) + 1) for v in post[:, 2]]},
        }
        return analysis.ItemBlock("T", items, pre, post, **values)

    def test_items_use_the_stats_module_on_the_matched_columns(self):
        block = self.block(30)
        result = analysis.analyse_block(block, k=10)
        k1 = result["items"][0]
        assert k1["difficulty_pre"]["difficulty"] == pytest.approx(
            block.pre[:, 0].mean()
        )
        expected = stats.mcnemar(
            block.pre[:, 0].astype(int), block.post[:, 0].astype(int)
        )
        assert (
            k1["mcnemar"]["b"] == expected["b"] and k1["mcnemar"]["c"] == expected["c"]
        )
        assert k1["mcnemar"]["p_value"] == pytest.approx(expected["p_value"])
        assert result["items"][2]["mcnemar"] is None
        assert result["items"][2]["distribution"]["pre_n"] == 30
        kr = next(
            r
            for r in result["reliability"]
            if r["domain"] == "K" and r["phase"] == "pre"
        )
        assert kr["method"] == "kr20"
        assert kr["value"] == pytest.approx(
            stats.kr20(block.pre[:, :2].tolist())["kr20"]
        )
        alpha = next(r for r in result["reliability"] if r["domain"] == "A")
        assert alpha["method"] == "cronbach_alpha"
        assert alpha["value"] is None  # one attitude item: alpha needs two
        assert alpha["null_reasons"] == {"value": "need at least 2 items"}
        json.dumps(result, allow_nan=False)

    def test_block_under_k_is_suppressed(self):
        result = analysis.analyse_block(self.block(6), k=10)
        assert result["suppressed"] is True
        assert result["n"] is None and result["items"] == []


class TestOrdinalItems:
    """Ordinal items (scale, likert, frequency) get medians, the share above
    the scale's midpoint, the Wilcoxon test and the rank-biserial
    correlation on their own scale, after reverse coding."""

    def block(self, n, *, skipped=0):
        items = [
            analysis.ItemMeta("k1", "K01", "K", "", "single"),
            analysis.ItemMeta("a1", "A01", "A", "", "likert"),
            analysis.ItemMeta(
                "a2", "A02", "A", "", "scale", scale_range=(0, 10), reverse_coded=True
            ),
            analysis.ItemMeta("p1", "P01", "P", "", "yesno"),
        ]
        rng = np.random.default_rng(5)
        likert_pre = rng.integers(1, 6, n)
        likert_post = np.clip(likert_pre + rng.integers(-1, 3, n), 1, 5)
        # An 11-point scale 0..10, reverse coded: the stored score is
        # (10 - x) / 10 of the raw answer x; these are the reverse-coded numbers.
        eleven_pre = rng.integers(0, 11, n)
        eleven_post = np.clip(eleven_pre + rng.integers(-2, 4, n), 0, 10)
        pre = np.column_stack(
            [
                rng.integers(0, 2, n),
                (likert_pre - 1) / 4,
                eleven_pre / 10,
                rng.integers(0, 2, n),
            ]
        ).astype(float)
        post = np.column_stack(
            [
                rng.integers(0, 2, n),
                (likert_post - 1) / 4,
                eleven_post / 10,
                rng.integers(0, 2, n),
            ]
        ).astype(float)
        if skipped:
            post[:skipped, 2] = np.nan  # not shown to these learners
        block = analysis.ItemBlock("T", items, pre, post)
        return block, (likert_pre, likert_post), (eleven_pre, eleven_post)

    def test_likert_and_eleven_point_items_against_references(self):
        block, likert, eleven = self.block(40)
        items = analysis.analyse_block(block, k=10)["items"]
        for row, (pre, post) in ((items[1], likert), (items[2], eleven)):
            ordinal = row["ordinal"]
            assert ordinal["suppressed"] is False
            assert ordinal["n"] == 40
            assert ordinal["pre_median"] == float(np.median(pre))
            assert ordinal["post_median"] == float(np.median(post))
            midpoint = (ordinal["scale_min"] + ordinal["scale_max"]) / 2
            assert ordinal["post_prop_above_mid"] == pytest.approx(
                np.mean(post > midpoint)
            )
            expected = sps.wilcoxon(
                (post - pre).astype(float),
                zero_method="wilcox",
                correction=False,
                method="asymptotic",
            )
            assert ordinal["wilcoxon_statistic"] == expected.statistic
            assert ordinal["wilcoxon_p_value"] == pytest.approx(
                expected.pvalue, abs=1e-12
            )
            differences = (post - pre)[post != pre]
            ranks = sps.rankdata(np.abs(differences))
            r = (ranks[differences > 0].sum() - ranks[differences < 0].sum()) / (
                ranks.sum()
            )
            assert ordinal["rank_biserial"] == pytest.approx(r, abs=1e-12)
            assert ordinal["rank_biserial_n"] == len(differences)
        assert (items[1]["ordinal"]["scale_min"], items[1]["ordinal"]["scale_max"]) == (
            1.0,
            5.0,
        )
        assert items[2]["reverse_coded"] is True
        assert items[2]["ordinal"]["scale_midpoint"] == 5.0
        # Right/wrong and yes/no items have no ordinal statistics.
        assert items[0]["ordinal"] is None and items[3]["ordinal"] is None
        json.dumps(items, allow_nan=False)

    def test_item_answered_by_fewer_than_k_on_both_tests_is_suppressed(self):
        block, _likert, _eleven = self.block(14, skipped=5)
        items = analysis.analyse_block(block, k=10)["items"]
        assert items[1]["ordinal"]["n"] == 14
        hidden = items[2]["ordinal"]
        assert hidden["suppressed"] is True
        assert hidden["n"] is None and hidden["pre_median"] is None
        assert hidden["reason"] == "fewer than 10 learners"

    def test_scale_values_undo_the_rescaling_exactly(self):
        # 7-point 1..7: scores k/6 come back as the whole numbers 1..7.
        scores = np.arange(7) / 6
        values = analysis.scale_values(scores, 1.0, 7.0)
        assert values.tolist() == [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]
