"""XLSForm workbooks in and out: parse a KAP instrument, write one back.

The format is the one KoboToolbox and ODK use (``survey``, ``choices`` and
``settings`` sheets), plus a few ``kap_*`` columns for what XLSForm cannot say
(KAP domain, item type, answer key, reverse coding). ``docs/xlsform.md`` is the
reference. Parsing is database-free: it returns a :class:`ParsedForm` or raises
:class:`XLSFormError` listing every problem as "sheet row N, column C: message";
``services.instrument_import`` writes the parsed form in one transaction.
"""

import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook

from . import scoring

MAX_ROWS = 2000
OPTION_KEYS = tuple("ABCDEFGH")
SCALE_NAMES = {
    scoring.LIKERT: ("1", "2", "3", "4", "5"),
    scoring.FREQUENCY: ("1", "2", "3", "4", "5"),
    scoring.YES_NO: ("yes", "no"),
    scoring.TRUE_FALSE: ("true", "false"),
}
SCALE_LISTS = {
    scoring.LIKERT: "agree5",
    scoring.FREQUENCY: "freq5",
    scoring.YES_NO: "yesno",
    scoring.TRUE_FALSE: "truefalse",
}
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
    "single",
    "multi",
    "truefalse",
    "likert",
    "frequency",
    "yesno",
    "open",
}
PURPOSES = {"pre_post", "pre", "post", "follow_up", "baseline", "midline", "endline"}
# Question types of XLSForm that carry no question and are skipped quietly.
SKIPPED_TYPES = {
    "begin group",
    "end group",
    "begin_group",
    "end_group",
    "start",
    "end",
    "today",
    "deviceid",
    "username",
    "audit",
}
TRUE_WORDS = {"yes", "true", "1", "y"}
FALSE_WORDS = {"no", "false", "0", "n", ""}
CODE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,9}$")
INSTRUMENT_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")
COLUMN_RE = re.compile(r"^(?P<base>[a-z_]+)(?:::(?P<lang>.+))?$")
LANGUAGE_RE = re.compile(r"\(\s*(?P<code>[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)\s*\)\s*$")


class XLSFormError(Exception):
    """A workbook that cannot be imported; ``errors`` lists every problem."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class ParsedOption:
    key: str
    texts: dict[str, str]
    correct: bool = False
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
    row: int = 0


@dataclass
class ParsedForm:
    code: str
    titles: dict[str, str]
    languages: list[str]
    purpose: str = "pre_post"
    for_children: bool = True
    delivery: str = "page"
    shuffle_items: bool = False
    shuffle_options: bool = False
    construct: str = ""
    instructions: dict[str, str] = field(default_factory=dict)
    items: list[ParsedItem] = field(default_factory=list)

    @property
    def source_language(self) -> str:
        return self.languages[0]


def _language_names() -> dict[str, str]:
    return dict(settings.WAGTAIL_CONTENT_LANGUAGES)


def language_header(base: str, code: str) -> str:
    """Return the column name XLSForm uses, e.g. ``label::English (en)``."""
    return f"{base}::{_language_names().get(code, code)} ({code})"


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


class _Sheet:
    """One worksheet read as header-keyed rows, remembering each column's letter."""

    def __init__(self, name: str, worksheet, errors: list[str]):
        self.name = name
        self.errors = errors
        rows = worksheet.iter_rows(values_only=True)
        header = next(rows, None) or ()
        self.columns: dict[str, int] = {}
        self.headers: list[str] = []
        for index, raw in enumerate(header):
            title = _cell(raw)
            if not title:
                continue
            match = COLUMN_RE.match(title.split("::")[0].strip().lower())
            base = match.group("base") if match else title.lower()
            lang = title.split("::", 1)[1].strip() if "::" in title else ""
            key = f"{base}::{lang}" if lang else base
            if key in self.columns:
                self.error(1, title, _("this column appears twice"))
                continue
            self.columns[key] = index
            self.headers.append(key)
        self.rows: list[tuple[int, tuple]] = []
        for number, values in enumerate(rows, start=2):
            if number - 1 > MAX_ROWS:
                self.error(
                    number, "", _("too many rows (at most %(n)d)") % {"n": MAX_ROWS}
                )
                break
            if any(_cell(v) for v in values):
                self.rows.append((number, values))

    def error(self, row: int, column: str, message: str) -> None:
        where = _("%(sheet)s row %(row)d") % {"sheet": self.name, "row": row}
        if column:
            where += ", " + _("column %(column)s") % {"column": column}
        self.errors.append(f"{where}: {message}")

    def get(self, values: tuple, key: str) -> str:
        index = self.columns.get(key)
        if index is None or index >= len(values):
            return ""
        return _cell(values[index])


