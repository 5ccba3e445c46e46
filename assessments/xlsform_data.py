"""Submissions as KoboToolbox and ODK Central export them: read, not written.

An XLSForm's data export is *wide*: one row per submission, one column per
question, named by the question (``group_kap/q1`` or ``q1`` in KoboToolbox,
``grp-q1`` in ODK Central), plus the server's metadata (``_uuid``,
``_submission_time``; ``SubmissionDate``, ``KEY``) and, for a multiple select,
one 0/1 column per option (``q1/opt``). This module reads such a file (CSV
with any of ``,`` ``;`` or tab, with or without a BOM, or the first sheet of
an ``.xlsx``) and maps its columns to an instrument's questions. It knows no
database: ``services_imports.responses_import`` validates the answers and
writes them. ``docs/xlsform.md`` says what is read and why.
"""

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from django.utils.translation import gettext as _

KOBO = "kobo"
ODK = "odk"
#: Columns only a KoboToolbox (KoboCAT, KPI) or an ODK Central export has.
KOBO_MARKERS = ("_uuid", "_submission_time", "meta/instanceID")
ODK_MARKERS = ("KEY", "SubmissionDate", "meta-instanceID")
#: Where the submission's instance id and date are, best first. KoboToolbox's
#: ``meta/rootUuid`` stays the same when a submission is edited; ODK
#: Central's ``KEY`` is the first version's instance id.
ID_COLUMNS = {
    KOBO: ("meta/rootUuid", "meta/instanceID", "_uuid"),
    ODK: ("KEY", "meta-instanceID"),
}
DATE_COLUMNS = {KOBO: "_submission_time", ODK: "SubmissionDate"}
#: The column naming the form version a submission was made on. ODK
#: Central's ``FormVersion`` is the XForm's ``version``, which is the XLSForm's
#: ``settings.version`` (central-backend, ``lib/data/briefcase.js``).
#: KoboToolbox's ``__version__`` is KoboToolbox's own id of the deployment
#: (``vGmEv4xKxP7yrvyJVyUnJr``, a ``calculate`` it adds to the form at each
#: deployment): the XLSForm's ``version`` never reaches the submissions, since
#: KoboToolbox replaces it with its own "N (date)" when it deploys the form
#: (kpi, ``XlsExportableMixin.to_xlsx_io``). Until 2021 the deployment id was
#: also the form's ``version``, so a form downloaded from KoboToolbox then
#: carries it. The ``_version_``, ``_version__001`` … columns of a form
#: uploaded again with those rows hold earlier deployment ids: metadata.
VERSION_COLUMNS = {KOBO: "__version__", ODK: "FormVersion"}
#: ODK Central adds this to the version of a form it encrypts.
ENCRYPTED_SUFFIX_RE = re.compile(r"\[encrypted:[^\]]*\]$")
#: How a question's column joins its groups: KoboToolbox's "/" (or the group
#: separator chosen at export), ODK Central's "-".
SEPARATORS = ("/", "-", ".")
#: The server's and the device's own columns, never a question of the form.
METADATA_NAMES = {
    name.casefold()
    for name in (
        # ODK Central (briefcase.js) and ODK Briefcase
        "SubmissionDate",
        "KEY",
        "PARENT_KEY",
        "SubmitterID",
        "SubmitterName",
        "AttachmentsPresent",
        "AttachmentsExpected",
        "Status",
        "ReviewState",
        "DeviceID",
        "Edits",
        "FormVersion",
        "instanceID",
        "instanceName",
        # XLSForm's metadata questions under their usual names
        "start",
        "end",
        "today",
        "deviceid",
        "username",
        "simserial",
        "subscriberid",
        "phonenumber",
        "email",
        "audit",
    )
}
#: The groups of the server's metadata (``meta/instanceID``, ``formhub/uuid``).
METADATA_GROUPS = {"meta", "formhub"}
#: Older KoboToolbox exports write "n/a" for a question that was not asked.
EMPTY_CELLS = {"", "n/a"}
SELECTED = {"1", "true"}
NOT_SELECTED = {"0", "false", "", "n/a"}
#: A time or a date and time as ODK writes an answer: ``14:30:00.000+03:00``,
#: ``2024-05-02T14:30:00.000+03:00`` (``Z`` for UTC; no offset in some
#: exports, a space for the ``T`` in a spreadsheet's text).
CLOCK_RE = re.compile(
    r"(?P<local>(\d{4}-\d{2}-\d{2}[T ])?\d{1,2}:\d{2}(:\d{2})?)"
    r"(\.\d+)?(Z|[+-]\d{2}(:?\d{2})?)?"
)
UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
REPEAT_INDEX_RE = re.compile(r"\[\d+\]$")


