"""Pseudonymised results exports: scope, datasets, codebook and file writers.

No export ever contains a name, username, e-mail, IP address, school name at
row level, or birth date/year. Learners appear only as a keyed hash
(HMAC-SHA256 with the programme's secret key) of their internal id: stable
across that programme's exports, different between programmes, and not
reversible without the key, which is never exported.

A dataset is a list of :class:`Variable` (the columns, which are also the
codebook) plus a generator of rows of plain Python values. Writers turn the
two into a file, one row at a time where the format allows it (CSV and XLSX
stream with flat memory; SPSS and Stata files are built from an in-memory
table, see ``docs/exports.md``).
"""

from __future__ import annotations

import csv
import functools
import hashlib
import hmac
import io
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal

from django.db import connections
from django.db.models import Count, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import Gender
from elearn.db_router import reporting_db

from . import scoring
from .labels import answer_labels
from .models import Attempt, Domain, Instrument, Item, ItemType, Phase, Response
from .selectors import instrument_items
from .services import attempt_calculated

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "|", "%")
AGE_BANDS = ((0, 9), (10, 12), (13, 15), (16, 17), (18, 24), (25, 200))
CHUNK = 2000
STATA_LABEL_MAX = 80
#: SPSS user-missing code of "not applicable" (a question the form's skip logic
#: did not ask); Stata writes the extended missing value ``.a`` instead.
SPSS_NOT_APPLICABLE = -98
STATA_NOT_APPLICABLE = "a"
#: Stata's ``long``: larger whole numbers are written as doubles.
STATA_LONG_MAX = 2_147_483_620
#: Days from 1970-01-01 to SPSS's day 0 (1582-10-14) and Stata's (1960-01-01).
SPSS_EPOCH_DAYS = 141_428
STATA_EPOCH_DAYS = 3_653


class _NotApplicable:
    """The value of a cell whose question the form's skip logic did not ask.

    Not applicable, not missing: empty in CSV and XLSX, the user-missing code
    ``SPSS_NOT_APPLICABLE`` in SPSS and ``.a`` in Stata (numeric variables;
    text is empty everywhere).
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return "NOT_APPLICABLE"


NOT_APPLICABLE = _NotApplicable()


class Dataset:
    RESPONSES_LONG = "responses_long"
    PREPOST_WIDE = "prepost_wide"
    AGGREGATE = "aggregate"

    CHOICES = [
        (RESPONSES_LONG, _("Item-level responses (long: one row per answer)")),
        (
            PREPOST_WIDE,
            _("Matched pre/post (wide: one row per learner and course)"),
        ),
        (
            AGGREGATE,
            _("Aggregate tables (group means, small groups suppressed)"),
        ),
    ]


class FileFormat:
    CSV = "csv"
    CSV_EXCEL = "csv_excel"
    XLSX = "xlsx"
    SAV = "sav"
    DTA = "dta"

    CHOICES = [
        (XLSX, _("Excel workbook (.xlsx) with a codebook sheet")),
        (CSV, _("CSV, UTF-8")),
        (CSV_EXCEL, _("CSV for Excel (UTF-8 with byte-order mark)")),
        (SAV, _("SPSS (.sav) with variable and value labels")),
        (DTA, _("Stata (.dta) with variable and value labels")),
    ]
    EXTENSIONS = {CSV: "csv", CSV_EXCEL: "csv", XLSX: "xlsx", SAV: "sav", DTA: "dta"}
    CONTENT_TYPES = {
        CSV: "text/csv; charset=utf-8",
        CSV_EXCEL: "text/csv; charset=utf-8",
        XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        SAV: "application/x-spss-sav",
        DTA: "application/x-stata-dta",
    }
    SHORT_LABELS = {
        CSV: "CSV",
        CSV_EXCEL: "CSV (Excel)",
        XLSX: "XLSX",
        SAV: "SPSS",
        DTA: "Stata",
    }


GROUP_BY_CHOICES = [
    ("programme", _("Programme")),
    ("country", _("Country")),
    ("region", _("Region")),
    ("school", _("School")),
    ("class", _("Class")),
]


# ------------------------------------------------------------------ helpers


def pseudonym(*, key: str, learner_id: int) -> str:
    """Return the learner's pseudonym for one programme (16 hex characters)."""
    digest = hmac.new(key.encode(), str(learner_id).encode(), hashlib.sha256)
    return digest.hexdigest()[:16]


def class_pseudonym_key(*, key: str, class_id: int) -> str:
    """The key of a teacher's downloads of one class, derived from the
    programme's key (``key``).

    A teacher knows the children and sees their scores; with the research
    exports' pseudonyms in the class file, the teacher (or anyone holding both
    files) could name every child in the programme's research data. So the
    class's files use a key of their own, which yields other pseudonyms, and
    no research pseudonym can be worked out from it (HMAC, one way).
    """
    label = f"elearn:class-downloads:{class_id}".encode()
    return hmac.new(key.encode(), label, hashlib.sha256).hexdigest()


def sanitise_cell(value):
    """Neutralise spreadsheet formulas: prefix risky text cells with a quote."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def age_band(birth_year: int | None, on_year: int) -> str:
    """Return the age band (e.g. ``"10-12"``) in ``on_year``; never the age."""
    if not birth_year:
        return ""
    age = on_year - birth_year
    for low, high in AGE_BANDS:
        if low <= age <= high:
            return f"{low}-{high}" if high < 200 else f"{low}+"
    return ""


def _age_band_values() -> tuple:
    return tuple(
        (f"{lo}-{hi}" if hi < 200 else f"{lo}+", f"{lo}-{hi}" if hi < 200 else f"{lo}+")
        for lo, hi in AGE_BANDS
    )


def _stata_name(text: str) -> str:
    """A variable name SPSS and Stata both accept: ASCII letters, digits and
    ``_``, starting with a letter (SPSS refuses a leading ``_``, which
    KoboToolbox gives a question whose label starts with a digit)."""
    name = re.sub(r"[^A-Za-z0-9_]", "_", text)
    if not re.match(r"[A-Za-z]", name):
        name = ("v" if name.startswith("_") else "v_") + name
    return name[:32]


# ------------------------------------------------------------------ variables


STRING, NUMBER, INTEGER, DATE = "string", "number", "integer", "date"
#: A time of day and a date with a time (XLSForm ``time``, ``dateTime``).
TIME, DATETIME = "time", "datetime"
#: Kinds held as numbers in SPSS and Stata files.
NUMERIC_KINDS = (NUMBER, INTEGER, DATE, TIME, DATETIME)


@dataclass
class Variable:
    """One column of an export and one row of its codebook."""

    name: str
    label: str
    kind: str = STRING
    values: tuple = ()  # ((code, label), ...) for categorical variables
    domain: str = ""
    subscale: str = ""
    reverse_coded: bool | None = None
    scoring_rule: str = ""
    wording: dict = field(default_factory=dict)  # language -> question text
    #: The column can hold ``NOT_APPLICABLE`` (item answers and scores).
    not_applicable: bool = False
    #: Decimals shown by SPSS for a number (its print format ``F<w>.<d>``).
    decimals: int = 2
    #: A calculated column (XLSForm ``calculate``): its expression. Its kind
    #: is settled when its rows have been read (``_CalculatedKinds``): whole
    #: numbers or numbers when every value is one, else text.
    calculation: str = ""

    @property
    def categorical(self) -> bool:
        return bool(self.values)

    @property
    def numeric_in_stats(self) -> bool:
        """Numeric in SPSS and Stata files (codes, numbers, dates, times), so
        it can carry a missing-value code; text is text."""
        return self.categorical or self.kind in NUMERIC_KINDS

    @property
    def whole_numbers(self) -> bool:
        """Only whole numbers: codes, counts, 0/1 and dates (days)."""
        return self.categorical or self.kind in (INTEGER, DATE)

    def numeric_codes(self) -> dict:
        """Integer codes used for this variable in SPSS and Stata files.

        Integer variables keep their own values; text codes become 1..n.
        """
        if self.kind == INTEGER:
            return {code: int(code) for code, _label in self.values}
        return {code: n for n, (code, _label) in enumerate(self.values, start=1)}


def _choice_values(choices) -> tuple:
    return tuple((str(code), str(label)) for code, label in choices if code != "")


GENDER = Variable(
    "gender",
    _("Gender (empty: not said)"),
    values=_choice_values(Gender.choices),
)
AGE_BAND = Variable(
    "age_band",
    _("Age band in the year of the attempt (never the birth date)"),
    values=_age_band_values(),
)
LEARNER = Variable(
    "learner", _("Learner pseudonym (keyed hash, stable within the programme)")
)
COURSE = Variable("course", _("Course (slug of the source-language page)"))
LANGUAGE = Variable("language", _("Language the test was taken in"))
FORM_VERSION = Variable(
    "form_version",
    _(
        "Version of the form the answers were given on (the XLSForm's version; "
        "a question that changed between versions has the same item code)"
    ),
)
PHASE = Variable(
    "phase", _("Phase of the attempt"), values=_choice_values(Phase.choices)
)
DOMAIN_VALUES = _choice_values(Domain.choices)
#: The domains with a score (not the background questions' empty domain).
SCORED_DOMAINS = [(code, label) for code, label in Domain.choices if code]

RULES = {
    # scoring.score_item, in words.
    "item": _(
        "0-1. Knowledge: 1 right, 0 wrong (multiple select right only when the "
        "selection equals the key). Scales: (x - min) / (max - min), where x is "
        "the number of the option chosen (its name or its kap_value) and min and "
        "max are the lowest and highest numbers of the item's scale; a "
        "reverse-coded item takes min + max - x in place of x. Yes/no: yes = 1, "
        "no = 0 (reverse-coded: yes = 0, no = 1). Open text, numbers, dates, "
        "times and opinion choices are not scored."
    ),
    "domain": _(
        "0-100: mean item score of the answered scored items of the domain "
        "times 100 (knowledge: percent correct)."
    ),
    "gain": _("Post-test score minus pre-test score (positive is improvement)."),
}

#: The ``item_type`` of a calculated field (XLSForm ``calculate``) in the long
#: file and the codebook: never asked, computed from the attempt's answers.
CALCULATE = "calculate"
CALCULATED_LABEL = _("Calculated (XLSForm calculate), not asked")


def _calculated_rule(calculation: str) -> str:
    """The codebook's words for how a calculated value is obtained."""
    return str(
        _(
            "Calculated, not asked: the form's calculation %(calculation)s on the "
            "attempt's answers, as the test computes it (a question the skip "
            "logic did not ask counts as unanswered); empty when it gives no "
            "value. Not scored."
        )
    ) % {"calculation": calculation}


