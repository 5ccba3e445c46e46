"""Print the KAP evaluation report as JSON, HTML or PDF, for automation.

    ./manage.py kap_report --programme safe-online-pilot --format json
    ./manage.py kap_report --school 3 --from 2026-01-01 --to 2026-06-30 \\
        --format pdf --output report.pdf

Every filter of the report page is available; ``docs/kap_report.md`` documents
the JSON keys. Small cells are suppressed exactly as on the page.
"""

import datetime as dt
import json

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from classes.models import Programme, SurveyWave
from reports.analysis import DIMENSIONS
from reports.presentation import PdfUnavailable, render_pdf, render_standalone
from reports.selectors import DEFAULT_COMBINATIONS, ReportFilters, kap_report


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"{value!r} is not a date (YYYY-MM-DD)") from error


def _pair(value: str) -> tuple[str, str]:
    parts = tuple(part.strip() for part in value.split(","))
    if len(parts) != 2 or parts[0] == parts[1] or not set(parts) <= set(DIMENSIONS):
        raise CommandError(
            f"--cross {value!r}: give two different dimensions from "
            f"{', '.join(DIMENSIONS)}, e.g. gender,age_band"
        )
    return parts


class Command(BaseCommand):
    help = "Print the KAP pre/post evaluation report (JSON, HTML or PDF)."

    def add_arguments(self, parser):
        parser.add_argument("--programme", help="programme slug or id")
        parser.add_argument("--country", default="", help="ISO country code")
        parser.add_argument("--region", default="")
        parser.add_argument("--school", type=int, help="school id")
        parser.add_argument("--class", dest="school_class", type=int, help="class id")
        parser.add_argument("--course", type=int, help="course page id")
        parser.add_argument("--instrument", default="", help="test code")
        parser.add_argument("--from", dest="date_from", help="pre-test from (date)")
        parser.add_argument("--to", dest="date_to", help="pre-test until (date)")
        parser.add_argument("--language", default="", help="language of the test")
        parser.add_argument(
            "--wave", default="", help="survey wave: code or id (needs --programme)"
        )
        parser.add_argument(
            "--cross",
            action="append",
            help="two dimensions to cross, e.g. gender,age_band (repeatable)",
        )
        parser.add_argument(
            "--by-question",
            action="append",
            default=[],
            metavar="NAME",
            help="a background question of the form (no kap_domain) to "
            "disaggregate by, e.g. Gender (repeatable)",
        )
        parser.add_argument("--k", type=int, help="small-cell threshold")
        parser.add_argument(
            "--format",
            dest="output_format",
            choices=["json", "html", "pdf"],
            default="json",
        )
        parser.add_argument("--output", help="write to this file instead of stdout")
        parser.add_argument(
            "--report-language", default="en", help="language of labels and texts"
        )

    def handle(self, *args, **options):
        programme = None
        if options["programme"]:
            value = options["programme"]
            lookup = {"pk": int(value)} if value.isdigit() else {"slug": value}
            programme = Programme.objects.filter(**lookup).first()
            if programme is None:
                raise CommandError(f"No programme {value!r}")
        wave = None
        if options["wave"]:
            value = options["wave"]
            waves = SurveyWave.objects.filter(
                **({"pk": int(value)} if value.isdigit() else {"code": value})
            )
            if programme is not None:
                waves = waves.filter(programme=programme)
            if waves.count() != 1:
                raise CommandError(
                    f"No single survey wave {value!r}"
                    + ("" if programme else " (give --programme)")
                )
            wave = waves.get()
        if options["k"] is not None and options["k"] < 1:
            raise CommandError("--k must be at least 1")
        filters = ReportFilters(
            programme=programme.pk if programme else None,
            country=options["country"],
            region=options["region"],
            school=options["school"],
            school_class=options["school_class"],
            course=options["course"],
            instrument=options["instrument"],
            date_from=_date(options["date_from"]) if options["date_from"] else None,
            date_to=_date(options["date_to"]) if options["date_to"] else None,
            language=options["language"],
            survey_wave=wave.pk if wave else None,
        )
        combinations = (
            tuple(_pair(value) for value in options["cross"])
            if options["cross"]
            else DEFAULT_COMBINATIONS
        )
        output_format = options["output_format"]
        if output_format == "pdf" and not options["output"]:
            raise CommandError("--format pdf needs --output FILE")
        with translation.override(options["report_language"]):
            try:
                report = kap_report(
                    filters=filters,
                    combinations=combinations,
                    questions=tuple(options["by_question"]),
                    k=options["k"],
                )
            except ValueError as error:
                raise CommandError(str(error)) from error
            if output_format == "json":
                content = json.dumps(
                    report, allow_nan=False, ensure_ascii=False, indent=2
                )
            else:
                title = "KAP evaluation report" + (
                    f": {programme.name}" if programme else ""
                )
                filters_text = ", ".join(
                    f"{key}={value}"
                    for key, value in filters.as_json().items()
                    if value not in (None, "")
                )
                content = render_standalone(
                    report, title=title, filters_text=filters_text
                )
        if output_format == "pdf":
            try:
                data = render_pdf(content)
            except PdfUnavailable as error:
                raise CommandError(f"PDF output needs WeasyPrint: {error}") from error
            with open(options["output"], "wb") as handle:
                handle.write(data)
            return
        if options["output"]:
            with open(options["output"], "w", encoding="utf-8") as handle:
                handle.write(content)
        else:
            self.stdout.write(content)