class DataExportError(Exception):
    """A file that cannot be read as an export; ``errors`` lists why."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class Table:
    header: list[str]
    #: ``(row number in the file, cells)``; the header is row 1; empty rows
    #: are left out.
    rows: list[tuple[int, list[str]]]


@dataclass
class Question:
    """What the mapping needs to know of an item."""

    code: str
    group: str = ""
    multiple: bool = False


@dataclass
class ColumnPlan:
    """Which column holds what; ``errors`` are about the header (row 1)."""

    kind: str
    questions: dict[int, str] = field(default_factory=dict)
    #: column -> (question code, option name), a multiple select's 0/1 columns
    options: dict[int, tuple[str, str]] = field(default_factory=dict)
    learner: int | None = None
    phase: int | None = None
    date: int | None = None
    ids: list[int] = field(default_factory=list)
    #: Columns of the form's fields that are not questions here, and those
    #: the user asked to ignore: not imported, and named in the summary.
    ignored: list[str] = field(default_factory=list)
    #: Columns of questions of the form's other versions, and the 0/1 option
    #: columns of their multiple selects: empty in a submission made on this
    #: version, which does not have them.
    elsewhere: list[int] = field(default_factory=list)
    elsewhere_options: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


# -- reading the file ---------------------------------------------------------


def is_workbook(data: bytes) -> bool:
    """An ``.xlsx`` file is a zip archive."""
    return data[:4] == b"PK\x03\x04"


def _delimiter(first_line: str) -> str:
    """The separator that splits the header into the most columns."""
    best, count = ",", 0
    for delimiter in (",", ";", "\t"):
        columns = len(next(csv.reader([first_line], delimiter=delimiter), []))
        if columns > count:
            best, count = delimiter, columns
    return best


def _csv_text(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DataExportError(
            [_("The file is not UTF-8 text (save it as 'CSV UTF-8').")]
        ) from error


def csv_header(data: bytes) -> list[str]:
    """The first row of a CSV file, or ``[]`` if it is not UTF-8 text."""
    try:
        text = _csv_text(data)
    except DataExportError:
        return []
    first_line = text.split("\n", 1)[0].rstrip("\r")
    return [
        h.strip()
        for h in next(csv.reader([first_line], delimiter=_delimiter(first_line)), [])
    ]


def export_kind(header: list[str]) -> str:
    """``KOBO`` or ``ODK`` from the export's own columns, else ``""``."""
    columns = set(header)
    if columns & set(ODK_MARKERS):
        return ODK
    if columns & set(KOBO_MARKERS):
        return KOBO
    return ""


def _cell_text(value) -> str:
    """A spreadsheet cell as the text an export's CSV would have."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        if value.tzinfo is None and value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value).strip()


def read_table(data: bytes, *, max_rows: int) -> Table:
    """The header and the non-empty rows of a CSV file or of a workbook's
    first sheet (where KoboToolbox puts the submissions; repeats are on the
    other sheets)."""
    if is_workbook(data):
        rows = _workbook_rows(data)
    else:
        text = _csv_text(data)
        first_line = text.split("\n", 1)[0].rstrip("\r")
        reader = csv.reader(
            io.StringIO(text, newline=""), delimiter=_delimiter(first_line)
        )
        rows = ([cell.strip() for cell in row] for row in reader)
    header = [h.strip() for h in next(rows, [])]
    if not any(header):
        raise DataExportError([_("The file has no header row.")])
    table = Table(header=header, rows=[])
    for number, cells in enumerate(rows, start=2):
        if number - 1 > max_rows:
            raise DataExportError(
                [_("The file has more than %(n)d rows.") % {"n": max_rows}]
            )
        if any(cells):
            cells = cells + [""] * (len(header) - len(cells))
            table.rows.append((number, cells))
    if not table.rows:
        raise DataExportError([_("The file has no data rows.")])
    return table


def _workbook_rows(data: bytes):
    from openpyxl import load_workbook

    from .xlsform import XLSFormError, _refuse_zip_bomb

    try:
        _refuse_zip_bomb(data)
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except XLSFormError as error:
        raise DataExportError(error.errors) from error
    except Exception as error:  # openpyxl: not a workbook it can read
        raise DataExportError(
            [_("The file could not be read as an Excel workbook: %(e)s") % {"e": error}]
        ) from error
    sheet = book.worksheets[0]
    for row in sheet.iter_rows(values_only=True):
        yield [_cell_text(value) for value in row]
    book.close()


# -- the columns --------------------------------------------------------------


def _named(column: str, name: str) -> bool:
    """``column`` is the question ``name``, bare or under its groups."""
    return column == name or any(column.endswith(sep + name) for sep in SEPARATORS)


def _question(column: str, questions: dict[str, Question]) -> Question | None:
    """The question a column holds: its bare name, or its name under its
    group (the innermost group is the one the instrument records)."""
    found = questions.get(column)
    if found is not None:
        return found
    for sep in SEPARATORS:
        path = column.split(sep)
        if len(path) < 2:
            continue
        found = questions.get(path[-1])
        if found is not None and found.group and path[-2] == found.group:
            return found
    return None


def _option_column(column: str, questions: dict[str, Question]):
    """``(question, option)`` for a multiple select's 0/1 column ``q/opt``."""
    for sep in SEPARATORS:
        start = len(column)
        while (cut := column.rfind(sep, 0, start)) > 0:
            found = _question(column[:cut], questions)
            if found is not None and found.multiple and column[cut + 1 :]:
                return found, column[cut + 1 :]
            start = cut
    return None


