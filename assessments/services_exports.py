"""Writes about exports: create a job, run it, audit it."""

import hashlib
import io
import logging
import tempfile
from datetime import timedelta

from django.conf import settings
from django.core.files import File
from django.core.files.storage import storages
from django.db import transaction
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerUnavailable

from .exports import responses_long_queryset, responses_long_rows, write_csv
from .models import ExportJob, ExportStatus

logger = logging.getLogger("elearn.audit")

PROGRESS_EVERY = 1000

# Stored on the job in English (like other errors); the page shows it translated.
QUEUE_UNAVAILABLE = "The background worker queue is unavailable; try again later."


def export_storage():
    return storages["exports"]


def export_job_create(
    *, user, programme, dataset: str = "responses_long", file_format: str = "csv"
) -> ExportJob:
    """Create an export job and queue its task once the job row is committed."""
    from .tasks import export_job_run as export_job_run_task

    job = ExportJob(
        requested_by=user, programme=programme, dataset=dataset, file_format=file_format
    )
    job.full_clean()
    job.save()
    logger.info(
        "export requested job=%s user=%s programme=%s dataset=%s format=%s",
        job.pk,
        user.pk,
        programme.pk,
        dataset,
        file_format,
    )
    transaction.on_commit(lambda: _export_job_enqueue(job, export_job_run_task))
    return job


def _export_job_enqueue(job: ExportJob, task) -> None:
    """Queue the job; with the broker down, fail it with a clear message."""
    try:
        # The job row tracks progress, so no result is awaited: this also keeps
        # the request from waiting on an unreachable result store.
        task.apply_async(args=[str(job.pk)], ignore_result=True)
    except BrokerUnavailable:
        logger.warning("export not queued job=%s: broker unavailable", job.pk)
        job.status = ExportStatus.FAILED
        job.error = QUEUE_UNAVAILABLE
        job.finished_at = timezone.now()
        job.save(update_fields=["status", "error", "finished_at"])


def export_job_run(*, job_id) -> ExportJob:
    """Build the file for a job. A failure leaves a failed job and no file."""
    job = ExportJob.objects.select_related("programme").get(pk=job_id)
    if job.status == ExportStatus.DONE:
        return job
    job.status = ExportStatus.RUNNING
    job.error = ""
    queryset = responses_long_queryset(programme_id=job.programme_id)
    job.rows_total = queryset.count()
    job.rows_done = 0
    job.save(update_fields=["status", "error", "rows_total", "rows_done"])

    def on_row(count: int) -> None:
        if count % PROGRESS_EVERY == 0:
            ExportJob.objects.filter(pk=job.pk).update(rows_done=count)

    try:
        with tempfile.TemporaryFile() as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
            rows = write_csv(
                responses_long_rows(programme=job.programme, queryset=queryset),
                text,
                on_row=on_row,
            )
            text.flush()
            raw.seek(0)
            digest = hashlib.sha256()
            for chunk in iter(lambda: raw.read(65536), b""):
                digest.update(chunk)
            raw.seek(0)
            stamp = timezone.now().strftime("%Y-%m-%d")
            name = export_storage().save(
                f"{job.programme.slug}-responses-export-{stamp}-{job.pk}.csv",
                File(raw),
            )
            text.detach()
    except Exception as error:  # noqa: BLE001 - record any failure on the job
        logger.exception("export failed job=%s", job.pk)
        job.status = ExportStatus.FAILED
        job.error = str(error)[:2000]
        job.finished_at = timezone.now()
        job.save(update_fields=["status", "error", "finished_at"])
        raise
    job.file_name = name
    job.sha256 = digest.hexdigest()
    job.rows_done = rows
    job.status = ExportStatus.DONE
    job.finished_at = timezone.now()
    job.expires_at = job.finished_at + timedelta(days=settings.EXPORT_EXPIRY_DAYS)
    job.save()
    logger.info("export finished job=%s rows=%s sha256=%s", job.pk, rows, job.sha256)
    return job
