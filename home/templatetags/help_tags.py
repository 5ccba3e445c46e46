from django import template
from django.utils import translation

from home.selectors import helpline_list, user_country

register = template.Library()


@register.simple_tag(takes_context=True)
def helplines_for_request(context):
    """Return the helplines for the current user's country and language."""
    request = context.get("request")
    user = getattr(request, "user", None)
    return helpline_list(
        country=user_country(user) if user else "",
        language=translation.get_language(),
    )
