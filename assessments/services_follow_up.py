"""Follow-up tests: find who is due, remind adults by e-mail, flag children.

Children get no e-mail (they have none, and nudging children is what the
Children's Code warns against): their teacher sees a list of learners whose
follow-up test is open and gives it in class.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from courses.models import CoursePage

from . import versions
from .models import Attempt, FollowUpReminder, Phase


@dataclass
class FollowUpRun:
    emailed: int = 0
    flagged: int = 0


def _is_adult_with_email(learner) -> bool:
    return bool(learner.email) and not learner.is_child_account


def follow_up_reminders_send(*, now=None) -> FollowUpRun:
    """Remind every learner whose follow-up test is due, once."""
    now = now or timezone.now()
    run = FollowUpRun()
    seen_keys = set()
    courses = (
        CoursePage.objects.live()
        .filter(post_test__follow_up_instrument__isnull=False)
        .select_related("post_test")
        .order_by("pk")
    )
    for course in courses:
        if course.translation_key in seen_keys:
            continue
        seen_keys.add(course.translation_key)
        days = versions.current(course.post_test).follow_up_after_days
        due_posts = (
            Attempt.objects.filter(
                course_key=course.translation_key,
                phase=Phase.POST,
                submitted_at__lte=now - timedelta(days=days),
            )
            .exclude(learner__follow_up_reminders__course_key=course.translation_key)
            .exclude(
                learner_id__in=Attempt.objects.filter(
                    course_key=course.translation_key, phase=Phase.FOLLOW_UP
                ).values("learner_id")
            )
            .select_related("learner", "course")
        )
        for post in due_posts:
            learner = post.learner
            adult = _is_adult_with_email(learner)
            try:
                with transaction.atomic():
                    reminder = FollowUpReminder.objects.create(
                        learner=learner,
                        course=post.course or course,
                        course_key=course.translation_key,
                        school_class=post.school_class,
                        due_at=post.submitted_at + timedelta(days=days),
                        flagged_to_teacher=not adult,
                    )
            except IntegrityError:  # another run got there first
                continue
            if adult:
                _send_reminder(learner=learner, course=post.course or course)
                reminder.emailed_at = timezone.now()
                reminder.save(update_fields=["emailed_at"])
                run.emailed += 1
            else:
                run.flagged += 1
    return run


def _send_reminder(*, learner, course) -> None:
    language = learner.preferred_language or settings.LANGUAGE_CODE
    with translation.override(language):
        link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "assessments:take", args=[course.pk, Phase.FOLLOW_UP]
        )
        send_mail(
            subject=_("Your follow-up test is open: %(course)s")
            % {"course": course.title},
            message=_(
                "Hello,\n\nSome weeks ago you finished the course “%(course)s”. "
                "A short follow-up test is now open; it shows what stayed with "
                "you and helps us improve the course:\n\n%(link)s\n\n"
                "Thank you."
            )
            % {"course": course.title, "link": link},
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[learner.email],
        )


def follow_up_flags_for_teacher(*, user):
    """Return open follow-up flags for children in the classes the user teaches."""
    from accounts.permissions import classes_visible_to

    return (
        FollowUpReminder.objects.filter(
            flagged_to_teacher=True,
            school_class__in=classes_visible_to(user),
        )
        .exclude(
            Exists(
                Attempt.objects.filter(
                    learner_id=OuterRef("learner_id"),
                    course_key=OuterRef("course_key"),
                    phase=Phase.FOLLOW_UP,
                    submitted_at__isnull=False,
                )
            )
        )
        .select_related("learner", "course", "school_class")
        .order_by("school_class__name", "learner__display_name")
    )
