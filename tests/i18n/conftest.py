import pytest
from django.conf import settings
from django.db import transaction

from home.catalogues import compile_catalogues

# Compile the interface catalogues before any test loads them (``make test``
# does this too; this keeps ``pytest tests/i18n`` self-contained).
compile_catalogues(settings.LOCALE_PATHS)


@pytest.fixture(scope="module")
def translated_site(django_db_setup, django_db_blocker):
    """The mini course in English, Spanish and Arabic, built once per module.

    Building translations through wagtail-localize is slow, so the tree is made
    once inside a transaction that is rolled back after the module; each test
    still runs in its own savepoint, so what a test changes is undone.
    """
    from tests.i18n.fixtures import build_translated_site

    with django_db_blocker.unblock(), transaction.atomic():
        yield build_translated_site()
        transaction.set_rollback(True)


@pytest.fixture
def site(translated_site, db):
    """``{"en": course, "es": course, "ar": course}``, fresh from the database."""
    from courses.models import CoursePage

    return {
        language: CoursePage.objects.get(pk=course.pk)
        for language, course in translated_site.items()
    }
