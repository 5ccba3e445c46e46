"""Exports an analyst can open and trust, on KoboToolbox's own tutorial form
(tests/fixtures/xlsforms/kobocat_tutorial.xls: a whole number, a date, a
select_multiple and skip logic): one 0/1 column per option, dates as dates,
whole numbers as integers and "not applicable" apart from "missing", in every
format, read back with pyreadstat, pandas, openpyxl and PSPP."""

import csv
import io
import shutil
import subprocess
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from assessments import exports
from assessments.exports import (
    DATE,
    INTEGER,
    NOT_APPLICABLE,
    NUMBER,
    DatasetRows,
    ExportScope,
    ItemInfo,
    Variable,
    build_dataset,
    pseudonym,
)
from assessments.models import Attempt
from assessments.services_imports import instrument_import
from tests.assessments.test_exports import _take
from tests.assessments.test_xlsform_forms import _errors, _page, read
from tests.factories import make_class, make_teacher

FAN_PRE = {
    "age": "11",
    "gender": "female",
    "date": "2026-05-01",
    "pizza_fan": "yes",
    "pizza_type": "nyc",
    "favorite_toppings": ["cheese", "mushrooms"],
}
# Not a pizza fan: the form does not ask the pie or the toppings (relevant:
# ${pizza_fan} = 'yes'); the optional gender and date are left unanswered.
NOT_FAN_PRE = {"age": "12", "pizza_fan": "no"}
FAN_POST = {**FAN_PRE, "favorite_toppings": ["cheese"]}
NOT_FAN_POST = {
    "age": "12",
    "date": "2026-06-30",
    "pizza_fan": "yes",
    "favorite_toppings": ["anchovies"],
}
HANDED_IN = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)

TOPPINGS = [
    ("favorite_toppi_cheese", "cheese", "Cheese"),
    ("favorite_toppi_pepperon", "pepperoni", "Pepperoni"),
    ("favorite_toppi_sausauge", "sausauge", "Sausauge"),
    ("favorite_toppi_green_pe", "green_peppers", "Green Peppers"),
    ("favorite_toppi_mushroom", "mushrooms", "Mushrooms"),
    ("favorite_toppi_anchovie", "anchovies", "Anchovies :)"),
]
ITEM_STEMS = ["age", "gender", "date", "pizza_fan", "pizza_type", "favorite_toppings"]
WIDE_HEADER = [
    "learner",
    "course",
    "language_pre",
    "language_post",
    "pre_on",
    "post_on",
    "matched",
    *[f"{d}_{p}" for d in "KAP" for p in ("pre", "post", "gain")],
    "not_applicable_pre",
    "not_applicable_post",
    *[f"{stem}_{p}" for stem in ITEM_STEMS for p in ("pre", "post")],
    *[f"{stem}_{p}" for stem, _key, _text in TOPPINGS for p in ("pre", "post")],
]


@pytest.fixture
def tutorial(client, course):
    """Two learners take the imported form as the course's pre-test in the
    browser, and again as the post-test (through the services)."""
    instrument = instrument_import(form=read("kobocat_tutorial.xls"))
    course.pre_test = instrument
    course.post_test = instrument
    course.save_revision().publish()
    school_class = make_class(teacher=make_teacher(), learners=2, course=course)
    learners = [m.learner for m in school_class.memberships.order_by("learner_id")]
    items = {item.code: item for item in instrument.get_items()}
    url = reverse("assessments:take", kwargs={"course_id": course.pk, "phase": "pre"})
    for learner, answers in zip(learners, (FAN_PRE, NOT_FAN_PRE), strict=True):
        client.force_login(learner)
        form = {f"item-{items[code].pk}": value for code, value in answers.items()}
        for action in ("save", "submit"):
            _html, token = _page(client, url)
            response = client.post(url, {**form, "page_token": token, "action": action})
        assert response.status_code == 302, _errors(response)
    for learner, answers in zip(learners, (FAN_POST, NOT_FAN_POST), strict=True):
        _take(learner, course, "post", answers)
    Attempt.objects.update(submitted_at=HANDED_IN)
    not_fan_pre = Attempt.objects.get(learner=learners[1], phase="pre")
    assert not_fan_pre.scores["not_applicable"] == ["favorite_toppings", "pizza_type"]
    programme = school_class.school.programme
    key = programme.pseudonym_key
    return {
        "programme": programme,
        "learners": [pseudonym(key=key, learner_id=u.pk) for u in learners],
    }


