"""Role names. Roles are Django groups; object scoping lives in ``permissions``."""

from django.utils.translation import gettext_lazy as _

TEACHER = "Teachers"
SCHOOL_ADMIN = "School administrators"
PROGRAMME_STAFF = "Programme staff"
CONTENT_EDITOR = "Content editors"
TRANSLATOR = "Translators"
PARENT = "Parents and carers"

ROLE_LABELS = {
    TEACHER: _("Teacher"),
    SCHOOL_ADMIN: _("School administrator"),
    PROGRAMME_STAFF: _("Programme staff (evaluation)"),
    CONTENT_EDITOR: _("Content editor"),
    TRANSLATOR: _("Translator"),
    PARENT: _("Parent or carer"),
}


# Staff roles, as far as two-step sign-in is concerned (``MFA_REQUIRED_ROLES``;
# docs/security.md, "Two-step sign-in"): what a person can reach, however it
# was given (a group, a permission, a place on a class, school or programme;
# ``accounts.permissions.staff_roles``). Superusers hold them all; children,
# adult learners and parents hold none.
STAFF_SITE_ADMIN = "site_admin"  # superusers and Django-admin staff
STAFF_EDITOR = "editor"  # the Wagtail admin: editors, translators, reviewers
STAFF_PROGRAMME = "programme_staff"  # evaluators and data clerks
STAFF_TEACHER = "teacher"  # the Teachers group, or on a class's or school's staff
STAFF_SCHOOL_ADMIN = "school_admin"  # the group, or a school's administrator
STAFF_ROLES = (
    STAFF_SITE_ADMIN,
    STAFF_EDITOR,
    STAFF_PROGRAMME,
    STAFF_TEACHER,
    STAFF_SCHOOL_ADMIN,
)


def has_role(user, role: str) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return user.groups.filter(name=role).exists()


def group(role: str):
    """Return the role's group, creating it on first use."""
    from django.contrib.auth.models import Group

    return Group.objects.get_or_create(name=role)[0]
