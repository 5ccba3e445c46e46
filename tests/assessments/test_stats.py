"""Tests for ``assessments.stats`` against published worked examples.

Each published figure is asserted to the precision the source prints it
(``pytest.approx`` with an explicit ``abs`` of half a unit in the last printed
digit). Where a figure could not be found printed in a source, the comment says
so and names the independent computation used instead.

Sources (full citations at each test class):

* Lakens (2013), Frontiers in Psychology 4:863, Table 3 movie ratings: paired
  t-test, 95% CI, r, Cohen's d_z, Hedges's g_av, 95% CI of the effect size.
* Student (1908) / Cushny & Peebles sleep data, as printed by R's ``t.test``
  help-page example and the effectsize R package's ``cohens_d`` page.
* Hollander & Wolfe (1973), Nonparametric Statistical Methods, pp. 29f,
  Hamilton depression data, as in R's ``wilcox.test`` help page.
* Agresti (1990), Categorical Data Analysis, p. 350, presidential approval
  ratings, as in R's ``mcnemar.test`` help page.
* Fagerland, Lydersen & Laake (2013), BMC Med Res Methodol 13:91, airway
  hyper-responsiveness data (Bentur et al. 2009).
* Wuensch, "The Kuder-Richardson 20", core.ecu.edu/wuenschk/StatHelp/KR20.txt.
* Bobbitt (2021), "How to Calculate Cronbach's Alpha in Python", Statology.
* Hake (1998), Am. J. Phys. 66(1), 64-74, definition of the normalized gain.
* Vallat (2018), pingouin ``wilcoxon`` documentation example: the
  matched-pairs rank-biserial correlation (Kerby 2014), W = 20.5,
  RBC = -0.378788.
"""

import json
import math

import numpy as np
import pytest
from scipy import stats as sps

from assessments import stats
from assessments.stats import (
    cronbach_alpha,
    item_difficulty,
    item_discrimination,
    kr20,
    likert_distribution,
    match_pre_post,
    mcnemar,
    ordinal_change,
    paired_summary,
    suppress,
)

# Lakens (2013), Table 3 "Artificial movie evaluations" (scale 1-10).
MOVIE_1 = [9, 7, 8, 9, 8, 9, 9, 10, 9, 9]
MOVIE_2 = [9, 6, 7, 8, 7, 9, 8, 8, 8, 7]

# R's built-in ``sleep`` data (Cushny & Peebles 1905, used by Student 1908):
# extra hours of sleep of 10 patients under drug 1 and drug 2.
SLEEP_DRUG_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
SLEEP_DRUG_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]

# Hollander & Wolfe (1973), pp. 29f: Hamilton depression scale factor at the
# first (x) and second (y) visit, 9 patients (R's ?wilcox.test example).
HW_FIRST = [1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30]
HW_SECOND = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29]

# Wuensch, KR20.txt: ten students (A-J) x ten quiz items, 1 = correct.
WUENSCH_QUIZ = [
    [1, 1, 1, 1, 1, 1, 0, 1, 1, 0],
    [1, 0, 1, 1, 0, 1, 1, 1, 0, 1],
    [1, 1, 1, 1, 0, 1, 1, 0, 0, 1],
    [0, 0, 1, 0, 0, 0, 1, 0, 0, 0],
    [0, 0, 0, 0, 0, 1, 0, 0, 1, 0],
    [1, 1, 1, 0, 1, 1, 1, 1, 1, 1],
    [1, 1, 0, 1, 1, 1, 0, 1, 1, 1],
    [1, 1, 1, 1, 1, 1, 1, 1, 0, 1],
    [0, 1, 0, 1, 1, 1, 1, 1, 0, 1],
    [1, 1, 0, 1, 1, 0, 1, 1, 1, 0],
]
WUENSCH_TOTALS = [8, 7, 7, 2, 2, 9, 8, 9, 7, 7]
WUENSCH_P = [0.7, 0.7, 0.6, 0.7, 0.6, 0.8, 0.7, 0.7, 0.5, 0.6]

# Bobbitt (2021), Statology: 10 customers x 3 survey questions rated 1-3.
STATOLOGY_Q1 = [1, 2, 2, 3, 2, 2, 3, 3, 2, 3]
STATOLOGY_Q2 = [1, 1, 1, 2, 3, 3, 2, 3, 3, 3]
STATOLOGY_Q3 = [1, 1, 2, 1, 2, 3, 3, 3, 2, 3]
STATOLOGY_SURVEY = [
    list(row) for row in zip(STATOLOGY_Q1, STATOLOGY_Q2, STATOLOGY_Q3, strict=True)
]


def paired_binary(a: int, b: int, c: int, d: int) -> tuple[list[int], list[int]]:
    """Expand 2x2 counts into per-learner pre/post right (1) / wrong (0) lists.

    a = right both times, b = right then wrong, c = wrong then right,
    d = wrong both times.
    """
    pre = [1] * a + [1] * b + [0] * c + [0] * d
    post = [1] * a + [0] * b + [1] * c + [0] * d
    return pre, post


