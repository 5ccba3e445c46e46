"""Redis is a dependency that may blink: a Redis started by the test is
stopped while a learner takes a test; every page still answers, the answers
are stored once, readiness says 503 naming the cache, and the cache is used
again when Redis returns."""

import shutil
import socket
import subprocess
import time
import uuid

import pytest
from django.core.cache import cache
from django.urls import reverse
from redis.exceptions import ConnectionError as RedisConnectionError

from assessments.models import Attempt
from elearn import cache as tolerant_cache
from tests.factories import make_class, make_teacher

pytestmark = pytest.mark.django_db


class OwnRedis:
    """A throw-away redis-server on a free loopback port, no persistence."""

    def __init__(self, binary: str):
        self.binary = binary
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1"]
            + ["--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), 0.2) as c:
                    c.sendall(b"PING\r\n")
                    if c.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


@pytest.fixture
def own_redis():
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed")
    redis = OwnRedis(binary)
    redis.start()
    yield redis
    redis.stop()


@pytest.fixture
def redis_cache(own_redis, settings, monkeypatch):
    """The production cache setup (elearn.settings.base with CACHE_URL) on
    the test's own Redis: the tolerant backend and cached_db sessions."""
    monkeypatch.setattr(tolerant_cache, "RETRY_SECONDS", 0.2)
    settings.CACHES = {
        "default": {"BACKEND": "elearn.cache.RedisCache", "LOCATION": own_redis.url}
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    settings.CELERY_BROKER_URL = ""  # this test is about the cache
    return own_redis


@pytest.fixture
def learner(course):
    school_class = make_class(teacher=make_teacher(), learners=1, course=course)
    return school_class.memberships.get().learner


def answer_page(attempt, token):
    data = {"action": "save", "page_token": token}
    for item in attempt.instrument.get_items():
        if item.code == "K01":
            data[f"item-{item.pk}"] = "B"
        if item.code == "A01":
            data[f"item-{item.pk}"] = "4"
    return data


class TestRedisDown:
    def test_learners_keep_working_and_readiness_says_why(
        self, client, course, learner, redis_cache
    ):
        client.force_login(learner)
        take = reverse("assessments:take", args=[course.pk, "pre"])
        assert client.get(take).status_code == 200
        cache.set("probe", "1")
        assert cache.get("probe") == "1"  # the test's Redis is the cache

        redis_cache.stop()
        assert client.get(course.url).status_code == 200
        assert client.get(take).status_code == 200
        attempt = Attempt.objects.get(learner=learner, phase="pre")
        data = answer_page(attempt, str(uuid.uuid4()))
        assert client.post(take, data).status_code == 302
        assert client.post(take, data).status_code == 302  # a resend
        assert dict(attempt.responses.values_list("item__code", "value")) == {
            "K01": "B",
            "A01": "4",
        }
        ready = client.get(reverse("ops:health_ready"))
        assert ready.status_code == 503
        checks = ready.json()["checks"]
        assert checks["cache"]["ok"] is False
        assert checks["cache"]["required"] is True
        assert checks["database"]["ok"] is True

        redis_cache.start()
        time.sleep(0.3)  # RETRY_SECONDS: the cache is tried again
        assert client.get(take).status_code == 200
        cache.set("probe", "2")
        assert cache.get("probe") == "2"
        assert client.get(reverse("ops:health_ready")).status_code == 200

    def test_every_operation_on_a_dead_redis_is_a_miss(self, redis_cache):
        cache.set("probe", "1")
        redis_cache.stop()
        assert cache.get("probe", "missing") == "missing"
        # While the breaker is open, nothing is tried: the same miss at once.
        assert cache.get_many(["probe", "other"]) == {}
        assert cache.add("probe", "2") is False
        assert cache.set("probe", "2") is None
        with pytest.raises(ValueError):
            cache.incr("probe")
        with pytest.raises(RedisConnectionError):
            cache.ping()
