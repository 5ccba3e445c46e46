"""Certificates: drawn in the course's language, made by a task, owner-only."""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from pypdf import PdfReader
from wagtail.models import Locale

from courses.certificates import CertificateText, render_certificate_pdf
from courses.models import Certificate, CoursePage
from courses.services import (
    certificate_generate,
    certificate_request,
    enrolment_mark_complete_if_done,
    lesson_complete,
)
from tests.factories import make_user


def pdf_text(data: bytes) -> str:
    return PdfReader(io.BytesIO(data)).pages[0].extract_text()


def text(**overrides) -> CertificateText:
    values = {
        "heading": "Certificate of completion",
        "certifies": "This certifies that",
        "learner_name": "Amina",
        "completed": "has completed the course",
        "course_title": "Safe and kind online",
        "date_line": "22 November 2026",
        "site_name": "Safe Online Learning",
        "language": "en",
    }
    values.update(overrides)
    return CertificateText(**values)


class TestRenderCertificate:
    def test_pdf_opens_and_holds_name_title_and_date(self):
        data = render_certificate_pdf(text(), font_path=settings.CERTIFICATE_FONT)
        found = pdf_text(data)
        assert "Amina" in found
        assert "Safe and kind online" in found
        assert "22 November 2026" in found

    def test_arabic_is_shaped_and_extracted_in_reading_order(self):
        arabic = text(
            heading="شهادة إتمام",
            learner_name="أمينة",
            course_title="آمنون ولطفاء على الإنترنت",
            language="ar",
        )
        assert arabic.is_rtl
        data = render_certificate_pdf(arabic, font_path=settings.CERTIFICATE_FONT)
        found = pdf_text(data)
        # The text layer maps shaped glyphs back to the original letters in
        # logical order; a reversed or unshaped string would not match.
        assert "أمينة" in found
        assert "آمنون ولطفاء على الإنترنت" in found
        assert b"/Lang (ar)" in data


@pytest.mark.django_db
class TestCertificateService:
    @pytest.fixture
    def finished(self, course):
        """A learner who finished every lesson of a course with no post-test."""
        course.pre_test = None
        course.post_test = None
        course.save_revision().publish()
        course = CoursePage.objects.get(pk=course.pk)
        learner = make_user("amina", display_name="Amina")
        for lesson in course.get_lessons():
            lesson_complete(learner=learner, lesson=lesson)
        return learner, course

    def test_completion_makes_a_certificate_through_the_task(
        self, finished, django_capture_on_commit_callbacks
    ):
        learner, course = finished
        with django_capture_on_commit_callbacks(execute=True):
            assert enrolment_mark_complete_if_done(learner=learner, course=course)
        certificate = Certificate.objects.get(learner=learner)
        assert certificate.status == Certificate.Status.READY
        assert certificate.language == "en"
        with certificate.file.open("rb") as handle:
            found = pdf_text(handle.read())
        assert "Amina" in found and course.title in found
        # Stored privately under a random name, outside the public media folder.
        assert certificate.file.name.startswith("certificates/")
        assert "amina" not in certificate.file.name.lower()
        path = Path(certificate.file.path).resolve()
        assert not path.is_relative_to(Path(settings.MEDIA_ROOT).resolve())

    def test_no_certificate_before_the_post_test(self, course):
        course.pre_test = None
        course.save_revision().publish()
        course = CoursePage.objects.get(pk=course.pk)
        learner = make_user("amina")
        for lesson in course.get_lessons():
            lesson_complete(learner=learner, lesson=lesson)
        assert not enrolment_mark_complete_if_done(learner=learner, course=course)
        assert not Certificate.objects.exists()

    def test_no_certificate_when_the_course_has_none(self, finished):
        learner, course = finished
        course.certificate_enabled = False
        assert certificate_request(learner=learner, course=course) is None
        assert not Certificate.objects.exists()

    def test_arabic_course_certificate_is_in_arabic(
        self, finished, django_capture_on_commit_callbacks
    ):
        learner, course = finished
        arabic = course.copy_for_translation(
            Locale.objects.get(language_code="ar"), copy_parents=True
        )
        arabic.title = "آمنون ولطفاء على الإنترنت"
        arabic.save_revision().publish()
        learner.display_name = "أمينة"
        learner.save()
        with django_capture_on_commit_callbacks(execute=True):
            certificate = certificate_request(learner=learner, course=arabic)
        certificate.refresh_from_db()
        assert certificate.language == "ar"
        with certificate.file.open("rb") as handle:
            found = pdf_text(handle.read())
        assert "شهادة إتمام" in found  # the wording is in Arabic too
        assert "أمينة" in found
        assert "آمنون ولطفاء على الإنترنت" in found

    def test_generating_twice_keeps_one_file(
        self, finished, django_capture_on_commit_callbacks
    ):
        learner, course = finished
        with django_capture_on_commit_callbacks(execute=True):
            certificate = certificate_request(learner=learner, course=course)
        certificate.refresh_from_db()
        name = certificate.file.name
        again = certificate_generate(certificate_id=certificate.pk)
        assert again.file.name == name


