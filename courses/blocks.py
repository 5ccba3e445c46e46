"""Lesson blocks: small StructBlocks combined into ``LessonStreamBlock``.

Every block renders without JavaScript: choices with feedback use
``<details>``/``<summary>``, which browsers and screen readers support natively.
No block accepts raw HTML.
"""

import posixpath

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]

# File types each media block accepts, by the document's file extension.
VIDEO_EXTENSIONS = {"mp4": "video/mp4", "webm": "video/webm"}
AUDIO_EXTENSIONS = {
    "mp3": "audio/mpeg",
    "ogg": "audio/ogg",
    "oga": "audio/ogg",
    "m4a": "audio/mp4",
}
CAPTION_EXTENSIONS = {"vtt": "text/vtt"}


def document_extension(document) -> str:
    """Return the lower-case extension of a Wagtail document's file, without dot."""
    if document is None:
        return ""
    return posixpath.splitext(document.file.name)[1].lstrip(".").lower()


def _has_text(value) -> bool:
    """True if a rich text or plain text value holds anything but whitespace."""
    source = getattr(value, "source", value) or ""
    return bool(str(source).replace("<p></p>", "").strip())


class CalloutBlock(blocks.StructBlock):
    """A highlighted box: a tip, a warning, or "talk to a trusted adult"."""

    kind = blocks.ChoiceBlock(
        choices=[
            ("tip", _("Tip")),
            ("warning", _("Warning")),
            ("trusted_adult", _("Talk to a trusted adult")),
        ],
        default="tip",
    )
    title = blocks.CharBlock(max_length=120)
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        template = "blocks/callout_block.html"
        label = _("Callout")


class ScenarioChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300)
    feedback = blocks.TextBlock()
    best = blocks.BooleanBlock(required=False, label=_("Best choice"))


class ScenarioBlock(blocks.StructBlock):
    """A "what would you do?" situation with choices, each with feedback."""

    title = blocks.CharBlock(max_length=120)
    situation = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)
    prompt = blocks.CharBlock(max_length=200, default=_("What would you do?"))
    choices = blocks.ListBlock(ScenarioChoiceBlock(), min_num=2, max_num=6)

    class Meta:
        icon = "help"
        template = "blocks/scenario_block.html"
        label = _("Scenario")


class QuickCheckChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300)
    correct = blocks.BooleanBlock(required=False)
    feedback = blocks.TextBlock()


class QuickCheckBlock(blocks.StructBlock):
    """A formative question with feedback; never counted in KAP scores."""

    question = blocks.CharBlock(max_length=300)
    choices = blocks.ListBlock(QuickCheckChoiceBlock(), min_num=2, max_num=6)

    class Meta:
        icon = "tick"
        template = "blocks/quick_check_block.html"
        label = _("Quick check")


class FacilitatorNotesBlock(blocks.StructBlock):
    """Notes for classroom delivery, shown to teachers and editors only."""

    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "user"
        template = "blocks/facilitator_notes_block.html"
        label = _("Facilitator notes")


class GetHelpBlock(blocks.StructBlock):
    """Shows the helplines and reporting contacts for the learner's country."""

    heading = blocks.CharBlock(max_length=120, default=_("Who can help"))

    class Meta:
        icon = "site"
        template = "blocks/get_help_block.html"
        label = _("Get help panel")


class ImageBlock(blocks.StructBlock):
    """An illustration served as responsive WebP/JPEG renditions.

    Editors must describe the image for screen-reader users, or say that it is
    decorative (then it is hidden from assistive technology with ``alt=""``).
    """

    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        label=_("Alternative text"),
        help_text=_(
            "What the image shows, for people who cannot see it. "
            "Leave empty only if the image is decorative."
        ),
    )
    decorative = blocks.BooleanBlock(
        required=False,
        label=_("Decorative only"),
        help_text=_("Tick if the image adds nothing that the text does not say."),
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("decorative") and not (value.get("alt_text") or "").strip():
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _(
                            "Describe the image in the alternative text, or tick "
                            "“Decorative only” if it adds nothing to the lesson."
                        ),
                        code="alt_text_required",
                    )
                }
            )
        return value


