"""Course pages and learners' progress through them.

Progress rows keep both a foreign key to the page the learner actually used
(which records the language version) and the page's ``translation_key``, which
is the same for every language version. Uniqueness and "is this done?" checks
use the key, so switching language never loses or duplicates progress.
"""

import uuid

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.serving import ViewRestrictionsMixin

from .blocks import RICH_TEXT_FEATURES, LessonStreamBlock


class Audience(models.TextChoices):
    CHILDREN = "children", _("Children (8–12)")
    TEENS = "teens", _("Teens (13–17)")
    PARENTS = "parents", _("Parents and caregivers")
    TEACHERS = "teachers", _("Teachers")
    COUNSELLORS = "counsellors", _("Helpline counsellors and frontline workers")


CHILD_AUDIENCES = {Audience.CHILDREN, Audience.TEENS}


class CourseIndexPage(ViewRestrictionsMixin, Page):
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
        from home.content_cache import TIMEOUT, content_version

        from .selectors import CatalogueFilters, catalogue_choices, course_catalogue

        context = super().get_context(request, *args, **kwargs)
        filters = CatalogueFilters.from_query(
            request.GET, default_language=self.locale.language_code
        )
        context["filters"] = filters
        # Lazy: on a cache hit the template never evaluates them (no queries).
        context["choices"] = SimpleLazyObject(catalogue_choices)
        context["courses"] = SimpleLazyObject(lambda: course_catalogue(filters=filters))
        context["content_version"] = content_version()
        context["content_timeout"] = TIMEOUT
        return context


class CoursePage(ViewRestrictionsMixin, Page):
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
    restricted_to_classes = models.BooleanField(
        _("only for assigned classes"),
        default=False,
        help_text=_(
            "Only learners in a class this course is assigned to (and their "
            "teachers) can open the lessons."
        ),
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
        FieldPanel("restricted_to_classes"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage", "courses.LessonPage"]

    class Meta:
        verbose_name = _("course")

    @property
    def objective_list(self) -> list[str]:
        return [line.strip() for line in self.objectives.splitlines() if line.strip()]

    @property
    def is_for_children(self) -> bool:
        return self.audience in CHILD_AUDIENCES

    @property
    def topic_list(self) -> list[str]:
        return [t.strip().lower() for t in self.topics.split(",") if t.strip()]

    def get_lessons(self):
        """Live lessons in reading order, whether or not they sit in modules.

        Tree order (``path``) puts a module's lessons where the module is.
        Lessons inside an unpublished module are left out with it.
        """
        hidden_modules = ModulePage.objects.descendant_of(self).not_live()
        lessons = LessonPage.objects.live().descendant_of(self)
        for module in hidden_modules:
            lessons = lessons.not_descendant_of(module)
        return lessons.order_by("path")

    def get_context(self, request, *args, **kwargs):
        from assessments.selectors import learner_attempts

        from .selectors import course_offline_urls, course_outline, course_overview

        context = super().get_context(request, *args, **kwargs)
        overview = course_overview(
            user=request.user,
            course=self,
            lessons=course_outline(self),
            attempts=learner_attempts(user=request.user, course=self),
        )
        context.update(overview)
        context["offline_urls"] = course_offline_urls(
            user=request.user,
            course=self,
            progress=overview["progress"],
            tests=overview["tests"],
        )
        return context


class ModulePage(ViewRestrictionsMixin, Page):
    """An optional group of lessons inside a course, e.g. "Part 1: at home"."""

    summary = models.CharField(_("summary"), max_length=250, blank=True)

    content_panels = Page.content_panels + [FieldPanel("summary")]
    search_fields = Page.search_fields + [index.SearchField("summary")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("module")

    def get_course(self) -> CoursePage:
        return CoursePage.objects.ancestor_of(self).get()

    def get_lessons(self):
        return LessonPage.objects.live().child_of(self).order_by("path")

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_progress

        context = super().get_context(request, *args, **kwargs)
        course = self.get_course()
        context["course"] = course
        context["progress"] = course_progress(
            user=request.user, course=course, lessons=self.get_lessons()
        )
        return context


class LessonPage(ViewRestrictionsMixin, Page):
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
    # A lesson always belongs to a course, directly or through a module.
    parent_page_types = ["courses.CoursePage", "courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")

    def get_course(self) -> CoursePage:
        """The course the lesson belongs to; the same for every reader, so it
        is cached per content version, and kept for the rest of the request."""
        if getattr(self, "_course", None) is None:
            from home.content_cache import shared

            self._course = shared(
                "lesson-course",
                self.pk,
                build=lambda: CoursePage.objects.ancestor_of(self).get(),
            )
        return self._course

    def serve(self, request, *args, **kwargs):
        from .selectors import lesson_access

        course = self.get_course()
        access = lesson_access(user=request.user, course=course)
        if access is not None:
            return access.response(request, course)
        return super().serve(request, *args, **kwargs)

    def is_print_view(self, request) -> bool:
        return request.GET.get("print") == "1"

    def get_template(self, request, *args, **kwargs):
        if self.is_print_view(request):
            return "courses/lesson_page_print.html"
        return super().get_template(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from accounts.permissions import can_see_facilitator_notes
        from home.content_cache import TIMEOUT, content_version
        from home.selectors import user_country

        from .selectors import lesson_navigation

        context = super().get_context(request, *args, **kwargs)
        course = self.get_course()
        context["course"] = course
        context["print_view"] = self.is_print_view(request)
        context["show_facilitator_notes"] = can_see_facilitator_notes(request.user)
        context.update(lesson_navigation(user=request.user, course=course, lesson=self))
        # The lesson text is the same for everyone who sees the same notes and,
        # if it has a "Get help" panel, lives in the same country: the template
        # caches it per content version (home.content_cache).
        context["content_version"] = content_version()
        context["content_timeout"] = TIMEOUT
        context["help_country"] = (
            user_country(request.user) if self.has_help_panel() else ""
        )
        return context

    def has_help_panel(self) -> bool:
        return any(block.get("type") == "get_help" for block in self.body.raw_data)


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


def certificate_storage():
    """Certificates live outside MEDIA_URL and are served only to their owner."""
    return storages["certificates"]


def certificate_upload_to(instance, filename: str) -> str:
    # A random name: nobody can guess another learner's certificate path.
    return f"certificates/{uuid.uuid4().hex}.pdf"


class Certificate(models.Model):
    """A PDF certificate for a completed course, made by a Celery task."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Could not be made")

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="certificates",
    )
    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="+")
    course_key = models.UUIDField()
    language = models.CharField(_("language"), max_length=10)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING
    )
    file = models.FileField(
        storage=certificate_storage, upload_to=certificate_upload_to, blank=True
    )
    issued_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "course_key"], name="unique_certificate"
            )
        ]

    def __str__(self) -> str:
        return f"certificate {self.pk} for {self.learner_id}"
