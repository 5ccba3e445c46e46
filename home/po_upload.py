"""A stricter PO upload for wagtail-localize's translation editor.

wagtail-localize's own upload view accepts files polib reads leniently (a
missing quote silently cuts a string) and fails with a server error when the
file has no translation id. This view, registered on the same admin URL, checks
the whole file first and refuses it with a clear message, so nothing is
imported from a file that is malformed or made for another page; a valid file
is imported by wagtail-localize as before, and entries it could not match are
reported instead of being dropped silently.
"""

import polib
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import user_can_edit_instance

from .catalogues import PO_LINE

MAX_PO_BYTES = 2 * 1024 * 1024


class POUploadError(Exception):
    """An uploaded PO file that must not be imported; the message is for editors."""


def parse_uploaded_po(upload, *, translation: Translation) -> polib.POFile:
    """Return the parsed PO file, or raise ``POUploadError`` saying what is wrong."""
    if upload is None:
        raise POUploadError(_("Choose a PO file to upload."))
    if upload.size > MAX_PO_BYTES:
        raise POUploadError(_("This file is too large to be a translation file."))
    try:
        text = upload.read().decode("utf-8")
    except UnicodeDecodeError as error:
        raise POUploadError(
            _("This file is not a PO file saved as UTF-8 text.")
        ) from error
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#") and not PO_LINE.match(stripped):
            raise POUploadError(
                _("This is not a valid PO file: line %(line)d is malformed.")
                % {"line": number}
            )
    try:
        po = polib.pofile(text)
    except (OSError, ValueError) as error:
        raise POUploadError(
            _("This is not a valid PO file: %(error)s") % {"error": error}
        ) from error
    translation_id = po.metadata.get("X-WagtailLocalize-TranslationID")
    if translation_id is None:
        raise POUploadError(
            _(
                "This PO file has no translation id. Download the PO file for "
                "this page from the translation editor and fill in that file."
            )
        )
    if translation_id != str(translation.uuid):
        raise POUploadError(
            _(
                "This PO file was made for a different page or language. Nothing "
                "was imported."
            )
        )
    return po


@require_POST
def upload_pofile(request, translation_id):
    """Import a translator's PO file into one translation, or refuse it whole."""
    translation = get_object_or_404(Translation, id=translation_id)
    if not user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    next_url = get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")
    try:
        po = parse_uploaded_po(request.FILES.get("file"), translation=translation)
    except POUploadError as error:
        messages.error(request, str(error))
        return redirect(next_url)
    warnings = translation.import_po(po, user=request.user, tool_name="PO File")
    messages.success(request, _("Successfully imported translations from PO File."))
    if warnings:
        messages.warning(
            request,
            ngettext(
                "%(n)d entry in the file did not match this page and was ignored.",
                "%(n)d entries in the file did not match this page and were ignored.",
                len(warnings),
            )
            % {"n": len(warnings)},
        )
    return redirect(next_url)
