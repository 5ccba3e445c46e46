"""Programme staff run an export, watch its progress page, download the file.

Celery runs eagerly in the test process (tests/conftest.py), so the export the
form starts is built before its page loads. Watching a job make progress uses
a second job left queued, as a busy worker would leave it; the test then runs
its task and the progress page, which updates itself, shows the download.
"""

import csv
import io
import re

import pytest

from assessments.models import ExportJob
from assessments.services_exports import export_job_create
from assessments.tasks import export_job_run as export_job_run_task
from tests.e2e.journeys import (
    PRE_ANSWERS,
    checked,
    hand_in_pre_test,
    sign_in_checked,
    submit,
    verified,
)
from tests.factories import PASSWORD, make_class, make_evaluator, make_teacher

LEARNERS = 3
ITEMS = len(PRE_ANSWERS)


@pytest.fixture
def programme_with_results(course):
    school_class = make_class(
        teacher=make_teacher(), learners=LEARNERS, course=course, prefix="kid"
    )
    for membership in school_class.memberships.select_related("learner"):
        hand_in_pre_test(membership.learner, course)
    return school_class.school.programme


def read_download(download) -> list[list[str]]:
    with open(download.path(), encoding="utf-8-sig") as file:
        return list(csv.reader(io.StringIO(file.read())))


class TestProgrammeStaffExport:
    def test_staff_exports_csv_and_downloads_it(self, page, programme_with_results):
        programme = programme_with_results
        verified(make_evaluator("evaluator", programme))
        sign_in_checked(page, "evaluator", PASSWORD)
        page.goto("/en/evaluation/exports/")
        checked(page)

        page.get_by_label("Programme").select_option(label=programme.name)
        page.get_by_label("File format").select_option("csv")
        page.get_by_label("Include gender and age band").check()
        submit(page, page.get_by_role("button", name="Start export"))
        job = ExportJob.objects.get()
        assert page.url.endswith(f"/en/evaluation/exports/{job.pk}/")
        assert page.locator(".export-status").inner_text() == "Ready to download"

        link = page.get_by_role("link", name=f"Download CSV ({LEARNERS * ITEMS} rows)")
        with page.expect_download() as download:
            link.click()
        assert download.value.suggested_filename.endswith(".csv")
        rows = read_download(download.value)
        assert rows[0][:4] == ["learner", "gender", "age_band", "course"]
        assert len(rows) == 1 + LEARNERS * ITEMS
        assert len({row[0] for row in rows[1:]}) == LEARNERS
        body = "\n".join(",".join(row) for row in rows)
        for n in range(LEARNERS):
            assert f"kid-{n:02d}" not in body and f"Pupil {n}" not in body

        with page.expect_download() as codebook:
            page.get_by_role("link", name="Download the codebook (CSV)").click()
        assert read_download(codebook.value)[0]

    def test_progress_page_refreshes_until_the_file_is_ready(
        self, page, programme_with_results
    ):
        programme = programme_with_results
        evaluator = verified(make_evaluator("evaluator", programme))
        job = export_job_create(user=evaluator, programme=programme, enqueue=False)
        sign_in_checked(page, "evaluator", PASSWORD)
        page.goto(f"/en/evaluation/exports/{job.pk}/")
        checked(page)
        assert page.locator(".export-status").inner_text().startswith("Queued")
        assert page.get_by_role("progressbar", name="Export progress").is_visible()

        export_job_run_task.delay(str(job.pk))  # the worker picks the job up
        job.refresh_from_db()
        assert job.status == "done"
        # No click: the page updates its status region every few seconds.
        download = page.get_by_role("link", name=re.compile(r"^Download CSV \("))
        download.wait_for(timeout=10_000)
        checked(page)
        assert page.get_by_role("progressbar").count() == 0
        response = page.request.get(download.get_attribute("href"))
        assert response.status == 200
        rows = list(csv.reader(io.StringIO(response.body().decode("utf-8-sig"))))
        assert len(rows) == 1 + LEARNERS * ITEMS
