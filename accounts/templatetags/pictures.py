from django import template

from accounts.pictures import PICTURES

register = template.Library()


@register.filter
def picture_symbol(key: str) -> str:
    """The decorative symbol for a picture key ('' for an unknown key)."""
    return PICTURES.get(key, ("", ""))[0]
