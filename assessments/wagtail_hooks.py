from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem, MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_urls
from .models import Instrument


class InstrumentSnippetViewSet(SnippetViewSet):
    model = Instrument
    icon = "list-ol"
    menu_label = _("Tests and surveys")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["code", "title", "version", "purpose", "locale"]
    list_filter = ["purpose"]
    search_fields = ["code", "title"]


register_snippet(InstrumentSnippetViewSet)


@hooks.register("register_admin_urls")
def register_assessments_admin_urls():
    return [
        path("assessments/", include(admin_urls, namespace="assessments_admin")),
    ]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def register_import_instrument_menu_item():
    return PermissionMenuItem(
        _("Import test (XLSForm)"),
        reverse("assessments_admin:import_instrument"),
        icon_name="upload",
        order=211,
        permission="assessments.add_instrument",
    )


@hooks.register("register_admin_menu_item")
def register_export_instrument_menu_item():
    return PermissionMenuItem(
        _("Download test (XLSForm)"),
        reverse("assessments_admin:export_instrument"),
        icon_name="download",
        order=212,
        permission="assessments.view_instrument",
    )


@hooks.register("register_admin_menu_item")
def register_import_responses_menu_item():
    return PermissionMenuItem(
        _("Import responses"),
        reverse("assessments_admin:import_responses"),
        icon_name="upload",
        order=213,
        permission="assessments.import_responses",
    )


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
