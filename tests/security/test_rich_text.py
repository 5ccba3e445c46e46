"""Rich text: a script tag or a javascript: link never reaches a learner.

Rich text enters through two doors: Wagtail's editor (Draftail, whose
contentstate is converted to HTML with only the features a block allows) and
wagtail-localize translations (PO files from outside translators). Both are
tested with hostile input, and no StreamField may offer raw HTML.
"""

import copy
import json

import pytest
from django.apps import apps
from wagtail import blocks
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.fields import StreamField
from wagtail_localize.strings import StringValue

from courses.blocks import RICH_TEXT_FEATURES
from tests.classes.helpers import WEAK, take_test
from tests.factories import MINI_COURSE, build_site, make_user
from tests.security.test_pages import inline_code

HOSTILE = {
    "blocks": [
        {
            "key": "a1",
            "type": "unstyled",
            "depth": 0,
            "text": "<script>alert(1)</script> Tell an adult",
            "inlineStyleRanges": [],
            "entityRanges": [{"offset": 26, "length": 13, "key": 0}],
        }
    ],
    "entityMap": {
        "0": {
            "type": "LINK",
            "mutability": "MUTABLE",
            "data": {"url": "javascript:alert(document.cookie)"},
        }
    },
}


def editor_html(contentstate: dict) -> str:
    """What Wagtail stores when an editor saves this Draftail content."""
    converter = ContentstateConverter(features=RICH_TEXT_FEATURES)
    return converter.to_database_format(json.dumps(contentstate))


class TestEditorInput:
    def test_script_is_escaped_and_javascript_link_dropped(self):
        html = editor_html(HOSTILE)
        assert "<script" not in html
        assert "&lt;script&gt;" in html
        assert "javascript:" not in html
        assert "Tell an adult" in html


class TestTranslations:
    @pytest.mark.parametrize(
        "translated",
        [
            "Hi <script>alert(1)</script>",
            'Hi <a href="javascript:alert(1)">there</a>',
            '<b onclick="alert(1)">Hi</b>',
            "<img src=x onerror=alert(1)>",
        ],
    )
    def test_a_translator_cannot_add_markup(self, translated):
        with pytest.raises(ValueError):
            StringValue.from_translated_html(translated)

    def test_plain_inline_markup_is_still_allowed(self):
        value = StringValue.from_translated_html("Tell <b>an adult</b>")
        assert value.render_text() == "Tell an adult"


def _stream_blocks(block):
    yield block
    for child in getattr(block, "child_blocks", {}).values():
        yield from _stream_blocks(child)
    child = getattr(block, "child_block", None)
    if child is not None:
        yield from _stream_blocks(child)


class TestNoRawHtml:
    def test_no_streamfield_offers_raw_html(self):
        offenders = []
        for model in apps.get_models():
            for field in model._meta.get_fields():
                if isinstance(field, StreamField):
                    for block in _stream_blocks(field.stream_block):
                        if isinstance(block, blocks.RawHTMLBlock):
                            offenders.append(f"{model.__name__}.{field.name}")
        assert offenders == []


@pytest.mark.django_db
class TestRenderedLesson:
    def test_a_lesson_saved_from_hostile_editor_input_renders_inert(self, client):
        data = copy.deepcopy(MINI_COURSE)
        data["lessons"][0]["body"] = [("rich_text", editor_html(HOSTILE))]
        course = build_site(data)
        lesson = course.get_lessons().first()
        reader = make_user("reader", is_child_account=True)
        take_test(reader, course, "pre", WEAK)  # lessons open after the pre-test
        client.force_login(reader)
        response = client.get(lesson.url, follow=True)
        assert response.status_code == 200, response.redirect_chain
        assert response.redirect_chain == [], response.redirect_chain
        page = response.content.decode()
        assert "Tell an adult" in page
        assert "<script>alert" not in page
        assert "javascript:" not in page
        assert not inline_code(page)
