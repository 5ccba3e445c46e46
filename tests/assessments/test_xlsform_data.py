"""Responses from KoboToolbox and ODK Central data exports (one submission per
row), read as the servers write them: tests/fixtures/data_exports/README.md
says where each file comes from."""

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from assessments import xlsform_data
from assessments.models import Attempt, LearnerReference, Response
from assessments.services_imports import (
    ImportRejected,
    instrument_import,
    responses_import,
)
from assessments.xlsform import parse_form
from tests.factories import make_user

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
EXPORTS = FIXTURES / "data_exports"
FORMS = FIXTURES / "xlsforms"


def fixture(name: str) -> bytes:
    return (EXPORTS / name).read_bytes()


def form(path: Path):
    return instrument_import(form=parse_form(path.read_bytes(), path.name))


def values(attempt) -> dict[str, str]:
    return dict(attempt.responses.values_list("item__code", "value"))


def rejected(data: bytes, instrument, **kwargs) -> list[str]:
    with pytest.raises(ImportRejected) as caught:
        responses_import(data=data, instrument=instrument, **kwargs)
    assert not Attempt.objects.exists()
    assert not Response.objects.exists()
    assert not LearnerReference.objects.exists()
    return caught.value.errors


def kobo_rows() -> list[list[str]]:
    """The KoboToolbox CSV export of the KAP form, header first."""
    text = fixture("kap_safety_kobo.csv").decode("utf-8")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def kobo_csv(rows: list[list[str]], delimiter: str = ";") -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_ALL).writerows(rows)
    return out.getvalue().encode("utf-8")


def workbook(rows: list[list]) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def column(rows: list[list[str]], name: str) -> int:
    return rows[0].index(name)


class TestReadingTheFile:
    def test_the_separator_is_sniffed_and_a_bom_is_dropped(self):
        rows = kobo_rows()
        for delimiter in (";", ",", "\t"):
            data = b"\xef\xbb\xbf" + kobo_csv(rows, delimiter)
            table = xlsform_data.read_table(data, max_rows=100)
            assert table.header == rows[0]
            assert [cells for _n, cells in table.rows] == rows[1:]
            assert [number for number, _c in table.rows] == [2, 3, 4, 5, 6, 7]

    def test_a_workbook_reads_as_its_csv_would(self):
        when = datetime(2026, 3, 2, 6, 15, 40)
        data = workbook(
            [
                ["_uuid", "_submission_time", "q", "q/a", "n", "d"],
                ["x", when, "a", True, 12.0, datetime(2014, 9, 30)],
                [None, None, None, None, None, None],
                ["y", "2026-03-02T06:15:41", 4, False, 12.5, None],
            ]
        )
        table = xlsform_data.read_table(data, max_rows=100)
        assert table.rows == [
            (2, ["x", "2026-03-02T06:15:40", "a", "true", "12", "2014-09-30"]),
            (4, ["y", "2026-03-02T06:15:41", "4", "false", "12.5", ""]),
        ]

    def test_the_server_is_told_by_its_own_columns(self):
        kobo = kobo_rows()[0]
        odk = fixture("kap_safety_odk_central.csv").decode().splitlines()[0]
        assert xlsform_data.export_kind(kobo) == xlsform_data.KOBO
        assert xlsform_data.export_kind(odk.split(",")) == xlsform_data.ODK
        long = ["learner", "phase", "item", "value", "date"]
        assert xlsform_data.export_kind(long) == ""

    def test_columns_map_to_questions_options_and_metadata(self):
        questions = [
            xlsform_data.Question("q1", group="grp"),
            xlsform_data.Question("q2", group="grp", multiple=True),
            xlsform_data.Question("q3"),
        ]
        header = [
            "SubmissionDate",
            "grp-q2/learner",
            "learner",
            "grp-q1",
            "grp-q2",
            "grp-q2/b",
            "other-q3",
            "where-Latitude",
            "meta-instanceID",
            "KEY",
            "ReviewState",
            "Edits",
        ]
        plan = xlsform_data.plan_columns(
            header,
            kind=xlsform_data.ODK,
            questions=questions,
            fields_left_out=["where"],
            phase_column="",
            instrument_code="F",
        )
        assert plan.questions == {3: "q1", 4: "q2"}
        assert plan.options == {1: ("q2", "learner"), 5: ("q2", "b")}
        assert (plan.learner, plan.date, plan.ids) == (2, 0, [9, 8])
        assert plan.ignored == ["where-Latitude"]
        # q3 is not in a group: a column under a group is another question.
        assert plan.errors == [
            "row 1, column other-q3: not a question of F (nor metadata, nor a "
            "question left out when the form was imported); if the column is "
            "not needed, ignore it (--ignore-column)"
        ]

    def test_cells(self):
        assert xlsform_data.instance_id("685dd371-4831-4fdc-a205-f285337dd98d") == (
            "uuid:685dd371-4831-4fdc-a205-f285337dd98d"
        )
        assert xlsform_data.instance_id("uuid:abc") == "uuid:abc"
        assert xlsform_data.parse_timestamp("2014-09-04T12:08:04") == datetime(
            2014, 9, 4, 12, 8, 4, tzinfo=UTC
        )
        assert xlsform_data.parse_timestamp("2018-01-01T00:00:00.000Z") == datetime(
            2018, 1, 1, tzinfo=UTC
        )
        assert xlsform_data.parse_timestamp("yesterday") is None
        assert [
            xlsform_data.option_selected(c) for c in ("1", "True", "0", "", "x")
        ] == [
            True,
            True,
            False,
            False,
            None,
        ]
        assert xlsform_data.is_empty("n/a") and not xlsform_data.is_empty("0")


