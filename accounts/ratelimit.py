"""A small fixed-window rate limit in the Django cache, per client IP or per
account.

Used for class-code guessing and picture sign-in, which allauth's own limits do
not cover. Needs a real cache (LocMem in development, Redis in production),
never ``DummyCache``. The client IP comes from allauth's ``get_client_ip``, so
``ALLAUTH_TRUSTED_PROXY_COUNT`` decides which ``X-Forwarded-For`` entry counts.
With ``account=`` (the name typed, existing or not, so the limit says nothing
about which names exist) the count is the account's, from any address: a
school behind one address then shares only the generous per-address limit.
"""

import hashlib

from django.core.cache import cache


def _client_ip(request) -> str:
    try:
        from allauth.core.ratelimit import get_client_ip
    except ImportError:  # pragma: no cover - older allauth
        return request.META.get("REMOTE_ADDR", "")
    return get_client_ip(request)


def _key(action: str, request, account: str | None = None) -> str:
    if account is not None:
        # Hashed: cache keys are not a list of children's usernames.
        digest = hashlib.sha256(account.strip().lower().encode()).hexdigest()[:32]
        return f"elearn-rl:{action}:account:{digest}"
    return f"elearn-rl:{action}:{_client_ip(request)}"


def is_blocked(request, *, action: str, limit: int, account: str | None = None) -> bool:
    """True when this client (or ``account``) has used up ``limit`` failures
    for ``action``."""
    return cache.get(_key(action, request, account), 0) >= limit


def record_failure(
    request, *, action: str, window_seconds: int, account: str | None = None
) -> int:
    """Count one failure in the current window; return the count so far."""
    key = _key(action, request, account)
    if cache.add(key, 1, timeout=window_seconds):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window_seconds)
        return 1


# One audit event per locked account (or client) per this many seconds, so a
# script hammering a locked sign-in does not flood the audit log.
LOCK_AUDIT_SECONDS = 300


def sign_in_locked_record(request, *, login: str = "", method: str = "password"):
    """Audit a sign-in refused by a rate limit: ids only, never the name typed.

    The target is the account whose name was typed, when it exists. Returns the
    audit event, or None when this lock was already recorded in the window.
    """
    from django.contrib.auth import get_user_model
    from django.db.models import Q

    from audit.models import AuditAction
    from audit.services import audit_record

    user = None
    if login:
        user = (
            get_user_model()
            .objects.filter(Q(username__iexact=login) | Q(email__iexact=login))
            .first()
        )
    subject = f"user:{user.pk}" if user else f"ip:{_client_ip(request)}"
    if not cache.add(f"elearn-locked:{method}:{subject}", 1, LOCK_AUDIT_SECONDS):
        return None
    return audit_record(action=AuditAction.SIGN_IN_LOCKED, target=user, method=method)
