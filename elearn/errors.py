"""Error views the templates alone cannot cover (docs/i18n.md, "Error pages").

404, 403 and 429 are the templates of those names, rendered with the request.
The 500 page must work when everything else does not: Django's own handler
renders ``500.html`` with an empty context, so this one adds the few values the
page needs (its language and direction, the Get help and stylesheet links),
each worked out without the database, the cache or the request's user. A child
who lands here must still find the way to help.
"""

from django.conf import settings
from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation


def _stylesheet_url() -> str:
    """The site's stylesheet, or nothing if the static files manifest lacks it
    (a deployment that skipped ``collectstatic`` must not turn every 500 into a
    server's bare error)."""
    try:
        return static("css/site.css")
    except ValueError:
        return ""


def server_error(request):
    """``handler500``: the 500 page in the language of the address asked for."""
    language = (
        translation.get_language_from_path(request.path_info)
        or translation.get_language()
        or settings.LANGUAGE_CODE
    )
    with translation.override(language):
        context = {
            "LANGUAGE_CODE": translation.get_language(),
            "LANGUAGE_DIR": "rtl" if translation.get_language_bidi() else "ltr",
            "site_name": settings.WAGTAIL_SITE_NAME,
            "help_url": reverse("get_help"),
            "stylesheet_url": _stylesheet_url(),
        }
        return HttpResponseServerError(loader.render_to_string("500.html", context))


def csrf_failure(request, reason=""):
    """``CSRF_FAILURE_VIEW``: a form sent from a page that went out of date
    (signed in or out in another tab, cookies cleared) gets the site's 403 page
    with what to do, not Django's technical one; ``reason`` is for the log."""
    return render(request, "403_csrf.html", status=403)
