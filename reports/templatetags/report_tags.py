"""Number formatting for the KAP report: one decimal, percentages, p-values.

``None`` (a statistic that could not be computed or is suppressed) shows as an
en dash; the templates put the reason next to it.
"""

from django import template
from django.contrib.staticfiles import finders
from django.utils.safestring import mark_safe

register = template.Library()

MISSING = "–"


@register.filter
def num(value, decimals=1):
    """Format a number with ``decimals`` decimals, or an en dash for None."""
    if value is None or isinstance(value, bool):
        return MISSING
    return f"{float(value):.{int(decimals)}f}"


@register.filter
def pct(value, decimals=0):
    """Format a proportion (0..1) as a percentage."""
    if value is None:
        return MISSING
    return f"{100 * float(value):.{int(decimals)}f}%"


@register.filter
def pval(value):
    """Format a p-value: three decimals, or "< 0.001"."""
    if value is None:
        return MISSING
    if value < 0.001:
        return "< 0.001"
    return f"{float(value):.3f}"


@register.filter
def get(mapping, key):
    """Look ``key`` up in a dict (None if the dict is None or lacks it)."""
    if not mapping:
        return None
    return mapping.get(key)


@register.filter
def ci(pair, decimals=1):
    """Format ``[low, high]`` as "low to high"."""
    if not pair or pair[0] is None or pair[1] is None:
        return MISSING
    return f"{float(pair[0]):.{int(decimals)}f} – {float(pair[1]):.{int(decimals)}f}"


@register.simple_tag
def inline_stylesheet(path):
    """The text of one of the project's static stylesheets, for the standalone
    report file (read offline, so it cannot link to the site). The site's own
    pages link the same file: its Content-Security-Policy forbids inline style."""
    found = finders.find(path)
    if not found:
        raise template.TemplateSyntaxError(f"No static file {path!r}")
    with open(found, encoding="utf-8") as stylesheet:
        return mark_safe(stylesheet.read().replace("</", "<\\/"))
