"""An editor writes a lesson in the Wagtail admin and submits it to the
safeguarding review; a reviewer approves it; the editor translates it into
Spanish with wagtail-localize and the reviewer publishes the translation.

The Wagtail admin is Wagtail's own (its accessibility is Wagtail's to keep);
axe-core checks the site's pages, so these steps check only that the pages
load and do what the editor needs.
"""

import pytest
from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import StringTranslation, Translation

from accounts import roles
from courses.models import CourseIndexPage, LessonPage
from courses.services import SAFEGUARDING_REVIEWERS, review_workflow_ensure
from home import demo
from home.demo_translations import ensure_course_translation
from tests.e2e.conftest import sign_in
from tests.e2e.journeys import verified
from tests.factories import MINI_COURSE, PASSWORD, make_user

TITLE = "Strong passwords"
TITLE_ES = "Contraseñas seguras"


@pytest.fixture
def newsroom(course):
    """The course in English and Spanish, both under the review workflow."""
    spanish = Locale.objects.get(language_code="es")
    ensure_course_translation(
        course, MINI_COURSE, {"slug": "mini-course"}, locale=spanish
    )
    review_workflow_ensure(
        catalogue=CourseIndexPage.objects.get(locale__language_code="en")
    )
    demo.ensure_groups()
    editor = verified(
        make_user("editor", role=roles.CONTENT_EDITOR, email="editor@example.org")
    )
    reviewer = verified(
        make_user("reviewer", role=SAFEGUARDING_REVIEWERS, email="rev@example.org")
    )
    return course, editor, reviewer


def open_more_actions(page):
    """The footer's save button carries a menu of the other actions."""
    page.locator("footer").get_by_role("button", name="More actions").click()


class TestEditorJourney:
    def test_lesson_is_written_reviewed_translated_and_published(
        self, page, make_page, newsroom
    ):
        course, editor, reviewer = newsroom
        sign_in(page, "editor", PASSWORD)
        page.goto(f"/admin/pages/add/courses/lessonpage/{course.pk}/")
        page.locator("#id_title").fill(TITLE)
        page.locator("#id_summary").fill("Long, secret and different for each game.")
        open_more_actions(page)
        with page.expect_navigation():
            page.locator("button[name=action-submit]").click()
        lesson = LessonPage.objects.get(title=TITLE)
        assert not lesson.live
        state = WorkflowState.objects.get(object_id=str(lesson.pk))
        assert state.status == WorkflowState.STATUS_IN_PROGRESS

        # The safeguarding reviewer approves; approving publishes.
        review = make_page()
        sign_in(review, "reviewer", PASSWORD)
        review.goto(f"/admin/pages/{lesson.pk}/edit/")
        open_more_actions(review)
        with review.expect_navigation():
            review.locator("button[data-workflow-action-name=approve]").first.click()
        lesson.refresh_from_db()
        state.refresh_from_db()
        assert state.status == WorkflowState.STATUS_APPROVED
        assert lesson.live

        # The editor translates it into Spanish with wagtail-localize.
        page.goto(f"/admin/localize/submit/page/{lesson.pk}/")
        page.get_by_label("Español").check()
        with page.expect_navigation():
            page.locator("input[type=submit]").click()
        translation = Translation.objects.get(
            source__object_id=lesson.translation_key, target_locale__language_code="es"
        )
        lesson_es = LessonPage.objects.get(
            translation_key=lesson.translation_key, locale__language_code="es"
        )
        # wagtail-localize publishes a new translation of a live page at once,
        # with the English text standing in for every untranslated string.
        assert lesson_es.live and lesson_es.title == TITLE
        assert f"/admin/pages/{lesson_es.pk}/edit/" in page.url
        # The translation editor lists each string: the title comes first.
        segment = page.locator("li.incomplete").filter(has_text=TITLE).first
        segment.get_by_role("button", name="Translate").click()
        segment.locator("textarea").fill(TITLE_ES)
        # The editor saves each string with a request of its own: wait for it
        # to be answered before looking in the database.
        with page.expect_response(
            lambda response: response.request.method in ("POST", "PUT")
        ) as saved:
            segment.get_by_role("button", name="Save").click()
        assert saved.value.ok
        page.get_by_text(TITLE_ES).wait_for()
        assert StringTranslation.objects.filter(
            locale__language_code="es", data=TITLE_ES
        ).exists()
        assert translation.enabled

        # The reviewer publishes the translation.
        review.goto(f"/admin/pages/{lesson_es.pk}/edit/")
        with review.expect_navigation():
            review.get_by_role("button", name="Publish in").click()
        lesson_es.refresh_from_db()
        assert lesson_es.live and lesson_es.title == TITLE_ES
