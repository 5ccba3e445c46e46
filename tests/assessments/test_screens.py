"""XLSForm ``field-list`` groups as one screen, and the appearances that lay
out a question's choices on a phone (``likert``, the columns), imported,
delivered through the test page and exported back."""

import io
import re

import pytest
from openpyxl import load_workbook
from pyxform.xls2xform import convert

from assessments import xlsform_data
from assessments.models import Attempt, FormSubmission
from assessments.services_imports import instrument_export, instrument_import
from assessments.xlsform import parse_form

from .test_xlsform_forms import _page, read
from .xlsform_helpers import take_as_pre_test

#: A field-list group of three questions (one shown only when another of
#: the group is answered "yes", one in a group of its own inside), between
#: questions outside it; the whole group is asked only of phone users.
SCREENS_FORM = """
| survey |
| | type | name | label | relevant | required | appearance |
| | select_one yn | used_phone | Have you used a phone this week? | | yes | |
| | begin_group | phone | Your phone | ${used_phone} = 'yes' | | field-list |
| | select_one yn | own_phone | Do you have a phone of your own? | | yes | |
| | select_one yn | shares_phone | Do you share it with someone? | ${own_phone} = 'yes' | yes | |
| | begin_group | apps | Apps | | | |
| | select_multiple apps | which_apps | Which apps do you use? | | yes | |
| | end_group | | | | | |
| | end_group | | | | | |
| | select_one yn | tell_adult | Would you tell an adult if something upset you? | | yes | |
| | select_one yn | met_stranger | Have you met someone from online? | | yes | |
| choices |
| | list_name | name | label |
| | yn | yes | Yes |
| | yn | no | No |
| | apps | chat | Chat |
| | apps | video | Videos |
| | apps | games | Games |
| settings |
| | form_id | form_title | kap_delivery |
| | screens_test | Phones | one |
"""


def screens_form():
    return parse_form(SCREENS_FORM.encode(), "screens.md")


class TestImport:
    def test_a_field_list_group_is_the_screen_of_its_questions(self):
        form = screens_form()
        assert [(i.code, i.group, i.screen) for i in form.items] == [
            ("used_phone", "", ""),
            ("own_phone", "phone", "phone"),
            ("shares_phone", "phone", "phone"),
            # A group inside the field-list group is on the same screen.
            ("which_apps", "apps", "phone"),
            ("tell_adult", "", ""),
            ("met_stranger", "", ""),
        ]

    def test_pyxforms_table_list_form_is_two_screens_with_their_labels(self):
        form = read("table-list.xls")
        assert [(i.code, i.screen, i.appearance) for i in form.items] == [
            ("table_list_3", "table_list_test2", "list-nolabel"),
            ("table_list_4", "table_list_test2", "list-nolabel"),
            ("happy_sad_brian", "happy_sad_table", "list-nolabel"),
            ("happy_sad_michael", "happy_sad_table", "list-nolabel"),
        ]
        warnings = "\n".join(form.warnings)
        assert (
            "survey row 3, column appearance: group 'table_list_test2' "
            "(table-list) is asked on one screen as a list of its questions, "
            "each showing its choices with their labels, not as a table"
        ) in warnings
        assert "group 'happy_sad_table' (table-list)" in warnings
        # The header row pyxform adds to each table is not a question, and a
        # data export's column for it is known.
        assert "reserved_name_for_field_list_labels_4" in form.fields_left_out
        assert "reserved_name_for_field_list_labels_8" in form.fields_left_out

    def test_pyxforms_field_list_form_has_a_group_without_the_appearance(self):
        # Despite its file name, the group of pyxform's field-list.xlsx has no
        # appearance: a plain group, no screen of its own.
        form = read("field-list.xlsx")
        assert [(i.code, i.group, i.screen) for i in form.items] == [
            ("table_list_question", "name", "")
        ]


TABLE_FORM = """
| survey |
| | type | name | label | appearance |
| | begin_group | food | Food | field-list |
| | select_one yn | food_header | Do you eat: | label |
| | select_one yn | eats_fruit | Fruit | list-nolabel |
| | select_one yn | eats_sweets | Sweets | list-nolabel |
| | end_group | | | |
| | select_one yn | eats_bread | Bread | list-nolabel |
| choices |
| | list_name | name | label |
| | yn | yes | Yes |
| | yn | no | No |
"""


