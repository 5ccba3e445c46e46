from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem
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


@hooks.register("register_admin_urls")
def register_export_audit_urls():
    from .views.export_audit import ExportAuditReportView

    return [
        path(
            "reports/results-exports/",
            ExportAuditReportView.as_view(),
            name="assessments_export_audit",
        ),
        path(
            "reports/results-exports/results/",
            ExportAuditReportView.as_view(results_only=True),
            name="assessments_export_audit_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_export_audit_menu_item():
    return AdminOnlyMenuItem(
        _("Results exports"),
        reverse("assessments_export_audit"),
        name="results-exports",
        icon_name="download",
        order=1400,
    )
