"""KAP instruments, attempts and item-level responses.

Instruments and their items are translatable (wagtail-localize). Each item keeps
its ``code`` and ``translation_key`` in every language, and every option keeps
its ``key`` (a synchronised choice, never translated), so an answer given in
Arabic and one given in Spanish land on the same item for scoring and analysis.
"""

import uuid

from django import forms
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
    BACKGROUND = scoring.BACKGROUND, _("Background (not scored: age, school …)")


class ItemType(models.TextChoices):
    SINGLE = scoring.SINGLE, _("Single choice")
    MULTI = scoring.MULTI, _("Multiple select")
    TRUE_FALSE = scoring.TRUE_FALSE, _("True / false")
    LIKERT = scoring.LIKERT, _("Agreement scale (5 points)")
    FREQUENCY = scoring.FREQUENCY, _("Frequency scale (never … always)")
    SCALE = scoring.SCALE, _("Scale with its own points and labels")
    YES_NO = scoring.YES_NO, _("Yes / no checklist")
    OPEN = scoring.OPEN, _("Open text (adults only, not scored)")
    NUMBER = scoring.NUMBER, _("Number (not scored)")
    DATE = scoring.DATE, _("Date (not scored)")
    ACKNOWLEDGE = scoring.ACKNOWLEDGE, _("A box to tick: consent, 'I have read this'")
    TIME = scoring.TIME, _("Time of day (not scored)")
    DATETIME = scoring.DATETIME, _("Date and time (not scored)")


class OptionBlock(blocks.StructBlock):
    key = blocks.RegexBlock(
        regex=r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}$",
        error_messages={
            "invalid": _("Letters, digits, _ . - only (the XLSForm choice name).")
        },
        help_text=_("Stable option name: the same in every language"),
    )
    text = blocks.CharBlock(max_length=400)
    correct = blocks.BooleanBlock(required=False)
    value = blocks.FloatBlock(
        required=False,
        help_text=_("On a scale: this option's number (e.g. 1 … 7)."),
    )


class ConditionBlock(blocks.FieldBlock):
    """An XLSForm expression (``relevant``), kept as the form wrote it. Not a
    text block, so wagtail-localize never offers it for translation: like an
    option's key, it is the same in every language, as ``SynchronizedField``
    keeps ``Item.relevant``."""

    def __init__(self, required=False, help_text=None, **kwargs):
        self.field = forms.CharField(
            required=required,
            help_text=help_text,
            widget=forms.Textarea(attrs={"rows": 2}),
        )
        super().__init__(**kwargs)


class LeadInBlock(blocks.StructBlock):
    """One note of the form shown above the question after it (a section's
    introduction), with the note's own condition: several notes before one
    question are each shown or not on their own."""

    name = blocks.RegexBlock(
        regex=r"^[^\W\d][\w.-]{0,99}$",
        required=False,
        error_messages={
            "invalid": _("Letters, digits, _ . - only (the XLSForm note's name).")
        },
        help_text=_("The XLSForm note's name, for the way back to KoboToolbox."),
    )
    text = blocks.TextBlock()
    relevant = ConditionBlock(
        label=_("show only if (XLSForm relevant)"),
        help_text=_("The note's condition and its groups'; empty: always."),
    )


class Delivery(models.TextChoices):
    PAGE = "page", _("All questions on one page")
    ONE = "one", _("One question per screen")


