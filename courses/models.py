"""Course pages and learners' progress through them.

Progress rows keep both a foreign key to the page the learner actually used
(which records the language version) and the page's ``translation_key``, which
is the same for every language version. Uniqueness and "is this done?" checks
use the key, so switching language never loses or duplicates progress.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import RICH_TEXT_FEATURES, LessonStreamBlock


class Audience(models.TextChoices):
    CHILDREN = "children", _("Children (8–12)")
    TEENS = "teens", _("Teens (13–17)")
    PARENTS = "parents", _("Parents and caregivers")
    TEACHERS = "teachers", _("Teachers")
    COUNSELLORS = "counsellors", _("Helpline counsellors and frontline workers")


CHILD_AUDIENCES = {Audience.CHILDREN, Audience.TEENS}


class CourseIndexPage(Page):
    """The course catalogue."""

    intro = RichTextField(blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_courses(self):
        return CoursePage.objects.live().child_of(self).specific().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = self.get_courses()
        return context


class CoursePage(Page):
    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices)
    age_min = models.PositiveSmallIntegerField(_("youngest age"), null=True, blank=True)
    age_max = models.PositiveSmallIntegerField(_("oldest age"), null=True, blank=True)
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), default=60
    )
    topics = models.CharField(
        _("topics"),
        max_length=200,
        blank=True,
        help_text=_("Comma-separated, e.g. privacy, grooming, reporting"),
    )
    intro = RichTextField(blank=True, features=RICH_TEXT_FEATURES)
    objectives = models.TextField(
        _("learning objectives"), blank=True, help_text=_("One objective per line.")
    )
    pre_test = models.ForeignKey(
        "assessments.Instrument",
        verbose_name=_("pre-test"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    post_test = models.ForeignKey(
        "assessments.Instrument",
        verbose_name=_("post-test"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    certificate_enabled = models.BooleanField(
        _("certificate on completion"), default=True
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("age_min"),
                FieldPanel("age_max"),
                FieldPanel("estimated_minutes"),
                FieldPanel("topics"),
            ],
            heading=_("Who it is for"),
        ),
        FieldPanel("intro"),
        FieldPanel("objectives"),
        MultiFieldPanel(
            [
                FieldPanel("pre_test"),
                FieldPanel("post_test"),
                FieldPanel("certificate_enabled"),
            ],
            heading=_("Tests and certificate"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("course")

    @property
    def objective_list(self) -> list[str]:
        return [line.strip() for line in self.objectives.splitlines() if line.strip()]

    @property
    def is_for_children(self) -> bool:
        return self.audience in CHILD_AUDIENCES

    def get_lessons(self):
        return LessonPage.objects.live().child_of(self).order_by("path")

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_overview

        context = super().get_context(request, *args, **kwargs)
        context.update(course_overview(user=request.user, course=self))
        return context


class LessonPage(Page):
    summary = models.CharField(_("summary"), max_length=250, blank=True)
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), default=10
    )
    sensitive = models.BooleanField(
        _("sensitive topic"),
        default=False,
        help_text=_("Shows a quick-exit control, for lessons about abuse."),
    )
    body = StreamField(LessonStreamBlock(), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("sensitive"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")

    def get_course(self) -> CoursePage:
        return CoursePage.objects.get(pk=self.get_parent().pk)

    def serve(self, request, *args, **kwargs):
        from .selectors import lesson_access

        course = self.get_course()
        access = lesson_access(user=request.user, course=course)
        if access is not None:
            return access.response(request, course)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from .selectors import lesson_navigation

        context = super().get_context(request, *args, **kwargs)
        course = self.get_course()
        context["course"] = course
        context.update(lesson_navigation(user=request.user, course=course, lesson=self))
        return context


class Enrolment(models.Model):
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="+")
    course_key = models.UUIDField(db_index=True)
    started_at = models.DateTimeField(auto_now_add=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    last_lesson = models.ForeignKey(
        LessonPage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "course_key"], name="unique_enrolment"
            )
        ]

    def __str__(self) -> str:
        return f"{self.learner_id} in {self.course_id}"


class LessonCompletion(models.Model):
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="lesson_completions",
    )
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="+")
    lesson_key = models.UUIDField()
    course_key = models.UUIDField()
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "lesson_key"], name="unique_lesson_completion"
            )
        ]
        indexes = [models.Index(fields=["learner", "course_key"])]

    def __str__(self) -> str:
        return f"{self.learner_id} finished {self.lesson_id}"