def demographic_variables(include: bool) -> list[Variable]:
    return [GENDER, AGE_BAND] if include else []


# ------------------------------------------------------------------ scope


@dataclass
class ExportScope:
    """Which attempts an export covers. Stored in ``ExportJob.params``."""

    programme_id: int
    country: str = ""
    region: str = ""
    school_id: int | None = None
    class_id: int | None = None
    course_key: str = ""
    instrument: str = ""
    phase: str = ""
    date_from: str = ""
    date_to: str = ""
    language: str = ""
    survey_wave: str = ""
    demographics: bool = False
    group_by: str = "school"

    @classmethod
    def from_params(cls, programme_id: int, params: dict) -> ExportScope:
        known = {f for f in cls.__dataclass_fields__ if f != "programme_id"}
        return cls(
            programme_id=programme_id,
            **{k: v for k, v in (params or {}).items() if k in known},
        )

    def as_params(self) -> dict:
        return {
            name: getattr(self, name)
            for name in self.__dataclass_fields__
            if name != "programme_id"
        }


# Scope field -> attempt lookup, for the filters that are plain equality.
SCOPE_LOOKUPS = {
    "country": "school__country",
    "region": "school__region",
    "school_id": "school_id",
    "class_id": "school_class_id",
    "course_key": "course_key",
    "instrument": "instrument__code",
    "phase": "phase",
    "language": "locale",
    "survey_wave": "survey_wave__code",
}


def scoped_attempts(scope: ExportScope) -> QuerySet:
    """Return the attempts inside the scope (always inside one programme)."""
    filters = {
        lookup: getattr(scope, name)
        for name, lookup in SCOPE_LOOKUPS.items()
        if getattr(scope, name)
    }
    if scope.date_from:
        filters["submitted_at__date__gte"] = date.fromisoformat(scope.date_from)
    if scope.date_to:
        filters["submitted_at__date__lte"] = date.fromisoformat(scope.date_to)
    return Attempt.objects.using(reporting_db()).filter(
        school__programme_id=scope.programme_id, **filters
    )


def course_slugs() -> dict:
    """Map course translation key to the slug of its source-language page."""
    from courses.models import CoursePage

    slugs: dict = {}
    for key, slug in CoursePage.objects.order_by("pk").values_list(
        "translation_key", "slug"
    ):
        slugs.setdefault(key, slug)
    return slugs


@dataclass
class ItemInfo:
    """An item in every language: what the codebook says about it."""

    key: object
    code: str
    instrument: str
    domain: str
    subscale: str
    item_type: str
    reverse_coded: bool
    wording: dict
    options: dict  # language -> "A: text; B: text"
    #: ``[(stored value, label), ...]`` in the first language seen (the
    #: source instrument's): a scale's own anchors, the built-in scales' labels.
    answers: list = field(default_factory=list)
    #: The question across versions of its form (``assessments.versions``):
    #: items of two versions with one identity share their columns.
    identity: object = None
    version: str = ""
    #: 2, 3 … for a question that changed in a later version of its form
    #: (its columns are ``<item>_v2_pre`` …); 1 for the first.
    revision: int = 1
    #: Numbers: only whole numbers (``Item.integer``).
    integer: bool = False
    #: language -> ``{option name: option text}``, in the declared order.
    option_texts: dict = field(default_factory=dict)
    #: A calculated field (``item_type`` ``CALCULATE``): its expression.
    calculation: str = ""

    @property
    def scored(self) -> bool:
        if (
            self.domain == scoring.BACKGROUND
            or self.item_type in scoring.UNSCORED_TYPES
        ):
            return False
        if self.item_type in scoring.CHOICE_TYPES:
            return self.domain == scoring.KNOWLEDGE
        return True


def item_catalogue(attempts: QuerySet) -> list[ItemInfo]:
    """Return the items of the instruments used by ``attempts``, in order."""
    instrument_keys = (
        Instrument.objects.filter(
            pk__in=attempts.order_by().values("instrument_id").distinct()
        )
        .values_list("translation_key", flat=True)
        .distinct()
    )
    items = (
        Item.objects.filter(instrument__translation_key__in=list(instrument_keys))
        .select_related("instrument", "locale")
        .order_by("instrument__code", "instrument__pk", "sort_order", "pk")
    )
    catalogue: dict = {}
    for item in items:
        info = catalogue.get(item.translation_key)
        if info is None:
            info = catalogue[item.translation_key] = ItemInfo(
                key=item.translation_key,
                code=item.code,
                instrument=item.instrument.code,
                domain=item.domain,
                subscale=item.subscale,
                item_type=item.item_type,
                reverse_coded=item.reverse_coded,
                wording={},
                options={},
                answers=answer_labels(
                    item.item_type,
                    item.option_list(),
                    item.locale.language_code,
                ),
                identity=item.identity,
                version=item.instrument.version,
                integer=item.integer,
            )
        language = item.locale.language_code
        info.wording.setdefault(language, item.text)
        option_list = item.option_list()
        options = "; ".join(f"{o['key']}: {o['text']}" for o in option_list)
        if options:
            info.options.setdefault(language, options)
            info.option_texts.setdefault(
                language, {o["key"]: o["text"] for o in option_list}
            )
    return list(catalogue.values())


def _item_values(info: ItemInfo) -> tuple:
    """The value labels of an item whose answers are a fixed, ordered set: a
    scale (the form's own anchors), true/false and yes/no."""
    if info.item_type in scoring.ORDINAL_TYPES or info.item_type in (
        scoring.TRUE_FALSE,
        scoring.YES_NO,
        scoring.ACKNOWLEDGE,
    ):
        return tuple(info.answers)
    return ()


def calculation_catalogue(attempts: QuerySet) -> list[ItemInfo]:
    """The ``calculate`` fields of the instruments used by ``attempts``, as
    items of their own (``item_type`` ``CALCULATE``), in the form's order,
    once per version of the form: a field whose name and calculation are
    unchanged keeps its identity across versions, so it keeps its columns
    (as an unchanged question does, ``assessments.versions``)."""
    found: dict = {}
    for code, version, calculations in (
        Instrument.objects.filter(
            pk__in=attempts.order_by().values("instrument_id").distinct()
        )
        .order_by("code", "pk")
        .values_list("code", "version", "calculations")
    ):
        for calculation in calculations or []:
            name, expression = calculation["name"], calculation["calculation"]
            key = (CALCULATE, code, version, name)
            found.setdefault(
                key,  # once for the form's languages
                ItemInfo(
                    key=key,
                    code=name,
                    instrument=code,
                    domain=scoring.BACKGROUND,
                    subscale="",
                    item_type=CALCULATE,
                    reverse_coded=False,
                    wording={},
                    options={},
                    identity=(CALCULATE, name, expression),
                    version=version,
                    calculation=expression,
                ),
            )
    return list(found.values())


def _instrument_calculations(attempts: QuerySet) -> dict[int, list[str]]:
    """``{instrument id: [calculated field name, ...]}`` of the instruments
    used by ``attempts`` that have ``calculate`` fields."""
    return {
        pk: [c["name"] for c in calculations]
        for pk, calculations in Instrument.objects.filter(
            pk__in=attempts.order_by().values("instrument_id").distinct()
        ).values_list("pk", "calculations")
        if calculations
    }


def _item_type_label(item_type: str) -> str:
    if item_type == CALCULATE:
        return str(CALCULATED_LABEL)
    return str(dict(ItemType.choices).get(item_type, item_type))


# ------------------------------------------------------------------ datasets


@dataclass
class DatasetRows:
    """What a dataset builder returns: columns, a row count and the rows."""

    variables: list[Variable]
    rows: Iterator[list]
    total: int | None
    items: list[ItemInfo] = field(default_factory=list)
    # Writes the same CSV body (no header) straight from the database, when
    # the dataset can (PostgreSQL COPY); see ``write_csv_file``.
    copy_csv: Callable[[Callable[[bytes], object], OnRow], int] | None = None
    #: ``{variable: code}``: the SPSS "not applicable" code of each variable
    #: that has one, once an SPSS file is written (for its codebook).
    spss_missing: dict = field(default_factory=dict)

    def close(self) -> None:
        """Stop the row stream now: a writer that stopped early (a file too
        large, an error) releases the database cursor behind it at once, not
        whenever the garbage collector gets to it, inside whatever
        transaction is open by then."""
        close = getattr(self.rows, "close", None)
        if close is not None:
            close()


#: The order of the long file: attempt by attempt, then the questionnaire's
#: order (an answer before a question not asked at the same position). The
#: COPY statement orders by the same columns.
LONG_ATTEMPT_ORDER = ("learner_id", "course_key", "started_at", "pk")


def _status_variable() -> Variable:
    return Variable(
        "status",
        _(
            "Answered, not applicable (a question the skip logic did not ask) or "
            "calculated (a calculate field of the form, not asked)"
        ),
        values=(
            ("answered", str(_("Answered"))),
            (
                "not_applicable",
                str(_("Not applicable: the form's skip logic did not ask it")),
            ),
            (
                "calculated",
                str(_("Calculated from the answers (XLSForm calculate), not asked")),
            ),
        ),
    )


def _items_by_code(attempts: QuerySet) -> dict:
    """``{(instrument id, item code): (sort order, id, code, domain, subscale,
    type)}`` for the instruments the attempts used: the questions a handed-in
    attempt records as not asked (``scores["not_applicable"]``, item codes)."""
    instrument_ids = attempts.order_by().values("instrument_id").distinct()
    return {
        (instrument_id, code): (sort_order, pk, code, domain, subscale, item_type)
        for instrument_id, code, sort_order, pk, domain, subscale, item_type in (
            Item.objects.using(reporting_db())
            .filter(instrument_id__in=instrument_ids)
            .values_list(
                "instrument_id",
                "code",
                "sort_order",
                "pk",
                "domain",
                "subscale",
                "item_type",
            )
        )
    }


