"""The way back from setting up an authenticator app (``accounts.mfa``)."""

from django import template

from accounts import mfa

register = template.Library()


@register.inclusion_tag("accounts/includes/mfa_return_link.html", takes_context=True)
def mfa_return_link(context) -> dict:
    """A link to the page the set-up interrupted, once the app is active."""
    request = context.get("request")
    return {"return_to": mfa.return_to(request) if request else ""}
