"""Writes about learners' progress."""

import datetime
import logging

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from .models import Certificate, CoursePage, Enrolment, LessonCompletion, LessonPage

logger = logging.getLogger(__name__)


def enrolment_get_or_create(*, learner, course: CoursePage) -> Enrolment:
    enrolment, _ = Enrolment.objects.get_or_create(
        learner=learner,
        course_key=course.translation_key,
        defaults={"course": course},
    )
    return enrolment


def enrolment_ensure(*, learner, course: CoursePage) -> None:
    """Record that the learner is enrolled, in one statement (a test day's
    hand-in does not need the row back)."""
    Enrolment.objects.bulk_create(
        [Enrolment(learner=learner, course=course, course_key=course.translation_key)],
        ignore_conflicts=True,
    )


def lesson_complete(*, learner, lesson: LessonPage) -> LessonCompletion:
    """Record that the learner finished a lesson. Safe to call twice."""
    course = lesson.get_course()
    enrolment = enrolment_get_or_create(learner=learner, course=course)
    try:
        with transaction.atomic():
            completion, _ = LessonCompletion.objects.get_or_create(
                learner=learner,
                lesson_key=lesson.translation_key,
                defaults={"lesson": lesson, "course_key": course.translation_key},
            )
    except IntegrityError:  # a double click raced us: the row exists
        completion = LessonCompletion.objects.get(
            learner=learner, lesson_key=lesson.translation_key
        )
    enrolment.last_lesson = lesson
    enrolment.save(update_fields=["last_lesson"])
    return completion


def enrolment_mark_complete_if_done(*, learner, course: CoursePage) -> bool:
    """Mark the course complete when every lesson and the post-test are done."""
    from assessments.selectors import phase_submitted

    from .selectors import course_progress

    progress = course_progress(user=learner, course=course)
    if progress["done"] < progress["total"]:
        return False
    if course.post_test_id and not phase_submitted(
        user=learner, course=course, phase="post"
    ):
        return False
    enrolment = enrolment_get_or_create(learner=learner, course=course)
    if enrolment.completed_at is None:
        enrolment.completed_at = timezone.now()
        enrolment.save(update_fields=["completed_at"])
    certificate_request(learner=learner, course=course)
    return True


def certificate_request(*, learner, course: CoursePage) -> Certificate | None:
    """Ask for the learner's certificate for a completed course.

    Creates the row once (in the course's language) and queues the PDF after
    the transaction commits. A failed certificate is queued again.
    """
    if not course.certificate_enabled:
        return None
    certificate, created = Certificate.objects.get_or_create(
        learner=learner,
        course_key=course.translation_key,
        defaults={"course": course, "language": course.locale.language_code},
    )
    if created or certificate.status == Certificate.Status.FAILED:
        certificate_id = certificate.pk
        transaction.on_commit(lambda: _certificate_enqueue(certificate_id))
    return certificate


def _certificate_enqueue(certificate_id: int) -> bool:
    """Queue the PDF. With the broker down (it often shares the Redis that
    blinked) the completion is kept and the page answers: the certificate stays
    "being prepared" and ``certificates_requeue`` queues it when the broker
    is back."""
    from kombu.exceptions import OperationalError as BrokerUnavailable

    from .tasks import certificate_generate as certificate_generate_task

    try:
        certificate_generate_task.delay(certificate_id)
    except BrokerUnavailable:
        logger.warning("certificate %s not queued: broker unavailable", certificate_id)
        return False
    return True


def certificates_requeue(*, older_than_minutes: int = 15) -> int:
    """Queue again the certificates still being prepared after
    ``older_than_minutes`` (their task was never queued, or its worker died);
    return how many were queued. Run by beat."""
    before = timezone.now() - datetime.timedelta(minutes=older_than_minutes)
    pending = Certificate.objects.filter(
        status=Certificate.Status.PENDING, issued_at__lt=before
    ).values_list("pk", flat=True)
    return sum(_certificate_enqueue(pk) for pk in pending.iterator())


def certificate_generate(*, certificate_id: int) -> Certificate:
    """Draw the PDF and store it; the certificate becomes ready (or failed)."""
    from .certificates import CertificateText, render_certificate_pdf

    certificate = Certificate.objects.select_related("learner", "course").get(
        pk=certificate_id
    )
    if certificate.status == Certificate.Status.READY and certificate.file:
        return certificate
    course = certificate.course
    with translation.override(certificate.language):
        completed_on = (
            Enrolment.objects.filter(
                learner=certificate.learner, course_key=certificate.course_key
            )
            .values_list("completed_at", flat=True)
            .first()
            or certificate.issued_at
        )
        text = CertificateText(
            heading=_("Certificate of completion"),
            certifies=_("This certifies that"),
            learner_name=certificate.learner.get_display_name(),
            completed=_("has completed the course"),
            course_title=course.title,
            date_line=formats.date_format(
                timezone.localtime(completed_on).date(), "DATE_FORMAT"
            ),
            site_name=settings.WAGTAIL_SITE_NAME,
            language=certificate.language,
        )
    try:
        pdf = render_certificate_pdf(text, font_path=settings.CERTIFICATE_FONT)
    except Exception:
        # The learner's completion is already saved; a broken font or layout
        # must not undo it. The dashboard says so, and the next completion
        # check queues the certificate again.
        logger.exception("Certificate %s could not be drawn", certificate.pk)
        certificate.status = Certificate.Status.FAILED
        certificate.save(update_fields=["status"])
        return certificate
    with transaction.atomic():
        certificate.file.save("certificate.pdf", ContentFile(pdf), save=False)
        certificate.status = Certificate.Status.READY
        certificate.save(update_fields=["file", "status"])
    return certificate


