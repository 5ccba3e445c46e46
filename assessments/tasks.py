from celery import shared_task


@shared_task(name="assessments.export_job_run", acks_late=True)
def export_job_run(job_id: str) -> str:
    """Build an export file. Thin wrapper: the work is in the service."""
    from .services_exports import export_job_run as run

    job = run(job_id=job_id)
    return job.status


@shared_task(name="assessments.follow_up_reminders_send")
def follow_up_reminders_send() -> dict:
    """Daily: remind adults and flag children whose follow-up test is open."""
    from .services_follow_up import follow_up_reminders_send as run

    result = run()
    return {"emailed": result.emailed, "flagged": result.flagged}
