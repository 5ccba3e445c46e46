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


def has_role(user, role: str) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return user.groups.filter(name=role).exists()


def group(role: str):
    """Return the role's group, creating it on first use."""
    from django.contrib.auth.models import Group

    return Group.objects.get_or_create(name=role)[0]
