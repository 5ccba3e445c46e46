"""Report selectors against the database: filters, cohort rule, suppression."""

import datetime as dt
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from assessments.models import Attempt
from classes.models import Programme, SurveyWave
from classes.services import survey_waves_stamp
from reports.selectors import ReportFilters, kap_report
from tests.factories import make_class, make_teacher
from tests.reports.factories import RIGHT, WRONG, class_results, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def classroom(course):
    school_class = make_class(
        teacher=make_teacher(), learners=14, course=course, prefix="pupil"
    )
    class_results(school_class, course, matched=12, pre_only=2)
    return school_class


class TestKapReport:
    def test_matched_pre_post_per_domain_with_attrition(self, classroom):
        report = kap_report(filters=ReportFilters(), k=10)
        assert report["attrition"] | {} == report["attrition"] | {
            "n_pre": 14,
            "n_post": 12,
            "n_matched": 12,
            "n_pre_only": 2,
            "n_post_only": 0,
        }
        knowledge = report["domains"]["K"]["summary"]
        assert knowledge["n"] == 12
        assert knowledge["mean_diff"] > 0
        assert set(report["domains"]) == {"K", "A", "P"}
        assert "K:privacy" in report["subscales"]
        json.dumps(report, allow_nan=False)

    def test_item_analysis_covers_every_scored_item(self, classroom):
        report = kap_report(filters=ReportFilters(), k=10)
        (block,) = report["instruments"]
        assert block["instrument"] == "MINI" and block["n"] == 12
        codes = [item["code"] for item in block["items"]]
        assert codes == ["K01", "K02", "K03", "A01", "A02", "P01", "P02"]
        k01 = block["items"][0]
        # Learner i is right on K01 (j = 0) pre when i % 3 == 0: 4 of 12.
        assert k01["difficulty_pre"]["difficulty"] == pytest.approx(4 / 12)
        # ... and post unless i % 4 == 0: 9 of 12.
        assert k01["difficulty_post"]["difficulty"] == pytest.approx(9 / 12)
        assert k01["mcnemar"]["n"] == 12
        a01 = block["items"][3]
        assert a01["mcnemar"] is None
        assert [level["level"] for level in a01["distribution"]["levels"]] == list(
            "12345"
        )
        methods = {(r["domain"], r["phase"]): r["method"] for r in block["reliability"]}
        assert methods[("K", "pre")] == "kr20"
        assert methods[("A", "post")] == "cronbach_alpha"

    def test_programme_filter_excludes_other_programmes(self, classroom, course):
        other = Programme.objects.create(name="Other", slug="other")
        report = kap_report(filters=ReportFilters(programme=other.pk), k=10)
        assert report["attrition"]["n_pre"] == 0
        assert report["domains"] == {}
        mine = classroom.school.programme
        report = kap_report(filters=ReportFilters(programme=mine.pk), k=10)
        assert report["attrition"]["n_matched"] == 12

    def test_date_range_selects_the_cohort_by_its_pre_test(self, classroom):
        # Pre-tests were taken 7 days ago and post-tests 4 days ago: a range
        # ending before the post-tests keeps the pairs.
        pre_day = timezone.localdate() - dt.timedelta(days=7)
        filters = ReportFilters(date_from=pre_day, date_to=pre_day)
        report = kap_report(filters=filters, k=10)
        assert report["attrition"]["n_matched"] == 12
        later = ReportFilters(date_from=pre_day + dt.timedelta(days=1))
        report = kap_report(filters=later, k=10)
        assert report["attrition"]["n_pre"] == 0

    def test_language_filter_uses_the_pre_test_language(self, course):
        school_class = make_class(teacher=make_teacher(), learners=2, course=course)
        first, second = school_class.learners.order_by("username")
        submit(first, course, "pre", WRONG, school_class=school_class, locale="es")
        submit(first, course, "post", RIGHT, school_class=school_class, locale="en")
        submit(second, course, "pre", WRONG, school_class=school_class, locale="en")
        report = kap_report(filters=ReportFilters(language="es"), k=1)
        assert report["attrition"]["n_pre"] == 1
        assert report["attrition"]["n_matched"] == 1
        assert report["disaggregation"]["language"][0]["group"] == {"language": "es"}

    def test_small_class_is_suppressed_in_disaggregation(self, classroom, course):
        small = make_class(
            teacher=make_teacher("t2"),
            name="Small",
            learners=4,
            course=course,
            school_name="School B",
        )
        class_results(small, course, matched=4)
        report = kap_report(filters=ReportFilters(), k=10)
        rows = {row["label"]: row for row in report["disaggregation"]["school"]}
        assert rows["School B"]["n"] is None and rows["School B"]["suppressed"] is True
        # With only two schools, School A's 12 would give School B's 4 away
        # (16 matched in all), so it is hidden as well.
        assert rows["School A"]["n"] is None and rows["School A"]["suppressed"] is True
        assert "complementary" in rows["School A"]["reason"]
        assert report["attrition"]["n_matched"] == 16

    def test_runs_a_fixed_number_of_queries(self, classroom):
        # attempts, responses, item texts: one query each, however many learners
        with CaptureQueriesContext(connection) as queries:
            kap_report(filters=ReportFilters(), k=10)
        assert len(queries) <= 4


