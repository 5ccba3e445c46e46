"""The health endpoints: liveness, readiness, JSON without secrets."""

import pytest
from django.urls import reverse

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
