"""gunicorn configuration for the platform (``gunicorn -c deploy/gunicorn.conf.py``).

Everything comes from the environment (defaults in brackets):

- ``GUNICORN_BIND`` (``127.0.0.1:8000``): address; keep it on loopback behind a
  reverse proxy that terminates TLS.
- ``WEB_CONCURRENCY`` (2 x CPU cores + 1, at most 8): worker processes.
- ``GUNICORN_THREADS`` (1): threads per worker (``gthread`` worker when > 1).
- ``GUNICORN_TIMEOUT`` (30): seconds before a stuck worker is restarted.
- ``GUNICORN_GRACEFUL_TIMEOUT`` (30), ``GUNICORN_KEEPALIVE`` (5).
- ``GUNICORN_MAX_REQUESTS`` (1000) with jitter: recycle workers to cap memory.
- ``GUNICORN_ACCESS_LOG`` (``-`` = stdout; empty turns it off).

Access log lines are one JSON object each (no query strings: they can carry
tokens). Application logs follow ``LOG_FORMAT``.
"""

import gc
import json
import multiprocessing
import os
from datetime import UTC, datetime

from gunicorn import glogging


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SystemExit(f"{name} must be a whole number, not {raw!r}.") from None
    if value < 1:
        raise SystemExit(f"{name} must be at least 1, not {value}.")
    return value


bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = _int("WEB_CONCURRENCY", min(multiprocessing.cpu_count() * 2 + 1, 8))
threads = _int("GUNICORN_THREADS", 1)
worker_class = "gthread" if threads > 1 else "sync"
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = _int("GUNICORN_KEEPALIVE", 5)
max_requests = _int("GUNICORN_MAX_REQUESTS", 1000)
max_requests_jitter = max(1, max_requests // 10)
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# The reverse proxy on the same host sets X-Forwarded-Proto; trust loopback only.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
proc_name = "elearn-web"
# Workers share the application code loaded once (less memory per worker).
preload_app = True


def when_ready(server):
    """Warm the master up before the workers are forked (elearn/warmup.py),
    then freeze what it holds out of the garbage collector's way: a worker's
    full collection scanned the 300,000 objects of the loaded site (about
    0.2 s, a pause in whichever request it fell in); frozen, they are never
    scanned, and stay shared with the master instead of being copied
    (``gc.freeze``, Python's documented pattern for forking servers)."""
    if server.cfg.preload_app:
        from elearn.warmup import warm_up

        warm_up()
        gc.collect()
        gc.freeze()


class JsonAccessLogger(glogging.Logger):
    """Write each access log line as one JSON object."""

    def access(self, resp, req, environ, request_time):
        if not (self.cfg.accesslog or self.cfg.logconfig or self.cfg.syslog):
            return
        status = resp.status.split(None, 1)[0] if isinstance(resp.status, str) else ""
        record = {
            "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "logger": "gunicorn.access",
            "remote": environ.get("REMOTE_ADDR", ""),
            "forwarded_for": environ.get("HTTP_X_FORWARDED_FOR", ""),
            "method": environ.get("REQUEST_METHOD", ""),
            "path": environ.get("PATH_INFO", ""),
            "status": int(status) if status.isdigit() else status,
            "bytes": getattr(resp, "sent", None),
            "duration_ms": round(request_time.total_seconds() * 1000, 1),
            "user_agent": environ.get("HTTP_USER_AGENT", ""),
        }
        try:
            self.access_log.info(json.dumps(record, ensure_ascii=False))
        except Exception:  # noqa: BLE001 - logging must never break a response
            self.error("Failed to write the access log line")


logger_class = JsonAccessLogger
