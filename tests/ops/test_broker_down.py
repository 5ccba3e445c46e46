"""With the broker down, pages still work and an export fails with a clear message."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from kombu import pools

from assessments.models import ExportJob, ExportStatus
from assessments.services_exports import QUEUE_UNAVAILABLE, export_job_create
from courses.models import Certificate
from courses.services import certificate_request, certificates_requeue
from elearn.celery import app
from tests.factories import (
    make_class,
    make_evaluator,
    make_teacher,
    make_user,
)

DEAD_BROKER = "redis://127.0.0.1:1/0"


@pytest.fixture
def dead_broker():
    """Point the real Celery app at a port where no broker listens.

    Celery and kombu cache connection and producer pools (keyed by broker URL)
    on first use, so they are reset here and again afterwards.
    """
    saved = (
        app.conf.broker_url,
        app.conf.broker_write_url,
        app.conf.task_always_eager,
        app.conf.result_backend,
    )

    def reset_pools():
        pools.reset()
        app._pool = None
        app.amqp._producer_pool = None

    reset_pools()
    # With a broker configured (the services lane) Celery publishes through
    # broker_write_url, which already holds the real URL: point both away.
    app.conf.broker_url = DEAD_BROKER
    app.conf.broker_write_url = DEAD_BROKER
    app.conf.result_backend = None
    app.conf.task_always_eager = False
    yield
    reset_pools()
    (
        app.conf.broker_url,
        app.conf.broker_write_url,
        app.conf.task_always_eager,
        app.conf.result_backend,
    ) = saved


@pytest.fixture
def evaluator_and_programme(course):
    school_class = make_class(teacher=make_teacher(), learners=1, course=course)
    programme = school_class.school.programme
    return make_evaluator("evaluator", programme), programme


@pytest.mark.django_db
class TestBrokerDown:
    def test_export_is_marked_failed_with_a_clear_message(
        self, dead_broker, evaluator_and_programme, django_capture_on_commit_callbacks
    ):
        evaluator, programme = evaluator_and_programme
        with django_capture_on_commit_callbacks(execute=True):
            job = export_job_create(user=evaluator, programme=programme)
        job.refresh_from_db()
        assert job.status == ExportStatus.FAILED
        assert job.error == QUEUE_UNAVAILABLE

    def test_export_page_says_so_and_other_pages_still_work(
        self,
        client,
        dead_broker,
        evaluator_and_programme,
        django_capture_on_commit_callbacks,
    ):
        evaluator, programme = evaluator_and_programme
        client.force_login(evaluator)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("assessments:export_create"), {"programme": programme.pk}
            )
        assert response.status_code == 302
        page = client.get(response["Location"])
        assert page.status_code == 200
        assert "worker queue is unavailable" in page.content.decode()
        assert client.get(reverse("assessments:export_list")).status_code == 200
        assert client.get(reverse("ops:health")).status_code == 200

    def test_exports_resume_when_the_broker_returns(
        self, evaluator_and_programme, django_capture_on_commit_callbacks
    ):
        """Eager mode stands in for a broker that answers again."""
        evaluator, programme = evaluator_and_programme
        with django_capture_on_commit_callbacks(execute=True):
            job = export_job_create(user=evaluator, programme=programme)
        job.refresh_from_db()
        assert job.status == ExportStatus.DONE
        assert ExportJob.objects.filter(status=ExportStatus.DONE).count() == 1


@pytest.mark.django_db
class TestCertificateWithBrokerDown:
    def test_completion_answers_and_the_certificate_waits(
        self, dead_broker, course, django_capture_on_commit_callbacks
    ):
        learner = make_user("amina")
        with django_capture_on_commit_callbacks(execute=True):
            certificate = certificate_request(learner=learner, course=course)
        certificate.refresh_from_db()
        assert certificate.status == Certificate.Status.PENDING
        assert not certificate.file

    def test_certificates_left_waiting_are_queued_again(self, course):
        learner = make_user("amina")
        waiting = Certificate.objects.create(
            learner=learner,
            course=course,
            course_key=course.translation_key,
            language="en",
        )
        fresh = Certificate.objects.create(
            learner=make_user("bilal"),
            course=course,
            course_key=course.translation_key,
            language="en",
        )
        Certificate.objects.filter(pk=waiting.pk).update(
            issued_at=timezone.now() - timedelta(hours=1)
        )
        assert certificates_requeue() == 1  # eager: made at once
        waiting.refresh_from_db()
        fresh.refresh_from_db()
        assert waiting.status == Certificate.Status.READY
        assert fresh.status == Certificate.Status.PENDING
