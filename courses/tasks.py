from celery import shared_task


@shared_task(name="courses.certificate_generate", acks_late=True)
def certificate_generate(certificate_id: int) -> str:
    """Make a certificate PDF. Thin wrapper: the work is in the service."""
    from .services import certificate_generate as generate

    return generate(certificate_id=certificate_id).status


@shared_task(name="courses.pages_publish_scheduled")
def pages_publish_scheduled() -> None:
    """Publish pages whose scheduled time has come (and unpublish expired ones)."""
    from django.core.management import call_command

    call_command("publish_scheduled")


@shared_task(name="courses.certificates_requeue")
def certificates_requeue() -> int:
    """Queue again certificates left "being prepared" (broker or worker lost)."""
    from .services import certificates_requeue as requeue

    return requeue()
