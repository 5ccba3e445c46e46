"""``manage.py kap_report``: the same report for automation."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from pypdf import PdfReader

from tests.factories import make_class, make_teacher
from tests.reports.factories import class_results

pytestmark = pytest.mark.django_db


@pytest.fixture
def results(course):
    school_class = make_class(teacher=make_teacher(), learners=12, course=course)
    class_results(school_class, course, matched=11, pre_only=1)
    return school_class


def run(*args) -> str:
    out = io.StringIO()
    call_command("kap_report", *args, stdout=out)
    return out.getvalue()


class TestKapReportCommand:
    def test_prints_json_with_documented_keys(self, results):
        report = json.loads(run("--programme", results.school.programme.slug))
        assert {
            "schema",
            "small_cell_threshold",
            "attrition",
            "domains",
            "subscales",
            "change_distribution",
            "instruments",
            "disaggregation",
            "filters",
            "generated_at",
            "domain_labels",
        } <= set(report)
        assert report["attrition"]["n_matched"] == 11
        assert report["filters"]["programme"] == results.school.programme.pk

    def test_filters_and_threshold_apply(self, results):
        report = json.loads(run("--school", str(results.school.pk), "--k", "20"))
        assert report["small_cell_threshold"] == 20
        assert report["domains"]["K"]["summary"]["suppressed"] is True
        report = json.loads(run("--cross", "gender,audience"))
        assert "gender+audience" in report["disaggregation"]

    def test_wave_option_selects_the_wave_by_code(self, results):
        import datetime as dt

        from django.utils import timezone

        from classes.models import SurveyWave
        from classes.services import survey_waves_stamp

        programme = results.school.programme
        wave = SurveyWave.objects.create(
            programme=programme,
            code="r1",
            name="Round 1",
            starts_on=timezone.localdate() - dt.timedelta(days=30),
            ends_on=timezone.localdate(),
        )
        survey_waves_stamp(programme=programme)
        report = json.loads(run("--programme", programme.slug, "--wave", "r1"))
        assert report["filters"]["survey_wave"] == wave.pk
        assert report["attrition"]["n_matched"] == 11
        (row,) = report["disaggregation"]["survey_wave"]
        assert row["label"] == "Round 1" and row["n"] == 11

    def test_html_output_is_a_standalone_page(self, results):
        html = run("--format", "html")
        assert html.startswith("<!DOCTYPE html>")
        assert "<svg" in html and "Summary per domain" in html

    def test_pdf_output_opens(self, results, tmp_path):
        pytest.importorskip("weasyprint", exc_type=OSError)
        target = tmp_path / "report.pdf"
        call_command("kap_report", "--format", "pdf", "--output", str(target))
        reader = PdfReader(str(target))
        assert "KAP evaluation report" in reader.pages[0].extract_text()

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (["--from", "2026-13-01"], "is not a date"),
            (["--programme", "nope"], "No programme"),
            (["--cross", "gender,gender"], "two different dimensions"),
            (["--format", "pdf"], "--output"),
            (["--wave", "nope"], "No single survey wave"),
        ],
    )
    def test_bad_input_gets_a_clear_error(self, results, args, message):
        with pytest.raises(CommandError, match=message):
            run(*args)
