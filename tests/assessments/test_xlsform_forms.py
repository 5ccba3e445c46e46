"""Real XLSForms, written by others (tests/fixtures/xlsforms/README.md): each
one pyxform accepts imports, is delivered and exported, and its export goes
back through pyxform; each one pyxform refuses is refused with pyxform's own
message and nothing stored."""

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.urls import reverse
from pyxform.xls2xform import convert

from assessments import scoring, xlsform
from assessments.models import Attempt, Instrument
from assessments.services import attempt_visibility
from assessments.services_imports import instrument_export, instrument_import
from assessments.xlsform import XLSFormError, parse_form
from tests.factories import make_class, make_teacher

from .xlsform_helpers import take_as_pre_test

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
    "test_data_types.xls": (5, ["en"]),  # with a time and a date and time
    "text_and_integer.csv": (1, ["en"]),
    "transportation.xls": (1, ["en"]),
    "tutorial_arabic_labels.xls": (3, ["en", "ar"]),
    "widgets.csv": (12, ["en"]),  # with a time and a date and time
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
        scoring.check_spec(xlsform._spec(item))
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
    assert "my_trigger" not in warnings  # an acknowledge box is asked
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
        + (i.group, i.screen, i.appearance)
        for i in again.items
    ] == [
        (i.code, i.item_type, i.domain, i.texts, i.required, i.relevant)
        + (i.group, i.screen, i.appearance)
        for i in form.items
    ]
    assert [
        [(o.key, o.texts, o.value, o.correct) for o in i.options] for i in again.items
    ] == [[(o.key, o.texts, o.value, o.correct) for o in i.options] for i in form.items]
    assert [(c["name"], c["calculation"]) for c in again.calculations] == [
        (c["name"], c["calculation"]) for c in form.calculations
    ]
    # The notes above the questions, each with its own condition.
    assert [
        [(n.name, n.texts, n.relevant) for n in i.lead_ins] for i in again.items
    ] == [[(n.name, n.texts, n.relevant) for n in i.lead_ins] for i in form.items]
    assert again.instructions == form.instructions


def _errors(response) -> list[str]:
    """The error messages a test page shows."""
    import re

    return re.findall(r'<p class="error"[^>]*>([^<]*)<', response.content.decode())


def _fitting(item) -> str:
    """A number or date the question's own constraint accepts."""
    from assessments import expressions

    if item.item_type == scoring.DATE:
        candidates = [date.today() + timedelta(days=d) for d in (30, -3650)]
        candidates = [c.isoformat() for c in candidates]
    else:
        candidates = ["14", "5", "1", "12.5", "50", "100"]
    for value in candidates:
        if not item.constraint or expressions.evaluate(
            item.constraint, {}, current=value, question=item.code
        ):
            return value
    raise AssertionError(f"no candidate answer fits {item.constraint!r}")


