"""Scoring of KAP items and attempts: pure functions, no database.

Conventions (documented in the README's "Scoring" section):

* Values are strings as stored in ``Response.value``: an option name (``"B"``,
  ``"agree"``, ``"3"``: any XLSForm choice name) for single choice and scales,
  sorted names joined by commas for multiple select (XLSForm names hold no
  commas; a KoboToolbox export's space-separated answers are read too),
  ``"true"``/``"false"``, ``"yes"``/``"no"`` on behaviour checklists, a number
  written as typed for integer and decimal questions, ``YYYY-MM-DD`` for dates,
  ``HH:MM`` for times of day and ``YYYY-MM-DDTHH:MM`` for dates and times
  (``:SS`` only when the seconds are not zero, as HTML normalises them; the
  learner's clock, no time zone), free text for open items.
* A **scale** is an ordinal question whose options each carry a number, in the
  order the form declares them: 4, 5, 7 or 11 points, ascending or descending,
  with the form's own anchor labels. The platform's built-in agreement and
  frequency scales are the 5-point scale 1…5 with the platform's labels; they
  are scored by the same rule.
* Every scored item gets a score between 0 and 1:
  - knowledge items are right (1) or wrong (0); a multiple-select item is
    right only when the selected set equals the answer key exactly, so every
    knowledge item stays dichotomous (as KR-20 and McNemar's test require);
  - scale items are rescaled within their declared scale,
    ``(x - min) / (max - min)``, after reverse coding (``min + max - x``) for
    negatively worded statements and risky behaviours; "yes" counts as 1 and
    "no" as 0 before reverse coding;
  - open text, numbers, dates, times and background questions (no KAP
    domain: age, gender, school, disability) are never scored; they are kept
    and exported.
* A domain (or subscale) score is the mean item score of the answered items,
  times 100: knowledge is percent correct, attitudes and practices are the
  scale mean rescaled to 0–100. Unanswered items are left out, and the number
  of items each score rests on is reported beside it.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

KNOWLEDGE, ATTITUDES, PRACTICES = "K", "A", "P"
DOMAINS = (KNOWLEDGE, ATTITUDES, PRACTICES)

SINGLE = "single"
MULTI = "multi"
TRUE_FALSE = "truefalse"
LIKERT = "likert"
FREQUENCY = "frequency"
YES_NO = "yesno"
OPEN = "open"
#: XLSForm ``acknowledge``: one box to tick (a consent, "I have read this"),
#: stored as ODK stores it, ``OK``.
ACKNOWLEDGE = "acknowledge"
ACKNOWLEDGED = "OK"

SCALE = "scale"
NUMBER = "number"
DATE = "date"
#: XLSForm ``time`` (a time of day) and ``dateTime`` (a date and a time).
TIME = "time"
DATETIME = "datetime"
BACKGROUND = ""  # the domain of a question that measures nothing (age, school)

#: The built-in 5-point scales: option names 1…5, valued 1…5.
PRESET_SCALES = {
    LIKERT: tuple((str(n), float(n)) for n in range(1, 6)),
    FREQUENCY: tuple((str(n), float(n)) for n in range(1, 6)),
}
#: Ordinal items: scored within their scale, reported with their levels.
ORDINAL_TYPES = {SCALE, *PRESET_SCALES}
CHOICE_TYPES = {SINGLE, MULTI}
KNOWLEDGE_TYPES = {SINGLE, MULTI, TRUE_FALSE}
#: Items whose answer is one of the item's own options.
OPTION_TYPES = {SINGLE, MULTI, SCALE}
UNSCORED_TYPES = {OPEN, NUMBER, DATE, TIME, DATETIME, ACKNOWLEDGE}
#: Answers that are a point in time, stored as ISO 8601 text.
CLOCK_TYPES = {DATE, TIME, DATETIME}


class InvalidAnswer(ValueError):
    """An answer that does not fit the item (unknown option, out of scale...)."""


@dataclass(frozen=True)
class ItemSpec:
    code: str
    domain: str
    item_type: str
    subscale: str = ""
    option_keys: tuple[str, ...] = ()
    correct_keys: frozenset[str] = field(default_factory=frozenset)
    answer_true: bool | None = None
    reverse_coded: bool = False
    #: The number of each option on a scale, in ``option_keys`` order.
    option_values: tuple[float | None, ...] = ()
    #: For numbers: ``True`` when only whole numbers are allowed.
    integer: bool = False

    def scale(self) -> tuple[tuple[str, float], ...]:
        """``((option name, number), ...)`` in the declared order."""
        if self.item_type in PRESET_SCALES:
            return PRESET_SCALES[self.item_type]
        if self.item_type == SCALE:
            return tuple(zip(self.option_keys, self.option_values, strict=True))
        return ()

    def levels(self) -> tuple[str, ...]:
        """The answers an ordinal item can take, lowest number first."""
        return tuple(name for name, _n in sorted(self.scale(), key=lambda p: p[1]))


def check_spec(spec: ItemSpec) -> None:
    """Raise ``ValueError`` if the item cannot be scored as described."""
    if spec.domain not in (*DOMAINS, BACKGROUND):
        raise ValueError(f"{spec.code}: unknown KAP domain {spec.domain!r}")
    if spec.item_type == SCALE:
        if len(spec.option_keys) < 2:
            raise ValueError(f"{spec.code}: a scale needs at least two options")
        if len(set(spec.option_keys)) != len(spec.option_keys):
            raise ValueError(f"{spec.code}: option names must be unique")
        if len(spec.option_values) != len(spec.option_keys) or any(
            value is None for value in spec.option_values
        ):
            raise ValueError(f"{spec.code}: every option of a scale needs a number")
        if len(set(spec.option_values)) != len(spec.option_values):
            raise ValueError(f"{spec.code}: two options of the scale have one number")
    elif spec.item_type in CHOICE_TYPES:
        if not spec.option_keys:
            raise ValueError(f"{spec.code}: a choice item needs options")
        if spec.domain == KNOWLEDGE and len(spec.option_keys) < 2:
            raise ValueError(
                f"{spec.code}: a knowledge item needs at least two options"
            )
        if len(set(spec.option_keys)) != len(spec.option_keys):
            raise ValueError(f"{spec.code}: option ids must be unique")
        if spec.domain == KNOWLEDGE:
            if spec.item_type == SINGLE and len(spec.correct_keys) != 1:
                raise ValueError(
                    f"{spec.code}: a single-choice knowledge item needs exactly one "
                    "correct option"
                )
            if spec.item_type == MULTI and not spec.correct_keys:
                raise ValueError(
                    f"{spec.code}: a multiple-select knowledge item needs at least "
                    "one correct option"
                )
    elif spec.item_type == TRUE_FALSE:
        if spec.answer_true is None:
            raise ValueError(f"{spec.code}: a true/false item needs its correct answer")
    elif spec.item_type not in (
        LIKERT,
        FREQUENCY,
        YES_NO,
        OPEN,
        NUMBER,
        DATE,
        TIME,
        DATETIME,
        ACKNOWLEDGE,
    ):
        raise ValueError(f"{spec.code}: unknown item type {spec.item_type!r}")


def normalise_value(spec: ItemSpec, raw: str | Iterable[str]) -> str:
    """Return the canonical stored form of an answer, or raise ``InvalidAnswer``.

    ``raw`` is a string, or for multiple select an iterable of option names
    (or one string of names separated by spaces or commas).
    """
    if spec.item_type == MULTI:
        names = [raw] if isinstance(raw, str) else raw
        if not isinstance(names, list | tuple | set) or not all(
            isinstance(name, str) for name in names
        ):  # JSON from a device can hold anything: numbers, objects, nesting
            raise InvalidAnswer(f"{spec.code}: expected option names")
        names = sorted(
            {
                name
                for part in names
                for name in part.replace(",", " ").split()
                if name.strip()
            }
        )
        if not names:
            raise InvalidAnswer(f"{spec.code}: no option selected")
        unknown = set(names) - set(spec.option_keys)
        if unknown:
            raise InvalidAnswer(f"{spec.code}: unknown option {sorted(unknown)}")
        return ",".join(names)
    if not isinstance(raw, str):
        raise InvalidAnswer(f"{spec.code}: expected one answer")
    value = raw.strip()
    if spec.item_type == OPEN:
        if not value:
            raise InvalidAnswer(f"{spec.code}: empty answer")
        return value[:4000]
    if spec.item_type in (SINGLE, SCALE):
        if value not in spec.option_keys:
            raise InvalidAnswer(f"{spec.code}: unknown option {value!r}")
        return value
    if spec.item_type == ACKNOWLEDGE:
        if value != ACKNOWLEDGED:
            raise InvalidAnswer(f"{spec.code}: the only answer is {ACKNOWLEDGED}")
        return value
    if spec.item_type == TRUE_FALSE:
        if value not in ("true", "false"):
            raise InvalidAnswer(f"{spec.code}: answer must be true or false")
        return value
    if spec.item_type == YES_NO:
        if value not in ("yes", "no"):
            raise InvalidAnswer(f"{spec.code}: answer must be yes or no")
        return value
    if spec.item_type in PRESET_SCALES:
        names = [name for name, _n in PRESET_SCALES[spec.item_type]]
        if value not in names:
            raise InvalidAnswer(
                f"{spec.code}: answer must be {names[0]} to {names[-1]}"
            )
        return value
    if spec.item_type == NUMBER:
        return _number(spec, value)
    if spec.item_type == DATE:
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            raise InvalidAnswer(f"{spec.code}: not a date (YYYY-MM-DD)") from None
    if spec.item_type == TIME:
        found = time_of_day(value)
        if found is None:
            raise InvalidAnswer(f"{spec.code}: not a time of day (HH:MM)")
        return clock_text(found)
    if spec.item_type == DATETIME:
        found = date_and_time(value)
        if found is None:
            raise InvalidAnswer(f"{spec.code}: not a date and time (YYYY-MM-DDTHH:MM)")
        return clock_text(found)
    raise InvalidAnswer(f"{spec.code}: unknown item type {spec.item_type!r}")


_TIME_RE = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")
_DATETIME_RE = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](.+)")


def clock_text(clock: time | datetime) -> str:
    """The stored text of a time or a date and time, HTML's normalised form
    (``14:30``, ``2026-05-02T14:30``): seconds only when they are not zero.
    It is the only text of each time, and the text order is the time order,
    so the form's expressions compare answers and literals (``. >=
    '08:00'``) as text."""
    return clock.isoformat(timespec="seconds" if clock.second else "minutes")


def time_of_day(text: str) -> time | None:
    """A time as a browser's ``<input type="time">`` sends it (``HH:MM``, or
    ``HH:MM:SS``), or ``None``."""
    match = _TIME_RE.fullmatch(text.strip())
    if match is None:
        return None
    hour, minute, second = (int(part or 0) for part in match.groups())
    try:
        return time(hour, minute, second)
    except ValueError:  # 25:00, 10:61
        return None


def date_and_time(text: str) -> datetime | None:
    """A date and time as ``<input type="datetime-local">`` sends it
    (``YYYY-MM-DDTHH:MM[:SS]``; a space for the ``T`` too, as typed on
    paper), or ``None``. No time zone: the learner's own clock."""
    match = _DATETIME_RE.fullmatch(text.strip())
    if match is None:
        return None
    clock = time_of_day(match.group(2))
    try:
        day = date.fromisoformat(match.group(1))
    except ValueError:
        return None
    return None if clock is None else datetime.combine(day, clock)


