"""Writes about exports: create a job, run it, expire it, audit it.

Every export, from the page or from ``manage.py export_results``, is an
``ExportJob`` row (who, when, scope, dataset, format, rows, SHA-256), never
edited once finished except to mark it expired, and is written to the
append-only audit log (``audit.services.audit_record``) when it is requested
and each time its file or codebook is downloaded. The audit events outlive the
job row, which the beat job deletes ``EXPORT_JOB_RETENTION_DAYS`` after the job
expired or failed. Files are built in a private temporary directory and moved into the
``exports`` storage only when complete, under a directory named after the
job's random id; a job is offered for download only once it is ``done``.
"""

import hashlib
import logging
import os
import tempfile
import threading
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.storage import storages
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from kombu.exceptions import OperationalError as BrokerUnavailable

from audit.models import AuditAction
from audit.services import audit_record

from . import exports
from .exports import Dataset, ExportScope, FileFormat
from .models import ExportJob, ExportStatus

logger = logging.getLogger("elearn.audit")

PROGRESS_EVERY = 1000
#: Seconds between a running job's heartbeats (``_Heartbeat``).
HEARTBEAT_SECONDS = 30
MAX_RUNS = 2
STOPPED_MESSAGE = (
    "The export stopped before it finished (the worker was stopped or "
    "restarted). No file was kept. Please start it again."
)

# Stored on the job in English (like other errors); the page shows it translated.
QUEUE_UNAVAILABLE = "The background worker queue is unavailable; try again later."


def export_storage():
    return storages["exports"]


def _check_choice(value: str, choices, field: str) -> None:
    if value not in {code for code, _label in choices}:
        raise ValidationError({field: _("Unknown value: %(v)s") % {"v": value}})


def export_job_create(
    *,
    user,
    programme,
    dataset: str = Dataset.RESPONSES_LONG,
    file_format: str = FileFormat.CSV,
    params: dict | None = None,
    origin: str = "web",
    enqueue: bool = True,
) -> ExportJob:
    """Create an export job and queue its task once the job row is committed.

    ``params`` is the scope (see ``exports.ExportScope``); the caller has
    checked that the user may export ``programme`` and that every scope id
    belongs to it. ``enqueue=False`` leaves running the job to the caller
    (the management command runs it in-process).
    """
    from .tasks import export_job_run as export_job_run_task

    _check_choice(dataset, Dataset.CHOICES, "dataset")
    _check_choice(file_format, FileFormat.CHOICES, "file_format")
    scope = ExportScope.from_params(programme.pk, params or {})
    job = ExportJob(
        requested_by=user,
        programme=programme,
        dataset=dataset,
        file_format=file_format,
        params=scope.as_params(),
        origin=origin,
    )
    job.full_clean()
    job.save()
    audit_record(
        action=AuditAction.EXPORT_REQUESTED,
        actor=user,
        target=job,
        programme_id=programme.pk,
        dataset=dataset,
        file_format=file_format,
        origin=origin,
        scope=job.params,
    )
    if enqueue:
        transaction.on_commit(lambda: _export_job_enqueue(job, export_job_run_task))
    return job


def _sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(65536), b""):
            digest.update(chunk)
    return digest.hexdigest()


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


def _write(job: ExportJob, data, path: str, on_row) -> int:
    fmt = job.file_format
    if fmt in (FileFormat.CSV, FileFormat.CSV_EXCEL):
        with open(path, "wb") as raw:
            return exports.write_csv_file(
                data, raw, bom=fmt == FileFormat.CSV_EXCEL, on_row=on_row
            )
    writer = {
        FileFormat.XLSX: exports.write_xlsx,
        FileFormat.SAV: exports.write_sav,
        FileFormat.DTA: exports.write_dta,
    }[fmt]
    return writer(data, path, on_row=on_row)


def export_files_delete(job: ExportJob) -> None:
    """Delete every file stored for the job (complete or not)."""
    storage = export_storage()
    folder = str(job.pk)
    try:
        _dirs, files = storage.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        files = []
    for name in files:
        storage.delete(f"{folder}/{name}")