def _segments(column: str) -> list[str]:
    parts = [column]
    for sep in SEPARATORS:
        parts = [piece for part in parts for piece in part.split(sep)]
    return [REPEAT_INDEX_RE.sub("", part) for part in parts if part]


def _is_metadata(column: str) -> bool:
    if column.startswith("_"):  # _id, _uuid, _index, __version__, _q_latitude …
        return True
    if column.casefold() in METADATA_NAMES:
        return True
    first = re.split(r"[/-]", column, maxsplit=1)[0]
    return first in METADATA_GROUPS and first != column


def plan_columns(
    header: list[str],
    *,
    kind: str,
    questions: list[Question],
    fields_left_out: list[str] = (),
    ignore: list[str] = (),
    learner_column: str = "learner",
    phase_column: str = "",
    labels: dict[str, str] | None = None,
    instrument_code: str = "",
    other_versions: list[list[Question]] = (),
) -> ColumnPlan:
    """Map each column of the header; every problem is listed in ``errors``.

    ``labels`` maps a question's text (casefolded, in any language) to its
    name, to recognise an export made with labels instead of names.
    ``other_versions`` are the questions of the form's other versions, one
    list per version: an export holds the columns of every version its
    submissions were made on, so their columns are not unknown here
    (``elsewhere``).
    """
    plan = ColumnPlan(kind=kind)
    by_code = {q.code: q for q in questions}
    others = [{q.code: q for q in version} for version in other_versions]
    left_out = set(fields_left_out)
    ignore_set = set(ignore)
    labels = labels or {}
    seen: dict[str, str] = {}
    unknown: list[str] = []

    def error(column: str, message: str) -> None:
        plan.errors.append(_("row 1, column %(c)s: ") % {"c": column} + message)

    for index, column in enumerate(header):
        if not column:
            continue
        question = _question(column, by_code)
        # A 0/1 column "q/opt" is never the learner's or the phase's column.
        option = None if question else _option_column(column, by_code)
        if column in ID_COLUMNS[kind]:
            plan.ids.append(index)  # also when it is the learner's (_uuid)
        if option is None:
            if plan.learner is None and _named(column, learner_column):
                plan.learner = index  # never an answer, even if a question
                continue
            if phase_column and plan.phase is None and _named(column, phase_column):
                plan.phase = index
                continue
        if column == DATE_COLUMNS[kind]:
            plan.date = index
            continue
        if column in ID_COLUMNS[kind]:
            continue
        if question is not None:
            if question.code in seen:
                error(
                    column,
                    _("a second column for question %(q)s (the first is %(f)s)")
                    % {"q": question.code, "f": seen[question.code]},
                )
                continue
            seen[question.code] = column
            plan.questions[index] = question.code
            continue
        if option is not None:
            plan.options[index] = (option[0].code, option[1])
            continue
        if _is_metadata(column):
            continue
        if column in ignore_set or _segments(column)[-1] in ignore_set:
            plan.ignored.append(column)
            continue
        if left_out & set(_segments(column)):
            plan.ignored.append(column)
            continue
        if any(_question(column, other) for other in others):
            plan.elsewhere.append(index)
            continue
        if any(_option_column(column, other) for other in others):
            plan.elsewhere_options.append(index)
            continue
        label_of = next(
            (
                labels[part.strip().casefold()]
                for part in [column, *column.split("/")]
                if part.strip().casefold() in labels
            ),
            None,
        )
        if label_of is not None:
            error(
                column,
                _(
                    "this is the text of question %(q)s, not its name: export "
                    "the data with “XML values and headers”"
                )
                % {"q": label_of},
            )
            continue
        unknown.append(column)
    for column in unknown:
        error(
            column,
            _(
                "not a question of %(i)s (nor metadata, nor a question left out "
                "when the form was imported); if the column is not needed, "
                "ignore it (--ignore-column)"
            )
            % {"i": instrument_code},
        )
    ids = ID_COLUMNS[kind]
    if not plan.ids:
        plan.errors.append(
            _(
                "row 1: no column with the submission's id (%(c)s): export "
                "the data with its metadata"
            )
            % {"c": ", ".join(ids)}
        )
    plan.ids.sort(key=lambda index: ids.index(header[index]))
    if plan.date is None:
        plan.errors.append(
            _("row 1: no column %(c)s with the submission's date")
            % {"c": DATE_COLUMNS[kind]}
        )
    if plan.learner is None:
        plan.errors.append(
            _(
                "row 1: no column '%(c)s' with the learner's reference: name the "
                "question that holds it (--learner-column)"
            )
            % {"c": learner_column}
        )
    if phase_column and plan.phase is None:
        plan.errors.append(
            _(
                "row 1: no column '%(c)s' with the phase: name the question that "
                "holds it (--phase-column), or give the phase of every "
                "submission (--phase)"
            )
            % {"c": phase_column}
        )
    return plan


