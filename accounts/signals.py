"""Audit every change to who holds a role (Django groups), however it is made.

Roles are groups, so the admin, ``user.groups.add()`` in code and
``group.user_set.remove()`` all pass through ``m2m_changed``; each changed
user gets one ``role.changed`` audit event per change.
"""

from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed
from django.dispatch import receiver

from audit.models import AuditAction
from audit.services import audit_record

from .middleware import current_actor
from .models import User

ACTIONS = {"post_add": "added", "post_remove": "removed", "pre_clear": "cleared"}


@receiver(m2m_changed, sender=User.groups.through)
def audit_role_change(sender, instance, action, reverse, model, pk_set, **kwargs):
    change = ACTIONS.get(action)
    if change is None:
        return
    if change == "cleared":
        # pk_set is empty on clear: read what is about to go.
        if reverse:
            pairs = [
                (uid, instance.pk)
                for uid in instance.user_set.values_list("pk", flat=True)
            ]
        else:
            pairs = [
                (instance.pk, gid)
                for gid in instance.groups.values_list("pk", flat=True)
            ]
    elif reverse:  # group.user_set.add(users): instance is the group
        pairs = [(uid, instance.pk) for uid in pk_set or ()]
    else:  # user.groups.add(groups): instance is the user
        pairs = [(instance.pk, gid) for gid in pk_set or ()]
    if not pairs:
        return
    names = dict(
        Group.objects.filter(pk__in={g for _u, g in pairs}).values_list("pk", "name")
    )
    actor = current_actor()
    for user_id, group_id in pairs:
        audit_record(
            action=AuditAction.ROLE_CHANGED,
            actor=actor,
            target_type="accounts.user",
            target_id=user_id,
            change="removed" if change == "cleared" else change,
            role=names.get(group_id, ""),
            group_id=group_id,
        )
