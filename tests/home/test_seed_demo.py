"""seed_demo builds every screen's content and can be run twice."""

import pytest
from django.core.management import call_command

from accounts.models import ConsentRecord, User
from assessments.models import Attempt, Instrument
from classes.models import SchoolClass
from courses.models import CoursePage, LessonPage
from home.models import Helpline

pytestmark = pytest.mark.django_db


class TestSeedDemo:
    def test_seeds_courses_people_and_results_idempotently(self):
        call_command("seed_demo", learners=10, quiet_logins=True)
        counts = (
            CoursePage.objects.count(),
            LessonPage.objects.count(),
            Instrument.objects.count(),
            User.objects.count(),
            Attempt.objects.count(),
            Helpline.objects.count(),
            ConsentRecord.objects.count(),
        )
        assert counts[0] == 15  # five courses, each also in Spanish and Arabic
        for language in ("en", "es", "ar"):
            assert (
                CoursePage.objects.filter(locale__language_code=language).count() == 5
            )
        assert counts[1] >= 15
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

        call_command("seed_demo", learners=10, quiet_logins=True)
        assert (
            CoursePage.objects.count(),
            LessonPage.objects.count(),
            Instrument.objects.count(),
            User.objects.count(),
            Attempt.objects.count(),
            Helpline.objects.count(),
            ConsentRecord.objects.count(),
        ) == counts
