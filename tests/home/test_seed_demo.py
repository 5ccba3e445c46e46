"""seed_demo builds every screen's content and can be run twice.

The full demo is seeded once for this module (about 16 s on SQLite, most of it
wagtail-localize building the Spanish and Arabic courses); the second run, which
must create nothing, takes under a second.
"""

import pytest
from django.core.management import call_command

from accounts.models import ConsentRecord, User
from assessments.models import Attempt, Instrument
from classes.models import SchoolClass
from courses.models import CoursePage, LessonPage
from home.models import Helpline

pytestmark = pytest.mark.django_db


def counts():
    return (
        CoursePage.objects.count(),
        LessonPage.objects.count(),
        Instrument.objects.count(),
        User.objects.count(),
        Attempt.objects.count(),
        Helpline.objects.count(),
        ConsentRecord.objects.count(),
    )


@pytest.fixture(scope="module")
def seeded(shared_db):
    """The demo, seeded once; returns the row counts it left."""
    with shared_db.unblock():
        call_command("seed_demo", learners=10, quiet_logins=True)
        return counts()


class TestSeedDemo:
    def test_seeds_courses_people_and_results(self, seeded):
        assert seeded[0] == 15  # five courses, each also in Spanish and Arabic
        for language in ("en", "es", "ar"):
            assert (
                CoursePage.objects.filter(locale__language_code=language).count() == 5
            )
        assert seeded[1] >= 15
        assert all(
            course.get_lessons().count() >= 3 for course in CoursePage.objects.all()
        )
        for instrument in Instrument.objects.all():
            domains = set(instrument.items.values_list("domain", flat=True))
            assert domains == {"K", "A", "P"}
            assert instrument.items.count() >= 10
        blue = SchoolClass.objects.get(name="Grade 6 Blue")
        assert blue.learners.count() == 10
        assert blue.learners.filter(email="").count() == 10
        assert blue.learners.filter(consents__basis="school").count() == 10
        submitted = Attempt.objects.filter(submitted_at__isnull=False)
        assert submitted.filter(phase="pre").count() >= 8
        assert submitted.filter(phase="post").count() >= 5

    def test_a_second_run_creates_nothing(self, seeded):
        assert counts() == seeded
        call_command("seed_demo", learners=10, quiet_logins=True)
        assert counts() == seeded

    def test_every_demo_test_exports_as_an_xlsform_pyxform_converts(self, seeded):
        """What KoboToolbox and ODK Central would be given, for each demo test
        in all its languages; it imports back with the same questions."""
        import io

        from pyxform.xls2xform import convert

        from assessments.services_imports import instrument_export
        from assessments.xlsform import parse_form

        sources = Instrument.objects.filter(locale__language_code="en")
        assert sources.count() >= 5
        for instrument in sources:
            exported = instrument_export(instrument=instrument)
            result = convert(
                xlsform=io.BytesIO(exported), file_type=".xlsx", warnings=[]
            )
            assert instrument.title in result.xform
            form = parse_form(exported, f"{instrument.code}.xlsx")
            assert [i.code for i in form.items] == [
                i.code for i in instrument.get_items()
            ]
            assert len(form.languages) == 3, instrument.code  # en, es, ar
