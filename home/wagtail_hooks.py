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


@hooks.register("register_admin_urls")
def register_po_upload_url():
    """Take over wagtail-localize's PO upload URL (home is listed before it)."""
    from django.urls import path

    from .po_upload import upload_pofile

    return [
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            upload_pofile,
            name="elearn_upload_pofile",
        )
    ]