def _language_of(column_key: str, default: str) -> str | None:
    """Return the language code of ``label::English (en)`` (or ``label::en``)."""
    if "::" not in column_key:
        return default
    suffix = column_key.split("::", 1)[1]
    match = LANGUAGE_RE.search(suffix)
    code = match.group("code") if match else suffix.strip()
    return code.lower() if code.lower() in _language_names() else None


def _bool(sheet: _Sheet, row: int, column: str, raw: str, default: bool) -> bool:
    word = raw.strip().lower()
    if not word:
        return default
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    sheet.error(row, column, _("'%(value)s' is not yes or no") % {"value": raw})
    return default


def _texts(
    sheet: _Sheet, values: tuple, base: str, langs: dict[str, str]
) -> dict[str, str]:
    """Return ``{language: text}`` from ``base`` and ``base::Language (xx)``."""
    return {lang: sheet.get(values, key) for lang, key in langs.items()}


def _columns_by_language(
    sheet: _Sheet, base: str, default_language: str
) -> dict[str, str]:
    """Map each language to its column for ``base``; report unknown languages."""
    result: dict[str, str] = {}
    if base in sheet.columns:
        result[default_language] = base
    for key in sheet.headers:
        if not key.startswith(base + "::"):
            continue
        lang = _language_of(key, default_language)
        if lang is None:
            sheet.error(
                1,
                key,
                _("unknown language; write it as 'Name (code)' with one of: %(codes)s")
                % {"codes": ", ".join(_language_names())},
            )
            continue
        if lang in result:
            sheet.error(1, key, _("a second column for language '%(l)s'") % {"l": lang})
            continue
        result[lang] = key
    return result


# An .xlsx file is a zip archive: a small upload can unpack to gigabytes.
MAX_UNPACKED_BYTES = 50 * 1024 * 1024


def _refuse_zip_bomb(data: bytes | io.BufferedIOBase) -> None:
    stream = io.BytesIO(data) if isinstance(data, bytes) else data
    try:
        with zipfile.ZipFile(stream) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as error:
        raise XLSFormError(
            [_("The file is not an Excel workbook (.xlsx): %(e)s") % {"e": error}]
        ) from error
    finally:
        if not isinstance(data, bytes):
            data.seek(0)
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


def parse_workbook(data: bytes | io.BufferedIOBase) -> ParsedForm:
    """Read an XLSForm workbook; raise ``XLSFormError`` listing every problem."""
    _refuse_zip_bomb(data)
    try:
        workbook = load_workbook(
            io.BytesIO(data) if isinstance(data, bytes) else data,
            read_only=True,
            data_only=True,
        )
    except Exception as error:  # openpyxl raises many kinds for a bad file
        raise XLSFormError(
            [_("The file is not an Excel workbook (.xlsx): %(e)s") % {"e": error}]
        ) from error
    errors: list[str] = []
    names = {name.lower(): name for name in workbook.sheetnames}
    for required in ("survey", "choices", "settings"):
        if required not in names:
            errors.append(_("The workbook has no '%(s)s' sheet.") % {"s": required})
    if errors:
        raise XLSFormError(errors)
    settings_sheet = _Sheet("settings", workbook[names["settings"]], errors)
    survey = _Sheet("survey", workbook[names["survey"]], errors)
    choices = _Sheet("choices", workbook[names["choices"]], errors)
    workbook.close()
    form = _parse_settings(settings_sheet)
    lists = _parse_choices(choices, form)
    _parse_survey(survey, choices, lists, form)
    if errors:
        raise XLSFormError(errors)
    return form


