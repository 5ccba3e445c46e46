"""Benchmark: a national test day. Many learners each hand in a 20-question test.

Starts gunicorn with production settings against PostgreSQL ``elearn_bench``
and Redis on 127.0.0.1 (see ``bench/_prod.py``), creates ``--learners``
learners with signed-in sessions, then ``--concurrency`` threads send each
learner's 20 answers and hand the test in, as the page's script does when the
connection returns: one JSON request per learner to
``/en/learn/course/<id>/test/pre/answers/``, every answer with its own client
id. A share of learners (``--resend``) send the same request a second time,
as a phone does when the reply to the first was lost.

It prints and writes to ``bench/results/test_day-<time>.json``:
answers stored per second (over the whole run, and the slowest and median
whole seconds), request latency p50/p99, and the check that every answer is
stored exactly once: every client id sent is in the database once, no
(attempt, question) pair twice, every test handed in, resends stored nothing.
The learners it created are deleted at the end (``--keep`` keeps them).

    .venv/bin/python bench/test_day.py [--learners 10000] [--concurrency 24]
"""

import argparse
import queue
import random
import sys
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _prod  # noqa: E402

PREFIX = "bench-day"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--learners", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=24)
    parser.add_argument("--resend", type=float, default=0.05)
    parser.add_argument("--max-seconds", type=float, default=1800)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()

    _prod.setup()
    from assessments.models import Attempt, Response

    course = _prod.bench_course()
    answers = _prod.answers_for(course.pre_test)
    print(f"Creating {args.learners} learners with sessions...", flush=True)
    learners = _prod.make_learners(PREFIX, args.learners)
    url = f"/en/learn/course/{course.pk}/test/pre/answers/"

    work: queue.Queue = queue.Queue()
    for pair in learners:
        work.put(pair)
    sent_ids: set[str] = set()
    latencies: list[float] = []
    stored_at: list[float] = []  # one entry per answer stored, by time
    problems: Counter = Counter()
    resent = 0
    processed = 0
    lock = threading.Lock()
    stop_at = time.monotonic() + args.max_seconds
    rng = random.Random(1)

    def learner_day(session_key: str, resend: bool) -> None:
        nonlocal resent, processed
        client = _prod.Client(session_key)
        batch = [{"client_id": str(uuid.uuid4()), **a} for a in answers]
        body = {"answers": batch, "submit": True}
        status, seconds, payload = client.request("POST", url, body)
        reply = _decode(payload) if status == 200 else {}
        now = time.monotonic()
        with lock:
            processed += 1
            latencies.append(seconds)
            sent_ids.update(a["client_id"] for a in batch)
            if status != 200:
                problems[f"status {status}"] += 1
            elif len(reply.get("saved", [])) != len(batch) or not reply.get(
                "submitted"
            ):
                problems["not all stored"] += 1
            stored_at.extend([now] * len(reply.get("saved", [])))
        if resend:
            status, seconds, payload = client.request("POST", url, body)
            reply = _decode(payload) if status == 200 else {}
            with lock:
                resent += 1
                latencies.append(seconds)
                if status != 200 or reply.get("saved"):
                    problems["resend stored something"] += 1
                if len(reply.get("duplicates", [])) != len(batch):
                    problems["resend not acknowledged"] += 1

    def worker(seed: int) -> None:
        local = random.Random(seed)
        while time.monotonic() < stop_at:
            try:
                _user_id, key = work.get_nowait()
            except queue.Empty:
                return
            try:
                learner_day(key, local.random() < args.resend)
            except Exception as error:  # keep going; count it
                with lock:
                    problems[type(error).__name__] += 1

    with _prod.Gunicorn():
        # Warm every worker process (imports, connections) before timing.
        warm = _prod.Client()
        for _ in range(20):
            warm.request("GET", "/health/")
        print(
            f"Sending {args.learners} tests x {len(answers)} answers "
            f"with {args.concurrency} threads...",
            flush=True,
        )
        started = time.monotonic()
        threads = [
            threading.Thread(target=worker, args=(rng.random(),))
            for _ in range(args.concurrency)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started

    # The check: every answer stored exactly once.
    responses = Response.objects.filter(
        attempt__learner__username__startswith=f"{PREFIX}-"
    )
    stored_ids = [str(c) for c in responses.values_list("client_id", flat=True)]
    stored_set = set(stored_ids)
    pairs = Counter(responses.values_list("attempt_id", "item_key"))
    attempts = Attempt.objects.filter(learner__username__startswith=f"{PREFIX}-")
    # --max-seconds may stop the run early: check the learners who were sent.
    expected = processed * len(answers)
    check = {
        "answers_expected": expected,
        "answers_sent": len(sent_ids),
        "rows_stored": len(stored_ids),
        "lost": len(sent_ids - stored_set),
        "duplicated": len(stored_ids)
        - len(stored_set)
        + sum(n - 1 for n in pairs.values() if n > 1),
        "unexpected": len(stored_set - sent_ids),
        "tests_handed_in": attempts.filter(submitted_at__isnull=False).count(),
        "tests_expected": processed,
    }
    check["exactly_once"] = (
        check["lost"] == 0
        and check["duplicated"] == 0
        and check["unexpected"] == 0
        and check["rows_stored"] == expected
        and check["tests_handed_in"] == processed
    )
    per_second = Counter(int(t - started) for t in stored_at)
    seconds = [per_second.get(s, 0) for s in range(int(elapsed))]
    # Whole seconds, leaving out the first and last (ramp-up and tail).
    steady = seconds[1:-1] or seconds
    result = {
        "benchmark": "test_day",
        "learners": len(learners),
        "learners_sent": processed,
        "stopped_early": processed < len(learners),
        "items_per_test": len(answers),
        "concurrency": args.concurrency,
        "resend_share": args.resend,
        "resends": resent,
        "gunicorn_workers": int(_prod.environment()["WEB_CONCURRENCY"]),
        "seconds": round(elapsed, 1),
        "answers_per_second": round(len(stored_at) / elapsed, 1),
        "answers_per_second_median_second": sorted(steady)[len(steady) // 2]
        if steady
        else 0,
        "answers_per_second_slowest_second": min(steady) if steady else 0,
        "requests": _prod.summary(latencies, elapsed, sum(problems.values())),
        "problems": dict(problems),
        "check": check,
        "machine": _prod.machine(),
    }
    path = _prod.write_results("test_day", result)
    r = result["requests"]
    print(
        f"\n{processed} of {len(learners)} learners x {len(answers)} answers "
        f"in {elapsed:.1f} s{' (stopped at --max-seconds)' if processed < len(learners) else ''} "
        f"({args.concurrency} threads, {resent} resends)\n"
        f"  answers stored per second: {result['answers_per_second']} "
        f"(median second {result['answers_per_second_median_second']}, "
        f"slowest {result['answers_per_second_slowest_second']})\n"
        f"  requests: {r['requests']}, p50 {r['p50_ms']} ms, p99 {r['p99_ms']} ms, "
        f"max {r['max_ms']} ms, problems {dict(problems) or 'none'}\n"
        f"  exactly once: {check['exactly_once']} (lost {check['lost']}, "
        f"duplicated {check['duplicated']}, rows {check['rows_stored']} of "
        f"{expected}, handed in {check['tests_handed_in']})\n"
        f"  written to {path.relative_to(_prod.ROOT)}"
    )
    if not args.keep:
        _prod.delete_learners(PREFIX)
    if not check["exactly_once"]:
        sys.exit(1)


def _decode(payload: bytes) -> dict:
    import gzip
    import json

    if payload[:2] == b"\x1f\x8b":
        payload = gzip.decompress(payload)
    try:
        return json.loads(payload)
    except ValueError:
        return {}


if __name__ == "__main__":
    main()
