"""Benchmark: throughput and latency of the learner pages under concurrent load.

Starts gunicorn with production settings against PostgreSQL ``elearn_bench``
and Redis on 127.0.0.1 (see ``bench/_prod.py``) and measures, with a bounded,
self-stopping load generator (Python threads, ``http.client``):

1. throughput: for each of the catalogue, a lesson, the test page and an
   answer submission (20 answers in one request, as the page's script sends
   them), ``--concurrency`` threads send requests back to back for
   ``--seconds``: requests per second, p50 and p99 latency;
2. 50 learners reading: ``--users`` threads, each opening a lesson and then
   reading it for a while (``--think`` seconds on average, at random between
   half and one and a half times that), for ``--seconds``: lesson p50/p99.
   Readers start at random moments within the first reading time.
   The target is p99 under 100 ms at 50 users on 2 cores.

Every request is signed in as a learner (a different one per thread). The
load generator runs on the same machine and takes CPU from the server, so the
figures are a floor, not a ceiling. Results go to ``bench/results/load-<time>.json``.

    .venv/bin/python bench/load.py [--seconds 20] [--concurrency 8] [--users 50]
"""

import argparse
import random
import sys
import threading
import time
import uuid
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _prod  # noqa: E402

PREFIX = "bench-load"


def prepare(learners: int):
    """Return the paths under test and two pools of signed-in learners:
    ``readers`` (pre-test handed in, so lessons open) and ``takers`` (pre-test
    started, not handed in)."""
    from assessments.models import Phase
    from assessments.services import attempt_get_or_start, attempt_save_batch

    course = _prod.bench_course()
    answers = _prod.answers_for(course.pre_test)
    pairs = _prod.make_learners(PREFIX, 2 * learners)
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.in_bulk([pk for pk, _key in pairs])
    readers, takers = pairs[:learners], pairs[learners:]
    for pool, submit in ((readers, True), (takers, False)):
        for pk, _key in pool:
            attempt = attempt_get_or_start(
                learner=users[pk], course=course, phase=Phase.PRE, language="en"
            )
            if submit:
                attempt_save_batch(
                    attempt=attempt,
                    answers=[{"client_id": str(uuid.uuid4()), **a} for a in answers],
                    submit=True,
                )
    paths = {
        "catalogue": course.get_parent().url,
        "lessons": [lesson.url for lesson in course.get_lessons()],
        "test": f"/en/learn/course/{course.pk}/test/pre/",
        "answers": f"/en/learn/course/{course.pk}/test/pre/answers/",
    }
    return paths, answers, [k for _p, k in readers], [k for _p, k in takers]