def _number(spec: ItemSpec, value: str) -> str:
    try:
        number = Decimal(value.replace(",", ".") if value.count(",") == 1 else value)
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise InvalidAnswer(f"{spec.code}: not a number")
    if spec.integer:
        if number != number.to_integral_value():
            raise InvalidAnswer(f"{spec.code}: a whole number is needed")
        return str(int(number))
    return format(number.normalize(), "f") if number else "0"


def score_item(spec: ItemSpec, value: str) -> float | None:
    """Return the item score between 0 and 1, or ``None`` for unscored items."""
    value = normalise_value(spec, value)
    if spec.domain == BACKGROUND or spec.item_type in UNSCORED_TYPES:
        return None
    if spec.item_type == SINGLE:
        if spec.domain == KNOWLEDGE:
            return 1.0 if value in spec.correct_keys else 0.0
        return None
    if spec.item_type == MULTI:
        if spec.domain == KNOWLEDGE:
            return 1.0 if frozenset(value.split(",")) == spec.correct_keys else 0.0
        return None
    if spec.item_type == TRUE_FALSE:
        return 1.0 if (value == "true") == spec.answer_true else 0.0
    if spec.item_type == YES_NO:
        raw = 1.0 if value == "yes" else 0.0
        return 1.0 - raw if spec.reverse_coded else raw
    scale = dict(spec.scale())
    low, high = min(scale.values()), max(scale.values())
    number = scale[value]
    if spec.reverse_coded:
        number = low + high - number
    return (number - low) / (high - low)


