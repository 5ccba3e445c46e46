"""A child joins a class, takes the tests and the lessons, and gets a certificate.

The same journey runs in English, in Arabic (right to left, mirrored layout)
and with JavaScript switched off. Its steps use the page's structure (names,
values, links), never its English wording, so one journey serves every
language; each language then checks what it shows.
"""

import pytest
from wagtail.models import Locale

from courses.models import Certificate
from home.demo_translations import ensure_course_translation
from tests.e2e.journeys import (
    MINI_COURSE_AR,
    PDF_MAGIC,
    POST_ANSWERS,
    PRE_ANSWERS,
    answer_test,
    checked,
    submit,
    visit,
)
from tests.factories import MINI_COURSE, make_class, make_teacher

CHILD_PASSWORD = "kite-river-mango-42"


@pytest.fixture
def school_class(course):
    return make_class(teacher=make_teacher(), name="Grade 5 Red", course=course)


@pytest.fixture
def arabic_course(course):
    locale = Locale.objects.get(language_code="ar")
    return ensure_course_translation(course, MINI_COURSE, MINI_COURSE_AR, locale=locale)


def child_journey(page, *, school_class, language: str) -> bytes:
    """Join with the class code, pre-test, lessons, post-test, results,
    certificate. Returns the certificate's bytes."""
    visit(page, f"/{language}/join/")
    page.fill("input[name=code]", school_class.join_code.lower())
    submit(page, page.locator("main form button[type=submit]"))

    page.fill("input[name=display_name]", "Noor")
    page.check("input[name=kind][value=password]")
    page.fill("input[name=password1]", CHILD_PASSWORD)
    page.fill("input[name=password2]", CHILD_PASSWORD)
    submit(page, page.locator("main form button[type=submit]"))
    assert page.url.endswith(f"/{language}/join/welcome/")
    username = page.locator(".login-card dd.code").inner_text().strip()
    assert username

    submit(page, page.locator("main a.button[href$='/learn/']"))
    submit(page, page.locator(".card h2 a").first)

    # Lessons are closed until the pre-test is handed in.
    assert page.locator(".steps a[href*='/test/post/']").count() == 0
    submit(page, page.locator(".steps a[href*='/test/pre/']"))
    answer_test(page, PRE_ANSWERS)
    submit(page, page.locator("button[name=action][value=submit]"))

    # Back on the course page. First lesson: a quick check whose feedback
    # opens on choosing an answer.
    assert page.locator(".steps a[href*='/test/pre/']").count() == 0
    submit(page, page.locator(".steps a[href*='/what-is-personal-information/']"))
    check = page.locator(".quick-check")
    feedback = check.locator(".feedback").first
    assert not feedback.is_visible()
    check.locator("summary").first.click()
    assert feedback.is_visible()
    checked(page)
    submit(page, page.locator(".lesson-footer button[type=submit]"))

    # Second lesson: a scenario; choosing an answer shows what could happen.
    assert "/telling-a-trusted-adult/" in page.url
    scenario = page.locator(".scenario")
    best = scenario.locator(".feedback-best")
    assert not best.is_visible()
    scenario.locator("summary").first.click()
    assert best.is_visible()
    checked(page)
    submit(page, page.locator(".lesson-footer button[type=submit]"))

    # Back on the course page, the post-test is open.
    submit(page, page.locator(".steps a[href*='/test/post/']"))
    answer_test(page, POST_ANSWERS)
    submit(page, page.locator("button[name=action][value=submit]"))

    # What changed: every KAP domain went up.
    assert page.url.endswith("/results/")
    changes = page.locator("table.results tbody tr td:nth-child(4)").all_inner_texts()
    # Arabic writes 75,0 where English writes 75.0.
    assert [c.replace(",", ".") for c in changes] == ["+100.0", "+75.0", "+75.0"]

    # The certificate (drawn by a Celery task, eager here) is on "My courses".
    visit(page, f"/{language}/learn/")
    link = page.locator("a[href*='/learn/certificates/']")
    assert Certificate.objects.get(learner__username=username).status == "ready"
    response = page.request.get(link.get_attribute("href"))
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert "attachment" in response.headers["content-disposition"]
    with page.expect_download() as download:
        link.click()
    with open(download.value.path(), "rb") as pdf:
        body = pdf.read()
    assert body.startswith(PDF_MAGIC) and body.rstrip().endswith(b"%%EOF")
    return body


class TestChildJourney:
    def test_child_joins_learns_and_gets_a_certificate(self, page, school_class):
        child_journey(page, school_class=school_class, language="en")
        assert page.locator("html").get_attribute("dir") == "ltr"

    def test_the_same_journey_in_arabic_reads_right_to_left(
        self, make_page, school_class, arabic_course
    ):
        page = make_page(locale="ar", viewport={"width": 1024, "height": 800})
        child_journey(page, school_class=school_class, language="ar")
        html = page.locator("html")
        assert html.get_attribute("lang") == "ar"
        assert html.get_attribute("dir") == "rtl"
        assert page.locator(".card h2 a").inner_text() == MINI_COURSE_AR["title"]

    def test_the_same_journey_without_javascript(self, nojs_page, school_class):
        child_journey(nojs_page, school_class=school_class, language="en")


class TestRightToLeftLayout:
    def test_header_mirrors_in_arabic(self, make_page, arabic_course):
        boxes = {}
        for language in ("en", "ar"):
            page = make_page(viewport={"width": 1024, "height": 800})
            visit(page, f"/{language}/")
            brand = page.locator(".brand").bounding_box()
            nav = page.locator(".site-nav").bounding_box()
            boxes[language] = (brand, nav)
        width = 1024
        (brand_en, nav_en), (brand_ar, nav_ar) = boxes["en"], boxes["ar"]
        # English: brand on the left, navigation to its right.
        assert brand_en["x"] < width / 4 and nav_en["x"] > brand_en["x"]
        # Arabic: brand on the right, navigation to its left.
        assert brand_ar["x"] + brand_ar["width"] > width * 3 / 4
        assert nav_ar["x"] + nav_ar["width"] < brand_ar["x"] + 1