def test_the_form_import_remembers_what_is_not_a_question():
    parsed = parse_form((FORMS / "kobocat_tutorial.xls").read_bytes(), "t.xls")
    assert parsed.fields_left_out == [
        "name",
        "photo",
        "location",
        "pizza_hater",
        "thanks",
        "start_time",
        "end_time",
        "today",
        "imei",
        "phonenumber",
    ]
    loop = parse_form((FORMS / "transportation.xls").read_bytes(), "t.xls")
    assert "frequency_to_referral_facility" in loop.fields_left_out


@pytest.mark.django_db
class TestKoboCATExports:
    """KoboCAT's own test fixtures: an export and the form it was made from."""

    def test_a_kobocat_csv_export_imports_as_it_is(self):
        tutorial = form(FORMS / "kobocat_tutorial.xls")
        assert tutorial.fields_left_out[:3] == ["name", "photo", "location"]
        summary = responses_import(
            data=fixture("good.csv"),
            instrument=tutorial,
            learner_column="name",
            phase="baseline",
        )
        assert (summary.kind, summary.attempts, summary.learners_created) == (
            "kobo",
            9,
            9,
        )
        # Rows 3, 5, 7 and 9 answer the pizza questions of someone who is no
        # pizza fan: hidden by the form's skip logic, so not stored.
        assert (summary.responses, summary.hidden_answers) == (43, 8)
        assert summary.ignored_columns == [
            "photo",
            "location",
            "start_time",
            "end_time",
            "imei",
        ]
        first = Attempt.objects.get(
            external_id="uuid:685dd371-4831-4fdc-a205-f285337dd98d"
        )
        assert first.learner.import_reference.reference == "Name_1"
        assert (first.phase, first.source) == ("baseline", "import")
        assert (
            first.started_at
            == first.submitted_at
            == datetime(2014, 9, 4, 12, 8, 4, tzinfo=UTC)
        )
        # "n/a": not asked
        assert values(first) == {"age": "10", "gender": "male", "pizza_fan": "no"}
        fan = Attempt.objects.get(learner__import_reference__reference="Name_2")
        assert values(fan) == {
            "age": "20",
            "gender": "male",
            "date": "2014-09-30",
            "pizza_fan": "yes",
            "pizza_type": "chitown",
            # from the True/False column of each option: there is no other
            "favorite_toppings": "anchovies,cheese,green_peppers,mushrooms,"
            "pepperoni,sausauge",
        }
        no_fan = Attempt.objects.get(learner__import_reference__reference="Name_3")
        assert values(no_fan) == {
            "age": "21",
            "gender": "male",
            "date": "2014-09-29",
            "pizza_fan": "no",
        }
        assert no_fan.scores["not_applicable"] == ["favorite_toppings", "pizza_type"]

    def test_importing_the_same_export_again_adds_nothing(self):
        tutorial = form(FORMS / "kobocat_tutorial.xls")
        options = {"learner_column": "name", "phase": "baseline"}
        responses_import(data=fixture("good.csv"), instrument=tutorial, **options)
        again = responses_import(
            data=fixture("good.csv"), instrument=tutorial, **options
        )
        assert (again.attempts, again.responses, again.already_imported) == (0, 0, 9)
        assert Attempt.objects.count() == 9
        assert Response.objects.count() == 43

    def test_a_kobocat_xlsx_export_with_a_choice_the_form_lacks_is_refused(self):
        transport = form(FORMS / "transportation.xls")
        errors = rejected(
            fixture("transportation_export.xlsx"),
            transport,
            learner_column="_uuid",
            phase="baseline",
        )
        # The first submission answers "none", which the form has no choice for.
        assert errors == [
            "row 2, column transport/available_transportation_types_to_referral_"
            "facility: available_transportation_types_to_referral_facility: "
            "unknown option ['none']"
        ]

    def test_the_same_xlsx_export_without_that_submission_imports(self):
        transport = form(FORMS / "transportation.xls")
        book = load_workbook(EXPORTS / "transportation_export.xlsx")
        book.active.delete_rows(2)
        out = io.BytesIO()
        book.save(out)
        summary = responses_import(
            data=out.getvalue(),
            instrument=transport,
            learner_column="_uuid",  # an anonymous survey: one learner each
            phase="baseline",
        )
        assert (summary.attempts, summary.responses) == (3, 3)
        # the "or specify other" text and the loop over the choices
        assert summary.ignored_columns[0] == (
            "transport/available_transportation_types_to_referral_facility_other"
        )
        assert len(summary.ignored_columns) == 10
        answers = {
            a.external_id: values(a)[
                "available_transportation_types_to_referral_facility"
            ]
            for a in Attempt.objects.all()
        }
        assert answers == {
            "uuid:f3d8dc65-91a6-4d0f-9e97-802128083390": "ambulance,bicycle",
            "uuid:9c6f3468-cfda-46e8-84c1-75458e72805d": "ambulance",
            "uuid:9f0a1508-c3b7-4c99-be00-9b237c26bcbf": "other,taxi",
        }


