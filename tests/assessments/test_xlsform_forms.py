"""Real XLSForms, written by others (tests/fixtures/xlsforms/README.md): each
one pyxform accepts imports, is delivered and exported, and its export goes
back through pyxform; each one pyxform refuses is refused with pyxform's own
message and nothing stored."""

import io
from pathlib import Path

import pytest
from django.urls import reverse
from pyxform.xls2xform import convert

from assessments import scoring
from assessments.models import Attempt, Instrument
from assessments.services_imports import instrument_export, instrument_import
from assessments.xlsform import XLSFormError, parse_form
from tests.factories import make_class, make_teacher

FORMS = Path(__file__).resolve().parent.parent / "fixtures" / "xlsforms"

#: file -> (questions imported, languages)
IMPORTED = {
    "Enumerator_Training_Practice_Survey.xls": (6, ["en"]),
    "UCL_Biomass_Plot_Form.xlsx": (10, ["sw", "en"]),
    "cascading_select_test_equivalent.xls": (7, ["en"]),
    "case_insensitivity.md": (1, ["en"]),
    "choice_filter_test.xlsx": (3, ["en"]),
    "field-list.xlsx": (1, ["en"]),
    "good_eats_multilang.xls": (4, ["en", "fr"]),
    "group.xlsx": (1, ["en"]),
    "kap_teens_online_safety.md": (10, ["en", "es"]),
    "kobocat_tutorial.xls": (6, ["en"]),
    "or_other.xlsx": (2, ["en"]),
    "specify_other.xls": (1, ["en"]),
    "table-list.xls": (4, ["en"]),
    "test_data_types.xls": (3, ["en"]),
    "text_and_integer.csv": (1, ["en"]),
    "transportation.xls": (1, ["en"]),
    "tutorial_arabic_labels.xls": (3, ["en", "ar"]),
    "widgets.csv": (9, ["en"]),
    "xml_escaping.xls": (1, ["en"]),
    "yes_or_no_question.md": (1, ["en"]),
}
#: file -> the start of pyxform's own message
REFUSED = {
    "MCH_v1.xls": "pyxform: Unknown question type 'Select one from source'.",
    "calculate_without_calculation.xls": "pyxform: [row : 34] Missing calculation.",
    "duplicate_columns.xlsx": "pyxform: Duplicate column header: label",
    "group_name_test.xls": "pyxform: [row : 3] Question or group with no name.",
}


def read(name: str):
    return parse_form((FORMS / name).read_bytes(), name)


def test_every_form_in_the_collection_is_listed():
    on_disk = {p.name for p in FORMS.iterdir() if p.name != "README.md"}
    assert on_disk == set(IMPORTED) | set(REFUSED)


@pytest.mark.parametrize("name", sorted(IMPORTED))
def test_a_form_pyxform_accepts_is_read(name):
    form = read(name)
    count, languages = IMPORTED[name]
    assert len(form.items) == count
    assert form.languages == languages
    for item in form.items:
        scoring.check_spec(
            scoring.ItemSpec(
                code=item.code,
                domain=item.domain,
                item_type=item.item_type,
                option_keys=tuple(o.key for o in item.options),
                correct_keys=frozenset(o.key for o in item.options if o.correct),
                answer_true=item.answer_true,
                option_values=tuple(o.value for o in item.options),
            )
        )
        assert set(item.texts) == set(form.languages), item.code


@pytest.mark.parametrize("name", sorted(REFUSED))
@pytest.mark.django_db
def test_a_form_pyxform_refuses_is_refused_with_its_message(name):
    with pytest.raises(XLSFormError) as caught:
        read(name)
    assert caught.value.errors[0].startswith(REFUSED[name])
    assert not Instrument.objects.exists()


