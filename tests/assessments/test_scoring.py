"""Scoring rules: pure functions, no database."""

import pytest

from assessments import scoring
from assessments.scoring import InvalidAnswer, ItemSpec

SINGLE = ItemSpec(
    "K01", "K", "single", option_keys=("A", "B", "C"), correct_keys=frozenset({"B"})
)
MULTI = ItemSpec(
    "K02",
    "K",
    "multi",
    option_keys=("A", "B", "C", "D"),
    correct_keys=frozenset({"A", "C"}),
)
TRUE_FALSE = ItemSpec("K03", "K", "truefalse", answer_true=False)
LIKERT = ItemSpec("A01", "A", "likert", subscale="help")
LIKERT_REVERSED = ItemSpec("A02", "A", "likert", subscale="help", reverse_coded=True)
FREQUENCY = ItemSpec("P01", "P", "frequency")
YES_NO_RISKY = ItemSpec("P02", "P", "yesno", reverse_coded=True)
OPEN = ItemSpec("A09", "A", "open")


class TestScoreItem:
    def test_single_choice_right_and_wrong(self):
        assert scoring.score_item(SINGLE, "B") == 1.0
        assert scoring.score_item(SINGLE, "A") == 0.0

    def test_multiple_select_needs_exactly_the_key(self):
        assert scoring.score_item(MULTI, "A,C") == 1.0
        assert scoring.score_item(MULTI, "C,A") == 1.0
        assert scoring.score_item(MULTI, "A") == 0.0
        assert scoring.score_item(MULTI, "A,B,C") == 0.0

    def test_true_false(self):
        assert scoring.score_item(TRUE_FALSE, "false") == 1.0
        assert scoring.score_item(TRUE_FALSE, "true") == 0.0

    def test_likert_rescaled_to_unit_interval(self):
        assert [scoring.score_item(LIKERT, str(v)) for v in range(1, 6)] == [
            0.0,
            0.25,
            0.5,
            0.75,
            1.0,
        ]

    def test_likert_reverse_coded(self):
        assert scoring.score_item(LIKERT_REVERSED, "5") == 0.0
        assert scoring.score_item(LIKERT_REVERSED, "1") == 1.0
        assert scoring.score_item(LIKERT_REVERSED, "2") == 0.75

    def test_frequency_scale(self):
        assert scoring.score_item(FREQUENCY, "4") == 0.75

    def test_risky_behaviour_checklist_is_reversed(self):
        assert scoring.score_item(YES_NO_RISKY, "yes") == 0.0
        assert scoring.score_item(YES_NO_RISKY, "no") == 1.0

    def test_open_text_is_never_scored(self):
        assert scoring.score_item(OPEN, "I would talk to my child") is None


class TestNormaliseValue:
    def test_multi_select_is_sorted_and_deduplicated(self):
        assert scoring.normalise_value(MULTI, ["C", "A", "C"]) == "A,C"

    @pytest.mark.parametrize(
        ("spec", "value"),
        [
            (SINGLE, "Z"),
            (MULTI, ["A", "Z"]),
            (MULTI, []),
            (TRUE_FALSE, "maybe"),
            (LIKERT, "6"),
            (LIKERT, "0"),
            (FREQUENCY, "2.5"),
            (YES_NO_RISKY, "sometimes"),
            (OPEN, "   "),
        ],
    )
    def test_refuses_answers_that_do_not_fit(self, spec, value):
        with pytest.raises(InvalidAnswer):
            scoring.normalise_value(spec, value)


class TestScoreAttempt:
    def test_domain_and_subscale_scores(self):
        specs = [
            SINGLE,
            MULTI,
            TRUE_FALSE,
            LIKERT,
            LIKERT_REVERSED,
            FREQUENCY,
            YES_NO_RISKY,
            OPEN,
        ]
        values = {
            "K01": "B",  # right
            "K02": "A",  # wrong
            "K03": "false",  # right
            "A01": "4",  # 0.75
            "A02": "2",  # reversed: 0.75
            "P01": "3",  # 0.5
            "P02": "no",  # reversed: 1.0
            "A09": "free text",
        }
        result = scoring.score_attempt(specs, values)
        assert result["domains"] == {
            "K": {"score": 66.67, "n_items": 3},
            "A": {"score": 75.0, "n_items": 2},
            "P": {"score": 75.0, "n_items": 2},
        }
        assert result["subscales"] == {"A:help": {"score": 75.0, "n_items": 2}}
        assert result["n_answered"] == 8
        assert result["n_scored"] == 7

    def test_unanswered_items_are_left_out(self):
        result = scoring.score_attempt([SINGLE, LIKERT], {"K01": "B"})
        assert result["domains"] == {"K": {"score": 100.0, "n_items": 1}}


class TestCheckSpec:
    def test_single_choice_knowledge_needs_one_key(self):
        with pytest.raises(ValueError, match="exactly one"):
            scoring.check_spec(ItemSpec("K01", "K", "single", option_keys=("A", "B")))

    def test_true_false_needs_answer(self):
        with pytest.raises(ValueError, match="correct answer"):
            scoring.check_spec(ItemSpec("K03", "K", "truefalse"))

    def test_unknown_domain(self):
        with pytest.raises(ValueError, match="domain"):
            scoring.check_spec(ItemSpec("X01", "X", "likert"))
