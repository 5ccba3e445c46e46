"""``manage.py export_instrument CODE FILE.xlsx``: write an instrument as XLSForm."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from assessments.models import Instrument
from assessments.services_imports import instrument_export


class Command(BaseCommand):
    help = "Export an instrument and its translations as an XLSForm workbook."

    def add_arguments(self, parser):
        parser.add_argument("code", help="Instrument code (form_id)")
        parser.add_argument("file", type=Path, help="Where to write the .xlsx")
        parser.add_argument(
            "--language",
            default=None,
            help="Language version to write first (default: the original one)",
        )

    def handle(self, *args, code: str, file: Path, language: str | None, **options):
        versions = Instrument.objects.filter(code=code).select_related("locale")
        if language:
            versions = versions.filter(locale__language_code=language)
        instrument = versions.order_by("pk").first()
        if instrument is None:
            raise CommandError(f"No instrument with code {code!r}.")
        with translation.override(instrument.locale.language_code):
            file.write_bytes(instrument_export(instrument=instrument))
        self.stdout.write(self.style.SUCCESS(f"Wrote {file}."))
