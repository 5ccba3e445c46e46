"""The health endpoints: liveness, readiness, JSON without secrets."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db

DEAD_BROKER = "redis://:sup3r-secret@127.0.0.1:1/0"


@pytest.fixture
def no_broker(settings):
    settings.CELERY_BROKER_URL = ""
    return settings


class TestLiveness:
    def test_answers_ok_without_touching_anything(
        self, client, django_assert_num_queries
    ):
        with django_assert_num_queries(0):
            response = client.get(reverse("ops:health"))
        assert response.status_code == 200
        assert response.json() == {"status": "ok"}
        assert "no-cache" in response["Cache-Control"]

    def test_refuses_post(self, client):
        assert client.post(reverse("ops:health")).status_code == 405


class TestReadiness:
    def test_ready_with_database_and_cache_and_no_broker(self, client, no_broker):
        response = client.get(reverse("ops:health_ready"))
        assert response.status_code == 200
        body = response.json()
        assert body["status"] == "ok"
        assert body["checks"]["database"]["ok"] is True
        assert body["checks"]["cache"]["ok"] is True
        assert body["checks"]["broker"]["detail"].startswith("not configured")
        assert body["checks"]["workers"]["required"] is False
        assert "beat" not in body["checks"]

    def test_unreachable_broker_makes_it_unavailable_without_leaking_the_url(
        self, client, settings
    ):
        settings.CELERY_BROKER_URL = DEAD_BROKER
        settings.HEALTH_TIMEOUT = 0.5
        response = client.get(reverse("ops:health_ready"))
        assert response.status_code == 503
        body = response.json()
        assert body["status"] == "unavailable"
        assert body["checks"]["broker"]["ok"] is False
        assert body["checks"]["workers"]["detail"] == "broker unavailable"
        assert body["checks"]["database"]["ok"] is True
        text = response.content.decode()
        assert "sup3r-secret" not in text
        assert "127.0.0.1" not in text

    def test_workers_fail_readiness_only_when_required(self, settings):
        from ops.checks import readiness

        settings.CELERY_BROKER_URL = DEAD_BROKER
        settings.HEALTH_TIMEOUT = 0.5
        settings.HEALTH_REQUIRE_WORKERS = True
        _ready, checks = readiness()
        assert checks["workers"]["required"] is True
        assert checks["broker"]["required"] is True

    def test_beat_heartbeat_is_reported(self, settings):
        from ops.checks import check_beat
        from ops.tasks import beat_heartbeat

        missing = check_beat()
        assert (missing["ok"], missing["detail"]) == (False, "no heartbeat seen")
        beat_heartbeat.delay()
        result = check_beat()
        assert result["ok"] is True
        assert result["age_seconds"] < 300

    def test_an_export_without_a_worker_is_reported(self, course):
        from assessments.models import ExportJob
        from assessments.services_exports import export_job_create
        from ops.checks import check_exports
        from tests.factories import make_class, make_evaluator, make_teacher

        assert check_exports()["ok"] is True
        programme = make_class(teacher=make_teacher(), course=course).school.programme
        job = export_job_create(
            user=make_evaluator("evaluator", programme),
            programme=programme,
            enqueue=False,
        )
        long_ago = timezone.now() - timedelta(minutes=settings.EXPORT_STALE_MINUTES + 1)
        ExportJob.objects.filter(pk=job.pk).update(
            status="running", heartbeat_at=long_ago
        )
        result = check_exports()
        assert (result["ok"], result["stalled"]) == (False, 1)

    def test_status_says_degraded_when_only_informational_checks_fail(self):
        from ops.checks import readiness_status

        good, bad = {"ok": True}, {"ok": False}
        assert readiness_status(True, {"database": good, "beat": good}) == "ok"
        assert readiness_status(True, {"database": good, "beat": bad}) == "degraded"
        assert readiness_status(False, {"database": bad}) == "unavailable"
