"""A real Celery worker process builds a real export through the Redis broker.

Runs in the services lane (``make test-services``), where CELERY_BROKER_URL
points at Redis and DATABASE_URL at PostgreSQL, so the worker process and the
test share the same database and broker. Elsewhere it is skipped with a reason.
"""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from assessments.models import ExportJob
from assessments.services import attempt_get_or_start, attempt_save_answers
from elearn.celery import app
from tests.factories import make_class, make_evaluator, make_teacher

pytestmark = [pytest.mark.worker, pytest.mark.services]

BROKER = os.environ.get("CELERY_BROKER_URL", "")


def _database_url() -> str:
    db = connection.settings_dict
    if connection.vendor != "postgresql":
        return ""
    return (
        f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
        f"/{db['NAME']}"
    )


@pytest.fixture
def worker_process():
    if not BROKER:
        pytest.skip("CELERY_BROKER_URL is not set: run `make test-services`")
    if connection.vendor != "postgresql":
        pytest.skip("needs a database shared with another process: PostgreSQL")
    queue = f"test-{uuid.uuid4().hex[:8]}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "elearn.settings.test",
        "DATABASE_URL": _database_url(),
        "EXPORTS_ROOT": str(settings.STORAGES["exports"]["OPTIONS"]["location"]),
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "elearn",
            "worker",
            "--pool=solo",
            "--concurrency=1",
            f"--queues={queue}",
            "--loglevel=INFO",
            f"--hostname={queue}@%h",
            "--without-heartbeat",
            "--without-mingle",
            "--without-gossip",
        ],
        cwd=Path(settings.BASE_DIR),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        yield queue, process
    finally:
        process.terminate()
        try:
            output, _ = process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            output, _ = process.communicate()
        print(output[-4000:])


# serialized_rollback: other transactional tests flush the database (Wagtail's
# root page and locales with it); this reloads the migrated data first.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_real_worker_builds_export_from_redis_queue(worker_process, committed_course):
    course = committed_course
    queue, process = worker_process
    teacher = make_teacher()
    school_class = make_class(teacher=teacher, learners=2, course=course)
    for membership in school_class.memberships.all():
        attempt = attempt_get_or_start(
            learner=membership.learner, course=course, phase="pre", language="en"
        )
        first = attempt.instrument.get_items().first()
        attempt_save_answers(attempt=attempt, answers={first.pk: "B"})
    evaluator = make_evaluator("evaluator", school_class.school.programme)
    job = ExportJob.objects.create(
        requested_by=evaluator, programme=school_class.school.programme
    )

    from assessments.tasks import export_job_run

    assert not app.conf.task_always_eager
    result = export_job_run.apply_async(args=[str(job.pk)], queue=queue)

    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        job.refresh_from_db()
        if job.status in ("done", "failed") or process.poll() is not None:
            break
        time.sleep(0.5)
    assert process.poll() is None, "the worker process died"
    assert job.status == "done", job.error
    assert job.rows_done == 2
    assert result.get(timeout=30) == "done"
    storage_root = Path(settings.STORAGES["exports"]["OPTIONS"]["location"])
    content = (storage_root / job.file_name).read_text(encoding="utf-8")
    assert content.splitlines()[0].startswith("learner,course,instrument")
    assert len(content.splitlines()) == 3


def _many_answers(course, learners: int):
    """``learners`` handed-in pre-tests in one class, every item answered:
    written in bulk, as an import of a large programme would leave them."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from assessments.models import Attempt, Response
    from classes.models import ClassMembership

    teacher = make_teacher()
    school_class = make_class(teacher=teacher, course=course)
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"bulk-{n:05d}", is_child_account=True)
        for n in range(learners)
    )
    ClassMembership.objects.bulk_create(
        ClassMembership(school_class=school_class, learner=user) for user in users
    )
    now = timezone.now()
    attempts = Attempt.objects.bulk_create(
        Attempt(
            learner=user,
            instrument=course.pre_test,
            course=course,
            course_key=course.translation_key,
            phase="pre",
            locale="en",
            school_class=school_class,
            school=school_class.school,
            submitted_at=now,
        )
        for user in users
    )
    items = list(course.pre_test.get_items())
    Response.objects.bulk_create(
        Response(attempt=attempt, item=item, item_key=item.translation_key, value="B")
        for attempt in attempts
        for item in items
    )
    return school_class, len(attempts) * len(items)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_export_longer_than_the_progress_interval_finishes(
    worker_process, committed_course
):
    """The item-level CSV is streamed with PostgreSQL's COPY; its progress
    (every PROGRESS_EVERY rows) must not be written on the connection that is
    streaming, or the export waits forever (it did, from 1,000 rows)."""
    from assessments.services_exports import PROGRESS_EVERY
    from assessments.tasks import export_job_run

    queue, process = worker_process
    school_class, rows = _many_answers(committed_course, learners=800)
    assert rows > 5 * PROGRESS_EVERY
    evaluator = make_evaluator("evaluator", school_class.school.programme)
    job = ExportJob.objects.create(
        requested_by=evaluator, programme=school_class.school.programme
    )
    result = export_job_run.apply_async(args=[str(job.pk)], queue=queue)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        job.refresh_from_db()
        if job.status in ("done", "failed") or process.poll() is not None:
            break
        time.sleep(0.2)
    assert process.poll() is None, "the worker process died"
    assert job.status == "done", f"{job.status} after 120 s: {job.error}"
    assert result.get(timeout=30) == "done"
    assert job.rows_done == rows
    storage_root = Path(settings.STORAGES["exports"]["OPTIONS"]["location"])
    with open(storage_root / job.file_name, encoding="utf-8") as handle:
        assert sum(1 for _line in handle) == rows + 1