class TestTheTablePattern:
    """ODK's table written by hand: a ``label`` header row, then questions
    with ``list-nolabel``. Every option keeps its label here."""

    def test_the_header_row_is_left_out_and_labels_are_shown(self):
        form = parse_form(TABLE_FORM.encode(), "table.md")
        assert [(i.code, i.screen) for i in form.items] == [
            ("eats_fruit", "food"),
            ("eats_sweets", "food"),
            ("eats_bread", ""),
        ]
        warnings = "\n".join(form.warnings)
        assert (
            "survey row 3, column appearance: 'food_header' (appearance label) "
            "is the header row of a table, not a question: left out; the "
            "questions below it show their choices with their labels"
        ) in warnings
        assert (
            "survey row 4, column appearance: 'eats_fruit' (appearance "
            "list-nolabel): its choices are shown with their labels"
        ) in warnings
        assert "'eats_sweets' (appearance list-nolabel)" in warnings
        assert "food_header" in form.fields_left_out
        # A KoboToolbox data export's column for the header row is passed over.
        plan = xlsform_data.plan_columns(
            ["_uuid", "_submission_time", "learner"]
            + ["food/food_header", "food/eats_fruit", "food/eats_sweets"]
            + ["eats_bread"],
            kind=xlsform_data.KOBO,
            questions=[
                xlsform_data.Question(i.code, group=i.group) for i in form.items
            ],
            fields_left_out=form.fields_left_out,
            instrument_code=form.code,
        )
        assert plan.questions == {4: "eats_fruit", 5: "eats_sweets", 6: "eats_bread"}
        assert plan.ignored == ["food/food_header"]
        assert plan.errors == []

    @pytest.mark.django_db
    def test_list_nolabel_choices_are_delivered_with_their_labels(self, client, course):
        instrument = instrument_import(form=parse_form(TABLE_FORM.encode(), "t.md"))
        url, items, _learner = take_as_pre_test(client, course, instrument)
        html, _token = _page(client, url)
        for code in ("eats_fruit", "eats_sweets", "eats_bread"):
            pk = items[code].pk
            assert f'<label for="item-{pk}-yes">Yes</label>' in html
            assert f'<label for="item-{pk}-no">No</label>' in html

    @pytest.mark.django_db
    def test_exported_as_a_table_list_or_without_list_nolabel(self):
        """The header row was left out. A screen of ``list-nolabel``
        questions on one list goes back as a ``table-list`` group, for which
        pyxform writes the header row again; anywhere else ``list-nolabel``
        is dropped, as ODK would show the choices without any label."""
        source = instrument_import(form=parse_form(TABLE_FORM.encode(), "t.md"))
        exported = instrument_export(instrument=source)
        rows = list(load_workbook(io.BytesIO(exported))["survey"].iter_rows())
        appearance = [cell.value for cell in rows[0]].index("appearance")
        assert [
            (row[0].value, row[1].value, row[appearance].value) for row in rows[1:]
        ] == [
            ("begin_group", "food", "table-list"),
            ("select_one yn", "eats_fruit", "list-nolabel"),
            ("select_one yn", "eats_sweets", "list-nolabel"),
            ("end_group", None, None),
            ("select_one yn", "eats_bread", None),
        ]
        again = parse_form(exported, "t.xlsx")
        assert [(i.code, i.screen, i.appearance) for i in again.items] == [
            ("eats_fruit", "food", "list-nolabel"),
            ("eats_sweets", "food", "list-nolabel"),
            ("eats_bread", "", ""),
        ]


