"""Ordinal statistics end to end: an XLSForm with its own scales is imported,
learners' pre- and post-tests are stored, and ``manage.py kap_report`` prints
medians, the share above the midpoint, the Wilcoxon test and the rank-biserial
correlation of every scale item, on the item's own scale after reverse coding.

Every figure is checked against an independent computation from the raw
answers: numpy medians, ``scipy.stats.wilcoxon``, and the rank-biserial
correlation by hand from ``scipy.stats.rankdata`` (Kerby 2014).
"""

import io
import json
from pathlib import Path

import numpy as np
import pytest
from django.core.management import call_command
from scipy import stats as sps

from assessments import scoring
from assessments.services_imports import instrument_import
from assessments.xlsform import parse_form
from tests.assessments import xlsform_helpers as forms
from tests.factories import make_class, make_teacher
from tests.reports.factories import submit

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "xlsforms"
LEARNERS = 16

# The default helper form (K01-K03, a 5-point likert A01 reverse coded, a
# 5-point frequency P01, a yes/no P02) plus an 11-point scale 0..10 declared
# descending (10 first) and reverse coded.
ELEVEN_POINT_ROW = [
    "select_one sure11",
    "A02",
    "I would share a photo with someone I only know online (0 = never, "
    "10 = certainly).",
    "Compartiría una foto con alguien que solo conozco por internet.",
    "A",
    "help",
    "",
    "",
    "yes",
    "",
    "",
]
ELEVEN_POINT_CHOICES = [["sure11", str(n), f"{n}", f"{n}"] for n in range(10, -1, -1)]


def eleven_point_form():
    data = forms.workbook_bytes(
        survey=[forms.SURVEY_HEADER, *forms.SURVEY_ROWS, ELEVEN_POINT_ROW],
        choices=[
            forms.CHOICES_HEADER,
            *forms.CHOICES_ROWS,
            *ELEVEN_POINT_CHOICES,
        ],
    )
    return parse_form(data, "eleven_point.xlsx")


def fixed_answer(item):
    """A valid answer to a question that is not an ordinal scale."""
    if item.item_type == scoring.MULTI:
        return [item.option_list()[0]["key"]]
    if item.item_type in scoring.OPTION_TYPES:
        return item.option_list()[0]["key"]
    if item.item_type == scoring.NUMBER:
        return "14"
    return {scoring.TRUE_FALSE: "true", scoring.YES_NO: "yes"}[item.item_type]


def run_course(course, instrument, seed):
    """Give LEARNERS learners a pre- and a post-test of ``instrument``.

    Scale answers are drawn at random on each item's own scale (the post-test
    mostly higher); returns ``{code: (spec, pre numbers, post numbers)}`` of
    the raw answers' numbers, as declared by the form (before reverse coding).
    """
    course.pre_test = instrument
    course.save_revision().publish()
    school_class = make_class(
        teacher=make_teacher(), learners=LEARNERS, course=course, prefix="ord"
    )
    items = list(instrument.get_items())
    rng = np.random.default_rng(seed)
    drawn = {}
    for item in items:
        spec = item.spec()
        if spec.item_type not in scoring.ORDINAL_TYPES:
            continue
        numbers = sorted(number for _name, number in spec.scale())
        pre = rng.integers(0, len(numbers), LEARNERS)
        post = np.clip(pre + rng.integers(-1, 3, LEARNERS), 0, len(numbers) - 1)
        drawn[item.code] = (
            spec,
            np.array([numbers[i] for i in pre]),
            np.array([numbers[i] for i in post]),
        )
    learners = list(school_class.learners.order_by("username"))
    for index, learner in enumerate(learners):
        for phase in ("pre", "post"):
            given = {}
            for item in items:
                if item.code not in drawn:
                    given[item.code] = fixed_answer(item)
                    continue
                spec, pre, post = drawn[item.code]
                number = (pre if phase == "pre" else post)[index]
                given[item.code] = next(
                    name for name, value in spec.scale() if value == number
                )
            submit(learner, course, phase, given, school_class=school_class)
    return drawn


def report_json() -> dict:
    out = io.StringIO()
    call_command("kap_report", "--format", "json", "--k", "10", stdout=out)
    return json.loads(out.getvalue())