def _not_asked(hidden, instrument_id, items_by_code: dict) -> list[tuple]:
    """The items of a handed-in attempt that its skip logic did not ask (the
    codes recorded at hand-in that are still questions of the instrument)."""
    if not isinstance(hidden, list):
        return []
    return [
        items_by_code[(instrument_id, code)]
        for code in hidden
        if isinstance(code, str) and (instrument_id, code) in items_by_code
    ]


def _questionnaire_order(sort_order, kind: int, pk: int) -> tuple:
    # PostgreSQL puts a NULL sort order last, as this does.
    return (sort_order is None, sort_order or 0, kind, pk)


def responses_long(scope: ExportScope, *, programme_key: str) -> DatasetRows:
    """One row per answer: the item-level long format.

    A handed-in test also has one row for each question its skip logic did
    not ask, ``status`` ``not_applicable`` with no value and no score, in its
    place in the questionnaire; an answer's row has ``status`` ``answered``.
    So "not applicable" is told from "missing": a question asked and left
    unanswered has no row. After an attempt's questions, one row for each
    ``calculate`` field of its test, ``status`` ``calculated``: the value
    computed from the attempt's answers (``services.attempt_calculated``),
    empty when it gives none; an attempt without answers has none.
    """
    attempts = scoped_attempts(scope)
    responses = Response.objects.using(reporting_db())
    by_attempt = attempts.order_by(*LONG_ATTEMPT_ORDER).values_list(
        "pk",
        "learner_id",
        "learner__gender",
        "learner__birth_year",
        "course_key",
        "instrument__code",
        "instrument__version",
        "instrument_id",
        "phase",
        "locale",
        "source",
        "submitted_at",
        "scores__not_applicable",
    )
    variables = [
        LEARNER,
        *demographic_variables(scope.demographics),
        COURSE,
        Variable("instrument", _("Instrument code")),
        PHASE,
        LANGUAGE,
        Variable(
            "source",
            _("How the answers were collected"),
            values=(
                ("web", str(_("Taken online"))),
                ("paper", str(_("Entered from paper"))),
                ("import", str(_("Imported"))),
            ),
        ),
        Variable(
            "submitted_on",
            _("Date the attempt was handed in (empty: not handed in)"),
            kind=DATE,
        ),
        Variable("item", _("Item code (see the item rows of the codebook)")),
        Variable("domain", _("KAP domain"), values=DOMAIN_VALUES),
        Variable("subscale", _("Subscale")),
        Variable(
            "item_type",
            _("Item type"),
            values=_choice_values(ItemType.choices)
            + ((CALCULATE, str(CALCULATED_LABEL)),),
        ),
        Variable(
            "value",
            _(
                "Answer as given (option key, scale point or text), or the "
                "calculated value"
            ),
        ),
        Variable(
            "score",
            _("Item score 0-1 after reverse coding (empty: not scored)"),
            kind=NUMBER,
            scoring_rule=str(RULES["item"]),
            not_applicable=True,
            decimals=4,
        ),
        _status_variable(),
        FORM_VERSION,
    ]
    slugs = course_slugs()
    items = item_catalogue(attempts) + calculation_catalogue(attempts)
    items_by_code = _items_by_code(attempts)
    calculated = _instrument_calculations(attempts)
    calculated_items = functools.cache(instrument_items)  # once per export
    calculated_total = sum(
        len(calculated[instrument_id]) * n_attempts
        for instrument_id, n_attempts in (
            responses.filter(
                attempt__in=attempts.filter(instrument_id__in=list(calculated))
            )
            .values("attempt__instrument_id")
            .annotate(n=Count("attempt_id", distinct=True))
            .values_list("attempt__instrument_id", "n")
            .order_by()
        )
    )
    not_asked_total = sum(
        len(_not_asked(hidden, instrument_id, items_by_code))
        for instrument_id, hidden in attempts.filter(
            submitted_at__isnull=False, scores__has_key="not_applicable"
        )
        .order_by()
        .values_list("instrument_id", "scores__not_applicable")
    )

    cache: dict[int, str] = {}

    def rows() -> Iterator[list]:
        # The attempts in order, 500 at a time, each batch's answers in one
        # query (so each attempt's rows come from one query), memory flat.
        batch: list[tuple] = []
        attempt_rows = by_attempt.iterator(chunk_size=CHUNK)
        try:
            for attempt in attempt_rows:
                batch.append(attempt)
                if len(batch) >= 500:
                    yield from emit(batch)
                    batch = []
            yield from emit(batch)
        finally:
            attempt_rows.close()

    def emit(batch: list[tuple]) -> Iterator[list]:
        if not batch:
            return
        answered: dict = {}
        given: dict = {}  # attempt id -> {item key: value}, for calculations
        for attempt_id, item_key, sort_order, pk, *answer in responses.filter(
            attempt_id__in=[attempt[0] for attempt in batch]
        ).values_list(
            "attempt_id",
            "item_key",
            "item__sort_order",
            "pk",
            "item__code",
            "item__domain",
            "item__subscale",
            "item__item_type",
            "value",
            "score",
        ):
            score = answer[-1]
            answer[-1] = None if score is None else round(score, 4)
            given.setdefault(attempt_id, {})[item_key] = answer[-2]
            answered.setdefault(attempt_id, []).append(
                (_questionnaire_order(sort_order, 0, pk), [*answer, "answered"])
            )
        for (
            attempt_id,
            learner_id,
            gender,
            birth_year,
            course_key,
            instrument,
            form_version,
            instrument_id,
            phase,
            language,
            source,
            submitted_at,
            hidden,
        ) in batch:
            lines = answered.get(attempt_id, [])
            if submitted_at is not None:
                for sort_order, pk, *item in _not_asked(
                    hidden, instrument_id, items_by_code
                ):
                    lines.append(
                        (
                            _questionnaire_order(sort_order, 1, pk),
                            [*item, None, NOT_APPLICABLE, "not_applicable"],
                        )
                    )
            if not lines:
                continue
            if learner_id not in cache:
                if len(cache) > 10_000:
                    cache.clear()
                cache[learner_id] = pseudonym(key=programme_key, learner_id=learner_id)
            head = [cache[learner_id]]
            if scope.demographics:
                when = submitted_at or timezone.now()
                head += [gender, age_band(birth_year, when.year)]
            head += [
                slugs.get(course_key, ""),
                instrument,
                phase,
                language,
                source,
                submitted_at.date() if submitted_at else None,
            ]
            lines.sort(key=lambda line: line[0])
            for _order, line in lines:
                yield [*head, *line, form_version]
            if attempt_id in given and instrument_id in calculated:
                values = attempt_calculated(
                    calculated_items(instrument_id), given[attempt_id]
                )
                for name in calculated[instrument_id]:
                    yield [
                        *head,
                        name,
                        scoring.BACKGROUND,
                        "",
                        CALCULATE,
                        values.get(name),
                        None,
                        "calculated",
                        form_version,
                    ]

    copy_csv = None
    # Calculated values are computed in Python (the test's own logic), so a
    # scope with calculate fields is written by the row generator.
    if connections[reporting_db()].vendor == "postgresql" and not calculated:

        def copy_csv(write, on_row):
            return _responses_long_copy(
                attempts, scope, programme_key, slugs, write, on_row
            )

    total = responses.filter(attempt__in=attempts.values("pk")).count()
    return DatasetRows(
        variables,
        rows(),
        total + not_asked_total + calculated_total,
        items,
        copy_csv,
    )


# --------------------------------------------- PostgreSQL COPY (long format)


def _sql_sanitised(expression: str) -> str:
    """SQL for ``sanitise_cell`` of a text expression; '' becomes NULL.

    For a statement run with parameters (a literal ``%`` is doubled).

    NULL and '' both come out of COPY as an empty field, as the csv module
    writes ``None`` and ``""``.
    """
    risky = ", ".join(
        "E'\\t'" if c == "\t" else "E'\\r'" if c == "\r" else f"'{c}'"
        for c in FORMULA_PREFIXES
    ).replace("%", "%%")  # psycopg placeholders: a literal % is written %%
    return (
        f"CASE WHEN left({expression}, 1) IN ({risky}) "
        f"THEN '''' || {expression} ELSE NULLIF({expression}, '') END"
    )


def _sql_age_band(birth_year: str, when: str) -> str:
    """SQL for ``age_band`` (NULL when unknown)."""
    age = f"(EXTRACT(YEAR FROM {when})::int - {birth_year})"
    cases = " ".join(
        f"WHEN {age} BETWEEN {low} AND {high} THEN "
        + (f"'{low}-{high}'" if high < 200 else f"'{low}+'")
        for low, high in AGE_BANDS
    )
    return f"CASE WHEN COALESCE({birth_year}, 0) = 0 THEN NULL {cases} END"


def _sql_score(rounded: str) -> str:
    """SQL giving the text Python writes for ``round(score, 4)`` (``1.0``,
    ``0.25``) from the score already rounded to 4 places as float8: its
    output is the shortest exact form, as Python's repr, except that whole
    numbers need their ``.0``."""
    return (
        f"CASE WHEN {rounded} = trunc({rounded}) "
        f"THEN trunc({rounded})::bigint::text || '.0' ELSE {rounded}::text END"
    )


def _responses_long_copy(
    attempts: QuerySet,
    scope: ExportScope,
    programme_key: str,
    slugs: dict,
    write: Callable[[bytes], object],
    on_row: OnRow,
) -> int:
    """Write the ``responses_long`` CSV body with ``COPY ... TO STDOUT``.

    The same rows, columns, order and text as the Python row generator (the
    tests compare the two files byte for byte), with the per-row work done by
    PostgreSQL: formula neutralisation and age bands in SQL, pseudonyms and
    course slugs joined from arrays passed as parameters. The pseudonyms are
    computed here with the programme's key, which is never sent to the
    database, and the internal id never leaves it. Works on a read-only
    replica (no temporary table). Line ends become CRLF between records only
    (not inside quoted text) and ``on_row`` is called once per record.
    """
    statement, params = responses_long_copy_sql(attempts, scope, programme_key, slugs)
    records = _CrlfRecords(write, on_row)
    with connections[attempts.db].cursor() as cursor:
        with cursor.cursor.copy(statement, params) as copy:
            for block in copy:
                records.write(bytes(block))
    return records.count