@pytest.mark.django_db
class TestDelivery:
    """The form above taken one screen at a time through the test page."""

    @pytest.fixture
    def taking(self, client, course):
        instrument = instrument_import(form=screens_form())
        assert instrument.delivery == "one"
        url, items, learner = take_as_pre_test(client, course, instrument)
        return client, url, items, learner

    @staticmethod
    def post(client, url, number, answers, action="next", token=None):
        token = token or _page(client, f"{url}?q={number}")[1]
        data = {f"item-{item.pk}": value for item, value in answers.items()}
        return client.post(
            url, {**data, "q": number, "page_token": token, "action": action}
        )

    @staticmethod
    def on_page(html, items) -> list[str]:
        """The codes of the questions on the page, in order, with the
        number in each one's legend."""
        by_pk = {str(item.pk): code for code, item in items.items()}
        return [
            f"{number} {by_pk[pk]}"
            for pk, number in re.findall(
                r'data-item="(\d+)">\s*<legend><span class="q-number">(\d+)\.',
                html,
            )
        ]

    def test_walks_the_screens_and_hands_in(self, taking):
        client, url, items, learner = taking
        html, _token = _page(client, url)
        assert self.on_page(html, items) == ["1 used_phone"]
        # The group waits for "yes": 3 screens, each one question.
        assert "Question 1 of 3" in html
        assert 'data-questions="3" data-current="1"' in html
        moved = self.post(client, url, 1, {items["used_phone"]: "yes"})
        assert moved["Location"] == f"{url}?q=2"
        html, _token = _page(client, moved["Location"])
        # The field-list group: its shown questions on one screen, numbered
        # among the questions shown; "shares_phone" waits for "own_phone".
        assert self.on_page(html, items) == ["2 own_phone", "3 which_apps"]
        assert "Page 2 of 4" in html
        assert 'data-questions="4" data-current="2"' in html
        assert "You will see one page of questions at a time." in html
        answers = {items["own_phone"]: "yes", items["which_apps"]: ["chat", "games"]}
        again = self.post(client, url, 2, answers)
        # "shares_phone" now shows on this screen: the learner stays on it.
        assert again["Location"] == f"{url}?q=2"
        html, _token = _page(client, again["Location"])
        assert "More questions are now shown on this page." in html
        assert self.on_page(html, items) == [
            "2 own_phone",
            "3 shares_phone",
            "4 which_apps",
        ]
        assert re.search(rf'id="item-{items["own_phone"].pk}-yes"[^>]*checked', html)
        moved = self.post(client, url, 2, {items["shares_phone"]: "no"})
        assert moved["Location"] == f"{url}?q=3"
        back = self.post(client, url, 3, {}, action="back")
        assert back["Location"] == f"{url}?q=2"
        self.post(client, url, 3, {items["tell_adult"]: "yes"})
        done = self.post(client, url, 4, {items["met_stranger"]: "no"}, "submit")
        assert done.status_code == 302
        attempt = Attempt.objects.get(learner=learner)
        assert attempt.is_submitted
        assert dict(attempt.responses.values_list("item__code", "value")) == {
            "used_phone": "yes",
            "own_phone": "yes",
            "shares_phone": "no",
            "which_apps": "chat,games",
            "tell_adult": "yes",
            "met_stranger": "no",
        }

    def test_a_screen_with_nothing_to_show_is_skipped(self, taking):
        client, url, items, _learner = taking
        moved = self.post(client, url, 1, {items["used_phone"]: "no"})
        assert moved["Location"] == f"{url}?q=2"
        html, _token = _page(client, moved["Location"])
        assert self.on_page(html, items) == ["2 tell_adult"]
        assert "Question 2 of 3" in html

    def test_invalid_answers_stay_on_their_screen_and_the_others_are_stored(
        self, taking
    ):
        client, url, items, learner = taking
        self.post(client, url, 1, {items["used_phone"]: "yes"})
        response = self.post(
            client,
            url,
            2,
            {items["own_phone"]: "yes", items["which_apps"]: ["chat", "nothing"]},
        )
        assert response.status_code == 400
        html = response.content.decode()
        assert "Page 2 of 4" in html
        # The screen again, with the question the stored answer now shows.
        assert self.on_page(html, items) == [
            "2 own_phone",
            "3 shares_phone",
            "4 which_apps",
        ]
        assert re.search(r'<a href="#q-4">Question 4: [^<]+</a>', html)
        assert '<input type="hidden" name="q" value="2">' in html
        attempt = Attempt.objects.get(learner=learner)
        assert dict(attempt.responses.values_list("item__code", "value")) == {
            "used_phone": "yes",
            "own_phone": "yes",
        }

    def test_handing_in_goes_back_to_the_screen_of_a_missing_answer(self, taking):
        client, url, items, learner = taking
        self.post(client, url, 1, {items["used_phone"]: "yes"})
        self.post(client, url, 2, {items["own_phone"]: "no"})  # no apps yet
        self.post(client, url, 3, {items["tell_adult"]: "yes"})
        response = self.post(
            client, url, 4, {items["met_stranger"]: "no"}, action="submit"
        )
        assert response["Location"] == f"{url}?q=2"
        html, _token = _page(client, response["Location"])
        assert "Please answer question 3 before handing in." in html
        assert self.on_page(html, items) == ["2 own_phone", "3 which_apps"]
        assert not Attempt.objects.get(learner=learner).is_submitted

    def test_a_screen_sent_twice_is_stored_once(self, taking):
        client, url, items, learner = taking
        self.post(client, url, 1, {items["used_phone"]: "yes"})
        _html, token = _page(client, f"{url}?q=2")
        answers = {items["own_phone"]: "no", items["which_apps"]: ["video"]}
        first = self.post(client, url, 2, answers, token=token)
        second = self.post(client, url, 2, answers, token=token)
        assert first["Location"] == f"{url}?q=3"
        assert second["Location"] == url  # acknowledged, nothing changed
        attempt = Attempt.objects.get(learner=learner)
        assert attempt.responses.count() == 3
        assert FormSubmission.objects.filter(attempt=attempt).count() == 2


