"""XLSForms in and out: read any form with pyxform, write one back.

Reading goes through pyxform, the converter KoboToolbox and ODK Central use:
a form pyxform refuses is refused with pyxform's own message, and a form it
accepts is read from the JSON it builds (``survey``, ``choices``, ``settings``;
``.xlsx``, ``.xls``, ``.csv`` or ``.md``). The platform's own metadata sits in
optional extra columns (``kap_domain``, ``kap_subscale``, ``answer_key`` or a
choice's ``kap_correct``, a choice's ``kap_value``, ``kap_reverse``) that
KoboToolbox and ODK ignore, so the same file runs in both. ``docs/xlsform.md``
is the reference, with the supported subset as a table.

Parsing is database-free: it returns a :class:`ParsedForm` (with the warnings
for what was left out) or raises :class:`XLSFormError` listing every problem;
``services_imports.instrument_import`` writes the parsed form in one
transaction.
"""

import io
import itertools
import logging
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import Workbook
from pyxform.errors import PyXFormError
from pyxform.xls2json_backends import get_xlsform
from pyxform.xls2xform import convert

from . import expressions, scoring

logger = logging.getLogger(__name__)

#: The file types pyxform reads, by extension.
FILE_TYPES = (".xlsx", ".xlsm", ".xls", ".csv", ".md")
MAX_FORM_BYTES = 10 * 1024 * 1024
DOMAIN_NAMES = {
    "k": scoring.KNOWLEDGE,
    "knowledge": scoring.KNOWLEDGE,
    "a": scoring.ATTITUDES,
    "attitudes": scoring.ATTITUDES,
    "attitude": scoring.ATTITUDES,
    "p": scoring.PRACTICES,
    "practices": scoring.PRACTICES,
    "practice": scoring.PRACTICES,
}
KAP_TYPES = {
    scoring.SINGLE,
    scoring.MULTI,
    scoring.TRUE_FALSE,
    scoring.LIKERT,
    scoring.FREQUENCY,
    scoring.SCALE,
    scoring.YES_NO,
    scoring.OPEN,
    scoring.NUMBER,
    scoring.DATE,
    scoring.TIME,
    scoring.DATETIME,
    scoring.ACKNOWLEDGE,
}
#: The types a ``kap_type`` can give a question with choices.
CHOICE_KAP_TYPES = KAP_TYPES - {
    scoring.MULTI,
    scoring.OPEN,
    scoring.NUMBER,
    scoring.DATE,
    scoring.TIME,
    scoring.DATETIME,
    scoring.ACKNOWLEDGE,
}
PURPOSES = {"pre_post", "pre", "post", "follow_up", "baseline", "midline", "endline"}
#: Metadata pyxform adds or a form collects about the device: nothing to ask.
METADATA_TYPES = {
    "start",
    "end",
    "today",
    "deviceid",
    "subscriberid",
    "simserial",
    "phonenumber",
    "username",
    "email",
    "audit",
    "start-geopoint",
    "background-geopoint",
    "background-audio",
}
#: Question types a browser test cannot ask: imported with a warning, left out.
NOT_DELIVERED = {
    "geopoint": gettext_lazy("a location"),
    "geotrace": gettext_lazy("a line on a map"),
    "geoshape": gettext_lazy("a shape on a map"),
    "image": gettext_lazy("a photo"),
    "audio": gettext_lazy("a sound recording"),
    "video": gettext_lazy("a video"),
    "file": gettext_lazy("a file"),
    "barcode": gettext_lazy("a barcode scan"),
    "xml-external": gettext_lazy("an external data file"),
    "csv-external": gettext_lazy("an external data file"),
    "hidden": gettext_lazy("a hidden value"),
    "rank": gettext_lazy("a ranking"),
    "calculate": gettext_lazy("a calculated value"),
}
#: Older names pyxform passes on as written.
TYPE_ALIASES = {
    "string": "text",
    "int": "integer",
    "photo": "image",
    "trigger": "acknowledge",
    "select1": "select one",
    "select": "select all that apply",
    "datetime": "dateTime",
}
TRUE_WORDS = {"yes", "true", "1", "y"}
FALSE_WORDS = {"no", "false", "0", "n", ""}
INSTRUMENT_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")
LANGUAGE_RE = re.compile(r"\(\s*(?P<code>[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)\s*\)\s*$")
NUMBER_RE = re.compile(r"^[-+]?(\d+(\.\d*)?|\.\d+)$")
#: A group's appearance that puts its questions on one screen (pyxform
#: writes ``table-list`` as ``field-list`` with a header row).
SCREEN_APPEARANCES = {"field-list", "table-list"}
#: The name pyxform gives the header row it adds to a ``table-list`` group.
TABLE_HEADER_PREFIX = "reserved_name_for_field_list_labels_"


