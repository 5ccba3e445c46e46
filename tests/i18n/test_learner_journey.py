"""A whole course in Arabic and in Spanish, through the web, to the certificate.

A child signs in, takes the pre-test, reads and completes every lesson, takes
the post-test, sees the results and downloads the certificate, all in the
translated course. Every page says its language and direction on ``<html>``.
"""

import io
import re

import pytest
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from assessments.models import Attempt, Response
from courses.models import Certificate, LessonCompletion
from tests.factories import PASSWORD, make_user
from tests.i18n.fixtures import MINI_ANSWERS

pytestmark = pytest.mark.django_db

CASES = {
    "ar": {
        "dir": "rtl",
        "name": "أمينة",
        "question": "أيّ مما يلي معلومة شخصية؟",
        "my_courses": "دوراتي",
        "results": "ما الذي تغيّر",
        "download": "نزّل شهادتك (PDF)",
        "heading": "شهادة إتمام",
    },
    "es": {
        "dir": "ltr",
        "name": "Lucía",
        "question": "¿Cuál es información personal?",
        "my_courses": "Mis cursos",
        "results": "Qué cambió",
        "download": "Descarga tu certificado (PDF)",
        "heading": "Certificado de finalización",
    },
}


def html_tag(response) -> tuple[str, str]:
    match = re.search(r'<html lang="([^"]+)" dir="([^"]+)">', response.text)
    assert match, response.text[:300]
    return match.group(1), match.group(2)


def url(name, *args, language):
    with translation.override(language):
        return reverse(name, args=args)


def form_data(attempt, action="submit") -> dict:
    data = {"action": action}
    for item in attempt.instrument.get_items():
        value = MINI_ANSWERS[item.code]
        data[f"item-{item.pk}"] = value
    return data


@pytest.mark.parametrize("language", ["ar", "es"])
def test_a_child_takes_the_whole_course_and_gets_the_certificate(
    client, site, language, django_capture_on_commit_callbacks
):
    case = CASES[language]
    course = site[language]
    learner = make_user(
        f"child-{language}",
        is_child_account=True,
        display_name=case["name"],
        preferred_language=language,
    )

    def get(path):
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        assert html_tag(response) == (language, case["dir"]), path
        return response

    # Sign in: the learner continues in their language.
    response = client.post(
        url("account_login", language="en"),
        {"login": learner.username, "password": PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"].startswith(f"/{language}/")

    dashboard = get(url("learner_dashboard", language=language))
    assert case["my_courses"] in dashboard.text
    assert course.title in dashboard.text
    get(course.url)

    # Pre-test, in the course's language.
    take_pre = url("assessments:take", course.pk, "pre", language=language)
    assert case["question"] in get(take_pre).text
    pre = Attempt.objects.get(learner=learner, phase="pre")
    assert pre.instrument.locale.language_code == language
    assert client.post(take_pre, form_data(pre)).status_code == 302

    # Every lesson, read and marked done.
    lessons = list(course.get_lessons().specific())
    assert {lesson.locale.language_code for lesson in lessons} == {language}
    for lesson in lessons:
        page = get(lesson.url)
        assert lesson.title in page.text
        done = client.post(url("lesson_complete", lesson.pk, language=language))
        assert done.status_code == 302
    assert LessonCompletion.objects.filter(learner=learner).count() == len(lessons)

    # Post-test; finishing the course makes the certificate (a task, on commit).
    take_post = url("assessments:take", course.pk, "post", language=language)
    get(take_post)
    post = Attempt.objects.get(learner=learner, phase="post")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(take_post, form_data(post))
    assert response.status_code == 302
    results = get(url("assessments:results", course.pk, language=language))
    assert case["results"] in results.text

    certificate = Certificate.objects.get(learner=learner)
    assert certificate.status == Certificate.Status.READY
    assert certificate.language == language
    dashboard = get(url("learner_dashboard", language=language))
    assert case["download"] in dashboard.text
    download = client.get(
        url("certificate_download", certificate.pk, language=language)
    )
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    data = b"".join(download.streaming_content)
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert case["heading"] in text
    assert case["name"] in text
    assert course.title in text

    # The answers are stored on the language-independent items.
    keys = set(Response.objects.filter(attempt=post).values_list("item_key", flat=True))
    assert keys == {item.translation_key for item in site["en"].pre_test.get_items()}
