"""Lesson blocks: small StructBlocks combined into ``LessonStreamBlock``.

Every block renders without JavaScript: choices with feedback use
``<details>``/``<summary>``, which browsers and screen readers support natively.
No block accepts raw HTML.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


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


class LessonStreamBlock(blocks.StreamBlock):
    rich_text = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        template="blocks/rich_text_block.html",
        label=_("Text"),
    )
    callout = CalloutBlock()
    scenario = ScenarioBlock()
    quick_check = QuickCheckBlock()
    facilitator_notes = FacilitatorNotesBlock()
    get_help = GetHelpBlock()
