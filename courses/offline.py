"""The service worker, the web app manifest and the offline notice.

The worker is a static file (``static/js/sw.js``) served from the site root,
because a service worker only controls pages at or below its own URL. It is
cached for a day (the page registers it with ``updateViaCache: "all"``), so a
repeat visit costs no request for it, and browsers re-check it at least every
24 hours whatever the headers say; see the top of the file for what it does.
"""

from functools import lru_cache

from django.contrib.staticfiles import finders
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.utils.translation import get_language, get_language_bidi
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET


@lru_cache(maxsize=1)
def _worker_source() -> bytes:
    path = finders.find("js/sw.js")
    with open(path, "rb") as handle:
        return handle.read()


@require_GET
@cache_control(max_age=60 * 60 * 24)
def service_worker(request):
    """Serve static/js/sw.js at /sw.js, so that its scope is the whole site."""
    return HttpResponse(_worker_source(), content_type="text/javascript")


@require_GET
@cache_control(max_age=60 * 60 * 24)
def web_manifest(request):
    """The web app manifest: name, colours and icon, in the visitor's language."""
    language = get_language() or "en"
    return JsonResponse(
        {
            "name": _("Safe Online Learning"),
            "short_name": _("Safe Online"),
            "lang": language,
            "dir": "rtl" if get_language_bidi() else "ltr",
            "start_url": f"/{language}/learn/",
            "scope": "/",
            "display": "standalone",
            "background_color": "#ffffff",
            "theme_color": "#0b5394",
            "icons": [
                {
                    "src": static("img/icon.svg"),
                    "sizes": "any",
                    "type": "image/svg+xml",
                }
            ],
        },
        content_type="application/manifest+json",
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
def offline_page(request):
    """What a saved device shows for a page it has not saved, when offline."""
    return render(request, "courses/offline.html")
