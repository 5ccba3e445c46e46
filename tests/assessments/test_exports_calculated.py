"""A form's ``calculate`` fields as columns of the data exports, as
KoboToolbox exports them: the value computed from each attempt's answers by
the test's own logic (``services.attempt_calculated``), a row with status
``calculated`` in the long file and a ``<name>_pre``/``<name>_post`` pair in
the matched file, numeric in SPSS and Stata when every value is a number,
in every format, read back with csv, openpyxl, pyreadstat and pandas."""

import csv
import io

import pytest

from assessments import exports
from assessments.exports import ExportScope, build_dataset
from assessments.models import Attempt
from assessments.services import (
    attempt_calculated,
    attempt_save_answers,
    attempt_submit,
)
from assessments.services_imports import instrument_import
from assessments.xlsform import parse_form
from tests.factories import make_class, make_teacher

FORM = """
| survey |
| | type | name | label | kap_domain | relevant | calculation |
| | select_one yn | uses_chat | Do you use chat apps? | | | |
| | select_one yn | told_adult | When something online upset you, did you tell an adult? | P | | |
| | select_one yn | checks_settings | Do you check who can see your chats? | P | ${uses_chat} = 'yes' | |
| | integer | hours | How many hours a day are you online? | | | |
| | calculate | safe_count | | | | if(${told_adult} = 'yes', 1, 0) + if(${checks_settings} = 'yes', 1, 0) |
| | calculate | safe_share | | | | ${safe_count} div 2 |
| | calculate | profile | | | | if(${safe_count} = 2, 'careful', 'learning') |
| | calculate | offline_hours | | | | 24 - ${hours} |
| choices |
| | list_name | name | label |
| | yn | yes | Yes |
| | yn | no | No |
| settings |
| | form_id | form_title | version |
| | habits | Online habits | 1 |
"""
SAFE_COUNT = "if(${told_adult} = 'yes', 1, 0) + if(${checks_settings} = 'yes', 1, 0)"
CALCULATED = ["safe_count", "safe_share", "profile", "offline_hours"]

FIRST_PRE = {"uses_chat": "yes", "told_adult": "yes", "checks_settings": "yes"}
FIRST_PRE |= {"hours": "3"}
FIRST_POST = {"uses_chat": "yes", "told_adult": "yes", "checks_settings": "no"}
# No chat apps: the settings question is not asked, so it counts as unanswered.
SECOND_PRE = {"uses_chat": "no", "told_adult": "no", "hours": "5"}


def habits(version: str = "1", profile: str = "if(${safe_count} = 2,"):
    text = FORM.replace("| Online habits | 1 |", f"| Online habits | {version} |")
    text = text.replace("if(${safe_count} = 2,", profile)
    return instrument_import(form=parse_form(text.encode(), "habits.md"))


def take(learner, course, instrument, phase: str, answers: dict) -> Attempt:
    membership = learner.memberships.select_related("school_class__school").first()
    attempt = Attempt.objects.create(
        learner=learner,
        instrument=instrument,
        course=course,
        course_key=course.translation_key,
        phase=phase,
        locale="en",
        school_class=membership.school_class,
        school=membership.school_class.school,
    )
    items = {i.code: i for i in instrument.get_items()}
    result = attempt_save_answers(
        attempt=attempt, answers={items[k].pk: v for k, v in answers.items()}
    )
    assert not result.errors
    return attempt_submit(attempt=attempt)


@pytest.fixture
def taken(course):
    """Two learners: the first takes the pre- and post-test, the second the
    pre-test only."""
    instrument = habits()
    school_class = make_class(teacher=make_teacher(), learners=2, course=course)
    learners = [m.learner for m in school_class.memberships.order_by("learner_id")]
    take(learners[0], course, instrument, "pre", FIRST_PRE)
    take(learners[0], course, instrument, "post", FIRST_POST)
    take(learners[1], course, instrument, "pre", SECOND_PRE)
    programme = school_class.school.programme
    return {
        "programme": programme,
        "course": course,
        "learners": learners,
        "instrument": instrument,
    }


def data(taken, dataset: str):
    programme = taken["programme"]
    return build_dataset(
        dataset,
        ExportScope(programme_id=programme.pk),
        programme_key=programme.pseudonym_key,
        threshold=10,
    )


def read_csv(built) -> list[dict]:
    out = io.StringIO()
    exports.write_csv([[v.name for v in built.variables]], out)
    exports.write_csv(built.rows, out)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def codebook(built) -> dict:
    """The codebook, once the rows are read (as every writer does)."""
    rows = list(exports.codebook_rows(built.variables, built.items))
    return {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}


