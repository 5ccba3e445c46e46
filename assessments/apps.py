from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "assessments"
    label = "assessments"
    verbose_name = _("Assessments")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from home.content_cache import content_changed

        from .models import Instrument, Item

        # Tests and their questions are cached with the content
        # (``selectors.instrument_items``, ``localized_instrument``).
        for model in (Instrument, Item):
            label = model._meta.label_lower
            post_save.connect(
                content_changed, sender=model, dispatch_uid=f"c-s-{label}"
            )
            post_delete.connect(
                content_changed, sender=model, dispatch_uid=f"c-d-{label}"
            )
