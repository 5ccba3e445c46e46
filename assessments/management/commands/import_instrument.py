"""``manage.py import_instrument FILE``: create an instrument from an XLSForm
(``.xlsx``, ``.xls``, ``.csv`` or ``.md``, read with pyxform)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from assessments.services_imports import ImportRejected, instrument_import
from assessments.xlsform import XLSFormError, parse_form


class Command(BaseCommand):
    help = "Import a KAP instrument (and its translations) from an XLSForm workbook."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="The XLSForm file")

    def handle(self, *args, file: Path, **options):
        if not file.is_file():
            raise CommandError(f"{file}: no such file")
        try:
            form = parse_form(file.read_bytes(), file.name)
            instrument = instrument_import(form=form)
        except (XLSFormError, ImportRejected) as error:
            raise CommandError(
                "Nothing was imported:\n" + "\n".join(error.errors)
            ) from error
        for warning in form.warnings:
            self.stderr.write(f"warning: {warning}")
        languages = ", ".join(form.languages)
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {instrument.code} with {len(form.items)} items "
                f"in {languages}."
            )
        )
