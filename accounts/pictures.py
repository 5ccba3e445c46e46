"""Picture passwords for young children: pure functions, no database.

A child picks ``PICTURE_PASSWORD_LENGTH`` pictures, in order, from
``PICTURES``. The sequence becomes an ordinary password string
(``"pic:cat-sun-tree"``) that Django hashes with ``set_password`` and checks with
``authenticate``, so it is stored exactly as safely as a typed password.
There are 9 × 8 × 7 = 504 sequences (no picture twice), which is why every
picture sign-in is rate-limited.
"""

import secrets

from django.utils.translation import gettext_lazy as _

PICTURE_PASSWORD_LENGTH = 3
PREFIX = "pic:"

# key -> (symbol shown, accessible label). The symbol is decorative; the label
# is the name a child (or the screen reader) says.
PICTURES = {
    "cat": ("🐱", _("cat")),
    "dog": ("🐶", _("dog")),
    "fish": ("🐟", _("fish")),
    "sun": ("☀️", _("sun")),
    "moon": ("🌙", _("moon")),
    "tree": ("🌳", _("tree")),
    "car": ("🚗", _("car")),
    "ball": ("⚽", _("ball")),
    "apple": ("🍎", _("apple")),
}


class PictureSequenceError(ValueError):
    pass


def picture_choices() -> list[tuple[str, str]]:
    return [(key, label) for key, (_symbol, label) in PICTURES.items()]


def picture_password(keys: list[str]) -> str:
    """Return the password string for an ordered list of picture keys.

    Raises ``PictureSequenceError`` for the wrong length, an unknown picture or
    the same picture twice.
    """
    if len(keys) != PICTURE_PASSWORD_LENGTH:
        raise PictureSequenceError(
            _("Choose %(n)d pictures.") % {"n": PICTURE_PASSWORD_LENGTH}
        )
    if any(key not in PICTURES for key in keys):
        raise PictureSequenceError(_("Choose pictures from the list."))
    if len(set(keys)) != len(keys):
        raise PictureSequenceError(_("Choose a different picture each time."))
    return PREFIX + "-".join(keys)


def random_picture_sequence() -> list[str]:
    """Return a random ordered sequence of distinct picture keys."""
    pool = list(PICTURES)
    chosen = []
    for _position in range(PICTURE_PASSWORD_LENGTH):
        key = secrets.choice(pool)
        pool.remove(key)
        chosen.append(key)
    return chosen


def picture_labels(keys: list[str]) -> list[dict]:
    """Return ``[{"key", "symbol", "label"}]`` for showing a sequence on a card."""
    return [
        {"key": key, "symbol": PICTURES[key][0], "label": PICTURES[key][1]}
        for key in keys
    ]
