"""With the broker down, pages still work and an export fails with a clear message."""

import pytest
from django.urls import reverse
from kombu import pools

from assessments.models import ExportJob, ExportStatus
from assessments.services_exports import QUEUE_UNAVAILABLE, export_job_create
from elearn.celery import app
from tests.factories import PASSWORD, make_class, make_evaluator, make_teacher

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
        assert client.login(username=evaluator.username, password=PASSWORD)
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
