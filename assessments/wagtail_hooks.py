from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Instrument


class InstrumentSnippetViewSet(SnippetViewSet):
    model = Instrument
    icon = "list-ol"
    menu_label = _("Tests and surveys")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["code", "title", "purpose", "locale"]
    list_filter = ["purpose"]
    search_fields = ["code", "title"]


register_snippet(InstrumentSnippetViewSet)