@pytest.mark.django_db
class TestCertificateDownload:
    @pytest.fixture
    def certificate(self, course, django_capture_on_commit_callbacks):
        learner = make_user("amina", display_name="Amina")
        with django_capture_on_commit_callbacks(execute=True):
            certificate = certificate_request(learner=learner, course=course)
        certificate.refresh_from_db()
        return certificate

    def test_owner_downloads_from_the_dashboard(self, client, certificate):
        client.force_login(certificate.learner)
        page = client.get(reverse("learner_dashboard")).content.decode()
        url = reverse("certificate_download", args=[certificate.pk])
        assert url in page
        response = client.get(url)
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert "attachment" in response["Content-Disposition"]
        assert "no-store" in response["Cache-Control"]
        assert "Amina" in pdf_text(b"".join(response.streaming_content))

    def test_someone_else_gets_404(self, client, certificate):
        client.force_login(make_user("other"))
        url = reverse("certificate_download", args=[certificate.pk])
        assert client.get(url).status_code == 404

    def test_anonymous_is_sent_to_sign_in(self, client, certificate):
        url = reverse("certificate_download", args=[certificate.pk])
        response = client.get(url)
        assert response.status_code == 302
        assert reverse("account_login") in response["Location"]


@pytest.mark.django_db
class TestCourseHandout:
    def test_summary_handout_is_attached_once_and_lists_the_lessons(self, course):
        from courses.services import course_handout_ensure

        document = course_handout_ensure(course=course)
        again = course_handout_ensure(course=course)
        assert again.pk == document.pk
        first = course.get_lessons().first().specific
        handouts = [b for b in first.body if b.block_type == "handout"]
        assert len(handouts) == 1
        with document.file.open("rb") as handle:
            found = PdfReader(handle).pages[0].extract_text()
        assert course.title in found
        assert "What is personal information?" in found
        assert "I know who to tell" in found


@pytest.mark.django_db
class TestCertificateFailure:
    def test_a_drawing_error_marks_it_failed_and_a_retry_makes_it(
        self, course, settings, django_capture_on_commit_callbacks, client
    ):
        learner = make_user("amina", display_name="Amina")
        good_font = settings.CERTIFICATE_FONT
        settings.CERTIFICATE_FONT = "/nonexistent/font.ttf"
        with django_capture_on_commit_callbacks(execute=True):
            certificate = certificate_request(learner=learner, course=course)
        certificate.refresh_from_db()
        assert certificate.status == Certificate.Status.FAILED
        assert not certificate.file
        client.force_login(learner)
        page = client.get(reverse("learner_dashboard")).content.decode()
        assert "Your certificate could not be made" in page
        url = reverse("certificate_download", args=[certificate.pk])
        assert client.get(url).status_code == 404

        settings.CERTIFICATE_FONT = good_font
        with django_capture_on_commit_callbacks(execute=True):
            certificate_request(learner=learner, course=course)
        certificate.refresh_from_db()
        assert certificate.status == Certificate.Status.READY
        assert client.get(url).status_code == 200