class TestSurveyWave:
    def test_filter_and_disaggregate_by_wave_alone_and_crossed(self, classroom, course):
        programme = classroom.school.programme
        earlier = make_class(
            teacher=make_teacher("t2"),
            name="Last year",
            learners=12,
            course=course,
            prefix="old",
        )
        class_results(
            earlier, course, matched=12, when=timezone.now() - dt.timedelta(days=300)
        )
        today = timezone.localdate()
        baseline = SurveyWave.objects.create(
            programme=programme,
            code="2025-r1",
            name="Round 1",
            starts_on=today - dt.timedelta(days=320),
            ends_on=today - dt.timedelta(days=250),
        )
        current = SurveyWave.objects.create(
            programme=programme,
            code="2026-r2",
            name="Round 2",
            starts_on=today - dt.timedelta(days=30),
            ends_on=today + dt.timedelta(days=30),
        )
        assert survey_waves_stamp(programme=programme) == 12 + 14 + 12 + 12

        only_current = kap_report(filters=ReportFilters(survey_wave=current.pk), k=10)
        assert only_current["attrition"]["n_matched"] == 12
        assert only_current["attrition"]["n_pre"] == 14

        report = kap_report(
            filters=ReportFilters(),
            k=10,
            combinations=(("survey_wave", "school"),),
        )
        rows = {row["label"]: row for row in report["disaggregation"]["survey_wave"]}
        assert set(rows) == {"Round 1", "Round 2"}
        assert rows["Round 1"]["n"] == 12 and rows["Round 2"]["n"] == 12
        assert rows["Round 1"]["group"] == {"survey_wave": str(baseline.pk)}
        assert rows["Round 2"]["domains"]["K"]["mean_diff"] == pytest.approx(
            only_current["domains"]["K"]["summary"]["mean_diff"]
        )
        crossed = report["disaggregation"]["survey_wave+school"]
        assert len(crossed) == 2 and all(not row["suppressed"] for row in crossed)

    def test_small_wave_is_suppressed_with_its_complement(self, classroom, course):
        programme = classroom.school.programme
        SurveyWave.objects.create(
            programme=programme,
            code="r2",
            name="Round 2",
            starts_on=timezone.localdate() - dt.timedelta(days=30),
            ends_on=timezone.localdate() + dt.timedelta(days=30),
        )
        survey_waves_stamp(programme=programme)
        # Three matched learners of the class are moved to a pilot wave.
        pilot = SurveyWave.objects.create(
            programme=programme,
            code="pilot",
            name="Pilot",
            starts_on=timezone.localdate() - dt.timedelta(days=400),
            ends_on=timezone.localdate() - dt.timedelta(days=300),
        )
        moved = list(classroom.learners.order_by("username")[:3])
        Attempt.objects.filter(learner__in=moved).update(survey_wave=pilot)
        report = kap_report(filters=ReportFilters(), k=10)
        rows = {row["label"]: row for row in report["disaggregation"]["survey_wave"]}
        assert rows["Pilot"]["suppressed"] is True and rows["Pilot"]["n"] is None
        assert rows["Round 2"]["suppressed"] is True  # 12 - 9 = 3 otherwise
