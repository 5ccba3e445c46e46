"""Scoring of KAP items and attempts: pure functions, no database.

Conventions (documented in the README's "Scoring" section):

* Values are strings as stored in ``Response.value``: an option key (``"B"``)
  for single choice, sorted keys joined by commas (``"A,C"``) for multiple
  select, ``"true"``/``"false"``, ``"1"``…``"5"`` on agreement and frequency
  scales, ``"yes"``/``"no"`` on behaviour checklists, free text for open items.
* Every scored item gets a score between 0 and 1:
  - knowledge items are right (1) or wrong (0); a multiple-select item is
    right only when the selected set equals the answer key exactly, so every
    knowledge item stays dichotomous (as KR-20 and McNemar's test require);
  - scale items are rescaled, ``(value - 1) / (points - 1)``, after reverse
    coding (``points + 1 - value``) for negatively worded statements and risky
    behaviours; "yes" counts as 1 and "no" as 0 before reverse coding;
  - open text is never scored.
* A domain (or subscale) score is the mean item score of the answered items,
  times 100: knowledge is percent correct, attitudes and practices are the
  scale mean rescaled to 0–100. Unanswered items are left out, and the number
  of items each score rests on is reported beside it.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

KNOWLEDGE, ATTITUDES, PRACTICES = "K", "A", "P"
DOMAINS = (KNOWLEDGE, ATTITUDES, PRACTICES)

SINGLE = "single"
MULTI = "multi"
TRUE_FALSE = "truefalse"
LIKERT = "likert"
FREQUENCY = "frequency"
YES_NO = "yesno"
OPEN = "open"

SCALE_POINTS = {LIKERT: 5, FREQUENCY: 5}
CHOICE_TYPES = {SINGLE, MULTI}
KNOWLEDGE_TYPES = {SINGLE, MULTI, TRUE_FALSE}


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


def check_spec(spec: ItemSpec) -> None:
    """Raise ``ValueError`` if the item cannot be scored as described."""
    if spec.domain not in DOMAINS:
        raise ValueError(f"{spec.code}: unknown KAP domain {spec.domain!r}")
    if spec.item_type in CHOICE_TYPES:
        if len(spec.option_keys) < 2:
            raise ValueError(f"{spec.code}: a choice item needs at least two options")
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
    elif spec.item_type not in (LIKERT, FREQUENCY, YES_NO, OPEN):
        raise ValueError(f"{spec.code}: unknown item type {spec.item_type!r}")


def normalise_value(spec: ItemSpec, raw: str | Iterable[str]) -> str:
    """Return the canonical stored form of an answer, or raise ``InvalidAnswer``.

    ``raw`` is a string, or for multiple select an iterable of option keys.
    """
    if spec.item_type == MULTI:
        keys = [raw] if isinstance(raw, str) else list(raw)
        keys = sorted(
            {k.strip() for part in keys for k in part.split(",") if k.strip()}
        )
        if not keys:
            raise InvalidAnswer(f"{spec.code}: no option selected")
        unknown = set(keys) - set(spec.option_keys)
        if unknown:
            raise InvalidAnswer(f"{spec.code}: unknown option {sorted(unknown)}")
        return ",".join(keys)
    if not isinstance(raw, str):
        raise InvalidAnswer(f"{spec.code}: expected one answer")
    value = raw.strip()
    if spec.item_type == OPEN:
        if not value:
            raise InvalidAnswer(f"{spec.code}: empty answer")
        return value[:4000]
    if spec.item_type == SINGLE:
        if value not in spec.option_keys:
            raise InvalidAnswer(f"{spec.code}: unknown option {value!r}")
        return value
    if spec.item_type == TRUE_FALSE:
        if value not in ("true", "false"):
            raise InvalidAnswer(f"{spec.code}: answer must be true or false")
        return value
    if spec.item_type == YES_NO:
        if value not in ("yes", "no"):
            raise InvalidAnswer(f"{spec.code}: answer must be yes or no")
        return value
    if spec.item_type in SCALE_POINTS:
        points = SCALE_POINTS[spec.item_type]
        if value not in {str(n) for n in range(1, points + 1)}:
            raise InvalidAnswer(f"{spec.code}: answer must be 1 to {points}")
        return value
    raise InvalidAnswer(f"{spec.code}: unknown item type {spec.item_type!r}")


def score_item(spec: ItemSpec, value: str) -> float | None:
    """Return the item score between 0 and 1, or ``None`` for unscored items."""
    value = normalise_value(spec, value)
    if spec.item_type == OPEN:
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
    points = SCALE_POINTS[spec.item_type]
    number = int(value)
    if spec.reverse_coded:
        number = points + 1 - number
    return (number - 1) / (points - 1)


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
