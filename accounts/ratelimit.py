"""A small fixed-window rate limit in the Django cache, per client IP.

Used for class-code guessing and picture sign-in, which allauth's own limits do
not cover. Needs a real cache (LocMem in development, Redis in production),
never ``DummyCache``. The client IP comes from allauth's ``get_client_ip``, so
``ALLAUTH_TRUSTED_PROXY_COUNT`` decides which ``X-Forwarded-For`` entry counts.
"""

from django.core.cache import cache


def _client_ip(request) -> str:
    try:
        from allauth.core.ratelimit import get_client_ip
    except ImportError:  # pragma: no cover - older allauth
        return request.META.get("REMOTE_ADDR", "")
    return get_client_ip(request)


def _key(action: str, request) -> str:
    return f"elearn-rl:{action}:{_client_ip(request)}"


def is_blocked(request, *, action: str, limit: int) -> bool:
    """True when this client has used up ``limit`` failures for ``action``."""
    return cache.get(_key(action, request), 0) >= limit


def record_failure(request, *, action: str, window_seconds: int) -> int:
    """Count one failure in the current window; return the count so far."""
    key = _key(action, request)
    if cache.add(key, 1, timeout=window_seconds):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window_seconds)
        return 1
