"""XLSForm expressions, as ODK evaluates them: each operator and function the
platform supports, on the forms of expression pyxform's own test forms use
(``${q1} != ''``, ``${age} > 18``, ``selected(${consent}, 'y')``,
``count-selected(${q1})``, ``. > 5``)."""

import pytest

from assessments import expressions
from assessments.expressions import ExpressionError, evaluate, shown

NAMES = ["q1", "age", "consent", "colours", "name", "dob"]
NUMERIC = {"age", "dob"}


def holds(expression, answers, *, current=None, question=""):
    return evaluate(
        expression,
        answers,
        names=NAMES,
        numeric=NUMERIC,
        current=current,
        question=question,
    )


@pytest.mark.parametrize(
    "expression,answers,expected",
    [
        ("${q1} != ''", {"q1": "x"}, True),
        ("${q1} != ''", {}, False),
        ("${q1} = ''", {}, True),
        ("${q1} = ''", {"q1": "x"}, False),
        ("${age} > 18", {"age": "19"}, True),
        ("${age} > 18", {"age": "18"}, False),
        ("${age} > 18", {}, False),  # ODK: an empty answer is NaN, never > 18
        ("not(${age} > 18)", {}, True),
        ("${age} >= 10 and ${age} <= 19", {"age": "10"}, True),
        ("${age} < 10 or ${age} > 19", {"age": "15"}, False),
        ("${age} + 1 = 13", {"age": "12"}, True),
        ("${age} mod 2 = 0", {"age": "12"}, True),
        ("${q1} = 'y'", {"q1": "y"}, True),
        ("${q1} = 1", {"q1": "1"}, True),
        ("selected(${consent}, 'y')", {"consent": "y"}, True),
        ("selected(${colours}, 'red')", {"colours": "blue,red"}, True),
        ("selected(${colours}, 'green')", {"colours": "blue,red"}, False),
        ("not(selected(${colours}, 'green'))", {"colours": "blue,red"}, True),
        ("count-selected(${colours}) >= 2", {"colours": "blue,red"}, True),
        ("count-selected(${colours}) = 0", {}, True),
        ("if(${age} > 18, 'adult', 'child') = 'child'", {"age": "12"}, True),
        ("coalesce(${name}, 'nobody') = 'nobody'", {}, True),
        ("string-length(${name}) > 2", {"name": "Ana"}, True),
        ("contains(${name}, 'n')", {"name": "Ana"}, True),
        ("regex(${name}, '^[A-Z]')", {"name": "Ana"}, True),
        ("int(${age}) = 12", {"age": "12.7"}, True),
        ("${dob} < today()", {"dob": "2013-05-01"}, True),
        # Times and dates with times as stored (scoring.clock_text).
        ("${bed} >= '19:00'", {"bed": "21:30"}, True),
        ("${bed} >= '19:00'", {"bed": "09:30"}, False),
        ("${bed} = '21:30'", {"bed": "21:30"}, True),
        ("${seen} <= now()", {"seen": "2013-05-02T14:30"}, True),
        ("${seen} <= now()", {"seen": "2999-01-01T00:00"}, False),
        ("decimal-time(${bed}) = 0.5", {"bed": "12:00"}, True),
        ("decimal-time(${seen}) = 0.75", {"seen": "2013-05-02T18:00"}, True),
        ("decimal-time(${bed}) > 0", {}, False),  # no answer: NaN, as in ODK
        (
            "decimal-date-time(${seen}) - decimal-date-time(${dob}) = 1.5",
            {"seen": "2013-05-02T12:00", "dob": "2013-05-01"},
            True,
        ),
        ("boolean-from-string(${q1})", {"q1": "true"}, True),
    ],
)
def test_operators_and_functions(expression, answers, expected):
    assert holds(expression, answers) is expected


def test_two_times_compare_through_decimal_time_not_directly():
    """XPath compares two answers with < as numbers, which a time is not:
    the form is told it cannot be evaluated, and ``decimal-time()`` (ODK's
    advice) compares them."""
    answers = {"bed": "21:30", "up": "06:45"}
    with pytest.raises(ExpressionError):
        holds("${up} < ${bed}", answers)
    assert holds("decimal-time(${up}) < decimal-time(${bed})", answers)