def _data(tutorial, dataset: str) -> DatasetRows:
    return build_dataset(
        dataset,
        ExportScope(programme_id=tutorial["programme"].pk),
        programme_key=tutorial["programme"].pseudonym_key,
        threshold=10,
    )


def _csv(data: DatasetRows) -> list[dict]:
    out = io.StringIO()
    exports.write_csv([[v.name for v in data.variables]], out)
    exports.write_csv(data.rows, out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]], rows[0]


def _file(tutorial, dataset: str, file_format: str, tmp_path) -> str:
    path = str(tmp_path / f"{dataset}.{file_format}")
    writer = {
        "sav": exports.write_sav,
        "dta": exports.write_dta,
        "xlsx": exports.write_xlsx,
    }[file_format]
    writer(_data(tutorial, dataset), path)
    return path


def _codebook(data: DatasetRows) -> dict:
    rows = list(exports.codebook_rows(data.variables, data.items))
    return {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}


@pytest.mark.django_db
class TestMatchedFile:
    def test_csv_has_one_0_1_column_per_option_beside_the_answer(self, tutorial):
        rows, header = _csv(_data(tutorial, "prepost_wide"))
        assert header == WIDE_HEADER
        fan, not_fan = rows
        assert [fan["learner"], not_fan["learner"]] == tutorial["learners"]
        assert {
            name: fan[name]
            for name in header
            if name.startswith(("favorite_", "age_", "date_", "pre_on"))
        } == {
            "pre_on": "2026-05-04",
            "age_pre": "11",
            "age_post": "11",
            "date_pre": "2026-05-01",
            "date_post": "2026-05-01",
            "favorite_toppings_pre": "cheese,mushrooms",
            "favorite_toppings_post": "cheese",
            "favorite_toppi_cheese_pre": "1",
            "favorite_toppi_cheese_post": "1",
            "favorite_toppi_pepperon_pre": "0",
            "favorite_toppi_pepperon_post": "0",
            "favorite_toppi_sausauge_pre": "0",
            "favorite_toppi_sausauge_post": "0",
            "favorite_toppi_green_pe_pre": "0",
            "favorite_toppi_green_pe_post": "0",
            "favorite_toppi_mushroom_pre": "1",
            "favorite_toppi_mushroom_post": "0",
            "favorite_toppi_anchovie_pre": "0",
            "favorite_toppi_anchovie_post": "0",
        }
        # Not asked in the pre-test: empty (not 0), and named as not asked.
        assert not_fan["not_applicable_pre"] == "favorite_toppings pizza_type"
        assert not_fan["pizza_type_pre"] == not_fan["favorite_toppings_pre"] == ""
        assert {not_fan[f"{stem}_pre"] for stem, _k, _t in TOPPINGS} == {""}
        assert [not_fan[f"{stem}_post"] for stem, _k, _t in TOPPINGS] == [
            "0",
            "0",
            "0",
            "0",
            "0",
            "1",
        ]
        # Asked and left unanswered: missing, and not listed as not asked.
        assert not_fan["date_pre"] == not_fan["gender_pre"] == ""
        assert not_fan["date_post"] == "2026-06-30"

    def test_the_row_tells_not_applicable_from_missing(self, tutorial):
        data = _data(tutorial, "prepost_wide")
        names = [v.name for v in data.variables]
        _fan, not_fan = (dict(zip(names, row, strict=True)) for row in data.rows)
        assert not_fan["pizza_type_pre"] is NOT_APPLICABLE
        assert not_fan["favorite_toppi_cheese_pre"] is NOT_APPLICABLE
        assert not_fan["date_pre"] is None  # asked, not answered
        assert not_fan["date_post"] == date(2026, 6, 30)
        assert not_fan["age_pre"] == 12 and not_fan["pre_on"] == date(2026, 5, 4)

    def test_codebook_labels_each_option_column(self, tutorial):
        codebook = _codebook(_data(tutorial, "prepost_wide"))
        not_applicable = (
            "-98 = not applicable (SPSS, user-missing); .a = not applicable (Stata)"
        )
        for stem, key, text in TOPPINGS:
            row = codebook[f"{stem}_pre"]
            assert row["label"] == f"favorite_toppings pre: {text}"
            assert row["type"] == "integer"
            assert row["values"] == "0 = Not selected; 1 = Selected"
            assert row["spss_stata_codes"] == not_applicable
            assert row["wording_en"] == f"Favorite toppings [{key}: {text}]"
        assert codebook["age_pre"]["type"] == "integer"
        assert codebook["date_pre"]["type"] == "date"
        assert codebook["pre_on"]["type"] == "date"
        assert codebook["age_pre"]["spss_stata_codes"] == not_applicable
        assert codebook["pizza_type_pre"]["spss_stata_codes"] == ""  # text
        assert codebook["matched"]["spss_stata_codes"] == ""

    def test_spss_codes_formats_and_dates(self, tutorial, tmp_path):
        import pyreadstat

        path = _file(tutorial, "prepost_wide", "sav", tmp_path)
        frame, meta = pyreadstat.read_sav(path, user_missing=True)
        formats = meta.original_variable_types
        for name in ("matched", "age_pre", "favorite_toppi_cheese_pre"):
            assert formats[name] == "F8.0", name
        for name in ("pre_on", "post_on", "date_pre", "date_post"):
            assert formats[name] == "SDATE10", name
        assert formats["K_pre"] == "F8.2"
        cheese = "favorite_toppi_cheese_pre"
        assert meta.missing_ranges[cheese] == [{"lo": -98.0, "hi": -98.0}]
        assert meta.missing_ranges["age_pre"] == [{"lo": -98.0, "hi": -98.0}]
        assert "matched" not in meta.missing_ranges
        assert meta.variable_value_labels[cheese] == {
            0.0: "Not selected",
            1.0: "Selected",
            -98.0: "Not applicable",
        }
        assert meta.column_names_to_labels[cheese] == "favorite_toppings pre: Cheese"
        assert frame[cheese].tolist() == [1.0, -98.0]
        assert frame["favorite_toppi_anchovie_post"].tolist() == [0.0, 1.0]
        assert frame["date_pre"].tolist()[0] == date(2026, 5, 1)
        assert frame["date_post"].tolist() == [date(2026, 5, 1), date(2026, 6, 30)]
        assert frame["pre_on"].tolist() == [date(2026, 5, 4)] * 2
        assert frame["age_pre"].tolist() == [11.0, 12.0]
        # Without user-missing values, not applicable is missing like the rest.
        plain, _meta = pyreadstat.read_sav(path)
        assert plain[cheese].isna().tolist() == [False, True]
        assert plain["date_pre"].isna().tolist() == [False, True]

    def test_stata_extended_missing_long_integers_and_td_dates(
        self, tutorial, tmp_path
    ):
        import pandas as pd
        import pyreadstat

        path = _file(tutorial, "prepost_wide", "dta", tmp_path)
        frame, meta = pyreadstat.read_dta(path, user_missing=True)
        types = meta.readstat_variable_types
        for name in ("matched", "age_pre", "favorite_toppi_cheese_pre", "date_pre"):
            assert types[name] == "int32", name  # Stata long
        assert types["K_pre"] == "double"
        for name in ("pre_on", "date_pre", "date_post"):
            assert meta.original_variable_types[name] == "%td", name
        cheese = "favorite_toppi_cheese_pre"
        assert frame[cheese].tolist() == [1, "a"]
        assert meta.missing_user_values[cheese] == ["a"]
        assert meta.variable_value_labels[cheese] == {
            0: "Not selected",
            1: "Selected",
            "a": "Not applicable",
        }
        assert frame["date_post"].tolist() == [date(2026, 5, 1), date(2026, 6, 30)]
        with pd.io.stata.StataReader(path) as reader:
            read = reader.read(convert_categoricals=True)
        assert read[cheese].tolist()[0] == "Selected"
        assert read[cheese].isna().tolist() == [False, True]
        assert str(read["age_pre"].dtype) == "int32"
        assert read["date_post"].tolist() == [
            pd.Timestamp("2026-05-01"),
            pd.Timestamp("2026-06-30"),
        ]
        assert read["date_pre"].isna().tolist() == [False, True]

    def test_xlsx_has_date_cells_and_whole_numbers(self, tutorial, tmp_path):
        import openpyxl

        path = _file(tutorial, "prepost_wide", "xlsx", tmp_path)
        book = openpyxl.load_workbook(path)
        sheet = book["data"]
        header = [cell.value for cell in sheet[1]]
        fan, not_fan = (
            dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2)
        )
        for name in ("pre_on", "date_pre", "date_post"):
            assert fan[name].number_format == "yyyy-mm-dd", name
            assert fan[name].is_date
        assert fan["date_pre"].value == datetime(2026, 5, 1)
        assert not_fan["date_post"].value == datetime(2026, 6, 30)
        for name in ("age_pre", "matched", "favorite_toppi_cheese_pre"):
            assert type(fan[name].value) is int, name
        assert fan["favorite_toppi_cheese_pre"].value == 1
        assert fan["favorite_toppi_pepperon_pre"].value == 0
        assert not_fan["favorite_toppi_cheese_pre"].value is None  # not asked
        assert not_fan["date_pre"].value is None
        book.close()

    @pytest.mark.skipif(
        shutil.which("pspp") is None,
        reason="pspp is not installed (Debian package `pspp`, `make pspp`)",
    )
    def test_pspp_reads_formats_missing_values_and_dates(self, tutorial, tmp_path):
        path = _file(tutorial, "prepost_wide", "sav", tmp_path)
        syntax = tmp_path / "check.sps"
        syntax.write_text(
            f"GET FILE='{path}'.\n"
            "DISPLAY DICTIONARY /VARIABLES=pre_on matched age_pre date_pre "
            "favorite_toppi_cheese_pre.\n"
            "FREQUENCIES VARIABLES=favorite_toppi_cheese_pre.\n"
            "LIST VARIABLES=pre_on age_pre date_pre favorite_toppi_cheese_pre.\n",
            encoding="utf-8",
        )
        report = tmp_path / "report.csv"
        subprocess.run(
            ["pspp", str(syntax), "-o", str(report)],
            capture_output=True,
            timeout=120,
            check=True,
        )
        rows = list(csv.reader(io.StringIO(report.read_text(encoding="utf-8"))))
        header = next(row for row in rows if row[:2] == ["Name", "Position"])
        dictionary = {
            row[0]: dict(zip(header, row, strict=True))
            for row in rows
            if len(row) == len(header) and row[0] != "Name"
        }
        assert {
            name: (
                entry["Print Format"],
                entry["Missing Values"],
                entry["Measurement Level"],
            )
            for name, entry in dictionary.items()
        } == {
            "pre_on": ("SDATE10", "", "Scale"),
            "matched": ("F8.0", "", "Nominal"),
            "age_pre": ("F8.0", "-98", "Scale"),
            "date_pre": ("SDATE10", "-98", "Scale"),
            "favorite_toppi_cheese_pre": ("F8.0", "-98", "Nominal"),
        }
        # The frequency table counts "Not applicable" as user-missing.
        assert ["Valid", "Selected", "1", "50.0%", "100.0%", "100.0%"] in rows
        assert ["Missing", "Not applicable", "1", "50.0%", "", ""] in rows
        listed = rows[
            rows.index(["pre_on", "age_pre", "date_pre", "favorite_toppi_cheese_pre"])
            + 1 :
        ][:2]
        assert listed == [
            ["2026/05/04", "11", "2026/05/01", "1"],
            ["2026/05/04", "12", ".", "-98"],
        ]