def responses_long_copy_sql(
    attempts: QuerySet, scope: ExportScope, programme_key: str, slugs: dict
) -> tuple[str, list]:
    """The ``COPY ... TO STDOUT`` statement of the long CSV and its parameters."""
    learner_ids = list(
        attempts.order_by().values_list("learner_id", flat=True).distinct()
    )
    pseudonyms = [pseudonym(key=programme_key, learner_id=n) for n in learner_ids]
    where_sql, where_params = attempts.order_by().values("pk").query.sql_with_params()
    tables = {
        "response": Response._meta.db_table,
        "attempt": Attempt._meta.db_table,
        "user": Attempt._meta.get_field("learner").related_model._meta.db_table,
        "instrument": Instrument._meta.db_table,
        "item": Item._meta.db_table,
    }
    columns = ["p.learner"]
    if scope.demographics:
        columns += [
            _sql_sanitised("u.gender"),
            _sql_age_band(
                "u.birth_year", "COALESCE(a.submitted_at, now()) AT TIME ZONE 'UTC'"
            ),
        ]
    # Phase, language, source, domain and item type are choice codes (letters
    # only, never empty), so they need neither the formula check nor NULLIF.
    columns += [
        _sql_sanitised("c.slug"),
        _sql_sanitised("i.code"),
        "a.phase",
        "a.locale",
        "a.source",
        "to_char(a.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')",
        _sql_sanitised("it.code"),
        "it.domain",
        _sql_sanitised("it.subscale"),
        "it.item_type",
        _sql_sanitised("r.value"),
        _sql_score("s.score"),
        "r.status",
        _sql_sanitised("i.version"),
    ]
    # The answers, and the questions a handed-in attempt's skip logic did not
    # ask (item codes in scores->'not_applicable', see ``_not_asked``).
    answers = (
        "SELECT x.id, x.attempt_id, x.item_id, x.value, x.score, "
        "'answered' AS status "
        f'FROM "{tables["response"]}" x WHERE x.attempt_id IN ({where_sql})'
    )
    not_asked = (
        "SELECT NULL, y.id, yi.id, NULL, NULL, 'not_applicable' "
        f'FROM "{tables["attempt"]}" y '
        "CROSS JOIN LATERAL jsonb_array_elements_text(CASE WHEN "
        "jsonb_typeof(y.scores -> 'not_applicable') = 'array' "
        "THEN y.scores -> 'not_applicable' END) AS na(code) "
        f'JOIN "{tables["item"]}" yi '
        "ON yi.instrument_id = y.instrument_id AND yi.code = na.code "
        f"WHERE y.submitted_at IS NOT NULL AND y.id IN ({where_sql})"
    )
    joins = [
        f'JOIN "{tables["attempt"]}" a ON a.id = r.attempt_id',
        f'JOIN "{tables["instrument"]}" i ON i.id = a.instrument_id',
        f'JOIN "{tables["item"]}" it ON it.id = r.item_id',
        "JOIN unnest(%s::bigint[], %s::text[]) AS p(learner_id, learner) "
        "ON p.learner_id = a.learner_id",
        "LEFT JOIN unnest(%s::uuid[], %s::text[]) AS c(course_key, slug) "
        "ON c.course_key = a.course_key",
        "CROSS JOIN LATERAL (SELECT round(r.score::numeric, 4)::float8 AS score) AS s",
    ]
    if scope.demographics:  # the learners table only for gender and age band
        joins.insert(1, f'JOIN "{tables["user"]}" u ON u.id = a.learner_id')
    # LONG_ATTEMPT_ORDER, then ``_questionnaire_order`` (NULLs last, as there).
    statement = (
        f"COPY (SELECT {', '.join(columns)} "
        f"FROM ({answers} UNION ALL {not_asked}) "
        f"AS r(id, attempt_id, item_id, value, score, status) {' '.join(joins)} "
        "ORDER BY a.learner_id, a.course_key, a.started_at, a.id, it.sort_order, "
        "r.id IS NULL, r.id, it.id"
        ") TO STDOUT WITH (FORMAT csv)"
    )
    params = [
        *where_params,
        *where_params,
        learner_ids,
        pseudonyms,
        [str(key) for key in slugs],
        list(slugs.values()),
    ]
    return statement, params


class _CrlfRecords:
    """Turn COPY's LF record ends into CRLF, leaving newlines inside quoted
    fields alone (a newline ends a record when the quotes before it balance),
    and count the records."""

    def __init__(self, write: Callable[[bytes], object], on_row: OnRow) -> None:
        self.write_out = write
        self.on_row = on_row
        self.in_quotes = False
        self.count = 0

    def write(self, block: bytes) -> None:
        if not self.in_quotes and b'"' not in block:
            # No quoted text in the block: every newline ends a record.
            start = self.count
            self.count += block.count(b"\n")
            if self.on_row:
                for count in range(start + 1, self.count + 1):
                    self.on_row(count)
            self.write_out(block.replace(b"\n", b"\r\n"))
            return
        parts = block.split(b"\n")
        out = []
        last = len(parts) - 1
        for index, part in enumerate(parts):
            if part.count(b'"') % 2:
                self.in_quotes = not self.in_quotes
            out.append(part)
            if index == last:
                break
            if self.in_quotes:
                out.append(b"\n")
            else:
                out.append(b"\r\n")
                self.count += 1
                if self.on_row:
                    self.on_row(self.count)
        self.write_out(b"".join(out))


def _domain_score(scores: dict, domain: str):
    entry = (scores or {}).get("domains", {}).get(domain)
    return entry["score"] if entry else None


def _unrounded_score(scores: dict, domain: str, item_scores: list | None):
    """The attempt's domain score (0-100) before rounding, for gains and means.

    The stored score is rounded to 2 decimals, and a gain taken from two
    rounded scores can be 0.01 off (33.33 to 66.67 is 33.34; the gain is
    33.33). ``item_scores`` are the attempt's item scores in the domain (its
    responses'); their mean times 100 is used when it is what the stored score
    was rounded from (the same number of items, the same rounded value),
    otherwise (an item rescored after hand-in) the stored score.
    """
    entry = (scores or {}).get("domains", {}).get(domain)
    if not entry:
        return None
    if item_scores and len(item_scores) == entry.get("n_items"):
        unrounded = 100 * math.fsum(item_scores) / len(item_scores)
        if round(unrounded, 2) == entry["score"]:
            return unrounded
    return entry["score"]


def _item_scores(rows: Iterable[tuple]) -> dict:
    """``{(attempt id, domain): [item score, ...]}`` from ``(attempt id,
    domain, score)`` rows; unscored answers (no score) are left out."""
    found: dict = {}
    for attempt_id, domain, score in rows:
        if score is not None and domain:
            found.setdefault((attempt_id, domain), []).append(score)
    return found


def _gain(pre, post):
    if pre is None or post is None:
        return None
    return round(post - pre, 2)


#: Longest column stem: with ``_post``, Stata's 32 characters.
STEM_MAX = 27
#: Longest stem of a column with value labels: pyreadstat names the label set
#: of a Stata variable ``<variable><n>`` (n counts the labelled variables),
#: and that name too must fit 32 characters.
LABELLED_STEM_MAX = 23
#: The characters an option keeps in its 0/1 column's name (at least).
OPTION_PART = 8


def _labelled(info: ItemInfo) -> bool:
    """The item's wide columns carry value labels (answers as codes)."""
    return not info.scored and bool(_item_values(info))


def _wide_item_columns(
    items: list[ItemInfo], reserved: Iterable[str] = ()
) -> list[tuple[str, list[ItemInfo]]]:
    """Column stem per question, in order: ``<item>`` when the file holds one
    instrument, ``<instrument>_<item>`` when it holds several, so a column
    never mixes two tests' questions that happen to share a code (parallel
    forms, another course's test). A question that changed in a later version
    of its form (``assessments.versions``) is another question: its stem
    carries its revision, ``<item>_v2``; an unchanged one shares the first
    version's columns. Stems fit Stata's 32 characters with the
    ``_pre``/``_post`` suffix (``STEM_MAX``, ``LABELLED_STEM_MAX``); a stem
    cut to the same text, or the same but for case (SPSS names ignore case),
    or one of the ``reserved`` stems of the file's own columns (``language``
    would give ``language_pre``), gets a number."""
    several = len({info.instrument for info in items}) > 1
    stems: dict[str, list[ItemInfo]] = {}
    owner: dict[str, tuple | None] = {name.lower(): None for name in reserved}
    stem_of: dict[tuple, str] = {}
    revisions: dict[tuple, int] = {}
    for info in items:
        identity = (info.instrument, info.identity or info.key)
        if identity in stem_of:
            info.revision = stems[stem_of[identity]][0].revision
            stems[stem_of[identity]].append(info)
            continue
        name = f"{info.instrument}_{info.code}" if several else info.code
        info.revision = revisions.get((info.instrument, info.code), 0) + 1
        revisions[(info.instrument, info.code)] = info.revision
        if info.revision > 1:
            name = f"{name}_v{info.revision}"
        limit = LABELLED_STEM_MAX if _labelled(info) else STEM_MAX
        stem = _stata_name(name)[:limit]
        number = 1
        while stem.lower() in owner and owner[stem.lower()] != identity:
            number += 1
            stem = f"{_stata_name(name)[: limit - len(str(number)) - 1]}_{number}"
        owner[stem.lower()] = identity
        stem_of[identity] = stem
        stems.setdefault(stem, []).append(info)
    return list(stems.items())


