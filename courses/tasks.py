from celery import shared_task


@shared_task(name="courses.certificate_generate", acks_late=True)
def certificate_generate(certificate_id: int) -> str:
    """Make a certificate PDF. Thin wrapper: the work is in the service."""
    from .services import certificate_generate as generate

    return generate(certificate_id=certificate_id).status
