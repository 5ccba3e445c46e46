"""XLSForm ``time`` and ``dateTime`` questions, end to end: imported as
background questions, asked with the browser's own time fields (no
JavaScript), checked on the server, entered from paper, exported as times
(CSV, XLSX, SPSS, Stata, read back by pyreadstat, pandas, openpyxl and
PSPP), read from KoboToolbox and ODK data exports, and written back to
XLSForm."""

import csv
import io
import re
import shutil
import subprocess
from datetime import datetime, time

import pytest
from openpyxl import Workbook, load_workbook
from pyxform.xls2xform import convert

from assessments import exports, scoring, xlsform_data
from assessments.exports import ExportScope, build_dataset
from assessments.models import Attempt
from assessments.services_imports import (
    ImportRejected,
    instrument_export,
    instrument_import,
    responses_import,
)
from assessments.services_paper import allowed_answers, paper_cell_value
from assessments.xlsform import XLSFormError, parse_form
from tests.assessments.test_exports import _take
from tests.assessments.test_xlsform_forms import _errors, _page, read
from tests.assessments.xlsform_helpers import take_as_pre_test
from tests.factories import make_class, make_teacher

FORM = """
| survey |
| | type | name | label | required | constraint | constraint_message |
| | time | bedtime | When do you go to sleep on a school night? | yes | . >= '19:00' or . <= '03:00' | Write a time in the evening or at night. |
| | time | wake_up | When do you get up? | | decimal-time(.) < decimal-time(${bedtime}) | You get up before you go to sleep. |
| | dateTime | last_online | When were you last online? | | . <= now() | That is in the future. |
| settings |
| | form_id | form_title |
| | sleep | Sleep and screens |
"""


def times_form():
    return parse_form(FORM.encode(), "sleep.md")


class TestAnswers:
    @pytest.mark.parametrize(
        "item_type,raw,stored",
        [
            (scoring.TIME, "14:30", "14:30"),  # what a browser sends
            (scoring.TIME, "14:30:00", "14:30"),  # HTML's normal form
            (scoring.TIME, "14:30:15", "14:30:15"),
            (scoring.TIME, "9:05", "09:05"),  # typed on paper
            (scoring.DATETIME, "2026-05-02T14:30", "2026-05-02T14:30"),
            (scoring.DATETIME, "2026-05-02T14:30:15", "2026-05-02T14:30:15"),
            (scoring.DATETIME, "2026-05-02 14:30:00", "2026-05-02T14:30"),
        ],
    )
    def test_what_a_browser_sends_is_stored_in_one_iso_form(
        self, item_type, raw, stored
    ):
        spec = scoring.ItemSpec("t", "", item_type)
        assert scoring.normalise_value(spec, raw) == stored
        assert scoring.score_item(spec, raw) is None  # never scored

    @pytest.mark.parametrize(
        "item_type,raw",
        [
            (scoring.TIME, "25:00"),
            (scoring.TIME, "14:61"),
            (scoring.TIME, "2:30 pm"),
            (scoring.TIME, "14h30"),
            (scoring.TIME, "14:30:00.000+03:00"),  # ODK's, read by the import
            (scoring.DATETIME, "2026-05-02"),
            (scoring.DATETIME, "2026-02-30T10:00"),
            (scoring.DATETIME, "02/05/2026 14:30"),
        ],
    )
    def test_anything_else_is_refused(self, item_type, raw):
        with pytest.raises(scoring.InvalidAnswer):
            scoring.normalise_value(scoring.ItemSpec("t", "", item_type), raw)

    def test_the_text_order_is_the_time_order(self):
        """Seconds only when not zero: each time has one text, and text
        compares as time does (the form's expressions compare text)."""
        spec = scoring.ItemSpec("t", "", scoring.TIME)
        times = ["09:30", "09:30:15", "09:31", "10:00"]
        assert sorted(scoring.normalise_value(spec, t) for t in times) == times