@pytest.mark.django_db
def test_screens_go_back_to_pyxform_as_field_list_groups():
    form = screens_form()
    source = instrument_import(form=form)
    exported = instrument_export(instrument=source)
    convert(xlsform=io.BytesIO(exported), file_type=".xlsx", warnings=[])
    sheet = load_workbook(io.BytesIO(exported))["survey"]
    rows = list(sheet.iter_rows(values_only=True))
    appearance = rows[0].index("appearance")
    groups = [(r[0], r[1], r[appearance]) for r in rows if "group" in (r[0] or "")]
    assert groups == [
        ("begin_group", "phone", "field-list"),
        ("begin_group", "apps", None),
        ("end_group", None, None),
        ("end_group", None, None),
    ]
    again = parse_form(exported, "screens.xlsx")
    assert [(i.code, i.group, i.screen, i.relevant) for i in again.items] == [
        (i.code, i.group, i.screen, i.relevant) for i in form.items
    ]
    table = instrument_export(instrument=instrument_import(form=read("table-list.xls")))
    rows = list(load_workbook(io.BytesIO(table))["survey"].iter_rows(values_only=True))
    appearance = rows[0].index("appearance")
    # Still a table in ODK Collect: pyxform writes its header row again.
    assert [r[appearance] for r in rows if r[0] == "begin_group"] == [
        "table-list",
        "table-list",
    ]


APPEARANCES_FORM = """
| survey |
| | type | name | label | appearance |
| | select_one agree | scale | I check who sees my posts. | likert |
| | select_multiple apps | multi_likert | Which apps? | likert |
| | select_multiple apps | in_columns | Which apps? (columns) | columns |
| | select_one agree | horizontal | How much? | horizontal |
| | select_multiple apps | packed | Which apps? (packed) | columns-pack |
| | select_one agree | compact | How much? (compact) | horizontal-compact |
| | select_one agree | three | How much? (3) | columns-3 |
| | select_multiple apps | five | Which apps? (5) | columns-5 quick |
| | select_one agree | dropdown | How much? (list) | minimal |
| | select_one agree | plain | How much? (plain) | |
| choices |
| | list_name | name | label |
| | agree | 1 | Disagree |
| | agree | 2 | Not sure |
| | agree | 3 | Agree |
| | apps | chat | Chat |
| | apps | video | Videos |
"""


@pytest.mark.django_db
def test_appearances_lay_out_the_choices_with_classes_only(client, course):
    instrument = instrument_import(form=parse_form(APPEARANCES_FORM.encode(), "a.md"))
    url, items, _learner = take_as_pre_test(client, course, instrument)
    html, _token = _page(client, url)
    lists = dict(
        re.findall(
            r'data-item="(\d+)">.*?(?:<ul class="([^"]*)"|<select)', html, re.DOTALL
        )
    )
    classes = {code: lists[str(item.pk)] for code, item in items.items()}
    assert classes == {
        "scale": "options options-likert",
        "multi_likert": "options",  # likert is for a single choice
        "in_columns": "options options-columns",
        "horizontal": "options options-columns",
        "packed": "options options-pack",
        "compact": "options options-pack",
        "three": "options options-columns options-columns-3",
        "five": "options options-columns options-columns-5",
        "dropdown": "",  # a <select>
        "plain": "options",
    }
    # Still radio buttons and check boxes, each with its label.
    scale = items["scale"].pk
    assert (
        f'<input type="radio" id="item-{scale}-1" name="item-{scale}" value="1">'
        in html
    )
    assert f'<label for="item-{scale}-1">Disagree</label>' in html
    five = items["five"].pk
    assert f'<input type="checkbox" id="item-{five}-chat"' in html
