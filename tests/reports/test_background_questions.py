"""A form's background questions (no ``kap_domain``: gender, own phone …) as
disaggregation dimensions of the KAP report, as the XLSForm issue asks:
``kap_report --by-question NAME``."""

import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from assessments.services_imports import instrument_import
from assessments.xlsform import parse_form
from reports.selectors import ReportFilters, kap_report
from tests.assessments.xlsform_helpers import KAP_TEENS_ANSWERS
from tests.factories import make_class, make_teacher
from tests.reports.factories import submit

pytestmark = pytest.mark.django_db

FORM = (
    Path(__file__).resolve().parent.parent
    / "fixtures"
    / "xlsforms"
    / "kap_teens_online_safety.md"
)

BASE = KAP_TEENS_ANSWERS


@pytest.fixture
def taken(course):
    """Six learners took the imported form before and after: four girls (three
    with a phone of their own), two boys."""
    instrument = instrument_import(form=parse_form(FORM.read_bytes(), FORM.name))
    course.pre_test = course.post_test = instrument
    course.save_revision().publish()
    school_class = make_class(teacher=make_teacher(), learners=6, course=course)
    genders = ["girl", "girl", "girl", "girl", "boy", "boy"]
    phones = ["yes", "yes", "yes", "no", "yes", "no"]
    for membership, gender, phone in zip(
        school_class.memberships.order_by("pk"), genders, phones, strict=True
    ):
        given = BASE | {"Gender": gender, "Do_you_have_your_own_phone": phone}
        for phase in ("pre", "post"):
            submit(
                membership.learner,
                course,
                phase,
                given,
                school_class=school_class,
                instrument=instrument,
            )
    return instrument


def test_groups_are_the_pre_test_answers_labelled_by_the_form(taken):
    report = kap_report(
        filters=ReportFilters(),
        dimensions=(),
        questions=("Gender", "Do_you_have_your_own_phone"),
        k=2,
        language="es",
    )
    gender = {
        row["group"]["q:Gender"]: (row["n"], row["label"])
        for row in report["disaggregation"]["q:Gender"]
    }
    assert gender == {"girl": (4, "Chica"), "boy": (2, "Chico")}
    phone = {
        row["group"]["q:Do_you_have_your_own_phone"]: row["n"]
        for row in report["disaggregation"]["q:Do_you_have_your_own_phone"]
    }
    assert phone == {"yes": 4, "no": 2}
    girls = next(r for r in report["disaggregation"]["q:Gender"] if r["n"] == 4)
    assert set(girls["domains"]) == {"K", "A", "P"}


def test_small_groups_are_suppressed_as_any_other(taken):
    report = kap_report(
        filters=ReportFilters(), dimensions=(), questions=("Gender",), k=3
    )
    rows = {r["group"]["q:Gender"]: r for r in report["disaggregation"]["q:Gender"]}
    assert rows["boy"]["suppressed"] is True and rows["boy"]["n"] is None
    # complementary suppression: the girls' row alone would give the boys away
    assert rows["girl"]["suppressed"] is True


def test_command_and_its_error_for_a_question_that_is_not_a_group(taken, capsys):
    call_command(
        "kap_report", "--by-question", "Gender", "--k", "2", "--format", "json"
    )
    report = json.loads(capsys.readouterr().out)
    assert {r["label"] for r in report["disaggregation"]["q:Gender"]} == {
        "Girl",
        "Boy",
    }
    with pytest.raises(CommandError) as caught:
        call_command("kap_report", "--by-question", "How_old_are_you")
    assert "Not a background question with fixed answers" in str(caught.value)
    assert "How_old_are_you" in str(caught.value)


def test_html_report_titles_the_dimension(taken):
    from reports.presentation import render_standalone

    report = kap_report(
        filters=ReportFilters(), dimensions=(), questions=("Gender",), k=2
    )
    html = render_standalone(report, title="Report", filters_text="")
    assert "Answer to Gender" in html


def test_the_report_page_offers_the_forms_background_questions(client, taken):
    from classes.models import Programme
    from tests.factories import make_evaluator

    programme = Programme.objects.get(slug="prog")
    client.force_login(make_evaluator("eva", programme))
    url = "/en/evaluation/report/"
    page = client.get(url).content.decode()
    assert '<option value="Gender">Gender: Which describes you?</option>' in page
    assert "How_old_are_you" not in page  # a number is not a group
    query = {
        "programme": programme.pk,
        "question": "Gender",
        "cross_a": "gender",
        "cross_b": "age_band",
    }
    report = client.get(url, query | {"format": "json"}).json()
    assert {r["group"]["q:Gender"] for r in report["disaggregation"]["q:Gender"]} == {
        "girl",
        "boy",
    }
    assert "Answer to Gender" in client.get(url, query).content.decode()
