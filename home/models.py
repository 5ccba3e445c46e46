from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from courses.blocks import RICH_TEXT_FEATURES

from .serving import ViewRestrictionsMixin


class HomePage(ViewRestrictionsMixin, Page):
    intro = RichTextField(blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CourseIndexPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from courses.models import CoursePage

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = (
            CoursePage.objects.live().descendant_of(self).specific().order_by("path")
        )
        return context


class HelplineKind(models.TextChoices):
    HELPLINE = "helpline", _("Child helpline: talk to someone")
    REPORT = "report", _("Report abuse material or exploitation")
    REMOVAL = "removal", _("Get images removed")


@register_snippet
class Helpline(TranslatableMixin, models.Model):
    """A helpline or reporting contact shown in every "Get help" panel.

    Seed only contacts confirmed from a public source, and keep that source.
    """

    country = models.CharField(
        _("country"),
        max_length=2,
        help_text=_("ISO country code, or * for contacts that serve every country"),
    )
    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(max_length=10, choices=HelplineKind.choices)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    url = models.URLField(_("website"), blank=True)
    hours = models.CharField(_("opening hours"), max_length=120, blank=True)
    description = models.TextField(_("description"), blank=True)
    source = models.URLField(
        _("source"), help_text=_("Public page stating the contact")
    )
    verified_on = models.DateField(_("verified on"))
    sort_order = models.PositiveSmallIntegerField(default=100)

    panels = [
        FieldPanel("country"),
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("phone"),
        FieldPanel("url"),
        FieldPanel("hours"),
        FieldPanel("description"),
        FieldPanel("source"),
        FieldPanel("verified_on"),
        FieldPanel("sort_order"),
    ]
    # Translators change the words; the contact itself (number, address,
    # country, kind, source) always follows the source entry.
    translatable_fields = [
        SynchronizedField("country", overridable=False),
        TranslatableField("name"),
        SynchronizedField("kind", overridable=False),
        SynchronizedField("phone", overridable=False),
        SynchronizedField("url", overridable=False),
        TranslatableField("hours"),
        TranslatableField("description"),
        SynchronizedField("source", overridable=False),
        SynchronizedField("verified_on", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("helpline")
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.country})"