@pytest.mark.django_db
class TestLongFile:
    def test_a_row_for_each_question_not_asked(self, tutorial):
        data = _data(tutorial, "responses_long")
        rows, header = _csv(data)
        assert header[-4:] == ["value", "score", "status", "form_version"]
        assert data.total == len(rows) == 6 + 6 + 4 + 4
        not_fan = [
            [row[name] for name in ("phase", "item", "item_type", "value", "status")]
            for row in rows
            if row["learner"] == tutorial["learners"][1]
        ]
        # In the questionnaire's order; the optional questions left unanswered
        # (gender, and the date in the pre-test) have no row: missing.
        assert not_fan == [
            ["pre", "age", "number", "12", "answered"],
            ["pre", "pizza_fan", "single", "no", "answered"],
            ["pre", "pizza_type", "single", "", "not_applicable"],
            ["pre", "favorite_toppings", "multi", "", "not_applicable"],
            ["post", "age", "number", "12", "answered"],
            ["post", "date", "date", "2026-06-30", "answered"],
            ["post", "pizza_fan", "single", "yes", "answered"],
            ["post", "favorite_toppings", "multi", "anchovies", "answered"],
        ]
        assert {row["submitted_on"] for row in rows} == {"2026-05-04"}
        status = _codebook(data)["status"]
        assert status["values"] == (
            "answered = Answered; not_applicable = Not applicable: the form's "
            "skip logic did not ask it; calculated = Calculated from the answers "
            "(XLSForm calculate), not asked"
        )
        assert status["spss_stata_codes"] == (
            "1 = answered; 2 = not_applicable; 3 = calculated"
        )

    def test_spss_and_stata_codes_of_the_rows_not_asked(self, tutorial, tmp_path):
        import pyreadstat

        frame, meta = pyreadstat.read_sav(
            _file(tutorial, "responses_long", "sav", tmp_path), user_missing=True
        )
        skipped = frame[frame["status"] == 2]
        assert skipped["item"].tolist() == ["pizza_type", "favorite_toppings"]
        assert skipped["score"].tolist() == [-98.0, -98.0]
        assert set(skipped["value"]) == {""}
        assert meta.missing_ranges["score"] == [{"lo": -98.0, "hi": -98.0}]
        assert meta.original_variable_types["status"] == "F8.0"
        assert meta.original_variable_types["score"] == "F8.4"
        assert meta.original_variable_types["submitted_on"] == "SDATE10"
        answered = frame[frame["status"] == 1]
        assert answered["score"].isna().all()  # background questions: not scored
        frame, meta = pyreadstat.read_dta(
            _file(tutorial, "responses_long", "dta", tmp_path), user_missing=True
        )
        assert frame.loc[frame["status"] == 2, "score"].tolist() == ["a", "a"]
        assert meta.readstat_variable_types["status"] == "int32"
        assert meta.original_variable_types["submitted_on"] == "%td"


