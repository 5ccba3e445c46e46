from celery import shared_task
from django.core.cache import cache
from django.utils import timezone

from .checks import BEAT_HEARTBEAT_KEY


@shared_task(name="ops.beat_heartbeat", ignore_result=True)
def beat_heartbeat() -> None:
    """Record that beat scheduled a task and a worker ran it (see /health/ready/)."""
    cache.set(BEAT_HEARTBEAT_KEY, timezone.now().isoformat(), timeout=60 * 60)