def _parse_settings(sheet: _Sheet) -> ParsedForm:
    if not sheet.rows:
        sheet.error(2, "", _("the settings sheet needs one row under its header"))
        return ParsedForm(code="", titles={}, languages=[settings.LANGUAGE_CODE])
    row, values = sheet.rows[0]
    default_raw = sheet.get(values, "default_language")
    default_language = settings.LANGUAGE_CODE
    if default_raw:
        lang = _language_of(f"x::{default_raw}", settings.LANGUAGE_CODE)
        if lang is None:
            sheet.error(
                row,
                "default_language",
                _("unknown language '%(v)s'") % {"v": default_raw},
            )
        else:
            default_language = lang
    code = sheet.get(values, "form_id")
    if not code:
        sheet.error(row, "form_id", _("the instrument code is required"))
    elif not INSTRUMENT_CODE_RE.match(code):
        sheet.error(
            row,
            "form_id",
            _("'%(v)s' is not a code (letters, digits, - _ . ; at most 40)")
            % {"v": code},
        )
    title_columns = _columns_by_language(sheet, "form_title", default_language)
    titles = {lang: sheet.get(values, key) for lang, key in title_columns.items()}
    if not titles.get(default_language):
        sheet.error(row, "form_title", _("the title is required"))
    purpose = sheet.get(values, "kap_purpose").lower() or "pre_post"
    if purpose not in PURPOSES:
        sheet.error(
            row,
            "kap_purpose",
            _("'%(v)s' is not one of %(ok)s")
            % {"v": purpose, "ok": ", ".join(sorted(PURPOSES))},
        )
    delivery = sheet.get(values, "kap_delivery").lower() or "page"
    if delivery not in ("page", "one"):
        sheet.error(row, "kap_delivery", _("use 'page' or 'one'"))
    form = ParsedForm(
        code=code,
        titles=titles,
        languages=[default_language],
        purpose=purpose,
        for_children=_bool(
            sheet, row, "kap_for_children", sheet.get(values, "kap_for_children"), True
        ),
        delivery=delivery,
        shuffle_items=_bool(
            sheet,
            row,
            "kap_shuffle_items",
            sheet.get(values, "kap_shuffle_items"),
            False,
        ),
        shuffle_options=_bool(
            sheet,
            row,
            "kap_shuffle_options",
            sheet.get(values, "kap_shuffle_options"),
            False,
        ),
        construct=sheet.get(values, "kap_construct")[:40],
    )
    return form


def _parse_choices(sheet: _Sheet, form: ParsedForm) -> dict[str, list[tuple]]:
    """Return ``{list name: [(row, name, {lang: label}), ...]}``."""
    for column in ("list_name", "name"):
        if column not in sheet.columns:
            sheet.error(1, column, _("this column is required"))
    label_columns = _columns_by_language(sheet, "label", form.source_language)
    lists: dict[str, list[tuple]] = {}
    for row, values in sheet.rows:
        list_name = sheet.get(values, "list_name")
        name = sheet.get(values, "name")
        if not list_name:
            sheet.error(row, "list_name", _("the list name is required"))
            continue
        if not name:
            sheet.error(row, "name", _("the option name is required"))
            continue
        entries = lists.setdefault(list_name, [])
        if any(entry[1] == name for entry in entries):
            sheet.error(
                row,
                "name",
                _("option '%(o)s' appears twice in list '%(l)s'")
                % {"o": name, "l": list_name},
            )
            continue
        entries.append((row, name, _texts(sheet, values, "label", label_columns)))
    sheet.label_columns = label_columns
    return lists


