import pytest
from django.conf import settings

from home.catalogues import compile_catalogues

# Compile the interface catalogues before any test loads them (``make test``
# does this too; this keeps ``pytest tests/i18n`` self-contained).
compile_catalogues(settings.LOCALE_PATHS)


@pytest.fixture(scope="module")
def translated_site(shared_db):
    """The mini course in English, Spanish and Arabic, built once per module
    (in ``shared_db``'s transaction; each test's changes are rolled back)."""
    from tests.i18n.fixtures import build_translated_site

    with shared_db.unblock():
        return build_translated_site()


@pytest.fixture
def site(translated_site, db):
    """``{"en": course, "es": course, "ar": course}``, fresh from the database."""
    from courses.models import CoursePage

    return {
        language: CoursePage.objects.get(pk=course.pk)
        for language, course in translated_site.items()
    }