@pytest.mark.django_db
def test_the_value_is_the_tests_own_logic(taken):
    """What the exports compute is what the test's logic reads: a question
    the skip logic hides counts as unanswered, whatever is stored."""
    items = list(taken["instrument"].get_items())
    key = {item.code: item.translation_key for item in items}
    answers = {key["uses_chat"]: "no", key["told_adult"]: "yes"}
    answers[key["checks_settings"]] = "yes"  # hidden: not counted
    assert attempt_calculated(items, answers) == {
        "safe_count": "1",
        "safe_share": "0.5",
        "profile": "learning",
    }


@pytest.mark.django_db
class TestMatchedFile:
    def test_a_pair_of_columns_per_calculated_field_after_the_questions(self, taken):
        built = data(taken, "prepost_wide")
        names = [v.name for v in built.variables]
        questions = ["uses_chat", "told_adult", "checks_settings", "hours"]
        assert names[-16:] == [
            f"{stem}_{phase}"
            for stem in questions + CALCULATED
            for phase in ("pre", "post")
        ]
        first, second = read_csv(built)
        assert {name: first[name] for name in names[-8:]} == {
            "safe_count_pre": "2",
            "safe_count_post": "1",
            "safe_share_pre": "1",
            "safe_share_post": "0.5",
            "profile_pre": "careful",
            "profile_post": "learning",
            "offline_hours_pre": "21",
            "offline_hours_post": "",  # no hours given: no value
        }
        assert {name: second[name] for name in names[-8:]} == {
            "safe_count_pre": "0",
            "safe_count_post": "",  # no post-test
            "safe_share_pre": "0",
            "safe_share_post": "",
            "profile_pre": "learning",
            "profile_post": "",
            "offline_hours_pre": "19",
            "offline_hours_post": "",
        }
        assert second["not_applicable_pre"] == "checks_settings"

    def test_the_codebook_gives_the_calculation_and_the_kind_of_values(self, taken):
        built = data(taken, "prepost_wide")
        read_csv(built)
        book = codebook(built)
        assert {name: book[f"{name}_pre"]["type"] for name in CALCULATED} == {
            "safe_count": "integer",
            "safe_share": "number",
            "profile": "string",
            "offline_hours": "integer",
        }
        row = book["safe_count_post"]
        assert row["label"] == "safe_count post: calculated, not asked"
        assert row["scoring_rule"].startswith(
            f"Calculated, not asked: the form's calculation {SAFE_COUNT} on the "
            "attempt's answers"
        )
        assert (row["values"], row["spss_stata_codes"], row["domain"]) == ("", "", "")
        item = book["item=safe_count"]
        assert item["type"] == "Calculated (XLSForm calculate), not asked"
        assert item["scoring_rule"] == row["scoring_rule"]

    def test_xlsx_numbers_are_numbers(self, taken, tmp_path):
        import openpyxl

        path = str(tmp_path / "wide.xlsx")
        exports.write_xlsx(data(taken, "prepost_wide"), path)
        book = openpyxl.load_workbook(path)
        sheet = book["data"]
        header = [cell.value for cell in sheet[1]]
        first, _second = (
            dict(zip(header, [c.value for c in row], strict=True))
            for row in sheet.iter_rows(min_row=2)
        )
        assert first["safe_count_pre"] == 2 and type(first["safe_count_pre"]) is int
        assert first["safe_share_post"] == 0.5
        assert first["profile_pre"] == "careful"
        assert first["offline_hours_post"] is None
        codebook_sheet = {row[0].value: row for row in book["codebook"].iter_rows()}
        assert codebook_sheet["safe_share_pre"][2].value == "number"
        book.close()

    def test_spss_numeric_where_every_value_is_a_number(self, taken, tmp_path):
        import pyreadstat

        path = str(tmp_path / "wide.sav")
        exports.write_sav(data(taken, "prepost_wide"), path)
        frame, meta = pyreadstat.read_sav(path)
        formats = meta.original_variable_types
        assert formats["safe_count_pre"] == "F8.0"
        assert formats["safe_share_pre"] == formats["safe_share_post"] == "F8.4"
        assert formats["profile_pre"].startswith("A")  # text
        assert frame["safe_count_pre"].tolist() == [2.0, 0.0]
        assert frame["safe_share_post"].tolist()[0] == 0.5
        assert frame["safe_share_post"].isna().tolist() == [False, True]
        assert frame["profile_pre"].tolist() == ["careful", "learning"]
        assert meta.column_names_to_labels["offline_hours_pre"] == (
            "offline_hours pre: calculated, not asked"
        )
        assert meta.variable_measure["safe_count_pre"] == "scale"

    def test_stata_long_double_and_string(self, taken, tmp_path):
        import pandas as pd
        import pyreadstat

        path = str(tmp_path / "wide.dta")
        exports.write_dta(data(taken, "prepost_wide"), path)
        frame, meta = pyreadstat.read_dta(path)
        types = meta.readstat_variable_types
        assert types["safe_count_pre"] == "int32"
        assert types["safe_share_post"] == "double"
        assert types["profile_pre"] == "string"
        assert frame["offline_hours_pre"].tolist() == [21, 19]
        assert meta.column_names_to_labels["profile_post"] == (
            "profile post: calculated, not asked"
        )
        with pd.io.stata.StataReader(path) as reader:
            read_back = reader.read()
        assert read_back["safe_share_pre"].tolist() == [1.0, 0.0]
        assert read_back["profile_post"].tolist() == ["learning", ""]

    def test_versions_and_tests_qualify_the_columns_as_for_questions(
        self, taken, course
    ):
        """A calculation unchanged in a new version of the form keeps its
        columns; a changed one gets its own, ``<name>_v2``; with two tests in
        the file, every column carries its test's code."""
        version_2 = habits("2", "if(${safe_count} >= 1,")
        other_class = make_class(
            teacher=make_teacher("teacher_b"), name="Class B", learners=1, course=course
        )
        learner = other_class.memberships.get().learner
        take(learner, course, version_2, "pre", FIRST_POST)
        built = data(taken, "prepost_wide")
        names = [v.name for v in built.variables]
        assert names[-10:] == [
            f"{stem}_{phase}"
            for stem in [*CALCULATED, "profile_v2"]
            for phase in ("pre", "post")
        ]
        first, _second, third = read_csv(built)
        assert (first["profile_pre"], first["profile_v2_pre"]) == ("careful", "")
        assert (third["profile_pre"], third["profile_v2_pre"]) == ("", "careful")
        assert third["safe_count_pre"] == "1"  # unchanged: the same column
        assert codebook(built)["profile_v2_pre"]["label"] == (
            "profile (changed in version 2) pre: calculated, not asked"
        )
        other = FORM.replace("| habits | Online habits | 1 |", "| habits_b | B | 1 |")
        other = instrument_import(form=parse_form(other.encode(), "habits_b.md"))
        take(learner, course, other, "post", FIRST_PRE)
        built = data(taken, "prepost_wide")
        names = [v.name for v in built.variables]
        assert {"habits_safe_count_pre", "habits_profile_v2_pre"} <= set(names)
        *_rest, third = read_csv(built)
        assert third["habits_b_safe_count_post"] == "2"
        assert third["habits_b_safe_count_pre"] == ""