@pytest.fixture
def kap(db):
    return form(EXPORTS / "kap_safety_pre_post.md")


def import_kobo(kap, data: bytes | None = None, **kwargs):
    kwargs.setdefault("phase_column", "test_phase")
    return responses_import(
        data=fixture("kap_safety_kobo.csv") if data is None else data,
        instrument=kap,
        **kwargs,
    )


KOBO_PRE_S001 = {
    "age": "12",
    "own_phone": "yes",
    "strong_password": "birthday",
    "stay_private": "home_address",
    "blocking_tells": "true",
    "tell_adult": "agree",
    "share_password": "4",
    "check_audience": "2",
    "met_online": "no",
}


@pytest.mark.django_db
class TestKoboToolboxExport:
    def test_a_semicolon_csv_export_imports_with_scores(self, kap):
        summary = import_kobo(kap)
        assert (summary.attempts, summary.responses, summary.learners_created) == (
            6,
            52,
            3,
        )
        assert summary.ignored_columns == ["place", "knowledge_done"]
        assert LearnerReference.objects.count() == 3
        pre = Attempt.objects.get(
            learner__import_reference__reference="S-001", phase="pre"
        )
        assert pre.external_id == "uuid:3f6c1f2e-5d0b-4a47-9a57-0c1e9e0b6a11"
        assert pre.submitted_at == datetime(2026, 3, 2, 6, 15, 40, tzinfo=UTC)
        # The learner and phase columns say whose and which test: not answers.
        assert values(pre) == KOBO_PRE_S001
        assert pre.scores["domains"]["K"]["score"] == 0.0
        post = Attempt.objects.get(
            learner__import_reference__reference="S-001", phase="post"
        )
        assert post.scores["domains"]["K"]["score"] == 100.0
        no_phone = Attempt.objects.get(
            learner__import_reference__reference="S-002", phase="pre"
        )
        assert "check_audience" not in values(no_phone)
        assert no_phone.scores["not_applicable"] == ["check_audience"]
        assert values(no_phone)["stay_private"] == "home_address,school_timetable"

    def test_an_xlsx_export_with_numbers_as_numbers_imports_the_same(self, kap):
        rows = kobo_rows()
        numeric = [rows[0]] + [
            [int(cell) if cell.isdigit() else cell for cell in row] for row in rows[1:]
        ]
        summary = import_kobo(kap, workbook(numeric))
        assert (summary.attempts, summary.responses) == (6, 52)
        pre = Attempt.objects.get(
            learner__import_reference__reference="S-001", phase="pre"
        )
        assert values(pre) == KOBO_PRE_S001

    def test_headers_without_groups_and_a_bom(self, kap):
        rows = kobo_rows()
        groups = ("about_you/", "knowledge/", "attitudes/", "practices/")
        for group in groups:
            rows[0] = [name.removeprefix(group) for name in rows[0]]
        assert "stay_private/home_address" in rows[0]
        summary = import_kobo(kap, b"\xef\xbb\xbf" + kobo_csv(rows, ","))
        assert (summary.attempts, summary.responses) == (6, 52)

    def test_a_submission_twice_in_one_file_is_refused(self, kap):
        rows = kobo_rows()
        again = list(rows[1])
        other = list(rows[2])
        other[column(rows, "learner")] = "S-001"
        errors = rejected(
            kobo_csv([rows[0], rows[1], again, other]), kap, phase_column="test_phase"
        )
        assert errors == [
            "row 3, column _uuid: the same submission as row 2 "
            "(uuid:3f6c1f2e-5d0b-4a47-9a57-0c1e9e0b6a11)",
            "row 4, column learner: a second pre submission for learner 'S-001' "
            "(row 2)",
        ]

    def test_select_multiple_from_the_answer_column_alone(self, kap):
        rows = kobo_rows()
        keep = [i for i, name in enumerate(rows[0]) if "stay_private/" not in name]
        summary = import_kobo(kap, kobo_csv([[r[i] for i in keep] for r in rows]))
        assert summary.responses == 52
        post = Attempt.objects.get(
            learner__import_reference__reference="S-003", phase="post"
        )
        assert values(post)["stay_private"] == "home_address"

    def test_a_growing_export_adds_only_the_new_submissions(self, kap):
        rows = kobo_rows()
        first = import_kobo(kap, kobo_csv(rows[:4]))
        assert first.attempts == 3
        later = import_kobo(kap)
        assert (later.attempts, later.already_imported) == (3, 3)
        assert later.learners_created == 0
        assert Attempt.objects.count() == 6
        assert import_kobo(kap).already_imported == 6
        assert Response.objects.count() == 52

    def test_a_submission_changed_since_its_import_is_refused(self, kap):
        import_kobo(kap)
        rows = kobo_rows()
        rows[1][column(rows, "attitudes/tell_adult")] = "disagree"
        with pytest.raises(ImportRejected) as caught:
            import_kobo(kap, kobo_csv(rows))
        assert caught.value.errors == [
            "row 2, column _uuid: submission "
            "uuid:3f6c1f2e-5d0b-4a47-9a57-0c1e9e0b6a11 was imported before and "
            "this row differs (answers to tell_adult); an imported attempt is "
            "never changed"
        ]
        pre = Attempt.objects.get(external_id__endswith="0c1e9e0b6a11")
        assert values(pre)["tell_adult"] == "agree"

    def test_a_learner_with_an_attempt_for_the_phase_is_refused(self, kap):
        long = "learner,phase,item,value,date\nS-002,pre,age,11,2026-03-01\n"
        responses_import(data=long.encode(), instrument=kap)
        with pytest.raises(ImportRejected) as caught:
            import_kobo(kap)
        assert caught.value.errors == [
            "row 3, column learner: learner 'S-002' already has a pre attempt on "
            "kap_safety_pp"
        ]
        assert Attempt.objects.count() == 1

    def test_every_bad_row_is_listed_and_nothing_stored(self, kap):
        rows = kobo_rows()
        rows[1][column(rows, "knowledge/strong_password")] = "qwerty"
        rows[2][column(rows, "attitudes/tell_adult")] = "Muy de acuerdo"
        rows[3][column(rows, "learner")] = ""
        rows[4][column(rows, "_submission_time")] = "10/04/2026"
        rows[5][column(rows, "test_phase")] = "later"
        rows[6][column(rows, "knowledge/stay_private/favourite_band")] = "1"
        errors = rejected(kobo_csv(rows), kap, phase_column="test_phase")
        assert errors == [
            "row 2, column knowledge/strong_password: strong_password: unknown "
            "option 'qwerty'",
            "row 3, column attitudes/tell_adult: 'Muy de acuerdo' is the text of "
            "option 'strongly_agree', not its name: export the data with "
            "“XML values and headers”",
            "row 4, column learner: the learner reference is required",
            "row 5, column _submission_time: '10/04/2026' is not a date and time "
            "(ISO 8601, e.g. 2026-03-02T09:15:00Z)",
            "row 6, column test_phase: 'later' is not a phase (baseline, endline, "
            "follow_up, midline, post, pre)",
            "row 7, column knowledge/stay_private: the answer 'home_address' and "
            "its 0/1 columns (favourite_band home_address) do not agree",
        ]

    def test_an_export_made_with_labels_is_refused(self, kap):
        rows = kobo_rows()
        rows[0][column(rows, "about_you/age")] = "About you/How old are you?"
        rows[1][column(rows, "knowledge/strong_password")] = "Three random words"
        errors = rejected(kobo_csv(rows), kap, phase_column="test_phase")
        assert errors == [
            "row 1, column About you/How old are you?: this is the text of "
            "question age, not its name: export the data with “XML values and "
            "headers”",
            "row 2, column knowledge/strong_password: 'Three random words' is the "
            "text of option 'long_phrase', not its name: export the data with "
            "“XML values and headers”",
        ]

    def test_an_unknown_column_is_refused_unless_ignored(self, kap):
        rows = kobo_rows()
        rows[0][column(rows, "knowledge_done")] = "consent"
        errors = rejected(kobo_csv(rows), kap, phase_column="test_phase")
        assert errors == [
            "row 1, column consent: not a question of kap_safety_pp (nor "
            "metadata, nor a question left out when the form was imported); if "
            "the column is not needed, ignore it (--ignore-column)"
        ]
        summary = import_kobo(kap, kobo_csv(rows), ignore_columns=["consent"])
        assert summary.attempts == 6
        assert "consent" in summary.ignored_columns

    def test_phase_and_learner_options(self, kap):
        rows = kobo_rows()
        pre_only = [rows[0]] + rows[1:4]
        assert rejected(kobo_csv(pre_only), kap) == [
            "row 1: no column 'phase' with the phase: name the question that "
            "holds it (--phase-column), or give the phase of every submission "
            "(--phase)"
        ]
        assert rejected(
            kobo_csv(pre_only), kap, phase="pre", phase_column="test_phase"
        ) == ["Give the phase of the whole file or the column holding it, not both."]
        assert rejected(kobo_csv(pre_only), kap, phase="pre", learner_column="x")[
            0
        ] == (
            "row 1: no column 'x' with the learner's reference: name the question "
            "that holds it (--learner-column)"
        )
        summary = responses_import(data=kobo_csv(pre_only), instrument=kap, phase="pre")
        assert summary.attempts == 3
        # With --phase, the form's test_phase question is an answer like any other.
        assert Response.objects.filter(item__code="test_phase").count() == 3

    def test_a_long_csv_refuses_the_export_options(self, kap):
        long = "learner,phase,item,value,date\nS-1,pre,age,11,2026-03-01\n"
        assert rejected(long.encode(), kap, phase="pre")[0].startswith(
            "row 1: this is a long file of answers"
        )


