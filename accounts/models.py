"""People who use the platform.

Children are minimised by design: a display name (first name or initial), an
optional birth *year* and optional gender; no surname, no e-mail, no birth date.
"""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Gender(models.TextChoices):
    GIRL_WOMAN = "f", _("Girl / woman")
    BOY_MAN = "m", _("Boy / man")
    OTHER = "x", _("Another way")
    NOT_SAID = "", _("Prefer not to say")


class User(AbstractUser):
    """A learner, teacher, programme-staff member or editor.

    ``first_name``/``last_name`` from Django are left unused for learners; the
    interface shows ``display_name``.
    """

    display_name = models.CharField(
        _("display name"),
        max_length=40,
        blank=True,
        help_text=_("First name or initial. No surname needed."),
    )
    birth_year = models.PositiveSmallIntegerField(
        _("birth year"), null=True, blank=True
    )
    gender = models.CharField(
        _("gender"), max_length=1, choices=Gender.choices, blank=True, default=""
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=10, blank=True, default=""
    )
    is_child_account = models.BooleanField(
        _("child account"),
        default=False,
        help_text=_("Created by a teacher or through a class code; no e-mail."),
    )
    uses_picture_password = models.BooleanField(
        _("signs in with pictures"),
        default=False,
        help_text=_(
            "A young child's password is a sequence of pictures, stored hashed "
            "like any password."
        ),
    )

    country = models.CharField(
        _("country"),
        max_length=2,
        blank=True,
        default="",
        help_text=_("ISO code, chosen at sign-up (never detected)."),
    )
    anonymised_at = models.DateTimeField(
        _("anonymised at"),
        null=True,
        blank=True,
        help_text=_(
            "Set when the account was deleted on request or after the retention "
            "period: personal data removed, the row kept only as a pseudonym."
        ),
    )

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"

    def __str__(self) -> str:
        return self.display_name or self.username

    def get_display_name(self) -> str:
        return self.display_name or self.get_full_name() or self.username


class ConsentBasis(models.TextChoices):
    SELF = "self", _("The person themselves")
    PARENT = "parent", _("A parent or carer")
    SCHOOL = "school", _("The school, on the parent's behalf")


class ConsentRecord(models.Model):
    """Who agreed to a person's data being used, when, and to which notice.

    ``given_by`` is the adult who agreed: the person themselves, their parent,
    or the teacher who made the account (for a child joining by class code,
    nobody: the school's basis, recorded with ``school``). Records are never
    deleted; withdrawing sets ``withdrawn_at``.
    """

    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="consents",
        verbose_name=_("for whom"),
    )
    basis = models.CharField(_("basis"), max_length=10, choices=ConsentBasis.choices)
    given_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consents_given",
        verbose_name=_("given by"),
    )
    school = models.ForeignKey(
        "classes.School",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    notice_version = models.CharField(_("privacy notice version"), max_length=20)
    given_at = models.DateTimeField(_("given at"), default=timezone.now)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")
        ordering = ["-given_at", "-id"]
        indexes = [models.Index(fields=["subject", "withdrawn_at"])]

    def __str__(self) -> str:
        return f"{self.basis} consent for {self.subject_id} ({self.notice_version})"

    @property
    def is_active(self) -> bool:
        return self.withdrawn_at is None


class ParentConsentRequest(models.Model):
    """A child under the age of consent asked a parent by e-mail.

    The child's account stays inactive until the parent agrees. Only a hash of
    the link's token is stored. The parent's address is kept only to send the
    request: it is blanked when the parent answers, and the whole request (with
    the waiting account) is deleted if nobody answers in time.
    """

    child = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="parent_consent_request",
    )
    parent_email = models.EmailField(_("parent's e-mail address"), blank=True)
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("parent consent request")

    def __str__(self) -> str:
        return f"consent request for {self.child_id}"