@pytest.mark.django_db
class TestLongFile:
    def test_a_row_per_calculated_field_after_the_attempts_questions(self, taken):
        built = data(taken, "responses_long")
        rows = read_csv(built)
        assert built.total == len(rows) == 4 + 4 + 3 + 4 + 4 + 4
        second = [
            [row[name] for name in ("phase", "item", "item_type", "value", "status")]
            for row in rows
            if row["learner"] == rows[-1]["learner"]
        ]
        assert second == [
            ["pre", "uses_chat", "single", "no", "answered"],
            ["pre", "told_adult", "yesno", "no", "answered"],
            ["pre", "checks_settings", "yesno", "", "not_applicable"],
            ["pre", "hours", "number", "5", "answered"],
            ["pre", "safe_count", "calculate", "0", "calculated"],
            ["pre", "safe_share", "calculate", "0", "calculated"],
            ["pre", "profile", "calculate", "learning", "calculated"],
            ["pre", "offline_hours", "calculate", "19", "calculated"],
        ]
        first_post = [
            (row["item"], row["value"], row["score"])
            for row in rows
            if row["phase"] == "post" and row["status"] == "calculated"
        ]
        assert first_post == [
            ("safe_count", "1", ""),
            ("safe_share", "0.5", ""),
            ("profile", "learning", ""),
            ("offline_hours", "", ""),  # the calculation gives no value
        ]
        book = codebook(built)
        assert book["status"]["spss_stata_codes"] == (
            "1 = answered; 2 = not_applicable; 3 = calculated"
        )
        assert book["item=profile"]["type"] == (
            "Calculated (XLSForm calculate), not asked"
        )

    def test_spss_and_stata_codes_of_the_calculated_rows(self, taken, tmp_path):
        import pyreadstat

        path = str(tmp_path / "long.sav")
        exports.write_sav(data(taken, "responses_long"), path)
        frame, meta = pyreadstat.read_sav(path)
        calculated = frame[frame["status"] == 3]
        assert calculated["item"].tolist() == CALCULATED * 3
        assert meta.variable_value_labels["status"][3.0] == (
            "Calculated from the answers (XLSForm calculate), not asked"
        )
        code = calculated["item_type"].iloc[0]
        assert meta.variable_value_labels["item_type"][code] == (
            "Calculated (XLSForm calculate), not asked"
        )
        assert calculated["score"].isna().all()
        path = str(tmp_path / "long.dta")
        exports.write_dta(data(taken, "responses_long"), path)
        frame, _meta = pyreadstat.read_dta(path)
        assert frame.loc[frame["status"] == 3, "value"].tolist()[:3] == [
            "2",
            "1",
            "careful",
        ]