@pytest.mark.parametrize(
    "constraint,value,expected",
    [
        (". > 5", "6", True),
        (". > 5", "5", False),
        (". >= 10 and . <= 19", "25", False),
        ("string-length(.) <= 3", "abcd", False),
        ("regex(., '^[0-9]{4}$')", "2026", True),
        (". != ${age}", "12", False),
    ],
)
def test_a_constraint_reads_the_answer_being_given_as_dot(constraint, value, expected):
    assert holds(constraint, {"age": "12"}, current=value, question="q1") is expected


@pytest.mark.parametrize(
    "expression",
    [
        "jr:choice-name(${q1}, '${q1}')",  # a namespaced ODK function
        "once(today())",
        "${age} >",
        "position(..) = 1",
    ],
)
def test_what_cannot_be_evaluated_is_said_not_guessed(expression):
    with pytest.raises(ExpressionError):
        expressions.check(expression)


def test_hiding_cascades_and_an_unreadable_condition_shows_the_question():
    questions = [
        ("phone", ""),
        ("apps", "${phone} = 'yes'"),
        ("chat", "selected(${apps}, 'chat')"),
        ("odd", "once(${phone})"),
    ]
    visible, uncertain = shown(questions, {"phone": "no", "apps": "chat"})
    assert visible == {"phone", "odd"}  # apps hidden, so chat too
    assert uncertain == {"odd"}
    visible, _uncertain = shown(questions, {"phone": "yes", "apps": "chat"})
    assert visible == {"phone", "apps", "chat", "odd"}


# choice_filter: each choice is the context item, its extra columns children
# (pyxform's choice_filter_test.xlsx: counties with a ``cf`` column naming
# their state; King county is in both states, on two rows).
COUNTIES = [
    ("king", [{"cf": "washington"}, {"cf": "texas"}]),
    ("pierce", [{"cf": "washington"}]),
    ("cameron", [{"cf": "texas"}]),
]


@pytest.mark.parametrize(
    "expression,answers,expected",
    [
        ("${state}=cf", {"state": "texas"}, ["king", "cameron"]),
        ("${state}=cf", {"state": "washington"}, ["king", "pierce"]),
        ("${state}=cf", {}, []),  # nothing chosen yet: nothing to offer
        ("cf = ${state} or cf = 'texas'", {"state": "washington"}, COUNTIES),
        ("selected(${colours}, name)", {"colours": "pierce,king"}, ["king", "pierce"]),
        ("name != 'king'", {}, ["pierce", "cameron"]),
        ("starts-with(name, ${q1})", {"q1": "ca"}, ["cameron"]),
    ],
)
def test_choice_filter_keeps_the_choices_odk_keeps(expression, answers, expected):
    if expected is COUNTIES:
        expected = [name for name, _rows in COUNTIES]
    offered = expressions.choices_offered(
        expression, COUNTIES, answers, names=NAMES + ["state"], numeric=NUMERIC
    )
    assert offered == expected


def test_a_choice_filter_the_engine_cannot_read_raises():
    with pytest.raises(ExpressionError):
        expressions.choices_offered(
            "jr:choice-name(${state}, cf)", COUNTIES, {}, names=["state"]
        )


@pytest.mark.parametrize(
    "calculation,answers,expected",
    [
        ("2", {}, "2"),
        ("${age} + 1", {"age": "12"}, "13"),
        ("${age} div 4", {"age": "10"}, "2.5"),
        ("${age} > 18", {"age": "12"}, "false"),
        ("if(${q1}='a', ${name}, 'ERROR')", {"q1": "a", "name": "Ama"}, "Ama"),
        ("if(${q1}='a', ${name}, 'ERROR')", {"q1": "b"}, "ERROR"),
        ("concat(${q1}, '-', ${name})", {"q1": "a", "name": "b"}, "a-b"),
        ("count-selected(${colours})", {"colours": "red,blue"}, "2"),
        ("${age} + 1", {}, None),  # nothing to add to: empty, as in ODK
    ],
)
def test_calculate_gives_what_odk_stores(calculation, answers, expected):
    values = expressions.calculate(
        [("result", calculation)], answers, names=NAMES, numeric=NUMERIC
    )
    assert values.get("result") == expected


def test_a_calculation_may_use_an_earlier_one():
    values = expressions.calculate(
        [("double", "${age} * 2"), ("plus_one", "${double} + 1")],
        {"age": "4"},
        names=NAMES,
        numeric=NUMERIC,
    )
    assert (values["double"], values["plus_one"]) == ("8", "9")