def _option_columns(
    stems: list[tuple[str, list[ItemInfo]]], taken: set[str]
) -> dict[str, list[tuple[str, str]]]:
    """``{stem: [(option stem, option name), ...]}`` for each multiple-select
    question: one 0/1 column per option, ``<stem>_<option>`` as KoboToolbox's
    ``<question>/<option>`` made a valid SPSS and Stata name, numbered like
    the stems when it meets a name already ``taken`` (lower case; updated).

    The columns have value labels, so the stems are ``LABELLED_STEM_MAX``
    long at most. When the whole names do not fit, the question's part is
    cut (the same for all its options, so ``<prefix>_*`` selects them) and
    each option keeps at least ``OPTION_PART`` characters."""
    found: dict = {}
    limit = LABELLED_STEM_MAX
    for stem, infos in stems:
        if infos[0].item_type != scoring.MULTI:
            continue
        keys: list[str] = []
        for info in infos:
            keys += [key for key, _label in info.answers if key not in keys]
        parts = {key: re.sub(r"[^A-Za-z0-9_]", "_", key) for key in keys}
        longest = max((len(part) for part in parts.values()), default=0)
        prefix = stem[: max(limit - 1 - longest, limit - 1 - OPTION_PART)]
        columns = []
        for key in keys:
            name = f"{prefix}_{parts[key]}"
            option_stem = name[:limit]
            number = 1
            while option_stem.lower() in taken:
                number += 1
                option_stem = f"{name[: limit - len(str(number)) - 1]}_{number}"
            taken.add(option_stem.lower())
            columns.append((option_stem, key))
        found[stem] = columns
    return found


def _stem_wording(infos: list[ItemInfo], option: str | None = None) -> dict:
    """language -> question text with its options (or the one ``option``);
    the texts of several items sharing the column (versions of one form)
    once each."""
    several = len({info.instrument for info in infos}) > 1
    wording: dict = {}
    for info in infos:
        for language, text in info.wording.items():
            if option is None:
                option_text = info.options.get(language)
            else:
                texts = info.option_texts.get(language, {})
                option_text = (
                    f"{option}: {texts[option]}" if option in texts else option
                )
            text = f"{text} [{option_text}]" if option_text else text
            if several:
                text = f"{info.instrument}: {text}"
            if language not in wording:
                wording[language] = text
            elif text not in wording[language].split(" | "):
                wording[language] = f"{wording[language]} | {text}"
    return wording


def _item_variable(stem: str, infos: list[ItemInfo], phase: str) -> Variable:
    first = infos[0]
    scored = first.scored
    kind, values = STRING, ()
    if scored:
        kind = NUMBER
    elif first.item_type == scoring.NUMBER:
        kind = INTEGER if first.integer else NUMBER
    elif first.item_type in CLOCK_KINDS:
        kind = CLOCK_KINDS[first.item_type]
    else:
        values = _item_values(first)
    label = (
        _("%(code)s %(phase)s: item score 0-1")
        if scored
        else _("%(code)s %(phase)s: answer as given")
    )
    code = _versioned_code(first)
    return Variable(
        f"{stem}_{phase}",
        str(label) % {"code": code, "phase": phase},
        kind=kind,
        values=values,
        domain=first.domain,
        subscale=first.subscale,
        reverse_coded=first.reverse_coded,
        scoring_rule=str(RULES["item"]) if scored else str(_("Not scored.")),
        wording=_stem_wording(infos),
        not_applicable=True,
        decimals=4,
    )


def _versioned_code(first: ItemInfo) -> str:
    """The code a column's label names: a question changed in a later version
    of its form says so (``K03 (changed in version 2)``)."""
    if first.revision > 1:
        return str(_("%(code)s (changed in version %(version)s)")) % {
            "code": first.code,
            "version": first.version or "–",
        }
    return first.code


def _calculated_variable(stem: str, infos: list[ItemInfo], phase: str) -> Variable:
    """A calculated field's column: text until its rows are read
    (``_CalculatedKinds``)."""
    first = infos[0]
    code = _versioned_code(first)
    return Variable(
        f"{stem}_{phase}",
        str(_("%(code)s %(phase)s: calculated, not asked"))
        % {"code": code, "phase": phase},
        scoring_rule=_calculated_rule(first.calculation),
        calculation=first.calculation,
        decimals=4,
    )


class _CalculatedKinds:
    """Settles the kind of the calculated columns from their values: a
    field's columns (pre and post alike, so the two compare) are whole
    numbers (``INTEGER``) or numbers (``NUMBER``) when every value is one,
    else text, so SPSS and Stata get numbers only where all are numbers. The
    cells are numbers (``Decimal``) or text as they come; the kinds are set
    once every row has been read, before any codebook is written (the
    writers read the rows first)."""

    def __init__(self, variables: list[Variable]):
        self.variables = [v for v in variables if v.calculation]
        self.text: set[str] = set()  # stems with a value that is no number
        self.fractions: set[str] = set()  # stems with a number not whole

    @staticmethod
    def _stem(column: str) -> str:
        return column.rsplit("_", 1)[0]  # <stem>_pre, <stem>_post

    #: A number as a calculation writes one (``expressions.calculate``).
    NUMBER_TEXT = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?")

    def cell(self, column: str, value: str | None):
        """The cell of a calculated value (``None``: no value)."""
        if value is None or value == "":
            return None
        if not self.NUMBER_TEXT.fullmatch(value):
            self.text.add(self._stem(column))
            return value
        number = Decimal(value)
        if number != number.to_integral_value():
            self.fractions.add(self._stem(column))
        return number

    def settle(self) -> None:
        for var in self.variables:
            stem = self._stem(var.name)
            if stem in self.text:
                var.kind = STRING
            else:
                var.kind = NUMBER if stem in self.fractions else INTEGER


def _option_variable(
    option_stem: str, key: str, infos: list[ItemInfo], phase: str
) -> Variable:
    first = infos[0]
    text = next(
        (dict(info.answers)[key] for info in infos if key in dict(info.answers)), key
    )
    return Variable(
        f"{option_stem}_{phase}",
        str(_("%(code)s %(phase)s: %(option)s"))
        % {"code": first.code, "phase": phase, "option": text},
        kind=INTEGER,
        values=(("0", str(_("Not selected"))), ("1", str(_("Selected")))),
        domain=first.domain,
        subscale=first.subscale,
        scoring_rule=str(
            _(
                "1: the option was chosen; 0: the question was answered without "
                "it; empty: the question was not answered (or not applicable)."
            )
        ),
        wording=_stem_wording(infos, option=key),
        not_applicable=True,
    )


#: The kind of the wide column of a date or time question.
CLOCK_KINDS = {scoring.DATE: DATE, scoring.TIME: TIME, scoring.DATETIME: DATETIME}


def _answer_cell(info: ItemInfo, value: str, score):
    """A wide item column's cell: the score of a scored item; otherwise the
    answer as given, numbers, dates and times as numbers, dates and times."""
    if info.scored:
        return None if score is None else round(score, 4)
    if info.item_type == scoring.NUMBER:
        number = Decimal(value)
        return int(number) if number == number.to_integral_value() else number
    if info.item_type == scoring.DATE:
        return date.fromisoformat(value)
    if info.item_type == scoring.TIME:
        return scoring.time_of_day(value)
    if info.item_type == scoring.DATETIME:
        return scoring.date_and_time(value)
    return value


def _chosen(value: str) -> set[str]:
    """The options of a multiple-select answer (comma- or space-separated)."""
    return set(value.replace(",", " ").split())


