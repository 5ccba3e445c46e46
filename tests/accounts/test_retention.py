"""The beat job that anonymises child accounts nobody has used for a while."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.utils import timezone
from freezegun import freeze_time

from accounts.models import ParentConsentRequest
from accounts.services import parent_consent_request_create
from accounts.tasks import child_accounts_anonymise
from assessments.models import Attempt
from audit.models import AuditAction, AuditEvent
from tests.classes.helpers import finish_course
from tests.factories import make_class, make_teacher, make_user

pytestmark = pytest.mark.django_db


def test_the_job_is_on_the_beat_schedule():
    entries = settings.CELERY_BEAT_SCHEDULE.values()
    assert {"task": "accounts.child_accounts_anonymise", "schedule": 86400} in [
        {"task": e["task"], "schedule": e["schedule"]} for e in entries
    ]


class TestChildAccountRetention:
    def test_inactive_children_are_anonymised_and_research_answers_kept(
        self, course, settings
    ):
        settings.CHILD_ACCOUNT_RETENTION_DAYS = 365
        with freeze_time("2026-01-10 09:00"):
            teacher = make_teacher()
            school_class = make_class(teacher=teacher, learners=2, course=course)
            idle, active = [m.learner for m in school_class.memberships.all()]
            finish_course(idle, course)
            adult = make_user("adult-learner", email="a@example.org")
        with freeze_time("2026-06-01"):
            active.last_login = timezone.now()
            active.save()
        with freeze_time("2027-01-09"):
            assert child_accounts_anonymise.delay().get() == 0
        with freeze_time("2027-01-11"):
            assert child_accounts_anonymise.delay().get() == 1
        idle.refresh_from_db()
        active.refresh_from_db()
        adult.refresh_from_db()
        assert idle.anonymised_at is not None
        assert idle.username.startswith("deleted-") and idle.display_name == ""
        assert not idle.memberships.exists()
        assert Attempt.objects.filter(learner=idle).count() == 2
        assert active.anonymised_at is None and active.display_name
        assert adult.anonymised_at is None
        event = AuditEvent.objects.get(action=AuditAction.ACCOUNT_ANONYMISED)
        assert event.actor_id is None
        assert event.target_id == str(idle.pk)
        assert event.details["reason"] == "retention"
        # Running again changes nothing.
        with freeze_time("2027-02-01"):
            assert child_accounts_anonymise.delay().get() == 0

    def test_a_recent_sign_in_keeps_the_account(self, settings):
        settings.CHILD_ACCOUNT_RETENTION_DAYS = 30
        with freeze_time("2026-01-01"):
            child = make_user("kid", is_child_account=True)
        with freeze_time("2026-01-25"):
            child.last_login = timezone.now()
            child.save()
        with freeze_time("2026-02-20"):
            assert child_accounts_anonymise.delay().get() == 0
        with freeze_time("2026-02-25"):
            assert child_accounts_anonymise.delay().get() == 1

    def test_unanswered_parent_requests_are_deleted_with_the_waiting_account(
        self, settings
    ):
        settings.PARENT_CONSENT_REQUEST_DAYS = 14
        with freeze_time("2026-03-01"):
            pending = parent_consent_request_create(
                display_name="Sami",
                password="seven-blue-kites",
                parent_email="parent@example.org",
                birth_year=2016,
                country="KE",
                language="en",
                link_for=lambda token: f"http://testserver/{token}/",
            )
        with freeze_time("2026-03-10"):
            child_accounts_anonymise.delay().get()
            assert ParentConsentRequest.objects.filter(child=pending.user).exists()
        with freeze_time("2026-03-16"):
            child_accounts_anonymise.delay().get()
        assert not ParentConsentRequest.objects.exists()
        assert not type(pending.user).objects.filter(pk=pending.user.pk).exists()
        assert AuditEvent.objects.filter(
            action=AuditAction.DATA_DELETED, details__reason="consent_request_expired"
        ).exists()


def test_retention_quick_exit_and_age_default_come_from_the_environment():
    code = (
        "import elearn.settings.test as s; "
        "print(s.CHILD_ACCOUNT_RETENTION_DAYS, s.QUICK_EXIT_URL, "
        "s.DIGITAL_AGE_OF_CONSENT_DEFAULT)"
    )
    env = {
        **os.environ,
        "CHILD_ACCOUNT_RETENTION_DAYS": "90",
        "QUICK_EXIT_URL": "https://example.org/weather",
        "DIGITAL_AGE_OF_CONSENT_DEFAULT": "16",
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.split() == ["90", "https://example.org/weather", "16"]