class TestImport:
    def test_time_and_datetime_are_background_questions(self):
        form = times_form()
        assert [(i.code, i.item_type, i.domain) for i in form.items] == [
            ("bedtime", scoring.TIME, ""),
            ("wake_up", scoring.TIME, ""),
            ("last_online", scoring.DATETIME, ""),
        ]
        assert not [w for w in form.warnings if "left out" in w]
        # KoboCAT's data-types form writes "datetime" in lower case.
        kobo = {i.code: i.item_type for i in read("test_data_types.xls").items}
        assert kobo["precisely"] == scoring.DATETIME
        assert kobo["really"] == scoring.TIME

    def test_a_knowledge_domain_or_an_answer_key_is_refused_as_for_a_date(self):
        scored = """
| survey |
| | type | name | label | kap_domain | answer_key |
| | time | bedtime | When do you go to sleep? | K | |
| | dateTime | last_online | When were you last online? | | 2026-05-02T14:30 |
"""
        with pytest.raises(XLSFormError) as caught:
            parse_form(scored.encode(), "sleep.md")
        assert caught.value.errors == [
            "survey row 2, column kap_domain: a knowledge question needs choices "
            "with a right answer",
            "survey row 3, column answer_key: only knowledge questions with "
            "choices have an answer key",
        ]

    def test_a_question_with_choices_cannot_be_made_a_time(self):
        choices = """
| survey |
| | type | name | label | kap_type |
| | select_one yn | sleeps_well | Do you sleep well? | time |
| choices |
| | list_name | name | label |
| | yn | yes | Yes |
| | yn | no | No |
"""
        with pytest.raises(XLSFormError) as caught:
            parse_form(choices.encode(), "sleep.md")
        assert caught.value.errors == [
            "survey row 2, column kap_type: 'time' does not fit type select one"
        ]

    @pytest.mark.django_db
    def test_written_back_as_time_and_datetime_for_pyxform(self):
        instrument = instrument_import(form=times_form())
        exported = instrument_export(instrument=instrument)
        survey = load_workbook(io.BytesIO(exported))["survey"]
        types = {row[1]: row[0] for row in survey.iter_rows(values_only=True)}
        assert types["bedtime"] == "time"
        assert types["last_online"] == "dateTime"
        xform = convert(
            xlsform=io.BytesIO(exported), file_type=".xlsx", warnings=[]
        ).xform
        binds = dict(
            re.findall(r'<bind nodeset="/data/(\w+)"[^>]* type="(\w+)"', xform)
        )
        assert (binds["bedtime"], binds["last_online"]) == ("time", "dateTime")
        again = parse_form(exported, "sleep.xlsx")
        assert [(i.code, i.item_type, i.constraint) for i in again.items] == [
            (i.code, i.item_type, i.constraint) for i in times_form().items
        ]


@pytest.mark.django_db
class TestDelivery:
    @pytest.fixture
    def taking(self, client, course):
        instrument = instrument_import(form=times_form())
        url, items, learner = take_as_pre_test(client, course, instrument)
        return client, url, items, learner

    def save(self, client, url, answers: dict):
        _html, token = _page(client, url)
        form = {f"item-{item.pk}": value for item, value in answers.items()}
        return client.post(url, {**form, "page_token": token, "action": "save"})

    def test_the_browsers_own_fields_without_javascript(self, taking):
        client, url, items, learner = taking
        html, _token = _page(client, url)
        bedtime, last_online = items["bedtime"], items["last_online"]
        assert (
            f'<input id="item-{bedtime.pk}" name="item-{bedtime.pk}" value="" '
            'type="time"' in html
        )
        assert f'name="item-{last_online.pk}" value="" type="datetime-local"' in html
        response = self.save(
            client, url, {bedtime: "21:30", last_online: "2026-05-02T14:30"}
        )
        assert response.status_code == 302
        attempt = Attempt.objects.get(learner=learner)
        stored = dict(attempt.responses.values_list("item__code", "value"))
        assert stored == {"bedtime": "21:30", "last_online": "2026-05-02T14:30"}
        html, _token = _page(client, url)
        assert f'name="item-{bedtime.pk}" value="21:30" type="time"' in html
        assert (
            f'name="item-{last_online.pk}" value="2026-05-02T14:30" '
            'type="datetime-local"' in html
        )

    def test_what_is_not_a_time_gets_a_clear_error_and_is_not_stored(self, taking):
        client, url, items, learner = taking
        response = self.save(
            client,
            url,
            {items["bedtime"]: "half past nine", items["last_online"]: "yesterday"},
        )
        assert response.status_code == 400
        assert _errors(response) == [
            "Please write a time (hours:minutes, e.g. 14:30).",
            "Please write a date and a time (year-month-day, hours:minutes).",
        ]
        assert not Attempt.objects.get(learner=learner).responses.exists()

    def test_constraints_compare_times(self, taking):
        """``. >= '19:00'`` compares as text (the stored form keeps time
        order); two answers compare with ``decimal-time()``, as in ODK; a
        date and time with ``now()``."""
        client, url, items, learner = taking
        bedtime, wake_up, last_online = (
            items["bedtime"],
            items["wake_up"],
            items["last_online"],
        )
        refused = self.save(
            client,
            url,
            {bedtime: "12:00", last_online: "2999-01-01T10:00"},
        )
        assert _errors(refused) == [
            "Write a time in the evening or at night.",
            "That is in the future.",
        ]
        assert self.save(client, url, {bedtime: "19:00"}).status_code == 302
        refused = self.save(client, url, {wake_up: "23:00"})
        assert _errors(refused) == ["You get up before you go to sleep."]
        assert self.save(client, url, {wake_up: "06:45"}).status_code == 302
        stored = dict(
            Attempt.objects.get(learner=learner).responses.values_list(
                "item__code", "value"
            )
        )
        assert stored == {"bedtime": "19:00", "wake_up": "06:45"}