def prepost_wide(scope: ExportScope, *, programme_key: str) -> DatasetRows:
    """One row per learner and course: pre/post domain scores, gains, items.

    Each question has ``<stem>_pre`` and ``<stem>_post``; a multiple-select
    question also one 0/1 column per option. A question the skip logic did
    not ask in a handed-in test is ``NOT_APPLICABLE`` in its columns. Each
    ``calculate`` field of a test has its pair too, after its test's
    questions and named by the same rules, holding the value computed from
    that attempt's answers (``services.attempt_calculated``).
    """
    attempts = scoped_attempts(scope).filter(phase__in=(Phase.PRE, Phase.POST))
    # The calculated fields after the questions of their test (a stable
    # sort: the catalogue is in the tests' order).
    items = sorted(
        item_catalogue(attempts) + calculation_catalogue(attempts),
        key=lambda info: info.instrument,
    )
    variables = [
        LEARNER,
        *demographic_variables(scope.demographics),
        COURSE,
        Variable("language_pre", _("Language of the pre-test")),
        Variable("language_post", _("Language of the post-test")),
        Variable("pre_on", _("Date the pre-test was handed in"), kind=DATE),
        Variable("post_on", _("Date the post-test was handed in"), kind=DATE),
        Variable(
            "matched",
            _("Both tests handed in (1) or not (0)"),
            kind=INTEGER,
            values=(("0", str(_("No"))), ("1", str(_("Yes")))),
        ),
    ]
    for domain, label in SCORED_DOMAINS:
        for phase in ("pre", "post"):
            variables.append(
                Variable(
                    f"{domain}_{phase}",
                    f"{label} score 0-100, {phase}-test",
                    kind=NUMBER,
                    domain=domain,
                    scoring_rule=str(RULES["domain"]),
                )
            )
        variables.append(
            Variable(
                f"{domain}_gain",
                f"{label} gain (post - pre)",
                kind=NUMBER,
                domain=domain,
                scoring_rule=str(RULES["gain"]),
            )
        )
    for phase in ("pre", "post"):
        variables.append(
            Variable(
                f"not_applicable_{phase}",
                _(
                    "Questions the form's skip logic did not ask in the %(phase)s-test "
                    "(item codes): not applicable, not missing"
                )
                % {"phase": phase},
            )
        )
    reserved = {
        v.name.rsplit("_", 1)[0]
        for v in variables
        if v.name.endswith(("_pre", "_post"))
    }
    stems = _wide_item_columns(items, reserved)
    options = _option_columns(
        stems, {name.lower() for name in reserved} | {s.lower() for s, _i in stems}
    )
    for stem, infos in stems:
        for phase in ("pre", "post"):
            if infos[0].item_type == CALCULATE:
                variables.append(_calculated_variable(stem, infos, phase))
            else:
                variables.append(_item_variable(stem, infos, phase))
        for option_stem, key in options.get(stem, []):
            for phase in ("pre", "post"):
                variables.append(_option_variable(option_stem, key, infos, phase))
    columns = {v.name: n for n, v in enumerate(variables)}
    stem_of = {info.key: (stem, info) for stem, infos in stems for info in infos}
    stem_by_code = {
        (info.instrument, info.code): stem for stem, infos in stems for info in infos
    }
    # (test, version, name) -> stem of each calculated field.
    calculated_stem = {
        info.key[1:]: stem
        for stem, infos in stems
        for info in infos
        if info.item_type == CALCULATE
    }
    calculated = _instrument_calculations(attempts)
    calculated_items = functools.cache(instrument_items)  # once per export
    kinds = _CalculatedKinds(variables)
    slugs = course_slugs()
    queryset = attempts.order_by("learner_id", "course_key", "phase").values_list(
        "pk",
        "learner_id",
        "learner__gender",
        "learner__birth_year",
        "course_key",
        "phase",
        "locale",
        "submitted_at",
        "scores",
        "instrument__code",
        "instrument__version",
        "instrument_id",
    )
    total = attempts.order_by().values("learner_id", "course_key").distinct().count()

    def build(group: list, item_scores: dict) -> list:
        row: list = [None] * len(variables)
        learner_id = group[0][1]
        row[0] = pseudonym(key=programme_key, learner_id=learner_id)
        if scope.demographics:
            when = next((g[7] for g in group if g[7]), None) or timezone.now()
            row[1], row[2] = group[0][2], age_band(group[0][3], when.year)
        row[columns["course"]] = slugs.get(group[0][4], "")
        by_phase = {g[5]: g for g in group}
        pre, post = by_phase.get("pre"), by_phase.get("post")
        for phase, attempt in (("pre", pre), ("post", post)):
            if attempt is None:
                continue
            row[columns[f"language_{phase}"]] = attempt[6]
            if attempt[7]:
                row[columns[f"{phase}_on"]] = attempt[7].date()
                hidden = (attempt[8] or {}).get("not_applicable") or []
                row[columns[f"not_applicable_{phase}"]] = " ".join(hidden)
                for code in hidden:
                    stem = stem_by_code.get((attempt[9], code))
                    if stem is None:
                        continue
                    row[columns[f"{stem}_{phase}"]] = NOT_APPLICABLE
                    for option_stem, _key in options.get(stem, []):
                        row[columns[f"{option_stem}_{phase}"]] = NOT_APPLICABLE
        row[columns["matched"]] = int(bool(pre and pre[7] and post and post[7]))
        for domain, _label in SCORED_DOMAINS:
            scores = {}
            for phase, attempt in (("pre", pre), ("post", post)):
                if attempt and attempt[7]:
                    scores[phase] = (
                        _domain_score(attempt[8], domain),
                        _unrounded_score(
                            attempt[8], domain, item_scores.get((attempt[0], domain))
                        ),
                    )
            pre_score, pre_unrounded = scores.get("pre", (None, None))
            post_score, post_unrounded = scores.get("post", (None, None))
            row[columns[f"{domain}_pre"]] = pre_score
            row[columns[f"{domain}_post"]] = post_score
            row[columns[f"{domain}_gain"]] = _gain(pre_unrounded, post_unrounded)
        return row

    def add_calculated(attempt: tuple, given: dict, answers: dict) -> None:
        """The attempt's calculated values, in their columns."""
        instrument_id = attempt[11]
        values = attempt_calculated(calculated_items(instrument_id), given)
        cells = answers.setdefault(attempt[0], {})
        for name in calculated[instrument_id]:
            column = f"{calculated_stem[(attempt[9], attempt[10], name)]}_{attempt[5]}"
            cells[column] = kinds.cell(column, values.get(name))

    def rows() -> Iterator[list]:
        groups: list[list] = []
        for attempt in queryset.iterator(chunk_size=CHUNK):
            if groups and (groups[-1][0][1], groups[-1][0][4]) == (
                attempt[1],
                attempt[4],
            ):
                groups[-1].append(attempt)
                continue
            if len(groups) >= 500:  # every group in the batch is complete
                yield from emit(groups)
                groups = []
            groups.append([attempt])
        yield from emit(groups)
        kinds.settle()

    def emit(groups: list[list]) -> Iterator[list]:
        if not groups:
            return
        phase_of = {a[0]: a[5] for group in groups for a in group}
        answers: dict = {}
        given: dict = {}  # attempt id -> {item key: value}, for calculations
        scored: list[tuple] = []
        for attempt_id, item_key, value, score in (
            Response.objects.using(reporting_db())
            .filter(attempt_id__in=list(phase_of))
            .values_list("attempt_id", "item_key", "value", "score")
        ):
            given.setdefault(attempt_id, {})[item_key] = value
            found = stem_of.get(item_key)
            if found is None:
                continue
            stem, info = found
            scored.append((attempt_id, info.domain, score))
            phase = phase_of[attempt_id]
            cells = answers.setdefault(attempt_id, {})
            cells[f"{stem}_{phase}"] = _answer_cell(info, value, score)
            if stem in options:
                chosen = _chosen(value)
                for option_stem, key in options[stem]:
                    cells[f"{option_stem}_{phase}"] = int(key in chosen)
        item_scores = _item_scores(scored)
        for group in groups:
            row = build(group, item_scores)
            for attempt in group:
                if attempt[0] in given and attempt[11] in calculated:
                    add_calculated(attempt, given[attempt[0]], answers)
                for column, cell in answers.get(attempt[0], {}).items():
                    row[columns[column]] = cell
            yield row

    return DatasetRows(variables, rows(), total, items)


def _mean(values: list) -> float | None:
    return round(math.fsum(values) / len(values), 2) if values else None


def aggregate(scope: ExportScope, *, programme_key: str, threshold: int) -> DatasetRows:
    """Group means of matched pre/post scores, with small-cell suppression.

    One row per course and group (``scope.group_by``), split by gender and age
    band when demographics are asked for. ``n_pre``/``n_post`` count learners
    who handed in that test; means are over the ``n_matched`` learners who
    handed in both. Cells with fewer than ``threshold`` matched learners show
    no count and no statistic (``stats.suppress``), and so do the cells hidden
    to protect them (``stats.complementary_suppress``).
    """
    from . import stats

    attempts = (
        scoped_attempts(scope)
        .filter(phase__in=(Phase.PRE, Phase.POST), submitted_at__isnull=False)
        .order_by("learner_id", "course_key", "phase")
        .values_list(
            "learner_id",
            "learner__gender",
            "learner__birth_year",
            "course_key",
            "phase",
            "submitted_at",
            "scores",
            "school__programme__name",
            "school__country",
            "school__region",
            "school__name",
            "school_class__name",
            "pk",
        )
    )
    label_keys = ["course", "group"]
    variables = [
        COURSE,
        Variable("group", _("Group (%(by)s)") % {"by": scope.group_by}),
    ]
    if scope.demographics:
        variables += [GENDER, AGE_BAND]
        label_keys += ["gender", "age_band"]
    count_vars = [
        Variable("n_pre", _("Learners who handed in the pre-test"), kind=INTEGER),
        Variable("n_post", _("Learners who handed in the post-test"), kind=INTEGER),
        Variable("n_matched", _("Learners who handed in both"), kind=INTEGER),
    ]
    variables += count_vars
    for domain, label in SCORED_DOMAINS:
        for part, text in (("pre", "pre-test"), ("post", "post-test"), ("gain", "")):
            variables.append(
                Variable(
                    f"{domain}_{part}_mean",
                    f"{label}: mean {text or 'gain'} of matched learners",
                    kind=NUMBER,
                    domain=domain,
                    scoring_rule=str(RULES["gain" if part == "gain" else "domain"]),
                )
            )
    variables.append(
        Variable(
            "suppressed",
            _("Hidden because fewer than %(k)d matched learners (1) or shown (0)")
            % {"k": threshold},
            kind=INTEGER,
            values=(("0", str(_("No"))), ("1", str(_("Yes")))),
        )
    )
    slugs = course_slugs()

    def group_label(row) -> str:
        programme, country, region, school, school_class = row[7:12]
        return {
            "programme": programme,
            "country": country,
            "region": f"{country} / {region}" if region else country,
            "school": school,
            "class": f"{school} / {school_class or ''}",
        }[scope.group_by]

    def rows() -> Iterator[list]:
        cells: dict = {}

        def add_batch(groups: list[list]) -> None:
            # Means and gains from the unrounded scores (``_unrounded_score``).
            matched = [
                attempt[12]
                for group in groups
                if {"pre", "post"} <= {g[4] for g in group}
                for attempt in group
            ]
            item_scores = _item_scores(
                Response.objects.using(reporting_db())
                .filter(attempt_id__in=matched, score__isnull=False)
                .values_list("attempt_id", "item__domain", "score")
            )
            for group in groups:
                add(group, item_scores)

        def add(group: list, item_scores: dict) -> None:
            first = group[0]
            key = [slugs.get(first[3], ""), group_label(first)]
            if scope.demographics:
                when = first[5] or timezone.now()
                key += [first[1], age_band(first[2], when.year)]
            cell = cells.setdefault(
                tuple(key),
                {"n_pre": 0, "n_post": 0, "n_matched": 0, "scores": {}},
            )
            by_phase = {g[4]: g for g in group}
            cell["n_pre"] += "pre" in by_phase
            cell["n_post"] += "post" in by_phase
            if "pre" in by_phase and "post" in by_phase:
                cell["n_matched"] += 1
                for domain, _label in SCORED_DOMAINS:
                    pre, post = (
                        _unrounded_score(
                            by_phase[phase][6],
                            domain,
                            item_scores.get((by_phase[phase][12], domain)),
                        )
                        for phase in ("pre", "post")
                    )
                    if pre is None or post is None:
                        continue
                    lists = cell["scores"].setdefault(domain, ([], []))
                    lists[0].append(pre)
                    lists[1].append(post)

        groups: list[list] = []
        for attempt in attempts.iterator(chunk_size=CHUNK):
            if groups and (groups[-1][0][0], groups[-1][0][3]) == (
                attempt[0],
                attempt[3],
            ):
                groups[-1].append(attempt)
                continue
            if len(groups) >= 500:  # every group in the batch is complete
                add_batch(groups)
                groups = []
            groups.append([attempt])
        add_batch(groups)
        table = {}
        for key, cell in sorted(cells.items()):
            out = dict(zip(label_keys, key, strict=True))
            out.update(
                n_pre=cell["n_pre"], n_post=cell["n_post"], n_matched=cell["n_matched"]
            )
            for domain, _label in SCORED_DOMAINS:
                pre, post = cell["scores"].get(domain, ([], []))
                out[f"{domain}_pre_mean"] = _mean(pre)
                out[f"{domain}_post_mean"] = _mean(post)
                out[f"{domain}_gain_mean"] = _mean(
                    [b - a for a, b in zip(pre, post, strict=True)]
                )
            table[key] = out
        # Primary suppression (fewer than ``threshold``) and complementary:
        # within a course, totals over groups (and over gender or age band)
        # can be known from other exports, so no hidden cell is left alone in
        # such a line.
        hidden = stats.complementary_suppress(
            {key: cell["n_matched"] for key, cell in table.items()},
            threshold,
            vary=range(1, len(label_keys)),
        )
        shown = {
            key: (
                {name: cell[name] for name in label_keys} | {"suppressed": True}
                if key in hidden
                else cell | {"suppressed": False}
            )
            for key, cell in table.items()
        }
        for cell in shown.values():
            yield [
                int(cell["suppressed"]) if v.name == "suppressed" else cell.get(v.name)
                for v in variables
            ]

    return DatasetRows(variables, rows(), None, [])


