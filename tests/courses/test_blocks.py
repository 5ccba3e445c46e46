"""Lesson blocks refuse inaccessible media with a clear message."""

import pytest
from wagtail.blocks.struct_block import StructBlockValidationError

from courses.blocks import (
    AudioBlock,
    HandoutBlock,
    ImageBlock,
    LessonStreamBlock,
    VideoBlock,
)
from tests.courses.media import make_captions, make_document, make_image

pytestmark = pytest.mark.django_db


def messages(error: StructBlockValidationError) -> dict:
    """Return {"field": [messages]} plus "__all__" for errors on the whole block."""
    result = {
        name: [str(m) for e in [err] for m in e.messages]
        for name, err in error.block_errors.items()
    }
    if error.non_block_errors:
        result["__all__"] = [str(e.message) for e in error.non_block_errors.as_data()]
    return result


def clean(block, **value):
    return block.clean(block.to_python(value))


class TestImageBlock:
    def test_image_without_alt_text_is_refused(self):
        image = make_image()
        with pytest.raises(StructBlockValidationError) as caught:
            clean(ImageBlock(), image=image.pk, alt_text="  ", decorative=False)
        assert messages(caught.value) == {
            "alt_text": [
                "Describe the image in the alternative text, or tick "
                "“Decorative only” if it adds nothing to the lesson."
            ]
        }

    def test_image_with_alt_text_or_decorative_flag_is_accepted(self):
        image = make_image()
        described = clean(ImageBlock(), image=image.pk, alt_text="Two friends")
        assert described["alt_text"] == "Two friends"
        decorative = clean(ImageBlock(), image=image.pk, decorative=True)
        assert decorative["decorative"] is True

    def test_renders_lazy_responsive_webp_picture_with_alt_and_caption(self):
        image = make_image()
        block = ImageBlock()
        value = block.to_python(
            {"image": image.pk, "alt_text": "Two friends", "caption": "Ask first"}
        )
        html = block.render(value)
        assert "<picture>" in html
        assert 'type="image/webp"' in html
        assert 'loading="lazy"' in html
        assert 'alt="Two friends"' in html
        assert "<figcaption>Ask first</figcaption>" in html
        assert "sizes=" in html and "800w" in html

    def test_decorative_image_has_empty_alt(self):
        image = make_image()
        block = ImageBlock()
        html = block.render(
            block.to_python({"image": image.pk, "alt_text": "x", "decorative": True})
        )
        assert 'alt=""' in html
        assert 'alt="x"' not in html


class TestVideoBlock:
    def test_video_without_captions_or_transcript_is_refused(self):
        video = make_document("talk.mp4")
        with pytest.raises(StructBlockValidationError) as caught:
            clean(VideoBlock(), title="Talking to your child", video_file=video.pk)
        assert messages(caught.value) == {
            "__all__": [
                "Add captions (a WebVTT file) or a transcript: learners who are "
                "deaf, hard of hearing or without sound need one."
            ]
        }

    def test_empty_transcript_does_not_count(self):
        video = make_document("talk.mp4")
        with pytest.raises(StructBlockValidationError) as caught:
            clean(VideoBlock(), title="T", video_file=video.pk, transcript="<p></p>")
        assert "__all__" in messages(caught.value)

    def test_captions_must_be_webvtt(self):
        video = make_document("talk.mp4")
        not_vtt = make_document("captions.txt", b"hello")
        with pytest.raises(StructBlockValidationError) as caught:
            clean(VideoBlock(), title="T", video_file=video.pk, captions=not_vtt.pk)
        found = messages(caught.value)
        assert found["captions"] == ["Captions must be a WebVTT file (ending in .vtt)."]

    def test_video_needs_a_source_and_the_right_file_type(self):
        with pytest.raises(StructBlockValidationError) as caught:
            clean(VideoBlock(), title="T", transcript="<p>Words</p>")
        assert messages(caught.value) == {
            "__all__": ["Choose a video file or give the address of a video to embed."]
        }
        handout = make_document("guide.pdf")
        with pytest.raises(StructBlockValidationError) as caught:
            clean(VideoBlock(), title="T", video_file=handout.pk, transcript="<p>W</p>")
        assert messages(caught.value)["video_file"] == [
            "The video file must be MP4 or WebM."
        ]

    def test_video_with_captions_renders_track_and_no_autoplay(self):
        video = make_document("talk.mp4")
        captions = make_captions()
        block = VideoBlock()
        value = clean(
            block,
            title="Talking",
            video_file=video.pk,
            captions=captions.pk,
            captions_language="en",
        )
        html = block.render(value)
        assert '<track kind="captions"' in html
        assert 'srclang="en"' in html
        assert "controls" in html
        assert "autoplay" not in html

    def test_video_with_transcript_only_is_accepted(self):
        video = make_document("talk.webm")
        value = clean(
            VideoBlock(),
            title="T",
            video_file=video.pk,
            transcript="<p>Hello, this is Amina.</p>",
        )
        assert "Amina" in VideoBlock().render(value)


