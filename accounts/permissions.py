"""The one place that answers "may this user see this object?".

Views ask these functions and turn a "no" into a 404 (for objects: a forged id
must not reveal that the object exists) or a 403 (for whole pages).
"""

from functools import cache

from django.conf import settings
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
    if user.is_superuser:
        return True
    facts = role_facts(user)
    return facts["teacher_role"] or facts["school_to_teach"] or facts["class_to_see"]


def role_facts(user) -> dict:
    """What every page's header and the lessons ask about a signed-in user's
    roles, in one query, kept on the user object for the rest of the request.

    ``teacher_role``: in the Teachers group; ``teaches_class``: teaches a class;
    ``school_to_teach``: may open a class somewhere (:func:`schools_for_new_class`);
    ``class_to_see``: sees a class (:func:`classes_visible_to`); ``admin_access``:
    holds Wagtail's "access admin" permission directly or through a group (what
    ``ModelBackend`` grants an active user); ``programme_role`` and
    ``school_admin_role``: in the Programme staff or School administrators
    group; ``programme_staff_of``: on a programme's staff; ``admins_school``:
    administers a school. Superusers are decided before this.
    ``tests/accounts/test_role_facts.py`` checks each answer against the
    querysets above.

    A child's account (``is_child_account``) holds none of these roles, so
    nothing is looked up: classes take only adults as teachers, and the
    two-step sign-in that staff roles need is never asked of a child
    (:func:`mfa_required`). A role given to a child's account by mistake in
    the Django admin therefore opens nothing.
    """
    facts = getattr(user, "_role_facts", None)
    if facts is not None:
        return facts
    from django.contrib.auth import get_user_model
    from django.db import connections, router

    alias = router.db_for_read(get_user_model())
    sql, names = _role_facts_sql(alias)
    if getattr(user, "is_child_account", False):
        row = [False] * len(names)
    else:
        with connections[alias].cursor() as cursor:
            cursor.execute(
                sql,
                {
                    "user": user.pk,
                    "teacher_group": roles.TEACHER,
                    "programme_group": roles.PROGRAMME_STAFF,
                    "school_admin_group": roles.SCHOOL_ADMIN,
                },
            )
            row = cursor.fetchone()
    facts = {name: bool(value) for name, value in zip(names, row, strict=True)}
    facts["school_to_teach"] = facts["teaches_at_school"] or facts["admins_school"]
    facts["class_to_see"] = facts["teaches_class"] or facts["admins_school_with_class"]
    facts["admin_access"] = facts["admin_access"] and user.is_active
    user._role_facts = facts
    return facts


