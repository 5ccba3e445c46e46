from django.conf import settings
from django.utils import translation


def site_chrome(request):
    """Values every page's header and footer need."""
    return {
        "site_name": settings.WAGTAIL_SITE_NAME,
        "language_bidi": translation.get_language_bidi(),
        "quick_exit_url": settings.QUICK_EXIT_URL,
    }