class _Progress:
    """Writes a running job's ``rows_done`` and ``heartbeat_at``.

    While PostgreSQL streams the long CSV with ``COPY ... TO STDOUT`` its
    connection can run nothing else: an ``UPDATE`` sent on it waits for the
    copy, which waits for the update, forever (every export of 1,000 rows or
    more hung). So when the rows come from COPY, progress goes through a
    connection of its own, opened on first use and closed with the job.
    """

    def __init__(self, job: ExportJob, *, own_connection: bool):
        self.job = job
        self.own_connection = own_connection
        self._connection = None

    def __call__(self, count: int) -> None:
        if count % PROGRESS_EVERY:
            return
        now = timezone.now()
        if not self.own_connection:
            ExportJob.objects.filter(pk=self.job.pk).update(
                rows_done=count, heartbeat_at=now
            )
            return
        if self._connection is None:
            self._connection = connections.create_connection(DEFAULT_DB_ALIAS)
        meta = ExportJob._meta
        fields = [meta.get_field(name) for name in ("rows_done", "heartbeat_at")]
        columns = ", ".join(f"{f.column} = %s" for f in fields)
        params = [
            field.get_db_prep_value(value, self._connection)
            for field, value in zip(fields, (count, now), strict=True)
        ]
        params.append(meta.pk.get_db_prep_value(self.job.pk, self._connection))
        with self._connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {meta.db_table} SET {columns} WHERE {meta.pk.column} = %s",
                params,
            )

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class _Heartbeat:
    """Marks a running job alive every ``HEARTBEAT_SECONDS`` from a thread of
    its own (with its own database connection), whatever the export is doing:
    streaming rows, or pyreadstat writing a whole SPSS table without a row
    callback. So "no heartbeat for ``EXPORT_STALE_MINUTES``" means the worker
    is gone, and the job can be failed within minutes instead of an hour."""

    def __init__(self, job_id):
        self.job_id = job_id
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, name=f"export-heartbeat-{job_id}", daemon=True
        )

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=HEARTBEAT_SECONDS)

    def _run(self):
        try:
            while not self._stop.wait(HEARTBEAT_SECONDS):
                try:
                    ExportJob.objects.filter(
                        pk=self.job_id, status=ExportStatus.RUNNING
                    ).update(heartbeat_at=timezone.now())
                except DatabaseError:
                    logger.warning("export heartbeat failed job=%s", self.job_id)
        finally:
            connections.close_all()  # this thread's connections only


def export_job_run(*, job_id) -> ExportJob:
    """Build the files for a job (a heartbeat marks it alive meanwhile)."""
    with _Heartbeat(job_id):
        return _export_job_run(job_id=job_id)


def _export_job_run(*, job_id) -> ExportJob:
    """Build the files for a job. A failure leaves a failed job and no file.

    Errors are recorded on the job (status ``failed`` and a message) rather
    than raised: the page shows them, and a retry would fail the same way.
    """
    with transaction.atomic():
        job = (
            ExportJob.objects.select_for_update()
            .select_related("programme")
            .get(pk=job_id)
        )
        if job.status in (ExportStatus.DONE, ExportStatus.EXPIRED):
            return job
        if job.status == ExportStatus.FAILED:
            return job
        job.runs += 1
        if job.runs > MAX_RUNS:
            job.status = ExportStatus.FAILED
            job.error = STOPPED_MESSAGE
            job.finished_at = timezone.now()
            job.save(update_fields=["runs", "status", "error", "finished_at"])
            logger.warning("export abandoned job=%s after %s runs", job.pk, job.runs)
            return job
        job.status = ExportStatus.RUNNING
        job.error = ""
        job.rows_done = 0
        job.heartbeat_at = timezone.now()
        job.save(update_fields=["runs", "status", "error", "rows_done", "heartbeat_at"])
    # A previous run that died may have left an incomplete file behind.
    export_files_delete(job)
    scope = ExportScope.from_params(job.programme_id, job.params)
    try:
        data = exports.build_dataset(
            job.dataset,
            scope,
            programme_key=job.programme.pseudonym_key,
            threshold=settings.SMALL_CELL_THRESHOLD,
        )
        ExportJob.objects.filter(pk=job.pk).update(rows_total=data.total)
        on_row = _Progress(job, own_connection=data.copy_csv is not None)

        stamp = timezone.now().strftime("%Y-%m-%d")
        base = f"{job.programme.slug}-{job.dataset}-export-{stamp}"
        extension = FileFormat.EXTENSIONS[job.file_format]
        storage = export_storage()
        with tempfile.TemporaryDirectory(prefix="elearn-export-") as tmp:
            data_path = os.path.join(tmp, f"data.{extension}")
            codebook_path = os.path.join(tmp, "codebook.csv")
            try:
                rows = _write(job, data, data_path, on_row)
            finally:
                data.close()
                on_row.close()
            with open(codebook_path, "wb") as raw:
                exports.write_codebook_csv(data, raw)
            digest = _sha256(data_path)
            with open(data_path, "rb") as handle:
                name = storage.save(f"{job.pk}/{base}.{extension}", File(handle))
            with open(codebook_path, "rb") as handle:
                codebook = storage.save(f"{job.pk}/{base}-codebook.csv", File(handle))
    except Exception as error:  # noqa: BLE001 - record any failure on the job
        logger.exception("export failed job=%s", job.pk)
        export_files_delete(job)
        job.status = ExportStatus.FAILED
        job.error = str(error)[:2000] or error.__class__.__name__
        job.finished_at = timezone.now()
        job.save(update_fields=["status", "error", "finished_at"])
        return job
    job.file_name = name
    job.codebook_file_name = codebook
    job.sha256 = digest
    job.rows_done = rows
    job.rows_total = rows
    job.status = ExportStatus.DONE
    job.finished_at = timezone.now()
    job.expires_at = job.finished_at + timedelta(days=settings.EXPORT_EXPIRY_DAYS)
    job.save()
    logger.info("export finished job=%s rows=%s sha256=%s", job.pk, rows, job.sha256)
    return job