def test_what_cannot_be_asked_is_named_in_a_warning():
    warnings = "\n".join(read("widgets.csv").warnings)
    assert "'my_geopoint' (a location) was left out" in warnings
    assert "'my_image' (a photo) was left out" in warnings
    assert "'my_trigger' (an acknowledgement) was left out" in warnings
    kobo = "\n".join(read("kobocat_tutorial.xls").warnings)
    assert "left out" in kobo or "not applied" in kobo


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(IMPORTED))
def test_imported_exported_through_pyxform_and_imported_again_unchanged(name):
    form = read(name)
    source = instrument_import(form=form)
    exported = instrument_export(instrument=source)
    convert(xlsform=io.BytesIO(exported), file_type=".xlsx", warnings=[])
    again = parse_form(exported, f"{form.code}.xlsx")
    assert again.code == form.code
    assert again.languages == form.languages
    assert [
        (i.code, i.item_type, i.domain, i.texts, i.required, i.relevant)
        for i in again.items
    ] == [
        (i.code, i.item_type, i.domain, i.texts, i.required, i.relevant)
        for i in form.items
    ]
    assert [
        [(o.key, o.texts, o.value, o.correct) for o in i.options] for i in again.items
    ] == [[(o.key, o.texts, o.value, o.correct) for o in i.options] for i in form.items]


def _answer(item) -> str | list[str]:
    """A valid answer to any imported question."""
    if item.item_type == scoring.MULTI:
        return [o["key"] for o in item.option_list()[:2]]
    if item.item_type in scoring.OPTION_TYPES:
        return item.option_list()[-1]["key"]
    return {
        scoring.TRUE_FALSE: "true",
        scoring.YES_NO: "yes",
        scoring.NUMBER: "12",
        scoring.DATE: "2026-11-30",
        scoring.OPEN: "I asked my sister.",
    }.get(item.item_type, "5")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name", ["kap_teens_online_safety.md", "good_eats_multilang.xls", "widgets.csv"]
)
def test_a_learner_takes_an_imported_form_and_it_is_exported(name, client, course):
    """Delivered as the course's pre-test: every question on the page, every
    answer stored and scored by the form's own scale, and the export's
    codebook carries the form's own anchors."""
    from assessments.exports import ExportScope, build_dataset, codebook_rows

    instrument = instrument_import(form=read(name))
    course.pre_test = instrument
    course.save_revision().publish()
    school_class = make_class(teacher=make_teacher(), learners=1, course=course)
    learner = school_class.memberships.get().learner
    client.force_login(learner)
    url = reverse("assessments:take", kwargs={"course_id": course.pk, "phase": "pre"})
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    items = list(instrument.get_items())
    for item in items:
        assert f'name="item-{item.pk}"' in html
    token = html.split('name="page_token" value="', 1)[1].split('"', 1)[0]
    answers = {f"item-{item.pk}": _answer(item) for item in items}
    response = client.post(url, {**answers, "page_token": token, "action": "submit"})
    assert response.status_code == 302, response.content.decode()[:2000]
    attempt = Attempt.objects.get(learner=learner, phase="pre")
    assert attempt.is_submitted
    assert attempt.responses.count() == len(items)
    scored = [
        item
        for item in items
        if item.domain and item.item_type not in scoring.UNSCORED_TYPES
    ]
    if scored:
        assert attempt.scores["n_scored"] >= 1
    data = build_dataset(
        "responses_long",
        ExportScope(programme_id=school_class.school.programme_id),
        programme_key=school_class.school.programme.pseudonym_key,
        threshold=10,
    )
    assert sum(1 for _row in data.rows) == len(items)
    codebook = "\n".join(
        ",".join(map(str, row)) for row in codebook_rows(data.variables, data.items)
    )
    if name == "kap_teens_online_safety.md":
        assert "strongly_agree = Strongly agree" in codebook
        assert "7 = Strongly agree" in codebook
        scale = instrument.items.get(code="I_would_tell_an_adult")
        assert attempt.responses.get(item=scale).score == 0.0  # strongly_disagree
