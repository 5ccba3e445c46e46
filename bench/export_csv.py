"""Benchmark: export one million item-level responses to CSV.

Creates (once) its own PostgreSQL database (``elearn_bench``, or ``--database``)
on the server of ``DATABASE_URL``, migrates it and loads 50,000 learners x 20 items (one
submitted pre-test each: 1,000,000 responses) with COPY. Then, in one run:

1. the platform's export writes a CSV file through ``export_job_run``, the
   body of the Celery task behind every export (dataset, pseudonyms,
   sanitiser, COPY on PostgreSQL, progress every 1,000 rows, files moved into
   the exports storage), in a child process so that its peak memory (max
   RSS) is its own;
2. PostgreSQL's own ``COPY (SELECT ... the same rows ...) TO STDOUT`` writes
   the same rows to a file.

It prints both times, the ratio and the peak memory, and writes the numbers
as JSON under ``bench/results/``. ``--spss-stata`` also writes the same rows as
SPSS and Stata files (each in its own child process) and reports their time and
peak memory. COPY runs once first, so both sides read from a warm cache; then
the two alternate ``--repeat`` times (default 3) and each one's best time is
kept, since the machine may be shared.
Never run by the test suite.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/elearn \
        .venv/bin/python bench/export_csv.py [--learners 50000 --items 20]
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
BENCH_DB = "elearn_bench"
sys.path.insert(0, str(ROOT))


def bench_url(url: str, database: str = BENCH_DB) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{database}"))


def ensure_database(url: str, database: str = BENCH_DB) -> None:
    """Create the database, connecting to the server's maintenance database."""
    import psycopg

    with psycopg.connect(bench_url(url, "postgres"), autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [database]
        ).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{database}"')


def setup_django(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ["DJANGO_SETTINGS_MODULE"] = "elearn.settings.base"
    import django

    django.setup()


def load(learners: int, items: int) -> int:
    """Create the programme, instrument and responses unless already there."""
    from django.core.management import call_command
    from django.db import connection
    from wagtail.models import Locale

    from accounts.models import User
    from assessments.models import Attempt, Instrument, Item, Response
    from classes.models import Programme, School, SchoolClass

    call_command("migrate", verbosity=0)
    expected = learners * items
    programme = Programme.objects.filter(slug="bench").first()
    if programme and Response.objects.count() == expected:
        return programme.pk
    Response.objects.all().delete()
    Attempt.objects.all().delete()
    User.objects.filter(username__startswith="bench-").delete()
    programme, _ = Programme.objects.get_or_create(
        slug="bench", defaults={"name": "Bench"}
    )
    school, _ = School.objects.get_or_create(
        programme=programme, name="Bench school", defaults={"country": "KE"}
    )
    school_class, _ = SchoolClass.objects.get_or_create(school=school, name="Bench")
    locale, _ = Locale.objects.get_or_create(language_code="en")
    instrument = Instrument.objects.filter(code="BENCH").first()
    if instrument is None:
        instrument = Instrument(code="BENCH", title="Bench test", locale=locale)
        for n in range(items):
            instrument.items.add(
                Item(
                    code=f"A{n + 1:02d}",
                    domain="A",
                    item_type="likert",
                    text=f'Statement {n + 1}, with a comma and "quotes"',
                    sort_order=n,
                    locale=locale,
                )
            )
        instrument.save()
    item_rows = list(instrument.get_items().values_list("pk", "translation_key"))
    users = [
        User(
            username=f"bench-{n:06d}",
            password="!",
            is_child_account=True,
            gender="fmx"[n % 3],
            birth_year=2012 + n % 4,
        )
        for n in range(learners)
    ]
    User.objects.bulk_create(users, batch_size=5000)
    user_ids = list(
        User.objects.filter(username__startswith="bench-").values_list("pk", flat=True)
    )
    now = datetime.now(UTC)
    attempts = [
        Attempt(
            learner_id=user_id,
            instrument=instrument,
            course_key=uuid.UUID(int=1),
            phase="pre",
            locale="en",
            school=school,
            school_class=school_class,
            submitted_at=now,
        )
        for user_id in user_ids
    ]
    Attempt.objects.bulk_create(attempts, batch_size=5000)
    # Read the ids first: no other query may run on the connection during COPY.
    attempt_ids = list(
        Attempt.objects.filter(school=school)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    with connection.cursor() as cursor:
        with cursor.connection.cursor().copy(
            "COPY assessments_response (attempt_id, item_id, item_key, value, score, "
            "answered_at) FROM STDIN"
        ) as copy:
            for n, attempt_id in enumerate(attempt_ids):
                for m, (item_id, key) in enumerate(item_rows):
                    value = 1 + (n + m) % 5
                    copy.write_row(
                        (attempt_id, item_id, key, str(value), (value - 1) / 4, now)
                    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # planner statistics for the fresh rows
    return programme.pk


def export_in_child(url: str, file_format: str = "csv") -> dict:
    """Run the platform's export in a fresh process; return time and max RSS."""
    output = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child",
            "--database-url",
            url,
            "--child-format",
            file_format,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def child(url: str, file_format: str) -> None:
    """One export the way a user's export runs: an ``ExportJob`` built by
    ``export_job_run`` (the Celery task's body), with its progress updates
    every PROGRESS_EVERY rows and its files moved into the exports storage."""
    exports_root = tempfile.mkdtemp(prefix="elearn-bench-exports-")
    os.environ["EXPORTS_ROOT"] = exports_root
    setup_django(url)
    from django.conf import settings
    from django.contrib.auth import get_user_model

    from assessments.models import ExportJob
    from assessments.services_exports import export_files_delete, export_job_run
    from classes.models import Programme

    settings.EXPORT_SPSS_STATA_MAX_CELLS = 10**12  # measure, do not refuse
    programme = Programme.objects.get(slug="bench")
    user, _ = get_user_model().objects.get_or_create(username="evaluator-bench")
    job = ExportJob.objects.create(
        requested_by=user,
        programme=programme,
        dataset="responses_long",
        file_format=file_format,
        origin="command",
    )
    start = time.perf_counter()
    job = export_job_run(job_id=job.pk)
    seconds = time.perf_counter() - start
    if job.status != "done":
        sys.exit(f"the export failed: {job.error}")
    size = os.path.getsize(os.path.join(exports_root, job.file_name))
    export_files_delete(job)
    ExportJob.objects.filter(pk=job.pk).delete()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "rows": job.rows_done,
                "seconds": seconds,
                "bytes": size,
                "peak_mb": peak_kb / 1024,
            }
        )
    )


