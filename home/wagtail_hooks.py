from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .demo_translations import DEMO_LOG_ACTION


@hooks.register("register_log_actions")
def register_demo_translation_action(actions):
    actions.register_action(
        DEMO_LOG_ACTION,
        _("Demo translation"),
        _("Created as a demo translation: check it before using it with learners"),
    )
