"""XLSForm expressions (``relevant``, ``constraint``) evaluated on the server.

A form's skip logic and constraints are XPath expressions over the form's
answers, written with ``${name}`` for another question and ``.`` for the
question itself. They are evaluated here with elementpath (a maintained XPath
2.0 engine) on an instance built from the learner's answers, as ODK Collect
and Enketo evaluate them on the XForm's instance: one element per question,
under ``/data``, holding the stored answer (the choice names of a multiple
select separated by spaces, as XForms store them). So the test works without
JavaScript, in both delivery modes.

The functions XLSForms use beyond XPath's own are added: ``selected``,
``count-selected``, ``if``, ``coalesce``, ``regex``, ``int``, ``today``,
``now``, ``decimal-time``, ``decimal-date-time``, ``boolean-from-string``.
Dates, times and dates with times are ISO 8601 text (``scoring``): an answer
compares with a literal or ``today()``/``now()`` as text does, in time order;
``decimal-time()`` and ``decimal-date-time()`` turn them into numbers, as in
ODK, to compare two answers or take a difference. An expression the engine
cannot read is reported at import (``check``); at delivery it counts as
"cannot tell": the question is shown and optional, never hidden on a guess.

Pure functions, no database: the callers pass ``{question name: stored value}``.
"""

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from functools import lru_cache
from xml.etree import ElementTree

from elementpath import XPath2Parser, XPathContext
from elementpath.exceptions import ElementPathError

from . import scoring

#: ``${name}``: another question, in an expression or a label (piping).
REFERENCE = re.compile(r"\$\{([^}\s]+)\}")
# "${x} = ''" (not answered): true for a question without an answer, whatever
# its type, as in ODK's XPath 1.0 (see _instance).
IS_EMPTY = re.compile(r"(\$\{[^}\s]+\})\s*(!?=)\s*(''|\"\")")
# ODK's if(c, a, b) is a function; in XPath 2.0 "if" starts an if-then-else.
IF_CALL = re.compile(r"(?<![\w.-])if\s*\(")
ROOT = "data"


class ExpressionError(ValueError):
    """An expression the platform cannot evaluate."""


