"""Shared pieces of the web benchmarks: the production setup on 127.0.0.1.

- ``setup()``: production settings against PostgreSQL database ``elearn_bench``
  (created if missing) and Redis (database 15 for the cache, 14 for the
  broker), migrated, static files collected, the demo seeded once.
- ``bench_course()``: a course with the demo children's lessons and a
  20-question test (knowledge, attitudes, practices).
- ``make_learners()``: many learners at once, each with a signed-in session
  written straight to the session table (signing 10,000 people in through the
  form would benchmark the password hasher, not the site).
- ``Gunicorn``: gunicorn with ``deploy/gunicorn.conf.py`` and production
  settings, started and stopped by the script (its own process only).
- ``Client``: one keep-alive HTTP connection per thread (``http.client``),
  sending what the TLS-terminating proxy would add (``X-Forwarded-Proto``).

Never used by the test suite. Override with BENCH_DATABASE_URL, BENCH_REDIS_URL
and BENCH_PORT.
"""

import copy
import http.client
import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/elearn_bench"
)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379")
PORT = int(os.environ.get("BENCH_PORT", "8765"))
HOST = "127.0.0.1"
BENCH_COURSE_SLUG = "bench-course"
ITEMS = 20
sys.path.insert(0, str(ROOT))


def environment() -> dict:
    """The production environment the benchmarks run the site with."""
    work = Path(
        os.environ.get("BENCH_WORK_DIR", Path(tempfile.gettempdir()) / "elearn-bench")
    )
    return {
        "DJANGO_SETTINGS_MODULE": "elearn.settings.production",
        "SECRET_KEY": "bench-only-" + "k" * 50,
        "ALLOWED_HOSTS": f"{HOST},localhost",
        "DATABASE_URL": DATABASE_URL,
        "CONN_MAX_AGE": "60",
        "CACHE_URL": f"{REDIS_URL}/15",
        "CELERY_BROKER_URL": f"{REDIS_URL}/14",
        "CELERY_RESULT_BACKEND": f"{REDIS_URL}/14",
        "STATIC_ROOT": str(work / "static"),
        "MEDIA_ROOT": str(work / "media"),
        "EXPORTS_ROOT": str(work / "exports"),
        "CERTIFICATES_ROOT": str(work / "private"),
        "CELERY_BEAT_SCHEDULE_FILENAME": str(work / "celerybeat-schedule"),
        "LOG_LEVEL": "WARNING",
        "GUNICORN_BIND": f"{HOST}:{PORT}",
        "GUNICORN_ACCESS_LOG": "",
        "WEB_CONCURRENCY": os.environ.get("WEB_CONCURRENCY", "4"),
        "GUNICORN_THREADS": os.environ.get("GUNICORN_THREADS", "1"),
    }


def ensure_database() -> None:
    import psycopg

    parts = urlsplit(DATABASE_URL)
    name = parts.path.lstrip("/")
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def setup(*, seed: bool = True) -> None:
    """Configure Django for production against the bench services; migrate."""
    os.environ.update(environment())
    for folder in ("STATIC_ROOT", "MEDIA_ROOT", "EXPORTS_ROOT", "CERTIFICATES_ROOT"):
        Path(os.environ[folder]).mkdir(parents=True, exist_ok=True)
    ensure_database()
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("collectstatic", verbosity=0, interactive=False)
    if seed:
        from courses.models import CoursePage

        if not CoursePage.objects.exists():
            print("Seeding the demo content (once)...", flush=True)
            call_command("seed_demo", "--quiet-logins")


def bench_course():
    """Return the benchmark course (demo lessons, a 20-question test)."""
    from courses.models import CourseIndexPage, CoursePage
    from home import demo

    existing = CoursePage.objects.filter(slug=BENCH_COURSE_SLUG).first()
    if existing is not None:
        return existing
    data = copy.deepcopy(demo.load_course_data("course_children"))
    data["slug"] = BENCH_COURSE_SLUG
    data["title"] = "Benchmark course"
    data.pop("restricted_to_classes", None)
    test = data["test"]
    test["code"] = "BENCH20"
    base = list(test["items"])
    items = []
    while len(items) < ITEMS:
        item = copy.deepcopy(base[len(items) % len(base)])
        item["code"] = f"B{len(items) + 1:02d}"
        items.append(item)
    test["items"] = items
    locale = demo.ensure_locales()
    index = CourseIndexPage.objects.first() or demo.ensure_course_index(
        demo.ensure_home(locale)
    )
    return demo.ensure_course(index, data, locale=locale)


def answers_for(instrument) -> list[dict]:
    """One valid answer per question (the first option, or the scale's 4)."""
    from assessments import scoring

    answers = []
    for item in instrument.get_items():
        spec = item.spec()
        if item.item_type in (scoring.SINGLE, scoring.MULTI):
            value = item.option_list()[0]["key"]
            value = [value] if item.item_type == scoring.MULTI else value
        elif item.item_type == scoring.OPEN:
            value = "bench"
        else:
            value = {
                scoring.YES_NO: "yes",
                scoring.TRUE_FALSE: "true",
            }.get(item.item_type, "4")
        scoring.normalise_value(spec, value)  # fails loudly if not valid
        answers.append({"item": item.pk, "value": value})
    return answers