SAFEGUARDING_REVIEWERS = "Safeguarding reviewers"
SAFEGUARDING_WORKFLOW = "Safeguarding review"


@transaction.atomic
def review_workflow_ensure(*, catalogue):
    """Make every course in the catalogue go through a safeguarding review.

    Creates (once) the "Safeguarding reviewers" group, a one-step "Safeguarding
    review" workflow approved by that group, and assigns the workflow to the
    catalogue, so it covers every course, module and lesson below it. Content
    editors may add and edit pages there but not publish: they submit them.

    Every translation of the catalogue (one page per language) gets the same
    rights and workflow, so translated lessons are edited by the same people
    and reviewed the same way. Run it again after adding a language.
    """
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import (
        GroupApprovalTask,
        GroupPagePermission,
        Workflow,
        WorkflowPage,
        WorkflowTask,
    )

    from accounts import roles

    reviewers, _created = Group.objects.get_or_create(name=SAFEGUARDING_REVIEWERS)
    editors, _created = Group.objects.get_or_create(name=roles.CONTENT_EDITOR)
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    catalogues = [catalogue, *catalogue.get_translations()]
    for group, codenames in (
        (reviewers, ["change_page", "publish_page"]),
        (editors, ["add_page", "change_page"]),
    ):
        group.permissions.add(access_admin)
        for codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            )
            for page in catalogues:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=page, permission=permission
                )

    workflow, _created = Workflow.objects.get_or_create(
        name=SAFEGUARDING_WORKFLOW, defaults={"active": True}
    )
    task = GroupApprovalTask.objects.filter(name=SAFEGUARDING_WORKFLOW).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=SAFEGUARDING_WORKFLOW)
    task.groups.add(reviewers)
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    for page in catalogues:
        WorkflowPage.objects.update_or_create(
            page=page, defaults={"workflow": workflow}
        )
    return workflow


def course_handout_ensure(*, course: CoursePage):
    """Attach a printable course summary (a Wagtail document) to the course's
    first lesson as a handout block, once. Returns the document, or ``None`` if
    the course has no lessons."""
    from wagtail.documents.models import Document

    from .handouts import HandoutText, render_course_handout_pdf

    lesson = course.get_lessons().first()
    if lesson is None:
        return None
    for block in lesson.body:
        if block.block_type == "handout":
            return block.value["document"]
    lessons = list(course.get_lessons())
    with translation.override(course.locale.language_code):
        text = HandoutText(
            title=course.title,
            audience_line=_("For: %(audience)s · about %(minutes)s minutes")
            % {
                "audience": course.get_audience_display(),
                "minutes": course.estimated_minutes,
            },
            objectives_heading=_("What you will learn"),
            objectives=course.objective_list,
            lessons_heading=_("Lessons"),
            lessons=[(p.title, p.summary) for p in lessons],
            footer=_(
                "If something online worries you, you are not alone: talk to a "
                "trusted adult or a child helpline."
            ),
            language=course.locale.language_code,
        )
        title = _("%(course)s: course summary") % {"course": course.title}
    pdf = render_course_handout_pdf(text, font_path=settings.CERTIFICATE_FONT)
    document = Document(title=title[:255])
    document.file.save(f"{course.slug}-summary.pdf", ContentFile(pdf), save=False)
    document.full_clean()
    document.save()
    lesson.body.append(
        (
            "handout",
            {
                "document": document,
                "title": title,
                "description": _("A one-page summary of the course to print or keep."),
            },
        )
    )
    lesson.save_revision().publish()
    return document


def lesson_image_ensure(
    *, lesson: LessonPage, png: bytes, title: str, alt_text: str, caption: str = ""
):
    """Add an image block (a new Wagtail image) at the end of a lesson, once.

    An image with the same title already in the lesson counts as done.
    """
    from wagtail.images.models import Image

    for block in lesson.body:
        if block.block_type == "image" and block.value["image"].title == title:
            return block.value["image"]
    image = Image(title=title)
    image.file.save(f"{lesson.slug}.png", ContentFile(png), save=False)
    image.full_clean()
    image.save()
    # Before closing notes and help panels, after the teaching blocks.
    position = next(
        (
            i
            for i, block in enumerate(lesson.body)
            if block.block_type in ("facilitator_notes", "get_help")
        ),
        len(lesson.body),
    )
    lesson.body.insert(
        position,
        (
            "image",
            {
                "image": image,
                "alt_text": alt_text,
                "decorative": False,
                "caption": caption,
            },
        ),
    )
    lesson.save_revision().publish()
    return image


def demo_illustrations_ensure(*, course: CoursePage):
    """Give the children's demo course its "stop, block and report, tell"
    illustration (drawn locally with Pillow); return the image or ``None``."""
    from .illustrations import draw_three_steps_png

    if course.slug != "safe-and-kind-online" or course.locale.language_code != "en":
        return None
    lesson = course.get_lessons().filter(slug="people-you-only-know-online").first()
    if lesson is None:
        return None
    steps = ["Stop chatting", "Block and report", "Tell a trusted adult"]
    return lesson_image_ensure(
        lesson=lesson,
        png=draw_three_steps_png(steps, font_path=settings.CERTIFICATE_FONT),
        title="Three steps: stop, block and report, tell",
        alt_text=(
            "Three steps. 1: stop chatting. 2: block and report. "
            "3: tell a trusted adult."
        ),
        caption="If a chat worries you: stop, block and report, and tell.",
    )
