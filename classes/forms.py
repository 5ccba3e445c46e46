"""Forms for teachers and for students joining a class. Validation only."""

from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from accounts.forms import PictureSequenceMixin
from accounts.pictures import PictureSequenceError, picture_password

from .models import SchoolClass
from .roster import DISPLAY_NAME_MAX, MAX_BYTES


class ClassForm(forms.ModelForm):
    class Meta:
        model = SchoolClass
        fields = ["name", "grade", "language", "academic_year"]
        widgets = {"language": forms.Select(choices=settings.LANGUAGES)}
        help_texts = {"academic_year": _("For example 2026-2027.")}


class NewClassForm(ClassForm):
    school = forms.ModelChoiceField(queryset=None, label=_("School"))

    class Meta(ClassForm.Meta):
        fields = ["school", *ClassForm.Meta.fields]

    def __init__(self, *args, schools, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["school"].queryset = schools
        only = list(schools[:2])
        if len(only) == 1:
            self.fields["school"].initial = only[0]


class PersonForm(forms.Form):
    identifier = forms.CharField(
        label=_("Username or e-mail"), max_length=254, strip=True
    )


class JoinCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Class code"),
        max_length=30,
        help_text=_("Your teacher gives you this code. Capital or small letters."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters"}
        ),
    )


class JoinForm(PictureSequenceMixin, forms.Form):
    KIND_PASSWORD = "password"
    KIND_PICTURES = "pictures"

    display_name = forms.CharField(
        label=_("Your name"),
        max_length=DISPLAY_NAME_MAX,
        help_text=_("Your first name or your initial. Not your surname."),
    )
    kind = forms.ChoiceField(
        label=_("How will you sign in?"),
        choices=[
            (KIND_PICTURES, _("With three pictures")),
            (KIND_PASSWORD, _("With a password")),
        ],
        widget=forms.RadioSelect,
        initial=KIND_PICTURES,
    )
    password1 = forms.CharField(
        label=_("Password"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 8 characters. Only if you chose a password."),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_picture_fields(required=False)

    def clean_display_name(self):
        return " ".join(self.cleaned_data["display_name"].split())

    def clean(self):
        data = super().clean()
        if data.get("kind") == self.KIND_PASSWORD:
            password = data.get("password1") or ""
            if not password:
                self.add_error("password1", _("Choose a password."))
            elif password != data.get("password2"):
                self.add_error("password2", _("The two passwords are not the same."))
            else:
                try:
                    password_validation.validate_password(password)
                except forms.ValidationError as error:
                    self.add_error("password1", error)
        elif data.get("kind") == self.KIND_PICTURES:
            try:
                picture_password(self.picture_keys())
            except PictureSequenceError as error:
                self.add_error(None, str(error))
        return data


class RosterUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Roster file (CSV)"),
        help_text=_("Columns: display_name, gender, birth_year. At most 1 MB."),
    )
    pictures = forms.BooleanField(
        label=_("Give young children picture passwords instead of typed passwords"),
        required=False,
    )
    # One token per form: a reloaded result page does not import twice.
    token = forms.CharField(widget=forms.HiddenInput, max_length=32)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                _(
                    "The file is larger than %(kb)d KB. Split the class into smaller files."
                )
                % {"kb": MAX_BYTES // 1024}
            )
        return upload


class ResetPasswordForm(forms.Form):
    pictures = forms.BooleanField(label=_("Use a picture password"), required=False)


class AssignmentForm(forms.Form):
    course = forms.ModelChoiceField(queryset=None, label=_("Course"))
    due_date = forms.DateField(
        label=_("Due date (optional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, courses, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = courses


class MoveForm(forms.Form):
    to_class = forms.ModelChoiceField(queryset=None, label=_("Move to class"))

    def __init__(self, *args, classes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_class"].queryset = classes
