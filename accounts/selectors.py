"""Reads about accounts: a person's own data (the "Download my data" file)."""

from django.conf import settings
from django.utils import timezone

from .models import ConsentRecord

DATA_FORMAT = "safe-online-learning/personal-data/1"


def _iso(value):
    return value.isoformat() if value else None


def user_data(*, user) -> dict:
    """Return everything the platform holds about ``user``, as JSON-ready data.

    Keys: ``format``, ``generated_at``, ``privacy_notice_version``, ``profile``,
    ``classes``, ``enrolments``, ``lessons_completed``, ``attempts`` (each with
    its ``answers``), ``certificates`` and ``consents``. Other people appear
    only by role (a consent "given by: parent"), never by name.
    """
    from assessments.models import Attempt, Response
    from classes.models import ClassMembership
    from courses.models import Certificate, Enrolment, LessonCompletion

    profile = {
        "username": user.username,
        "display_name": user.display_name,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "birth_year": user.birth_year,
        "gender": user.gender,
        "country": user.country,
        "preferred_language": user.preferred_language,
        "child_account": user.is_child_account,
        "signs_in_with_pictures": user.uses_picture_password,
        "joined": _iso(user.date_joined),
        "last_sign_in": _iso(user.last_login),
    }
    classes = [
        {
            "class": m.school_class.name,
            "school": m.school_class.school.name,
            "joined": _iso(m.joined_at),
        }
        for m in ClassMembership.objects.filter(learner=user)
        .select_related("school_class__school")
        .order_by("joined_at")
    ]
    enrolments = [
        {
            "course": e.course.title,
            "started": _iso(e.started_at),
            "completed": _iso(e.completed_at),
        }
        for e in Enrolment.objects.filter(learner=user)
        .select_related("course")
        .order_by("started_at")
    ]
    lessons = [
        {"lesson": c.lesson.title, "completed": _iso(c.completed_at)}
        for c in LessonCompletion.objects.filter(learner=user)
        .select_related("lesson")
        .order_by("completed_at")
    ]
    answers_by_attempt: dict = {}
    for response in (
        Response.objects.filter(attempt__learner=user)
        .select_related("item")
        .order_by("item__sort_order", "pk")
    ):
        answers_by_attempt.setdefault(response.attempt_id, []).append(
            {
                "question": response.item.code,
                "wording": response.item.text,
                "answer": response.value,
                "score": response.score,
                "answered": _iso(response.answered_at),
            }
        )
    attempts = [
        {
            "test": a.instrument.code,
            "course": a.course.title if a.course else None,
            "phase": a.phase,
            "language": a.locale,
            "source": a.source,
            "started": _iso(a.started_at),
            "submitted": _iso(a.submitted_at),
            "scores": a.scores,
            "answers": answers_by_attempt.get(a.pk, []),
        }
        for a in Attempt.objects.filter(learner=user)
        .select_related("instrument", "course")
        .order_by("started_at")
    ]
    certificates = [
        {"course": c.course.title, "issued": _iso(c.issued_at), "status": c.status}
        for c in Certificate.objects.filter(learner=user).select_related("course")
    ]
    consents = [
        {
            "basis": c.basis,
            "given_by": (
                "self"
                if c.given_by_id == user.pk
                else ("parent" if c.basis == "parent" else "school")
            ),
            "given": _iso(c.given_at),
            "withdrawn": _iso(c.withdrawn_at),
            "privacy_notice_version": c.notice_version,
        }
        for c in ConsentRecord.objects.filter(subject=user).order_by("given_at")
    ]
    return {
        "format": DATA_FORMAT,
        "generated_at": _iso(timezone.now()),
        "privacy_notice_version": settings.PRIVACY_NOTICE_VERSION,
        "profile": profile,
        "classes": classes,
        "enrolments": enrolments,
        "lessons_completed": lessons,
        "attempts": attempts,
        "certificates": certificates,
        "consents": consents,
    }


def active_consents(*, user):
    return ConsentRecord.objects.filter(subject=user, withdrawn_at__isnull=True)


def children_with_parent_consent(*, parent):
    """The children whose account this parent agreed to (consent still active)."""
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(
            consents__basis="parent",
            consents__given_by=parent,
            consents__withdrawn_at__isnull=True,
            anonymised_at__isnull=True,
        )
        .distinct()
        .order_by("display_name", "username")
    )