@pytest.mark.django_db
class TestODKCentralExport:
    """Built as ODK Central's CSV export writes it (central-backend,
    lib/data/briefcase.js and test/unit/data/briefcase.js): SubmissionDate
    first, groups joined with "-", one 0/1 column per option ("Split select
    multiple choices into columns"), a geopoint in four columns, then KEY and
    Central's own columns."""

    def test_a_central_csv_export_imports(self, kap):
        summary = responses_import(
            data=fixture("kap_safety_odk_central.csv"),
            instrument=kap,
            phase_column="test_phase",
        )
        assert (summary.kind, summary.attempts, summary.responses) == ("odk", 6, 52)
        assert summary.ignored_columns == [
            "place-Latitude",
            "place-Longitude",
            "place-Altitude",
            "place-Accuracy",
            "knowledge_done",
        ]
        pre = Attempt.objects.get(
            learner__import_reference__reference="S-101", phase="pre"
        )
        assert pre.external_id == "uuid:e3b0c442-98fc-4c14-9afb-f4c8996fb924"
        assert pre.submitted_at == datetime(2026, 3, 2, 6, 15, 40, 512000, tzinfo=UTC)
        assert values(pre) == KOBO_PRE_S001
        again = responses_import(
            data=fixture("kap_safety_odk_central.csv"),
            instrument=kap,
            phase_column="test_phase",
        )
        assert (again.attempts, again.already_imported) == (0, 6)

    def test_without_group_names(self, kap):
        text = fixture("kap_safety_odk_central.csv").decode()
        header, rest = text.split("\n", 1)
        for group in ("about_you-", "knowledge-", "attitudes-", "practices-"):
            header = header.replace(group, "")
        summary = responses_import(
            data=f"{header}\n{rest}".encode(),
            instrument=kap,
            phase_column="test_phase",
        )
        assert (summary.attempts, summary.responses) == (6, 52)


