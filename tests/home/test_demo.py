"""The demo builders in home/demo.py."""

import pytest

from courses.models import LessonPage
from home.demo import _body
from tests.factories import build_site

BLOCKS = [
    ("rich_text", "<p>Your address is personal.</p>"),
    (
        "quick_check",
        {
            "question": "Is your address personal information?",
            "choices": [
                {"text": "Yes", "correct": True, "feedback": "Right."},
                {"text": "No", "correct": False, "feedback": "It is."},
            ],
        },
    ),
    ("facilitator_notes", "Read the question aloud."),
]


def ids_missing(raw, where="body") -> list[str]:
    """Where in a stored StreamField value a block or list item has no id."""
    missing = []
    if isinstance(raw, list):
        for index, entry in enumerate(raw):
            if isinstance(entry, dict) and {"type", "value"} <= entry.keys():
                if not entry.get("id"):
                    missing.append(f"{where}[{index}]")
                missing += ids_missing(entry["value"], f"{where}[{index}]")
            else:
                missing.append(f"{where}[{index}]")
    elif isinstance(raw, dict):
        for key, value in raw.items():
            if isinstance(value, list):
                missing += ids_missing(value, f"{where}.{key}")
    return missing


class TestBody:
    def test_every_block_and_list_item_has_an_id(self, db):
        body = _body(BLOCKS)
        assert [block["type"] for block in body] == [
            "rich_text",
            "quick_check",
            "facilitator_notes",
        ]
        assert ids_missing(body) == []
        choices = body[1]["value"]["choices"]
        assert [c["type"] for c in choices] == ["item", "item"]
        assert [c["value"]["text"] for c in choices] == ["Yes", "No"]
        assert len({c["id"] for c in choices}) == 2
        assert body[2]["value"] == {"text": "Read the question aloud."}

    def test_an_unknown_block_type_is_refused_not_dropped(self, db):
        with pytest.raises(ValueError, match="'txt'"):
            _body([("txt", "<p>Typo in a demo module.</p>")])

    @pytest.mark.django_db
    def test_seeded_lessons_are_stored_with_ids(self):
        course = build_site()
        lessons = LessonPage.objects.descendant_of(course)
        assert lessons.exists()
        for lesson in lessons:
            raw = list(lesson.body.raw_data)
            assert ids_missing(raw) == [], lesson.slug
            revision = lesson.latest_revision.content["body"]
            assert ids_missing(revision) == [], lesson.slug
