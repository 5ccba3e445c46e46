"""Readiness checks: database, cache, broker, workers, beat.

Each check returns a small dict (``ok``, ``ms`` and a short ``detail``) and
never raises. Details carry an error's class name only, never its message:
messages can contain hosts, user names or passwords from connection URLs. The
full error goes to the log.
"""

import logging
import time
import uuid
from collections.abc import Callable
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django.utils import timezone

from elearn.db_router import reporting_db

logger = logging.getLogger("elearn.health")

BEAT_HEARTBEAT_KEY = "ops:beat:last"


def _timed(name: str, check: Callable[[], dict]) -> dict:
    started = time.monotonic()
    try:
        result = check()
    except Exception as error:  # noqa: BLE001 - a failing check is a result
        logger.warning("health check %s failed", name, exc_info=True)
        result = {"ok": False, "detail": type(error).__name__}
    result["ms"] = round((time.monotonic() - started) * 1000, 1)
    return result


def check_database(alias: str = "default") -> dict:
    def run():
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        return {"ok": True}

    return _timed(f"database:{alias}", run)


def check_cache() -> dict:
    def run():
        # The Redis cache treats an unreachable Redis as a miss (elearn.cache)
        # so that pages keep working; readiness asks it directly.
        ping = getattr(cache, "ping", None)
        if ping is not None:
            ping()
        key = f"ops:health:{uuid.uuid4().hex}"
        cache.set(key, "1", timeout=10)
        found = cache.get(key) == "1"
        cache.delete(key)
        return {"ok": found, "detail": "" if found else "value not read back"}

    return _timed("cache", run)


def broker_configured() -> bool:
    return bool(settings.CELERY_BROKER_URL)


def check_broker() -> dict:
    """Open a connection to the broker with a short timeout."""
    if not broker_configured():
        return {"ok": True, "detail": "not configured: tasks run in-process"}

    def run():
        from elearn.celery import app

        timeout = settings.HEALTH_TIMEOUT
        with app.connection_for_write(
            url=settings.CELERY_BROKER_URL, connect_timeout=timeout
        ) as connection:
            # One retry, at once: kombu waits 2 s before a retry by default,
            # and a readiness probe must answer within HEALTH_TIMEOUT.
            connection.ensure_connection(
                max_retries=1, interval_start=0, timeout=timeout
            )
        return {"ok": True}

    return _timed("broker", run)


def check_workers() -> dict:
    """Ping the Celery workers; report how many answered."""
    if not broker_configured():
        return {"ok": True, "detail": "not configured: tasks run in-process"}

    def run():
        from elearn.celery import app

        replies = app.control.inspect(timeout=settings.HEALTH_TIMEOUT).ping() or {}
        count = len(replies)
        return {
            "ok": count > 0,
            "count": count,
            "detail": "" if count else "no worker answered",
        }

    return _timed("workers", run)


def check_beat() -> dict:
    """Report when Celery beat last had its heartbeat task run (informational)."""

    def run():
        seen = cache.get(BEAT_HEARTBEAT_KEY)
        if not seen:
            return {"ok": False, "detail": "no heartbeat seen"}
        age = (timezone.now() - datetime.fromisoformat(seen)).total_seconds()
        return {"ok": age < 300, "age_seconds": round(age)}

    return _timed("beat", run)


def check_exports() -> dict:
    """Report export jobs whose worker is gone (running without a heartbeat,
    or queued and never taken): workers that answer a ping but no longer
    consume, or that died mid-job (informational)."""

    def run():
        from assessments.services_exports import export_jobs_stalled

        count = export_jobs_stalled().count()
        return {
            "ok": count == 0,
            "stalled": count,
            "detail": f"{count} export job(s) without a worker" if count else "",
        }

    return _timed("exports", run)


def readiness() -> tuple[bool, dict]:
    """Run every check; return (ready, report).

    Workers, beat and stalled exports are reported but only fail readiness
    when ``HEALTH_REQUIRE_WORKERS`` is on: a web process can serve pages while
    the workers restart. (The endpoint then says ``degraded``, for monitoring.)
    """
    checks = {"database": check_database("default")}
    if reporting_db() != "default":
        checks["database_replica"] = check_database(reporting_db())
    checks["cache"] = check_cache()
    checks["broker"] = check_broker()
    if checks["broker"]["ok"]:
        checks["workers"] = check_workers()
    else:
        checks["workers"] = {"ok": False, "detail": "broker unavailable", "ms": 0.0}
    if broker_configured():
        checks["beat"] = check_beat()
        checks["exports"] = check_exports()
    required = ["database", "database_replica", "cache", "broker"]
    if settings.HEALTH_REQUIRE_WORKERS:
        required += ["workers", "beat", "exports"]
    ready = all(checks[name]["ok"] for name in required if name in checks)
    for name, result in checks.items():
        result["required"] = name in required
    return ready, checks


def readiness_status(ready: bool, checks: dict) -> str:
    """``unavailable`` (not ready), ``degraded`` (ready, but a check that is
    not required failed: workers, beat, stalled exports) or ``ok``."""
    if not ready:
        return "unavailable"
    if all(check["ok"] for check in checks.values()):
        return "ok"
    return "degraded"