def make_learners(prefix: str, count: int) -> list[tuple[int, str]]:
    """Create ``count`` learners (deleting earlier ones with this prefix) and a
    signed-in session for each; return ``[(user id, session key)]``."""
    from django.conf import settings
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )
    from django.contrib.auth.hashers import make_password
    from django.contrib.sessions.backends.db import SessionStore
    from django.contrib.sessions.models import Session

    User = get_user_model()
    User.objects.filter(username__startswith=f"{prefix}-").delete()
    password = make_password(secrets.token_urlsafe(16))
    users = User.objects.bulk_create(
        [
            User(
                username=f"{prefix}-{n:05d}",
                password=password,
                is_child_account=True,
                display_name=f"Learner {n}",
            )
            for n in range(count)
        ],
        batch_size=2000,
    )
    store = SessionStore()
    expires = datetime.now(UTC) + timedelta(seconds=settings.SESSION_COOKIE_AGE)
    sessions = []
    pairs = []
    for user in users:
        key = secrets.token_hex(16)
        data = {
            SESSION_KEY: str(user.pk),
            BACKEND_SESSION_KEY: settings.AUTHENTICATION_BACKENDS[0],
            HASH_SESSION_KEY: user.get_session_auth_hash(),
        }
        sessions.append(
            Session(
                session_key=key, session_data=store.encode(data), expire_date=expires
            )
        )
        pairs.append((user.pk, key))
    Session.objects.bulk_create(sessions, batch_size=2000)
    return pairs


def delete_learners(prefix: str) -> None:
    """Delete the run's learners (their answers go with them) and their
    sessions, then vacuum: a test day leaves 200,000 dead answer rows, and the
    next run would otherwise measure autovacuum working beside it."""
    from django.contrib.auth import get_user_model
    from django.contrib.sessions.models import Session
    from django.db import connection

    learners = get_user_model().objects.filter(username__startswith=f"{prefix}-")
    ids = {str(pk) for pk in learners.values_list("pk", flat=True)}
    stale = [
        session.session_key
        for session in Session.objects.iterator()
        if session.get_decoded().get("_auth_user_id") in ids
    ]
    Session.objects.filter(session_key__in=stale).delete()
    learners.delete()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


class Gunicorn:
    """gunicorn with production settings on 127.0.0.1; stopped on exit."""

    def __enter__(self):
        env = {**os.environ, **environment()}
        self.process = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "-c",
                "deploy/gunicorn.conf.py",
                "elearn.wsgi:application",
            ],
            cwd=ROOT,
            env=env,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                conn = http.client.HTTPConnection(HOST, PORT, timeout=2)
                conn.request("GET", "/health/")
                if conn.getresponse().status == 200:
                    return self
            except OSError:
                pass
            if self.process.poll() is not None:
                raise SystemExit("gunicorn exited during start-up")
            time.sleep(0.3)
        self.__exit__(None, None, None)
        raise SystemExit("gunicorn did not answer /health/ within 60 s")

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


class Client:
    """A learner's HTTP connection: session cookie, CSRF token, proxy headers."""

    def __init__(self, session_key: str = "", csrf: str = ""):
        self.conn = http.client.HTTPConnection(HOST, PORT, timeout=60)
        self.csrf = csrf or secrets.token_hex(16)
        cookies = [f"__Host-csrftoken={self.csrf}"]
        if session_key:
            cookies.append(f"__Host-sessionid={session_key}")
        self.headers = {
            "Cookie": "; ".join(cookies),
            "X-Forwarded-Proto": "https",
            "Accept-Encoding": "gzip",
            "Accept-Language": "en",
        }

    def request(self, method: str, path: str, body: dict | None = None):
        """Return ``(status, seconds)``; the body is read and discarded."""
        headers = dict(self.headers)
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers.update(
                {
                    "Content-Type": "application/json",
                    "X-CSRFToken": self.csrf,
                    "Origin": f"https://{HOST}:{PORT}",
                    "Referer": f"https://{HOST}:{PORT}/",
                }
            )
        started = time.perf_counter()
        for attempt in (1, 2):
            try:
                self.conn.request(method, path, body=data, headers=headers)
                response = self.conn.getresponse()
                payload = response.read()
                break
            except (
                http.client.RemoteDisconnected,
                ConnectionResetError,
                BrokenPipeError,
            ):
                self.conn.close()  # gunicorn's sync workers close idle connections
                if attempt == 2:
                    raise
        elapsed = time.perf_counter() - started
        if response.getheader("Connection", "").lower() == "close":
            self.conn.close()
        return response.status, elapsed, payload


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def summary(latencies: list[float], seconds: float, errors: int = 0) -> dict:
    return {
        "requests": len(latencies),
        "errors": errors,
        "seconds": round(seconds, 2),
        "per_second": round(len(latencies) / seconds, 1) if seconds else 0,
        "p50_ms": round(percentile(latencies, 50) * 1000, 1),
        "p99_ms": round(percentile(latencies, 99) * 1000, 1),
        "max_ms": round(max(latencies) * 1000, 1) if latencies else 0,
    }


def machine() -> dict:
    import platform

    return {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "load_average_at_start": os.getloadavg(),
        "note": "shared machine: other work may have used the CPU during the run",
    }


def write_results(name: str, data: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = RESULTS / f"{name}-{stamp}.json"
    path.write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8")
    return path