@pytest.mark.django_db
def test_paper_entry_takes_times_as_a_clerk_types_them():
    instrument = instrument_import(form=times_form())
    items = {item.code: item for item in instrument.get_items()}
    bedtime, last_online = items["bedtime"], items["last_online"]
    assert paper_cell_value(bedtime, " 9:30 ") == "09:30"
    assert paper_cell_value(last_online, "2026-05-02 14:30") == "2026-05-02T14:30"
    assert allowed_answers(bedtime) == "HH:MM"
    assert allowed_answers(last_online) == "YYYY-MM-DD HH:MM"
    with pytest.raises(scoring.InvalidAnswer):
        paper_cell_value(bedtime, "9.30")


# -- exports ------------------------------------------------------------------

FIRST = {"bedtime": "21:30", "wake_up": "06:45:30", "last_online": "2026-05-02T14:30"}
SECOND = {"bedtime": "22:00"}  # the optional ones left unanswered


@pytest.fixture
def exported(course):
    """Two learners take the form as pre- and post-test (through the
    services, as the browser's fields send the answers)."""
    instrument = instrument_import(form=times_form())
    course.pre_test = course.post_test = instrument
    course.save_revision().publish()
    school_class = make_class(teacher=make_teacher(), learners=2, course=course)
    learners = [m.learner for m in school_class.memberships.order_by("learner_id")]
    for phase in ("pre", "post"):
        _take(learners[0], course, phase, FIRST)
        _take(learners[1], course, phase, SECOND)
    programme = school_class.school.programme

    def data(dataset: str):
        return build_dataset(
            dataset,
            ExportScope(programme_id=programme.pk),
            programme_key=programme.pseudonym_key,
            threshold=10,
        )

    return data


def _file(data, path, writer) -> str:
    writer(data, str(path))
    return str(path)


