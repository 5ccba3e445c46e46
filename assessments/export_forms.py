"""The export request form: what to export, for which scope, in which format.

Every choice is limited to the user's own programmes; ``clean`` checks that
the school, class, country and region chosen belong to the chosen programme.
"""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from accounts.permissions import programmes_exportable_by
from classes.models import School, SchoolClass, SurveyWave

from .exports import GROUP_BY_CHOICES, Dataset, ExportScope, FileFormat
from .models import Instrument, Phase

ALL = [("", _("All"))]

FIELD_GROUPS = (
    (_("What to export"), ("programme", "dataset", "file_format")),
    (
        _("Whose results"),
        (
            "country",
            "region",
            "school",
            "school_class",
            "course",
            "instrument",
            "phase",
            "language",
            "survey_wave",
            "date_from",
            "date_to",
        ),
    ),
    (_("Options"), ("demographics", "group_by")),
)


class ExportForm(forms.Form):
    programme = forms.ModelChoiceField(queryset=None, label=_("Programme"))
    dataset = forms.ChoiceField(
        label=_("Dataset"),
        choices=Dataset.CHOICES,
        required=False,
        initial=Dataset.RESPONSES_LONG,
    )
    file_format = forms.ChoiceField(
        label=_("File format"),
        choices=FileFormat.CHOICES,
        required=False,
        initial=FileFormat.XLSX,
        help_text=_("Every format comes with a codebook you can download."),
    )
    country = forms.ChoiceField(label=_("Country"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)
    school = forms.ModelChoiceField(
        queryset=None, label=_("School"), required=False, empty_label=_("All")
    )
    school_class = forms.ModelChoiceField(
        queryset=None, label=_("Class"), required=False, empty_label=_("All")
    )
    course = forms.ChoiceField(label=_("Course"), required=False)
    instrument = forms.ChoiceField(label=_("Test or survey"), required=False)
    phase = forms.ChoiceField(
        label=_("Phase"),
        required=False,
        choices=ALL + list(Phase.choices),
        help_text=_("Not used by the matched pre/post dataset."),
    )
    language = forms.ChoiceField(
        label=_("Language the test was taken in"),
        required=False,
        choices=ALL + [(code, name) for code, name in settings.LANGUAGES],
    )
    survey_wave = forms.ChoiceField(
        label=_("Survey wave"),
        required=False,
        help_text=_("The round of data collection each test was handed in for."),
    )
    date_from = forms.DateField(
        label=_("Handed in from"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    date_to = forms.DateField(
        label=_("Handed in until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    demographics = forms.BooleanField(
        label=_("Include gender and age band"),
        required=False,
        help_text=_("Never names or birth dates. Leave unticked if not needed."),
    )
    group_by = forms.ChoiceField(
        label=_("Aggregate tables: one row per"),
        choices=GROUP_BY_CHOICES,
        required=False,
        initial="school",
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        from courses.models import CoursePage

        programmes = programmes_exportable_by(user)
        schools = School.objects.filter(programme__in=programmes).order_by("name")
        self.fields["programme"].queryset = programmes.order_by("name")
        self.fields["school"].queryset = schools
        self.fields["school_class"].queryset = SchoolClass.objects.filter(
            school__in=schools
        ).select_related("school")
        countries = sorted(set(schools.values_list("country", flat=True)))
        self.fields["country"].choices = ALL + [(c, c) for c in countries]
        regions = sorted(
            set(schools.exclude(region="").values_list("region", flat=True))
        )
        self.fields["region"].choices = ALL + [(r, r) for r in regions]
        courses: dict = {}
        for key, title in CoursePage.objects.order_by("pk").values_list(
            "translation_key", "title"
        ):
            courses.setdefault(str(key), title)
        self.fields["course"].choices = ALL + sorted(
            courses.items(), key=lambda pair: pair[1]
        )
        codes = sorted(set(Instrument.objects.values_list("code", flat=True)))
        self.fields["instrument"].choices = ALL + [(c, c) for c in codes]
        waves: dict = {}
        for code, name in (
            SurveyWave.objects.filter(programme__in=programmes)
            .order_by("starts_on")
            .values_list("code", "name")
        ):
            waves.setdefault(code, f"{name} ({code})")
        self.fields["survey_wave"].choices = ALL + list(waves.items())

    def grouped_fields(self):
        return [
            (legend, [self[name] for name in names]) for legend, names in FIELD_GROUPS
        ]

    def clean(self):
        data = super().clean()
        programme = data.get("programme")
        if programme is None:
            return data
        data["dataset"] = data.get("dataset") or Dataset.RESPONSES_LONG
        data["file_format"] = data.get("file_format") or FileFormat.CSV
        data["group_by"] = data.get("group_by") or "school"
        schools = School.objects.filter(programme=programme)
        school, school_class = data.get("school"), data.get("school_class")
        if school and school.programme_id != programme.pk:
            self.add_error("school", _("This school is not in the chosen programme."))
        if school_class and school_class.school.programme_id != programme.pk:
            self.add_error(
                "school_class", _("This class is not in the chosen programme.")
            )
        if school and school_class and school_class.school_id != school.pk:
            self.add_error("school_class", _("This class is not in the chosen school."))
        if data.get("country") and not schools.filter(country=data["country"]).exists():
            self.add_error("country", _("The programme has no school in this country."))
        if data.get("region") and not schools.filter(region=data["region"]).exists():
            self.add_error("region", _("The programme has no school in this region."))
        wave = data.get("survey_wave")
        if wave and not programme.survey_waves.filter(code=wave).exists():
            self.add_error(
                "survey_wave", _("The programme has no survey wave with this code.")
            )
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("The end date is before the start date."))
        if data["dataset"] == Dataset.PREPOST_WIDE and data.get("phase"):
            self.add_error(
                "phase",
                _("The matched pre/post dataset always has both phases: leave All."),
            )
        return data

    def scope(self) -> ExportScope:
        """Return the validated scope (call after ``is_valid()``)."""
        data = self.cleaned_data
        return ExportScope(
            programme_id=data["programme"].pk,
            country=data.get("country") or "",
            region=data.get("region") or "",
            school_id=data["school"].pk if data.get("school") else None,
            class_id=data["school_class"].pk if data.get("school_class") else None,
            course_key=data.get("course") or "",
            instrument=data.get("instrument") or "",
            phase=data.get("phase") or "",
            date_from=data["date_from"].isoformat() if data.get("date_from") else "",
            date_to=data["date_to"].isoformat() if data.get("date_to") else "",
            language=data.get("language") or "",
            survey_wave=data.get("survey_wave") or "",
            demographics=bool(data.get("demographics")),
            group_by=data["group_by"],
        )
