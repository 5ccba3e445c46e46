"""System checks for two-step sign-in settings (``manage.py check``).

A misspelt role in ``MFA_REQUIRED_ROLES`` would silently exempt that role, so
it stops the check. ``check --deploy`` also warns when staff could reach the
admins without a code, which the admins' looser Content-Security-Policy relies
on (docs/security.md).
"""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

from . import roles

ADMIN_ROLES = (roles.STAFF_SITE_ADMIN, roles.STAFF_EDITOR)


@register()
def check_mfa_roles(app_configs, **kwargs) -> list:
    unknown = sorted(set(settings.MFA_REQUIRED_ROLES) - set(roles.STAFF_ROLES))
    if not unknown:
        return []
    return [
        Error(
            f"MFA_REQUIRED_ROLES names unknown roles: {', '.join(unknown)}.",
            hint=f"Use any of: {', '.join(roles.STAFF_ROLES)} (comma-separated).",
            id="accounts.E001",
        )
    ]


@register(Tags.security, deploy=True)
def check_mfa_in_production(app_configs, **kwargs) -> list:
    if not settings.MFA_REQUIRED:
        return [
            Warning(
                "MFA_REQUIRED is off: staff sign in without an authenticator app.",
                hint="Unset MFA_REQUIRED (it is on by default outside development).",
                id="accounts.W001",
            )
        ]
    exempt = [role for role in ADMIN_ROLES if role not in settings.MFA_REQUIRED_ROLES]
    if exempt:
        return [
            Warning(
                f"MFA_REQUIRED_ROLES leaves out {', '.join(exempt)}: they reach "
                "the Wagtail or Django admin, whose Content-Security-Policy "
                "allows inline scripts, without an authenticator app.",
                hint="Keep site_admin and editor in MFA_REQUIRED_ROLES.",
                id="accounts.W002",
            )
        ]
    return []