class VideoBlock(blocks.StructBlock):
    """A video from an uploaded file or an embed, never without captions or a
    transcript. It never plays by itself."""

    title = blocks.CharBlock(max_length=120)
    video_file = DocumentChooserBlock(
        required=False,
        label=_("Video file"),
        help_text=_("An MP4 or WebM file uploaded to Documents."),
    )
    embed = EmbedBlock(
        required=False,
        label=_("Or an embedded video"),
        help_text=_("A video address, e.g. from a video-sharing site."),
    )
    captions = DocumentChooserBlock(
        required=False,
        label=_("Captions (WebVTT)"),
        help_text=_("A .vtt captions file uploaded to Documents."),
    )
    captions_language = blocks.CharBlock(
        max_length=10,
        default="en",
        label=_("Captions language code"),
        help_text=_("For example en, fr, ar."),
    )
    transcript = blocks.RichTextBlock(
        required=False,
        features=RICH_TEXT_FEATURES,
        help_text=_("Everything that is said and shown, as text."),
    )

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        label = _("Video")

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        non_block = []
        video, embed = value.get("video_file"), value.get("embed")
        if video is None and not embed:
            non_block.append(
                ValidationError(
                    _("Choose a video file or give the address of a video to embed."),
                    code="video_source_required",
                )
            )
        elif video is not None and embed:
            non_block.append(
                ValidationError(
                    _("Choose either a video file or an embedded video, not both."),
                    code="video_source_ambiguous",
                )
            )
        if video is not None and document_extension(video) not in VIDEO_EXTENSIONS:
            errors["video_file"] = ValidationError(
                _("The video file must be MP4 or WebM."), code="video_type"
            )
        captions = value.get("captions")
        if captions is not None and document_extension(captions) not in (
            CAPTION_EXTENSIONS
        ):
            errors["captions"] = ValidationError(
                _("Captions must be a WebVTT file (ending in .vtt)."),
                code="captions_type",
            )
        if captions is None and not _has_text(value.get("transcript")):
            non_block.append(
                ValidationError(
                    _(
                        "Add captions (a WebVTT file) or a transcript: learners who "
                        "are deaf, hard of hearing or without sound need one."
                    ),
                    code="captions_or_transcript_required",
                )
            )
        if errors or non_block:
            raise StructBlockValidationError(
                block_errors=errors, non_block_errors=ErrorList(non_block)
            )
        return value


class AudioBlock(blocks.StructBlock):
    """Narration for young or low-literacy learners, always with a transcript."""

    title = blocks.CharBlock(max_length=120)
    audio_file = DocumentChooserBlock(
        label=_("Audio file"),
        help_text=_("An MP3, Ogg or M4A file uploaded to Documents."),
    )
    transcript = blocks.RichTextBlock(required=False, features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "media"
        template = "blocks/audio_block.html"
        label = _("Audio narration")

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if document_extension(value.get("audio_file")) not in AUDIO_EXTENSIONS:
            errors["audio_file"] = ValidationError(
                _("The audio file must be MP3, Ogg or M4A."), code="audio_type"
            )
        if not _has_text(value.get("transcript")):
            errors["transcript"] = ValidationError(
                _(
                    "Add a transcript of the narration, for learners who cannot "
                    "hear it."
                ),
                code="transcript_required",
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class HandoutBlock(blocks.StructBlock):
    """A downloadable document, e.g. a parents' guide or a classroom worksheet."""

    document = DocumentChooserBlock()
    title = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text=_("Shown as the link text; the document's title if empty."),
    )
    description = blocks.TextBlock(required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/handout_block.html"
        label = _("Handout")


class LessonStreamBlock(blocks.StreamBlock):
    rich_text = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        template="blocks/rich_text_block.html",
        label=_("Text"),
    )
    callout = CalloutBlock()
    scenario = ScenarioBlock()
    quick_check = QuickCheckBlock()
    image = ImageBlock()
    video = VideoBlock()
    audio = AudioBlock()
    handout = HandoutBlock()
    facilitator_notes = FacilitatorNotesBlock()
    get_help = GetHelpBlock()