def _parse_survey(
    survey: _Sheet, choices: _Sheet, lists: dict[str, list[tuple]], form: ParsedForm
) -> None:
    for column in ("type", "name", "kap_domain"):
        if column not in survey.columns:
            survey.error(1, column, _("this column is required"))
    label_columns = _columns_by_language(survey, "label", form.source_language)
    explanation_columns = _columns_by_language(
        survey, "explanation", form.source_language
    )
    languages = [form.source_language] + sorted(
        lang
        for lang in set(label_columns) | set(getattr(choices, "label_columns", {}))
        if lang != form.source_language
    )
    form.languages = languages
    if form.source_language not in label_columns:
        survey.error(
            1,
            "label",
            _("no label column for the default language '%(l)s'")
            % {"l": form.source_language},
        )
    seen_codes: set[str] = set()
    for row, values in survey.rows:
        raw_type = " ".join(survey.get(values, "type").split())
        type_word, _sep, list_name = raw_type.partition(" ")
        type_word = type_word.lower()
        if raw_type.lower() in SKIPPED_TYPES:
            continue
        texts = _texts(survey, values, "label", label_columns)
        if type_word == "note":
            for lang, text in texts.items():
                if text:
                    previous = form.instructions.get(lang, "")
                    form.instructions[lang] = (
                        f"{previous}\n\n{text}" if previous else text
                    )
            continue
        if type_word not in ("select_one", "select_multiple", "text"):
            survey.error(
                row,
                "type",
                _(
                    "type '%(t)s' is not supported (use select_one, "
                    "select_multiple, text or note)"
                )
                % {"t": raw_type or "-"},
            )
            continue
        item = _parse_item(
            survey,
            row,
            values,
            type_word,
            list_name.strip(),
            lists,
            form,
            texts,
            explanation_columns,
        )
        if item is None:
            continue
        if item.code in seen_codes:
            survey.error(
                row, "name", _("code '%(c)s' is used twice") % {"c": item.code}
            )
            continue
        seen_codes.add(item.code)
        form.items.append(item)
    if not form.items and not survey.errors:
        survey.error(2, "type", _("the form has no questions"))
    _check_translations(
        survey, choices, form, label_columns, getattr(choices, "label_columns", {})
    )


