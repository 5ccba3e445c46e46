"""KAP instruments, attempts and item-level responses.

Instruments and their items are translatable (wagtail-localize). Each item keeps
its ``code`` and ``translation_key`` in every language, and every option keeps
its ``key`` (a synchronised choice, never translated), so an answer given in
Arabic and one given in Spanish land on the same item for scoring and analysis.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from . import scoring

OPTION_KEYS = [(k, k) for k in "ABCDEFGH"]


class Purpose(models.TextChoices):
    PRE_POST = "pre_post", _("Pre-test and post-test (same form)")
    PRE = "pre", _("Pre-test")
    POST = "post", _("Post-test")
    FOLLOW_UP = "follow_up", _("Follow-up test")
    BASELINE = "baseline", _("Baseline survey")
    MIDLINE = "midline", _("Midline survey")
    ENDLINE = "endline", _("Endline survey")


class Phase(models.TextChoices):
    PRE = "pre", _("Pre-test")
    POST = "post", _("Post-test")
    FOLLOW_UP = "follow_up", _("Follow-up")
    BASELINE = "baseline", _("Baseline")
    MIDLINE = "midline", _("Midline")
    ENDLINE = "endline", _("Endline")


class Domain(models.TextChoices):
    KNOWLEDGE = scoring.KNOWLEDGE, _("Knowledge")
    ATTITUDES = scoring.ATTITUDES, _("Attitudes")
    PRACTICES = scoring.PRACTICES, _("Practices")


class ItemType(models.TextChoices):
    SINGLE = scoring.SINGLE, _("Single choice")
    MULTI = scoring.MULTI, _("Multiple select")
    TRUE_FALSE = scoring.TRUE_FALSE, _("True / false")
    LIKERT = scoring.LIKERT, _("Agreement scale (5 points)")
    FREQUENCY = scoring.FREQUENCY, _("Frequency scale (never … always)")
    YES_NO = scoring.YES_NO, _("Yes / no checklist")
    OPEN = scoring.OPEN, _("Open text (adults only, not scored)")


class OptionBlock(blocks.StructBlock):
    key = blocks.ChoiceBlock(choices=OPTION_KEYS, help_text=_("Stable option id"))
    text = blocks.CharBlock(max_length=400)
    correct = blocks.BooleanBlock(required=False)


class Instrument(TranslatableMixin, ClusterableModel):
    """A test or survey: a pre-test, post-test, follow-up or KAP survey wave."""

    code = models.CharField(
        _("code"),
        max_length=40,
        help_text=_("Short stable identifier used in exports, e.g. CH-SAFE"),
    )
    title = models.CharField(_("title"), max_length=200)
    purpose = models.CharField(
        _("purpose"), max_length=20, choices=Purpose.choices, default=Purpose.PRE_POST
    )
    instructions = models.TextField(_("instructions"), blank=True)
    for_children = models.BooleanField(
        _("for children"),
        default=True,
        help_text=_("Open-text questions are not allowed for children."),
    )

    panels = [
        FieldPanel("code"),
        FieldPanel("title"),
        FieldPanel("purpose"),
        FieldPanel("for_children"),
        FieldPanel("instructions"),
        InlinePanel("items", heading=_("Items"), label=_("Item")),
    ]
    translatable_fields = [
        SynchronizedField("code"),
        TranslatableField("title"),
        SynchronizedField("purpose"),
        SynchronizedField("for_children"),
        TranslatableField("instructions"),
        TranslatableField("items"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("test or survey")
        verbose_name_plural = _("tests and surveys")
        constraints = [
            models.UniqueConstraint(
                fields=["code", "locale"], name="unique_instrument_code_per_locale"
            )
        ]

    def __str__(self) -> str:
        return f"{self.code} · {self.title}"

    def get_items(self):
        return self.items.all().order_by("sort_order", "pk")


class Item(TranslatableMixin, Orderable):
    instrument = ParentalKey(Instrument, on_delete=models.CASCADE, related_name="items")
    code = models.CharField(_("code"), max_length=10, help_text=_("e.g. K03"))
    domain = models.CharField(_("KAP domain"), max_length=1, choices=Domain.choices)
    subscale = models.CharField(_("subscale"), max_length=40, blank=True)
    item_type = models.CharField(_("type"), max_length=12, choices=ItemType.choices)
    text = models.TextField(_("question or statement"))
    options = StreamField(
        [("option", OptionBlock())],
        blank=True,
        help_text=_("For single-choice and multiple-select items only."),
    )
    answer_true = models.BooleanField(
        _("correct answer is 'true'"),
        null=True,
        blank=True,
        help_text=_("For true/false items only."),
    )
    reverse_coded = models.BooleanField(
        _("reverse-coded"),
        default=False,
        help_text=_(
            "Negatively worded statement, or a risky behaviour: a higher answer "
            "means a lower score."
        ),
    )
    explanation = models.TextField(
        _("explanation"), blank=True, help_text=_("Shown after the post-test.")
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("code"),
                FieldPanel("domain"),
                FieldPanel("subscale"),
                FieldPanel("item_type"),
                FieldPanel("reverse_coded"),
            ],
            heading=_("Identity and scoring"),
        ),
        FieldPanel("text"),
        FieldPanel("options"),
        FieldPanel("answer_true"),
        FieldPanel("explanation"),
    ]
    translatable_fields = [
        SynchronizedField("code"),
        SynchronizedField("domain"),
        SynchronizedField("subscale"),
        SynchronizedField("item_type"),
        TranslatableField("text"),
        TranslatableField("options"),
        SynchronizedField("answer_true"),
        SynchronizedField("reverse_coded"),
        TranslatableField("explanation"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("item")
        constraints = [
            models.UniqueConstraint(
                fields=["instrument", "code"], name="unique_item_code_per_instrument"
            )
        ]

    def __str__(self) -> str:
        return f"{self.code}: {self.text[:60]}"

    def option_list(self) -> list[dict]:
        return [
            {
                "key": o.value["key"],
                "text": o.value["text"],
                "correct": o.value["correct"],
            }
            for o in self.options
        ]

    def spec(self) -> scoring.ItemSpec:
        """Return the database-free scoring description of this item."""
        return scoring.ItemSpec(
            code=self.code,
            domain=self.domain,
            item_type=self.item_type,
            subscale=self.subscale,
            option_keys=tuple(o["key"] for o in self.option_list()),
            correct_keys=frozenset(
                o["key"] for o in self.option_list() if o["correct"]
            ),
            answer_true=self.answer_true,
            reverse_coded=self.reverse_coded,
        )

    def clean(self):
        super().clean()
        try:
            scoring.check_spec(self.spec())
        except ValueError as error:
            raise ValidationError(str(error)) from error
        if (
            self.item_type == ItemType.OPEN
            and self.instrument_id
            and (self.instrument.for_children)
        ):
            raise ValidationError(
                _("Open-text questions are not allowed in tests for children.")
            )


class Source(models.TextChoices):
    WEB = "web", _("Taken online")
    PAPER = "paper", _("Entered from paper")
    IMPORT = "import", _("Imported")


class Attempt(models.Model):
    """One learner taking one instrument in one phase of a course."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attempts"
    )
    instrument = models.ForeignKey(
        Instrument, on_delete=models.PROTECT, related_name="attempts"
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    course_key = models.UUIDField(null=True, blank=True)
    phase = models.CharField(_("phase"), max_length=12, choices=Phase.choices)
    locale = models.CharField(_("language"), max_length=10)
    school_class = models.ForeignKey(
        "classes.SchoolClass",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="attempts",
    )
    school = models.ForeignKey(
        "classes.School",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="attempts",
    )
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.WEB)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    started_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    scores = models.JSONField(default=dict, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "course_key", "phase"],
                condition=models.Q(course_key__isnull=False),
                name="one_attempt_per_learner_course_phase",
            )
        ]
        indexes = [
            models.Index(fields=["course_key", "phase"]),
            models.Index(fields=["school_class", "phase"]),
        ]

    def __str__(self) -> str:
        return f"{self.instrument.code} {self.phase} ({self.learner_id})"

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None