def _info(code, item_type="single", *, instrument="T", answers=(), **extra):
    return ItemInfo(
        key=f"{instrument}-{code}",
        code=code,
        instrument=instrument,
        domain=extra.pop("domain", ""),
        subscale="",
        item_type=item_type,
        reverse_coded=False,
        wording={"en": code},
        options={},
        answers=list(answers),
        **extra,
    )


class TestColumnNames:
    def test_names_are_valid_in_spss_and_stata_and_never_collide(self):
        items = [
            _info("language", "number"),  # would be the file's language_pre
            _info("Age", "number"),
            _info("age", "number"),  # SPSS names ignore case
            _info("_1_How_old_are_you", "number"),  # KoboToolbox's names
            _info(
                "Which_should_stay_private",
                "multi",
                answers=[("home_address", "Address"), ("home_phone", "Phone")],
            ),
            _info("Which_should_s_home_add", "number"),  # an option's name
            _info(
                "Do_you_have_your_own_phone_now",
                "truefalse",
                answers=[("true", "True"), ("false", "False")],
            ),
        ]
        reserved = {"language", "K", "A", "P", "not_applicable"}
        stems = exports._wide_item_columns(items, reserved)
        assert [stem for stem, _infos in stems] == [
            "language_2",
            "Age",
            "age_2",
            "v_1_How_old_are_you",
            "Which_should_stay_private",
            "Which_should_s_home_add",
            "Do_you_have_your_own_ph",  # labelled: 23 characters at most
        ]
        taken = {name.lower() for name in reserved} | {
            stem.lower() for stem, _infos in stems
        }
        options = exports._option_columns(stems, taken)
        assert options == {
            "Which_should_stay_private": [
                ("Which_should_s_home_a_2", "home_address"),
                ("Which_should_s_home_pho", "home_phone"),
            ]
        }
        columns = [stem for stem, _infos in stems] + [
            stem for stem, _key in options["Which_should_stay_private"]
        ]
        names = [f"{stem}_{phase}" for stem in columns for phase in ("pre", "post")]
        assert len({name.lower() for name in names}) == len(names) == 18
        assert max(len(name) for name in names) <= 32

    def test_a_label_set_name_fits_stata(self, tmp_path):
        """pyreadstat names a Stata label set ``<variable><n>``: a labelled
        column's name leaves room for n."""
        import pyreadstat

        variables = [
            Variable(
                f"{'x' * 23}{n:02d}_post"[-28:],
                "0/1",
                kind=INTEGER,
                values=(("0", "No"), ("1", "Yes")),
                not_applicable=True,
            )
            for n in range(120)
        ]
        rows = iter([[1] * 120, [NOT_APPLICABLE] * 120])
        path = str(tmp_path / "labels.dta")
        exports.write_dta(DatasetRows(variables, rows, 2, []), path)
        frame, meta = pyreadstat.read_dta(path, user_missing=True)
        assert frame[variables[-1].name].tolist() == [1, "a"]


