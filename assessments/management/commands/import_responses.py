"""``manage.py import_responses FILE --instrument CODE``: answers collected
elsewhere, from a long CSV or a KoboToolbox / ODK Central data export."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from assessments.models import Instrument, Phase
from assessments.services_imports import ImportRejected, responses_import
from classes.models import Programme
from courses.models import CoursePage


class Command(BaseCommand):
    help = (
        "Import answers collected elsewhere. FILE is a long CSV (learner, phase, "
        "item, value, date[, gender, birth_year, school, class]) or a "
        "KoboToolbox / ODK Central data export (CSV or XLSX, one submission per "
        "row, 'XML values and headers'), told apart by its columns. All rows "
        "or none; a submission imported before is skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--instrument", required=True, help="Instrument code")
        parser.add_argument(
            "--form-version",
            dest="form_version",
            help="The version of the form the answers were given on (default: "
            "the newest). A data export's submissions go to the version their "
            "FormVersion (ODK Central) names; this is for those that name none",
        )
        parser.add_argument(
            "--course", help="Slug of the course the attempts belong to (optional)"
        )
        parser.add_argument(
            "--programme", help="Programme slug, to find schools by name (optional)"
        )
        exports = parser.add_argument_group(
            "KoboToolbox / ODK data exports",
            "Not for a long CSV, which has its own learner and phase columns.",
        )
        exports.add_argument(
            "--learner-column",
            metavar="NAME",
            help="The question holding the learner's reference (default: learner)",
        )
        exports.add_argument(
            "--phase",
            choices=[value for value, _label in Phase.choices],
            help="The phase of every submission in the file",
        )
        exports.add_argument(
            "--phase-column",
            metavar="NAME",
            help="The question holding each submission's phase (default: phase)",
        )
        exports.add_argument(
            "--ignore-column",
            metavar="NAME",
            action="append",
            default=[],
            help="A column not to import (repeat for more)",
        )

    def handle(self, *args, file: Path, instrument: str, **options):
        if not file.is_file():
            raise CommandError(f"{file}: no such file")
        rows = Instrument.objects.filter(code=instrument)
        form_version = options.get("form_version")
        if form_version is None:
            rows = rows.filter(superseded_by__isnull=True)
        else:
            rows = rows.filter(version=form_version)
        found = rows.order_by("pk").first()  # the source language
        if found is None:
            raise CommandError(
                f"No instrument with code {instrument!r}"
                + (f" and version {form_version!r}." if form_version else ".")
            )
        course = None
        if options.get("course"):
            course = CoursePage.objects.filter(slug=options["course"]).first()
            if course is None:
                raise CommandError(f"No course with slug {options['course']!r}.")
        programme = None
        if options.get("programme"):
            programme = Programme.objects.filter(slug=options["programme"]).first()
            if programme is None:
                raise CommandError(f"No programme {options['programme']!r}.")
        try:
            summary = responses_import(
                data=file.read_bytes(),
                instrument=found,
                course=course,
                programme=programme,
                learner_column=options.get("learner_column") or "",
                phase=options.get("phase") or "",
                phase_column=options.get("phase_column") or "",
                ignore_columns=options["ignore_column"],
                version_named=form_version is not None,
            )
        except ImportRejected as error:
            raise CommandError(
                "Nothing was imported:\n" + "\n".join(error.errors)
            ) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {summary.responses} answers in {summary.attempts} "
                f"attempts; {summary.learners_created} new pseudonymous learners."
            )
        )
        if set(summary.by_version) - {found.version}:
            self.stdout.write(
                "By form version: "
                + ", ".join(
                    f"{version or '—'}: {n} attempts"
                    for version, n in sorted(summary.by_version.items())
                )
            )
        if summary.already_imported:
            self.stdout.write(
                f"{summary.already_imported} submissions were imported before, "
                "with the same answers: skipped."
            )
        if summary.hidden_answers:
            self.stdout.write(
                f"{summary.hidden_answers} answers to questions the form's skip "
                "logic hides were not stored."
            )
        if summary.ignored_columns:
            self.stdout.write(
                f"Not imported (not questions of {found.code}): "
                + ", ".join(summary.ignored_columns)
            )