def _answer(item) -> str | list[str]:
    """A valid answer to any imported question."""
    if item.item_type == scoring.MULTI:
        return [o["key"] for o in item.option_list()[:2]]
    if item.item_type in scoring.OPTION_TYPES:
        return item.option_list()[0]["key"]
    if item.item_type in (scoring.NUMBER, scoring.DATE):
        return _fitting(item)
    return {
        scoring.TRUE_FALSE: "true",
        scoring.YES_NO: "yes",
        scoring.OPEN: "I asked my sister.",
        scoring.ACKNOWLEDGE: "OK",
        scoring.TIME: "14:30",  # as the browser's time field sends it
        scoring.DATETIME: "2026-05-02T14:30",
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
    items = list(instrument.get_items())
    answers = {f"item-{item.pk}": _answer(item) for item in items}
    # Skip logic shows a question once what it depends on is saved: save
    # until every question that can show has been answered, then hand in.
    for _round in range(3):
        html, token = _page(client, url)
        client.post(url, {**answers, "page_token": token, "action": "save"})
    html, token = _page(client, url)
    attempt = Attempt.objects.get(learner=learner, phase="pre")
    stored = dict(attempt.responses.values_list("item_key", "value"))
    shown, _uncertain = attempt_visibility(items, stored)
    for item in items:
        assert (f'name="item-{item.pk}"' in html) == (item.translation_key in shown)
    response = client.post(url, {**answers, "page_token": token, "action": "submit"})
    assert response.status_code == 302, _errors(response)
    attempt.refresh_from_db()
    assert attempt.is_submitted
    assert attempt.responses.count() == len(shown)
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
    assert sum(1 for _row in data.rows) == len(shown)
    codebook = "\n".join(
        ",".join(map(str, row)) for row in codebook_rows(data.variables, data.items)
    )
    if name == "kap_teens_online_safety.md":
        assert "strongly_agree = Strongly agree" in codebook
        assert "7 = Strongly agree" in codebook
        scale = instrument.items.get(code="I_would_tell_an_adult")
        assert attempt.responses.get(item=scale).score == 1.0  # strongly_agree
        reversed_item = instrument.items.get(
            code="Its_fine_to_share_a_password_with_a_friend"
        )
        assert attempt.responses.get(item=reversed_item).score == 1.0  # 1 of 7


def _course_of(url: str) -> int:
    return int(url.split("/course/", 1)[1].split("/", 1)[0])


def _page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    return html, html.split('name="page_token" value="', 1)[1].split('"', 1)[0]


def _hidden(html: str, item) -> bool:
    """Whether the page holds ``item``'s question hidden and disabled (for the
    page's script to show as soon as its condition holds)."""
    start = html.index(f'data-item="{item.pk}"')
    tag = html[start : html.index(">", start)]
    return " hidden" in tag and " disabled" in tag


@pytest.mark.django_db
class TestSkipLogicAndConstraints:
    """The KoboToolbox-style KAP form: the question about posts is asked only of
    learners with a phone (``relevant``), the age must be 10 to 19
    (``constraint`` with its message), all evaluated on the server."""

    @pytest.fixture
    def taking(self, client, course):
        instrument = instrument_import(form=read("kap_teens_online_safety.md"))
        url, items, learner = take_as_pre_test(client, course, instrument)
        return client, url, items, learner

    def test_a_question_appears_once_its_condition_holds_and_is_then_required(
        self, taking
    ):
        client, url, items, learner = taking
        posts = items["How_often_do_you_check_who_sees_your_posts"]
        phone = items["Do_you_have_your_own_phone"]
        html, token = _page(client, url)
        assert _hidden(html, posts)  # no phone answer yet: hidden, never sent
        client.post(
            url, {f"item-{phone.pk}": "yes", "page_token": token, "action": "save"}
        )
        html, token = _page(client, url)
        assert f'name="item-{posts.pk}"' in html and not _hidden(html, posts)
        answers = {
            f"item-{item.pk}": _answer(item)
            for code, item in items.items()
            if code != posts.code
        }
        answers[f"item-{phone.pk}"] = "yes"
        response = client.post(
            url, {**answers, "page_token": token, "action": "submit"}
        )
        assert response.status_code == 400  # the posts question is now required
        assert not Attempt.objects.get(learner=learner).is_submitted

    def test_the_page_asks_the_server_which_questions_show_before_saving(self, taking):
        """The page's script (static/js/form-logic.js) sends the answers on
        the page, saved or not; the server's logic says which questions show.
        Nothing is stored."""
        client, url, items, learner = taking
        posts = items["How_often_do_you_check_who_sees_your_posts"]
        phone = items["Do_you_have_your_own_phone"]
        html, _token = _page(client, url)
        logic = reverse("assessments:form_logic", args=[_course_of(url), "pre"])
        assert f'data-logic="{logic}"' in html
        assert "js/form-logic" in html

        def shown(answers):
            response = client.post(
                logic, {"answers": answers}, content_type="application/json"
            )
            assert response.status_code == 200
            return set(response.json()["shown"])

        assert posts.pk not in shown({str(phone.pk): ""})
        assert posts.pk in shown({str(phone.pk): "yes"})
        assert posts.pk not in shown({str(phone.pk): "no"})
        assert posts.pk not in shown({str(phone.pk): "not-a-choice"})
        assert not Attempt.objects.get(learner=learner).responses.exists()

    def test_a_hidden_question_posted_anyway_is_not_stored(self, taking):
        client, url, items, learner = taking
        posts = items["How_often_do_you_check_who_sees_your_posts"]
        _html, token = _page(client, url)
        client.post(
            url, {f"item-{posts.pk}": "3", "page_token": token, "action": "save"}
        )
        assert not Attempt.objects.get(learner=learner).responses.exists()

    def test_the_logic_answers_only_for_an_open_test_of_ones_own(self, taking):
        client, url, items, learner = taking
        logic = reverse("assessments:form_logic", args=[_course_of(url), "pre"])
        _page(client, url)  # opens the test
        bad = client.post(logic, "[[[", content_type="application/json")
        assert bad.status_code == 400
        client.logout()
        assert (
            client.post(logic, {}, content_type="application/json").status_code == 401
        )
        other = make_class(
            teacher=make_teacher("teacher_b"), learners=1, name="Class B", prefix="b"
        )
        client.force_login(other.memberships.get().learner)  # never opened it
        assert (
            client.post(logic, {}, content_type="application/json").status_code == 409
        )

    def test_hiding_a_question_clears_its_answer_and_marks_it_not_applicable(
        self, taking
    ):
        client, url, items, learner = taking
        posts = items["How_often_do_you_check_who_sees_your_posts"]
        phone = items["Do_you_have_your_own_phone"]
        answers = {f"item-{item.pk}": _answer(item) for item in items.values()}
        answers[f"item-{phone.pk}"] = "yes"
        for _round in range(2):  # the posts question shows once "yes" is saved
            _html, token = _page(client, url)
            client.post(url, {**answers, "page_token": token, "action": "save"})
        attempt = Attempt.objects.get(learner=learner)
        assert attempt.responses.filter(item=posts).exists()
        answers[f"item-{phone.pk}"] = "no"
        _html, token = _page(client, url)
        response = client.post(
            url, {**answers, "page_token": token, "action": "submit"}
        )
        assert response.status_code == 302
        attempt.refresh_from_db()
        assert attempt.is_submitted
        assert not attempt.responses.filter(item=posts).exists()
        assert attempt.scores["not_applicable"] == [posts.code]
        # The matched file tells "not applicable" from "missing".
        from assessments import exports
        from assessments.exports import ExportScope, build_dataset

        programme = attempt.school_class.school.programme
        data = build_dataset(
            "prepost_wide",
            ExportScope(programme_id=programme.pk),
            programme_key=programme.pseudonym_key,
            threshold=10,
        )
        (row,) = list(data.rows)
        names = [v.name for v in data.variables]
        assert row[names.index("not_applicable_pre")] == posts.code
        assert row[names.index("not_applicable_post")] is None
        # Its score column is "not applicable" (SPSS -98, Stata .a), not empty.
        assert row[names.index("How_often_do_you_check_who__pre")] is (
            exports.NOT_APPLICABLE
        )
        assert row[names.index("How_often_do_you_check_who__post")] is None

    def test_a_constraint_refuses_the_answer_with_the_forms_message(self, taking):
        client, url, items, learner = taking
        age = items["How_old_are_you"]
        _html, token = _page(client, url)
        response = client.post(
            url, {f"item-{age.pk}": "25", "page_token": token, "action": "save"}
        )
        assert response.status_code == 400
        assert "Write an age from 10 to 19." in response.content.decode()
        attempt = Attempt.objects.get(learner=learner)
        assert not attempt.responses.filter(item=age).exists()
        _html, token = _page(client, url)
        client.post(
            url, {f"item-{age.pk}": "14", "page_token": token, "action": "save"}
        )
        assert attempt.responses.get(item=age).value == "14"

    def test_one_question_per_screen_skips_what_is_hidden(self, taking):
        client, url, items, learner = taking
        instrument = next(iter(items.values())).instrument
        Instrument.objects.filter(translation_key=instrument.translation_key).update(
            delivery="one"
        )
        codes = list(items)
        posts = codes.index("How_often_do_you_check_who_sees_your_posts")
        phone = items["Do_you_have_your_own_phone"]
        # The form's field-list group "About you" is the first screen: its
        # three questions, then one question per screen.
        about = [items[code] for code in codes[:3]]
        assert {item.screen for item in about} == {"about_you"}
        html, token = _page(client, url)
        assert all(f'name="item-{item.pk}"' in html for item in about)
        assert f'name="item-{items[codes[3]].pk}"' not in html
        assert "Page 1 of 7" in html  # the posts question waits for the phone
        answers = {f"item-{i.pk}": "no" if i == phone else _answer(i) for i in about}
        moved = client.post(
            url, {**answers, "q": 1, "page_token": token, "action": "next"}
        )
        assert moved["Location"] == f"{url}?q=2"
        # Answer everything up to the posts question, with "no" phone.
        for number, code in enumerate(codes[3:posts], start=2):
            item = items[code]
            _html, token = _page(client, f"{url}?q={number}")
            client.post(
                url,
                {
                    f"item-{item.pk}": _answer(item),
                    "q": number,
                    "page_token": token,
                    "action": "next",
                },
            )
        html, _token = _page(client, f"{url}?q={posts - 1}")
        # The next screen is the question after the hidden one.
        following = items[codes[posts + 1]]
        assert f'name="item-{following.pk}"' in html
        assert f"Page {posts - 1} of {len(codes) - 3}" in html


@pytest.mark.django_db
class TestChoiceFilter:
    """pyxform's cascading-select form (state → county → city, filtered by
    the choices' ``cf`` column), taken without JavaScript: each list offers
    the choices of what is saved above it, on the server."""

    @pytest.fixture
    def taking(self, client, course):
        instrument = instrument_import(form=read("choice_filter_test.xlsx"))
        url, items, learner = take_as_pre_test(client, course, instrument)
        return client, url, items, learner

    @staticmethod
    def offered(html, item) -> list[str]:
        import re

        return re.findall(rf'name="item-{item.pk}"[^>]*value="([^"]+)"', html) or [
            value
            for value in re.findall(rf'value="([^"]+)"[^>]*name="item-{item.pk}"', html)
        ]

    def save(self, client, url, answers: dict):
        _html, token = _page(client, url)
        return client.post(
            url,
            {
                **{f"item-{item.pk}": value for item, value in answers.items()},
                "page_token": token,
                "action": "save",
            },
        )

    def test_each_list_offers_the_choices_of_the_answer_above(self, taking):
        client, url, items, learner = taking
        state, county, city = items["state"], items["county"], items["city"]
        assert county.choice_filter == "${state}=cf"
        assert county.choice_attributes["king"] == [
            {"cf": "washington"},
            {"cf": "texas"},
        ]
        html, _token = _page(client, url)
        assert f'name="item-{state.pk}"' in html
        assert f'name="item-{county.pk}"' not in html  # no state yet: no county
        self.save(client, url, {state: "texas"})
        html, _token = _page(client, url)
        assert sorted(self.offered(html, county)) == ["cameron", "king"]
        assert f'name="item-{city.pk}"' not in html

        refused = self.save(client, url, {county: "pierce"})  # Washington's
        assert refused.status_code == 400
        assert "Please choose one of the answers shown." in _errors(refused)
        attempt = Attempt.objects.get(learner=learner)
        assert not attempt.responses.filter(item=county).exists()

        self.save(client, url, {county: "king"})
        html, _token = _page(client, url)
        assert sorted(self.offered(html, city)) == [
            "dumont",
            "finney",
            "redmond",
            "seattle",
        ]
        self.save(client, url, {city: "dumont"})
        stored = dict(attempt.responses.values_list("item__code", "value"))
        assert stored == {"state": "texas", "county": "king", "city": "dumont"}
        # King county is in Washington too: changing the state keeps it.
        self.save(client, url, {state: "washington"})
        stored = dict(attempt.responses.values_list("item__code", "value"))
        assert stored == {"state": "washington", "county": "king", "city": "dumont"}
        # Back to Texas and Cameron county: Dumont is not in Cameron county,
        # so the city answered before is cleared, not kept as a wrong answer.
        self.save(client, url, {state: "texas", county: "cameron"})
        stored = dict(attempt.responses.values_list("item__code", "value"))
        assert stored == {"state": "texas", "county": "cameron"}
        html, _token = _page(client, url)
        assert sorted(self.offered(html, city)) == ["brownsville", "harlingen"]

    def test_the_filter_and_its_columns_go_back_to_pyxform(self, taking):
        _client, _url, items, _learner = taking
        instrument = items["state"].instrument
        exported = instrument_export(instrument=instrument)
        result = convert(xlsform=io.BytesIO(exported), file_type=".xlsx", warnings=[])
        assert "item[ /data/state =cf]" in result.xform
        again = parse_form(exported, "again.xlsx")
        county = next(item for item in again.items if item.code == "county")
        assert county.choice_filter == "${state}=cf"
        assert county.choice_attributes == items["county"].choice_attributes


def _for_adults(name: str) -> bytes:
    """A fixture form with ``kap_for_children = no`` added to its settings."""
    from openpyxl import load_workbook

    workbook = load_workbook(FORMS / name)
    if "settings" in workbook.sheetnames:
        workbook.remove(workbook["settings"])
    settings = workbook.create_sheet("settings")
    settings.append(["form_id", "kap_for_children"])
    settings.append([Path(name).stem, "no"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.mark.django_db
def test_or_other_offers_other_and_asks_adults_to_write_it():
    """pyxform's or_other form: the generated "other" choice is kept (in every
    language of the site's own words), and adults get pyxform's text box,
    shown only when "other" is chosen; children get the choice only."""
    children = read("or_other.xlsx")
    colour = children.items[0]
    assert [o.key for o in colour.options][-1] == "other"
    assert [i.code for i in children.items] == ["fav_color", "fav_pastel"]

    form = parse_form(_for_adults("or_other.xlsx"), "or_other.xlsx")
    assert [i.code for i in form.items] == [
        "fav_color",
        "fav_color_other",
        "fav_pastel",
    ]
    other = form.items[1]
    assert other.item_type == scoring.OPEN
    assert other.relevant == "selected(${fav_color}, 'other')"
    assert other.texts == {"en": "Please write the other answer."}
    instrument = instrument_import(form=form)
    items = list(instrument.get_items())
    by_code = {item.code: item for item in items}
    shown, _uncertain = attempt_visibility(
        items, {by_code["fav_color"].translation_key: "other"}
    )
    assert by_code["fav_color_other"].translation_key in shown
    shown, _uncertain = attempt_visibility(
        items, {by_code["fav_color"].translation_key: "red"}
    )
    assert by_code["fav_color_other"].translation_key not in shown
    exported = instrument_export(instrument=instrument)
    convert(xlsform=io.BytesIO(exported), file_type=".xlsx", warnings=[])
    again = parse_form(exported, "again.xlsx")
    assert [(i.code, i.item_type, i.relevant) for i in again.items] == [
        (i.code, i.item_type, i.relevant) for i in form.items
    ]


@pytest.mark.django_db
def test_calculations_drive_skip_logic_as_in_odk():
    """pyxform's cascading-select form without choice_filter: the state is a
    ``calculate`` over two zone questions, and each LGA question is shown
    only for its state (``${mylga_state}='state_2'``)."""
    form = read("cascading_select_test_equivalent.xls")
    assert [c["name"] for c in form.calculations] == ["mylga_state", "mylga"]
    assert not any("relevant dropped" in w for w in form.warnings)
    instrument = instrument_import(form=form)
    assert [c["name"] for c in instrument.calculations] == ["mylga_state", "mylga"]
    items = list(instrument.get_items())
    key = {item.code: item.translation_key for item in items}

    def shown_codes(answers):
        shown, uncertain = attempt_visibility(
            items, {key[code]: value for code, value in answers.items()}
        )
        assert not uncertain
        return sorted(item.code for item in items if item.translation_key in shown)

    assert shown_codes({}) == ["mylga_zone"]
    assert shown_codes({"mylga_zone": "zone_1"}) == [
        "mylga_state_in_zone_1",
        "mylga_zone",
    ]
    assert shown_codes(
        {"mylga_zone": "zone_1", "mylga_state_in_zone_1": "state_2"}
    ) == ["mylga_lga_in_state_2", "mylga_state_in_zone_1", "mylga_zone"]
    # A changed zone hides the first zone's state, so the calculation (and
    # the LGA question it showed) follow.
    assert shown_codes(
        {
            "mylga_zone": "zone_2",
            "mylga_state_in_zone_1": "state_2",
            "mylga_state_in_zone_2": "state_3",
        }
    ) == ["mylga_lga_in_state_3", "mylga_state_in_zone_2", "mylga_zone"]


@pytest.mark.django_db
def test_acknowledge_is_one_box_to_tick_stored_as_odk_stores_it(client, course):
    """pyxform's widgets form has an acknowledge (``trigger``) question."""
    instrument = instrument_import(form=read("widgets.csv"))
    url, items, learner = take_as_pre_test(client, course, instrument)
    tick = items["my_trigger"]
    assert tick.item_type == scoring.ACKNOWLEDGE
    html, token = _page(client, url)
    assert (
        f'<input type="checkbox" id="item-{tick.pk}-OK" name="item-{tick.pk}" '
        'value="OK"' in html
    )
    client.post(url, {f"item-{tick.pk}": "OK", "page_token": token})
    attempt = Attempt.objects.get(learner=learner)
    response = attempt.responses.get(item=tick)
    assert (response.value, response.score) == ("OK", None)
    _html, token = _page(client, url)
    refused = client.post(url, {f"item-{tick.pk}": "yes", "page_token": token})
    assert refused.status_code == 400


@pytest.mark.django_db
def test_minimal_and_autocomplete_selects_are_drop_down_lists(client, course):
    """pyxform's widgets form: ``minimal`` and ``autocomplete`` single
    choices are one drop-down line on a phone; a ``minimal`` multiple select
    keeps its check boxes (a multiple list box is hard to use)."""
    instrument = instrument_import(form=read("widgets.csv"))
    url, items, learner = take_as_pre_test(client, course, instrument)
    html, token = _page(client, url)
    for code in ("spinner", "autocomplete"):
        item = items[code]
        assert f'<select id="item-{item.pk}" name="item-{item.pk}"' in html
        assert f'<label class="visually-hidden" for="item-{item.pk}">' in html
    assert f'type="checkbox" id="item-{items["spinner_all"].pk}-' in html
    spinner = items["spinner"]
    first = spinner.option_list()[0]["key"]
    client.post(url, {f"item-{spinner.pk}": first, "page_token": token})
    assert Attempt.objects.get(learner=learner).responses.get(item=spinner).value == (
        first
    )
    html, _token = _page(client, url)
    assert f'<option value="{first}" selected>' in html