def expected_item(spec, pre, post):
    """The item's statistics from the raw numbers, computed independently."""
    numbers = [number for _name, number in spec.scale()]
    low, high = min(numbers), max(numbers)
    if spec.reverse_coded:
        pre, post = low + high - pre, low + high - post
    differences = post - pre
    nonzero = differences[differences != 0]
    ranks = sps.rankdata(np.abs(nonzero))
    wilcoxon = sps.wilcoxon(
        differences, zero_method="wilcox", correction=False, method="asymptotic"
    )
    return {
        "scale_min": low,
        "scale_max": high,
        "pre_median": float(np.median(pre)),
        "post_median": float(np.median(post)),
        "pre_prop_above_mid": float(np.mean(pre > (low + high) / 2)),
        "post_prop_above_mid": float(np.mean(post > (low + high) / 2)),
        "wilcoxon_statistic": float(wilcoxon.statistic),
        "wilcoxon_p_value": float(wilcoxon.pvalue),
        "rank_biserial": float(
            (ranks[nonzero > 0].sum() - ranks[nonzero < 0].sum()) / ranks.sum()
        ),
        "rank_biserial_n": len(nonzero),
    }


def assert_item_matches(row, spec, pre, post):
    ordinal = row["ordinal"]
    assert ordinal["suppressed"] is False
    assert ordinal["n"] == LEARNERS
    assert ordinal["wilcoxon_method"] == "normal_approximation"  # ties
    assert ordinal["wilcoxon_zero_method"] == "wilcox"
    assert ordinal["wilcoxon_continuity_correction"] is False
    for key, value in expected_item(spec, pre, post).items():
        assert ordinal[key] == pytest.approx(value, abs=1e-12), key


class TestOrdinalItemsFromAnXLSForm:
    def test_seven_and_four_point_scales_of_the_kap_form(self, course):
        """The teens' KAP form: a 7-point agreement scale (reverse coded), a
        4-point agreement scale declared descending with kap_value numbers,
        and a 4-point frequency scale declared descending."""
        name = "kap_teens_online_safety.md"
        form = parse_form((FIXTURES / name).read_bytes(), name)
        instrument = instrument_import(form=form)
        drawn = run_course(course, instrument, seed=1)
        assert {code: len(spec.scale()) for code, (spec, _, _) in drawn.items()} == {
            "Its_fine_to_share_a_password_with_a_friend": 7,
            "I_would_tell_an_adult": 4,
            "How_often_do_you_check_who_sees_your_posts": 4,
        }
        assert drawn["Its_fine_to_share_a_password_with_a_friend"][0].reverse_coded
        report = report_json()
        (block,) = report["instruments"]
        rows = {row["code"]: row for row in block["items"]}
        for code, (spec, pre, post) in drawn.items():
            assert_item_matches(rows[code], spec, pre, post)
            assert rows[code]["reverse_coded"] is spec.reverse_coded
        # Right/wrong and yes/no questions keep McNemar, no ordinal statistics.
        assert rows["Which_password_is_strongest"]["ordinal"] is None
        assert rows["Which_password_is_strongest"]["mcnemar"]["n"] == LEARNERS
        assert rows["Have_you_met_someone_from_online"]["ordinal"] is None
        # Attitude and practice domains: ordinal summaries; knowledge: t-test.
        assert report["ordinal_domains"] == ["A", "P"]
        attitudes = report["domains"]["A"]["summary"]
        assert attitudes["d_z"] is None and attitudes["rank_biserial"] is not None
        assert report["domains"]["K"]["summary"]["ordinal"] is False

    def test_eleven_point_descending_reverse_coded_scale(self, course):
        instrument = instrument_import(form=eleven_point_form())
        eleven = instrument.items.get(code="A02").spec()
        assert [name for name, _n in eleven.scale()][:2] == ["10", "9"]
        assert eleven.reverse_coded
        drawn = run_course(course, instrument, seed=2)
        assert set(drawn) == {"A01", "P01", "A02"}
        report = report_json()
        (block,) = report["instruments"]
        rows = {row["code"]: row for row in block["items"]}
        for code, (spec, pre, post) in drawn.items():
            assert_item_matches(rows[code], spec, pre, post)
        assert rows["A02"]["ordinal"]["scale_midpoint"] == 5.0
        # Reverse coded on 0..10: a raw answer x counts as 10 - x.
        _spec, pre, _post = drawn["A02"]
        assert rows["A02"]["ordinal"]["pre_median"] == float(np.median(10 - pre))

    def test_html_report_shows_the_ordinal_columns(self, course):
        instrument = instrument_import(form=eleven_point_form())
        drawn = run_course(course, instrument, seed=3)
        out = io.StringIO()
        call_command("kap_report", "--format", "html", "--k", "10", stdout=out)
        html = out.getvalue()
        assert "Rank-biserial r" in html
        assert "Above the midpoint" in html
        spec, pre, post = drawn["A02"]
        expected = expected_item(spec, pre, post)
        assert f"{expected['rank_biserial']:.2f}" in html