def _parse_item(
    sheet: _Sheet,
    row: int,
    values: tuple,
    type_word: str,
    list_name: str,
    lists: dict[str, list[tuple]],
    form: ParsedForm,
    texts: dict[str, str],
    explanation_columns: dict[str, str],
) -> ParsedItem | None:
    errors_before = len(sheet.errors)
    code = sheet.get(values, "name")
    if not code:
        sheet.error(row, "name", _("the item code is required"))
    elif not CODE_RE.match(code):
        sheet.error(
            row,
            "name",
            _("'%(v)s' is not an item code (a letter, then letters or digits; ≤ 10)")
            % {"v": code},
        )
    domain_raw = sheet.get(values, "kap_domain")
    domain = DOMAIN_NAMES.get(domain_raw.lower())
    if domain is None:
        sheet.error(
            row,
            "kap_domain",
            _("'%(v)s' is not a KAP domain (K, A or P)") % {"v": domain_raw},
        )
    kap_type = sheet.get(values, "kap_type").lower()
    default_type = {
        "select_one": scoring.SINGLE,
        "select_multiple": scoring.MULTI,
        "text": scoring.OPEN,
    }[type_word]
    kap_type = kap_type or default_type
    allowed = {
        "select_one": {
            scoring.SINGLE,
            scoring.TRUE_FALSE,
            scoring.LIKERT,
            scoring.FREQUENCY,
            scoring.YES_NO,
        },
        "select_multiple": {scoring.MULTI},
        "text": {scoring.OPEN},
    }[type_word]
    if kap_type not in allowed:
        sheet.error(
            row,
            "kap_type",
            _("'%(k)s' does not fit type %(t)s (use %(ok)s)")
            % {"k": kap_type, "t": type_word, "ok": ", ".join(sorted(allowed))},
        )
        return None
    if kap_type == scoring.OPEN and form.for_children:
        sheet.error(
            row,
            "type",
            _("open-text questions are not allowed in tests for children"),
        )
    if not texts.get(form.source_language):
        sheet.error(row, "label", _("the question text is required"))
    item = ParsedItem(
        code=code,
        domain=domain or "",
        item_type=kap_type,
        texts=texts,
        subscale=sheet.get(values, "kap_subscale")[:40],
        reverse_coded=_bool(
            sheet, row, "reverse_coded", sheet.get(values, "reverse_coded"), False
        ),
        explanations={
            lang: sheet.get(values, key) for lang, key in explanation_columns.items()
        },
        row=row,
    )
    answer_key = sheet.get(values, "answer_key")
    if type_word in ("select_one", "select_multiple"):
        if not list_name:
            sheet.error(row, "type", _("the choice list name is missing"))
            return None
        entries = lists.get(list_name)
        if entries is None:
            sheet.error(
                row,
                "type",
                _("list '%(l)s' is not on the choices sheet") % {"l": list_name},
            )
            return None
        names = [entry[1] for entry in entries]
        if kap_type in SCALE_NAMES:
            expected = SCALE_NAMES[kap_type]
            if tuple(names) != expected:
                sheet.error(
                    row,
                    "type",
                    _(
                        "a %(k)s question needs a list with exactly the options "
                        "%(ok)s in this order; list '%(l)s' has %(got)s"
                    )
                    % {
                        "k": kap_type,
                        "ok": " ".join(expected),
                        "l": list_name,
                        "got": " ".join(names),
                    },
                )
        else:
            bad = [n for n in names if n not in OPTION_KEYS]
            if bad:
                sheet.error(
                    row,
                    "type",
                    _(
                        "list '%(l)s' has option names %(bad)s; choice questions "
                        "use the stable option ids A to H"
                    )
                    % {"l": list_name, "bad": ", ".join(bad)},
                )
            item.options = [
                ParsedOption(key=name, texts=labels, row=choice_row)
                for choice_row, name, labels in entries
            ]
        keys = answer_key.replace(",", " ").split()
        if kap_type == scoring.TRUE_FALSE:
            if answer_key.lower() not in ("true", "false"):
                sheet.error(row, "answer_key", _("write true or false"))
            else:
                item.answer_true = answer_key.lower() == "true"
        elif kap_type in (scoring.SINGLE, scoring.MULTI):
            for key in keys:
                if key not in names:
                    sheet.error(
                        row,
                        "answer_key",
                        _("option '%(o)s' is not in list '%(l)s'")
                        % {"o": key, "l": list_name},
                    )
            for option in item.options:
                option.correct = option.key in keys
            if kap_type == scoring.SINGLE and len(keys) > 1:
                sheet.error(
                    row, "answer_key", _("a single-choice question has one answer")
                )
        elif answer_key:
            sheet.error(
                row,
                "answer_key",
                _("a %(k)s question has no answer key") % {"k": kap_type},
            )
    elif answer_key:
        sheet.error(row, "answer_key", _("an open question has no answer key"))
    if len(sheet.errors) == errors_before:
        try:
            scoring.check_spec(_spec(item))
        except ValueError as error:
            column = (
                "answer_key"
                if "correct" in str(error) or "answer" in str(error)
                else ""
            )
            sheet.error(row, column, str(error))
    return item if len(sheet.errors) == errors_before else None


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
    )