def none_paths(value, path=""):
    """Every path to a None, in the module's path notation."""
    if value is None:
        return {path}
    found = set()
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "null_reasons" and not path:
                continue
            found |= none_paths(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found |= none_paths(item, f"{path}[{index}]")
    return found


def assert_plain_json(value):
    """Only plain JSON types, and no NaN or infinity anywhere."""
    if isinstance(value, dict):
        for key, item in value.items():
            assert isinstance(key, str | int), f"key {key!r} is not JSON-safe"
            assert_plain_json(item)
    elif isinstance(value, list):
        for item in value:
            assert_plain_json(item)
    elif isinstance(value, float):
        assert type(value) is float and math.isfinite(value), value
    else:
        assert value is None or type(value) in (int, str, bool), (
            f"{value!r} is a {type(value).__name__}"
        )


def assert_well_formed(result: dict) -> None:
    """The module's output contract: JSON-safe, every None explained."""
    json.dumps(result, allow_nan=False)
    assert_plain_json(result)
    reasons = result["null_reasons"]
    assert set(reasons) == none_paths(result)
    assert all(isinstance(text, str) and text for text in reasons.values())


# ---------------------------------------------------------------- matching


class TestMatchPrePost:
    def test_pairs_are_sorted_by_key_and_unmatched_are_reported(self):
        result = match_pre_post(
            {"c": 40, "a": 55.5, "b": 60, "d": 10},
            {"b": 80, "a": 70, "e": 90},
        )
        assert result["pairs"] == [["a", 55.5, 70.0], ["b", 60.0, 80.0]]
        assert result["pre_only"] == ["c", "d"]
        assert result["post_only"] == ["e"]
        assert result["n_matched"] == 2
        assert result["n_pre_only"] == 2
        assert result["n_post_only"] == 1
        assert result["n_pre"] == 4
        assert result["n_post"] == 3
        assert_well_formed(result)

    def test_attrition_is_share_of_pre_takers_without_post(self):
        result = match_pre_post({1: 50, 2: 60, 3: 70, 4: 80}, {1: 55, 9: 65})
        assert result["attrition_rate"] == pytest.approx(0.75, abs=1e-12)

    def test_integer_keys_sort_numerically(self):
        result = match_pre_post({10: 1, 2: 2, 33: 3}, {33: 4, 2: 5, 10: 6})
        assert [pair[0] for pair in result["pairs"]] == [2, 10, 33]

    def test_mixed_key_types_sort_numbers_before_strings(self):
        result = match_pre_post({"x": 1, 5: 2, "a": 3}, {})
        assert result["pre_only"] == [5, "a", "x"]

    def test_missing_scores_are_listed_not_dropped(self):
        result = match_pre_post(
            {1: 50, 2: None, 3: float("nan")}, {1: 60, 2: 70, 3: None}
        )
        assert result["pairs"] == [[1, 50.0, 60.0]]
        assert result["pre_no_score"] == [2, 3]
        assert result["post_no_score"] == [3]
        assert result["post_only"] == [2]
        assert result["n_pre"] == 1

    def test_no_pre_takers_gives_null_attrition_with_reason(self):
        result = match_pre_post({}, {1: 50})
        assert result["attrition_rate"] is None
        assert "pre-test" in result["null_reasons"]["attrition_rate"]
        assert result["post_only"] == [1]
        assert_well_formed(result)

    def test_empty_input(self):
        result = match_pre_post({}, {})
        assert result["pairs"] == []
        assert result["n_matched"] == 0
        assert result["attrition_rate"] is None
        assert_well_formed(result)

    def test_numpy_scores_become_plain_floats(self):
        result = match_pre_post({1: np.float64(50)}, {1: np.int64(70)})
        assert type(result["pairs"][0][1]) is float
        assert type(result["pairs"][0][2]) is float

    def test_non_numeric_score_raises(self):
        with pytest.raises(ValueError, match="not a number"):
            match_pre_post({1: "fifty"}, {})

    def test_none_key_raises(self):
        with pytest.raises(ValueError, match="None learner key"):
            match_pre_post({None: 50}, {})


# ---------------------------------------------------------- paired summary


class TestPairedSummaryLakens2013:
    """Lakens, D. (2013). Calculating and reporting effect sizes to facilitate
    cumulative science: a practical primer for t-tests and ANOVAs. Frontiers in
    Psychology 4:863, doi:10.3389/fpsyg.2013.00863, "An illustrative example"
    and Table 3 (pp. 7-8): ten participants rate Movie 1 and Movie 2.

    Movie 2 is passed as "pre" and Movie 1 as "post" so that the published
    difference Movie 1 - Movie 2 = +1.00 is post - pre.
    """

    @pytest.fixture
    def result(self):
        return paired_summary(MOVIE_2, MOVIE_1, max_score=10)

    def test_descriptives_match_table_3(self, result):
        # Table 3: M 8.70 / 7.70 / 1.00; SD 0.82 / 0.95 / 0.67.
        assert result["post_mean"] == pytest.approx(8.70, abs=0.005)
        assert result["pre_mean"] == pytest.approx(7.70, abs=0.005)
        assert result["mean_diff"] == pytest.approx(1.00, abs=0.005)
        assert result["post_sd"] == pytest.approx(0.82, abs=0.005)
        assert result["pre_sd"] == pytest.approx(0.95, abs=0.005)
        assert result["diff_sd"] == pytest.approx(0.67, abs=0.005)

    def test_paired_t_test(self, result):
        # "t(9) = 4.74, p = 0.001, 95% CI [0.52, 1.48]"
        assert result["t_df"] == 9
        assert result["t_statistic"] == pytest.approx(4.74, abs=0.005)
        assert result["t_p_value"] == pytest.approx(0.001, abs=0.0005)
        assert result["ci95_low"] == pytest.approx(0.52, abs=0.005)
        assert result["ci95_high"] == pytest.approx(1.48, abs=0.005)

    def test_correlation_between_measures(self, result):
        # "Both observations are strongly correlated, with r = 0.726."
        assert result["pre_post_correlation"] == pytest.approx(0.726, abs=0.0005)

    def test_cohens_d_z(self, result):
        # Formula (18): Cohen's d_z = 1.50.
        assert result["d_z"] == pytest.approx(1.50, abs=0.005)

    def test_cohens_d_av(self, result):
        # Lakens prints Hedges's g_av = 1.08, not d_av itself. By formula (10),
        # d_av = 1.00 / ((0.82 + 0.95) / 2) = 1.13 from the published SDs, and
        # Hedges's correction of formula (4), 1 - 3 / (4 (n1 + n2) - 9), which
        # Lakens's spreadsheet applies, turns our d_av into the published 1.08.
        assert result["d_av"] == pytest.approx(1.13, abs=0.005)
        correction = 1 - 3 / (4 * (10 + 10) - 9)
        assert result["d_av"] * correction == pytest.approx(1.08, abs=0.005)

    def test_d_av_standardiser_is_arithmetic_mean_of_sds(self):
        # Formula (10) by hand, with SDs far enough apart that the arithmetic
        # mean (13.66) and ESCI's root mean square (14.14) give different d_av:
        # pre 40, 50, 60 (SD 10); post 50, 80, 80 (SD sqrt(300)); mean diff 20.
        result = paired_summary([40, 50, 60], [50, 80, 80])
        sd_av = (10 + math.sqrt(300)) / 2
        assert result["d_av"] == pytest.approx(20 / sd_av, abs=1e-12)
        # Its interval rescales the noncentral-t limits of d_z by
        # s_d / SD_av (Algina & Keselman 2003), s_d = 10 here.
        assert result["d_av_ci95_low"] == pytest.approx(
            result["d_z_ci95_low"] * 10 / sd_av, abs=1e-12
        )
        assert result["d_av_ci95_high"] == pytest.approx(
            result["d_z_ci95_high"] * 10 / sd_av, abs=1e-12
        )

    def test_d_av_interval_matches_esci(self, result):
        # "a smaller 95% confidence interval for Cohen's d [0.42, 1.80] (for
        # calculations, see ESCI, Cumming and Finch, 2005)". ESCI standardises
        # by sqrt((SD1^2 + SD2^2) / 2) (Cumming 2012); we standardise by the
        # arithmetic mean (SD1 + SD2) / 2 of Lakens's formula (10). Same
        # Algina-Keselman method, so rescaling ours to ESCI's standardiser
        # must reproduce the published limits.
        sd_av = (result["pre_sd"] + result["post_sd"]) / 2
        sd_rms = math.sqrt((result["pre_sd"] ** 2 + result["post_sd"] ** 2) / 2)
        rescaled = [
            result["d_av_ci95_low"] * sd_av / sd_rms,
            result["d_av_ci95_high"] * sd_av / sd_rms,
        ]
        assert rescaled == pytest.approx([0.42, 1.80], abs=0.005)
        # Unrescaled, our limits differ from ESCI's by under 0.01.
        assert result["d_av_ci95_low"] == pytest.approx(0.42, abs=0.01)
        assert result["d_av_ci95_high"] == pytest.approx(1.80, abs=0.01)

    def test_wilcoxon_on_tied_differences_matches_scipy(self, result):
        # Not in Lakens. Differences 0,1,1,1,1,0,1,2,1,2 have zeros and ties,
        # so the normal approximation is used; cross-checked against scipy's
        # independent implementation (zeros discarded, tie-corrected).
        expected = sps.wilcoxon(
            np.subtract(MOVIE_1, MOVIE_2), zero_method="wilcox", method="asymptotic"
        )
        assert result["wilcoxon_method"] == "normal_approximation"
        assert result["wilcoxon_n_nonzero"] == 8
        assert result["wilcoxon_statistic"] == pytest.approx(expected.statistic)
        assert result["wilcoxon_p_value"] == pytest.approx(expected.pvalue, abs=1e-12)

    def test_shares(self, result):
        assert (result["n_improved"], result["n_unchanged"], result["n_declined"]) == (
            8,
            2,
            0,
        )
        assert result["prop_improved"] == pytest.approx(0.8, abs=1e-12)
        assert result["prop_unchanged"] == pytest.approx(0.2, abs=1e-12)
        assert result["prop_declined"] == 0.0

    def test_output_contract(self, result):
        assert result["null_reasons"] == {}
        assert_well_formed(result)


class TestPairedSummarySleepData:
    """R Core Team, ``?t.test`` example on the ``sleep`` data (Student 1908):
    ``t.test(extra ~ group, data = sleep, paired = TRUE)`` prints
    "t = -4.0621, df = 9, p-value = 0.002833", 95% CI "-2.4598858 -0.7001142"
    for drug 1 - drug 2. The effectsize R package documentation (Ben-Shachar,
    Luedecke & Makowski 2020, ``cohens_d`` reference page, "Paired Samples")
    prints Cohen's d = -1.28, 95% CI [-2.12, -0.41] for the same pairs, using
    the noncentral-t (pivot) method. We pass drug 1 as pre, drug 2 as post, so
    every sign flips.
    """

    @pytest.fixture
    def result(self):
        shifted = 2.0  # sleep changes can be negative; shift into [0, 100]
        return paired_summary(
            [v + shifted for v in SLEEP_DRUG_1], [v + shifted for v in SLEEP_DRUG_2]
        )

    def test_t_test_matches_r(self, result):
        assert result["mean_diff"] == pytest.approx(1.58, abs=0.005)
        assert result["t_statistic"] == pytest.approx(4.0621, abs=0.00005)
        assert result["t_df"] == 9
        assert result["t_p_value"] == pytest.approx(0.002833, abs=0.0000005)
        assert result["ci95_low"] == pytest.approx(0.7001142, abs=0.00000005)
        assert result["ci95_high"] == pytest.approx(2.4598858, abs=0.00000005)

    def test_d_z_and_noncentral_interval_match_effectsize(self, result):
        assert result["d_z"] == pytest.approx(1.28, abs=0.005)
        assert result["d_z_ci95_low"] == pytest.approx(0.41, abs=0.005)
        assert result["d_z_ci95_high"] == pytest.approx(2.12, abs=0.005)

    def test_d_z_interval_inverts_the_noncentral_t(self, result):
        # Definition check: the limits put the observed t at the 97.5th and
        # 2.5th percentiles of the noncentral t (Steiger & Fouladi 1997).
        t, df, root_n = result["t_statistic"], 9, math.sqrt(10)
        low = sps.nct.cdf(t, df, result["d_z_ci95_low"] * root_n)
        high = sps.nct.cdf(t, df, result["d_z_ci95_high"] * root_n)
        assert low == pytest.approx(0.975, abs=1e-9)
        assert high == pytest.approx(0.025, abs=1e-9)


class TestWilcoxonSignedRank:
    """Hollander, M. & Wolfe, D. A. (1973). Nonparametric Statistical Methods.
    Wiley, pp. 29f; R Core Team ``?wilcox.test`` example:
    ``wilcox.test(x, y, paired = TRUE, alternative = "greater")`` prints
    "V = 40, p-value = 0.01953", and the large-sample approximation
    ``wilcox.test(y - x, alternative = "less", exact = FALSE, correct = FALSE)``
    prints "V = 5, p-value = 0.01908". Both nulls are symmetric, so the
    two-sided p-values are twice these.
    """

    @pytest.fixture
    def result(self):
        return paired_summary(HW_FIRST, HW_SECOND, max_score=10)

    def test_rank_sums(self, result):
        # post - pre = y - x: V = 40 for x - y is W- here, and W+ = 45 - 40.
        assert result["wilcoxon_w_minus"] == 40.0
        assert result["wilcoxon_w_plus"] == 5.0
        assert result["wilcoxon_statistic"] == 5.0
        assert result["wilcoxon_n_nonzero"] == 9

    def test_exact_two_sided_p(self, result):
        assert result["wilcoxon_method"] == "exact"
        assert result["wilcoxon_p_value"] == pytest.approx(2 * 0.01953, abs=0.00001)
        # Exact by enumeration: 10 of the 512 sign patterns give W <= 5.
        assert result["wilcoxon_p_value"] == 20 / 512

    def test_normal_approximation_matches_hollander_wolfe(self):
        differences = np.round(np.subtract(HW_SECOND, HW_FIRST), 9)
        p_value = stats._signed_rank_p(differences, "normal_approximation")
        assert p_value == pytest.approx(2 * 0.01908, abs=0.00001)

    def test_normal_approximation_is_the_tie_corrected_formula(self):
        # By hand, not through scipy: z = (W+ - m(m+1)/4) / sqrt(m(m+1)(2m+1)
        # / 24 - sum(t^3 - t) / 48), no continuity correction. Magnitudes
        # 1, 1, 2, 2, 2, 3 (ties of 2 and 3), all but one positive.
        differences = np.array([1.0, -1, 2, 2, 2, 3])
        ranks = sps.rankdata(np.abs(differences))  # 1.5 1.5 4 4 4 6
        w_plus = ranks[differences > 0].sum()
        m = 6
        variance = m * (m + 1) * (2 * m + 1) / 24 - ((2**3 - 2) + (3**3 - 3)) / 48
        z = (w_plus - m * (m + 1) / 4) / math.sqrt(variance)
        expected = 2 * (1 - 0.5 * (1 + math.erf(abs(z) / math.sqrt(2))))
        result = paired_summary([5] * 6, list(5 + differences))
        assert result["wilcoxon_method"] == "normal_approximation"
        assert result["wilcoxon_continuity_correction"] is False
        assert result["wilcoxon_p_value"] == pytest.approx(expected, abs=1e-12)

    def test_exact_p_equals_enumeration_of_every_sign_pattern(self):
        # Independent of scipy: under H0 each of the 2^m sign patterns of the
        # ranks 1..m is equally likely; p = min(1, 2 P(W+ <= min(W+, W-))).
        rng = np.random.default_rng(7)
        for m in (1, 2, 5, 9, 12):
            magnitudes = rng.permutation(np.arange(1, m + 1)) * 0.37
            signs = rng.choice([-1.0, 1.0], m)
            result = paired_summary([50.0] * m, list(50 + signs * magnitudes))
            ranks = np.arange(1, m + 1)
            observed = min(result["wilcoxon_w_plus"], result["wilcoxon_w_minus"])
            patterns = (np.arange(2**m)[:, None] >> np.arange(m)) & 1
            w_plus = (patterns * ranks).sum(axis=1)
            expected = min(1.0, 2 * (w_plus <= observed).sum() / 2**m)
            assert result["wilcoxon_method"] == "exact"
            assert result["wilcoxon_p_value"] == pytest.approx(expected, abs=1e-12)

    def test_zero_differences_are_discarded(self):
        result = paired_summary([10, 20, 30, 40, 50], [10, 25, 37, 49, 61])
        assert result["wilcoxon_zero_method"] == "wilcox"
        assert result["wilcoxon_n_nonzero"] == 4
        # Ranks 1..4 all positive: exact two-sided p = 2 / 2**4.
        assert result["wilcoxon_p_value"] == pytest.approx(0.125, abs=1e-12)

    def test_all_differences_zero_gives_null_with_reason(self):
        result = paired_summary([50, 60, 70], [50, 60, 70])
        assert result["wilcoxon_p_value"] is None
        assert result["wilcoxon_statistic"] is None
        assert result["wilcoxon_n_nonzero"] == 0
        assert "zero" in result["null_reasons"]["wilcoxon_p_value"]
        assert_well_formed(result)


def rank_biserial_by_hand(pre, post):
    """Kerby's (2014) simple difference formula, from scratch: rank the
    non-zero |post - pre| (average ranks for ties), then r = f - u, the
    favourable minus the unfavourable share of the total rank sum."""
    differences = np.round(np.subtract(post, pre, dtype=float), 9)
    differences = differences[differences != 0]
    ranks = sps.rankdata(np.abs(differences))
    total = ranks.sum()
    favourable = ranks[differences > 0].sum() / total
    unfavourable = ranks[differences < 0].sum() / total
    return favourable - unfavourable, len(differences)


# Pingouin's ``wilcoxon`` documentation example (Vallat 2018, pingouin
# ``pingouin.wilcoxon`` docstring): ``pg.wilcoxon(x, y)`` prints W-val 20.5
# and RBC -0.378788 (the matched-pairs rank-biserial correlation of x - y,
# Kerby 2014). We pass x as pre and y as post, so our r is +0.378788.
PINGOUIN_X = [20, 22, 19, 20, 22, 18, 24, 20, 19, 24, 26, 13]
PINGOUIN_Y = [38, 37, 33, 29, 14, 12, 20, 22, 17, 25, 26, 16]


class TestRankBiserial:
    """The matched-pairs rank-biserial correlation r = (W+ - W-) / (W+ + W-)
    (Kerby 2014; Cureton 1956), zeros discarded as in the Wilcoxon test."""

    def test_matches_pingouins_published_example(self):
        result = paired_summary(PINGOUIN_X, PINGOUIN_Y)
        assert result["wilcoxon_statistic"] == 20.5  # pingouin's W-val
        assert result["rank_biserial"] == pytest.approx(0.378788, abs=5e-7)
        assert result["rank_biserial_n"] == 11  # one zero difference discarded
        # pingouin applies a continuity correction; we do not (stated in the
        # output), so our p is scipy's without it.
        expected = sps.wilcoxon(
            np.subtract(PINGOUIN_Y, PINGOUIN_X),
            zero_method="wilcox",
            correction=False,
            method="asymptotic",
        )
        assert result["wilcoxon_p_value"] == pytest.approx(expected.pvalue, abs=1e-12)
        assert result["wilcoxon_continuity_correction"] is False

    def test_hollander_wolfe_from_the_published_rank_sums(self):
        # R prints V = 40 for x - y (W- here) with 9 non-zero pairs, so
        # W+ = 45 - 40 = 5 and r = (5 - 40) / 45.
        result = paired_summary(HW_FIRST, HW_SECOND, max_score=10)
        assert result["rank_biserial"] == pytest.approx(-35 / 45, abs=1e-12)
        assert result["rank_biserial_n"] == 9

    def test_equals_the_simple_difference_formula_by_hand(self):
        rng = np.random.default_rng(11)
        for n in (3, 10, 40, 200):
            pre = rng.integers(0, 5, n) * 25.0
            post = np.clip(pre + rng.integers(-2, 3, n) * 25.0, 0, 100)
            expected, m = rank_biserial_by_hand(pre, post)
            result = paired_summary(pre, post)
            assert result["rank_biserial"] == pytest.approx(expected, abs=1e-12)
            assert result["rank_biserial_n"] == m

    def test_all_improved_is_one_and_all_declined_is_minus_one(self):
        assert paired_summary([10, 20, 30], [20, 21, 50])["rank_biserial"] == 1.0
        assert paired_summary([20, 21, 50], [10, 20, 30])["rank_biserial"] == -1.0

    def test_computed_for_ordinal_data_too(self):
        result = paired_summary([1, 2, 3, 3], [2, 3, 3, 5], max_score=5, ordinal=True)
        expected, m = rank_biserial_by_hand([1, 2, 3, 3], [2, 3, 3, 5])
        assert result["rank_biserial"] == pytest.approx(expected, abs=1e-12)
        assert result["rank_biserial_n"] == m == 3

    def test_no_change_gives_null_with_reason(self):
        result = paired_summary([50, 60], [50, 60])
        assert result["rank_biserial"] is None
        assert result["rank_biserial_n"] == 0
        assert "nothing to rank" in result["null_reasons"]["rank_biserial"]
        empty = paired_summary([], [])
        assert empty["rank_biserial"] is None and empty["rank_biserial_n"] is None
        assert_well_formed(result)
        assert_well_formed(empty)


def reverse(values, low, high):
    return [None if v is None else low + high - v for v in values]


class TestOrdinalChange:
    """One ordinal item, pre vs post, on its own scale (any length)."""

    # A 7-point scale 1..7, 14 learners; learner 13 skipped the post-test
    # item and learner 14 the pre-test item.
    PRE = [2, 3, 4, 4, 5, 1, 3, 6, 4, 2, 5, 3, 7, None]
    POST = [4, 5, 4, 6, 5, 3, 2, 7, 6, 4, 6, 5, None, 4]

    @pytest.fixture
    def result(self):
        return ordinal_change(self.PRE, self.POST, scale_min=1, scale_max=7)

    def complete(self):
        pairs = [
            (a, b)
            for a, b in zip(self.PRE, self.POST, strict=True)
            if a is not None and b is not None
        ]
        return np.array([a for a, _ in pairs]), np.array([b for _, b in pairs])

    def test_counts_the_incomplete_pairs(self, result):
        assert result["n"] == 12
        assert result["n_incomplete"] == 2

    def test_medians_match_numpy(self, result):
        pre, post = self.complete()
        assert result["pre_median"] == float(np.median(pre)) == 3.5
        assert result["post_median"] == float(np.median(post)) == 5.0
        assert result["median_diff"] == float(np.median(post - pre))

    def test_share_above_the_midpoint(self, result):
        # midpoint 4 of 1..7: 5, 6 and 7 count, the neutral 4 does not.
        pre, post = self.complete()
        assert result["scale_midpoint"] == 4.0
        assert result["pre_prop_above_mid"] == pytest.approx(np.mean(pre > 4))
        assert result["pre_prop_above_mid"] == pytest.approx(3 / 12)
        assert result["post_prop_above_mid"] == pytest.approx(7 / 12)

    def test_wilcoxon_matches_scipy(self, result):
        pre, post = self.complete()
        expected = sps.wilcoxon(
            post - pre, zero_method="wilcox", correction=False, method="asymptotic"
        )
        assert result["wilcoxon_method"] == "normal_approximation"  # ties
        assert result["wilcoxon_zero_method"] == "wilcox"
        assert result["wilcoxon_continuity_correction"] is False
        assert result["wilcoxon_n_nonzero"] == 10
        assert result["wilcoxon_statistic"] == expected.statistic
        assert result["wilcoxon_p_value"] == pytest.approx(expected.pvalue, abs=1e-12)

    def test_rank_biserial_from_ranks_by_hand(self, result):
        pre, post = self.complete()
        expected, m = rank_biserial_by_hand(pre, post)
        assert result["rank_biserial"] == pytest.approx(expected, abs=1e-12)
        assert result["rank_biserial_n"] == m == 10

    def test_shares(self, result):
        assert (result["n_improved"], result["n_unchanged"], result["n_declined"]) == (
            9,
            2,
            1,
        )

    @pytest.mark.parametrize(
        ("low", "high", "above"),
        [(1, 4, {3, 4}), (1, 5, {4, 5}), (1, 7, {5, 6, 7}), (0, 10, set(range(6, 11)))],
    )
    def test_every_scale_length(self, low, high, above):
        rng = np.random.default_rng(high)
        pre = rng.integers(low, high + 1, 60).astype(float)
        post = np.clip(pre + rng.integers(-1, 3, 60), low, high)
        result = ordinal_change(pre, post, scale_min=low, scale_max=high)
        assert result["pre_prop_above_mid"] == pytest.approx(
            np.isin(pre, list(above)).mean()
        )
        assert result["post_median"] == float(np.median(post))
        expected = sps.wilcoxon(
            post - pre, zero_method="wilcox", correction=False, method="asymptotic"
        )
        assert result["wilcoxon_p_value"] == pytest.approx(expected.pvalue, abs=1e-12)
        assert result["rank_biserial"] == pytest.approx(
            rank_biserial_by_hand(pre, post)[0], abs=1e-12
        )
        assert_well_formed(result)

    def test_exact_method_without_ties_matches_scipy(self):
        # 11-point scale 0..10: differences 1..6, all of different size.
        pre = [0, 1, 2, 3, 4, 4]
        post = [1, 3, 5, 7, 9, 10]
        result = ordinal_change(pre, post, scale_min=0, scale_max=10)
        expected = sps.wilcoxon(np.subtract(post, pre), method="exact")
        assert result["wilcoxon_method"] == "exact"
        assert result["wilcoxon_p_value"] == pytest.approx(expected.pvalue, abs=1e-15)
        assert result["wilcoxon_p_value"] == 2 / 2**6  # only the all-up pattern
        assert result["rank_biserial"] == 1.0

    def test_reverse_coding_mirrors_medians_and_flips_the_effect(self, result):
        # min + max - x on both tests: medians mirror around the midpoint,
        # above-midpoint shares become below-midpoint shares, r changes sign,
        # and the test's p-value is unchanged.
        mirrored = ordinal_change(
            reverse(self.PRE, 1, 7), reverse(self.POST, 1, 7), scale_min=1, scale_max=7
        )
        assert mirrored["pre_median"] == 8 - result["pre_median"]
        assert mirrored["post_median"] == 8 - result["post_median"]
        pre, _post = self.complete()
        assert mirrored["pre_prop_above_mid"] == pytest.approx(np.mean(pre < 4))
        assert mirrored["rank_biserial"] == pytest.approx(-result["rank_biserial"])
        assert mirrored["wilcoxon_p_value"] == pytest.approx(
            result["wilcoxon_p_value"], abs=1e-15
        )

    def test_numpy_input_with_nan_equals_lists(self, result):
        as_array = ordinal_change(
            np.array([np.nan if v is None else v for v in self.PRE], dtype=float),
            np.array([np.nan if v is None else v for v in self.POST], dtype=float),
            scale_min=1,
            scale_max=7,
        )
        assert as_array == result

    def test_no_pairs_and_no_change_give_nulls_with_reasons(self):
        empty = ordinal_change([None], [3], scale_min=1, scale_max=5)
        assert empty["n"] == 0 and empty["n_incomplete"] == 1
        assert empty["pre_median"] is None
        assert empty["rank_biserial"] is None
        assert_well_formed(empty)
        same = ordinal_change([2, 4], [2, 4], scale_min=1, scale_max=5)
        assert same["pre_median"] == 3.0
        assert same["wilcoxon_p_value"] is None
        assert "nothing to rank" in same["null_reasons"]["rank_biserial"]
        assert_well_formed(same)

    @pytest.mark.parametrize(
        ("pre", "post", "options", "message"),
        [
            ([1, 2], [1], {}, "paired"),
            ([1, 8], [1, 2], {}, r"pre\[1\] = 8.0 is not on the scale \[1, 7\]"),
            ([1, 2], [1, "x"], {}, "post"),
            ([1, 2], [1, 2], {"scale_min": 7, "scale_max": 1}, "below"),
            (np.array([1.0, np.inf]), np.array([1.0, 2.0]), {}, "finite"),
        ],
    )
    def test_malformed_input_raises(self, pre, post, options, message):
        with pytest.raises(ValueError, match=message):
            ordinal_change(pre, post, **({"scale_min": 1, "scale_max": 7} | options))


class TestHakeGain:
    """Hake, R. R. (1998). Interactive-engagement versus traditional methods: a
    six-thousand-student survey of mechanics test data for introductory physics
    courses. Am. J. Phys. 66(1), 64-74: <g> = (%<post> - %<pre>) /
    (100 - %<pre>) on class averages. The average of single-student gains is
    the common alternative (Bao 2006, Am. J. Phys. 74, 917, compares the two).
    Worked calculations are by hand.
    """

    def test_class_average_gain(self):
        # Class pre mean 40, post mean 70: g = (70 - 40) / (100 - 40) = 0.5.
        result = paired_summary([30, 50], [60, 80])
        assert result["hake_g_class"] == pytest.approx(0.5, abs=1e-12)

    def test_individual_gains_differ_from_class_gain(self):
        # Learner gains (50 - 0) / 100 = 0.5 and (100 - 50) / 50 = 1.0 average
        # 0.75; the class means 25 -> 75 give 50 / 75 = 0.667.
        result = paired_summary([0, 50], [50, 100])
        assert result["hake_g_individual_mean"] == pytest.approx(0.75, abs=1e-12)
        assert result["hake_g_class"] == pytest.approx(2 / 3, abs=1e-12)
        assert result["hake_n_included"] == 2
        assert result["hake_n_excluded"] == 0

    def test_learners_at_ceiling_are_excluded_from_individual_gains(self):
        # The learner at 100 has no room to gain: (80 - 40) / 60 = 0.667 only.
        result = paired_summary([40, 100], [80, 90])
        assert result["hake_g_individual_mean"] == pytest.approx(2 / 3, abs=1e-12)
        assert result["hake_n_included"] == 1
        assert result["hake_n_excluded"] == 1
        # Class: (85 - 70) / (100 - 70) = 0.5, the ceiling learner included.
        assert result["hake_g_class"] == pytest.approx(0.5, abs=1e-12)

    def test_whole_class_at_ceiling_gives_nulls_with_reasons(self):
        result = paired_summary([100, 100, 100], [100, 90, 100])
        assert result["hake_g_class"] is None
        assert result["hake_g_individual_mean"] is None
        assert result["hake_n_excluded"] == 3
        assert "ceiling" in result["null_reasons"]["hake_g_class"]
        assert "maximum" in result["null_reasons"]["hake_g_individual_mean"]
        assert_well_formed(result)

    def test_decline_gives_negative_gain(self):
        result = paired_summary([60, 60], [40, 50])
        assert result["hake_g_class"] == pytest.approx(-15 / 40, abs=1e-12)

    def test_max_score_other_than_100(self):
        # 10-point scale: pre 4, post 7 -> (7 - 4) / (10 - 4) = 0.5.
        result = paired_summary([4, 4], [7, 7], max_score=10)
        assert result["hake_g_class"] == pytest.approx(0.5, abs=1e-12)


class TestPairedSummaryEdgeCases:
    def test_empty_input_gives_nulls_not_errors(self):
        result = paired_summary([], [])
        assert result["n"] == 0
        for key in ("pre_mean", "t_statistic", "d_z", "d_av", "hake_g_class"):
            assert result[key] is None
            assert result["null_reasons"][key] == "no pairs"
        assert result["prop_improved"] is None
        assert_well_formed(result)

    def test_single_pair_has_means_but_no_spread_or_test(self):
        result = paired_summary([50], [60])
        assert result["mean_diff"] == 10.0
        assert result["pre_sd"] is None
        assert result["t_p_value"] is None
        assert "fewer than 2" in result["null_reasons"]["t_p_value"]
        assert result["d_z"] is None
        assert_well_formed(result)

    def test_identical_differences_make_t_undefined(self):
        result = paired_summary([10, 20, 30], [20, 30, 40])
        assert result["diff_sd"] == 0.0
        for key in ("t_statistic", "t_p_value", "ci95_low", "d_z", "d_z_ci95_low"):
            assert result[key] is None
            assert "identical" in result["null_reasons"][key]
        # d_av still exists (both SDs are 10) but its t-based interval does not.
        assert result["d_av"] == pytest.approx(1.0, abs=1e-12)
        assert result["d_av_ci95_low"] is None
        assert_well_formed(result)

    def test_nobody_changed(self):
        result = paired_summary([50, 60, 70], [50, 60, 70])
        assert result["n_unchanged"] == 3
        assert result["prop_unchanged"] == 1.0
        assert result["t_statistic"] is None
        assert_well_formed(result)

    def test_zero_variance_on_both_tests_nulls_d_av_and_correlation(self):
        result = paired_summary([50, 50, 50], [70, 70, 70])
        assert result["d_av"] is None
        assert "both 0" in result["null_reasons"]["d_av"]
        assert result["pre_post_correlation"] is None
        assert_well_formed(result)

    def test_floating_point_noise_counts_as_unchanged(self):
        result = paired_summary([0.1 + 0.2, 33.3], [0.3, 33.3])
        assert result["n_unchanged"] == 2

    def test_near_identical_differences_give_null_interval_not_error(self):
        result = paired_summary([50, 50, 50], [60, 60, 60.000001])
        assert result["t_statistic"] > 1e5
        assert result["d_z_ci95_low"] is None
        assert "noncentral" in result["null_reasons"]["d_z_ci95_low"]
        assert_well_formed(result)

    def test_ordinal_data_skip_interval_scale_statistics(self):
        result = paired_summary([1, 2, 3, 3], [2, 3, 3, 5], max_score=5, ordinal=True)
        for key in ("t_statistic", "ci95_low", "d_z", "d_av", "hake_g_class"):
            assert result[key] is None
            assert "ordinal" in result["null_reasons"][key]
        assert result["wilcoxon_p_value"] is not None
        assert result["post_median"] == 3.0
        assert result["n_improved"] == 3
        assert_well_formed(result)

    def test_numpy_input_gives_plain_python_output(self):
        result = paired_summary(np.array(MOVIE_2), np.array(MOVIE_1), max_score=10)
        assert type(result["t_df"]) is int
        assert type(result["t_statistic"]) is float
        assert_well_formed(result)

    def test_unequal_lengths_raise(self):
        with pytest.raises(ValueError, match="paired"):
            paired_summary([1, 2], [1])

    def test_missing_value_raises(self):
        with pytest.raises(ValueError, match="finite number"):
            paired_summary([1, None], [1, 2])

    def test_score_above_max_raises(self):
        with pytest.raises(ValueError, match=r"\[0, 100\]"):
            paired_summary([50, 101], [60, 70])

    def test_non_positive_max_score_raises(self):
        with pytest.raises(ValueError, match="max_score"):
            paired_summary([1], [2], max_score=0)


# ---------------------------------------------------------- item analysis


class TestItemDifficulty:
    def test_matches_published_item_p(self):
        # Wuensch, KR20.txt, row "p": .7 .7 .6 .7 .6 .8 .7 .7 .5 .6.
        for j, expected in enumerate(WUENSCH_P):
            result = item_difficulty([row[j] for row in WUENSCH_QUIZ])
            assert result["difficulty"] == pytest.approx(expected, abs=0.05)
            assert result["difficulty"] == pytest.approx(expected, abs=1e-12)

    def test_ignores_missing_and_reports_them(self):
        result = item_difficulty([1, 0, None, 1, float("nan")])
        assert result["difficulty"] == pytest.approx(2 / 3, abs=1e-12)
        assert result["n"] == 3
        assert result["n_missing"] == 2
        assert_well_formed(result)

    def test_everyone_correct_gives_difficulty_one(self):
        assert item_difficulty([1, True, 1])["difficulty"] == 1.0

    def test_partial_credit_is_averaged(self):
        assert item_difficulty([0.5, 1, 0])["difficulty"] == pytest.approx(0.5)

    def test_empty_input_gives_null_with_reason(self):
        result = item_difficulty([])
        assert result["difficulty"] is None
        assert "no responses" in result["null_reasons"]["difficulty"]
        assert_well_formed(result)

    def test_all_missing_gives_null(self):
        result = item_difficulty([None, None])
        assert result["difficulty"] is None
        assert result["n_missing"] == 2

    def test_value_outside_unit_interval_raises(self):
        with pytest.raises(ValueError, match=r"in \[0, 1\]"):
            item_difficulty([1, 2])


class TestItemDiscrimination:
    """No published corrected item-total values were found for a data set small
    enough to reproduce, so these are cross-checked against independent
    computations: numpy's Pearson correlation of the item with the rest score,
    and a hand calculation.
    """

    def test_matches_correlation_with_rest_score(self):
        result = item_discrimination(WUENSCH_QUIZ)
        matrix = np.array(WUENSCH_QUIZ, dtype=float)
        for j in range(10):
            rest = matrix.sum(axis=1) - matrix[:, j]
            expected = np.corrcoef(matrix[:, j], rest)[0, 1]
            assert result["discrimination"][j] == pytest.approx(expected, abs=1e-12)
        assert result["n"] == 10
        assert result["n_items"] == 10

    def test_hand_calculation(self):
        # Item 1 = (1, 1, 0, 0); rest scores (items 2 + 3) = (2, 1, 1, 0).
        # Deviations (.5, .5, -.5, -.5) and (1, 0, 0, -1): sum of products 1,
        # sums of squares 1 and 2, so r = 1 / sqrt(2).
        matrix = [[1, 1, 1], [1, 1, 0], [0, 0, 1], [0, 0, 0]]
        result = item_discrimination(matrix)
        assert result["discrimination"][0] == pytest.approx(1 / math.sqrt(2), abs=1e-12)

    def test_item_everyone_answered_correctly_is_null_with_reason(self):
        matrix = [[1, 1, 0], [1, 0, 0], [1, 1, 1], [1, 0, 1]]
        result = item_discrimination(matrix)
        assert result["discrimination"][0] is None
        reason = result["null_reasons"]["discrimination[0]"]
        assert "everyone correct" in reason
        assert result["discrimination"][1] is not None
        assert_well_formed(result)

    def test_rows_with_missing_answers_are_dropped_and_counted(self):
        matrix = [[1, 0], [0, 1], [1, None], [1, 1], [0, 0]]
        result = item_discrimination(matrix)
        assert result["n"] == 4
        assert result["n_excluded"] == 1

    def test_fewer_than_three_learners(self):
        result = item_discrimination([[1, 0], [0, 1]])
        assert result["discrimination"] == [None, None]
        assert "fewer than 3" in result["null_reasons"]["discrimination[1]"]
        assert_well_formed(result)

    def test_single_item_has_no_rest_score(self):
        result = item_discrimination([[1], [0], [1]])
        assert result["discrimination"] == [None]
        assert "2 items" in result["null_reasons"]["discrimination[0]"]

    def test_empty_matrix(self):
        result = item_discrimination([])
        assert result["discrimination"] == []
        assert result["n"] == 0
        assert_well_formed(result)

    def test_ragged_matrix_raises(self):
        with pytest.raises(ValueError, match="expected 2"):
            item_discrimination([[1, 0], [1]])


class TestMcNemar:
    def test_agresti_presidential_approval(self):
        """Agresti, A. (1990). Categorical Data Analysis. Wiley, p. 350;
        R Core Team ``?mcnemar.test`` example: 1600 voters, approve/approve 794,
        approve/disapprove 150, disapprove/approve 86, disapprove/disapprove
        570. ``mcnemar.test(Performance)`` prints "McNemar's chi-squared =
        16.818, df = 1, p-value = 4.115e-05".
        """
        result = mcnemar(*paired_binary(794, 150, 86, 570))
        assert (result["b"], result["c"]) == (150, 86)
        assert result["n"] == 1600
        assert result["pre_prop_correct"] == pytest.approx(0.59, abs=0.005)
        assert result["post_prop_correct"] == pytest.approx(0.55, abs=0.005)
        assert result["chi2_cc"] == pytest.approx(16.818, abs=0.0005)
        assert result["chi2_cc_p_value"] == pytest.approx(4.115e-05, abs=0.0005e-05)
        assert result["method"] == "chi2_cc"  # b + c = 236 >= 25
        assert result["p_value"] == result["chi2_cc_p_value"]
        # The exact p is still reported; cross-checked with scipy's binomtest.
        assert result["exact_p_value"] == pytest.approx(
            sps.binomtest(86, 236, 0.5).pvalue, abs=1e-15
        )
        assert_well_formed(result)

    def test_small_sample_uses_exact_binomial(self):
        """Fagerland, M. W., Lydersen, S. & Laake, P. (2013). The McNemar test
        for binary matched-pairs data: mid-p and asymptotic are better than
        exact conditional. BMC Med Res Methodol 13:91, Table 1 (Bentur et al.
        2009): 21 children, AHR before/after 1, AHR/no AHR 1, no AHR/AHR 7,
        neither 12. Their supplement gives exact p = 2 * binomcdf(1, 8, 0.5);
        we did not find the printed value in the stored text, so the figure is
        the hand calculation 2 * (1 + 8) / 256 = 0.0703.
        """
        result = mcnemar(*paired_binary(1, 1, 7, 12))
        assert (result["b"], result["c"]) == (1, 7)
        assert result["method"] == "exact"  # b + c = 8 < 25
        assert result["exact_p_value"] == pytest.approx(18 / 256, abs=1e-15)
        assert result["p_value"] == result["exact_p_value"]
        # Continuity corrected: (|1 - 7| - 1)^2 / 8 = 3.125, reported as well.
        assert result["chi2_cc"] == pytest.approx(3.125, abs=1e-12)
        assert result["chi2_cc_p_value"] == pytest.approx(
            sps.chi2.sf(3.125, 1), abs=1e-15
        )

    def test_threshold_is_b_plus_c_below_25(self):
        assert mcnemar(*paired_binary(0, 12, 12, 0))["method"] == "exact"
        assert mcnemar(*paired_binary(0, 12, 13, 0))["method"] == "chi2_cc"

    def test_equal_discordant_counts_give_p_one(self):
        result = mcnemar(*paired_binary(5, 3, 3, 5))
        assert result["exact_p_value"] == 1.0
        assert result["chi2_cc"] == 0.0

    def test_no_discordant_pairs_gives_nulls_with_reason(self):
        result = mcnemar([1, 1, 0], [1, 1, 0])
        assert result["p_value"] is None
        assert result["method"] is None
        assert "discordant" in result["null_reasons"]["p_value"]
        assert result["pre_prop_correct"] == pytest.approx(2 / 3)
        assert_well_formed(result)

    def test_empty_input(self):
        result = mcnemar([], [])
        assert result["n"] == 0
        assert result["pre_prop_correct"] is None
        assert result["p_value"] is None
        assert_well_formed(result)

    def test_incomplete_pairs_are_counted(self):
        result = mcnemar([1, None, True, 0], [0, 1, False, None])
        assert result["n"] == 2
        assert result["n_incomplete"] == 2
        assert result["b"] == 2

    def test_unequal_lengths_raise(self):
        with pytest.raises(ValueError, match="paired"):
            mcnemar([1, 0], [1])

    def test_non_binary_value_raises(self):
        with pytest.raises(ValueError, match="0/1"):
            mcnemar([1, 2], [1, 1])


class TestLikertDistribution:
    def test_counts_and_proportions_per_level(self):
        result = likert_distribution([1, 2, 2, 5, None], [4, 5, 5, 5], [1, 2, 3, 4, 5])
        rows = {row["level"]: row for row in result["levels"]}
        assert [row["level"] for row in result["levels"]] == [1, 2, 3, 4, 5]
        assert rows[2]["pre_count"] == 2
        assert rows[2]["pre_prop"] == pytest.approx(0.5, abs=1e-12)
        assert rows[3]["pre_count"] == 0
        assert rows[5]["post_count"] == 3
        assert rows[5]["post_prop"] == pytest.approx(0.75, abs=1e-12)
        assert result["pre_n"] == 4
        assert result["pre_n_missing"] == 1
        assert result["post_n"] == 4
        assert sum(row["pre_prop"] for row in result["levels"]) == pytest.approx(1)
        assert_well_formed(result)

    def test_string_levels(self):
        levels = ["never", "sometimes", "often"]
        result = likert_distribution(["never", "often"], ["often"], levels)
        assert result["levels"][2]["post_prop"] == 1.0

    def test_no_pre_responses_gives_null_proportions(self):
        result = likert_distribution([None], [1, 2], [1, 2])
        assert result["levels"][0]["pre_prop"] is None
        assert result["levels"][0]["pre_count"] == 0
        assert "levels[0].pre_prop" in result["null_reasons"]
        assert result["levels"][0]["post_prop"] == pytest.approx(0.5)
        assert_well_formed(result)

    def test_value_outside_levels_raises(self):
        with pytest.raises(ValueError, match="not one of the levels"):
            likert_distribution([6], [], [1, 2, 3, 4, 5])

    def test_duplicate_levels_raise(self):
        with pytest.raises(ValueError, match="unique"):
            likert_distribution([], [], [1, 1])

    def test_no_levels_raise(self):
        with pytest.raises(ValueError, match="empty"):
            likert_distribution([], [], [])


# ------------------------------------------------------------- reliability


class TestCronbachAlpha:
    def test_statology_example(self):
        """Bobbitt, Z. (2021-08-17). How to Calculate Cronbach's Alpha in
        Python. Statology: pingouin prints "(0.7734375, array([0.336,
        0.939]))" and the text reports alpha = 0.773.
        """
        result = cronbach_alpha(STATOLOGY_SURVEY)
        assert result["alpha"] == pytest.approx(0.773, abs=0.0005)
        assert result["alpha"] == pytest.approx(0.7734375, abs=0.00000005)
        assert result["n"] == 10
        assert result["n_items"] == 3
        assert_well_formed(result)

    def test_equals_kr20_on_dichotomous_items(self):
        # Wuensch, KR20.txt: "the KR20 is simply Cronbach's alpha where the
        # scores are all 0's and 1's".
        assert cronbach_alpha(WUENSCH_QUIZ)["alpha"] == pytest.approx(
            kr20(WUENSCH_QUIZ)["kr20"], abs=1e-12
        )

    def test_uses_sample_variances(self):
        # Statology items: variances 0.4556, 0.8444, 0.7667 (n - 1), total 4.2667.
        result = cronbach_alpha(STATOLOGY_SURVEY)
        assert result["item_variance_sum"] == pytest.approx(2.0667, abs=0.00005)
        assert result["total_variance"] == pytest.approx(4.2667, abs=0.00005)

    def test_listwise_deletion_reports_rows_used(self):
        rows = [*STATOLOGY_SURVEY, [1, None, 2], [None, None, None]]
        result = cronbach_alpha(rows)
        assert result["n"] == 10
        assert result["n_excluded"] == 2
        assert result["alpha"] == pytest.approx(0.7734375, abs=1e-12)

    def test_negative_alpha_is_reported_as_is(self):
        result = cronbach_alpha([[1, 3], [2, 2], [3, 1], [2, 3]])
        assert result["alpha"] < 0

    def test_fewer_than_two_items_gives_null(self):
        result = cronbach_alpha([[1], [2], [3]])
        assert result["alpha"] is None
        assert "2 items" in result["null_reasons"]["alpha"]
        assert_well_formed(result)

    def test_fewer_than_two_learners_gives_null(self):
        result = cronbach_alpha([[1, 2, 3], [1, None, 2]])
        assert result["alpha"] is None
        assert result["total_variance"] is None
        assert "fewer than 2" in result["null_reasons"]["alpha"]
        assert_well_formed(result)

    def test_identical_totals_give_null(self):
        result = cronbach_alpha([[1, 2], [2, 1], [3, 0]])
        assert result["alpha"] is None
        assert "same total" in result["null_reasons"]["alpha"]
        assert_well_formed(result)

    def test_empty_matrix(self):
        result = cronbach_alpha([])
        assert result["alpha"] is None
        assert_well_formed(result)


class TestKR20:
    """Wuensch, K. L. "The Kuder-Richardson 20" (KR20.txt, East Carolina
    University, core.ecu.edu/wuenschk/StatHelp/KR20.txt): ten students, ten
    items, with the published rows p, q, pq (summing to 2.18) and the variance
    of the totals 5.84, which is the population variance (58.4 / 10). The page
    stops before the final coefficient, so KR-20 = (10 / 9)(1 - 2.18 / 5.84)
    = 0.696 is our hand calculation from its published figures.
    """

    @pytest.fixture
    def result(self):
        return kr20(WUENSCH_QUIZ)

    def test_totals_match(self):
        assert [sum(row) for row in WUENSCH_QUIZ] == WUENSCH_TOTALS

    def test_published_intermediate_values(self, result):
        assert result["item_p"] == pytest.approx(WUENSCH_P, abs=0.005)
        assert result["sum_pq"] == pytest.approx(2.18, abs=0.005)
        assert result["total_variance"] == pytest.approx(5.84, abs=0.005)

    def test_coefficient(self, result):
        assert result["kr20"] == pytest.approx(10 / 9 * (1 - 2.18 / 5.84), abs=1e-12)
        assert result["kr20"] == pytest.approx(0.696, abs=0.0005)
        assert_well_formed(result)

    def test_booleans_are_accepted(self):
        as_bools = [[bool(v) for v in row] for row in WUENSCH_QUIZ]
        assert kr20(as_bools)["kr20"] == pytest.approx(0.6963, abs=0.00005)

    def test_non_dichotomous_value_raises(self):
        with pytest.raises(ValueError, match="0 or 1"):
            kr20([[1, 0.5], [0, 1]])

    def test_fewer_than_two_learners_gives_null_item_p_reasons(self):
        result = kr20([[1, None]])
        assert result["kr20"] is None
        assert result["item_p"] == [None, None]
        assert "item_p[1]" in result["null_reasons"]
        assert_well_formed(result)

    def test_everyone_same_total_gives_null(self):
        result = kr20([[1, 0], [0, 1], [1, 0]])
        assert result["kr20"] is None
        assert_well_formed(result)


# ------------------------------------------------------------- suppression


class TestSuppress:
    CELLS = {
        "class-a": {"label": "Class A", "n": 9, "mean": 61.5, "null_reasons": {}},
        "class-b": {"label": "Class B", "n": 10, "mean": 70.0, "null_reasons": {}},
        "class-c": {
            "label": "Class C",
            "n": 25,
            "mean": None,
            "null_reasons": {"mean": "no pairs"},
        },
    }

    def test_small_cell_is_hidden_including_its_count(self):
        shown = suppress(self.CELLS, k=10)
        cell = shown["class-a"]
        assert cell["suppressed"] is True
        assert cell["reason"] == "fewer than 10 learners"
        assert cell["n"] is None
        assert cell["mean"] is None
        assert cell["label"] is None
        assert cell["null_reasons"]["n"] == "fewer than 10 learners"
        assert set(cell["null_reasons"]) == none_paths(cell)

    def test_cell_at_threshold_passes_unchanged(self):
        shown = suppress(self.CELLS, k=10)
        assert shown["class-b"] == {**self.CELLS["class-b"], "suppressed": False}
        assert shown["class-c"]["null_reasons"] == {"mean": "no pairs"}

    def test_labels_can_stay_visible(self):
        shown = suppress(self.CELLS, k=10, keep=("label",))
        assert shown["class-a"]["label"] == "Class A"
        assert shown["class-a"]["mean"] is None

    def test_custom_count_key(self):
        shown = suppress({"x": {"learners": 3, "p": 0.5}}, k=5, count_key="learners")
        assert shown["x"]["learners"] is None
        assert shown["x"]["reason"] == "fewer than 5 learners"

    def test_missing_count_is_suppressed(self):
        shown = suppress({"x": {"mean": 50.0}}, k=5)
        assert shown["x"]["suppressed"] is True
        assert shown["x"]["n"] is None
        assert "missing" in shown["x"]["reason"]

    def test_input_is_not_modified(self):
        cells = {"x": {"n": 2, "mean": 1.0}}
        suppress(cells, k=5)
        assert cells == {"x": {"n": 2, "mean": 1.0}}

    def test_output_is_json_safe(self):
        json.dumps(suppress(self.CELLS, k=10), allow_nan=False)

    def test_invalid_k_raises(self):
        with pytest.raises(ValueError, match="positive integer"):
            suppress(self.CELLS, k=0)

    def test_keeping_the_count_raises(self):
        with pytest.raises(ValueError, match="count_key"):
            suppress(self.CELLS, k=10, keep=("n",))


# ------------------------------------------------------- output contract


@pytest.mark.parametrize(
    "result",
    [
        pytest.param(match_pre_post({1: 50, 2: None}, {1: 60, 3: 70}), id="match"),
        pytest.param(match_pre_post({}, {}), id="match-empty"),
        pytest.param(paired_summary(MOVIE_2, MOVIE_1, max_score=10), id="paired"),
        pytest.param(paired_summary([], []), id="paired-empty"),
        pytest.param(paired_summary([70], [80]), id="paired-n1"),
        pytest.param(paired_summary([10, 20], [20, 30]), id="paired-zero-var"),
        pytest.param(paired_summary([100, 100], [100, 100]), id="paired-ceiling"),
        pytest.param(
            paired_summary([1, 2, 4], [2, 4, 4], max_score=5, ordinal=True),
            id="paired-ordinal",
        ),
        pytest.param(
            ordinal_change([1, 2, None], [3, 2, 4], scale_min=1, scale_max=4),
            id="ordinal-change",
        ),
        pytest.param(
            ordinal_change([], [], scale_min=0, scale_max=10), id="ordinal-empty"
        ),
        pytest.param(item_difficulty([1, 1, None]), id="difficulty"),
        pytest.param(item_difficulty([]), id="difficulty-empty"),
        pytest.param(item_discrimination(WUENSCH_QUIZ), id="discrimination"),
        pytest.param(
            item_discrimination([[1, 0], [1, 1], [1, 0]]), id="discrimination-ceiling"
        ),
        pytest.param(mcnemar(*paired_binary(1, 1, 7, 12)), id="mcnemar"),
        pytest.param(mcnemar([1], [1]), id="mcnemar-concordant"),
        pytest.param(likert_distribution([1, 2], [], [1, 2]), id="likert"),
        pytest.param(cronbach_alpha(STATOLOGY_SURVEY), id="alpha"),
        pytest.param(cronbach_alpha([[1, 1]]), id="alpha-n1"),
        pytest.param(kr20(WUENSCH_QUIZ), id="kr20"),
        pytest.param(kr20([]), id="kr20-empty"),
    ],
)
def test_every_output_is_json_safe_and_every_null_explained(result):
    assert_well_formed(result)


class TestNumpyFastPath:
    """Numeric numpy arrays take a vectorised path: same results, same errors."""

    def test_paired_summary_from_arrays_equals_lists(self):
        from_lists = paired_summary(MOVIE_2, MOVIE_1, max_score=10)
        from_arrays = paired_summary(
            np.asarray(MOVIE_2, dtype=float), np.asarray(MOVIE_1), max_score=10
        )
        assert from_arrays == from_lists

    def test_item_functions_from_arrays_equal_lists(self):
        matrix = np.asarray(WUENSCH_QUIZ, dtype=float)
        assert item_discrimination(matrix) == item_discrimination(WUENSCH_QUIZ)
        assert kr20(matrix) == kr20(WUENSCH_QUIZ)
        assert cronbach_alpha(np.asarray(STATOLOGY_SURVEY)) == cronbach_alpha(
            STATOLOGY_SURVEY
        )
        column = [1, 0, None, 1]
        assert item_difficulty(np.array([1, 0, np.nan, 1])) == item_difficulty(column)
        pre, post = paired_binary(1, 1, 7, 12)
        assert mcnemar(
            np.asarray(pre, dtype=float), np.asarray(post, dtype=float)
        ) == mcnemar(pre, post)

    def test_missing_rows_are_dropped_from_arrays_as_from_lists(self):
        rows = [[1, 0, 1], [1, None, 1], [0, 0, 1], [1, 1, 1]]
        array = np.array([[np.nan if v is None else v for v in r] for r in rows])
        assert kr20(array) == kr20(rows)
        assert kr20(array)["n_excluded"] == 1

    def test_arrays_are_validated(self):
        with pytest.raises(
            ValueError, match=r"responses\[1\] = 2.0 is not in \[0, 1\]"
        ):
            item_difficulty(np.array([1.0, 2.0]))
        with pytest.raises(ValueError, match=r"matrix\[2\]\[0\] = 0.5 is not 0 or 1"):
            kr20(np.array([[1, 0], [np.nan, 1], [0.5, 1]]))
        with pytest.raises(ValueError, match=r"post\[0\] = inf is not a finite"):
            paired_summary(np.array([1.0]), np.array([np.inf]))
        with pytest.raises(ValueError, match=r"pre_correct\[0\]"):
            mcnemar(np.array([0.5]), np.array([1.0]))

    def test_effect_size_intervals_can_be_skipped(self):
        full = paired_summary(MOVIE_2, MOVIE_1, max_score=10)
        quick = paired_summary(MOVIE_2, MOVIE_1, max_score=10, effect_size_ci=False)
        skipped = ["d_z_ci95_low", "d_z_ci95_high", "d_av_ci95_low", "d_av_ci95_high"]
        for key in skipped:
            assert quick[key] is None
            assert quick["null_reasons"][key] == stats.EFFECT_CI_NOT_REQUESTED
        same = {k: v for k, v in full.items() if k not in [*skipped, "null_reasons"]}
        assert {k: quick[k] for k in same} == same
        assert_well_formed(quick)


class TestComplementarySuppress:
    def test_one_small_group_takes_the_next_smallest_with_it(self):
        counts = {("a",): 40, ("b",): 3, ("c",): 12, ("d",): 15}
        assert stats.complementary_suppress(counts, 10) == {("b",), ("c",)}

    def test_hidden_groups_together_reach_k(self):
        # b and c are both small, but together (3 + 4 = 7) still below k.
        counts = {("a",): 40, ("b",): 3, ("c",): 4, ("d",): 15, ("e",): 30}
        assert stats.complementary_suppress(counts, 10) == {
            ("b",),
            ("c",),
            ("d",),
        }

    def test_nothing_hidden_when_every_group_is_large(self):
        assert stats.complementary_suppress({("a",): 10, ("b",): 11}, 10) == set()

    def test_cross_table_protects_every_row_and_column(self):
        # gender x age band; (f, 13_15) is small. Its row and its column each
        # need a second hidden cell, and those in turn protect their own lines.
        counts = {
            ("f", "10_12"): 30,
            ("f", "13_15"): 4,
            ("f", "16_17"): 20,
            ("m", "10_12"): 25,
            ("m", "13_15"): 18,
            ("m", "16_17"): 40,
        }
        hidden = stats.complementary_suppress(counts, 10)
        assert ("f", "13_15") in hidden
        for axis in (0, 1):
            lines: dict = {}
            for cell in counts:
                lines.setdefault(cell[axis], []).append(cell)
            for line in lines.values():
                in_line = [cell for cell in line if cell in hidden]
                # never exactly one hidden cell in a line with shown cells, and
                # the hidden cells of a line add up to at least k
                assert len(in_line) != 1 or len(line) == 1
                assert not in_line or sum(counts[c] for c in in_line) >= 10

    def test_lines_run_only_along_the_given_positions(self):
        # (course, school): totals are published per course, never across
        # courses, so a small cell is protected within its course only.
        counts = {("c1", "s1"): 3, ("c1", "s2"): 20, ("c2", "s1"): 30}
        hidden = stats.complementary_suppress(counts, 10, vary=(1,))
        assert hidden == {("c1", "s1"), ("c1", "s2")}


def test_hakes_gain_can_be_left_out_with_its_reason():
    result = paired_summary([20, 40, 60], [50, 50, 80], gain=False)
    assert result["hake_g_class"] is None
    assert result["hake_n_included"] is None
    assert "right/wrong" in result["null_reasons"]["hake_g_class"]
    assert result["mean_diff"] == pytest.approx(20)
