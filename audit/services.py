"""Writing to the audit log."""

import logging

from django.db import models

from .models import AuditAction, AuditEvent

logger = logging.getLogger("elearn.audit")

# Keys that must never reach the audit log, whatever a caller passes.
FORBIDDEN_DETAIL_KEYS = frozenset(
    {"password", "username", "email", "name", "display_name", "ip", "birth_year"}
)


def audit_record(
    *,
    action: AuditAction | str,
    actor=None,
    target: models.Model | None = None,
    target_type: str = "",
    target_id: str | int = "",
    **details,
) -> AuditEvent:
    """Append one event to the audit log and echo it to the ``elearn.audit`` logger.

    ``actor`` is a user (or None for the system); ``target`` any model instance,
    or give ``target_type``/``target_id`` for something that is not a row.
    ``details`` must be JSON-serialisable and hold ids and counts, never personal
    data: keys such as ``email`` or ``password`` are refused.
    """
    leaked = FORBIDDEN_DETAIL_KEYS.intersection(details)
    if leaked:
        raise ValueError(f"Personal data in audit details: {sorted(leaked)}")
    if target is not None:
        target_type = target._meta.label_lower
        target_id = target.pk
    actor_id = getattr(actor, "pk", None) if actor is not None else None
    event = AuditEvent.objects.create(
        action=str(action),
        actor_id=actor_id,
        target_type=target_type,
        target_id=str(target_id) if target_id != "" else "",
        details=details,
    )
    logger.info(
        "%s actor=%s target=%s:%s",
        event.action,
        actor_id if actor_id is not None else "system",
        event.target_type,
        event.target_id,
        extra={"audit_event": event.pk, "details": details},
    )
    return event
