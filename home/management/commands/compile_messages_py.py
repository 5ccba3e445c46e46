"""Compile locale/*/LC_MESSAGES/*.po into .mo files without GNU gettext.

    ./manage.py compile_messages_py          # every catalogue in LOCALE_PATHS
    ./manage.py compile_messages_py --check  # fail if a catalogue is invalid

``make run`` and ``make test`` run this, so a fresh machine needs no system
tool; only re-extracting messages (scripts/update-translations.sh) needs
gettext.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home.catalogues import CatalogueError, compile_catalogues


class Command(BaseCommand):
    help = "Compile the .po message catalogues into .mo files (pure Python)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Only check that every catalogue parses and its placeholders match.",
        )

    def handle(self, *args, check, **options):
        try:
            results = compile_catalogues(settings.LOCALE_PATHS, write=not check)
        except CatalogueError as error:
            raise CommandError(str(error)) from error
        for result in results:
            self.stdout.write(
                f"{result.path}: {result.translated}/{result.total} translated"
                + ("" if check else f" -> {result.mo_path.name}")
            )