class XLSFormError(Exception):
    """A form that cannot be imported; ``errors`` lists every problem."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class ParsedOption:
    key: str
    texts: dict[str, str]
    correct: bool = False
    value: float | None = None
    row: int = 0


@dataclass
class ParsedNote:
    """A note of the form, shown above the question after it."""

    name: str
    texts: dict[str, str]
    #: the note's own ``relevant`` with its groups', as one condition
    relevant: str = ""
    row: int = 0


@dataclass
class ParsedItem:
    code: str
    domain: str
    item_type: str
    texts: dict[str, str]
    subscale: str = ""
    options: list[ParsedOption] = field(default_factory=list)
    answer_true: bool | None = None
    reverse_coded: bool = False
    explanations: dict[str, str] = field(default_factory=dict)
    hints: dict[str, str] = field(default_factory=dict)
    #: The form's notes just before this question (a section's introduction),
    #: each with its condition.
    lead_ins: list[ParsedNote] = field(default_factory=list)
    required: bool = False
    integer: bool = False
    relevant: str = ""
    constraint: str = ""
    constraint_messages: dict[str, str] = field(default_factory=dict)
    appearance: str = ""
    list_name: str = ""
    group: str = ""
    #: The outermost ``field-list`` (or ``table-list``) group around the
    #: question: its questions share one screen.
    screen: str = ""
    #: XLSForm ``choice_filter`` and, per choice name, the extra columns of
    #: its rows on the choices sheet (a name may repeat, one row per parent).
    choice_filter: str = ""
    choice_attributes: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    #: XLSForm ``default``, as written (``services.item_default`` says when
    #: it is pre-filled).
    default: str = ""
    row: int = 0


@dataclass
class ParsedForm:
    code: str
    titles: dict[str, str]
    languages: list[str]
    version: str = ""
    purpose: str = "pre_post"
    for_children: bool = True
    delivery: str = "page"
    shuffle_items: bool = False
    shuffle_options: bool = False
    construct: str = ""
    instructions: dict[str, str] = field(default_factory=dict)
    items: list[ParsedItem] = field(default_factory=list)
    #: The ``calculate`` fields in order: ``{"name", "calculation", "row"}``.
    calculations: list[dict] = field(default_factory=list)
    #: What was left out or changed, for the person importing.
    warnings: list[str] = field(default_factory=list)
    #: The names of the form's fields that are not items (metadata, notes,
    #: what was left out), so a data export's columns for them are known.
    fields_left_out: list[str] = field(default_factory=list)

    @property
    def source_language(self) -> str:
        return self.languages[0]


def _language_names() -> dict[str, str]:
    return dict(settings.WAGTAIL_CONTENT_LANGUAGES)


def language_header(base: str, code: str) -> str:
    """Return the column name XLSForm uses, e.g. ``label::English (en)``."""
    return f"{base}::{_language_names().get(code, code)} ({code})"


def language_code(name: str) -> str | None:
    """The site language of an XLSForm language name: ``English (en)``,
    ``en`` or ``English``; ``None`` when the site has no such language."""
    from django.conf.locale import LANG_INFO

    names = _language_names()
    match = LANGUAGE_RE.search(name)
    code = (match.group("code") if match else name).strip().lower()
    if code in names:
        return code
    # A name alone ("French", "Français"): in English or in the language itself.
    wanted = (LANGUAGE_RE.sub("", name) if match else name).strip().lower()
    for code, label in names.items():
        info = LANG_INFO.get(code, {})
        known = {label, info.get("name", ""), info.get("name_local", "")}
        if wanted in {known_name.lower() for known_name in known if known_name}:
            return code
    return None


# An .xlsx file is a zip archive: a small upload can unpack to gigabytes.
MAX_UNPACKED_BYTES = 50 * 1024 * 1024


def _refuse_zip_bomb(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as error:
        raise XLSFormError(
            [_("The file is not an Excel workbook (.xlsx): %(e)s") % {"e": error}]
        ) from error
    if unpacked > MAX_UNPACKED_BYTES:
        raise XLSFormError(
            [
                _(
                    "The workbook unpacks to more than %(mb)d MB, which is far "
                    "more than any test needs. Remove unused sheets or rows."
                )
                % {"mb": MAX_UNPACKED_BYTES // (1024 * 1024)}
            ]
        )


def parse_form(data: bytes, filename: str) -> ParsedForm:
    """Read an XLSForm of any type pyxform reads; raise ``XLSFormError``
    listing every problem (pyxform's own message first, if it refuses)."""
    extension = Path(filename).suffix.lower()
    if extension not in FILE_TYPES:
        raise XLSFormError(
            [
                _("'%(name)s' is not an XLSForm file: use %(types)s.")
                % {"name": filename, "types": ", ".join(FILE_TYPES)}
            ]
        )
    if len(data) > MAX_FORM_BYTES:
        raise XLSFormError(
            [_("The file is larger than %(mb)d MB.") % {"mb": MAX_FORM_BYTES >> 20}]
        )
    if extension in (".xlsx", ".xlsm"):
        _refuse_zip_bomb(data)
    warnings: list[str] = []
    stem = re.sub(r"[^A-Za-z0-9_.-]", "_", Path(filename).stem) or "form"
    try:
        definition = get_xlsform(xlsform=io.BytesIO(data), file_type=extension)
    except PyXFormError as error:
        raise XLSFormError([_("pyxform: %(e)s") % {"e": str(error).strip()}]) from error
    except Exception as error:  # xlrd, openpyxl, csv: an unreadable file
        raise XLSFormError(
            [
                _("The file could not be read as an XLSForm (%(type)s): %(e)s")
                % {"type": extension, "e": error}
            ]
        ) from error
    translated_titles = [
        key
        for row in definition.settings or []
        for key in row
        if str(key).lower().startswith("form_title::")
    ]
    if translated_titles:
        # pyxform crashes on translated columns XLSForm does not have
        # (XLSForm/pyxform#815, "'dict' object has no attribute 'nodeType'").
        # This platform's own exports wrote form_title::… until 2026-12.
        raise XLSFormError(
            [
                _(
                    "settings, column %(col)s: XLSForm has one form_title, not one "
                    "per language. Rename the column of the default language to "
                    "form_title and the others to kap_title::Language (xx)."
                )
                % {"col": translated_titles[0]}
            ]
        )
    try:
        result = convert(
            xlsform=io.BytesIO(data),
            file_type=extension,
            warnings=warnings,
            form_name=stem,
        )
    except PyXFormError as error:
        raise XLSFormError([_("pyxform: %(e)s") % {"e": str(error).strip()}]) from error
    except Exception as error:  # pyxform itself failed on this form
        logger.warning("pyxform failed on %s: %r", filename, error)
        if "nodeType" in str(error):
            # XLSForm/pyxform#815: a "::language" suffix on a column XLSForm
            # does not translate crashes pyxform instead of naming the column.
            message = _(
                "pyxform could not convert the form: a column has a "
                "'::language' suffix although XLSForm does not translate it "
                "(pyxform issue 815). Remove the suffix."
            )
        else:
            message = _("pyxform could not convert the form: %(e)s") % {"e": error}
        raise XLSFormError([message]) from error
    return _Reader(result._pyxform, definition, warnings, Path(filename).stem).form()


class _Reader:
    """Turns pyxform's JSON of one form into a :class:`ParsedForm`."""

    def __init__(self, survey: dict, definition, warnings: list[str], stem: str):
        self.survey = survey
        self.errors: list[str] = []
        self.warnings = [_("pyxform: %(w)s") % {"w": w.strip()} for w in warnings]
        self.left_out: list[str] = []
        #: The ``table-list`` groups, whose header row pyxform made.
        self.tables: set[str] = set()
        self.fields_left_out: dict[str, None] = {}  # ordered, each name once
        self.settings_row = (definition.settings or [{}])[0]
        self.survey_rows = definition.survey or []
        # Spreadsheet row numbers (the header is row 1), as pyxform counts.
        self.row_of: dict[str, int] = {}
        self.or_other: set[str] = set()
        for number, row in enumerate(self.survey_rows, start=2):
            name = str(row.get("name", "")).strip()
            if name and name not in self.row_of:
                self.row_of[name] = number
            if str(row.get("type", "")).split()[-1:] == ["or_other"]:
                self.or_other.add(name)
        self.choice_row: dict[tuple[str, str], int] = {}
        for number, row in enumerate(definition.choices or [], start=2):
            key = (str(row.get("list_name", "")), str(row.get("name", "")))
            self.choice_row.setdefault(key, number)
        self.stem = stem

    # -- messages

    def error(self, sheet: str, row: int, column: str, message: str) -> None:
        self.errors.append(self._where(sheet, row, column) + message)

    def warn(self, sheet: str, row: int, column: str, message: str) -> None:
        self.warnings.append(self._where(sheet, row, column) + message)

    def leave_out(self, sheet: str, row: int, column: str, message: str) -> None:
        """A warning about something the form has that the platform does not ask."""
        self.warn(sheet, row, column, message)
        self.left_out.append(message)

    @staticmethod
    def _where(sheet: str, row: int, column: str) -> str:
        where = _("%(sheet)s row %(row)d") % {"sheet": sheet, "row": row}
        if column:
            where += ", " + _("column %(column)s") % {"column": column}
        return where + ": "

    # -- languages

    def _languages(self) -> tuple[str, dict[str, str]]:
        """The source language and ``{XLSForm language name: site code}``."""
        names: list[str] = []

        def collect(node):
            for key in ("label", "hint", "constraint_message"):
                value = node.get(key)
                if isinstance(value, dict):
                    names.extend(n for n in value if n not in names)
            if isinstance(node.get("choices"), list):
                for choice in node["choices"]:
                    collect(choice)
            for child in node.get("children", []) or []:
                collect(child)

        collect(self.survey)
        for choices in (self.survey.get("choices") or {}).values():
            for choice in choices:
                collect(choice)
        default_name = self.survey.get("default_language") or "default"
        if default_name == "default":
            source = settings.LANGUAGE_CODE
        else:
            source = language_code(default_name)
            if source is None:
                self.error(
                    "settings",
                    2,
                    "default_language",
                    _("'%(v)s' is not one of the site's languages (%(codes)s)")
                    % {"v": default_name, "codes": ", ".join(_language_names())},
                )
                source = settings.LANGUAGE_CODE
        codes: dict[str, str] = {}
        if "default" in names:
            codes["default"] = source
        for name in names:
            if name == "default":
                continue
            code = language_code(name)
            if code is None:
                self.leave_out(
                    "survey",
                    1,
                    f"label::{name}",
                    _(
                        "'%(v)s' is not one of the site's languages (%(codes)s): "
                        "its texts were left out"
                    )
                    % {"v": name, "codes": ", ".join(_language_names())},
                )
                continue
            if code in codes.values() and codes.get("default") != code:
                self.error(
                    "survey",
                    1,
                    f"label::{name}",
                    _("a second set of columns for language '%(l)s'") % {"l": code},
                )
                continue
            codes[name] = code
        if default_name == "default" and "default" not in names and codes:
            # Only translated columns: English if there is one, else the first.
            found = list(codes.values())
            source = (
                settings.LANGUAGE_CODE if settings.LANGUAGE_CODE in found else found[0]
            )
        return source, codes

    def texts(self, value, codes: dict[str, str]) -> dict[str, str]:
        """``{site language: text}`` of a label-like value from pyxform."""
        if value is None or value == "":
            return {}
        if not isinstance(value, dict):
            return {self.source: str(value).strip()}
        return {
            codes[name]: str(text).strip()
            for name, text in value.items()
            if name in codes and str(text).strip()
        }

    # -- the form

    def form(self) -> ParsedForm:
        self.source, self.codes = self._languages()
        row = self.settings_row
        # pyxform names a form without settings "data": the file's name is better.
        form_id = self.setting("form_id", "") or self.stem.replace(" ", "_")
        code = re.sub(r"[^A-Za-z0-9_.-]+", "_", form_id).strip("_.-")[:40]
        if not INSTRUMENT_CODE_RE.match(code):
            self.error(
                "settings",
                2,
                "form_id",
                _("'%(v)s' is not a code (letters, digits, - _ . ; at most 40)")
                % {"v": form_id},
            )
        elif not self.setting("form_id", ""):
            self.warn(
                "settings",
                2,
                "form_id",
                _("no form_id: the code is '%(c)s', from the file's name")
                % {"c": code},
            )
        elif code != form_id:
            self.warn(
                "settings",
                2,
                "form_id",
                _(
                    "the code is '%(c)s' (from '%(v)s': letters, digits, - _ . ; at most 40)"
                )
                % {"c": code, "v": form_id},
            )
        title = self.setting("form_title", "") or self.stem
        titles = {self.source: title}
        for key, value in row.items():
            base, _sep, language = str(key).partition("::")
            if base.strip().lower() == "kap_title" and language:
                lang = language_code(language)
                if lang and str(value).strip():
                    titles[lang] = str(value).strip()
        purpose = self.setting("kap_purpose", "pre_post").lower()
        if purpose not in PURPOSES:
            self.error(
                "settings",
                2,
                "kap_purpose",
                _("'%(v)s' is not one of %(ok)s")
                % {"v": purpose, "ok": ", ".join(sorted(PURPOSES))},
            )
        delivery = self.setting("kap_delivery", "page").lower()
        if delivery not in ("page", "one"):
            self.error("settings", 2, "kap_delivery", _("use 'page' or 'one'"))
        form = ParsedForm(
            code=code,
            titles=titles,
            languages=[self.source],
            version=str(self.survey.get("version") or "")[:64],
            purpose=purpose,
            for_children=self.flag("kap_for_children", True),
            delivery=delivery,
            shuffle_items=self.flag("kap_shuffle_items", False),
            shuffle_options=self.flag("kap_shuffle_options", False),
            construct=self.setting("kap_construct", "")[:40],
        )
        self.parsed = form
        self.pending_notes: list[ParsedNote] = []
        self.walk(self.survey.get("children") or [], group="")
        self.closing_notes()
        self.drop_dangling_references(form)
        languages = {lang for item in form.items for lang in item.texts}
        form.languages = [self.source] + sorted(languages - {self.source})
        if not form.items and not self.errors:
            self.error(
                "survey",
                2,
                "type",
                _("the form has no question the platform can ask")
                + (
                    " "
                    + _("(%(n)d left out: %(why)s)")
                    % {"n": len(self.warnings), "why": "; ".join(self.warnings)}
                    if self.warnings
                    else ""
                ),
            )
        self.check_translations(form)
        if self.errors:
            raise XLSFormError(self.errors)
        form.warnings = self.warnings
        form.fields_left_out = list(self.fields_left_out)
        return form

    def drop_dangling_references(self, form: ParsedForm) -> None:
        """A condition or text that names a question left out cannot work
        (and pyxform refuses it in an export): the condition is dropped and
        the reference shown as "…", each with a warning."""
        names = {item.code for item in form.items}
        # A calculation that names a question left out is left out too,
        # which can leave out the calculations that use it in turn.
        calculations = list(form.calculations)
        while True:
            known = names | {c["name"] for c in calculations}
            dangling = [
                (c, set(expressions.REFERENCE.findall(c["calculation"])) - known)
                for c in calculations
            ]
            dangling = [(c, missing) for c, missing in dangling if missing]
            if not dangling:
                break
            for calculation, missing in dangling:
                calculations.remove(calculation)
                self.leave_out(
                    "survey",
                    calculation["row"],
                    "calculation",
                    _("'%(n)s': the calculation names %(m)s, which was left out")
                    % {"n": calculation["name"], "m": ", ".join(sorted(missing))},
                )
        form.calculations = calculations
        names |= {c["name"] for c in calculations}
        for item in form.items:
            for field_name in ("relevant", "constraint", "choice_filter"):
                expression = getattr(item, field_name)
                missing = set(expressions.REFERENCE.findall(expression)) - names
                if missing:
                    setattr(item, field_name, "")
                    if field_name == "choice_filter":
                        item.choice_attributes = {}
                    self.warn(
                        "survey",
                        item.row,
                        field_name,
                        _("'%(n)s': %(f)s dropped, it names %(m)s, which was left out")
                        % {
                            "n": item.code,
                            "f": field_name,
                            "m": ", ".join(sorted(missing)),
                        },
                    )
            texts = [
                item.texts,
                item.hints,
                item.explanations,
                item.constraint_messages,
            ]
            texts += [option.texts for option in item.options]
            for by_language in texts:
                self._drop_from_texts(by_language, names, item.code, item.row)
            for note in item.lead_ins:
                missing = set(expressions.REFERENCE.findall(note.relevant)) - names
                if missing:
                    note.relevant = ""
                    self.warn(
                        "survey",
                        note.row,
                        "relevant",
                        _("'%(n)s': %(f)s dropped, it names %(m)s, which was left out")
                        % {
                            "n": note.name,
                            "f": "relevant",
                            "m": ", ".join(sorted(missing)),
                        },
                    )
                self._drop_from_texts(note.texts, names, note.name, note.row)
        self._drop_from_texts(form.instructions, names, _("the instructions"), 2)

    def _drop_from_texts(self, by_language: dict, names: set, owner: str, row: int):
        for lang, text in by_language.items():
            missing = set(expressions.REFERENCE.findall(text)) - names
            if not missing:
                continue
            by_language[lang] = expressions.REFERENCE.sub(
                lambda m, gone=missing: "…" if m.group(1) in gone else m.group(0),
                text,
            )
            self.warn(
                "survey",
                row,
                "label",
                _("'%(n)s': the text names %(m)s, which was left out: shown as …")
                % {"n": owner, "m": ", ".join(sorted(missing))},
            )

    def setting(self, column: str, default: str) -> str:
        for key, value in self.settings_row.items():
            if str(key).strip().lower() == column:
                return str(value).strip() or default
        return default

    def flag(self, column: str, default: bool) -> bool:
        word = self.setting(column, "").lower()
        if not word:
            return default
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        self.error("settings", 2, column, _("'%(v)s' is not yes or no") % {"v": word})
        return default

    def walk(
        self, children: list[dict], *, group: str, condition: str = "", screen: str = ""
    ) -> None:
        """``condition``: the ``relevant`` of the groups around these questions,
        which each question inside carries (with its own) as one condition;
        ``screen``: the ``field-list`` group they are asked with, if any (the
        outermost: a group inside it is on the same screen)."""
        for node in children:
            kind = node.get("type", "")
            kind = TYPE_ALIASES.get(kind, kind)
            name = node.get("name", "")
            row = self.row_of.get(name, 0)
            if kind == "group":
                if name == "meta" and (node.get("control") or {}).get("bodyless"):
                    continue  # pyxform's own instanceID
                own = str((node.get("bind") or {}).get("relevant") or "").strip()
                appearance = str((node.get("control") or {}).get("appearance") or "")
                one_screen = SCREEN_APPEARANCES & set(appearance.lower().split())
                if any(_is_table_header(child) for child in node.get("children") or []):
                    self.tables.add(name)
                    self.warn(
                        "survey",
                        row,
                        "appearance",
                        _(
                            "group '%(n)s' (table-list) is asked on one screen as "
                            "a list of its questions, each showing its choices "
                            "with their labels, not as a table"
                        )
                        % {"n": name},
                    )
                self.walk(
                    node.get("children") or [],
                    group=name,
                    condition=_both(condition, own),
                    screen=screen or (name[:200] if one_screen else ""),
                )
                continue
            if kind == "repeat":
                self.leave_out(
                    "survey",
                    row,
                    "type",
                    _(
                        "repeat '%(n)s' was left out with its questions: a test "
                        "asks each question once"
                    )
                    % {"n": name},
                )
                self.not_an_item(node)
                continue
            if kind in METADATA_TYPES:
                self.not_an_item(node)
                continue
            if _is_table_header(node):
                self.not_an_item(node)  # its group's warning says so
                continue
            if kind == "note":
                self.note(node, condition)
                self.not_an_item(node)
                continue
            if kind == "calculate":
                self.calculation(node, row)
                self.not_an_item(node)  # its column in a data export is not an answer
                continue
            if kind in NOT_DELIVERED:
                self.leave_out(
                    "survey",
                    row,
                    "type",
                    _(
                        "'%(n)s' (%(what)s) was left out: a test in the browser does not ask for it"
                    )
                    % {"n": name, "what": NOT_DELIVERED[kind]},
                )
                self.not_an_item(node)
                continue
            other = self._generated_other(node)
            if other:
                node = self._other_text(node)
                row = row or self.row_of.get(name[: -len("_other")], 0)
            item = self.question(node, kind, row, group, condition)
            if item is not None:
                item.screen = screen
            if item is not None and other:
                item.texts = self._all_languages(
                    gettext_lazy("Please write the other answer.")
                )
            if item is not None:
                if self.pending_notes:
                    item.lead_ins, self.pending_notes = self.pending_notes, []
                self.parsed.items.append(item)
            else:
                self.not_an_item(node)

    def not_an_item(self, node: dict) -> None:
        """Remember the names of a field that is not an item, and of the
        fields inside it (a repeat's questions, a loop's)."""
        name = node.get("name", "")
        if name:
            self.fields_left_out[name] = None
        if node.get("type") in ("group", "repeat", "loop"):
            for child in node.get("children") or []:
                self.not_an_item(child)

    def calculation(self, node: dict, row: int) -> None:
        """A ``calculate`` field: never asked, computed from the answers where
        the form's conditions read it (``${total} > 3``)."""
        name = node.get("name", "")
        expression = str((node.get("bind") or {}).get("calculate") or "").strip()
        try:
            expressions.check(expression)
        except expressions.ExpressionError as error:
            self.leave_out(
                "survey",
                row,
                "calculation",
                _(
                    "'%(n)s' (a calculated value) was left out: its calculation "
                    "cannot be evaluated (%(e)s)"
                )
                % {"n": name, "e": str(error)[:200]},
            )
            return
        self.parsed.calculations.append(
            {"name": name, "calculation": expression, "row": row}
        )

    def _generated_other(self, node: dict) -> bool:
        """pyxform's text question behind ``or_other`` (``q_other``)."""
        name = node.get("name", "")
        return name.endswith("_other") and name[: -len("_other")] in self.or_other

    def _all_languages(self, text) -> dict[str, str]:
        """``{site language: text}`` of one of the platform's own phrases
        (a lazy translation), in every language of the form."""
        out = {}
        for lang in [self.source, *self.codes.values()]:
            with translation.override(lang):
                out[lang] = str(text)
        return out

    def _other_text(self, node: dict) -> dict:
        """The text box pyxform adds after a ``select_one … or_other``
        (``q_other``, asked when "other" is chosen), its condition written
        as XLSForm writes one (``${q}``), so it exports as a question of its
        own. Its label is set in every language after it is read (pyxform's
        "Specify other." is English whatever the form's languages)."""
        question = node["name"][: -len("_other")]
        return node | {
            "bind": (node.get("bind") or {})
            | {"relevant": f"selected(${{{question}}}, 'other')"},
        }

    def note(self, node: dict, condition: str) -> None:
        """A note introduces the question after it (shown above it, on its
        screen), where the form put it, when its own ``relevant`` and its
        groups' (``condition``) hold: each note on its own, so two notes
        for two kinds of learner before one question stay two. The notes
        before the first question, up to the first with a condition, are
        the instructions."""
        name = node.get("name", "")
        row = self.row_of.get(name, 0)
        name = name[:100]
        texts = self.texts(node.get("label"), self.codes)
        if not texts:
            return  # only media: nothing to show
        if not texts.get(self.source):
            self.warn(
                "survey",
                row,
                "label",
                _(
                    "note '%(n)s' has no text in the form's first language and was left out"
                )
                % {"n": name},
            )
            return
        relevant = _both(
            condition, str((node.get("bind") or {}).get("relevant") or "").strip()
        )
        if relevant:
            try:
                expressions.check(relevant)
            except expressions.ExpressionError as error:
                self.warn(
                    "survey",
                    row,
                    "relevant",
                    _(
                        "note '%(n)s': the condition cannot be evaluated (%(e)s): "
                        "the note is shown to every learner"
                    )
                    % {"n": name, "e": str(error)[:200]},
                )
        if not self.parsed.items and not self.pending_notes and not relevant:
            self._to_instructions(texts)
            return
        self.pending_notes.append(
            ParsedNote(name=name, texts=texts, relevant=relevant, row=row)
        )

    def closing_notes(self) -> None:
        """The notes after the last question: nothing is shown after it, so
        they join the instructions, as before the first question; a note
        with a condition cannot be kept there (shown at the top, it would
        be decided before the answers it depends on) and is left out."""
        for note in self.pending_notes:
            if note.relevant:
                self.warn(
                    "survey",
                    note.row,
                    "relevant",
                    _(
                        "note '%(n)s' after the last question has a condition: "
                        "left out (nothing is shown after the last question)"
                    )
                    % {"n": note.name},
                )
            else:
                self._to_instructions(note.texts)
        self.pending_notes = []

    def _to_instructions(self, texts: dict[str, str]) -> None:
        for lang, text in texts.items():
            previous = self.parsed.instructions.get(lang, "")
            self.parsed.instructions[lang] = (
                f"{previous}\n\n{text}" if previous else text
            )

    def question(
        self, node: dict, kind: str, row: int, group: str, condition: str = ""
    ) -> ParsedItem | None:
        errors_before = len(self.errors)
        name = node.get("name", "")
        bind = node.get("bind") or {}
        domain_raw = str(node.get("kap_domain") or "").strip()
        domain = DOMAIN_NAMES.get(domain_raw.lower(), scoring.BACKGROUND)
        if domain_raw and domain == scoring.BACKGROUND:
            self.error(
                "survey",
                row,
                "kap_domain",
                _(
                    "'%(v)s' is not a KAP domain (K, A or P; empty for a background question)"
                )
                % {"v": domain_raw},
            )
        item = ParsedItem(
            code=name,
            domain=domain,
            item_type="",
            texts=self.texts(node.get("label"), self.codes),
            subscale=str(node.get("kap_subscale") or "").strip()[:40],
            reverse_coded=self.question_flag(
                node, row, ("kap_reverse", "reverse_coded")
            ),
            explanations=self.texts(node.get("explanation"), self.codes),
            hints=self.texts(node.get("hint"), self.codes),
            required=str(bind.get("required", "")).strip().lower()
            in TRUE_WORDS | {"true()"},
            relevant=_both(condition, str(bind.get("relevant") or "").strip()),
            constraint=str(bind.get("constraint") or "").strip(),
            constraint_messages=self.texts(bind.get("jr:constraintMsg"), self.codes),
            appearance=str((node.get("control") or {}).get("appearance") or "").strip()[
                :100
            ],
            list_name=str(node.get("list_name") or node.get("itemset") or ""),
            group=group[:200],
            row=row,
        )
        appearance = set(item.appearance.lower().split())
        if "label" in appearance:
            # ODK's table pattern: a row of choice labels, then questions
            # with bare radio buttons. Here each question keeps its labels.
            self.leave_out(
                "survey",
                row,
                "appearance",
                _(
                    "'%(n)s' (appearance label) is the header row of a table, "
                    "not a question: left out; the questions below it show "
                    "their choices with their labels"
                )
                % {"n": name},
            )
            return None
        if not item.texts.get(self.source) and item.hints.get(self.source):
            item.texts, item.hints = item.hints, {}  # a question told by its hint
        if not item.texts.get(self.source):
            self.leave_out(
                "survey",
                row,
                "label",
                _("'%(n)s' has no text to show (only media or none) and was left out")
                % {"n": name},
            )
            return None
        if len(name) > 100:
            self.error("survey", row, "name", _("a name of at most 100 characters"))
        kap_type = str(node.get("kap_type") or "").strip().lower()
        if kap_type and kap_type not in KAP_TYPES:
            self.error(
                "survey",
                row,
                "kap_type",
                _("'%(v)s' is not one of %(ok)s")
                % {"v": kap_type, "ok": ", ".join(sorted(KAP_TYPES))},
            )
            return None
        if kind in ("select one", "select all that apply"):
            self.choice_question(node, kind, kap_type, item)
            if not item.item_type and len(self.errors) == errors_before:
                return None  # left out, with a warning
        elif kind == "text":
            item.item_type = scoring.OPEN
            if self.parsed.for_children:
                self.leave_out(
                    "survey",
                    row,
                    "type",
                    _(
                        "open-text question '%(n)s' was left out: children are "
                        "not asked to type free text (kap_for_children)"
                    )
                    % {"n": name},
                )
                return None
        elif kind in ("integer", "decimal", "range"):
            item.item_type = scoring.NUMBER
            item.integer = kind == "integer" or (
                kind == "range"
                and "." not in str((node.get("parameters") or {}).get("step", "1"))
            )
            if kind == "range":
                start = (node.get("parameters") or {}).get("start", "1")
                end = (node.get("parameters") or {}).get("end", "10")
                bounds = f". >= {start} and . <= {end}"
                item.constraint = (
                    f"({item.constraint}) and {bounds}" if item.constraint else bounds
                )
                self.warn(
                    "survey",
                    row,
                    "type",
                    _("range '%(n)s' is asked as a number box from %(a)s to %(b)s")
                    % {"n": name, "a": start, "b": end},
                )
        elif kind == "date":
            item.item_type = scoring.DATE
        elif kind == "time":
            item.item_type = scoring.TIME
        elif kind == "dateTime":
            item.item_type = scoring.DATETIME
        elif kind == "acknowledge":
            item.item_type = scoring.ACKNOWLEDGE
        else:
            self.leave_out(
                "survey",
                row,
                "type",
                _("'%(n)s' of type '%(t)s' was left out: the platform cannot ask it")
                % {"n": name, "t": kind},
            )
            return None
        if item.item_type in (
            scoring.NUMBER,
            scoring.DATE,
            scoring.TIME,
            scoring.DATETIME,
            scoring.OPEN,
            scoring.ACKNOWLEDGE,
        ) and domain in (scoring.KNOWLEDGE,):
            self.error(
                "survey",
                row,
                "kap_domain",
                _("a knowledge question needs choices with a right answer"),
            )
        answer_key = str(node.get("answer_key") or node.get("kap_answer") or "").strip()
        if answer_key and item.item_type not in (
            scoring.SINGLE,
            scoring.MULTI,
            scoring.TRUE_FALSE,
        ):
            self.error(
                "survey",
                row,
                "answer_key",
                _("only knowledge questions with choices have an answer key"),
            )
        for column in ("relevant", "constraint"):
            expression = getattr(item, column)
            if not expression:
                continue
            try:
                expressions.check(expression)
            except expressions.ExpressionError as error:
                self.warn(
                    "survey",
                    row,
                    column,
                    (
                        _(
                            "'%(n)s': the condition cannot be evaluated (%(e)s): the "
                            "question is shown to every learner and is optional"
                        )
                        if column == "relevant"
                        else _(
                            "'%(n)s': the constraint cannot be evaluated (%(e)s): not checked"
                        )
                    )
                    % {"n": name, "e": str(error)[:200]},
                )
        if len(self.errors) == errors_before:
            try:
                scoring.check_spec(_spec(item))
            except ValueError as error:
                column = "answer_key" if "correct" in str(error) else "type"
                self.error("survey", row, column, str(error))
        if len(self.errors) == errors_before:
            self.default(item, str(node.get("default") or "").strip()[:255])
        if (
            "list-nolabel" in appearance
            and group not in self.tables  # its group's warning says it
            and len(self.errors) == errors_before
        ):
            self.warn(
                "survey",
                row,
                "appearance",
                _(
                    "'%(n)s' (appearance list-nolabel): its choices are shown "
                    "with their labels, so that every learner knows what "
                    "each answer means"
                )
                % {"n": name},
            )
        return item if len(self.errors) == errors_before else None

    def default(self, item: ParsedItem, raw: str) -> None:
        """Keep the form's ``default`` (for the way back to KoboToolbox) and
        say when it will not be pre-filled: an expression (``today()``), a
        value that is not one of the question's answers, or a scored
        question, where a pre-filled answer would count as the learner's."""
        if not raw:
            return
        item.default = raw
        why = ""
        if expressions.default_is_expression(raw):
            why = _("it is an expression, which is not pre-filled")
        elif item.domain != scoring.BACKGROUND:
            why = _(
                "a scored question is never pre-filled: the default would "
                "count as the learner's answer"
            )
        else:
            try:
                scoring.normalise_value(
                    _spec(item), expressions.default_answer(item.item_type, raw)
                )
            except scoring.InvalidAnswer:
                why = _("'%(v)s' is not one of its answers") % {"v": raw}
        if why:
            self.warn(
                "survey",
                item.row,
                "default",
                _("'%(n)s': the default is not used (%(why)s)")
                % {"n": item.code, "why": why},
            )

    def question_flag(self, node: dict, row: int, columns: tuple[str, ...]) -> bool:
        for column in columns:
            word = str(node.get(column) or "").strip().lower()
            if not word:
                continue
            if word in TRUE_WORDS:
                return True
            if word in FALSE_WORDS:
                return False
            self.error(
                "survey", row, column, _("'%(v)s' is not yes or no") % {"v": word}
            )
        return False

    def choice_question(
        self, node: dict, kind: str, kap_type: str, item: ParsedItem
    ) -> None:
        row = item.row
        list_name = item.list_name
        choices = node.get("choices")
        if choices is None:
            choices = (self.survey.get("choices") or {}).get(list_name)
        if choices is None:
            self.leave_out(
                "survey",
                row,
                "type",
                _(
                    "'%(n)s' takes its choices from the file '%(f)s', which a "
                    "test cannot read: left out"
                )
                % {"n": item.code, "f": list_name},
            )
            item.item_type = ""
            return
        choice_filter = str(node.get("choice_filter") or "").strip()
        if choice_filter:
            try:
                expressions.check(choice_filter)
                item.choice_filter = choice_filter
            except expressions.ExpressionError as error:
                self.warn(
                    "survey",
                    row,
                    "choice_filter",
                    _(
                        "'%(n)s': the choice filter cannot be evaluated (%(e)s): "
                        "every choice is offered, each name once"
                    )
                    % {"n": item.code, "e": str(error)[:200]},
                )
        answer_key = str(node.get("answer_key") or node.get("kap_answer") or "").strip()
        keys = set(answer_key.replace(",", " ").split())
        options = []
        seen: set[str] = set()
        for choice in choices:
            choice_name = str(choice.get("name", ""))
            if item.choice_filter:
                item.choice_attributes.setdefault(choice_name, []).append(
                    _choice_columns(choice)
                )
            if choice_name in seen:
                continue  # a repeated name (for a choice_filter): offered once
            seen.add(choice_name)
            choice_row = self.choice_row.get((list_name, choice_name), 0)
            raw_value = str(choice.get("kap_value") or "").strip()
            value = None
            if raw_value:
                if NUMBER_RE.match(raw_value):
                    value = float(raw_value)
                else:
                    self.error(
                        "choices",
                        choice_row,
                        "kap_value",
                        _("'%(v)s' is not a number") % {"v": raw_value},
                    )
            elif NUMBER_RE.match(choice_name):
                value = float(choice_name)
            correct = str(choice.get("kap_correct") or "").strip().lower() in TRUE_WORDS
            texts = self.texts(choice.get("label"), self.codes)
            if item.code in self.or_other and choice_name == "other":
                # pyxform's "Other" is English in every language of the form.
                texts = self._all_languages(gettext_lazy("Other"))
            if not texts:
                self.warn(
                    "choices",
                    choice_row,
                    "label",
                    _(
                        "choice '%(o)s' of '%(l)s' has no text (only media): shown by its name"
                    )
                    % {"o": choice_name, "l": list_name},
                )
                texts = {
                    lang: choice_name for lang in [self.source, *self.codes.values()]
                }
            options.append(
                ParsedOption(
                    key=choice_name,
                    texts=texts,
                    correct=correct or choice_name in keys,
                    value=value,
                    row=choice_row,
                )
            )
        unknown = keys - {o.key for o in options}
        if (
            unknown
            and kap_type != scoring.TRUE_FALSE
            and {"true", "false"} != {o.key for o in options}
        ):
            self.error(
                "survey",
                row,
                "answer_key",
                _("%(keys)s not in list '%(l)s'")
                % {"keys": ", ".join(sorted(unknown)), "l": list_name},
            )
        names = {o.key for o in options}
        multiple = kind == "select all that apply"
        if not kap_type:
            if multiple:
                kap_type = scoring.MULTI
            elif item.domain == scoring.KNOWLEDGE and names == {"true", "false"}:
                kap_type = scoring.TRUE_FALSE
            elif item.domain in (scoring.ATTITUDES, scoring.PRACTICES):
                if names == {"yes", "no"}:
                    kap_type = scoring.YES_NO
                elif options and all(o.value is not None for o in options):
                    kap_type = scoring.SCALE
                else:
                    kap_type = scoring.SINGLE
                    self.warn(
                        "survey",
                        row,
                        "kap_domain",
                        _(
                            "'%(n)s' is not scored: give each choice of '%(l)s' a "
                            "number (a numeric name or kap_value) to score it "
                            "as a scale"
                        )
                        % {"n": item.code, "l": list_name},
                    )
            else:
                kap_type = scoring.SINGLE
        fits = {scoring.MULTI} if multiple else CHOICE_KAP_TYPES
        if kap_type not in fits:
            self.error(
                "survey",
                row,
                "kap_type",
                _("'%(k)s' does not fit type %(t)s") % {"k": kap_type, "t": kind},
            )
            return
        item.item_type = kap_type
        if kap_type == scoring.TRUE_FALSE:
            word = answer_key.lower()
            if word not in ("true", "false"):
                self.error("survey", row, "answer_key", _("write true or false"))
            item.answer_true = word == "true"
        elif kap_type in scoring.PRESET_SCALES and [o.key for o in options] != [
            str(n) for n in range(1, 6)
        ]:
            self.error(
                "survey",
                row,
                "kap_type",
                _(
                    "a %(k)s question uses the platform's scale 1 to 5; for a scale "
                    "of its own, leave kap_type empty (or write scale)"
                )
                % {"k": kap_type},
            )
        if kap_type in scoring.OPTION_TYPES:
            item.options = options
        if kap_type == scoring.SINGLE and item.domain == scoring.KNOWLEDGE and not keys:
            if not any(o.correct for o in options):
                self.error(
                    "survey",
                    row,
                    "answer_key",
                    _(
                        "a knowledge question needs its right answer (answer_key, or kap_correct on a choice)"
                    ),
                )

    def check_translations(self, form: ParsedForm) -> None:
        """Every language with a column must be complete: no half-translated test."""
        for lang in form.languages[1:]:
            form.titles.setdefault(lang, form.titles.get(form.source_language, ""))
            for item in form.items:
                if not item.texts.get(lang):
                    self.error(
                        "survey",
                        item.row,
                        language_header("label", lang),
                        _("the %(l)s translation is missing") % {"l": lang},
                    )
                for option in item.options:
                    if not option.texts.get(lang):
                        self.error(
                            "choices",
                            option.row,
                            language_header("label", lang),
                            _("option %(o)s of %(c)s has no %(l)s translation")
                            % {"o": option.key, "c": item.code, "l": lang},
                        )
        for item in form.items:
            for option in item.options:
                if not option.texts.get(form.source_language):
                    self.error(
                        "choices",
                        option.row,
                        "label",
                        _("option %(o)s of %(c)s has no label")
                        % {"o": option.key, "c": item.code},
                    )


class _NoteNames:
    """The names of the note rows written before the questions: the note's
    own (kept from the form) when it is free, else ``note_<question>``,
    ``note_<question>_2`` …, so no two fields of the export share a name."""

    def __init__(self, taken: set[str]):
        self.taken = set(taken)

    def take(self, name: str, code: str) -> str:
        candidates = itertools.chain(
            [name] if name else [],
            [f"note_{code}"[:100]],
            (f"note_{code}"[:94] + f"_{n}" for n in itertools.count(2)),
        )
        found = next(c for c in candidates if c not in self.taken)
        self.taken.add(found)
        return found


#: Columns of the choices sheet that are not a choice's own data.
_CHOICE_OWN = {"name", "label", "list_name", "media", "image", "audio", "video"}
_XML_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")


def _choice_columns(choice: dict) -> dict[str, str]:
    """The extra columns of a choice row, which a ``choice_filter`` reads
    (``${state} = cf``: ``cf`` is such a column)."""
    return {
        str(column): str(value)
        for column, value in choice.items()
        if column not in _CHOICE_OWN
        and not str(column).startswith("kap_")
        and _XML_NAME.match(str(column))
        and not isinstance(value, dict)
    }


def _is_table_header(node: dict) -> bool:
    """The row of choice labels pyxform adds to a ``table-list`` group."""
    appearance = str((node.get("control") or {}).get("appearance") or "")
    return str(node.get("name", "")).startswith(TABLE_HEADER_PREFIX) and (
        "label" in appearance.split()
    )


def _both(outer: str, inner: str) -> str:
    """One condition from a group's and a question's ``relevant``."""
    if outer and inner:
        return f"({outer}) and ({inner})"
    return outer or inner


def _spec(item: ParsedItem) -> scoring.ItemSpec:
    return scoring.ItemSpec(
        code=item.code,
        domain=item.domain,
        item_type=item.item_type,
        subscale=item.subscale,
        option_keys=tuple(o.key for o in item.options),
        correct_keys=frozenset(o.key for o in item.options if o.correct),
        answer_true=item.answer_true,
        reverse_coded=item.reverse_coded,
        option_values=tuple(o.value for o in item.options),
        integer=item.integer,
    )


# -- export -----------------------------------------------------------------

#: The choice lists of the built-in scales, as the platform writes them.
PRESET_LISTS = {
    scoring.LIKERT: "agree5",
    scoring.FREQUENCY: "freq5",
    scoring.YES_NO: "yesno",
    scoring.TRUE_FALSE: "truefalse",
}
XLS_TYPES = {
    scoring.SINGLE: "select_one",
    scoring.SCALE: "select_one",
    scoring.MULTI: "select_multiple",
    scoring.OPEN: "text",
    scoring.DATE: "date",
    scoring.TIME: "time",
    scoring.DATETIME: "dateTime",
    scoring.ACKNOWLEDGE: "acknowledge",
}


def _number_text(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _yes(flag: bool) -> str:
    return "yes" if flag else ""


def _group_path(item) -> list[str]:
    """The groups a question is written in: its screen (``field-list``
    group), then its own group when that is another one inside the screen."""
    if not item.screen:
        return [item.group] if item.group else []
    inner = [item.group] if item.group and item.group != item.screen else []
    return [item.screen, *inner]


def _table_screens(items, list_names: dict[int, str]) -> set[str]:
    """The screens written back as a ``table-list`` group: those whose
    questions all came from one (``list-nolabel``, one choice list, no
    choice filter, no group of their own), which pyxform turns into the same
    table again, header row included."""
    runs: dict[str, list] = {}
    for item in items:
        if item.screen:
            runs.setdefault(item.screen, []).append(item)
    return {
        screen
        for screen, run in runs.items()
        if all(
            "list-nolabel" in item.appearance.lower().split()
            and list_names[item.pk]
            and item.item_type in scoring.OPTION_TYPES | set(PRESET_LISTS)
            and not item.choice_filter
            and item.group == screen
            for item in run
        )
        and len({list_names[item.pk] for item in run}) == 1
    }


def _written_appearance(item, tables: set[str]) -> str:
    """The question's appearance as exported. ``list-nolabel`` needs the
    header row of a table, which the import left out: it is kept only in a
    ``table-list`` group (where pyxform writes that row again), so that ODK
    never shows choices without their labels."""
    if item.screen in tables:
        return item.appearance
    return " ".join(w for w in item.appearance.split() if w.lower() != "list-nolabel")


def build_workbook(instruments: Iterable) -> bytes:
    """Write an instrument and its translations as one XLSForm workbook that
    pyxform converts (so it runs in KoboToolbox and ODK Central) and that
    imports back into the same instrument.

    ``instruments`` is the source-language instrument first, then its
    translations; their items are matched by ``translation_key``.
    """
    from .labels import answer_labels

    instruments = list(instruments)
    source = instruments[0]
    languages = [i.locale.language_code for i in instruments]
    items_by_lang = {
        i.locale.language_code: {item.translation_key: item for item in i.get_items()}
        for i in instruments
    }
    by_lang = {i.locale.language_code: i for i in instruments}
    workbook = Workbook()
    survey = workbook.active
    survey.title = "survey"
    choices = workbook.create_sheet("choices")
    settings_sheet = workbook.create_sheet("settings")

    def per_language(base):
        return [language_header(base, lang) for lang in languages]

    survey_header = (
        ["type", "name", *per_language("label"), *per_language("hint")]
        + ["required", "relevant", "constraint", *per_language("constraint_message")]
        + ["appearance", "choice_filter", "default", "calculation"]
        + ["kap_domain", "kap_subscale", "kap_type", "answer_key"]
        + ["kap_reverse", *per_language("explanation")]
    )
    survey.append(survey_header)
    # The extra choice columns a choice_filter reads (``cf`` in ``${state} =
    # cf``), after the platform's own.
    filter_columns = sorted(
        {
            column
            for item in source.get_items()
            for rows in (item.choice_attributes or {}).values()
            for attributes in rows
            for column in attributes
        }
    )
    choices.append(
        ["list_name", "name", *per_language("label"), "kap_value", *filter_columns]
    )
    if any(i.instructions for i in instruments):
        survey.append(
            [
                "note",
                "instructions",
                *[by_lang[lang].instructions for lang in languages],
            ]
        )
    items = list(source.get_items())
    note_names = _NoteNames(
        {item.code for item in items}
        | {item.group for item in items if item.group}
        | {c["name"] for c in source.calculations or []}
        | {"instructions"}
    )
    translations_of = {
        item.pk: [
            items_by_lang[lang].get(item.translation_key, item) for lang in languages
        ]
        for item in items
    }
    # The choice lists first: whether a screen can be written as a table
    # (``table-list``) depends on the lists its questions end up with.
    written_lists: dict[str, list] = {}
    list_names: dict[int, str] = {}
    for item in items:
        rows = []
        if item.item_type in PRESET_LISTS:
            list_name = PRESET_LISTS[item.item_type]
            labels = [answer_labels(item.item_type, [], lang) for lang in languages]
            for index, (name, _label) in enumerate(labels[0]):
                rows.append(
                    [list_name, name, *[texts[index][1] for texts in labels], ""]
                )
        elif item.item_type in (scoring.SINGLE, scoring.MULTI, scoring.SCALE):
            list_name = item.list_name or item.code
            texts = [
                {o["key"]: o["text"] for o in t.option_list()}
                for t in translations_of[item.pk]
            ]
            for option in item.option_list():
                value = _number_text(option["value"])
                # One row per parent a filtered choice belongs to.
                for attributes in (item.choice_attributes or {}).get(option["key"]) or [
                    {}
                ]:
                    rows.append(
                        [list_name, option["key"]]
                        + [by_key.get(option["key"], "") for by_key in texts]
                        + ["" if value == option["key"] else value]
                        + [attributes.get(column, "") for column in filter_columns]
                    )
        else:
            list_name = ""
        if list_name:
            if list_name in written_lists and written_lists[list_name] != rows:
                list_name = f"{list_name}_{item.code}"  # same name, other options
                rows = [[list_name, *row[1:]] for row in rows]
            if list_name not in written_lists:
                written_lists[list_name] = rows
                for row in rows:
                    choices.append(row)
        list_names[item.pk] = list_name
    tables = _table_screens(items, list_names)
    appearance_column = survey_header.index("appearance")
    open_groups: list[str] = []
    for item in items:
        translations = translations_of[item.pk]
        path = _group_path(item)
        kept = 0
        while kept < min(len(path), len(open_groups)) and (
            path[kept] == open_groups[kept]
        ):
            kept += 1
        for _closed in open_groups[kept:]:
            survey.append(["end_group"])
        for depth, name in enumerate(path[kept:], start=kept):
            row = ["begin_group", name]
            if depth == 0 and item.screen:
                # The screen: all its questions on one page in ODK Collect
                # and Enketo, as on the platform.
                row += [""] * (appearance_column - len(row))
                row.append("table-list" if name in tables else "field-list")
            survey.append(row)
        open_groups = path
        list_name = list_names[item.pk]
        if item.item_type == scoring.NUMBER:
            xls_type = "integer" if item.integer else "decimal"
        elif item.item_type in PRESET_LISTS:
            xls_type = f"select_one {list_name}"
        else:
            xls_type = XLS_TYPES[item.item_type]
            if list_name:
                xls_type = f"{xls_type} {list_name}"
        if item.item_type == scoring.TRUE_FALSE:
            answer_key = "true" if item.answer_true else "false"
        else:
            answer_key = " ".join(o["key"] for o in item.option_list() if o["correct"])
        translated_notes = [t.lead_in_list() for t in translations]
        for index, note in enumerate(item.lead_in_list()):
            row = [""] * len(survey_header)
            row[0] = "note"
            row[1] = note_names.take(note["name"], item.code)
            for column, notes in enumerate(translated_notes):
                own = notes[index]["text"] if index < len(notes) else ""
                row[2 + column] = own or note["text"]
            row[survey_header.index("relevant")] = note["relevant"]
            survey.append(row)
        survey.append(
            [xls_type, item.code, *[t.text for t in translations]]
            + [t.hint for t in translations]
            + [_yes(item.required), item.relevant, item.constraint]
            + [t.constraint_message for t in translations]
            + [_written_appearance(item, tables), item.choice_filter, item.default]
            + [""]
            + [item.domain, item.subscale, item.item_type, answer_key]
            + [_yes(item.reverse_coded), *[t.explanation for t in translations]]
        )
    for _closed in open_groups:
        survey.append(["end_group"])
    for calculation in source.calculations or []:
        row = [""] * len(survey_header)
        row[0], row[1] = "calculate", calculation["name"]
        row[survey_header.index("calculation")] = calculation["calculation"]
        survey.append(row)
    # One form_title: pyxform refuses translated form_title columns, so the
    # translations go in kap_title::Language (xx), which pyxform ignores.
    settings_sheet.append(
        ["form_id", "form_title", "version", "default_language"]
        + [language_header("kap_title", lang) for lang in languages[1:]]
        + ["kap_purpose", "kap_for_children", "kap_delivery"]
        + ["kap_shuffle_items", "kap_shuffle_options", "kap_construct"]
        + ["allow_choice_duplicates"]
    )
    settings_sheet.append(
        [
            source.code,
            source.title,
            source.version,
            f"{_language_names().get(languages[0], languages[0])} ({languages[0]})",
            *[by_lang[lang].title for lang in languages[1:]],
            source.purpose,
            "yes" if source.for_children else "no",
            source.delivery,
            "yes" if source.shuffle_items else "no",
            "yes" if source.shuffle_options else "no",
            source.construct,
            # A filtered choice under two parents (King county in Texas and
            # in Washington) is one name on two rows, which pyxform allows
            # only with this setting.
            "yes"
            if any(
                len(rows) > 1
                for item in source.get_items()
                for rows in (item.choice_attributes or {}).values()
            )
            else "no",
        ]
    )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
