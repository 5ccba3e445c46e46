"""Browser tests: Playwright for Python driving Debian's Chromium.

Never a downloaded browser: Chromium comes from the distribution (``make
browser`` installs the ``chromium`` package) and axe-core from npm (``make
test-e2e`` runs ``npm ci`` here). The app is served by pytest-django's
``live_server`` on 127.0.0.1 with the test settings.

Every test in this folder is marked ``e2e``; ``make test`` leaves them to
``make test-e2e``. On failure the page's screenshot and HTML are kept under
``test-artifacts/e2e/<test name>/``.
"""

import json
import os
import re
import shutil
import weakref
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; the ORM calls that
# the tests make to build data are still plain synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

HERE = Path(__file__).resolve().parent
ARTIFACTS = HERE.parent.parent / "test-artifacts" / "e2e"
AXE_JS = HERE / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# axe-core impacts that fail a test.
BLOCKING_IMPACTS = {"serious", "critical"}
# Pages opened with JavaScript disabled (axe needs it switched on briefly).
_NO_JS_PAGES = weakref.WeakSet()


def chromium_path() -> str | None:
    return os.environ.get("E2E_CHROMIUM") or shutil.which("chromium")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.e2e)
            # live_server needs committed data; serialized rollback restores
            # what migrations created (the Wagtail root page, locales, groups)
            # after each test's flush.
            item.add_marker(
                pytest.mark.django_db(transaction=True, serialized_rollback=True)
            )


@pytest.hookimpl(tryfirst=True, hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


def _missing(what: str):
    """Fail in CI (a missing browser must not pass silently), skip elsewhere."""
    message = f"{what}; run `make test-e2e`, which installs it."
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session", autouse=True)
def _browser_before_the_database(browser):
    """Start Playwright before the test database is set up.

    Playwright's sync API runs an asyncio loop in this thread, and Django's
    connections are context-local (asgiref): code inside the loop gets
    another connection object. The test database's serialized copy (for
    serialized_rollback) lives on the connection that created it, so a
    database created before the loop starts is never restored after a
    transactional test's flush (the next test finds no root page)."""


@pytest.fixture
def course(committed_course):
    """The mini course, committed: the live server's thread reads it."""
    return committed_course


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    if not executable:
        _missing("Debian's chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


def _keep_artifacts(request, page):
    failed = getattr(request.node, "rep_call", None)
    if failed is None or not failed.failed:
        return
    folder = ARTIFACTS / re.sub(r"[^\w.-]+", "_", request.node.nodeid)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        page.screenshot(path=str(folder / "page.png"), full_page=True)
        (folder / "page.html").write_text(page.content(), encoding="utf-8")
        (folder / "url.txt").write_text(page.url, encoding="utf-8")
    except Exception as error:  # the page may be gone; keep what we can
        (folder / "error.txt").write_text(repr(error), encoding="utf-8")


def _context_page(request, browser, live_server, **options):
    options.setdefault("locale", "en-GB")
    # axe-core is injected as a script; the site's CSP must not block it. Pass
    # bypass_csp=False to see the page exactly as the site's policy allows.
    options.setdefault("bypass_csp", True)
    context = browser.new_context(base_url=live_server.url, **options)
    context.set_default_timeout(15_000)
    page = context.new_page()
    if options.get("java_script_enabled") is False:
        _NO_JS_PAGES.add(page)
    yield page
    _keep_artifacts(request, page)
    context.close()


@pytest.fixture
def page(request, browser, live_server):
    """A fresh browser context (no cookies) with JavaScript on."""
    yield from _context_page(request, browser, live_server)


@pytest.fixture
def nojs_page(request, browser, live_server):
    """A fresh browser context with JavaScript disabled."""
    yield from _context_page(request, browser, live_server, java_script_enabled=False)


@pytest.fixture
def make_page(request, browser, live_server):
    """Build a page with other context options (locale, viewport, offline...)."""
    made = []

    def build(**options):
        generator = _context_page(request, browser, live_server, **options)
        page = next(generator)
        made.append(generator)
        return page

    yield build
    for generator in made:
        next(generator, None)


def sign_in(page, username: str, password: str, *, language: str = "en"):
    """Sign in through the real form, as a person would."""
    page.goto(f"/{language}/accounts/login/")
    page.fill("input[name=login]", username)
    page.fill("input[name=password]", password)
    page.locator("form:has(input[name=password]) [type=submit]").first.click()
    page.wait_for_load_state()
    if "/2fa/authenticate/" in page.url:
        # Staff (site admins, editors, programme staff, teachers) have an
        # authenticator app (MFA): type the code it would show now.
        page.fill("input[name=code]", totp_code(username))
        page.locator("form:has(input[name=code]) [type=submit]").first.click()
        page.wait_for_load_state()


def totp_code(username: str) -> str:
    """The code ``username``'s authenticator app shows now (allauth TOTP)."""
    from allauth.mfa.adapter import get_adapter
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import (
        format_hotp_value,
        hotp_value,
        yield_hotp_counters_from_time,
    )

    authenticator = Authenticator.objects.get(
        user__username=username, type=Authenticator.Type.TOTP
    )
    secret = get_adapter().decrypt(authenticator.data["secret"])
    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counters[len(counters) // 2]))


def axe_violations(page) -> list[dict]:
    """Run axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the page as it is now."""
    if not AXE_JS.exists():
        _missing("axe-core is not installed under tests/e2e/node_modules")
    if page in _NO_JS_PAGES:
        # With JavaScript disabled, code evaluated through the DevTools
        # protocol runs, and so do promises, but timers never fire; axe waits
        # on setTimeout, so run those callbacks as microtasks instead. The
        # page's own scripts never ran, so nothing else sees the change.
        page.evaluate(
            """() => {
                window.setTimeout = (callback, delay, ...args) => {
                    Promise.resolve().then(() => callback(...args));
                    return 0;
                };
                window.clearTimeout = () => {};
            }"""
        )
    return _run_axe(page)


def _run_axe(page) -> list[dict]:
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(
            "source => { (0, eval)(source); }", AXE_JS.read_text(encoding="utf-8")
        )
    result = page.evaluate(
        """async () => await axe.run(document, {
            runOnly: {type: 'tag', values: [
                'wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'
            ]},
            resultTypes: ['violations'],
        })"""
    )
    return result["violations"]


def assert_accessible(page):
    """Fail on any serious or critical axe-core violation, naming each one."""
    blocking = [v for v in axe_violations(page) if v["impact"] in BLOCKING_IMPACTS]
    if blocking:
        summary = [
            {
                "rule": v["id"],
                "impact": v["impact"],
                "help": v["help"],
                "nodes": [n["target"] for n in v["nodes"][:5]],
            }
            for v in blocking
        ]
        pytest.fail(
            f"axe-core on {page.url}:\n{json.dumps(summary, indent=2)}", pytrace=False
        )
