"""The browser-test harness itself: Chromium starts, the app serves, axe runs."""

from tests.e2e.conftest import axe_violations, sign_in
from tests.factories import PASSWORD, make_user


def test_signed_in_learner_sees_their_dashboard_in_chromium(page, course):
    make_user("e2e-learner", display_name="Sam", is_child_account=True)
    sign_in(page, "e2e-learner", PASSWORD)
    assert page.locator("html").get_attribute("lang") == "en"
    assert (
        page.get_by_role("link", name="Sign out").count()
        + page.get_by_role("button", name="Sign out").count()
        >= 1
    )
    assert isinstance(axe_violations(page), list)


def test_pages_render_right_to_left_in_arabic(page, course):
    page.goto("/ar/")
    html = page.locator("html")
    assert html.get_attribute("lang") == "ar"
    assert html.get_attribute("dir") == "rtl"
