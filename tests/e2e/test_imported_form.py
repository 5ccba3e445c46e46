"""A learner takes an imported KoboToolbox-style form in Chromium: its 7-point
scale with its own anchors, a question that appears only once the answer it
depends on is answered (at once with JavaScript, once saved without), and
an age constraint with the form's own message; in
English and in Spanish, with and without JavaScript (the logic is on the
server either way)."""

from pathlib import Path

import pytest

from assessments.models import Attempt, Instrument
from assessments.services_imports import instrument_import
from assessments.xlsform import parse_form
from tests.e2e.conftest import sign_in
from tests.e2e.journeys import checked, submit, visit
from tests.factories import PASSWORD, make_class, make_teacher

FORM = (
    Path(__file__).resolve().parent.parent
    / "fixtures"
    / "xlsforms"
    / "kap_teens_online_safety.md"
)
WORDS = {
    "en": {
        "seven": ["Strongly disagree", "Neither agree nor disagree", "Strongly agree"],
        "age": "Write an age from 10 to 19.",
    },
    "es": {
        "seven": [
            "Totalmente en desacuerdo",
            "Ni de acuerdo ni en desacuerdo",
            "Totalmente de acuerdo",
        ],
        "age": "Escribe una edad de 10 a 19.",
    },
}


@pytest.fixture
def taking(course):
    instrument = instrument_import(form=parse_form(FORM.read_bytes(), FORM.name))
    course.pre_test = instrument
    course.save_revision().publish()
    school_class = make_class(teacher=make_teacher(), learners=1, course=course)
    learner = school_class.memberships.get().learner
    return course, learner, instrument


def _fill(page, item, value):
    name = f"item-{item.pk}"
    field = page.locator(f"[name='{name}']")
    kind = field.first.get_attribute("type")
    if kind in ("radio", "checkbox"):
        page.locator(f"[name='{name}'][value='{value}']").check()
    else:
        field.fill(value)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
def test_learner_takes_an_imported_form_with_skip_logic(
    page, nojs_page, taking, language, javascript
):
    page = page if javascript else nojs_page
    course, learner, source = taking
    # The page shows the test in the learner's language: its own questions.
    localized = Instrument.objects.get(
        translation_key=source.translation_key, locale__language_code=language
    )
    items = {item.code: item for item in localized.get_items()}
    words = WORDS[language]
    sign_in(page, learner.username, PASSWORD, language=language)
    url = f"/{language}/learn/course/{course.pk}/test/pre/"
    visit(page, url)
    assert page.locator("html").get_attribute("lang") == language
    # The form's own 7-point anchors, in the learner's language.
    seven = page.locator(
        f"fieldset:has([name='item-{items['Its_fine_to_share_a_password_with_a_friend'].pk}']) label"
    )
    assert seven.count() == 7
    labels = seven.all_inner_texts()
    assert [labels[0], labels[3], labels[6]] == words["seven"]
    posts = items["How_often_do_you_check_who_sees_your_posts"]
    posts_box = page.locator(f"fieldset[data-item='{posts.pk}']")
    assert posts_box.is_hidden()  # in the page, hidden and disabled

    answers = {
        "How_old_are_you": "25",
        "Gender": "another",
        "Do_you_have_your_own_phone": "yes",
        "Which_password_is_strongest": "long_phrase",
        "Blocking_tells_the_person": "false",
        "Its_fine_to_share_a_password_with_a_friend": "1",
        "I_would_tell_an_adult": "strongly_agree",
        "Have_you_met_someone_from_online": "no",
    }
    for code, value in answers.items():
        _fill(page, items[code], value)
    if javascript:
        # The script asks the server's logic: the question shows at once.
        posts_box.wait_for(state="visible", timeout=5000)
    else:
        assert posts_box.is_hidden()  # until the page is saved
    page.locator(
        f"[name='item-{items['Which_should_stay_private'].pk}'][value='home_address']"
    ).check()
    submit(page, page.locator("button[name=action][value=save]"))
    # The age breaks the form's constraint: refused with its message; the
    # other answers are kept, and the posts question now shows.
    assert words["age"] in page.locator(".question.has-error").inner_text()
    assert posts_box.is_visible()
    assert page.locator(f"[name='item-{posts.pk}']").count() == 4
    _fill(page, items["How_old_are_you"], "14")
    _fill(page, posts, "3")
    submit(page, page.locator("button[name=action][value=submit]"))
    checked(page)
    attempt = Attempt.objects.get(learner=learner, phase="pre")
    assert attempt.is_submitted
    assert attempt.locale == language
    assert attempt.responses.get(item__code=posts.code).value == "3"
    assert attempt.responses.get(item__code="How_old_are_you").value == "14"
    assert attempt.responses.count() == len(items)