def build_dataset(
    dataset: str, scope: ExportScope, *, programme_key: str, threshold: int
) -> DatasetRows:
    if dataset == Dataset.RESPONSES_LONG:
        return responses_long(scope, programme_key=programme_key)
    if dataset == Dataset.PREPOST_WIDE:
        return prepost_wide(scope, programme_key=programme_key)
    if dataset == Dataset.AGGREGATE:
        return aggregate(scope, programme_key=programme_key, threshold=threshold)
    raise ValueError(f"unknown dataset {dataset!r}")


# ------------------------------------------------------------------ codebook


def codebook_languages(variables: list[Variable], items: list[ItemInfo]) -> list[str]:
    found = {lang for v in variables for lang in v.wording}
    found |= {lang for info in items for lang in info.wording}
    return sorted(found, key=lambda code: (code != "en", code))


def _not_applicable_codes(var: Variable, spss_code: int) -> str:
    """The codebook's words for a variable's "not applicable" codes."""
    if not (var.not_applicable and var.numeric_in_stats):
        return ""
    return str(
        _("%(code)s = not applicable (SPSS, user-missing); .a = not applicable (Stata)")
    ) % {"code": spss_code}


def _item_rule(info: ItemInfo) -> str:
    if info.calculation:
        return _calculated_rule(info.calculation)
    return str(RULES["item"]) if info.scored else str(_("Not scored."))


def codebook_rows(
    variables: list[Variable],
    items: list[ItemInfo],
    *,
    stats_codes: bool = False,
    spss_missing: dict | None = None,
) -> Iterator[list]:
    """Yield the codebook table, header first: one row per variable, then one
    row per item code (the values of a long file's ``item`` column).

    ``spss_missing`` is ``{variable: code}`` where an SPSS file used another
    code than ``SPSS_NOT_APPLICABLE`` for "not applicable" (a number question
    whose answers include -98)."""
    spss_missing = spss_missing or {}
    languages = codebook_languages(variables, items)
    yield [
        "variable",
        "label",
        "type",
        "values",
        "spss_stata_codes",
        "domain",
        "subscale",
        "reverse_coded",
        "scoring_rule",
        *[f"wording_{lang}" for lang in languages],
    ]

    def reverse(value):
        return "" if value is None else ("yes" if value else "no")

    for var in variables:
        codes = "; ".join(f"{n} = {code}" for code, n in var.numeric_codes().items())
        stats = [
            codes if var.kind == STRING else "",
            _not_applicable_codes(var, spss_missing.get(var.name, SPSS_NOT_APPLICABLE)),
        ]
        yield [
            var.name,
            str(var.label),
            var.kind,
            "; ".join(f"{code} = {label}" for code, label in var.values),
            "; ".join(part for part in stats if part),
            var.domain,
            var.subscale,
            reverse(var.reverse_coded),
            str(var.scoring_rule),
            *[var.wording.get(lang, "") for lang in languages],
        ]
    for info in items:
        yield [
            f"item={info.code}",
            f"{info.instrument} {info.code}",
            _item_type_label(info.item_type),
            "; ".join(f"{c} = {label}" for c, label in _item_values(info))
            or "; ".join(
                f"{lang}: {text}" for lang, text in sorted(info.options.items())
            ),
            "",
            info.domain,
            info.subscale,
            reverse(info.reverse_coded),
            _item_rule(info),
            *[info.wording.get(lang, "") for lang in languages],
        ]


# ------------------------------------------------------------------ writers

OnRow = Callable[[int], None] | None


def _csv_cell(cell):
    """A cell as CSV text: empty for missing and not applicable, text
    sanitised, dates and times ISO 8601 (``YYYY-MM-DD``, ``14:30``,
    ``2026-05-02T14:30``, as stored), numbers as typed."""
    if cell is None or cell is NOT_APPLICABLE:
        return ""
    if isinstance(cell, str):
        return sanitise_cell(cell)
    if isinstance(cell, Decimal):
        return format(cell, "f")
    if isinstance(cell, datetime | time):
        return scoring.clock_text(cell)
    return cell


