"""The platform's own answer labels for its built-in scales.

One definition, used where a test is taken, printed, exported and written
back as an XLSForm. A form's own scale (``scoring.SCALE``) carries its own
labels in its options instead.
"""

from django.utils import translation
from django.utils.translation import gettext_lazy

from . import scoring

SCALE_LABELS = {
    scoring.LIKERT: [
        ("1", gettext_lazy("Strongly disagree")),
        ("2", gettext_lazy("Disagree")),
        ("3", gettext_lazy("Not sure")),
        ("4", gettext_lazy("Agree")),
        ("5", gettext_lazy("Strongly agree")),
    ],
    scoring.FREQUENCY: [
        ("1", gettext_lazy("Never")),
        ("2", gettext_lazy("Rarely")),
        ("3", gettext_lazy("Sometimes")),
        ("4", gettext_lazy("Often")),
        ("5", gettext_lazy("Always")),
    ],
    scoring.YES_NO: [("yes", gettext_lazy("Yes")), ("no", gettext_lazy("No"))],
    scoring.ACKNOWLEDGE: [(scoring.ACKNOWLEDGED, gettext_lazy("Yes, I agree"))],
    scoring.TRUE_FALSE: [
        ("true", gettext_lazy("True")),
        ("false", gettext_lazy("False")),
    ],
}


def answer_labels(item_type: str, options: list[dict], language: str | None = None):
    """``[(stored value, label), ...]`` of an item's answers, in order.

    Options of the item itself (choices and a form's own scale) in the
    language they were written in; the built-in scales' labels in
    ``language`` (the active language when ``None``).
    """
    if item_type in SCALE_LABELS:
        with translation.override(language or translation.get_language()):
            return [(value, str(label)) for value, label in SCALE_LABELS[item_type]]
    return [(option["key"], option["text"]) for option in options]
