"""The report's filter form (GET): works without JavaScript."""

from django import forms
from django.conf import settings
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from assessments import scoring
from assessments.models import Instrument, Item
from classes.models import School, SurveyWave
from courses.models import CoursePage

from .analysis import DIMENSIONS
from .selectors import BACKGROUND_GROUP_TYPES, ReportFilters


def dimension_choices():
    labels = {
        "gender": _("Gender"),
        "age_band": _("Age band"),
        "audience": _("Audience"),
        "language": _("Language"),
        "school": _("School"),
        "class": _("Class"),
        "region": _("Country and region"),
        "survey_wave": _("Survey wave"),
    }
    return [(key, labels[key]) for key in DIMENSIONS]


def background_questions() -> list[tuple[str, str]]:
    """The tests' background questions a report can group by (choice and
    yes/no questions without a KAP domain), by name, with their wording in
    the source language."""
    found: dict[str, str] = {}
    for code, text in (
        Item.objects.filter(
            domain=scoring.BACKGROUND,
            item_type__in=BACKGROUND_GROUP_TYPES,
        )
        .order_by("code", "pk")
        .values_list("code", "text")
    ):
        found.setdefault(code, f"{code}: {Truncator(text).chars(60)}")
    return sorted(found.items())


class ReportFilterForm(forms.Form):
    """Filters for one programme's KAP report.

    ``programmes`` is the queryset the user may see; every other choice is
    limited to the schools of those programmes.
    """

    programme = forms.ModelChoiceField(
        label=_("Programme"), queryset=None, empty_label=None
    )
    country = forms.ChoiceField(label=_("Country"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)
    school = forms.ModelChoiceField(
        label=_("School"), queryset=None, required=False, empty_label=_("All schools")
    )
    course = forms.ModelChoiceField(
        label=_("Course"), queryset=None, required=False, empty_label=_("All courses")
    )
    instrument = forms.ChoiceField(label=_("Test"), required=False)
    date_from = forms.DateField(
        label=_("Pre-test from"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    date_to = forms.DateField(
        label=_("Pre-test to"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    language = forms.ChoiceField(label=_("Language"), required=False)
    survey_wave = forms.ModelChoiceField(
        label=_("Survey wave"),
        queryset=None,
        required=False,
        empty_label=_("All waves"),
    )
    question = forms.ChoiceField(
        label=_("Also by the answer to a background question of the test"),
        required=False,
    )
    cross_a = forms.ChoiceField(label=_("Cross-tabulate"), initial="gender")
    cross_b = forms.ChoiceField(label=_("by"), initial="age_band")

    def __init__(self, *args, programmes, **kwargs):
        super().__init__(*args, **kwargs)
        schools = School.objects.filter(programme__in=programmes).order_by("name")
        self.fields["programme"].queryset = programmes.order_by("name")
        self.fields["school"].queryset = schools
        self.fields["survey_wave"].queryset = SurveyWave.objects.filter(
            programme__in=programmes
        ).order_by("programme__name", "starts_on")
        self.fields["course"].queryset = (
            CoursePage.objects.live()
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .order_by("title")
        )
        everything = [("", _("All"))]
        countries = sorted(set(schools.values_list("country", flat=True)))
        regions = sorted(
            set(schools.exclude(region="").values_list("region", flat=True))
        )
        codes = sorted(set(Instrument.objects.values_list("code", flat=True)))
        self.fields["country"].choices = everything + [(c, c) for c in countries]
        self.fields["region"].choices = everything + [(r, r) for r in regions]
        self.fields["instrument"].choices = everything + [(c, c) for c in codes]
        self.fields["language"].choices = everything + list(settings.LANGUAGES)
        self.fields["question"].choices = [("", _("None"))] + background_questions()
        self.fields["cross_a"].choices = dimension_choices()
        self.fields["cross_b"].choices = dimension_choices()

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("The end date is before the start date."))
        wave, programme = data.get("survey_wave"), data.get("programme")
        if wave and programme and wave.programme_id != programme.pk:
            self.add_error(
                "survey_wave", _("This wave is not in the chosen programme.")
            )
        if data.get("cross_a") and data.get("cross_a") == data.get("cross_b"):
            self.add_error("cross_b", _("Choose two different groupings."))
        return data

    def filters(self) -> ReportFilters:
        data = self.cleaned_data
        return ReportFilters(
            programme=data["programme"].pk,
            country=data.get("country") or "",
            region=data.get("region") or "",
            school=data["school"].pk if data.get("school") else None,
            course=data["course"].pk if data.get("course") else None,
            instrument=data.get("instrument") or "",
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
            language=data.get("language") or "",
            survey_wave=data["survey_wave"].pk if data.get("survey_wave") else None,
        )

    def questions(self) -> tuple[str, ...]:
        question = self.cleaned_data.get("question")
        return (question,) if question else ()

    def combinations(self) -> tuple[tuple[str, str], ...]:
        return ((self.cleaned_data["cross_a"], self.cleaned_data["cross_b"]),)

    def describe(self) -> str:
        """The chosen filters as one line of text, for the downloaded report."""
        parts = []
        for name, field in self.fields.items():
            if name in ("cross_a", "cross_b"):
                continue
            value = self.cleaned_data.get(name)
            if value in (None, ""):
                continue
            if isinstance(field, forms.ChoiceField) and not isinstance(
                field, forms.ModelChoiceField
            ):
                value = dict(field.choices).get(value, value)
            parts.append(f"{field.label}: {value}")
        return " · ".join(str(part) for part in parts)
