"""The report page: who may see it, filters, suppression, downloads."""

import io
import json

import pytest
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from accounts import roles
from classes.models import Programme
from tests.factories import make_class, make_evaluator, make_teacher, make_user
from tests.reports.factories import class_results

pytestmark = pytest.mark.django_db

URL = "/en/evaluation/report/"


@pytest.fixture
def programme_data(course):
    """12 matched learners in School A and 4 in School B, same programme."""
    big = make_class(teacher=make_teacher(), learners=14, course=course, prefix="a")
    class_results(big, course, matched=12, pre_only=2)
    small = make_class(
        teacher=make_teacher("t2"),
        name="Small",
        learners=4,
        course=course,
        school_name="School B",
        prefix="b",
    )
    class_results(small, course, matched=4)
    return big.school.programme


@pytest.fixture
def evaluator(programme_data):
    return make_evaluator("eva", programme_data)


class TestAccess:
    def test_programme_staff_see_the_report(self, client, evaluator):
        client.force_login(evaluator)
        response = client.get(URL)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Summary per domain" in html
        assert 'role="img"' in html and "<title id=" in html and "<desc id=" in html

    def test_teacher_gets_403(self, client, programme_data):
        teacher = make_teacher("t3")
        client.force_login(teacher)
        assert client.get(URL).status_code == 403

    def test_learner_gets_403(self, client, programme_data):
        learner = make_user("kid", is_child_account=True)
        client.force_login(learner)
        assert client.get(URL).status_code == 403

    def test_anonymous_is_sent_to_login(self, client):
        response = client.get(URL)
        assert response.status_code == 302
        assert reverse("account_login") in response["Location"]

    def test_programme_of_someone_else_is_404(self, client, evaluator):
        other = Programme.objects.create(name="Other", slug="other")
        client.force_login(evaluator)
        assert client.get(URL, {"programme": other.pk}).status_code == 404
        assert client.get(URL, {"programme": "abc"}).status_code == 404

    def test_staff_role_without_programme_gets_403(self, client, programme_data):
        user = make_user("lonely", role=roles.PROGRAMME_STAFF)
        client.force_login(user)
        assert client.get(URL).status_code == 403


class TestFiltersAndSuppression:
    def test_small_school_is_visibly_suppressed(self, client, evaluator):
        client.force_login(evaluator)
        response = client.get(
            URL,
            {
                "programme": evaluator.programmes.first().pk,
                "cross_a": "school",
                "cross_b": "gender",
            },
        )
        html = response.content.decode()
        row = html.split('<th scope="row">School B</th>', 1)[1].split("</tr>")[0]
        assert "Suppressed: fewer than 10 learners" in row
        assert 'class="suppressed"' in row

    def test_filter_form_errors_are_shown(self, client, evaluator):
        client.force_login(evaluator)
        response = client.get(
            URL,
            {
                "programme": evaluator.programmes.first().pk,
                "date_from": "2026-05-01",
                "date_to": "2026-04-01",
                "cross_a": "gender",
                "cross_b": "gender",
            },
        )
        assert response.status_code == 400
        html = response.content.decode()
        assert "The end date is before the start date." in html
        assert "Choose two different groupings." in html

    def test_school_filter_narrows_the_report(self, client, evaluator, programme_data):
        school = programme_data.schools.get(name="School B")
        client.force_login(evaluator)
        response = client.get(
            URL,
            {
                "programme": programme_data.pk,
                "school": school.pk,
                "cross_a": "gender",
                "cross_b": "age_band",
                "format": "json",
            },
        )
        report = json.loads(response.content)
        assert report["filters"]["school"] == school.pk
        assert report["attrition"]["suppressed"] is True  # 4 learners only

    @pytest.mark.parametrize("language", ["en", "es", "fr", "pt", "ar", "sw"])
    def test_report_renders_in_every_language(self, client, evaluator, language):
        client.force_login(evaluator)
        response = client.get(f"/{language}/evaluation/report/")
        assert response.status_code == 200
        html = response.content.decode()
        assert f'lang="{language}"' in html
        assert "<svg" in html


class TestDownloads:
    def params(self, evaluator, output):
        return {
            "programme": evaluator.programmes.first().pk,
            "cross_a": "gender",
            "cross_b": "age_band",
            "format": output,
        }

    def test_html_download_is_self_contained(self, client, evaluator):
        client.force_login(evaluator)
        response = client.get(URL, self.params(evaluator, "html"))
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment;")
        assert response["Content-Disposition"].endswith('.html"')
        html = response.content.decode()
        assert html.startswith("<!DOCTYPE html>")
        assert "<style>" in html and "<svg" in html
        assert "<link" not in html and "<script" not in html and "src=" not in html
        assert "Methods" in html

    def test_json_download_is_strict_json(self, client, evaluator):
        client.force_login(evaluator)
        response = client.get(URL, self.params(evaluator, "json"))
        report = json.loads(response.content)
        assert report["schema"] == "kap_report/1"
        assert report["domains"]["K"]["summary"]["n"] == 16

    def test_pdf_opens_and_has_the_title(self, client, evaluator):
        pytest.importorskip("weasyprint", exc_type=OSError)
        client.force_login(evaluator)
        response = client.get(URL, self.params(evaluator, "pdf"))
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        reader = PdfReader(io.BytesIO(response.content))
        text = reader.pages[0].extract_text()
        with translation.override("en"):
            assert "KAP evaluation report" in text
        assert "Programme" in text
