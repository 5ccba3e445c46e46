"""The pieces production serving relies on for speed: the gunicorn master's
warm-up, the Redis cache client, sessions in the cache."""

import os
import subprocess
import sys
import threading

import pytest
from django.conf import settings
from django.core.cache import cache
from django.template import engines

PROJECT = settings.BASE_DIR
redis_only = pytest.mark.skipif(
    not settings.REDIS_CACHE, reason="run with CACHE_URL set to Redis"
)


def test_warm_up_compiles_the_templates_without_touching_the_database():
    """No ``db`` fixture: pytest-django fails the test on any query."""
    from elearn.warmup import warm_up

    warm_up()
    loader = engines["django"].engine.template_loaders[0]  # the cached loader
    assert "courses/lesson_page.html" in loader.get_template_cache
    assert "base.html" in loader.get_template_cache
    assert len(loader.get_template_cache) >= 50


def test_gunicorn_warms_the_master_before_forking():
    """``when_ready`` runs in the master after the application is loaded and
    before the first worker is forked; it warms up (and freezes what start-up
    made out of the garbage collector's way) only then."""
    code = (
        "import runpy, types\n"
        "conf = runpy.run_path('deploy/gunicorn.conf.py')\n"
        "calls = []\n"
        "import elearn.warmup\n"
        "elearn.warmup.warm_up = lambda: calls.append(1)\n"
        "for preload in (True, False):\n"
        "    server = types.SimpleNamespace(cfg=types.SimpleNamespace(preload_app=preload))\n"
        "    conf['when_ready'](server)\n"
        "import gc\n"
        "print(len(calls), gc.get_freeze_count() > 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "elearn.settings.test"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1 True"  # warmed once, start-up objects frozen


def test_sessions_live_in_the_cache_only_when_every_process_shares_it():
    expected = "cached_db" if settings.REDIS_CACHE else ".db"
    assert settings.SESSION_ENGINE.endswith(expected)


@redis_only
def test_one_redis_client_serves_every_operation_and_thread():
    client = cache._cache.get_client()
    assert cache._cache.get_client("any key", write=True) is client
    errors = []

    def work(n):
        try:
            for i in range(50):
                cache.set(f"thread-{n}-{i}", i)
                assert cache.get(f"thread-{n}-{i}") == i
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


@redis_only
@pytest.mark.django_db
def test_signing_out_ends_the_session_in_the_cache_too(client):
    from tests.factories import make_user

    client.force_login(make_user("leaver"))
    key = client.session.session_key
    assert client.get("/en/learn/").status_code == 200
    client.post("/en/accounts/logout/")
    from django.contrib.sessions.backends.cached_db import SessionStore

    assert not SessionStore(session_key=key).exists(key)
    assert cache.get(f"django.contrib.sessions.cached_db{key}") is None
    # The old cookie opens nothing.
    client.cookies[settings.SESSION_COOKIE_NAME] = key
    assert client.get("/en/learn/").status_code == 302