class TestAudioBlock:
    def test_narration_without_transcript_is_refused(self):
        audio = make_document("story.mp3")
        with pytest.raises(StructBlockValidationError) as caught:
            clean(AudioBlock(), title="Story", audio_file=audio.pk)
        assert messages(caught.value) == {
            "transcript": [
                "Add a transcript of the narration, for learners who cannot hear it."
            ]
        }

    def test_audio_must_be_an_audio_file(self):
        not_audio = make_document("story.pdf")
        with pytest.raises(StructBlockValidationError) as caught:
            clean(
                AudioBlock(), title="S", audio_file=not_audio.pk, transcript="<p>W</p>"
            )
        assert messages(caught.value)["audio_file"] == [
            "The audio file must be MP3, Ogg or M4A."
        ]

    def test_narration_renders_controls_without_autoplay(self):
        audio = make_document("story.ogg")
        block = AudioBlock()
        value = clean(
            block, title="Story", audio_file=audio.pk, transcript="<p>Once…</p>"
        )
        html = block.render(value)
        assert "<audio controls" in html and "autoplay" not in html
        assert "Once…" in html


class TestHandoutBlock:
    def test_handout_links_to_the_document_with_type_and_size(self):
        guide = make_document("parents-guide.pdf", b"%PDF-1.4 " + b"x" * 2000)
        block = HandoutBlock()
        html = block.render(block.to_python({"document": guide.pk, "title": "Guide"}))
        assert guide.url in html
        assert "PDF" in html and "KB" in html
        assert ">Guide</a>" in html


class TestLessonStreamBlock:
    def test_has_no_raw_html_block(self):
        from wagtail.blocks import RawHTMLBlock

        stream = LessonStreamBlock()
        assert not any(
            isinstance(block, RawHTMLBlock) for block in stream.child_blocks.values()
        )


class TestLessonImageEnsure:
    def test_adds_a_drawn_illustration_once_and_it_renders(self, client, course):
        from django.conf import settings

        from courses.illustrations import draw_three_steps_png
        from courses.models import LessonPage
        from courses.services import lesson_image_ensure

        png = draw_three_steps_png(
            ["Stop chatting", "Block and report", "Tell a trusted adult"],
            font_path=settings.CERTIFICATE_FONT,
        )
        assert png.startswith(b"\x89PNG")
        lesson = course.get_lessons().first()
        for _ in range(2):
            lesson_image_ensure(
                lesson=LessonPage.objects.get(pk=lesson.pk),
                png=png,
                title="Three steps",
                alt_text="Three steps: stop, block and report, tell.",
            )
        lesson = LessonPage.objects.get(pk=lesson.pk)
        images = [b for b in lesson.body if b.block_type == "image"]
        assert len(images) == 1
        assert [b.block_type for b in lesson.body] == [
            "rich_text",
            "quick_check",
            "image",
            "facilitator_notes",
        ]
        html = images[0].render()
        assert 'alt="Three steps: stop, block and report, tell."' in html
        assert "image/webp" in html
