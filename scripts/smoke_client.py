"""HTTP client for scripts/smoke-test.sh: drives a running production server.

Standard library only. It acts as the TLS-terminating proxy would: every
request carries ``X-Forwarded-Proto: https`` (which production settings trust)
and an ``Origin`` header, so secure cookies, CSRF and HSTS behave as in
production while the server listens on plain HTTP on 127.0.0.1.

Usage: python scripts/smoke_client.py BASE_URL STEP [STEP ...]
Steps: journey, export, ready, broker-down, export-after-broker-returns.
"""

import base64
import hashlib
import hmac
import json
import os
import re
import struct
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser

PASSWORD = "safe-online-demo"
LEARNER = "g6b-01"
EVALUATOR = "evaluator"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class FormParser(HTMLParser):
    """Collect the inputs of the page's forms (name -> first offered value)."""

    def __init__(self):
        super().__init__()
        self.fields: dict[str, str] = {}
        self.choices: dict[str, list[str]] = {}
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("radio", "checkbox"):
                self.choices.setdefault(name, []).append(attrs.get("value", "on"))
            elif kind not in ("submit", "button"):
                self.fields.setdefault(name, attrs.get("value", ""))
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select:
            self.choices.setdefault(self._select, []).append(attrs.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


class Client:
    """One browser: its own cookies, kept in ``cookie_file`` (if given) so a
    later run of this script goes on in the same session."""

    def __init__(self, base: str, cookie_file: str = ""):
        self.base = base.rstrip("/")
        self.host = urllib.parse.urlsplit(self.base).netloc
        self.cookie_file = cookie_file
        self.cookies: dict[str, str] = {}
        if cookie_file and os.path.exists(cookie_file):
            with open(cookie_file) as saved:
                self.cookies = json.load(saved)
        self.opener = urllib.request.build_opener(NoRedirect)

    def request(self, path: str, data: dict | None = None):
        url = path if path.startswith("http") else self.base + path
        headers = {
            "X-Forwarded-Proto": "https",
            "Origin": f"https://{self.host}",
            "Referer": f"https://{self.host}/",
            "User-Agent": "elearn-smoke-test",
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            # Django accepts the unmasked secret from the cookie as the token.
            token = self.cookies.get("__Host-csrftoken", "")
            data = {"csrfmiddlewaretoken": token, **data}
            body = urllib.parse.urlencode(data, doseq=True).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        request = urllib.request.Request(url, data=body, headers=headers)
        try:
            response = self.opener.open(request, timeout=60)
        except urllib.error.HTTPError as error:
            response = error
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            value = rest.split(";", 1)[0]
            if "max-age=0" in header.lower() or value in ('""', ""):
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        if self.cookie_file:
            with open(self.cookie_file, "w") as saved:
                json.dump(self.cookies, saved)
        text = response.read().decode("utf-8", "replace")
        return response.status, response.headers.get("Location", ""), text

    def get(self, path):
        return self.request(path)

    def sign_in(self, username: str):
        self.cookies.clear()
        status, _, _ = self.get("/en/accounts/login/")
        check(status == 200, f"login page answered {status}")
        status, location, text = self.request(
            "/en/accounts/login/", {"login": username, "password": PASSWORD}
        )
        check(status == 302, f"sign-in as {username} answered {status}: {text[:300]}")
        if "/2fa/authenticate/" in location:
            # Staff must use an authenticator app (MFA_REQUIRED).
            secret = os.environ.get("SMOKE_TOTP_SECRET", "")
            check(bool(secret), f"{username} is asked for a code; no SMOKE_TOTP_SECRET")
            status, _, _ = self.get(location)
            check(status == 200, f"two-step page answered {status}")
            status, location, text = self.request(location, {"code": totp(secret)})
            check(status == 302, f"code for {username} answered {status}: {text[:300]}")
            print(f"ok: {username} typed the authenticator code")
        print(f"ok: signed in as {username} -> {location}")


def totp(secret: str, *, period: int = 30, digits: int = 6) -> str:
    """RFC 6238 code (SHA-1, 30 s, 6 digits: allauth's defaults) for a base32 secret.

    allauth refuses a code used before, so a later sign-in (another run of this
    script, remembered in SMOKE_TOTP_STATE) waits for the next time step.
    """
    state = os.environ.get("SMOKE_TOTP_STATE", "")
    step = int(time.time()) // period
    if state and os.path.exists(state):
        with open(state) as used:
            last = int(used.read().strip() or 0)
        while step <= last:
            time.sleep(1)
            step = int(time.time()) // period
    if state:
        with open(state, "w") as used:
            used.write(str(step))
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    counter = struct.pack(">Q", step)
    digest = hmac.new(key, counter, hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(value % 10**digits).zfill(digits)


def check(condition: bool, message: str):
    if not condition:
        print(f"FAIL: {message}", file=sys.stderr)
        sys.exit(1)


def step_journey(client: Client):
    status, _, _ = client.get("/health/")
    check(status == 200, f"/health/ answered {status}")
    client.sign_in(LEARNER)
    status, _, page = client.get("/en/learn/")
    check(status == 200, f"learner dashboard answered {status}")
    match = re.search(r"/en/learn/course/(\d+)/test/pre/", page)
    if not match:
        # The dashboard links to the course page, which links to the pre-test.
        course_links = re.findall(r'href="(/en/[^"]+)"', page)
        for link in course_links:
            status, location, body = client.get(link)
            match = re.search(r"/en/learn/course/(\d+)/test/pre/", body + location)
            if match:
                break
    check(match is not None, "no pre-test link found for the learner")
    take = match.group(0)
    status, _, page = client.get(take)
    check(status == 200, f"pre-test page answered {status}")
    parser = FormParser()
    parser.feed(page)
    answers = {k: v[0] for k, v in parser.choices.items() if k.startswith("item-")}
    for name, value in parser.fields.items():
        if name.startswith("item-"):
            answers[name] = value or "3"
    check(bool(answers), "the pre-test form has no items")
    status, location, text = client.request(take, {**answers, "action": "submit"})
    check(status == 302, f"submitting the pre-test answered {status}: {text[:300]}")
    check("test/pre" not in location, f"pre-test not accepted: back to {location}")
    print(f"ok: pre-test handed in ({len(answers)} items) -> {location}")


def step_lesson_image(client: Client):
    """The learner opens lessons until one shows an image, and the image
    loads: nothing else serves /media/ in this setup (SERVE_MEDIA)."""
    client.sign_in(LEARNER)
    status, _, page = client.get("/en/learn/")
    check(status == 200, f"learner dashboard answered {status}")
    seen = set()
    queue = re.findall(r'href="(/en/[^"?#]+/)"', page)
    image = None
    while queue and image is None and len(seen) < 60:
        link = queue.pop(0)
        if link in seen or "/accounts/" in link:
            continue
        seen.add(link)
        status, _, body = client.get(link)
        if status != 200:
            continue
        found = re.search(r'<img[^>]+src="(/media/images/[^"]+)"', body)
        if found:
            image = found.group(1)
            break
        queue += re.findall(r'href="(/en/courses/[^"?#]+/)"', body)
    check(image is not None, f"no lesson image found in {len(seen)} pages")
    request = urllib.request.Request(
        client.base + image, headers={"X-Forwarded-Proto": "https"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        data = response.read()
        kind = response.headers.get("Content-Type", "")
    check(kind.startswith("image/"), f"{image} came as {kind!r}")
    magic = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"RIFF")
    check(data.startswith(magic), f"{image} is not an image file")
    print(f"ok: lesson image {image} loads ({len(data)} bytes, {kind})")


def _request_export(client: Client) -> str:
    # The evaluator signs in once and keeps the session (in SMOKE_COOKIES):
    # each new sign-in with an authenticator code waits for a fresh 30 s
    # time step, since allauth refuses a code used before.
    status, _, page = client.get("/en/evaluation/exports/")
    if status != 200:
        client.sign_in(EVALUATOR)
        status, _, page = client.get("/en/evaluation/exports/")
    else:
        print(f"ok: still signed in as {EVALUATOR}")
    check(status == 200, f"exports page answered {status}")
    parser = FormParser()
    parser.feed(page)
    programmes = [v for v in parser.choices.get("programme", []) if v]
    if not programmes and parser.fields.get("programme"):
        programmes = [parser.fields["programme"]]
    check(bool(programmes), "no programme offered on the exports page")
    status, location, _ = client.request(
        "/en/evaluation/exports/new/", {"programme": programmes[0]}
    )
    check(status == 302, f"requesting an export answered {status}")
    return location


def step_export(client: Client):
    detail = _request_export(client.evaluator)
    client = client.evaluator
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        status, _, page = client.get(detail)
        check(status == 200, f"export page answered {status}")
        if "/download/" in page:
            break
        check(
            "export failed" not in page and "unavailable" not in page,
            "the export failed",
        )
        time.sleep(1)
    match = re.search(r'href="([^"]+/download/)"', page)
    check(match is not None, "the worker did not finish the export in time")
    status, _, csv_text = client.get(match.group(1))
    check(status == 200, f"download answered {status}")
    check(csv_text.startswith("learner,"), "the download is not the responses CSV")
    rows = len(csv_text.strip().splitlines()) - 1
    check(rows > 0, "the export has no rows")
    print(f"ok: export built by the worker and downloaded ({rows} rows)")


def step_ready(client: Client):
    deadline = time.monotonic() + 120
    while True:
        status, _, text = client.get("/health/ready/")
        body = json.loads(text)
        checks = body["checks"]
        workers = checks.get("workers", {}).get("count", 0)
        beat = checks.get("beat", {}).get("ok", False)
        if status == 200 and workers >= 1 and beat:
            print(f"ok: /health/ready/ with {workers} worker(s), beat heartbeat seen")
            return
        if time.monotonic() > deadline:
            check(False, f"/health/ready/ not ready: {status} {text}")
        time.sleep(2)


def step_broker_down(client: Client):
    status, _, _ = client.get("/health/")
    check(status == 200, f"/health/ answered {status} with the broker down")
    status, _, text = client.get("/health/ready/")
    check(status == 503, f"/health/ready/ answered {status} with the broker down")
    check(not json.loads(text)["checks"]["broker"]["ok"], "broker reported up")
    client.sign_in(LEARNER)
    status, _, _ = client.get("/en/learn/")
    check(status == 200, f"learner dashboard answered {status} with the broker down")
    client = client.evaluator
    detail = _request_export(client)
    status, _, page = client.get(detail)
    check(status == 200, f"export page answered {status}")
    check("worker queue is unavailable" in page, "no clear broker-down message")
    print("ok: broker down: pages work, the export says the queue is unavailable")


def _learner(client: Client) -> Client:
    """The learner's browser, kept across runs of this script (its session
    must outlive the cache: sessions are in the database)."""
    return client.learner


def step_learner_session(client: Client):
    learner = _learner(client)
    learner.sign_in(LEARNER)
    status, location, _ = learner.get("/en/learn/")
    check(status == 200, f"learner dashboard answered {status}")


def _fill(page: str) -> dict:
    parser = FormParser()
    parser.feed(page)
    answers = {k: v[0] for k, v in parser.choices.items() if k.startswith("item-")}
    for name, value in parser.fields.items():
        if name.startswith("item-"):
            answers[name] = value or "3"
    return {**answers, "page_token": parser.fields.get("page_token", "")}


def step_cache_down(client: Client):
    """With the cache's Redis stopped: for CACHE_OUTAGE_SECONDS the signed-in
    learner reads lessons, finishes them and hands in the post-test (each
    page sent twice, as a retry would); no answer may be a 5xx."""
    learner = _learner(client)
    seconds = float(os.environ.get("CACHE_OUTAGE_SECONDS", "20"))
    deadline = time.monotonic() + seconds
    status, _, text = client.get("/health/ready/")
    check(status == 503, f"/health/ready/ answered {status} with the cache down")
    check(not json.loads(text)["checks"]["cache"]["ok"], "the cache reported up")
    requests = 0
    handed_in = False
    while True:
        status, _, page = learner.get("/en/learn/")
        requests += 1
        check(status == 200, f"learner dashboard answered {status} (cache down)")
        course = re.search(r'href="(/en/courses/[^"?#]+/)"', page)
        check(course is not None, "no course on the learner dashboard")
        status, _, page = learner.get(course.group(1))
        requests += 1
        check(status == 200, f"course page answered {status} (cache down)")
        for lesson in dict.fromkeys(
            re.findall(r'href="(/en/courses/[^"?#]+/[^"?#]+/)"', page)
        ):
            status, _, body = learner.get(lesson)
            requests += 1
            check(status < 500, f"lesson {lesson} answered {status} (cache down)")
            done = re.search(r'action="(/en/learn/lesson/\d+/complete/)"', body)
            if done:
                status, _, _ = learner.request(done.group(1), {})
                requests += 1
                check(status < 500, f"marking a lesson done answered {status}")
        post = re.search(r"/en/learn/course/\d+/test/post/", page)
        if post and not handed_in:
            status, _, form = learner.get(post.group(0))
            requests += 1
            check(status == 200, f"post-test answered {status} (cache down)")
            data = {**_fill(form), "action": "submit"}
            check(len(data) > 2, "the post-test form has no items")
            for _ in range(2):  # the same page twice: stored once
                status, location, text = learner.request(post.group(0), data)
                requests += 1
                check(status == 302, f"handing in answered {status}: {text[:300]}")
            handed_in = True
            print(
                f"ok: post-test handed in with the cache down ({len(data) - 2} items)"
            )
        if time.monotonic() > deadline:
            break
        time.sleep(0.5)
    check(handed_in, "the post-test was never offered during the outage")
    print(f"ok: cache down {seconds:.0f} s: {requests} learner requests, none failed")


def step_cache_back(client: Client):
    deadline = time.monotonic() + 30
    while True:
        status, _, text = client.get("/health/ready/")
        if status == 200 and json.loads(text)["checks"]["cache"]["ok"]:
            break
        check(time.monotonic() < deadline, f"/health/ready/ after the cache: {text}")
        time.sleep(1)
    status, _, _ = _learner(client).get("/en/learn/")
    check(status == 200, f"learner dashboard answered {status} after the cache")
    print("ok: the cache is back: /health/ready/ 200, the learner still signed in")


STEPS = {
    "journey": step_journey,
    "lesson-image": step_lesson_image,
    "export": step_export,
    "ready": step_ready,
    "broker-down": step_broker_down,
    "export-after-broker-returns": step_export,
    "learner-session": step_learner_session,
    "cache-down": step_cache_down,
    "cache-back": step_cache_back,
}


def main(argv):
    base, steps = argv[1], argv[2:]
    client = Client(base)
    # Programme staff's browser, kept across runs of this script.
    cookies = os.environ.get("SMOKE_COOKIES", "")
    client.evaluator = Client(
        base, os.path.join(cookies, "evaluator.json") if cookies else ""
    )
    client.learner = Client(
        base, os.path.join(cookies, "learner.json") if cookies else ""
    )
    for step in steps:
        STEPS[step](client)


if __name__ == "__main__":
    main(sys.argv)
