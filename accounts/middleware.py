"""Two-step sign-in for the people who can see the most.

allauth's MFA has no enforcement of its own: this middleware sends a site
administrator or anyone who can export data, who has not yet activated an
authenticator app, to the set-up page before the Wagtail or Django admin, the
exports and the programme reports (``MFA_REQUIRED_PATHS``). Once an
authenticator is active, allauth asks for its code at every sign-in.
"""

import contextvars
import re

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from .permissions import mfa_required


class RequireMFAMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.patterns = [re.compile(p) for p in settings.MFA_REQUIRED_PATHS]

    def __call__(self, request):
        if self._needs_setup(request):
            messages.info(
                request,
                _(
                    "Your role lets you see data about many people, so it needs "
                    "two-step sign-in. Set up an authenticator app to continue."
                ),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    def _needs_setup(self, request) -> bool:
        if not settings.MFA_REQUIRED:
            return False
        if not any(p.match(request.path_info) for p in self.patterns):
            return False
        user = getattr(request, "user", None)
        if not mfa_required(user):
            return False
        from allauth.mfa.models import Authenticator

        return not Authenticator.objects.filter(
            user=user, type=Authenticator.Type.TOTP
        ).exists()


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
