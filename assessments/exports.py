"""Pseudonymised results exports: column spec, cell sanitiser, row generator.

No export ever contains a name, username, e-mail, IP address or birth date.
Learners appear only as a keyed hash (HMAC-SHA256 with the programme's secret
key) of their internal id: stable across that programme's exports, different
between programmes, and not reversible without the key, which is never exported.
"""

import csv
import hashlib
import hmac
from collections.abc import Iterator

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from elearn.db_router import reporting_db

from .models import Response

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "|", "%")


def pseudonym(*, key: str, learner_id: int) -> str:
    """Return the learner's pseudonym for one programme (16 hex characters)."""
    digest = hmac.new(key.encode(), str(learner_id).encode(), hashlib.sha256)
    return digest.hexdigest()[:16]


def sanitise_cell(value):
    """Neutralise spreadsheet formulas: prefix risky text cells with a quote."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def age_band(birth_year: int | None, on_year: int) -> str:
    if not birth_year:
        return ""
    age = on_year - birth_year
    for low, high in ((0, 9), (10, 12), (13, 15), (16, 17), (18, 24), (25, 200)):
        if low <= age <= high:
            return f"{low}-{high}" if high < 200 else f"{low}+"
    return ""


# Ordered (key, label) pairs: the header row and the codebook's variable list.
RESPONSES_LONG_COLUMNS = [
    ("learner", _("Learner pseudonym (keyed hash, stable within the programme)")),
    ("gender", _("Gender (f, m, x, or empty)")),
    ("age_band", _("Age band at the time of the attempt")),
    ("course", _("Course (slug of the source-language page)")),
    ("instrument", _("Instrument code")),
    ("phase", _("Phase (pre, post, follow_up, ...)")),
    ("language", _("Language the test was taken in")),
    ("source", _("How the answers were collected (web, paper, import)")),
    ("submitted_on", _("Date the attempt was handed in (empty: not handed in)")),
    ("item", _("Item code")),
    ("domain", _("KAP domain (K, A, P)")),
    ("subscale", _("Subscale")),
    ("item_type", _("Item type")),
    ("value", _("Answer as given")),
    ("score", _("Item score 0-1 after reverse coding (empty: not scored)")),
]


def responses_long_queryset(*, programme_id: int):
    return (
        Response.objects.using(reporting_db())
        .filter(attempt__school__programme_id=programme_id)
        .order_by("attempt__learner_id", "attempt__started_at", "item__sort_order")
        .values_list(
            "attempt__learner_id",
            "attempt__learner__gender",
            "attempt__learner__birth_year",
            "attempt__course__slug",
            "attempt__instrument__code",
            "attempt__phase",
            "attempt__locale",
            "attempt__source",
            "attempt__submitted_at",
            "item__code",
            "item__domain",
            "item__subscale",
            "item__item_type",
            "value",
            "score",
        )
    )


def responses_long_rows(*, programme, queryset=None) -> Iterator[list]:
    """Yield one sanitised row per response, header first."""
    yield [key for key, _label in RESPONSES_LONG_COLUMNS]
    queryset = (
        queryset
        if queryset is not None
        else responses_long_queryset(programme_id=programme.pk)
    )
    cache: dict[int, str] = {}
    for (
        learner_id,
        gender,
        birth_year,
        course,
        instrument,
        phase,
        language,
        source,
        submitted_at,
        item,
        domain,
        subscale,
        item_type,
        value,
        score,
    ) in queryset.iterator(chunk_size=2000):
        if learner_id not in cache:
            cache[learner_id] = pseudonym(
                key=programme.pseudonym_key, learner_id=learner_id
            )
        when = submitted_at or timezone.now()
        yield [
            sanitise_cell(cell)
            for cell in (
                cache[learner_id],
                gender,
                age_band(birth_year, when.year),
                course or "",
                instrument,
                phase,
                language,
                source,
                submitted_at.date().isoformat() if submitted_at else "",
                item,
                domain,
                subscale,
                item_type,
                value,
                "" if score is None else round(score, 4),
            )
        ]


def write_csv(rows, stream, *, on_row=None) -> int:
    """Write rows to a text stream (RFC 4180 quoting); return the data row count."""
    writer = csv.writer(stream, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    count = -1
    for count, row in enumerate(rows):
        writer.writerow(row)
        if on_row and count:
            on_row(count)
    return max(count, 0)
