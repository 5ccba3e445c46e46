"""Forms for uploads in the Wagtail admin and for paper entry."""

from django import forms
from django.utils.translation import gettext_lazy as _

from classes.models import Programme
from courses.models import CoursePage

from .models import Instrument, Phase
from .xlsform import FILE_TYPES

MAX_UPLOAD_BYTES = 10 * 1024 * 1024


class _UploadForm(forms.Form):
    extensions: tuple[str, ...] = ()

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        if not upload.name.lower().endswith(self.extensions):
            raise forms.ValidationError(
                _("Choose a %(ext)s file.") % {"ext": " / ".join(self.extensions)}
            )
        return upload


class InstrumentImportForm(_UploadForm):
    extensions = FILE_TYPES
    file = forms.FileField(
        label=_("XLSForm (.xlsx, .xls, .csv or .md)"),
        help_text=_(
            "A form from KoboToolbox, ODK or your own spreadsheet: sheets survey, "
            "choices and (optional) settings; see docs/xlsform.md."
        ),
    )


class InstrumentExportForm(forms.Form):
    instrument = forms.ModelChoiceField(
        label=_("Test or survey"), queryset=Instrument.objects.none()
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["instrument"].queryset = Instrument.objects.select_related(
            "locale"
        ).order_by("code", "locale__language_code")


class ResponsesImportForm(_UploadForm):
    extensions = (".csv", ".xlsx")
    file = forms.FileField(
        label=_("Responses (.csv, UTF-8, or .xlsx)"),
        help_text=_(
            "A long CSV (learner, phase, item, value, date; optional gender, "
            "birth_year, school, class), or a KoboToolbox or ODK Central data "
            "export made with “XML values and headers”."
        ),
    )
    instrument = forms.ModelChoiceField(
        label=_("Test or survey"),
        queryset=Instrument.objects.none(),
        help_text=_(
            "A data export's submissions go to the version of the form they "
            "name (ODK Central's FormVersion); this version takes those that "
            "name none."
        ),
    )
    course = forms.ModelChoiceField(
        label=_("Course (optional)"), queryset=CoursePage.objects.none(), required=False
    )
    programme = forms.ModelChoiceField(
        label=_("Programme (optional, to find schools by name)"),
        queryset=Programme.objects.none(),
        required=False,
    )
    learner_column = forms.CharField(
        label=_("Data export: question with the learner's reference"),
        max_length=100,
        required=False,
        help_text=_("Its name in the form, e.g. student_id. Empty: learner."),
    )
    phase = forms.ChoiceField(
        label=_("Data export: phase of every submission"),
        choices=[("", _("— from a question (below) —")), *Phase.choices],
        required=False,
    )
    phase_column = forms.CharField(
        label=_("Data export: question with the phase"),
        max_length=100,
        required=False,
        help_text=_("Its answers are pre, post … Empty: phase."),
    )
    ignore_columns = forms.CharField(
        label=_("Data export: columns not to import"),
        max_length=2000,
        required=False,
        help_text=_("Names separated by spaces or commas."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["instrument"].queryset = Instrument.objects.select_related(
            "locale"
        ).order_by("code", "locale__language_code")
        self.fields["course"].queryset = CoursePage.objects.order_by("title")
        self.fields["programme"].queryset = Programme.objects.order_by("name")
