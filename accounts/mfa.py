"""Two-step sign-in for adult staff: the gate, and the way back through it.

allauth's MFA has no enforcement of its own (allauth #3649). Someone who must
use an authenticator app (:func:`accounts.permissions.mfa_required`) meets this
gate (``RequireMFAMiddleware``) on every page except the few listed in
:data:`OPEN_VIEWS`:

- with no authenticator yet, they are sent to allauth's set-up page, and the
  page they asked for is kept so the set-up pages can offer the way back
  (:func:`return_to`);
- with one, but signed in without its code in this browser session (before
  setting it up, in this browser or another; or through a sign-in that never
  asks for one, such as picture passwords), allauth asks for a code first
  (its re-authentication page, which then resumes the request).

allauth's internal flows are used for the session's record of how the user
signed in and for suspending the request (allauth 65.22, pinned in
``requirements/``).
"""

from allauth.account.internal.flows.login import get_authentication_records
from allauth.account.internal.flows.reauthentication import suspend_request
from allauth.mfa.models import Authenticator
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from .permissions import mfa_required

RETURN_TO_SESSION_KEY = "mfa_return_to"
# Authenticators that are a second factor (recovery codes only back them up).
SECOND_FACTORS = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)

# allauth's views (by URL name): signing in and out, passwords, e-mail
# addresses, re-authentication and the authenticator set-up itself. The gate
# never stands in front of the pages that lead through it.
OPEN_VIEW_PREFIXES = ("account_", "mfa_")
# Pages open before the set-up, by URL name: the site's plumbing, help and
# notices, one's own data, and the learner pages staff may use as anyone else
# (courses and lessons with their videos and handouts, tests, one's own
# results and certificates): none shows anyone else's data. Every other page,
# the admins, the teachers' and programme pages and exports included, is
# behind the gate, and so is any page added later.
OPEN_VIEWS = frozenset(
    {
        "ops:health",
        "ops:health_ready",
        "service_worker",
        "web_manifest",
        "set_language",
        "media_image",
        "get_help",
        "accounts:privacy_notice",
        "accounts:privacy_notice_full",
        "accounts:my_data",
        "accounts:data_download",
        "wagtail_serve",
        "wagtaildocs_serve",
        "learner_dashboard",
        "offline_page",
        "lesson_search",
        "lesson_complete",
        "certificate_download",
        "assessments:take",
        "assessments:answers_sync",
        "assessments:results",
    }
)


def gate(request):
    """The response that stops ``request`` at the gate, or ``None`` to go on.

    Called once the URL is resolved (``process_view``), so it is decided by
    URL name, whatever the language prefix.
    """
    match = request.resolver_match
    name = match.view_name if match else ""
    if name in OPEN_VIEWS or name.startswith(OPEN_VIEW_PREFIXES):
        return None
    user = getattr(request, "user", None)
    if not mfa_required(user):
        return None
    if not has_second_factor(user):
        return setup_redirect(request, return_to=_page_asked_for(request))
    if not signed_in_with_second_factor(request, user):
        messages.info(
            request,
            _(
                "Type a code from your authenticator app to go on: you signed in "
                "without one in this browser."
            ),
        )
        return suspend_request(request, reverse("mfa_reauthenticate"))
    # Through the gate: nothing left to return to.
    request.session.pop(RETURN_TO_SESSION_KEY, None)
    return None


def needs_setup(user) -> bool:
    """Must the user set up an authenticator app before going on?"""
    return mfa_required(user) and not has_second_factor(user)


def has_second_factor(user) -> bool:
    return Authenticator.objects.filter(user=user, type__in=SECOND_FACTORS).exists()


def signed_in_with_second_factor(request, user) -> bool:
    """Did this session's sign-in include an authenticator code (allauth's
    record of the steps, which a password-only sign-in lacks)?"""
    return any(
        record.get("method") == "mfa"
        for record in get_authentication_records(request, user)
    )


def setup_redirect(request, *, return_to: str | None):
    """Send the user to set up an authenticator app, keeping ``return_to``."""
    if return_to:
        request.session[RETURN_TO_SESSION_KEY] = return_to
    messages.info(
        request,
        _(
            "Your role needs two-step sign-in, because it lets you see children's "
            "data or change what they are shown. Set up an authenticator app to "
            "continue."
        ),
    )
    return redirect("mfa_activate_totp")


def return_to(request) -> str:
    """The page the set-up interrupted, once there is an authenticator to go
    back with; empty otherwise."""
    url = request.session.get(RETURN_TO_SESSION_KEY, "")
    if not url or not url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return ""
    return url if has_second_factor(request.user) else ""


def _page_asked_for(request) -> str | None:
    """Only a page can be gone back to by a link, not a form's POST."""
    if request.method in ("GET", "HEAD"):
        return request.get_full_path()
    return None
