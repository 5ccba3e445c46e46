from celery import shared_task


@shared_task(
    name="assessments.export_job_run", acks_late=True, reject_on_worker_lost=True
)
def export_job_run(job_id: str) -> str:
    """Build an export file. Thin wrapper: the work is in the service.

    ``acks_late`` with ``reject_on_worker_lost`` puts the task back on the
    queue when its worker dies; the service counts runs and fails the job
    after ``MAX_RUNS`` so a job that kills its worker is not retried forever.
    """
    from .services_exports import export_job_run as run

    job = run(job_id=job_id)
    return job.status


@shared_task(name="assessments.follow_up_reminders_send")
def follow_up_reminders_send() -> dict:
    """Daily: remind adults and flag children whose follow-up test is open."""
    from .services_follow_up import follow_up_reminders_send as run

    result = run()
    return {"emailed": result.emailed, "flagged": result.flagged}


@shared_task(name="assessments.export_jobs_expire")
def export_jobs_expire() -> dict:
    """Delete expired export files; fail jobs whose worker disappeared."""
    from .services_exports import export_jobs_expire as expire

    return expire()