class TestNumbers:
    def test_a_real_answer_of_minus_98_keeps_its_value(self, tmp_path):
        """A number question may have any answer: when one is -98, SPSS's
        not-applicable code of that column is -998, and the codebook says so."""
        import pyreadstat

        variables = [
            Variable("balance_pre", "Balance", kind=NUMBER, not_applicable=True),
            Variable("count_pre", "Count", kind=INTEGER, not_applicable=True),
        ]
        rows = [
            [Decimal("-98"), 4],
            [NOT_APPLICABLE, NOT_APPLICABLE],
            [Decimal("12.5"), None],
        ]
        data = DatasetRows(variables, iter(rows), 3, [])
        path = str(tmp_path / "numbers.sav")
        exports.write_sav(data, path)
        frame, meta = pyreadstat.read_sav(path, user_missing=True)
        assert frame["balance_pre"].tolist() == [-98.0, -998.0, 12.5]
        assert meta.missing_ranges["balance_pre"] == [{"lo": -998.0, "hi": -998.0}]
        assert meta.missing_ranges["count_pre"] == [{"lo": -98.0, "hi": -98.0}]
        assert meta.original_variable_types["balance_pre"] == "F8.2"
        assert meta.original_variable_types["count_pre"] == "F8.0"
        codebook = list(
            exports.codebook_rows(variables, [], spss_missing=data.spss_missing)
        )
        assert codebook[1][4].startswith("-998 = not applicable (SPSS")
        assert codebook[2][4].startswith("-98 = not applicable (SPSS")
        out = io.StringIO()
        exports.write_csv(rows, out)
        assert out.getvalue() == "-98,4\r\n,\r\n12.5,\r\n"  # as typed, no quote

    def test_whole_numbers_beyond_a_stata_long_are_doubles(self, tmp_path):
        import pyreadstat

        variables = [
            Variable("phone_pre", "Phone", kind=INTEGER, not_applicable=True),
            Variable("when_pre", "When", kind=DATE),
        ]
        rows = [[712345678901, date(2026, 1, 31)], [5, None]]
        path = str(tmp_path / "big.dta")
        exports.write_dta(DatasetRows(variables, iter(rows), 2, []), path)
        frame, meta = pyreadstat.read_dta(path)
        assert meta.readstat_variable_types["phone_pre"] == "double"
        assert frame["phone_pre"].tolist() == [712345678901.0, 5.0]
        assert meta.readstat_variable_types["when_pre"] == "int32"
        assert frame["when_pre"].tolist()[0] == date(2026, 1, 31)
