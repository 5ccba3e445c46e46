"""The age screen (without JavaScript), the privacy notice and My data in a
real browser, checked with axe-core."""

import datetime

from tests.e2e.conftest import assert_accessible, sign_in
from tests.factories import PASSWORD, make_user


def test_a_child_is_turned_away_kindly_without_javascript(nojs_page, course):
    page = nojs_page
    page.goto("/en/accounts/signup/")
    page.fill("input[name=email]", "kid@example.org")
    page.fill("input[name=username]", "kid")
    page.fill("input[name=password1]", "a-long-test-passphrase")
    page.fill("input[name=password2]", "a-long-test-passphrase")
    page.select_option("select[name=country]", "KE")
    page.select_option("select[name=birth_year]", str(datetime.date.today().year - 9))
    page.check("input[name=accept_notice]")
    page.locator("form.stack-form [type=submit]").click()
    page.wait_for_load_state()
    assert page.url.endswith("/en/too-young/")
    assert page.get_by_role("link", name="Join with a class code").count() == 1
    page.get_by_role("link", name="Ask a parent or carer").click()
    page.wait_for_load_state()
    assert page.locator("input[name=parent_email]").count() == 1


def test_sign_up_and_the_child_pages_are_accessible(page, course):
    for url in ("/en/accounts/signup/", "/en/too-young/", "/en/ask-a-parent/"):
        page.goto(url)
        assert_accessible(page)


def test_privacy_notices_and_my_data_are_accessible(page, course):
    make_user("e2e-kid", display_name="Sam", is_child_account=True)
    sign_in(page, "e2e-kid", PASSWORD)
    page.get_by_role("link", name="Privacy").click()
    page.wait_for_load_state()
    assert "version" in page.content()
    assert_accessible(page)
    page.goto("/en/privacy/full/")
    assert_accessible(page)
    page.goto("/en/my-data/")
    assert page.get_by_role("button", name="Download my data").count() == 1
    assert_accessible(page)
