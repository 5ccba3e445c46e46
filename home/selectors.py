from django.db.models import Q
from wagtail.models import Locale

from .models import Helpline


def user_country(user) -> str:
    """Return the ISO country of the learner's (or teacher's) school, or ''."""
    if not getattr(user, "is_authenticated", False):
        return ""
    membership = (
        user.memberships.select_related("school_class__school")
        .order_by("-joined_at")
        .first()
    )
    if membership:
        return membership.school_class.school.country
    school = user.schools.first()
    return school.country if school else ""


def helpline_list(*, country: str, language: str) -> list[Helpline]:
    """Return the helplines for a country plus the international ones.

    Contacts are shown in the learner's language where translated, falling back
    to the source language; national contacts come first.
    """
    locale = Locale.objects.filter(language_code=language).first()
    rows = list(Helpline.objects.filter(Q(country=country) | Q(country="*")))
    chosen: dict = {}
    for row in rows:
        current = chosen.get(row.translation_key)
        if current is None or (locale and row.locale_id == locale.pk):
            chosen[row.translation_key] = row
    return sorted(
        chosen.values(), key=lambda h: (h.country == "*", h.sort_order, h.name)
    )