def run(threads: int, seconds: float, make_step) -> dict:
    """Run ``threads`` loops of ``step()`` for ``seconds``; summarise latencies."""
    latencies: list[float] = []
    slowest: list[tuple[float, float]] = []  # (latency, seconds into the run)
    statuses: Counter = Counter()
    lock = threading.Lock()
    started = time.monotonic()
    stop_at = started + seconds

    def loop(n: int) -> None:
        step = make_step(n)
        while time.monotonic() < stop_at:
            status, elapsed, pause = step()
            with lock:
                latencies.append(elapsed)
                slowest.append((elapsed, time.monotonic() - elapsed - started))
                statuses[status] += 1
            if pause:
                time.sleep(min(pause, max(0.0, stop_at - time.monotonic())))

    pool = [threading.Thread(target=loop, args=(n,)) for n in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    elapsed = time.monotonic() - started
    errors = sum(n for status, n in statuses.items() if status != 200)
    slowest.sort(reverse=True)
    return {
        "started_at": datetime.fromtimestamp(
            time.time() - (time.monotonic() - started), UTC
        ).isoformat(timespec="seconds"),
        **_prod.summary(latencies, elapsed, errors),
        "statuses": dict(statuses),
        # When the slowest requests started: a cluster points at a pause (a
        # worker restarting, a checkpoint), a spread at queueing.
        "slowest": [
            {"ms": round(ms * 1000, 1), "at_s": round(at, 2)} for ms, at in slowest[:10]
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--think", type=float, default=1.0)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument(
        "--only",
        nargs="+",
        metavar="SCENARIO",
        help="run only these (catalogue, lesson, test_page, answer_submission, "
        "lesson_50_users)",
    )
    args = parser.parse_args()

    _prod.setup()
    pool_size = max(args.users, args.concurrency)
    print(f"Preparing {2 * pool_size} learners...", flush=True)
    paths, answers, readers, takers = prepare(pool_size)

    def get(path_for, keys):
        def make(n):
            client = _prod.Client(keys[n % len(keys)])
            rng = random.Random(n)

            def step():
                status, elapsed, _body = client.request("GET", path_for(rng))
                return status, elapsed, 0

            return step

        return make

    def submit(n):
        client = _prod.Client(takers[n % len(takers)])

        def step():
            body = {"answers": [{"client_id": str(uuid.uuid4()), **a} for a in answers]}
            status, elapsed, _body = client.request("POST", paths["answers"], body)
            return status, elapsed, 0

        return step

    def reader(n):
        client = _prod.Client(readers[n % len(readers)])
        rng = random.Random(1000 + n)
        # Readers arrive spread over one reading time, as learners do, not
        # all in the same millisecond (which would measure a queue of 50 that
        # no class produces).
        time.sleep(rng.uniform(0, args.think))

        def step():
            status, elapsed, _body = client.request("GET", rng.choice(paths["lessons"]))
            return status, elapsed, args.think * rng.uniform(0.5, 1.5)

        return step

    scenarios = {
        "catalogue": get(lambda rng: paths["catalogue"], readers),
        "lesson": get(lambda rng: rng.choice(paths["lessons"]), readers),
        "test_page": get(lambda rng: paths["test"], takers),
        "answer_submission": submit,
    }
    results = {}
    with _prod.Gunicorn():
        # Warm-up, not measured: every worker's first requests (its database
        # connection, caches of its own) are slower, and a server in service
        # is past them.
        warm_paths = [paths["catalogue"], *paths["lessons"], paths["test"]]
        run(args.concurrency, 3, get(lambda rng: rng.choice(warm_paths), readers))
        for name, make in scenarios.items():
            if args.only and name not in args.only:
                continue
            print(
                f"{name}: {args.concurrency} threads, {args.seconds:.0f} s", flush=True
            )
            results[name] = run(args.concurrency, args.seconds, make)
        if not args.only or "lesson_50_users" in args.only:
            print(f"lesson, {args.users} users reading (think {args.think} s)")
            results["lesson_50_users"] = run(args.users, args.seconds, reader)

    result = {
        "benchmark": "load",
        "concurrency": args.concurrency,
        "users": args.users,
        "think_seconds": args.think,
        "seconds_per_scenario": args.seconds,
        "answers_per_submission": len(answers),
        "gunicorn_workers": int(_prod.environment()["WEB_CONCURRENCY"]),
        "scenarios": results,
        "target_lesson_p99_under_100ms_at_50_users": (
            results["lesson_50_users"]["p99_ms"] < 100
            if "lesson_50_users" in results
            else None
        ),
        "machine": _prod.machine(),
    }
    path = _prod.write_results("load", result)
    print(f"\n{'scenario':<22}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}")
    for name, r in results.items():
        print(
            f"{name:<22}{r['per_second']:>8}{r['p50_ms']:>9}{r['p99_ms']:>9}"
            f"{r['errors']:>8}"
        )
    if "answer_submission" in results:
        rate = results["answer_submission"]["per_second"] * len(answers)
        print(f"answers stored per second (submission scenario): {rate:.0f}")
    print(f"written to {path.relative_to(_prod.ROOT)}")
    if not args.keep:
        _prod.delete_learners(PREFIX)


if __name__ == "__main__":
    main()