def export_job_downloaded(*, job: ExportJob, user, part: str, channel: str) -> None:
    """Audit one download of a finished job's file.

    ``part`` is ``"data"`` or ``"codebook"``; ``channel`` is ``"web"`` (the
    download view) or ``"command"`` (``export_results --output``). Called after
    the permission checks, before the file is handed over.
    """
    audit_record(
        action=AuditAction.EXPORT_DOWNLOADED,
        actor=user,
        target=job,
        programme_id=job.programme_id,
        part=part,
        channel=channel,
        dataset=job.dataset,
        file_format=job.file_format,
        rows=job.rows_done,
        sha256=job.sha256,
    )


def export_jobs_stalled(*, now=None):
    """The jobs whose worker is gone: running with no heartbeat for
    ``EXPORT_STALE_MINUTES``, or still queued after
    ``EXPORT_QUEUED_STALE_MINUTES`` (no worker took them)."""
    now = now or timezone.now()
    running_before = now - timedelta(minutes=settings.EXPORT_STALE_MINUTES)
    queued_before = now - timedelta(minutes=settings.EXPORT_QUEUED_STALE_MINUTES)
    return ExportJob.objects.filter(
        models.Q(status=ExportStatus.RUNNING, heartbeat_at__lt=running_before)
        | models.Q(status=ExportStatus.QUEUED, heartbeat_at__lt=queued_before)
    )


def export_jobs_expire(*, now=None) -> dict:
    """Delete expired files and mark their jobs expired; fail stalled jobs;
    delete old job rows.

    A job whose worker is gone (``export_jobs_stalled``) is marked failed
    with a clear message and any incomplete file is deleted. Jobs that expired or failed
    more than ``EXPORT_JOB_RETENTION_DAYS`` ago are deleted with anything
    still stored for them (the audit log keeps who exported what). Returns the
    counts ``expired``, ``stalled`` and ``deleted``.
    """
    now = now or timezone.now()
    expired = 0
    for job in ExportJob.objects.filter(
        status=ExportStatus.DONE, expires_at__lte=now
    ).iterator():
        export_files_delete(job)
        ExportJob.objects.filter(pk=job.pk).update(status=ExportStatus.EXPIRED)
        logger.info("export expired job=%s", job.pk)
        expired += 1
    stalled = 0
    for job in export_jobs_stalled(now=now).iterator():
        export_files_delete(job)
        ExportJob.objects.filter(pk=job.pk, status=job.status).update(
            status=ExportStatus.FAILED, error=STOPPED_MESSAGE, finished_at=now
        )
        logger.warning("export stalled job=%s marked failed", job.pk)
        stalled += 1
    keep_after = now - timedelta(days=settings.EXPORT_JOB_RETENTION_DAYS)
    deleted = 0
    for job in (
        ExportJob.objects.filter(status__in=(ExportStatus.EXPIRED, ExportStatus.FAILED))
        .filter(
            models.Q(expires_at__lt=keep_after)
            | models.Q(expires_at__isnull=True, finished_at__lt=keep_after)
        )
        .iterator()
    ):
        job_id = job.pk
        export_files_delete(job)
        job.delete()
        logger.info("export job row deleted job=%s", job_id)
        deleted += 1
    return {"expired": expired, "stalled": stalled, "deleted": deleted}
