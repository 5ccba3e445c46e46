"""Security headers: Content-Security-Policy and Permissions-Policy.

Content-Security-Policy: a strict policy for the site, a looser one for admins.

django-csp's middleware sends ``CONTENT_SECURITY_POLICY`` on every response.
This subclass swaps in ``ADMIN_CONTENT_SECURITY_POLICY`` for the Wagtail admin
and the Django admin, whose templates still carry inline scripts and styles
(Wagtail 8's inline panels, date pickers and wagtail-localize's editor); see
docs/security.md. A view may still override either policy with django-csp's
decorators.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings


def admin_prefixes() -> tuple[str, ...]:
    return tuple(settings.ADMIN_CSP_URL_PREFIXES)


class SitePolicyCSPMiddleware(CSPMiddleware):
    """The strict site policy everywhere except under the admin prefixes."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(admin_prefixes())
        ):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY)
        return parts


class PermissionsPolicyMiddleware:
    """Tell the browser the site never uses location, camera, microphone or
    payment features (the Children's Code: no geolocation)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
