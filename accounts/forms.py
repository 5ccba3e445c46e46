"""Forms for child sign-in."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .pictures import PICTURE_PASSWORD_LENGTH, picture_choices


class PictureSequenceMixin:
    """Adds one radio group per position: first picture, second, third."""

    ORDINALS = (_("First picture"), _("Second picture"), _("Third picture"))

    def add_picture_fields(self, *, required: bool):
        for position in range(PICTURE_PASSWORD_LENGTH):
            self.fields[f"picture_{position}"] = forms.ChoiceField(
                label=self.ORDINALS[position],
                choices=picture_choices(),
                widget=forms.RadioSelect,
                required=required,
            )

    def picture_fields(self):
        return [
            self[f"picture_{position}"] for position in range(PICTURE_PASSWORD_LENGTH)
        ]

    def picture_keys(self) -> list[str]:
        """The chosen picture keys in order; an unanswered position is left out."""
        keys = (
            self.cleaned_data.get(f"picture_{position}")
            for position in range(PICTURE_PASSWORD_LENGTH)
        )
        return [key for key in keys if key]


class PictureLoginForm(PictureSequenceMixin, forms.Form):
    username = forms.CharField(label=_("Username"), max_length=150)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_picture_fields(required=True)
