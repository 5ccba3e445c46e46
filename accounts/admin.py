from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

from .models import User


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
                )
            },
        ),
    )
    list_display = ("username", "display_name", "email", "is_staff", "is_child_account")
