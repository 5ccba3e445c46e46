"""The one place that answers "may this user see this object?".

Views ask these functions and turn a "no" into a 404 (for objects: a forged id
must not reveal that the object exists) or a 403 (for whole pages).
"""

from django.db.models import QuerySet

from . import roles


def classes_visible_to(user) -> QuerySet:
    """Return the classes whose learners' data the user may see.

    Teachers see the classes they teach; a school administrator sees every
    class of the schools they administer; site administrators see every class.
    Programme staff see no class-level named data (they see aggregates and
    pseudonymised exports).
    """
    from django.db.models import Q

    from classes.models import SchoolClass

    if not getattr(user, "is_authenticated", False):
        return SchoolClass.objects.none()
    if user.is_superuser:
        return SchoolClass.objects.all()
    return SchoolClass.objects.filter(
        Q(teachers=user) | Q(school__admins=user)
    ).distinct()


def schools_administered_by(user) -> QuerySet:
    """Return the schools whose teachers and classes the user manages."""
    from classes.models import School

    if not getattr(user, "is_authenticated", False):
        return School.objects.none()
    if user.is_superuser:
        return School.objects.all()
    return School.objects.filter(admins=user)


def schools_for_new_class(user) -> QuerySet:
    """Return the schools where the user may open a class: taught or administered."""
    from django.db.models import Q

    from classes.models import School

    if not getattr(user, "is_authenticated", False):
        return School.objects.none()
    if user.is_superuser:
        return School.objects.all()
    return School.objects.filter(Q(teachers=user) | Q(admins=user)).distinct()


def programmes_overview_for(user) -> QuerySet:
    """Return the programmes whose aggregate (never named) figures the user sees."""
    return programmes_exportable_by(user)


def can_open_teacher_pages(user) -> bool:
    """May the user open "My classes": teachers, school administrators, and
    anyone who teaches a class (the header shows the link to the same people)."""
    if not getattr(user, "is_authenticated", False):
        return False
    return (
        is_teacher(user)
        or schools_for_new_class(user).exists()
        or classes_visible_to(user).exists()
    )


def can_view_class(user, school_class) -> bool:
    return classes_visible_to(user).filter(pk=school_class.pk).exists()


def is_teacher(user) -> bool:
    return getattr(user, "is_superuser", False) or roles.has_role(user, roles.TEACHER)


def is_school_admin(user) -> bool:
    return schools_administered_by(user).exists()


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


def classes_for_paper_entry(user) -> QuerySet:
    """Return the classes whose paper test results the user may type in.

    Teachers: the classes they teach. Data clerks (``enter_paper_results``
    permission): every class in the programmes they are staff of.
    """
    from classes.models import SchoolClass

    if not getattr(user, "is_authenticated", False):
        return SchoolClass.objects.none()
    if user.is_superuser:
        return SchoolClass.objects.all()
    query = SchoolClass.objects.filter(teachers=user)
    if user.has_perm("assessments.enter_paper_results"):
        query = query | SchoolClass.objects.filter(school__programme__staff=user)
    return query.distinct()


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


def can_manage_child_data(user, child) -> bool:
    """May ``user`` download or delete ``child``'s data on the child's behalf?

    Only a teacher of one of the child's (current) classes, or the parent whose
    consent made the child's account usable (also after withdrawing it, so
    they can still download or delete what is left). School
    administrators, programme staff and site administrators may not: they have
    no need to see one child's answers.
    """
    if not getattr(user, "is_authenticated", False) or child is None:
        return False
    if user.pk == child.pk or not child.is_child_account:
        return False
    if child.anonymised_at is not None:
        return False
    if child.memberships.filter(school_class__teachers=user).exists():
        return True
    return child.consents.filter(basis="parent", given_by=user).exists()


def children_managed_by(user) -> QuerySet:
    """Return the child accounts whose data ``user`` may download or delete."""
    from django.contrib.auth import get_user_model
    from django.db.models import Q

    User = get_user_model()
    if not getattr(user, "is_authenticated", False):
        return User.objects.none()
    return (
        User.objects.filter(is_child_account=True, anonymised_at__isnull=True)
        .filter(
            Q(memberships__school_class__teachers=user)
            | Q(consents__basis="parent", consents__given_by=user)
        )
        .distinct()
    )


def mfa_required(user) -> bool:
    """Must this user have two-step sign-in (TOTP) set up?

    Site administrators (superusers and Django-admin staff) and anyone who can
    export research data or read programme reports. Children never.
    """
    if not getattr(user, "is_authenticated", False) or user.is_child_account:
        return False
    if user.is_superuser or user.is_staff:
        return True
    return roles.has_role(user, roles.PROGRAMME_STAFF) or can_export(user)
