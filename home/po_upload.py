"""A stricter PO upload for wagtail-localize's translation editor.

wagtail-localize's own upload view accepts files polib reads leniently (a
missing quote silently cuts a string) and fails with a server error when the
file has no translation id. This view, registered on the same admin URL, checks
the whole file first and refuses it with a clear message, so nothing is
imported from a file that is malformed or made for another page.

A valid file is then imported entry by entry (:func:`po_import`): entries
wagtail-localize would store as errors, or could not match to the page, are
refused and listed, and the message says how many were imported and how many
refused instead of claiming success.
"""

from dataclasses import dataclass, field

import polib
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail_localize.models import (
    Translation,
    UnknownContext,
    UnknownString,
)
from wagtail_localize.strings import (
    StringValue,
    extract_ids,
    validate_translation_links,
)
from wagtail_localize.views.edit_translation import user_can_edit_instance

from .catalogues import PO_LINE

MAX_PO_BYTES = 2 * 1024 * 1024
#: Characters of a refused entry's msgid shown in the message, and entries listed.
SHOWN_MSGID_CHARS = 60
MAX_LISTED = 20


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


@dataclass
class RefusedEntry:
    line: int  # where the entry starts in the file
    msgid: str
    reason: str


@dataclass
class POImportResult:
    imported: int = 0
    refused: list[RefusedEntry] = field(default_factory=list)


def translation_problem(msgid: str, msgstr: str) -> str | None:
    """Why a translation cannot go on the page, or None.

    The first two checks are the ones wagtail-localize makes when it stores a
    translation (``StringTranslation.save``: tags allowed in a string, link ids
    known to the source); the last keeps every link of the source, so that a
    link (to a helpline, say) is not lost from the translated page.
    """
    try:
        StringValue.from_translated_html(msgstr)
        validate_translation_links(msgid, msgstr)
    except ValueError as error:
        return str(error)
    missing = sorted(extract_ids(msgid) - extract_ids(msgstr))
    if missing:
        return ngettext(
            "the link %(links)s of the original is missing.",
            "the links %(links)s of the original are missing.",
            len(missing),
        ) % {"links": ", ".join(f'<a id="{link}">' for link in missing)}
    return None


def _unmatched_reason(warning) -> str:
    """What one of ``import_po``'s warnings means, for the editor (the last:
    ``StringNotUsedInContext``)."""
    if isinstance(warning, UnknownString):
        return _("this text (msgid) is not on this page; do not change msgid.")
    if isinstance(warning, UnknownContext):
        return _("its msgctxt is not a place on this page; do not change msgctxt.")
    return _("this text is not used at that place on this page.")


def po_import(*, translation: Translation, po: polib.POFile, user) -> POImportResult:
    """Import a checked PO file's translations into ``translation``, refusing
    each entry that could not be used, and return what was imported and refused.

    Works around wagtail-localize (1.14): ``Translation.import_po`` stores a
    translation whose HTML is not allowed, or whose link ids are unknown to the
    source, flagged ``has_error`` (it keeps invalid values so they can be fixed
    in the editor, and leaves them out when publishing: wagtail/wagtail-localize
    #305), replacing an earlier good translation and reporting nothing; it
    returns only the entries it could not match, and its upload view ignores
    even those and always says "Successfully imported translations from PO
    File.". Here the entries that would be flagged are refused before the
    import, so an earlier translation stays, and the unmatched ones are refused
    too. Entries left empty are neither: the page shows the source text.
    """
    result = POImportResult()
    accepted = polib.POFile()
    accepted.metadata = po.metadata
    for entry in po:
        if not entry.msgstr:
            continue
        problem = translation_problem(entry.msgid, entry.msgstr)
        if problem is None:
            accepted.append(entry)
        else:
            result.refused.append(RefusedEntry(entry.linenum, entry.msgid, problem))
    with transaction.atomic():
        warnings = translation.import_po(accepted, user=user, tool_name="PO File")
    for warning in warnings:
        entry = accepted[warning.index]
        result.refused.append(
            RefusedEntry(entry.linenum, entry.msgid, _unmatched_reason(warning))
        )
    result.refused.sort(key=lambda refused: refused.line)
    result.imported = len(accepted) - len(warnings)
    return result


def _refused_list(refused: list[RefusedEntry]):
    items = format_html_join(
        "",
        "<li>{}</li>",
        (
            (
                _("Line %(line)d, “%(msgid)s”: %(reason)s")
                % {
                    "line": entry.line,
                    "msgid": Truncator(" ".join(entry.msgid.split())).chars(
                        SHOWN_MSGID_CHARS
                    ),
                    "reason": entry.reason,
                },
            )
            for entry in refused[:MAX_LISTED]
        ),
    )
    if len(refused) > MAX_LISTED:
        more = len(refused) - MAX_LISTED
        items = format_html(
            "{}<li>{}</li>",
            items,
            ngettext("… and %(n)d more.", "… and %(n)d more.", more) % {"n": more},
        )
    return format_html("<ul>{}</ul>", items)


def _report(request, result: POImportResult) -> None:
    """Say what was imported and refused; success only when nothing was refused."""
    refused = len(result.refused)
    if not refused and result.imported:
        messages.success(request, _("Successfully imported translations from PO File."))
    elif not refused:
        messages.warning(
            request,
            _("Every msgstr in this file is empty: there was nothing to import."),
        )
    elif result.imported:
        summary = " ".join(
            (
                ngettext(
                    "%(n)d translation was imported.",
                    "%(n)d translations were imported.",
                    result.imported,
                )
                % {"n": result.imported},
                ngettext(
                    "%(n)d was refused and not imported; fix it in the file and "
                    "upload it again, or translate it in the editor:",
                    "%(n)d were refused and not imported; fix them in the file "
                    "and upload it again, or translate them in the editor:",
                    refused,
                )
                % {"n": refused},
            )
        )
        messages.warning(
            request, format_html("{}{}", summary, _refused_list(result.refused))
        )
    else:
        summary = ngettext(
            "Nothing was imported: the %(n)d translation in the file was refused. "
            "Fix it and upload the file again:",
            "Nothing was imported: all %(n)d translations in the file were "
            "refused. Fix them and upload the file again:",
            refused,
        ) % {"n": refused}
        messages.error(
            request, format_html("{}{}", summary, _refused_list(result.refused))
        )


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
    _report(request, po_import(translation=translation, po=po, user=request.user))
    return redirect(next_url)