@pytest.mark.django_db
class TestExports:
    def test_csv_has_iso_text_and_the_codebook_names_the_types(self, exported):
        data = exported("prepost_wide")
        out = io.StringIO()
        exports.write_csv([[v.name for v in data.variables]], out)
        exports.write_csv(data.rows, out)
        first, second = list(csv.DictReader(io.StringIO(out.getvalue())))
        assert (first["bedtime_pre"], first["wake_up_pre"]) == ("21:30", "06:45:30")
        assert first["last_online_post"] == "2026-05-02T14:30"
        assert (second["bedtime_post"], second["last_online_post"]) == ("22:00", "")
        rows = list(exports.codebook_rows(data.variables, data.items))
        codebook = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows}
        assert codebook["bedtime_pre"]["type"] == "time"
        assert codebook["last_online_pre"]["type"] == "datetime"
        assert codebook["item=bedtime"]["type"] == "Time of day (not scored)"
        assert codebook["item=last_online"]["type"] == "Date and time (not scored)"

    def test_the_long_file_has_the_answers_as_stored(self, exported):
        data = exported("responses_long")
        names = [v.name for v in data.variables]
        values = [
            (row[names.index("item")], row[names.index("value")])
            for row in data.rows
            if row[names.index("phase")] == "pre"
        ]
        assert values == [
            ("bedtime", "21:30"),
            ("wake_up", "06:45:30"),
            ("last_online", "2026-05-02T14:30"),
            ("bedtime", "22:00"),
        ]

    def test_xlsx_has_time_and_date_time_cells(self, exported, tmp_path):
        path = _file(
            exported("prepost_wide"), tmp_path / "wide.xlsx", exports.write_xlsx
        )
        sheet = load_workbook(path)["data"]
        header = [cell.value for cell in sheet[1]]
        first, second = (
            dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2)
        )
        assert first["bedtime_pre"].value == time(21, 30)
        assert first["bedtime_pre"].number_format == "hh:mm:ss"
        assert first["wake_up_pre"].value == time(6, 45, 30)
        assert first["last_online_pre"].value == datetime(2026, 5, 2, 14, 30)
        assert first["last_online_pre"].number_format == "yyyy-mm-dd hh:mm:ss"
        assert first["last_online_pre"].is_date
        assert second["wake_up_pre"].value is None

    def test_spss_time_and_datetime_formats(self, exported, tmp_path):
        import pyreadstat

        path = _file(exported("prepost_wide"), tmp_path / "wide.sav", exports.write_sav)
        frame, meta = pyreadstat.read_sav(path)
        formats = meta.original_variable_types
        assert formats["bedtime_pre"] == "TIME8"
        assert formats["last_online_pre"] == "DATETIME20"
        assert frame["bedtime_pre"].tolist() == [time(21, 30), time(22, 0)]
        assert frame["wake_up_post"].tolist()[0] == time(6, 45, 30)
        assert frame["wake_up_post"].isna().tolist() == [False, True]
        assert frame["last_online_pre"].tolist()[0] == datetime(2026, 5, 2, 14, 30)
        assert meta.readstat_variable_types["bedtime_pre"] == "double"

    def test_stata_tc_for_datetime_and_a_time_on_1_january_1960(
        self, exported, tmp_path
    ):
        import pandas as pd
        import pyreadstat

        path = _file(exported("prepost_wide"), tmp_path / "wide.dta", exports.write_dta)
        frame, meta = pyreadstat.read_dta(path)
        formats = meta.original_variable_types
        assert formats["last_online_pre"] == "%tc"
        assert formats["bedtime_pre"] == "%tcHH:MM:SS"
        assert meta.readstat_variable_types["last_online_pre"] == "double"
        assert meta.readstat_variable_types["bedtime_pre"] == "double"
        assert frame["last_online_pre"].tolist()[0] == datetime(2026, 5, 2, 14, 30)
        assert frame["bedtime_pre"].tolist() == [time(21, 30), time(22, 0)]
        assert frame["wake_up_pre"].tolist()[0] == time(6, 45, 30)
        with pd.io.stata.StataReader(path) as reader:
            read_back = reader.read()
        assert read_back["last_online_pre"][0] == pd.Timestamp("2026-05-02 14:30")
        # pandas reads Stata's way of holding a time of day as it is held.
        assert read_back["bedtime_pre"][0] == pd.Timestamp("1960-01-01 21:30")
        assert read_back["last_online_pre"].isna().tolist() == [False, True]

    @pytest.mark.skipif(
        shutil.which("pspp") is None,
        reason="pspp is not installed (Debian package `pspp`, `make pspp`)",
    )
    def test_pspp_reads_the_times(self, exported, tmp_path):
        path = _file(exported("prepost_wide"), tmp_path / "wide.sav", exports.write_sav)
        syntax = tmp_path / "check.sps"
        syntax.write_text(
            f"GET FILE='{path}'.\n"
            "LIST VARIABLES=bedtime_pre wake_up_pre last_online_pre.\n",
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
        header = ["bedtime_pre", "wake_up_pre", "last_online_pre"]
        listed = rows[rows.index(header) + 1 :][:2]
        assert listed == [
            ["21:30:00", "06:45:30", "02-MAY-2026 14:30:00"],
            ["22:00:00", ".", "."],
        ]


# -- KoboToolbox and ODK data exports ------------------------------------------


@pytest.mark.parametrize(
    "cell,local",
    [
        ("14:30:00.000+03:00", "14:30:00"),  # ODK Collect, KoboToolbox
        ("14:30:00.000Z", "14:30:00"),
        ("14:30:00-05:00", "14:30:00"),
        ("14:30", "14:30"),
        ("2024-05-02T14:30:00.000+03:00", "2024-05-02T14:30:00"),
        ("2024-05-02T23:30:00.000-04:00", "2024-05-02T23:30:00"),  # not moved
        ("2024-05-02 14:30:00", "2024-05-02 14:30:00"),
        ("half past two", "half past two"),  # refused by the question's check
    ],
)
def test_a_data_export_time_keeps_its_time_of_day(cell, local):
    assert xlsform_data.local_time(cell) == local


KOBO_HEADER = ["learner", "bedtime", "wake_up", "last_online"]
KOBO_TAIL = ["_id", "_uuid", "_submission_time"]


def _kobo(rows: list[list]) -> list[list]:
    return [KOBO_HEADER + KOBO_TAIL] + [
        [*row, str(n), f"3f6c1f2e-5d0b-4a47-9a57-0c1e9e0b6a1{n}", "2026-05-02T12:00:00"]
        for n, row in enumerate(rows, start=1)
    ]


def _csv_bytes(rows: list[list]) -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=";", quoting=csv.QUOTE_ALL).writerows(rows)
    return out.getvalue().encode()


