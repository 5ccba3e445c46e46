from django.contrib import admin

from .models import ExportJob


@admin.register(ExportJob)
class ExportJobAdmin(admin.ModelAdmin):
    """The export audit trail: who exported what, when, and how many rows."""

    list_display = (
        "created_at",
        "requested_by",
        "programme",
        "dataset",
        "file_format",
        "status",
        "rows_done",
        "sha256",
    )
    list_filter = ("status", "dataset", "file_format", "programme")
    readonly_fields = [f.name for f in ExportJob._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
