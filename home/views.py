from django.shortcuts import render
from django.utils import translation

from .selectors import helpline_list, user_country


def get_help(request):
    """Where to get help: helplines and reporting contacts, open to everyone."""
    country = request.GET.get("country", "").upper()[:2] or user_country(request.user)
    helplines = helpline_list(country=country, language=translation.get_language())
    return render(
        request, "home/get_help.html", {"helplines": helplines, "country": country}
    )
