"""The site's Content-Security-Policy, as Chromium enforces it: the main pages
load without a single violation (no inline script, style or handler slipped
in), and the Wagtail admin works under its own looser policy."""

import pytest
from django.urls import reverse

from tests.classes.helpers import WEAK, take_test
from tests.e2e.conftest import sign_in, totp_code
from tests.factories import PASSWORD, make_class, make_teacher, make_user


class ViolationRecorder:
    """Console messages and page errors caused by the Content-Security-Policy."""

    def __init__(self, page):
        self.found = []
        page.on("console", self._console)
        self.page = page

    def _console(self, message):
        if "Content Security Policy" in message.text:
            self.found.append(f"{self.page.url}: {message.text}")

    def visit(self, path):
        response = self.page.goto(path)
        self.page.wait_for_load_state("load")
        assert response is not None and response.status < 400, path
        policy = response.header_value("content-security-policy") or ""
        assert "default-src 'self'" in policy, path


@pytest.fixture
def classroom(course):
    teacher = make_teacher("e2e-teacher")
    school_class = make_class(teacher=teacher, course=course, learners=1)
    learner = school_class.learners.get()
    take_test(learner, course, "pre", WEAK)
    return teacher, school_class, learner


def test_main_pages_load_without_csp_violations(make_page, course, classroom):
    teacher, school_class, learner = classroom
    lesson = course.get_lessons().first()
    visitor = make_page(bypass_csp=False)
    recorder = ViolationRecorder(visitor)
    for path in (
        "/en/",
        course.url,
        reverse("get_help"),
        reverse("classes:join"),
        reverse("classes:picture_login"),
        reverse("account_signup"),
    ):
        recorder.visit(path)

    pupil = make_page(bypass_csp=False)
    recorder_pupil = ViolationRecorder(pupil)
    sign_in(pupil, learner.username, PASSWORD)
    for path in (
        reverse("learner_dashboard"),
        lesson.url,
        reverse("assessments:take", args=[course.pk, "post"]),
        reverse("assessments:results", args=[course.pk]),
    ):
        recorder_pupil.visit(path)

    adult = make_page(bypass_csp=False)
    recorder_teacher = ViolationRecorder(adult)
    sign_in(adult, teacher.username, PASSWORD)
    for name in ("class_detail", "class_report", "join_sheet", "class_roster"):
        recorder_teacher.visit(reverse(f"classes:{name}", args=[school_class.pk]))
    recorder_teacher.visit(reverse("classes:teacher_home"))

    found = recorder.found + recorder_pupil.found + recorder_teacher.found
    assert not found, "\n".join(found)


def test_wagtail_admin_works_under_the_admin_policy(make_page, course):
    from allauth.account.models import EmailAddress

    root = make_user("e2e-root", is_superuser=True, is_staff=True, email="r@ex.org")
    EmailAddress.objects.create(
        user=root, email=root.email, verified=True, primary=True
    )
    admin = make_page(bypass_csp=False)
    recorder = ViolationRecorder(admin)
    admin.goto(f"/en/accounts/login/?next=/admin/pages/{course.pk}/edit/")
    admin.fill("input[name=login]", "e2e-root")
    admin.fill("input[name=password]", PASSWORD)
    admin.locator("form:has(input[name=password]) [type=submit]").first.click()
    admin.wait_for_load_state("load")
    # Site admins sign in with their authenticator app's code (MFA).
    admin.fill("input[name=code]", totp_code("e2e-root"))
    admin.locator("form:has(input[name=code]) [type=submit]").first.click()
    admin.wait_for_load_state("load")
    for path in (
        "/admin/",
        f"/admin/pages/{course.pk}/edit/",
        f"/admin/pages/{course.get_lessons().first().pk}/edit/",
        "/admin/images/",
        "/admin/documents/",
    ):
        response = admin.goto(path)
        admin.wait_for_load_state("networkidle")
        assert response.status == 200, path
        assert "'unsafe-inline'" in response.header_value("content-security-policy")
    assert not recorder.found, "\n".join(recorder.found)