@pytest.mark.django_db
class TestCommandAndAdmin:
    def test_command_takes_either_file_without_a_flag(self, kap, tmp_path):
        export = tmp_path / "export.csv"
        export.write_bytes(fixture("kap_safety_kobo.csv"))
        out = io.StringIO()
        call_command(
            "import_responses",
            str(export),
            "--instrument",
            "kap_safety_pp",
            "--phase-column",
            "test_phase",
            stdout=out,
        )
        assert "Imported 52 answers in 6 attempts; 3 new" in out.getvalue()
        assert "Not imported (not questions of kap_safety_pp): place" in (
            out.getvalue()
        )
        out = io.StringIO()
        call_command(
            "import_responses",
            str(export),
            "--instrument",
            "kap_safety_pp",
            "--phase-column",
            "test_phase",
            stdout=out,
        )
        assert "6 submissions were imported before" in out.getvalue()
        good = tmp_path / "good.csv"
        good.write_bytes(fixture("good.csv"))
        form(FORMS / "kobocat_tutorial.xls")
        with pytest.raises(CommandError) as caught:
            call_command(
                "import_responses", str(good), "--instrument", "kobocat_tutorial"
            )
        assert "no column 'learner'" in str(caught.value)
        out = io.StringIO()
        call_command(
            "import_responses",
            str(good),
            "--instrument",
            "kobocat_tutorial",
            "--learner-column",
            "name",
            "--phase",
            "baseline",
            "--ignore-column",
            "photo",
            stdout=out,
        )
        assert "8 answers to questions the form's skip logic hides" in (out.getvalue())
        long = tmp_path / "long.csv"
        long.write_text("learner,phase,item,value,date\nS-9,post,age,11,2026-05-01\n")
        call_command("import_responses", str(long), "--instrument", "kap_safety_pp")
        assert Attempt.objects.filter(external_id="").count() == 1

    def test_admin_upload_of_an_xlsx_export(self, client, kap):
        user = make_user("clerk", email="clerk@example.org", mfa=True)
        user.user_permissions.add(
            *Permission.objects.filter(
                codename__in=["access_admin", "import_responses"]
            )
        )
        client.force_login(user)
        rows = kobo_rows()
        upload = SimpleUploadedFile("export.xlsx", workbook(rows))
        response = client.post(
            reverse("assessments_admin:import_responses"),
            {"file": upload, "instrument": kap.pk, "phase_column": "test_phase"},
        )
        assert response.status_code == 302
        assert Attempt.objects.filter(source="import", entered_by=user).count() == 6
        rows[1][column(rows, "knowledge/strong_password")] = "qwerty"
        upload = SimpleUploadedFile("export.xlsx", workbook(rows))
        response = client.post(
            reverse("assessments_admin:import_responses"),
            {"file": upload, "instrument": kap.pk, "phase": "pre"},
        )
        assert response.status_code == 400
        assert "unknown option &#x27;qwerty&#x27;" in response.content.decode()


