"""The export audit log in the Wagtail admin (Reports), for site administrators."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView

from ..models import ExportJob


class ExportAuditReportView(ReportView):
    """Every export: who, when, scope, dataset, format, rows, checksum."""

    page_title = _("Results exports")
    header_icon = "download"
    index_url_name = "assessments_export_audit"
    index_results_url_name = "assessments_export_audit_results"
    columns = [
        DateColumn("created_at", label=_("Requested"), sort_key="created_at"),
        Column("requested_by", label=_("By")),
        Column("programme", label=_("Programme")),
        Column("dataset", label=_("Dataset")),
        Column("file_format", label=_("Format")),
        Column("origin", label=_("From")),
        Column("params", label=_("Scope")),
        Column("status", label=_("Status")),
        NumberColumn("rows_done", label=_("Rows")),
        Column("sha256", label=_("SHA-256")),
    ]
    list_export = [
        "created_at",
        "finished_at",
        "requested_by",
        "programme",
        "dataset",
        "file_format",
        "origin",
        "params",
        "status",
        "rows_done",
        "sha256",
        "error",
    ]

    def get_queryset(self):
        return ExportJob.objects.select_related("requested_by", "programme").order_by(
            "-created_at"
        )

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)