class Instrument(TranslatableMixin, ClusterableModel):
    """A test or survey: a pre-test, post-test, follow-up or KAP survey wave."""

    code = models.CharField(
        _("code"),
        max_length=40,
        help_text=_("Short stable identifier used in exports, e.g. CH-SAFE"),
    )
    title = models.CharField(_("title"), max_length=200)
    version = models.CharField(
        _("version"),
        max_length=64,
        blank=True,
        help_text=_("The XLSForm settings' version, as the form's author wrote it."),
    )
    purpose = models.CharField(
        _("purpose"), max_length=20, choices=Purpose.choices, default=Purpose.PRE_POST
    )
    instructions = models.TextField(_("instructions"), blank=True)
    for_children = models.BooleanField(
        _("for children"),
        default=True,
        help_text=_("Open-text questions are not allowed for children."),
    )
    delivery = models.CharField(
        _("delivery"), max_length=8, choices=Delivery.choices, default=Delivery.PAGE
    )
    shuffle_items = models.BooleanField(
        _("shuffle questions"),
        default=False,
        help_text=_("Each learner gets the questions in their own random order."),
    )
    shuffle_options = models.BooleanField(
        _("shuffle answer options"),
        default=False,
        help_text=_("For single-choice and multiple-select questions only."),
    )
    construct = models.CharField(
        _("construct code"),
        max_length=40,
        blank=True,
        help_text=_(
            "Parallel forms measuring the same thing share this code, e.g. PRIV-1."
        ),
    )
    parallel_form = models.ForeignKey(
        "self",
        verbose_name=_("parallel form (B)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Crossover design: half of the learners take this form first and the "
            "parallel form afterwards, the other half the other way round."
        ),
    )
    follow_up_instrument = models.ForeignKey(
        "self",
        verbose_name=_("follow-up test"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("On a post-test: the test that follows some days later."),
    )
    follow_up_after_days = models.PositiveSmallIntegerField(
        _("follow-up opens after (days)"),
        default=30,
        help_text=_("Days after the post-test is handed in."),
    )
    # The form's ``calculate`` fields, in order: [{"name", "calculation"}].
    # Never asked; computed from the answers wherever the form's conditions
    # read them (assessments.expressions.calculate).
    calculations = models.JSONField(default=list, blank=True, editable=False)
    # Versions of one form (XLSForm ``form_id`` = ``code``, ``version``): the
    # import of a new version points the old one (in each language) here.
    # Courses keep pointing at whichever version they were given; learners
    # are always given the newest (``assessments.versions.current``), and an
    # attempt keeps the version it was started on.
    superseded_by = models.ForeignKey(
        "self",
        verbose_name=_("replaced by version"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    fields_left_out = models.JSONField(
        _("XLSForm fields that are not questions here"),
        default=list,
        blank=True,
        help_text=_(
            "The names of the form's metadata, notes and questions the import "
            "left out: a KoboToolbox or ODK data export's columns for them are "
            "not imported."
        ),
    )

    panels = [
        FieldPanel("code"),
        FieldPanel("title"),
        FieldPanel("version"),
        FieldPanel("purpose"),
        FieldPanel("for_children"),
        FieldPanel("instructions"),
        MultiFieldPanel(
            [
                FieldPanel("delivery"),
                FieldPanel("shuffle_items"),
                FieldPanel("shuffle_options"),
                FieldPanel("construct"),
                FieldPanel("parallel_form"),
                FieldPanel("follow_up_instrument"),
                FieldPanel("follow_up_after_days"),
            ],
            heading=_("Delivery and design"),
        ),
        InlinePanel("items", heading=_("Items"), label=_("Item")),
    ]
    translatable_fields = [
        SynchronizedField("code"),
        TranslatableField("title"),
        SynchronizedField("version"),
        SynchronizedField("purpose"),
        SynchronizedField("for_children"),
        TranslatableField("instructions"),
        SynchronizedField("delivery"),
        SynchronizedField("shuffle_items"),
        SynchronizedField("shuffle_options"),
        SynchronizedField("construct"),
        SynchronizedField("parallel_form"),
        SynchronizedField("follow_up_instrument"),
        SynchronizedField("follow_up_after_days"),
        SynchronizedField("calculations"),
        SynchronizedField("fields_left_out"),
        TranslatableField("items"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("test or survey")
        verbose_name_plural = _("tests and surveys")
        constraints = [
            models.UniqueConstraint(
                fields=["code", "version", "locale"],
                name="unique_instrument_version_per_locale",
            )
        ]

    def __str__(self) -> str:
        if self.version:
            return f"{self.code} · {self.title} ({self.version})"
        return f"{self.code} · {self.title}"

    def get_items(self):
        return self.items.all().order_by("sort_order", "pk")


class Item(TranslatableMixin, Orderable):
    instrument = ParentalKey(Instrument, on_delete=models.CASCADE, related_name="items")
    code = models.CharField(
        _("code"),
        max_length=100,
        help_text=_("The XLSForm question name, e.g. K03 or shares_password"),
    )
    domain = models.CharField(
        _("KAP domain"), max_length=1, choices=Domain.choices, blank=True
    )
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
    hint = models.TextField(_("hint"), blank=True)
    lead_ins = StreamField(
        [("note", LeadInBlock())],
        blank=True,
        verbose_name=_("introduction"),
        help_text=_(
            "Shown above the question: the form's notes before it, each when "
            "its condition holds."
        ),
    )
    required = models.BooleanField(
        _("required"),
        default=True,
        help_text=_("The test cannot be handed in without an answer."),
    )
    integer = models.BooleanField(
        _("whole numbers only"), default=False, help_text=_("For numbers only.")
    )
    # Kept as the form wrote them (XLSForm expressions), for the round trip to
    # KoboToolbox and ODK; docs/xlsform.md says which are applied.
    relevant = models.TextField(_("show only if (XLSForm relevant)"), blank=True)
    constraint = models.TextField(_("constraint (XLSForm)"), blank=True)
    constraint_message = models.TextField(_("constraint message"), blank=True)
    appearance = models.CharField(_("appearance (XLSForm)"), max_length=100, blank=True)
    list_name = models.CharField(
        _("choice list (XLSForm list_name)"), max_length=100, blank=True
    )
    group = models.CharField(
        _("group (XLSForm)"),
        max_length=200,
        blank=True,
        help_text=_("The name of the group the question sits in, if any."),
    )
    # XLSForm's field-list (or table-list) group: every question of the
    # group on one screen when the test is taken one screen at a time
    # (assessments.views.taking), as ODK Collect and Enketo show it.
    screen = models.CharField(
        _("screen (XLSForm field-list group)"),
        max_length=200,
        blank=True,
        help_text=_(
            "The name of the field-list group the question is asked with: on a "
            "test taken one screen at a time, the group's questions share one "
            "screen."
        ),
    )
    # XLSForm choice_filter, evaluated on the server for each choice
    # (assessments.expressions.choices_offered) with the extra columns of the
    # choice's rows on the choices sheet: {choice name: [{column: value}]}.
    choice_filter = models.TextField(_("choice filter (XLSForm)"), blank=True)
    choice_attributes = models.JSONField(default=dict, blank=True, editable=False)
    default = models.CharField(
        _("default answer (XLSForm)"),
        max_length=255,
        blank=True,
        help_text=_("Pre-filled on background questions only; never on scored ones."),
    )
    # The same question in an earlier version of the form: the translation
    # key of its first version's item, kept while the question is unchanged
    # (``assessments.versions``). Empty: the item is its own first version.
    lineage = models.UUIDField(null=True, blank=True, editable=False)

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
        FieldPanel("lead_ins"),
        FieldPanel("text"),
        FieldPanel("hint"),
        FieldPanel("options"),
        FieldPanel("answer_true"),
        FieldPanel("explanation"),
        MultiFieldPanel(
            [
                FieldPanel("required"),
                FieldPanel("integer"),
                FieldPanel("relevant"),
                FieldPanel("constraint"),
                FieldPanel("constraint_message"),
                FieldPanel("appearance"),
                FieldPanel("list_name"),
                FieldPanel("choice_filter"),
                FieldPanel("default"),
                FieldPanel("group"),
                FieldPanel("screen"),
            ],
            heading=_("XLSForm"),
        ),
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
        TranslatableField("hint"),
        TranslatableField("lead_ins"),
        SynchronizedField("required"),
        SynchronizedField("integer"),
        SynchronizedField("relevant"),
        SynchronizedField("constraint"),
        TranslatableField("constraint_message"),
        SynchronizedField("appearance"),
        SynchronizedField("list_name"),
        SynchronizedField("group"),
        SynchronizedField("screen"),
        SynchronizedField("choice_filter"),
        SynchronizedField("choice_attributes"),
        SynchronizedField("default"),
        SynchronizedField("lineage"),
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

    @property
    def identity(self):
        """The question across versions of its form: what analysis pools."""
        return self.lineage or self.translation_key

    def option_list(self) -> list[dict]:
        if "_frozen" in self.__dict__:
            return [dict(option) for option in self._frozen[0]]
        return [
            {
                "key": o.value["key"],
                "text": o.value["text"],
                "correct": o.value["correct"],
                "value": o.value.get("value"),
            }
            for o in self.options
        ]

    def lead_in_list(self) -> list[dict]:
        """The notes shown above the question: ``{"name", "text",
        "relevant"}`` each, in the form's order."""
        if "_frozen" in self.__dict__:
            return [dict(note) for note in self._frozen[2]]
        return [
            {
                "name": note.value["name"],
                "text": note.value["text"],
                "relevant": note.value["relevant"],
            }
            for note in self.lead_ins
        ]

    def spec(self) -> scoring.ItemSpec:
        """Return the database-free scoring description of this item."""
        if "_frozen" in self.__dict__:
            return self._frozen[1]
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
            option_values=tuple(o["value"] for o in self.option_list()),
            integer=self.integer,
        )

    def freeze(self) -> "Item":
        """Work out the options, the scoring spec and the lead-ins once, for
        an item that is cached and shared read-only
        (``assessments.selectors.instrument_items``): a test-day request then
        parses no blocks."""
        self._frozen = (self.option_list(), self.spec(), self.lead_in_list())
        return self

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
    form = models.CharField(
        _("parallel form"),
        max_length=1,
        blank=True,
        help_text=_("Crossover design: A or B, assigned at random on the pre-test."),
    )
    order = models.JSONField(
        default=dict,
        blank=True,
        help_text=_("Shuffled order of items and options shown to this learner."),
    )
    started_at = models.DateTimeField(default=timezone.now)
    submitted_at = models.DateTimeField(null=True, blank=True)
    scores = models.JSONField(default=dict, blank=True)
    survey_wave = models.ForeignKey(
        "classes.SurveyWave",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="attempts",
        help_text=_("The round of data collection, stamped when handed in."),
    )
    external_id = models.CharField(
        _("submission id"),
        max_length=100,
        blank=True,
        default="",
        help_text=_(
            "Imported from a KoboToolbox or ODK export: the submission's instance "
            "id (uuid:…), so the same submission is never imported twice."
        ),
    )

    class Meta:
        permissions = [
            ("import_responses", _("Can import responses collected elsewhere")),
            ("enter_paper_results", _("Can enter paper test results (data clerk)")),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "course_key", "phase"],
                condition=models.Q(course_key__isnull=False),
                name="one_attempt_per_learner_course_phase",
            ),
            models.UniqueConstraint(
                fields=["external_id"],
                condition=~models.Q(external_id=""),
                name="one_attempt_per_submission",
            ),
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
        # (attempt, item_key) is indexed by the constraint above and client_id
        # by its unique flag; item-level analyses (the class dashboard's "still
        # wrong" questions, item statistics) read by item across attempts.
        indexes = [
            models.Index(fields=["item_key", "score"], name="response_item_score")
        ]

    def __str__(self) -> str:
        return f"{self.attempt_id}: {self.item_key} = {self.value[:20]}"


class FormSubmission(models.Model):
    """A page of answers already processed, so a resend is never applied twice.

    Each rendered test page carries a fresh hidden token. The same token posted
    again with the same answers is acknowledged without writing anything; with
    different answers it is refused (409), as ODK Central does.
    """

    token = models.UUIDField(unique=True)
    attempt = models.ForeignKey(
        Attempt, on_delete=models.CASCADE, related_name="form_submissions"
    )
    payload_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return str(self.token)


class FollowUpReminder(models.Model):
    """A follow-up test that became due: e-mailed to an adult, or flagged to the
    child's teacher. One per learner and course, so nobody is reminded twice."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="follow_up_reminders",
    )
    course = models.ForeignKey(
        "courses.CoursePage", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    course_key = models.UUIDField()
    school_class = models.ForeignKey(
        "classes.SchoolClass",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="follow_up_reminders",
    )
    due_at = models.DateTimeField()
    emailed_at = models.DateTimeField(null=True, blank=True)
    flagged_to_teacher = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "course_key"], name="one_follow_up_reminder"
            )
        ]

    def __str__(self) -> str:
        return f"{self.learner_id} {self.course_key}"


class LearnerReference(models.Model):
    """Maps a reference used in imported data (e.g. S-0012) to a learner record.

    Learners created by an import are pseudonymous: an inactive account with an
    unusable password, a generated username and no name; the reference is the
    only link to the organisation's own records.
    """

    reference = models.CharField(_("reference"), max_length=64, unique=True)
    learner = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="import_reference",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("imported learner reference")

    def __str__(self) -> str:
        return self.reference


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
