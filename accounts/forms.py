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


# ---------------------------------------------------------------- sign-up


def birth_year_choices():
    """Years from 3 to 100 years ago, newest first, after an empty choice."""
    import datetime

    this_year = datetime.date.today().year
    return [("", _("Choose the year you were born"))] + [
        (str(year), str(year)) for year in range(this_year - 3, this_year - 101, -1)
    ]


class AgeAndCountryMixin:
    """Country (a plain list, never detected) and birth year (never the date)."""

    def add_age_fields(self):
        from .countries import country_choices

        self.fields["country"] = forms.ChoiceField(
            label=_("Country you live in"), choices=country_choices()
        )
        self.fields["birth_year"] = forms.TypedChoiceField(
            label=_("Year you were born"),
            choices=birth_year_choices(),
            coerce=int,
            help_text=_("Only the year: we never ask for your birthday."),
        )


def _signup_form_base():
    from allauth.account.forms import SignupForm as AllauthSignupForm

    return AllauthSignupForm


class SignupForm(AgeAndCountryMixin, _signup_form_base()):
    """allauth's sign-up plus country, birth year and agreeing to the notice.

    Someone who may be under the digital age of consent for their country is
    not signed up (``under_age`` is set and the view sends them to the page
    about joining through a class or with a parent).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.under_age = False
        self.add_age_fields()
        self.fields["accept_notice"] = forms.BooleanField(
            label=_("I have read the privacy notice and agree to it."),
            required=True,
        )

    def clean(self):
        cleaned = super().clean()
        from .countries import OTHER, is_under_age_of_consent

        birth_year = cleaned.get("birth_year")
        country = cleaned.get("country")
        if birth_year and country:
            if is_under_age_of_consent(
                birth_year=birth_year, country="" if country == OTHER else country
            ):
                self.under_age = True
                raise forms.ValidationError(
                    _("You need a grown-up's help to join."), code="under_age"
                )
        return cleaned

    def custom_signup(self, request, user):
        from .countries import OTHER
        from .models import ConsentBasis
        from .services import consent_record

        country = self.cleaned_data["country"]
        user.birth_year = self.cleaned_data["birth_year"]
        user.country = "" if country == OTHER else country
        user.save(update_fields=["birth_year", "country"])
        consent_record(subject=user, basis=ConsentBasis.SELF, given_by=user)
        super().custom_signup(request, user)


class ParentConsentRequestForm(AgeAndCountryMixin, forms.Form):
    """A child asks a parent: a first name, a password and the parent's address.

    The parent's address is used only to send one consent request.
    """

    display_name = forms.CharField(
        label=_("Your first name or initial"),
        max_length=40,
        help_text=_("No surname. Other people will not see it."),
    )
    password1 = forms.CharField(
        label=_("Choose a password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        min_length=8,
        help_text=_("At least 8 letters or numbers. Do not tell it to friends."),
    )
    password2 = forms.CharField(
        label=_("Type the password again"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    parent_email = forms.EmailField(
        label=_("Your parent's or carer's e-mail address"),
        help_text=_("We send them one message asking if you may join."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_age_fields()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("password1") != cleaned.get("password2"):
            self.add_error("password2", _("The two passwords are not the same."))
        else:
            from django.contrib.auth import password_validation

            try:
                password_validation.validate_password(cleaned.get("password1") or "")
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand that this cannot be undone."), required=True
    )
