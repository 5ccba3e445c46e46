"""Offline in Chromium: save a course, answer the test offline, sync once."""

from assessments.models import Attempt, Response
from tests.e2e.conftest import sign_in
from tests.factories import PASSWORD, hand_in_pre_test, make_class, make_teacher

# K01 B, K02 A+B, K03 false, A01 5, A02 1, P01 4, P02 no (the mini course test).
CHOICES = ["B", "A", "B", "false", "5", "1", "4", "no"]


def _learner(course):
    school_class = make_class(
        teacher=make_teacher(), learners=1, course=course, prefix="e2e-off"
    )
    return school_class.memberships.get().learner


def _answer_everything(page, attempt):
    codes = {
        "K01": ["B"],
        "K02": ["A", "B"],
        "K03": ["false"],
        "A01": ["5"],
        "A02": ["1"],
        "P01": ["4"],
        "P02": ["no"],
    }
    for item in attempt.instrument.get_items():
        for value in codes[item.code]:
            page.check(f"#item-{item.pk}-{value}")
    return sum(len(v) for v in codes.values())


def test_answers_given_offline_are_stored_exactly_once_when_back_online(
    make_page, course
):
    learner = _learner(course)
    page = make_page()
    context = page.context
    sign_in(page, learner.username, PASSWORD)
    page.goto(course.url)
    page.get_by_role("button", name="Save for offline").click()
    status = page.locator("[data-offline-save-status]")
    status.filter(has_text="Saved on this device").wait_for()
    page.goto(f"/en/learn/course/{course.pk}/test/pre/")
    attempt = Attempt.objects.select_related("instrument").get(learner=learner)

    context.set_offline(True)
    # The saved course page opens with no connection (from the service worker);
    # its lessons open after the pre-test, so they were not saved yet.
    page.goto(course.url)
    assert page.locator("h1").inner_text() == course.title
    page.goto(f"/en/learn/course/{course.pk}/test/pre/")
    _answer_everything(page, attempt)
    page.get_by_role("button", name="Save my answers").click()
    page.locator("#offline-status").filter(has_text="7 answers are kept").wait_for()
    assert Response.objects.filter(attempt=attempt).count() == 0

    context.set_offline(False)
    page.locator("#offline-status").filter(
        has_text="All your answers are sent"
    ).wait_for()
    assert Response.objects.filter(attempt=attempt).count() == 7
    ids = list(
        Response.objects.filter(attempt=attempt).values_list("client_id", flat=True)
    )
    assert None not in ids and len(set(ids)) == 7
    # Nothing is left to send: another page and another sync store nothing more.
    page.reload()
    page.evaluate("() => new Promise(r => setTimeout(r, 500))")
    assert page.evaluate("localStorage.getItem('elearn-answer-queue')") == "{}"
    assert Response.objects.filter(attempt=attempt).count() == 7
    assert dict(
        Response.objects.filter(attempt=attempt).values_list("item__code", "value")
    ) == {
        "K01": "B",
        "K02": "A,B",
        "K03": "false",
        "A01": "5",
        "A02": "1",
        "P01": "4",
        "P02": "no",
    }


def test_signing_out_empties_the_offline_caches(make_page, course):
    learner = _learner(course)
    page = make_page()
    sign_in(page, learner.username, PASSWORD)
    page.goto(course.url)
    page.get_by_role("button", name="Save for offline").click()
    page.locator("[data-offline-save-status]").filter(
        has_text="Saved on this device"
    ).wait_for()
    assert page.evaluate("caches.has('elearn-pages-v1')")
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(lambda url: "/courses/" not in url)
    page.wait_for_load_state("networkidle")
    assert page.get_by_role("link", name="Sign in", exact=True).count() == 1
    assert not page.evaluate("caches.has('elearn-pages-v1')")
    assert page.evaluate("localStorage.getItem('elearn-offline-courses')") is None
    assert page.evaluate("localStorage.getItem('elearn-answer-queue')") is None


def test_lessons_marked_done_offline_are_stored_once_when_back_online(
    make_page, course
):
    from courses.models import LessonCompletion

    learner = _learner(course)
    hand_in_pre_test(learner, course)
    first, second = list(course.get_lessons())[:2]
    page = make_page()
    context = page.context
    sign_in(page, learner.username, PASSWORD)
    page.goto(course.url)
    page.get_by_role("button", name="Save for offline").click()
    page.locator("[data-offline-save-status]").filter(
        has_text="Saved on this device"
    ).wait_for()

    context.set_offline(True)
    page.goto(first.url)  # from the device
    page.get_by_role("button", name="Done, next lesson").click()
    page.wait_for_url(f"**{second.url}")
    assert page.locator("h1").inner_text() == second.title
    page.locator("#offline-status").filter(
        has_text="1 lessons marked as done are kept"
    ).wait_for()
    assert not LessonCompletion.objects.filter(learner=learner).exists()

    # Signing out now would delete the lesson kept on the device: it asks.
    asked = []

    def refuse(dialog):
        asked.append(dialog.message)
        dialog.dismiss()

    page.once("dialog", refuse)
    page.get_by_role("button", name="Sign out").click()
    for _tick in range(100):  # the question comes after a promise chain
        if asked:
            break
        page.wait_for_timeout(50)
    assert asked and "finished lessons" in asked[0], asked
    assert page.get_by_role("button", name="Sign out").count() == 1
    assert page.evaluate("localStorage.getItem('elearn-lesson-queue')") != "{}"

    context.set_offline(False)
    page.locator("#offline-status").filter(
        has_text="All your answers are sent"
    ).wait_for()
    assert page.evaluate("localStorage.getItem('elearn-lesson-queue')") == "{}"
    completion = LessonCompletion.objects.get(learner=learner)
    assert completion.lesson_key == first.translation_key
