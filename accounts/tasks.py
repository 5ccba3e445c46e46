from celery import shared_task


@shared_task(name="accounts.child_accounts_anonymise")
def child_accounts_anonymise() -> int:
    """Anonymise child accounts past the retention period (daily, Celery beat)."""
    from .services import child_accounts_anonymise as anonymise

    return anonymise()