class Response(models.Model):
    """One answer to one item. Saved as it is given; re-answering updates it."""

    attempt = models.ForeignKey(
        Attempt, on_delete=models.CASCADE, related_name="responses"
    )
    item = models.ForeignKey(Item, on_delete=models.PROTECT, related_name="responses")
    item_key = models.UUIDField(help_text=_("The item's translation key"))
    value = models.TextField()
    score = models.FloatField(null=True, blank=True)
    answered_at = models.DateTimeField(auto_now=True)
    client_id = models.UUIDField(null=True, blank=True, unique=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "item_key"], name="one_response_per_item"
            )
        ]

    def __str__(self) -> str:
        return f"{self.attempt_id}: {self.item_key} = {self.value[:20]}"


class ExportStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    DONE = "done", _("Ready to download")
    FAILED = "failed", _("Failed")
    EXPIRED = "expired", _("Expired")


class ExportJob(models.Model):
    """A results export: requested on the page, built by a Celery task, audited."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="export_jobs"
    )
    programme = models.ForeignKey(
        "classes.Programme", on_delete=models.PROTECT, related_name="export_jobs"
    )
    dataset = models.CharField(max_length=30, default="responses_long")
    file_format = models.CharField(max_length=10, default="csv")
    params = models.JSONField(default=dict, blank=True)
    status = models.CharField(
        max_length=10, choices=ExportStatus.choices, default=ExportStatus.QUEUED
    )
    rows_done = models.PositiveIntegerField(default=0)
    rows_total = models.PositiveIntegerField(null=True, blank=True)
    file_name = models.CharField(max_length=255, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    error = models.TextField(blank=True)
    codebook_file_name = models.CharField(max_length=255, blank=True)
    origin = models.CharField(
        max_length=10,
        choices=[("web", _("Exports page")), ("command", _("Command line"))],
        default="web",
    )
    runs = models.PositiveSmallIntegerField(default=0)
    heartbeat_at = models.DateTimeField(
        default=timezone.now, help_text=_("Last sign of progress from the worker.")
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.dataset} {self.file_format} ({self.status})"

    @property
    def percent(self) -> int:
        if self.status == ExportStatus.DONE:
            return 100
        if not self.rows_total:
            return 0
        return min(99, int(100 * self.rows_done / self.rows_total))
