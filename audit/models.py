"""Audit events: append-only, ids only, no names, no passwords, no IP addresses.

Rows hold plain ids rather than foreign keys, so deleting or anonymising a user
never rewrites the history of what was done to (or by) that account. On
PostgreSQL a trigger refuses UPDATE and DELETE on the table (migration 0002);
on every database the model refuses to be changed or deleted through the ORM.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditAction(models.TextChoices):
    EXPORT_REQUESTED = "export.requested", _("Export requested")
    EXPORT_DOWNLOADED = "export.downloaded", _("Export downloaded")
    ROLE_CHANGED = "role.changed", _("Role changed")
    PASSWORD_RESET_BY_TEACHER = (
        "password.reset_by_teacher",
        _("Password reset by a teacher"),
    )
    DATA_DOWNLOADED = "data.downloaded", _("Personal data downloaded")
    DELETION_REQUESTED = "deletion.requested", _("Deletion requested")
    DATA_DELETED = "data.deleted", _("Personal data deleted")
    ACCOUNT_ANONYMISED = "account.anonymised", _("Account anonymised (retention)")
    CONSENT_RECORDED = "consent.recorded", _("Consent recorded")
    CONSENT_WITHDRAWN = "consent.withdrawn", _("Consent withdrawn")
    SIGN_IN_LOCKED = "signin.locked", _("Sign-in refused after repeated failures")
    ACCESS_DENIED = "access.denied", _("Access denied")
    CLASS_MEMBERSHIP_CHANGED = "class.membership_changed", _("Class membership changed")
    SCHOOL_STAFF_CHANGED = "school.staff_changed", _("School teachers changed")


class AppendOnlyError(Exception):
    """Raised when code tries to change or delete an audit event."""


class AuditEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("The audit log is append-only.")

    def delete(self):
        raise AppendOnlyError("The audit log is append-only.")


class AuditEvent(models.Model):
    """One audited action. Never updated, never deleted."""

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    action = models.CharField(max_length=40, choices=AuditAction.choices)
    actor_id = models.BigIntegerField(
        null=True,
        blank=True,
        help_text=_("User id of who acted; empty for the system."),
    )
    target_type = models.CharField(max_length=60, blank=True)
    target_id = models.CharField(max_length=64, blank=True)
    details = models.JSONField(default=dict, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["target_type", "target_id"])]
        verbose_name = _("audit event")

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.action} {self.target_type}:{self.target_id}"

    def save(self, *args, **kwargs):
        if self.pk is not None and not self._state.adding:
            raise AppendOnlyError("The audit log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("The audit log is append-only.")