def _check_translations(
    survey: _Sheet,
    choices: _Sheet,
    form: ParsedForm,
    survey_columns: dict[str, str],
    choice_columns: dict[str, str],
) -> None:
    """Every language with a column must be complete: no half-translated test."""
    for lang in form.languages[1:]:
        if not form.titles.get(lang):
            form.titles[lang] = form.titles.get(form.source_language, "")
        for item in form.items:
            if not item.texts.get(lang):
                survey.error(
                    item.row,
                    survey_columns.get(lang, language_header("label", lang)),
                    _("the %(l)s translation is missing") % {"l": lang},
                )
            for option in item.options:
                if not option.texts.get(lang):
                    choices.error(
                        option.row,
                        choice_columns.get(lang, language_header("label", lang)),
                        _("option %(o)s of %(c)s has no %(l)s translation")
                        % {"o": option.key, "c": item.code, "l": lang},
                    )


# -- export -----------------------------------------------------------------


def _scale_label(item_type: str, name: str, language: str) -> str:
    from .views.taking import SCALE_LABELS

    with translation.override(language):
        return str(dict(SCALE_LABELS[item_type])[name])


def build_workbook(instruments: Iterable) -> bytes:
    """Write an instrument and its translations as an XLSForm workbook.

    ``instruments`` is the source-language instrument first, then its
    translations; their items are matched by ``translation_key``.
    """
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

    label_headers = [language_header("label", lang) for lang in languages]
    explanation_headers = [language_header("explanation", lang) for lang in languages]
    survey.append(
        ["type", "name", *label_headers]
        + [
            "kap_domain",
            "kap_subscale",
            "kap_type",
            "answer_key",
            "reverse_coded",
            *explanation_headers,
        ]
    )
    choices.append(["list_name", "name", *label_headers])

    if any(i.instructions for i in instruments):
        survey.append(
            [
                "note",
                "instructions",
                *[by_lang[lang].instructions for lang in languages],
            ]
        )
    scale_lists_written: set[str] = set()
    for item in source.get_items():
        translations = [
            items_by_lang[lang].get(item.translation_key, item) for lang in languages
        ]
        if item.item_type in SCALE_LISTS:
            list_name = SCALE_LISTS[item.item_type]
            xls_type = f"select_one {list_name}"
            if list_name not in scale_lists_written:
                scale_lists_written.add(list_name)
                for name in SCALE_NAMES[item.item_type]:
                    choices.append(
                        [list_name, name]
                        + [
                            _scale_label(item.item_type, name, lang)
                            for lang in languages
                        ]
                    )
        elif item.item_type in (scoring.SINGLE, scoring.MULTI):
            list_name = item.code.lower()
            verb = (
                "select_one" if item.item_type == scoring.SINGLE else "select_multiple"
            )
            xls_type = f"{verb} {list_name}"
            option_texts = [
                {o["key"]: o["text"] for o in t.option_list()} for t in translations
            ]
            for option in item.option_list():
                choices.append(
                    [list_name, option["key"]]
                    + [texts.get(option["key"], "") for texts in option_texts]
                )
        else:
            xls_type = "text"
        if item.item_type == scoring.TRUE_FALSE:
            answer_key = "true" if item.answer_true else "false"
        else:
            answer_key = " ".join(o["key"] for o in item.option_list() if o["correct"])
        survey.append(
            [xls_type, item.code, *[t.text for t in translations]]
            + [
                item.domain,
                item.subscale,
                item.item_type,
                answer_key,
                "yes" if item.reverse_coded else "",
                *[t.explanation for t in translations],
            ]
        )
    settings_sheet.append(
        [
            "form_id",
            *[language_header("form_title", lang) for lang in languages],
            "default_language",
            "kap_purpose",
            "kap_for_children",
            "kap_delivery",
            "kap_shuffle_items",
            "kap_shuffle_options",
            "kap_construct",
        ]
    )
    settings_sheet.append(
        [
            source.code,
            *[by_lang[lang].title for lang in languages],
            f"{_language_names().get(languages[0], languages[0])} ({languages[0]})",
            source.purpose,
            "yes" if source.for_children else "no",
            source.delivery,
            "yes" if source.shuffle_items else "no",
            "yes" if source.shuffle_options else "no",
            source.construct,
        ]
    )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