# -- the cells ----------------------------------------------------------------


def version_column(header: list[str], *, kind: str) -> int | None:
    """The index of the column naming each submission's form version."""
    name = VERSION_COLUMNS[kind]
    return header.index(name) if name in header else None


def named_version(cell: str, *, kind: str, known: Iterable[str]) -> str:
    """The version of the form a submission's version cell names, or "" when
    it names none.

    ODK Central's ``FormVersion`` is the form's version: it is returned even
    when it is not in ``known`` (the submission was made on a version this
    platform was not given, which the caller refuses), without the
    ``[encrypted:…]`` ODK Central adds to an encrypted form's version.
    KoboToolbox's ``__version__`` is a deployment id, which names a version
    only when a version of the form has that very string; any other
    deployment id names none, and is never taken for a version.
    """
    value = cell.strip()
    if is_empty(value):
        return ""
    if kind == ODK:
        return ENCRYPTED_SUFFIX_RE.sub("", value).strip()
    return value if value in set(known) else ""


def is_empty(cell: str) -> bool:
    return cell.strip().casefold() in EMPTY_CELLS


def instance_id(cell: str) -> str:
    """The submission's id as ``meta/instanceID`` writes it (``uuid:…``):
    KoboToolbox's ``_uuid`` leaves the prefix out."""
    value = cell.strip()
    return f"uuid:{value}" if UUID_RE.match(value) else value


def parse_timestamp(cell: str) -> datetime | None:
    """An ISO 8601 date and time; without an offset it is UTC, as
    KoboToolbox writes ``_submission_time``."""
    try:
        when = datetime.fromisoformat(cell.strip())
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when


def local_time(cell: str) -> str:
    """A ``time`` or ``dateTime`` answer as ODK and KoboToolbox export it,
    as the time of day the device's clock gave: ``14:30:00.000+03:00`` is
    ``14:30:00``. The fraction of a second and the offset are dropped, not
    applied: an answer is a time on the respondent's clock (when they go to
    bed), the same as a time typed in the browser, which has no offset; it is
    not turned into UTC. Any other text is returned as it is, to be refused
    by the question's own check."""
    match = CLOCK_RE.fullmatch(cell.strip())
    return match.group("local") if match else cell.strip()


def option_selected(cell: str) -> bool | None:
    """A 0/1 option column's cell: selected, not selected, or ``None`` if
    it is neither."""
    value = cell.strip().casefold()
    if value in SELECTED:
        return True
    if value in NOT_SELECTED:
        return False
    return None