@dataclass
class _Tally:
    total: float = 0.0
    n: int = 0

    def add(self, score: float) -> None:
        self.total += score
        self.n += 1

    def as_dict(self) -> dict:
        return {"score": round(100 * self.total / self.n, 2), "n_items": self.n}


def score_attempt(specs: Iterable[ItemSpec], values: Mapping[str, str]) -> dict:
    """Score an attempt.

    ``values`` maps item code to stored value. Returns
    ``{"domains": {"K": {"score": 80.0, "n_items": 5}, ...},
    "subscales": {"K:privacy": {...}}, "n_answered": 11, "n_scored": 10}``;
    a domain with no answered scored item is absent.
    """
    domains: dict[str, _Tally] = {}
    subscales: dict[str, _Tally] = {}
    n_answered = n_scored = 0
    for spec in specs:
        if spec.code not in values:
            continue
        n_answered += 1
        item_score = score_item(spec, values[spec.code])
        if item_score is None:
            continue
        n_scored += 1
        domains.setdefault(spec.domain, _Tally()).add(item_score)
        if spec.subscale:
            subscales.setdefault(f"{spec.domain}:{spec.subscale}", _Tally()).add(
                item_score
            )
    return {
        "domains": {d: domains[d].as_dict() for d in DOMAINS if d in domains},
        "subscales": {k: v.as_dict() for k, v in sorted(subscales.items())},
        "n_answered": n_answered,
        "n_scored": n_scored,
    }