@cache
def _role_facts_sql(alias: str) -> tuple[str, list[str]]:
    """One SELECT of EXISTS tests on the join tables, built from the models.

    Hand-written because it runs on every page a signed-in user opens: the
    same question through the ORM (six ``Exists`` subqueries) cost about 5 ms
    of CPU to compile, the SQL itself well under one.
    """
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.models import ContentType
    from django.db import connections

    from classes.models import Programme, School, SchoolClass

    quote = connections[alias].ops.quote_name
    User = get_user_model()

    def table(model) -> str:
        return quote(model._meta.db_table)

    def column(model, name: str) -> str:
        return quote(model._meta.get_field(name).column)

    def m2m(model, name: str) -> tuple[str, str, str]:
        """(table, column of ``model``'s side, column of the other side)."""
        field = model._meta.get_field(name)
        through = field.remote_field.through
        return (
            table(through),
            quote(field.m2m_column_name()),
            quote(field.m2m_reverse_name()),
        )

    groups, groups_user, groups_group = m2m(User, "groups")
    user_perms, user_perms_user, user_perms_perm = m2m(User, "user_permissions")
    group_perms, group_perms_group, group_perms_perm = m2m(Group, "permissions")
    class_teachers, _class_side, class_teachers_user = m2m(SchoolClass, "teachers")
    school_teachers, _school_side, school_teachers_user = m2m(School, "teachers")
    school_admins, school_admins_school, school_admins_user = m2m(School, "admins")
    programme_staff, _programme_side, programme_staff_user = m2m(Programme, "staff")

    def in_group(parameter: str) -> str:
        return (
            f"SELECT 1 FROM {groups} JOIN {table(Group)} "
            f"ON {table(Group)}.{column(Group, 'id')} = {groups}.{groups_group} "
            f"WHERE {groups}.{groups_user} = %(user)s "
            f"AND {table(Group)}.{column(Group, 'name')} = %({parameter})s"
        )

    tests = {
        "teacher_role": in_group("teacher_group"),
        "programme_role": in_group("programme_group"),
        "school_admin_role": in_group("school_admin_group"),
        "programme_staff_of": (
            f"SELECT 1 FROM {programme_staff} WHERE {programme_staff_user} = %(user)s"
        ),
        "teaches_class": (
            f"SELECT 1 FROM {class_teachers} WHERE {class_teachers_user} = %(user)s"
        ),
        "teaches_at_school": (
            f"SELECT 1 FROM {school_teachers} WHERE {school_teachers_user} = %(user)s"
        ),
        "admins_school": (
            f"SELECT 1 FROM {school_admins} WHERE {school_admins_user} = %(user)s"
        ),
        "admins_school_with_class": (
            f"SELECT 1 FROM {table(SchoolClass)} JOIN {school_admins} "
            f"ON {school_admins}.{school_admins_school} = "
            f"{table(SchoolClass)}.{column(SchoolClass, 'school')} "
            f"WHERE {school_admins}.{school_admins_user} = %(user)s"
        ),
        "admin_access": (
            f"SELECT 1 FROM {table(Permission)} JOIN {table(ContentType)} "
            f"ON {table(ContentType)}.{column(ContentType, 'id')} = "
            f"{table(Permission)}.{column(Permission, 'content_type')} "
            f"WHERE {table(Permission)}.{column(Permission, 'codename')} = "
            "'access_admin' "
            f"AND {table(ContentType)}.{column(ContentType, 'app_label')} = "
            "'wagtailadmin' "
            f"AND ({table(Permission)}.{column(Permission, 'id')} IN "
            f"(SELECT {user_perms_perm} FROM {user_perms} "
            f"WHERE {user_perms_user} = %(user)s) "
            f"OR {table(Permission)}.{column(Permission, 'id')} IN "
            f"(SELECT {group_perms}.{group_perms_perm} FROM {group_perms} "
            f"JOIN {groups} ON {groups}.{groups_group} = "
            f"{group_perms}.{group_perms_group} "
            f"WHERE {groups}.{groups_user} = %(user)s))"
        ),
    }
    select = ", ".join(f"EXISTS({sql}) AS {quote(name)}" for name, sql in tests.items())
    return f"SELECT {select}", list(tests)


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
    facts = role_facts(user)
    return facts["teaches_class"] or facts["teacher_role"] or facts["admin_access"]


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


def staff_roles(user) -> frozenset[str]:
    """The staff roles (``roles.STAFF_ROLES``) the user holds, from what they
    can reach: the Django admin, the Wagtail admin, a programme, a class or a
    school, whether given through a group or directly.

    Superusers reach everything, so they hold every role. A child's account
    holds none (:func:`role_facts` looks nothing up for it), nor do adult
    learners and parents, who see only their own (or their child's) data.
    """
    if not getattr(user, "is_authenticated", False) or user.is_child_account:
        return frozenset()
    if user.is_superuser:
        return frozenset(roles.STAFF_ROLES)
    facts = role_facts(user)
    held = {
        roles.STAFF_SITE_ADMIN: user.is_staff,
        roles.STAFF_EDITOR: facts["admin_access"],
        roles.STAFF_PROGRAMME: facts["programme_role"] or facts["programme_staff_of"],
        roles.STAFF_TEACHER: (
            facts["teacher_role"]
            or facts["teaches_class"]
            or facts["teaches_at_school"]
        ),
        roles.STAFF_SCHOOL_ADMIN: facts["school_admin_role"] or facts["admins_school"],
    }
    return frozenset(role for role, holds in held.items() if holds)


def mfa_required(user) -> bool:
    """Must this user sign in with an authenticator app (TOTP)?

    Yes for anyone holding a staff role listed in ``MFA_REQUIRED_ROLES`` (all
    of them by default) while ``MFA_REQUIRED`` is on: each can see children's
    data or change what children are shown. Children, adult learners and
    parents never (docs/security.md, "Two-step sign-in").
    """
    if not settings.MFA_REQUIRED:
        return False
    return not staff_roles(user).isdisjoint(settings.MFA_REQUIRED_ROLES)