@pytest.mark.django_db
class TestDataExportImport:
    def test_odk_times_are_read_as_the_devices_time_of_day(self):
        instrument = instrument_import(form=times_form())
        data = _csv_bytes(
            _kobo(
                [
                    [
                        "S-1",
                        "21:30:00.000+03:00",
                        "06:45:30.000+03:00",
                        "2026-05-02T14:30:00.000+03:00",
                    ],
                    ["S-2", "22:00:00.000Z", "", "2026-05-01T23:15:10.500-04:00"],
                ]
            )
        )
        summary = responses_import(data=data, instrument=instrument, phase="pre")
        assert (summary.attempts, summary.responses) == (2, 5)
        answers = {
            a.learner.import_reference.reference: dict(
                a.responses.values_list("item__code", "value")
            )
            for a in Attempt.objects.all()
        }
        assert answers == {
            "S-1": {
                "bedtime": "21:30",
                "wake_up": "06:45:30",
                "last_online": "2026-05-02T14:30",
            },
            "S-2": {"bedtime": "22:00", "last_online": "2026-05-01T23:15:10"},
        }

    def test_an_xlsx_export_with_time_cells_reads_the_same(self):
        instrument = instrument_import(form=times_form())
        rows = _kobo([["S-1", time(21, 30), None, datetime(2026, 5, 2, 14, 30, 5)]])
        book = Workbook()
        for row in rows:
            book.active.append(row)
        out = io.BytesIO()
        book.save(out)
        responses_import(data=out.getvalue(), instrument=instrument, phase="pre")
        attempt = Attempt.objects.get()
        assert dict(attempt.responses.values_list("item__code", "value")) == {
            "bedtime": "21:30",
            "last_online": "2026-05-02T14:30:05",
        }

    def test_a_cell_that_is_no_time_is_named_and_nothing_stored(self):
        instrument = instrument_import(form=times_form())
        data = _csv_bytes(_kobo([["S-1", "9 pm", "", "2026-05-02"]]))
        with pytest.raises(ImportRejected) as caught:
            responses_import(data=data, instrument=instrument, phase="pre")
        assert caught.value.errors == [
            "row 2, column bedtime: bedtime: not a time of day (HH:MM)",
            "row 2, column last_online: last_online: not a date and time "
            "(YYYY-MM-DDTHH:MM)",
        ]
        assert not Attempt.objects.exists()
