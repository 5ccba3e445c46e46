"""The two-step sign-in gate, and who is acting in this request."""

import contextvars

from .mfa import gate


class RequireMFAMiddleware:
    """Staff who must use an authenticator app meet ``accounts.mfa.gate``
    before every page but the sign-in, set-up, help and learner pages.

    It runs once the URL is resolved (``process_view``), so the gate decides by
    URL name; a URL that resolves to nothing is a 404 for everyone.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        return gate(request)


_actor = contextvars.ContextVar("audit_actor", default=None)


def current_actor():
    """The signed-in user of the request being handled, or ``None`` (system)."""
    return _actor.get()


class AuditActorMiddleware:
    """Remember who is acting, so model signals (role changes) can name them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        token = _actor.set(user if getattr(user, "is_authenticated", False) else None)
        try:
            return self.get_response(request)
        finally:
            _actor.reset(token)
