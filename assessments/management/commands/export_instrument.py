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
        parser.add_argument(
            "--form-version",
            dest="form_version",
            default=None,
            help="The form's version to write (default: the newest)",
        )

    def handle(
        self,
        *args,
        code: str,
        file: Path,
        language: str | None,
        form_version: str | None,
        **options,
    ):
        rows = Instrument.objects.filter(code=code).select_related("locale")
        if form_version is None:
            rows = rows.filter(superseded_by__isnull=True)
        else:
            rows = rows.filter(version=form_version)
        if language:
            rows = rows.filter(locale__language_code=language)
        instrument = rows.order_by("pk").first()
        if instrument is None:
            raise CommandError(
                f"No instrument with code {code!r}"
                + (f" and version {form_version!r}." if form_version else ".")
            )
        with translation.override(instrument.locale.language_code):
            file.write_bytes(instrument_export(instrument=instrument))
        self.stdout.write(self.style.SUCCESS(f"Wrote {file}."))
