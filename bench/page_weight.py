"""Benchmark: page weight and requests of each learner page, in headless Chromium.

Starts gunicorn with production settings (whitenoise serving compressed,
hashed static files with far-future cache headers; GZipMiddleware for HTML)
against PostgreSQL ``elearn_bench`` and Redis on 127.0.0.1 (``bench/_prod.py``),
signs a learner in (a session written to the database), and opens the
catalogue, the course page, the pre-test and a lesson in Debian's Chromium
(``/usr/bin/chromium``, or ``E2E_CHROMIUM``), in English and Arabic, on the
demo children's course: each page in a fresh browser context (first visit,
empty cache) and then again in the same context (repeat visit).

Bytes are what Chromium reports arriving over the network (compressed bodies
plus response headers, DevTools ``encodedDataLength``); requests served from
the browser cache are not counted. Lesson media (``/media/``, ``/documents/``)
are left out, as the budget says. The service worker is blocked while
measuring (its own fetches are invisible to the page's DevTools session) and
its one download (``/sw.js``, cached a day) is added to each first visit.
Budgets: first visit <= 60 KB and <= 15 requests, repeat visit <= 10 KB.

    .venv/bin/python bench/page_weight.py
"""

import os
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _prod  # noqa: E402

PREFIX = "bench-weight"
BUDGET = {"first_bytes": 60 * 1024, "first_requests": 15, "repeat_bytes": 10 * 1024}


def pages_for(course, language: str, learner) -> tuple[dict, object]:
    from wagtail.models import Locale

    from assessments.models import Phase
    from assessments.services import attempt_get_or_start

    locale = Locale.objects.filter(language_code=language).first()
    shown = course.get_translation_or_none(locale) if locale else None
    shown = shown or course
    attempt = attempt_get_or_start(
        learner=learner, course=shown, phase=Phase.PRE, language=language
    )
    prefix = f"/{language}/"
    return (
        {
            "catalogue": shown.get_parent().url,
            "course": shown.url,
            "test": f"{prefix}learn/course/{shown.pk}/test/pre/",
        },
        (shown, attempt),
    )


def main() -> None:
    from tests.e2e.network import NetworkMeter

    executable = shutil.which("chromium") or "/usr/bin/chromium"
    # Playwright's sync API runs an event loop in this thread; the ORM calls
    # between page visits are still plain synchronous calls.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    _prod.setup()
    import uuid

    from django.contrib.auth import get_user_model

    from assessments.services import attempt_save_batch
    from courses.models import CoursePage

    course = (
        CoursePage.objects.filter(
            slug__in=["safe-and-kind-online", "safe-kind-online"]
        ).first()
        or CoursePage.objects.live().filter(audience="children").first()
    )
    ((user_id, session_key),) = _prod.make_learners(PREFIX, 1)
    learner = get_user_model().objects.get(pk=user_id)
    from playwright.sync_api import sync_playwright

    base = f"http://{_prod.HOST}:{_prod.PORT}"
    figures: dict = {}
    with _prod.Gunicorn(), sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("E2E_CHROMIUM", executable),
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic"],
        )

        def visit(language: str, name: str, path: str) -> None:
            context = browser.new_context(
                base_url=base,
                service_workers="block",
                locale="ar-EG" if language == "ar" else "en-GB",
                # What the TLS proxy adds.
                extra_http_headers={"X-Forwarded-Proto": "https"},
            )
            # The learner's session: a Secure __Host- cookie, which Chromium
            # keeps and sends for 127.0.0.1 (a potentially trustworthy origin).
            context.add_cookies(
                [
                    {
                        "name": "__Host-sessionid",
                        "value": session_key,
                        "url": f"https://{_prod.HOST}:{_prod.PORT}/",
                        "secure": True,
                        "httpOnly": True,
                        "sameSite": "Lax",
                    }
                ]
            )
            page = context.new_page()
            meter = NetworkMeter(page)
            first = meter.measure(lambda: page.goto(path))
            signed_in = page.locator("[data-service-worker]").count() == 1
            worker = meter.measure(
                lambda: page.evaluate(
                    "fetch('/sw.js', {cache: 'no-store'}).then(r => r.text())"
                )
            )
            first["requests"] += worker["requests"]
            first["bytes"] += worker["bytes"]
            repeat = meter.measure(lambda: page.goto(path))
            figures.setdefault(language, {})[name] = {
                "path": path,
                "signed_in": signed_in,
                "first": first,
                "repeat": repeat,
                "within_budget": first["bytes"] <= BUDGET["first_bytes"]
                and first["requests"] <= BUDGET["first_requests"]
                and repeat["bytes"] <= BUDGET["repeat_bytes"],
            }
            context.close()

        for language in ("en", "ar"):
            paths, (shown, attempt) = pages_for(course, language, learner)
            for name, path in paths.items():
                visit(language, name, path)
            answers = _prod.answers_for(attempt.instrument)
            attempt_save_batch(
                attempt=attempt,
                answers=[{"client_id": str(uuid.uuid4()), **a} for a in answers],
                submit=True,
            )
            visit(language, "lesson", shown.get_lessons().first().url)
            from assessments.models import Attempt

            Attempt.objects.filter(learner=learner).delete()
        browser.close()

    result = {
        "benchmark": "page_weight",
        "course": course.slug,
        "budget": BUDGET,
        "pages": figures,
        "machine": _prod.machine(),
    }
    path = _prod.write_results("page_weight", result)
    print(
        f"\n{'page':<14}{'first KB':>10}{'requests':>10}{'repeat KB':>11}"
        f"{'repeat req':>12}  budget"
    )
    ok = True
    for language, pages in figures.items():
        for name, f in pages.items():
            ok = ok and f["within_budget"] and f["signed_in"]
            print(
                f"{language + ' ' + name:<14}{f['first']['bytes'] / 1024:>10.1f}"
                f"{f['first']['requests']:>10}{f['repeat']['bytes'] / 1024:>11.1f}"
                f"{f['repeat']['requests']:>12}  "
                f"{'ok' if f['within_budget'] else 'OVER'}"
                f"{'' if f['signed_in'] else ' (not signed in!)'}"
            )
    print(f"written to {path.relative_to(_prod.ROOT)}")
    _prod.delete_learners(PREFIX)
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
