"""Keyboard only: a learner signs in, takes the pre-test and works through the
lessons with Tab, Space, Enter and the arrow keys, never the mouse.

Every element that receives focus on the way must show it: the computed style
of the focused element has an outline or a box shadow.
"""

import pytest

from tests.e2e.journeys import PRE_ANSWERS, checked, visit
from tests.factories import PASSWORD, make_class, make_teacher

MAX_TABS = 60

FOCUS_STYLE = """() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
        tag: element.tagName.toLowerCase(),
        name: element.getAttribute('name') || element.textContent.trim().slice(0, 40),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        shadow: style.boxShadow !== 'none',
    };
}"""


def focus_is_visible(page) -> bool:
    focused = page.evaluate(FOCUS_STYLE)
    assert focused is not None, "nothing has focus"
    assert focused["outline"] or focused["shadow"], f"focus not visible on {focused}"
    return True


def tab_to(page, selector: str):
    """Press Tab until ``selector`` has focus; every stop must show focus."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        focus_is_visible(page)
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"{selector} not reached with {MAX_TABS} presses of Tab")


def press_and_load(page, key: str):
    with page.expect_navigation():
        page.keyboard.press(key)
    return checked(page)


def choose(page, number: int, value):
    """Answer question ``number``: arrows move through a radio group (and
    select), Space ticks a checkbox or the first radio."""
    question = f"#q-{number}"
    if isinstance(value, list):
        for one in value:
            tab_to(page, f"{question} input[value='{one}']")
            page.keyboard.press("Space")
        return
    tab_to(page, f"{question} input")
    if page.evaluate("() => document.activeElement.value") == value:
        page.keyboard.press("Space")
    for _ in range(10):
        if page.evaluate("() => document.activeElement.value") == value:
            break
        page.keyboard.press("ArrowDown")
    focus_is_visible(page)
    assert page.locator(f"{question} input[value='{value}']").is_checked()


@pytest.fixture
def learner(course):
    school_class = make_class(
        teacher=make_teacher(), learners=1, course=course, prefix="keys"
    )
    return school_class.learners.get()


class TestKeyboardOnly:
    def test_learner_takes_the_pre_test_and_a_lesson_without_a_mouse(
        self, page, learner
    ):
        visit(page, "/en/accounts/login/")
        tab_to(page, "input[name=login]")
        page.keyboard.type(learner.username)
        tab_to(page, "input[name=password]")
        page.keyboard.type(PASSWORD)
        press_and_load(page, "Enter")
        assert page.url.endswith("/en/learn/")

        tab_to(page, ".card h2 a")
        press_and_load(page, "Enter")
        tab_to(page, ".steps a[href*='/test/pre/']")
        press_and_load(page, "Enter")

        for number, value in enumerate(PRE_ANSWERS, start=1):
            choose(page, number, value)
        tab_to(page, "button[name=action][value=submit]")
        press_and_load(page, "Enter")
        assert learner.attempts.get().is_submitted

        tab_to(page, ".steps a[href*='/what-is-personal-information/']")
        press_and_load(page, "Enter")
        feedback = page.locator(".quick-check .feedback").first
        assert not feedback.is_visible()
        tab_to(page, ".quick-check summary")
        page.keyboard.press("Enter")
        assert feedback.is_visible()
        tab_to(page, ".lesson-footer button[type=submit]")
        press_and_load(page, "Enter")
        assert "/telling-a-trusted-adult/" in page.url

        best = page.locator(".scenario .feedback-best")
        tab_to(page, ".scenario summary")
        page.keyboard.press("Space")
        assert best.is_visible()
        tab_to(page, ".lesson-footer button[type=submit]")
        press_and_load(page, "Enter")
        assert learner.lesson_completions.count() == 2

    def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(self, page):
        visit(page, "/en/help/")
        page.keyboard.press("Tab")
        focus_is_visible(page)
        skip = page.locator(".skip-link")
        assert page.evaluate("() => document.activeElement.className") == "skip-link"
        assert skip.is_visible()
        page.keyboard.press("Enter")
        assert page.evaluate("() => document.activeElement.id") == "main"