V1, V2 = "2026030101", "2026040101"


def odk_rows(name: str = "kap_safety_odk_central_two_versions.csv") -> list[list[str]]:
    return list(csv.reader(io.StringIO(fixture(name).decode("utf-8"))))


def odk_csv(rows: list[list[str]]) -> bytes:
    return kobo_csv(rows, ",")


@pytest.fixture
def two_versions(kap):
    """The KAP form and its second version: ``tell_adult`` reworded (a new
    question with the same name), ``report_button`` added."""
    second = form(EXPORTS / "kap_safety_pre_post_v2.md")
    assert (kap.version, second.version) == (V1, V2)
    return kap, second


@pytest.mark.django_db
class TestFormVersions:
    """Each submission goes to the version of the form it was made on: ODK
    Central's FormVersion is the XLSForm version; KoboToolbox's __version__
    is a deployment id, a version only when the form's version is that id."""

    def test_rows_of_two_versions_go_each_to_its_own(self, two_versions):
        first, second = two_versions
        summary = responses_import(
            data=fixture("kap_safety_odk_central_two_versions.csv"),
            instrument=second,
            phase_column="test_phase",
            version_named=False,  # the command without --form-version
        )
        assert (summary.attempts, summary.responses) == (6, 55)
        assert summary.by_version == {V1: 3, V2: 3}
        assert {(a.phase, a.instrument.version) for a in Attempt.objects.all()} == {
            ("pre", V1),
            ("post", V2),
        }
        pre = Attempt.objects.get(
            learner__import_reference__reference="S-101", phase="pre"
        )
        post = Attempt.objects.get(
            learner__import_reference__reference="S-101", phase="post"
        )
        # Each answer is to the question of its own version: the reworded
        # statement is two questions, the added one is only in version 2.
        assert pre.responses.get(item__code="tell_adult").item.instrument == first
        assert post.responses.get(item__code="tell_adult").item.instrument == second
        assert values(pre) == KOBO_PRE_S001
        assert values(post)["report_button"] == "yes"
        again = responses_import(
            data=fixture("kap_safety_odk_central_two_versions.csv"),
            instrument=second,
            phase_column="test_phase",
            version_named=False,
        )
        assert (again.attempts, again.already_imported) == (0, 6)

    def test_a_version_not_imported_here_is_refused_even_with_a_fallback(
        self, two_versions
    ):
        first, _second = two_versions
        rows = odk_rows()
        rows[2][column(rows, "FormVersion")] = "2026050101"
        # ODK Central adds "[encrypted:…]" to an encrypted form's version.
        rows[3][column(rows, "FormVersion")] = f"{V1}[encrypted:AZrX9Q==]"
        for named in (False, True):
            errors = rejected(
                odk_csv(rows),
                first,
                phase_column="test_phase",
                version_named=named,
            )
            assert errors == [
                "row 3, column FormVersion: version '2026050101' of kap_safety_pp "
                f"was not imported here (imported: {V1}, {V2}): import that "
                "version of the form first"
            ]

    def test_an_answer_to_a_question_the_version_lacks_is_refused(self, two_versions):
        first, _second = two_versions
        rows = odk_rows()
        rows[1][column(rows, "practices-report_button")] = "no"
        errors = rejected(
            odk_csv(rows), first, phase_column="test_phase", version_named=False
        )
        assert errors == [
            "row 2, column practices-report_button: an answer to a question that "
            f"version {V1} of kap_safety_pp, on which this submission was made, "
            "does not have"
        ]

    def test_without_a_version_column_the_version_must_be_named(self, two_versions):
        first, second = two_versions
        rows = odk_rows()
        at = column(rows, "FormVersion")
        pre_only = [row[:at] + row[at + 1 :] for row in rows[:4]]
        assert rejected(
            odk_csv(pre_only), second, phase_column="test_phase", version_named=False
        ) == [
            "row 1: no column FormVersion saying which version of kap_safety_pp "
            f"each submission was made on, and kap_safety_pp has several ({V1}, "
            f"{V2}): name the version of these submissions (--form-version)"
        ]
        summary = responses_import(
            data=odk_csv(pre_only), instrument=first, phase_column="test_phase"
        )
        assert summary.by_version == {V1: 3}

    def test_a_form_with_one_version_needs_no_version_named(self, kap):
        rows = odk_rows("kap_safety_odk_central.csv")
        at = column(rows, "FormVersion")
        summary = responses_import(
            data=odk_csv([row[:at] + row[at + 1 :] for row in rows]),
            instrument=kap,
            phase_column="test_phase",
            version_named=False,
        )
        assert summary.by_version == {V1: 6}

    def test_form_version_is_for_the_rows_that_name_none(self, two_versions, tmp_path):
        rows = odk_rows()
        rows[1][column(rows, "FormVersion")] = ""
        export = tmp_path / "export.csv"
        export.write_bytes(odk_csv(rows))
        options = ["--instrument", "kap_safety_pp", "--phase-column", "test_phase"]
        with pytest.raises(CommandError) as caught:
            call_command("import_responses", str(export), *options)
        assert str(caught.value) == (
            "Nothing was imported:\nrow 2, column FormVersion: the submission "
            "does not say which version of kap_safety_pp it was made on, and "
            f"kap_safety_pp has several ({V1}, {V2}): name the version of these "
            "submissions (--form-version)"
        )
        out = io.StringIO()
        call_command(
            "import_responses", str(export), *options, "--form-version", V1, stdout=out
        )
        assert f"By form version: {V1}: 3 attempts, {V2}: 3 attempts" in (
            out.getvalue()
        )
        # The rows that name their version go to it, whatever --form-version.
        assert Attempt.objects.filter(instrument__version=V2).count() == 3

    def test_a_row_imported_on_another_version_is_not_moved(self, two_versions):
        first, second = two_versions
        rows = odk_rows()
        at = column(rows, "FormVersion")
        pre = [rows[0], rows[1]]
        unnamed = [[*row[:at], "", *row[at + 1 :]] for row in pre]
        responses_import(
            data=odk_csv(unnamed), instrument=second, phase_column="test_phase"
        )
        with pytest.raises(ImportRejected) as caught:
            responses_import(
                data=odk_csv(pre), instrument=second, phase_column="test_phase"
            )
        assert caught.value.errors == [
            "row 2, column KEY: submission uuid:e3b0c442-98fc-4c14-9afb-"
            "f4c8996fb924 was imported before and this row differs (form "
            "version); an imported attempt is never changed"
        ]

    def test_a_kobo_deployment_id_is_not_a_version(self, two_versions):
        first, second = two_versions
        data = fixture("kap_safety_kobo_two_versions.csv")
        errors = rejected(data, second, phase_column="test_phase", version_named=False)
        assert errors[0] == (
            "row 2, column __version__: 'vGx3sZkQ9aPbT4yRmD2uWc' is KoboToolbox's "
            f"id of a deployment, not a version of kap_safety_pp ({V1}, {V2}): "
            "name the version of these submissions (--form-version)"
        )
        assert len(errors) == 6
        # One deployment at a time, each with the version it deployed.
        rows = kobo_rows_of("kap_safety_kobo_two_versions.csv")
        at = column(rows, "__version__")
        for instrument, deployment in (
            (first, "vGx3sZkQ9aPbT4yRmD2uWc"),
            (second, "vR4hNc8WqLm2TzK6pYbD3s"),
        ):
            part = [rows[0], *(row for row in rows[1:] if row[at] == deployment)]
            summary = import_kobo(instrument, kobo_csv(part))
            assert summary.by_version == {instrument.version: 3}
        post = Attempt.objects.get(
            learner__import_reference__reference="S-002", phase="post"
        )
        assert (post.instrument, values(post)["report_button"]) == (second, "no")

    def test_a_kobo_form_whose_version_is_the_deployment_id(self, db):
        """KoboToolbox wrote the deployment id as the form's version until
        2021: a form downloaded from it then routes its rows by __version__."""
        text = (EXPORTS / "kap_safety_pre_post.md").read_text(encoding="utf-8")
        deployed = {}
        for source, deployment in (
            (text, "vGx3sZkQ9aPbT4yRmD2uWc"),
            (
                (EXPORTS / "kap_safety_pre_post_v2.md").read_text(encoding="utf-8"),
                "vR4hNc8WqLm2TzK6pYbD3s",
            ),
        ):
            version = V1 if source is text else V2
            edited = source.replace(f"| {version} |", f"| {deployment} |")
            deployed[deployment] = instrument_import(
                form=parse_form(edited.encode(), "kap.md")
            )
        summary = import_kobo(
            deployed["vR4hNc8WqLm2TzK6pYbD3s"],
            fixture("kap_safety_kobo_two_versions.csv"),
            version_named=False,
        )
        assert summary.by_version == {
            "vGx3sZkQ9aPbT4yRmD2uWc": 3,
            "vR4hNc8WqLm2TzK6pYbD3s": 3,
        }

    def test_columns_of_another_version_are_not_unknown(self):
        v1 = [xlsform_data.Question("q1", multiple=True)]
        v2 = [*v1, xlsform_data.Question("q2", multiple=True)]
        header = ["_uuid", "_submission_time", "learner", "q1", "q2", "q2/a", "q3"]
        plan = xlsform_data.plan_columns(
            header,
            kind=xlsform_data.KOBO,
            questions=v1,
            other_versions=[v2],
            instrument_code="F",
        )
        assert (plan.questions, plan.elsewhere, plan.elsewhere_options) == (
            {3: "q1"},
            [4],
            [5],
        )
        assert [e.split(":")[0] for e in plan.errors] == ["row 1, column q3"]

    def test_what_a_version_cell_names(self):
        known = {V1, "vGx3sZkQ9aPbT4yRmD2uWc"}
        odk, kobo = xlsform_data.ODK, xlsform_data.KOBO
        named = xlsform_data.named_version
        assert named(V1, kind=odk, known=known) == V1
        assert named("9", kind=odk, known=known) == "9"  # refused by the caller
        assert named(f"{V1}[encrypted:AZrX]", kind=odk, known=known) == V1
        assert named("", kind=odk, known=known) == ""
        assert named("vGx3sZkQ9aPbT4yRmD2uWc", kind=kobo, known=known) == (
            "vGx3sZkQ9aPbT4yRmD2uWc"
        )
        assert named("vR4hNc8WqLm2TzK6pYbD3s", kind=kobo, known=known) == ""


def kobo_rows_of(name: str) -> list[list[str]]:
    text = fixture(name).decode("utf-8")
    return list(csv.reader(io.StringIO(text), delimiter=";"))