def _text(value) -> str:
    """The string value of an argument: a node, an atomic value or nothing."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = value[0] if value else ""
    for attribute in ("string_value", "text"):
        found = getattr(value, attribute, None)
        if found is not None:
            return str(found)
    return str(value)


def _selected(value, choice) -> bool:
    return _text(choice) in _text(value).split()


def _count_selected(value) -> int:
    return len(_text(value).split())


def _if(condition, when_true, when_false):
    return when_true if condition else when_false


def _coalesce(first, second):
    return first if _text(first) != "" else second


def _regex(value, pattern) -> bool:
    return re.search(_text(pattern), _text(value)) is not None


def _int(value) -> int:
    text = _text(value).strip()
    try:
        return int(float(text))
    except ValueError:
        return 0


def _today() -> str:
    return date.today().isoformat()


def _now() -> str:
    """ODK's ``now()``: the date and time on the server's clock (the site's
    time zone, as ``today()``), in the stored form of a ``dateTime`` answer,
    so ``. <= now()`` compares them."""
    return datetime.now().replace(microsecond=0).isoformat()


def _decimal_time(value) -> float:
    """ODK's ``decimal-time()``: a time of day (or the time of a date and
    time) as a fraction of the day, noon 0.5; NaN for anything else."""
    text = _text(value).strip()
    found = scoring.date_and_time(text)
    clock = found.time() if found else scoring.time_of_day(text)
    if clock is None:
        return float("nan")
    return (clock.hour * 3600 + clock.minute * 60 + clock.second) / 86400


def _decimal_date_time(value) -> float:
    """ODK's ``decimal-date-time()``: a date, or a date and time, as days
    since 1970-01-01 (a fraction for the time of day); NaN for anything else.
    The difference of two is a duration in days."""
    text = _text(value).strip()
    found = scoring.date_and_time(text)
    if found is None:
        try:
            found = datetime.combine(date.fromisoformat(text), datetime.min.time())
        except ValueError:
            return float("nan")
    return (found - datetime(1970, 1, 1)).total_seconds() / 86400


def _boolean_from_string(value) -> bool:
    return _text(value).strip().lower() in ("true", "1")


def _parser() -> XPath2Parser:
    parser = XPath2Parser()
    functions = [
        (_selected, "selected", ("item()?", "item()?", "xs:boolean")),
        (_count_selected, "count-selected", ("item()?", "xs:integer")),
        (_if, "odk-if", ("xs:boolean", "item()?", "item()?", "item()?")),
        (_coalesce, "coalesce", ("item()?", "item()?", "item()?")),
        (_regex, "regex", ("item()?", "item()?", "xs:boolean")),
        (_int, "int", ("item()?", "xs:integer")),
        (_today, "today", ("xs:string",)),
        (_now, "now", ("xs:string",)),
        (_decimal_time, "decimal-time", ("item()?", "xs:double")),
        (_decimal_date_time, "decimal-date-time", ("item()?", "xs:double")),
        (_boolean_from_string, "boolean-from-string", ("item()?", "xs:boolean")),
    ]
    for callback, name, types in functions:
        parser.external_function(callback, name=name, sequence_types=types)
    return parser


_PARSER = _parser()


def references(expression: str) -> set[str]:
    """The question names an expression refers to (``${name}``)."""
    return set(REFERENCE.findall(expression))


def _xpath(expression: str) -> str:
    text = IS_EMPTY.sub(r"string(\1) \2 ''", expression)
    text = REFERENCE.sub(lambda m: f"/{ROOT}/{m.group(1)}", text)
    return IF_CALL.sub("odk-if(", text)


@lru_cache(maxsize=2048)
def _compiled(expression: str):
    try:
        return _PARSER.parse(_xpath(expression))
    except (ElementPathError, SyntaxError, ValueError, TypeError) as error:
        raise ExpressionError(str(error)) from error


def check(expression: str) -> None:
    """Raise ``ExpressionError`` if ``expression`` cannot be evaluated."""
    _compiled(expression.strip())  # unknown functions fail here too


def _instance(answers: Mapping[str, str], names: Iterable[str], numeric):
    """``/data`` with one element per question. A number, date or time
    question without an answer has no element: XPath 2.0 cannot compare '' with a
    number (XPath 1.0 made it NaN), and an empty sequence compares false,
    which is what ODK gives."""
    root = ElementTree.Element(ROOT)
    for name in sorted(set(names) | set(answers)):
        value = answers.get(name) or ""
        if name in numeric and not value:
            continue
        try:
            node = ElementTree.SubElement(root, name)
        except ValueError:
            continue
        node.text = value.replace(",", " ")
    return root


def evaluate(
    expression: str,
    answers: Mapping[str, str],
    *,
    names: Iterable[str] = (),
    numeric: Iterable[str] = (),
    current: str | None = None,
    question: str = "",
) -> bool:
    """The truth of ``expression`` for these answers.

    ``current`` is the value ``.`` stands for (a constraint checks the answer
    being given); ``question`` is the name of the question it belongs to;
    ``numeric`` names the number, date and time questions.
    Raises ``ExpressionError`` when the expression cannot be evaluated.
    """
    token = _compiled(expression.strip())
    values = dict(answers)
    if question and current is not None:
        values[question] = current
    root = _instance(values, [*names, *([question] if question else [])], set(numeric))
    item = root.find(question) if question else None
    if item is None:
        item = ElementTree.SubElement(root, "_current")
        item.text = (current or "").replace(",", " ")
    try:
        result = token.evaluate(XPathContext(root, item=item))
    except (ElementPathError, ValueError, TypeError, ArithmeticError) as error:
        raise ExpressionError(str(error)) from error
    if isinstance(result, list):
        return bool(result) and all(bool(value) for value in result)
    return bool(result)


def _string(result) -> str:
    """A calculation's result as ODK stores it: a number without a needless
    ``.0``, ``true``/``false``, a node's text."""
    if isinstance(result, list):
        result = result[0] if result else ""
    if isinstance(result, bool):
        return "true" if result else "false"
    if isinstance(result, float):
        if result != result or result in (float("inf"), float("-inf")):
            return ""
        return str(int(result)) if result.is_integer() else repr(result)
    return _text(result)


