"""Benchmark: what one request costs the server, in-process, without the network.

Runs the production settings against PostgreSQL ``elearn_bench`` and Redis
(see ``bench/_prod.py``) inside this process, through Django's request
handler with every middleware, and prints for each kind of learner request
the number of SQL queries and the CPU time it takes (best and median of
``--rounds`` rounds of ``--requests`` requests; CPU time is this process's,
so it counts Python and the database driver, not PostgreSQL's own work). It
is the quickest way to see what a change to a view costs before running the
load benchmarks, and it is steadier than them on a shared machine.

Requests measured:
- ``catalogue``: the course list;
- ``my_courses``: the learner's dashboard (their courses, tests and progress);
- ``lesson``: a lesson of the benchmark course, for a learner who handed in
  the pre-test;
- ``test_page``: the pre-test form, for a learner who has started it;
- ``test_day``: what one learner on a test day sends, a JSON request with 20
  answers and the hand-in, each request for a new learner.

    .venv/bin/python bench/request_cost.py [--rounds 4] [--requests 100] [--sql test_day]

``--sql NAME`` prints the queries of one request of that kind. Writes
``bench/results/request_cost-<time>.json``. The learners it creates are deleted
at the end.
"""

import argparse
import cProfile
import pstats
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _prod  # noqa: E402

PREFIX = "bench-cost"
KINDS = ("catalogue", "my_courses", "lesson", "test_page", "test_day")


class Queries:
    """Count (and optionally keep) the SQL sent on the default connection."""

    def __init__(self):
        self.count = 0
        self.sql: list[str] = []

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        self.sql.append(sql)
        return execute(sql, params, many, context)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--only", nargs="*", choices=KINDS, default=list(KINDS))
    parser.add_argument("--sql", choices=KINDS)
    parser.add_argument("--full-sql", action="store_true")
    parser.add_argument(
        "--sort", default="cumulative", help="profile order (pstats: tottime, ...)"
    )
    parser.add_argument(
        "--profile", choices=KINDS, help="print where one kind's CPU time goes"
    )
    args = parser.parse_args()

    _prod.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client

    from assessments.models import Phase
    from assessments.services import attempt_get_or_start, attempt_save_batch
    from courses.models import LessonPage

    course = _prod.bench_course()
    answers = _prod.answers_for(course.pre_test)
    lesson = LessonPage.objects.live().descendant_of(course).first()
    total = args.rounds * args.requests
    needed = {
        "catalogue": 1,
        "my_courses": 1,
        "lesson": 1,
        "test_page": 1,
        "test_day": total + 2,
    }
    count = sum(needed[kind] for kind in args.only)
    print(f"Creating {count} learners with sessions...", flush=True)
    learners = iter(_prod.make_learners(PREFIX, count))
    User = get_user_model()

    # One client, so the middleware is loaded once as in a server process;
    # each request carries its learner's session cookie.
    client = Client(
        HTTP_X_FORWARDED_PROTO="https",
        HTTP_ACCEPT_LANGUAGE="en",
        HTTP_HOST=f"{_prod.HOST}:{_prod.PORT}",
        secure=True,
    )

    def as_learner(session_key: str) -> Client:
        client.cookies.clear()
        client.cookies[settings.SESSION_COOKIE_NAME] = session_key
        return client

    def reader(kind: str):
        user_id, key = next(learners)
        user = User.objects.get(pk=user_id)
        if kind in ("lesson", "test_page"):
            attempt = attempt_get_or_start(
                learner=user, course=course, phase=Phase.PRE, language="en"
            )
        if kind == "lesson":  # lessons open once the pre-test is handed in
            batch = [{"client_id": str(uuid.uuid4()), **a} for a in answers]
            attempt_save_batch(attempt=attempt, answers=batch, submit=True)
        path = {
            "catalogue": course.get_parent().url,
            "my_courses": "/en/learn/",
            "lesson": lesson.url,
            "test_page": f"/en/learn/course/{course.pk}/test/pre/",
        }[kind]
        return lambda: as_learner(key).get(path)

    def test_day():
        _user_id, key = next(learners)
        body = {
            "answers": [{"client_id": str(uuid.uuid4()), **a} for a in answers],
            "submit": True,
        }
        return as_learner(key).post(
            f"/en/learn/course/{course.pk}/test/pre/answers/",
            body,
            content_type="application/json",
        )

    results = {}
    for kind in args.only:
        send = test_day if kind == "test_day" else reader(kind)
        response = send()  # warm the caches and check the request works
        if response.status_code != 200:
            raise SystemExit(f"{kind}: HTTP {response.status_code}")
        if kind == "test_day" and not response.json().get("submitted"):
            raise SystemExit(f"test_day: not handed in: {response.json()}")
        queries = Queries()
        with connection.execute_wrapper(queries):
            send()
        if args.sql == kind:
            print(f"\n{kind}: {queries.count} queries")
            for n, sql in enumerate(queries.sql, 1):
                print(f"{n:3}. {sql if args.full_sql else sql[:400]}")
        per_round = []
        profile = cProfile.Profile() if args.profile == kind else None
        for _round in range(args.rounds):
            started = time.process_time()
            if profile:
                profile.enable()
            for _n in range(args.requests):
                send()
            if profile:
                profile.disable()
            per_round.append((time.process_time() - started) / args.requests)
        if profile:
            stats = pstats.Stats(profile).strip_dirs().sort_stats(args.sort)
            stats.print_stats(60)
        results[kind] = {
            "queries": queries.count,
            "cpu_ms_best": round(min(per_round) * 1000, 1),
            "cpu_ms_median": round(statistics.median(per_round) * 1000, 1),
        }
        print(
            f"{kind:10} {queries.count:3} queries  "
            f"{results[kind]['cpu_ms_best']:6.1f} ms CPU best, "
            f"{results[kind]['cpu_ms_median']:6.1f} median",
            flush=True,
        )
    _prod.delete_learners(PREFIX)
    path = _prod.write_results(
        "request_cost",
        {
            "machine": _prod.machine(),
            "rounds": args.rounds,
            "requests_per_round": args.requests,
            "results": results,
        },
    )
    print(f"Written to {path.relative_to(_prod.ROOT)}")


if __name__ == "__main__":
    main()
