from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    label = "home"
    verbose_name = _("Home")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import content_cache, language  # noqa: F401  (language: sign-in signal)
        from .uploads import pillow_limit_set

        pillow_limit_set()
        content_cache.connect()
