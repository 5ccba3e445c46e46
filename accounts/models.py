"""People who use the platform.

Children are minimised by design: a display name (first name or initial), an
optional birth *year* and optional gender; no surname, no e-mail, no birth date.
"""

from django.contrib.auth.models import AbstractUser
from django.db import models
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

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"

    def __str__(self) -> str:
        return self.display_name or self.username

    def get_display_name(self) -> str:
        return self.display_name or self.get_full_name() or self.username
