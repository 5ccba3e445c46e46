"""``manage.py import_responses FILE --instrument CODE``: answers from a long CSV."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from assessments.models import Instrument
from assessments.services_imports import ImportRejected, responses_import
from classes.models import Programme
from courses.models import CoursePage


class Command(BaseCommand):
    help = (
        "Import answers collected elsewhere (paper, KoboToolbox/ODK) from a long "
        "CSV: learner, phase, item, value, date[, gender, birth_year, school, class]. "
        "All rows or none."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--instrument", required=True, help="Instrument code")
        parser.add_argument(
            "--course", help="Slug of the course the attempts belong to (optional)"
        )
        parser.add_argument(
            "--programme", help="Programme slug, to find schools by name (optional)"
        )

    def handle(self, *args, file: Path, instrument: str, **options):
        if not file.is_file():
            raise CommandError(f"{file}: no such file")
        found = Instrument.objects.filter(code=instrument).order_by("pk").first()
        if found is None:
            raise CommandError(f"No instrument with code {instrument!r}.")
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