COPY_SQL = """
COPY (
  SELECT a.learner_id, u.gender, u.birth_year, a.course_key, i.code, a.phase,
         a.locale, a.source, a.submitted_at::date, it.code, it.domain, it.subscale,
         it.item_type, r.value, round(r.score::numeric, 4)
  FROM assessments_response r
  JOIN assessments_attempt a ON a.id = r.attempt_id
  JOIN accounts_user u ON u.id = a.learner_id
  JOIN assessments_instrument i ON i.id = a.instrument_id
  JOIN assessments_item it ON it.id = r.item_id
  JOIN classes_school s ON s.id = a.school_id
  WHERE s.programme_id = {programme}
  ORDER BY a.learner_id, a.course_key, a.started_at, it.sort_order, r.id
) TO STDOUT WITH (FORMAT csv, HEADER)
"""


def copy_to_stdout(programme_id: int) -> dict:
    from django.db import connection

    start = time.perf_counter()
    size = 0
    with tempfile.TemporaryFile() as out, connection.cursor() as cursor:
        with cursor.connection.cursor().copy(
            COPY_SQL.format(programme=int(programme_id))
        ) as copy:
            for block in copy:
                out.write(block)
                size += len(block)
    return {"seconds": time.perf_counter() - start, "bytes": size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--learners", type=int, default=50_000)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument(
        "--database",
        default=BENCH_DB,
        help=f"database to create and fill on the server (default {BENCH_DB})",
    )
    parser.add_argument(
        "--spss-stata",
        action="store_true",
        help="also time the same rows as SPSS .sav and Stata .dta (peak memory)",
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of each; the best is kept"
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-format", default="csv", help=argparse.SUPPRESS)
    parser.add_argument("--database-url", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.database_url, args.child_format)
        return
    server = os.environ.get("DATABASE_URL", "")
    if not server.startswith(("postgres://", "postgresql://")):
        sys.exit("Set DATABASE_URL to a PostgreSQL server (only --database is used).")
    url = bench_url(server, args.database)
    ensure_database(server, args.database)
    setup_django(url)
    t0 = time.perf_counter()
    programme_id = load(args.learners, args.items)
    load_seconds = time.perf_counter() - t0
    copy_to_stdout(programme_id)  # first: warms the cache for both
    # The machine may be shared: alternate the two and keep each one's best
    # (least disturbed) time of --repeat runs.
    copies, platforms = [], []
    for _ in range(args.repeat):
        copies.append(copy_to_stdout(programme_id))
        platforms.append(export_in_child(url))
    copy = min(copies, key=lambda run: run["seconds"])
    platform = min(platforms, key=lambda run: run["seconds"])
    platform["peak_mb"] = max(run["peak_mb"] for run in platforms)
    ratio = platform["seconds"] / copy["seconds"]
    in_memory = {}
    if args.spss_stata:
        for file_format in ("sav", "dta"):
            in_memory[file_format] = export_in_child(url, file_format)
    result = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "learners": args.learners,
        "items": args.items,
        "rows": platform["rows"],
        "load_seconds": round(load_seconds, 1),
        "export_seconds": round(platform["seconds"], 2),
        "export_bytes": platform["bytes"],
        "export_peak_mb": round(platform["peak_mb"], 1),
        "copy_seconds": round(copy["seconds"], 2),
        "copy_bytes": copy["bytes"],
        "ratio": round(ratio, 2),
        "repeat": args.repeat,
        "all_export_seconds": [round(run["seconds"], 2) for run in platforms],
        "all_copy_seconds": [round(run["seconds"], 2) for run in copies],
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "targets": {"ratio_max": 2.0, "peak_mb_max": 250},
        "spss_stata": {
            name: {
                "seconds": round(run["seconds"], 2),
                "peak_mb": round(run["peak_mb"], 1),
                "bytes": run["bytes"],
            }
            for name, run in in_memory.items()
        },
    }
    print(
        f"platform export: {result['export_seconds']} s, {result['rows']} rows, "
        f"peak {result['export_peak_mb']} MB\n"
        f"COPY TO STDOUT:  {result['copy_seconds']} s\n"
        f"ratio:           {result['ratio']}x"
    )
    for name, run in result["spss_stata"].items():
        print(f"{name}: {run['seconds']} s, peak {run['peak_mb']} MB")
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    name = f"export_csv-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.json"
    (out_dir / name).write_text(json.dumps(result, indent=2) + "\n")
    print(f"written: bench/results/{name}")


if __name__ == "__main__":
    main()