def write_csv(rows: Iterable[list], stream, *, on_row: OnRow = None) -> int:
    """Write sanitised rows to a text stream (RFC 4180); return the row count."""
    writer = csv.writer(stream, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    count = 0
    for count, row in enumerate(rows, start=1):
        writer.writerow([_csv_cell(c) for c in row])
        if on_row:
            on_row(count)
    return count


def write_csv_file(data: DatasetRows, raw, *, bom: bool, on_row: OnRow = None) -> int:
    """Write a dataset as CSV to a binary file; return the data row count.

    When the dataset offers ``copy_csv`` (the long format on PostgreSQL), the
    body comes from the database's COPY, byte for byte the file the row
    generator would write.
    """
    text = io.TextIOWrapper(raw, encoding="utf-8-sig" if bom else "utf-8", newline="")
    try:
        header = [[v.name for v in data.variables]]
        count = write_csv(header, text)
        if data.copy_csv is None:
            count = write_csv(data.rows, text, on_row=on_row)
        text.flush()
    finally:
        text.detach()
    if data.copy_csv is not None:
        count = data.copy_csv(raw.write, on_row)
    return count


def write_codebook_csv(data: DatasetRows, raw) -> None:
    """Write the codebook as CSV for Excel (UTF-8 with BOM)."""
    text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
    try:
        write_csv(
            codebook_rows(data.variables, data.items, spss_missing=data.spss_missing),
            text,
        )
        text.flush()
    finally:
        text.detach()


def write_xlsx(data: DatasetRows, path: str, *, on_row: OnRow = None) -> int:
    """Write a workbook with a ``data`` and a ``codebook`` sheet; stream rows."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(
        path,
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    try:
        sheet = workbook.add_worksheet("data")
        bold = workbook.add_format({"bold": True})
        day = workbook.add_format({"num_format": "yyyy-mm-dd"})
        moment = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        clock = workbook.add_format({"num_format": "hh:mm:ss"})
        sheet.write_row(0, 0, [v.name for v in data.variables], bold)
        sheet.freeze_panes(1, 0)
        count = 0
        for count, row in enumerate(data.rows, start=1):
            for col, cell in enumerate(row):
                if cell is None or cell is NOT_APPLICABLE or cell == "":
                    continue
                if isinstance(cell, str):
                    sheet.write_string(count, col, sanitise_cell(cell))
                elif isinstance(cell, datetime):  # before date: it is one
                    sheet.write_datetime(count, col, cell, moment)
                elif isinstance(cell, date):
                    sheet.write_datetime(count, col, cell, day)
                elif isinstance(cell, time):
                    sheet.write_datetime(count, col, cell, clock)
                elif isinstance(cell, Decimal):
                    sheet.write_number(count, col, float(cell))
                else:  # whole numbers stay whole: an int is written as one
                    sheet.write_number(count, col, cell)
            if on_row:
                on_row(count)
        book = workbook.add_worksheet("codebook")
        for n, row in enumerate(codebook_rows(data.variables, data.items)):
            book.write_row(
                n, 0, [sanitise_cell(c) for c in row], bold if not n else None
            )
    finally:
        workbook.close()
    return count


FRAME_CHUNK = 10_000


class ExportTooLarge(ValueError):
    """The dataset is too large for an in-memory SPSS/Stata file."""


#: In a numeric frame column, "not applicable" (``NOT_APPLICABLE``) until a
#: writer turns it into its own code: no answer, score, code, date or time
#: is infinite (numbers must be finite, ``scoring.normalise_value``).
_NOT_APPLICABLE_MARK = -math.inf


def _epoch_days(value) -> int:
    """Days since 1970-01-01 of a date (or ``YYYY-MM-DD`` text)."""
    if isinstance(value, str):
        value = date.fromisoformat(value)
    return value.toordinal() - date(1970, 1, 1).toordinal()


def _day_seconds(value) -> int:
    """Seconds since midnight of a time of day (or its stored text)."""
    if isinstance(value, str):
        value = scoring.time_of_day(value)
    return value.hour * 3600 + value.minute * 60 + value.second


def _epoch_seconds(value) -> float:
    """Seconds since 1970-01-01 00:00 of a date and time (or its stored
    text), on the learner's clock: no time zone is applied."""
    if isinstance(value, str):
        value = scoring.date_and_time(value)
    return (value - datetime(1970, 1, 1)).total_seconds()


#: A number for each numeric kind in a frame column: days for dates,
#: seconds for times (since midnight) and dates with times (since 1970).
_FRAME_NUMBERS = {
    NUMBER: float,
    INTEGER: float,
    DATE: _epoch_days,
    TIME: _day_seconds,
    DATETIME: _epoch_seconds,
}


def _column_array(var: Variable, values: list, strings: dict):
    """One chunk of a column as a compact numpy array (see ``_frame``)."""
    import numpy as np

    if var.categorical:
        codes = {str(code): float(n) for code, n in var.numeric_codes().items()}
        return np.array(
            [
                _NOT_APPLICABLE_MARK
                if v is NOT_APPLICABLE
                else codes.get(str(v), np.nan)
                if v not in (None, "")
                else np.nan
                for v in values
            ],
            dtype=float,
        )
    if var.kind in NUMERIC_KINDS:
        number = _FRAME_NUMBERS[var.kind]
        return np.array(
            [
                _NOT_APPLICABLE_MARK
                if v is NOT_APPLICABLE
                else np.nan
                if v is None or v == ""
                else number(v)
                for v in values
            ],
            dtype=float,
        )
    if len(strings) > 200_000:
        strings.clear()
    out = np.empty(len(values), dtype=object)
    out[:] = [
        strings.setdefault(text, text)
        for text in ("" if v is None or v is NOT_APPLICABLE else str(v) for v in values)
    ]
    return out


def _frame(data: DatasetRows, *, on_row: OnRow):
    """Build a pandas DataFrame for SPSS/Stata: categorical strings as codes.

    pyreadstat writes a whole data frame, so the table must be in memory; it
    is kept compact and bounded. Rows are read in chunks of ``FRAME_CHUNK``
    into numpy arrays (never a list of every row): categorical variables as
    numeric codes, numbers as floats, dates as days since 1970-01-01, times
    as seconds (``_FRAME_NUMBERS``), text as object arrays whose repeated
    strings (pseudonyms, codes, scale answers) are one shared object; "not
    applicable" is ``_NOT_APPLICABLE_MARK`` until the writer gives it its
    code. A calculated column is kept as it comes until the last row, when
    its kind is known (``_CalculatedKinds``). A dataset of more than
    ``settings.EXPORT_SPSS_STATA_MAX_CELLS`` cells (rows x columns) stops
    with :class:`ExportTooLarge` before memory grows further.
    """
    import numpy as np
    import pandas as pd
    from django.conf import settings

    limit = settings.EXPORT_SPSS_STATA_MAX_CELLS
    width = max(len(data.variables), 1)
    parts: list[list] = [[] for _ in data.variables]
    buffer: list[list] = [[] for _ in data.variables]
    strings: dict[str, str] = {}

    def flush(*, last: bool = False) -> None:
        for col, var in enumerate(data.variables):
            if buffer[col] and (last or not var.calculation):
                parts[col].append(_column_array(var, buffer[col], strings))
                buffer[col] = []

    count = 0
    for count, row in enumerate(data.rows, start=1):
        if count * width > limit:
            raise ExportTooLarge(
                f"More than {limit:,} cells ({count - 1:,} rows of {width} "
                "columns so far): too large for an SPSS or Stata file built in "
                "memory. Export CSV instead, or narrow the scope."
            )
        for col, cell in enumerate(row):
            buffer[col].append(cell)
        if count % FRAME_CHUNK == 0:
            flush()
        if on_row:
            on_row(count)
    flush(last=True)
    frame = {}
    for var, chunks in zip(data.variables, parts, strict=True):
        if not chunks:
            empty = np.empty(0, dtype=float if var.numeric_in_stats else object)
            frame[var.name] = empty
        else:
            frame[var.name] = np.concatenate(chunks) if len(chunks) > 1 else chunks[0]
            chunks.clear()
    return pd.DataFrame(
        frame, columns=[v.name for v in data.variables], copy=False
    ), count


def _labels(data: DatasetRows, limit: int | None):
    column_labels, value_labels = {}, {}
    for var in data.variables:
        label = str(var.label)
        column_labels[var.name] = label[:limit] if limit else label
        if var.categorical:
            value_labels[var.name] = {
                float(n): str(label)[:limit] if limit else str(label)
                for (_code, label), n in zip(
                    var.values, var.numeric_codes().values(), strict=True
                )
            }
    return column_labels, value_labels


def _whole(column) -> bool:
    """Every value of a numeric column (NaN and the marks aside) is whole."""
    import numpy as np

    finite = column[np.isfinite(column)]
    return bool(np.all(finite == np.floor(finite)))


def _spss_not_applicable_code(column) -> int:
    """``SPSS_NOT_APPLICABLE``, or -998, -9998 … when a real value of the
    column is that number (a number question may have any answer)."""
    import numpy as np

    finite = column[np.isfinite(column)]
    code, digits = SPSS_NOT_APPLICABLE, 2
    while np.any(finite == code):
        digits += 1
        code = -(10**digits - 2)
    return code


def _spss_format(var: Variable, column) -> str:
    """``F<w>.0`` for whole numbers (codes, counts, 0/1), ``F<w>.<d>`` for
    others, wide enough for every value (SPSS shows ``***`` otherwise)."""
    import numpy as np

    finite = column[np.isfinite(column)]
    biggest = float(np.max(np.abs(finite))) if finite.size else 0.0
    digits = len(str(int(biggest))) + int(bool(np.any(finite < 0)))
    if var.whole_numbers and _whole(column):
        return f"F{min(max(8, digits), 40)}.0"
    decimals = var.decimals
    return f"F{min(max(8, digits + decimals + 1), 40)}.{decimals}"


#: SPSS's formats of dates and times (values in seconds since 1582-10-14,
#: and since midnight for a time of day).
SPSS_CLOCK_FORMATS = {DATE: "SDATE10", TIME: "TIME8", DATETIME: "DATETIME20"}


def write_sav(data: DatasetRows, path: str, *, on_row: OnRow = None) -> int:
    """Write an SPSS file: labels, measurement levels, formats (``F8.0`` for
    codes, counts and 0/1; ``SDATE10`` for dates, ``TIME8`` for times of day,
    ``DATETIME20`` for dates with times), and "not applicable" as a
    user-missing code (``SPSS_NOT_APPLICABLE``) of numeric variables."""
    import numpy as np
    import pyreadstat

    frame, count = _frame(data, on_row=on_row)
    column_labels, value_labels = _labels(data, None)
    measure = {
        v.name: "nominal" if v.categorical or v.kind == STRING else "scale"
        for v in data.variables
    }
    formats: dict[str, str] = {}
    missing: dict[str, list] = {}
    data.spss_missing.clear()
    for var in data.variables:
        if not var.numeric_in_stats:
            continue
        column = frame[var.name].to_numpy(dtype=float)
        # Dates and dates with times in seconds since 1582-10-14; a time of
        # day is in seconds since midnight already.
        if var.kind == DATE:
            column = np.where(
                np.isfinite(column), (column + SPSS_EPOCH_DAYS) * 86400.0, column
            )
        elif var.kind == DATETIME:
            column = np.where(
                np.isfinite(column), column + SPSS_EPOCH_DAYS * 86400.0, column
            )
        if var.not_applicable:
            code = _spss_not_applicable_code(column)
            column = np.where(column == _NOT_APPLICABLE_MARK, float(code), column)
            missing[var.name] = [float(code)]
            data.spss_missing[var.name] = code
            if var.categorical:
                value_labels[var.name][float(code)] = str(_("Not applicable"))
        formats[var.name] = SPSS_CLOCK_FORMATS.get(var.kind) or _spss_format(
            var, column
        )
        frame[var.name] = column
    pyreadstat.write_sav(
        frame,
        path,
        column_labels=column_labels,
        variable_value_labels=value_labels,
        variable_measure=measure,
        variable_format=formats,
        missing_ranges=missing,
    )
    return count


def write_dta(data: DatasetRows, path: str, *, on_row: OnRow = None) -> int:
    """Write a Stata file: labels, whole numbers (codes, counts, 0/1, dates)
    as ``long``, dates as ``%td``, dates with times as ``%tc`` (milliseconds
    since 1960, a double), times of day as ``%tcHH:MM:SS`` (the time on
    1 January 1960, as Stata users keep a time of day and pyreadstat writes
    one; ``docs/exports.md``), and "not applicable" as the extended missing
    value ``.a`` of numeric variables."""
    import numpy as np
    import pandas as pd
    import pyreadstat

    frame, count = _frame(data, on_row=on_row)
    column_labels, value_labels = _labels(data, STATA_LABEL_MAX)
    value_labels = {
        name: {int(code): label for code, label in labels.items()}
        for name, labels in value_labels.items()
    }
    formats: dict[str, str] = {}
    user_missing: dict[str, list] = {}
    for var in data.variables:
        if not var.numeric_in_stats:
            continue
        column = frame[var.name].to_numpy(dtype=float)
        if var.kind == DATE:  # days since 1960-01-01
            column = np.where(np.isfinite(column), column + STATA_EPOCH_DAYS, column)
            formats[var.name] = "%td"
        elif var.kind == DATETIME:  # milliseconds since 1960-01-01 00:00
            column = np.where(
                np.isfinite(column),
                (column + STATA_EPOCH_DAYS * 86400.0) * 1000.0,
                column,
            )
            formats[var.name] = "%tc"
        elif var.kind == TIME:  # milliseconds since midnight of 1960-01-01
            column = np.where(np.isfinite(column), column * 1000.0, column)
            formats[var.name] = "%tcHH:MM:SS"
        finite = np.isfinite(column)
        whole = (
            var.whole_numbers
            and _whole(column)
            and bool(np.all(np.abs(column[finite]) <= STATA_LONG_MAX))
        )
        not_applicable = column == _NOT_APPLICABLE_MARK
        if var.not_applicable:
            user_missing[var.name] = [STATA_NOT_APPLICABLE]
            if var.categorical:
                value_labels[var.name][STATA_NOT_APPLICABLE] = str(_("Not applicable"))[
                    :STATA_LABEL_MAX
                ]
        if var.not_applicable and not_applicable.any():
            # pyreadstat writes ``.a`` for the letter in an object column.
            cells = np.empty(len(column), dtype=object)
            cells[:] = [
                STATA_NOT_APPLICABLE
                if marked
                else (int(value) if whole else float(value))
                if known
                else None
                for value, marked, known in zip(
                    column, not_applicable, finite, strict=True
                )
            ]
            frame[var.name] = cells
        elif whole:
            frame[var.name] = pd.array(column, dtype="Int32")
        else:
            frame[var.name] = column
    pyreadstat.write_dta(
        frame,
        path,
        column_labels=column_labels,
        variable_value_labels=value_labels,
        missing_user_values=user_missing,
        variable_format=formats,
    )
    return count
