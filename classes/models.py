"""Programmes, schools, classes and who is in them.

The hierarchy is programme → school (with its country and region) → class.
Teachers are linked to the classes they teach; learners through memberships.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# Join codes avoid look-alike characters (0/O, 1/I/L, 5/S, 2/Z, 8/B).
JOIN_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
JOIN_CODE_LENGTH = 6


def new_join_code() -> str:
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def new_pseudonym_key() -> str:
    return secrets.token_hex(32)


class Programme(models.Model):
    """A funded programme that runs courses in schools and owns its research data."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    # Key for HMAC pseudonyms in exports. Held by the server, never exported.
    pseudonym_key = models.CharField(
        max_length=128, default=new_pseudonym_key, editable=False
    )
    staff = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="programmes",
        blank=True,
        verbose_name=_("programme staff"),
    )
    allow_named_class_export = models.BooleanField(
        _("teachers may download named class CSVs"),
        default=False,
        help_text=_(
            "Off: a teacher's class CSV uses pseudonyms. On: it may show display "
            "names, for the teacher's own use."
        ),
    )

    keep_research_data = models.BooleanField(
        _("keep pseudonymised answers when an account is deleted"),
        default=True,
        help_text=_(
            "On: when a learner's account is deleted or anonymised, their test "
            "answers stay in this programme's research data under a pseudonym, "
            "with no name, username or class list entry (docs/privacy.md). Off: "
            "their answers are deleted too."
        ),
    )

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def __str__(self) -> str:
        return self.name


class SurveyWave(models.Model):
    """A round of data collection in a programme: baseline, midline, round 2...

    As a KoboToolbox project's round or a DHIS2 period: every handed-in test is
    stamped with the wave it belongs to (``Attempt.survey_wave``), so results
    can be filtered and compared by wave and a learner's data stays in the
    round it was collected in even if the calendar is edited later. A wave is
    set on a class's course assignment when the class takes part in a given
    round; otherwise the wave whose dates contain the hand-in date applies
    (``classes.services.survey_wave_for``).
    """

    programme = models.ForeignKey(
        Programme, on_delete=models.PROTECT, related_name="survey_waves"
    )
    code = models.SlugField(
        _("code"),
        max_length=40,
        help_text=_("Short stable code used in exports and filters, e.g. 2026-r1."),
    )
    name = models.CharField(_("name"), max_length=200)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))

    class Meta:
        verbose_name = _("survey wave")
        verbose_name_plural = _("survey waves")
        ordering = ["programme", "starts_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "code"], name="unique_wave_code_per_programme"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end is before the start.")})
        if self.programme_id and self.starts_on and self.ends_on:
            overlapping = (
                SurveyWave.objects.filter(
                    programme_id=self.programme_id,
                    starts_on__lte=self.ends_on,
                    ends_on__gte=self.starts_on,
                )
                .exclude(pk=self.pk)
                .first()
            )
            if overlapping:
                raise ValidationError(
                    _("The dates overlap the wave %(name)s.")
                    % {"name": overlapping.name}
                )


class School(models.Model):
    programme = models.ForeignKey(
        Programme, on_delete=models.PROTECT, related_name="schools"
    )
    name = models.CharField(_("name"), max_length=200)
    country = models.CharField(_("country"), max_length=2, help_text=_("ISO code"))
    region = models.CharField(_("region"), max_length=100, blank=True)
    teachers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="schools", blank=True
    )
    admins = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="administered_schools",
        blank=True,
        verbose_name=_("school administrators"),
        help_text=_("They manage this school's teachers and classes."),
    )

    class Meta:
        verbose_name = _("school")
        verbose_name_plural = _("schools")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "name"], name="unique_school_name_per_programme"
            )
        ]

    def __str__(self) -> str:
        return self.name


class SchoolClass(models.Model):
    school = models.ForeignKey(School, on_delete=models.PROTECT, related_name="classes")
    name = models.CharField(_("name"), max_length=100)
    grade = models.CharField(_("grade"), max_length=20, blank=True)
    language = models.CharField(_("language"), max_length=10, default="en")
    academic_year = models.CharField(_("academic year"), max_length=20, blank=True)
    join_code = models.CharField(
        _("join code"), max_length=12, unique=True, default=new_join_code
    )
    teachers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="teaching_classes"
    )
    learners = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="ClassMembership",
        related_name="learning_classes",
    )
    courses = models.ManyToManyField(
        "courses.CoursePage",
        through="ClassAssignment",
        related_name="assigned_classes",
        blank=True,
    )
    archived = models.BooleanField(_("archived"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("class")
        verbose_name_plural = _("classes")
        ordering = ["school__name", "name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.school})"


class ClassMembership(models.Model):
    school_class = models.ForeignKey(
        SchoolClass, on_delete=models.CASCADE, related_name="memberships"
    )
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["school_class", "learner"], name="unique_class_membership"
            )
        ]

    def __str__(self) -> str:
        return f"{self.learner_id} in {self.school_class_id}"


class ClassAssignment(models.Model):
    """A course assigned to a class, with an optional due date."""

    school_class = models.ForeignKey(
        SchoolClass, on_delete=models.CASCADE, related_name="assignments"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="+"
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    survey_wave = models.ForeignKey(
        SurveyWave,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="assignments",
        verbose_name=_("survey wave"),
        help_text=_(
            "The round of data collection this class takes part in with this "
            "course. Empty: the wave whose dates contain the test date."
        ),
    )
    assigned_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["due_date", "assigned_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["school_class", "course"], name="unique_class_assignment"
            )
        ]

    def __str__(self) -> str:
        return f"{self.course_id} for {self.school_class_id}"
