"""Page budgets for learners on cheap phones and prepaid data, measured in Chromium.

Each learner page (catalogue, course, lesson, test), signed in as a learner,
in English and Arabic, must stay within:

- first visit (empty cache): at most 60 KB over the network and 15 requests,
  lesson media (``/media/``, ``/documents/``) excluded;
- repeat visit (same browser context): at most 10 KB.

Sizes are deterministic (the same templates, data and files give the same
bytes), so this test may fail a build.

How the server is made realistic. pytest-django's ``live_server`` serves
static files through Django's ``StaticFilesHandler``: uncompressed, with no
far-future cache headers, which is not what production sends. Here the app is
served by its own ``LiveServerThread`` whose static files are collected with
production's storage (``CompressedManifestStaticFilesStorage``: hashed names,
gzip copies) and served by the app's own ``WhiteNoiseMiddleware`` exactly as in
production (compressed, ``Cache-Control: max-age=315360000, immutable``). Only
our own static files are collected (the ``static/`` folder), since learner
pages use no others. HTML is compressed by ``GZipMiddleware`` as in production.

How the service worker is counted. The measuring contexts block service
workers: Chromium reports the worker's own network requests to the worker,
not to the page, so a page's DevTools session cannot see them. The worker
adds one download on a first visit (``/sw.js``, cached for a day and
re-checked by browsers at most daily), which is fetched and added to every
first-visit figure below. The worker itself stores nothing until the learner
saves a course, and it answers only from what is saved, so it never adds
bytes to a page.
"""

import pytest
from django.core.management import call_command
from django.test.testcases import LiveServerThread
from django.test.utils import override_settings

from assessments.models import Phase
from assessments.services import attempt_get_or_start, attempt_save_batch
from tests.e2e.conftest import sign_in
from tests.e2e.network import NetworkMeter
from tests.factories import PASSWORD, make_class, make_teacher

FIRST_VISIT_BYTES = 60 * 1024
FIRST_VISIT_REQUESTS = 15
REPEAT_VISIT_BYTES = 10 * 1024


@pytest.fixture(scope="session")
def collected_static(tmp_path_factory):
    """Collect static files as production does: hashed names, gzip copies."""
    root = tmp_path_factory.mktemp("static_collected")
    with override_settings(**_production_static(root)):
        call_command("collectstatic", "--noinput", verbosity=0)
    return root


def _production_static(root):
    from django.conf import settings

    storages = dict(settings.STORAGES)
    storages["staticfiles"] = {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    }
    return {
        "STATIC_ROOT": root,
        "STORAGES": storages,
        "STATICFILES_FINDERS": [
            "django.contrib.staticfiles.finders.FileSystemFinder",
        ],
    }


@pytest.fixture
def production_server(collected_static, live_server):
    """The app served with production's static handling (see the module doc).

    ``live_server`` is requested only for its database setup; the pages are
    served by this thread, whose WSGI app is the plain Django handler, so
    WhiteNoiseMiddleware serves the collected, compressed files.
    """
    from django.db import connections

    overrides = {
        conn.alias: conn
        for conn in connections.all()
        if conn.vendor == "sqlite" and conn.is_in_memory_db()
    }
    with override_settings(**_production_static(collected_static)):
        thread = LiveServerThread(
            "127.0.0.1", static_handler=lambda app: app, connections_override=overrides
        )
        thread.daemon = True
        for conn in overrides.values():
            conn.inc_thread_sharing()
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
        yield f"http://127.0.0.1:{thread.port}"
        thread.terminate()
        for conn in overrides.values():
            conn.dec_thread_sharing()


def _learner_pages(course, learner, language):
    """Return ``{name: path}`` for the four learner pages, in ``language``."""
    attempt = attempt_get_or_start(
        learner=learner, course=course, phase=Phase.PRE, language=language
    )
    pages = {
        "catalogue": f"/{language}/courses/",
        "course": course.url.replace("/en/", f"/{language}/", 1),
        "test": f"/{language}/learn/course/{course.pk}/test/pre/",
    }
    return pages, attempt


def _hand_in_pre_test(attempt):
    answers = {
        "K01": "B",
        "K02": ["A", "B"],
        "K03": "false",
        "A01": "5",
        "A02": "1",
        "P01": "4",
        "P02": "no",
    }
    batch = [
        {"client_id": f"00000000-0000-4000-8000-{n:012d}", "item": i.pk, "value": v}
        for n, (i, v) in enumerate(
            (item, answers[item.code]) for item in attempt.instrument.get_items()
        )
    ]
    result = attempt_save_batch(attempt=attempt, answers=batch, submit=True)
    assert result.submitted


def _worker_script_cost(page, meter) -> dict:
    return meter.measure(
        lambda: page.evaluate(
            "fetch('/sw.js', {cache: 'no-store'}).then(r => r.text())"
        )
    )


@pytest.mark.parametrize("language", ["en", "ar"])
def test_learner_pages_stay_within_their_budgets(
    browser, production_server, course, language
):
    learner = (
        make_class(
            teacher=make_teacher(),
            learners=1,
            course=course,
            prefix=f"budget-{language}",
        )
        .memberships.get()
        .learner
    )
    pages, attempt = _learner_pages(course, learner, language)

    signing_in = browser.new_context(base_url=production_server)
    sign_in(signing_in.new_page(), learner.username, PASSWORD, language=language)
    state = signing_in.storage_state()
    signing_in.close()

    figures = {}

    def visit(name, path):
        context = browser.new_context(
            base_url=production_server,
            storage_state=state,
            service_workers="block",
            locale="ar-EG" if language == "ar" else "en-GB",
        )
        page = context.new_page()
        meter = NetworkMeter(page)
        first = meter.measure(lambda: page.goto(path))
        assert page.locator("html").get_attribute("lang") == language
        worker = _worker_script_cost(page, meter)
        first["requests"] += worker["requests"]
        first["bytes"] += worker["bytes"]
        repeat = meter.measure(lambda: page.goto(path))
        figures[name] = {"first": first, "repeat": repeat}
        context.close()

    for name, path in pages.items():
        visit(name, path)
    # Lessons open once the pre-test is handed in.
    _hand_in_pre_test(attempt)
    lesson = course.get_lessons().first()
    visit("lesson", lesson.url.replace("/en/", f"/{language}/", 1))

    over = []
    for name, figure in figures.items():
        first, repeat = figure["first"], figure["repeat"]
        if first["bytes"] > FIRST_VISIT_BYTES:
            over.append(f"{name}: first visit {first['bytes']} B > 60 KB")
        if first["requests"] > FIRST_VISIT_REQUESTS:
            over.append(f"{name}: first visit {first['requests']} requests > 15")
        if repeat["bytes"] > REPEAT_VISIT_BYTES:
            over.append(f"{name}: repeat visit {repeat['bytes']} B > 10 KB")
    assert not over, f"{language}: {over}\n{figures}"
    # Compression and caching are really in play: static files come back
    # compressed on the first visit and not at all on the repeat visit.
    for name, figure in figures.items():
        assert not any("/static/" in f[0] for f in figure["repeat"]["files"]), name
        assert any(f[0].startswith("static/") for f in figure["first"]["files"]), name
