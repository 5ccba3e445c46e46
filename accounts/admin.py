from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

from .models import ConsentRecord, User


@admin.register(User)
class PlatformUserAdmin(UserAdmin):
    fieldsets = UserAdmin.fieldsets + (
        (
            _("Learner profile"),
            {
                "fields": (
                    "display_name",
                    "birth_year",
                    "gender",
                    "preferred_language",
                    "is_child_account",
                    "country",
                    "anonymised_at",
                )
            },
        ),
    )
    list_display = ("username", "display_name", "email", "is_staff", "is_child_account")


@admin.register(ConsentRecord)
class ConsentRecordAdmin(admin.ModelAdmin):
    """Read-only: consent is recorded and withdrawn by the platform, not typed in."""

    list_display = (
        "subject",
        "basis",
        "given_by",
        "notice_version",
        "given_at",
        "withdrawn_at",
    )
    list_filter = ("basis", "notice_version")
    raw_id_fields = ("subject", "given_by", "withdrawn_by", "school")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