def calculate(
    calculations: list[tuple[str, str]],
    answers: Mapping[str, str],
    *,
    names: Iterable[str] = (),
    numeric: Iterable[str] = (),
) -> dict[str, str]:
    """``answers`` with the form's ``calculate`` fields added, computed in the
    form's order (a calculation may use an earlier one). A calculation that
    cannot be evaluated is empty, as in ODK."""
    values = dict(answers)
    names = [*names, *(name for name, _c in calculations)]
    for name, expression in calculations:
        try:
            token = _compiled(expression.strip())
            root = _instance(values, names, set(numeric))
            values[name] = _string(token.evaluate(XPathContext(root)))
        except (ExpressionError, ElementPathError, ValueError, TypeError):
            values[name] = ""
        except ArithmeticError:
            values[name] = ""
        if values[name] == "":
            del values[name]
    return values


def shown(
    questions: list[tuple[str, str]],
    answers: Mapping[str, str],
    numeric: Iterable[str] = (),
    calculations: list[tuple[str, str]] = (),
) -> tuple[set[str], set[str]]:
    """Which questions the learner is shown, given their answers.

    ``questions`` are ``(name, relevant expression)`` in the form's order;
    ``calculations`` the form's ``calculate`` fields ``(name, calculation)``,
    which conditions may use (computed from the shown questions' answers).
    Returns ``(shown, uncertain)``: the names shown, and among them those
    whose condition could not be evaluated (shown, but never required).
    The answer to a hidden question counts as empty for the others, as in
    ODK, so hiding cascades; this is repeated until nothing changes.
    """
    names = [name for name, _relevant in questions]
    calculated = {name for name, _c in calculations}
    numeric = set(numeric) | calculated
    values = calculate(calculations, answers, names=names, numeric=numeric)
    uncertain: set[str] = set()
    visible = set(names)
    for _round in range(len(questions) + 1):
        uncertain = set()
        now_visible = set()
        for name, relevant in questions:
            if not relevant:
                now_visible.add(name)
                continue
            try:
                if evaluate(relevant, values, names=names, numeric=numeric):
                    now_visible.add(name)
            except ExpressionError:
                now_visible.add(name)
                uncertain.add(name)
        values = calculate(
            calculations,
            {name: value for name, value in answers.items() if name in now_visible},
            names=names,
            numeric=numeric,
        )
        if now_visible == visible:
            break
        visible = now_visible
    return visible, uncertain


def choices_offered(
    expression: str,
    choices: list[tuple[str, list[dict]]],
    answers: Mapping[str, str],
    *,
    names: Iterable[str] = (),
    numeric: Iterable[str] = (),
) -> list[str]:
    """The names of the choices a ``choice_filter`` keeps, in order.

    ``choices`` are ``(name, [columns of each of its rows])``: a choice kept
    by any of its rows is offered once. Raises ``ExpressionError`` when the
    filter cannot be evaluated."""
    token = _compiled(expression.strip())
    root = _instance(answers, names, set(numeric))
    offered = []
    for name, rows in choices:
        for columns in rows or [{}]:
            item = ElementTree.Element("item")
            ElementTree.SubElement(item, "name").text = name
            for column, value in columns.items():
                try:
                    ElementTree.SubElement(item, column).text = value
                except ValueError:
                    continue
            try:
                result = token.evaluate(XPathContext(root, item=item))
            except (ElementPathError, ValueError, TypeError, ArithmeticError) as error:
                raise ExpressionError(str(error)) from error
            if isinstance(result, list):
                result = bool(result) and all(bool(value) for value in result)
            if result:
                offered.append(name)
                break
    return offered


def default_is_expression(raw: str) -> bool:
    """A ``default`` that ODK computes (``today()``, ``${q}``, ``/data/q``)
    rather than a value."""
    return any(mark in raw for mark in ("(", "${", "/"))


def default_answer(item_type: str, raw: str):
    """A literal ``default`` as an answer: a multiple select's choice names
    are separated by spaces in XLSForm."""
    return raw.split() if item_type == "multi" else raw
