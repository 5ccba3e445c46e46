"""Health endpoints for load balancers and monitoring: JSON, no secrets."""

from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .checks import readiness, readiness_status


@never_cache
@require_GET
def health(request):
    """Liveness: the process answers. Touches nothing else."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_GET
def health_ready(request):
    """Readiness: the database, cache and broker answer: 200, else 503 for a
    load balancer. ``status`` also tells monitoring when a check that is not
    required failed (workers, beat, stalled exports): ``degraded``."""
    ready, checks = readiness()
    return JsonResponse(
        {"status": readiness_status(ready, checks), "checks": checks},
        status=200 if ready else 503,
    )
