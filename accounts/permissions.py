"""The one place that answers "may this user see this object?".

Views ask these functions and turn a "no" into a 404 (for objects: a forged id
must not reveal that the object exists) or a 403 (for whole pages).
"""

from django.db.models import QuerySet

from . import roles


def classes_visible_to(user) -> QuerySet:
    """Return the classes whose learners' data the user may see.

    Teachers see the classes they teach; site administrators see every class.
    Programme staff see no class-level named data (they work with exports).
    """
    from classes.models import SchoolClass

    if not getattr(user, "is_authenticated", False):
        return SchoolClass.objects.none()
    if user.is_superuser:
        return SchoolClass.objects.all()
    return SchoolClass.objects.filter(teachers=user)


def can_view_class(user, school_class) -> bool:
    return classes_visible_to(user).filter(pk=school_class.pk).exists()


def is_teacher(user) -> bool:
    return getattr(user, "is_superuser", False) or roles.has_role(user, roles.TEACHER)


def programmes_exportable_by(user) -> QuerySet:
    """Return the programmes whose pseudonymised results the user may export."""
    from classes.models import Programme

    if not getattr(user, "is_authenticated", False):
        return Programme.objects.none()
    if user.is_superuser:
        return Programme.objects.all()
    if not roles.has_role(user, roles.PROGRAMME_STAFF):
        return Programme.objects.none()
    return Programme.objects.filter(staff=user)


def can_export(user) -> bool:
    return programmes_exportable_by(user).exists()


def can_view_export(user, job) -> bool:
    """Only the requester, while still allowed to export that programme."""
    return (
        job.requested_by_id == user.pk
        and programmes_exportable_by(user).filter(pk=job.programme_id).exists()
    )


def can_see_facilitator_notes(user) -> bool:
    """Teachers, staff and content editors see notes for classroom delivery;
    learners never do."""
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_staff or user.is_superuser:
        return True
    if user.teaching_classes.exists():
        return True
    return roles.has_role(user, roles.TEACHER) or user.has_perm(
        "wagtailadmin.access_admin"
    )
