"""Roster CSV parsing: pure functions, no database.

The format (``docs/classes.md``): UTF-8 (a byte-order mark is fine), comma or
semicolon separated, a header row with the columns ``display_name``, ``gender``
and ``birth_year`` in any order (extra columns are reported and ignored), then
one row per student. Only ``display_name`` needs a value.

``parse_roster`` never creates anything: it returns the clean rows and a list of
errors (each naming the row and column). The import service creates the
accounts only when there are no errors, inside one transaction.
"""

import csv
import io
import unicodedata
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

MAX_BYTES = 1024 * 1024
MAX_ROWS = 200
REQUIRED_COLUMNS = ("display_name", "gender", "birth_year")
DISPLAY_NAME_MAX = 40
OLDEST_AGE = 100
YOUNGEST_AGE = 3
GENDER_VALUES = {
    "f": "f",
    "girl": "f",
    "female": "f",
    "m": "m",
    "boy": "m",
    "male": "m",
    "x": "x",
    "other": "x",
    "": "",
}
# Bidirectional embeddings, overrides and isolates: invisible, they reorder the
# text around them (a name could show as another, or scramble the list it is in).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
TEMPLATE_ROWS = [
    ["display_name", "gender", "birth_year"],
    ["Amina", "f", "2015"],
    ["Jo", "m", "2014"],
    ["K.", "", ""],
]


@dataclass
class RosterRow:
    line: int
    display_name: str
    gender: str
    birth_year: int | None


@dataclass
class RosterError:
    line: int | None  # None: the whole file
    column: str
    message: str


@dataclass
class RosterResult:
    rows: list[RosterRow] = field(default_factory=list)
    errors: list[RosterError] = field(default_factory=list)
    duplicates: dict[str, list[int]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows)


def template_csv() -> str:
    out = io.StringIO()
    csv.writer(out).writerows(TEMPLATE_ROWS)
    return out.getvalue()


def _file_error(message: str) -> RosterResult:
    return RosterResult(errors=[RosterError(None, "", message)])


def parse_roster(data: bytes, *, this_year: int) -> RosterResult:
    """Check a roster file and return its rows, errors and duplicate names.

    Parameters:
        data: the uploaded file's bytes.
        this_year: the current year, for checking birth years.

    Returns a ``RosterResult``: ``rows`` (clean rows, in file order, with the
    1-based file line number), ``errors`` (file-level errors have ``line`` None)
    and ``duplicates`` (display name, case-folded -> lines; duplicates are
    allowed because each account gets its own username, but they are reported).
    Cell text is kept as text: a cell such as ``=HYPERLINK(...)`` is stored as
    those characters and never evaluated.
    """
    if len(data) > MAX_BYTES:
        return _file_error(
            _("The file is larger than %(kb)d KB. Split the class into smaller files.")
            % {"kb": MAX_BYTES // 1024}
        )
    if b"\x00" in data:
        return _file_error(_("This is not a CSV text file."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _file_error(
            _("This is not a UTF-8 CSV file. Save it as 'CSV UTF-8' and try again.")
        )
    if not text.strip():
        return _file_error(_("The file is empty."))
    first_line = text.splitlines()[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    # The lines as the reader reads them, so that each row's first and last
    # line are known: a quoted cell may run over several.
    lines = io.StringIO(text, newline="").readlines()
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        header = [cell.strip().lower() for cell in next(reader)]
    except csv.Error:
        return _file_error(_("This is not a CSV file."))
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        return _file_error(
            _("Missing column(s): %(columns)s. The first row must be: %(expected)s.")
            % {"columns": ", ".join(missing), "expected": ",".join(REQUIRED_COLUMNS)}
        )
    index = {column: header.index(column) for column in REQUIRED_COLUMNS}
    result = RosterResult()
    seen: dict[str, list[int]] = {}
    try:
        last_line = reader.line_num
        for cells in reader:
            line, last_line = last_line + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if len(result.rows) + len(result.errors) >= MAX_ROWS:
                return _file_error(
                    _("The file has more than %(n)d students. Split it.")
                    % {"n": MAX_ROWS}
                )
            if last_line > line:
                result.errors.append(_spanning_error(cells, header, line, last_line))
                continue
            row = _parse_row(cells, line, index, this_year, result.errors)
            if row is not None:
                result.rows.append(row)
                seen.setdefault(row.display_name.casefold(), []).append(line)
    except csv.Error as error:
        return _file_error(
            _("This is not a valid CSV file: %(error)s") % {"error": error}
        )
    if not result.rows and not result.errors:
        return _file_error(_("The file has a header but no students."))
    result.duplicates = {name: lines for name, lines in seen.items() if len(lines) > 1}
    return result


def _spanning_error(cells, header, first: int, last: int) -> RosterError:
    """A row the reader took from several lines: a cell with a line break in it.

    Almost always a quotation mark opened and never closed (``"Amina``), which
    makes the reader take the next students' lines into the same cell, so one
    account would be made for several students. The error names the row where
    the cell starts and its column.
    """
    position = next(i for i, cell in enumerate(cells) if "\n" in cell or "\r" in cell)
    column = header[position] if position < len(header) else ""
    return RosterError(
        first,
        column or _("column %(n)d") % {"n": position + 1},
        _(
            "This cell runs over lines %(first)d to %(last)d, so they were read "
            'as one student. Look for a quotation mark (") that is opened and '
            "not closed, or a line break inside the cell: put each student on "
            "a line of their own."
        )
        % {"first": first, "last": last},
    )


def _has_hidden_characters(text: str) -> bool:
    """Whether ``text`` has characters that do not show: control characters
    (other than a tab, read as a space) or bidirectional controls."""
    return any(
        (unicodedata.category(ch) == "Cc" and ch != "\t") or ch in BIDI_CONTROLS
        for ch in text
    )


def _cell(cells: list[str], position: int) -> str:
    return cells[position].strip() if position < len(cells) else ""


def _parse_row(cells, line, index, this_year, errors) -> RosterRow | None:
    before = len(errors)
    raw_name = _cell(cells, index["display_name"])
    name = " ".join(raw_name.split())
    if not name:
        errors.append(RosterError(line, "display_name", _("A display name is needed.")))
    elif _has_hidden_characters(raw_name):
        errors.append(
            RosterError(
                line,
                "display_name",
                _(
                    "This name has hidden control characters in it (often from "
                    "copying out of another program). Type the name again."
                ),
            )
        )
    elif len(name) > DISPLAY_NAME_MAX:
        errors.append(
            RosterError(
                line,
                "display_name",
                _("Use at most %(n)d characters (a first name or initial).")
                % {"n": DISPLAY_NAME_MAX},
            )
        )
    raw_gender = _cell(cells, index["gender"]).lower()
    gender = GENDER_VALUES.get(raw_gender)
    if gender is None:
        errors.append(
            RosterError(
                line,
                "gender",
                _("Use f, m, x or leave it empty (not '%(value)s').")
                % {"value": raw_gender[:20]},
            )
        )
    raw_year = _cell(cells, index["birth_year"])
    birth_year = None
    if raw_year:
        if not raw_year.isdigit() or len(raw_year) != 4:
            errors.append(
                RosterError(
                    line,
                    "birth_year",
                    _("Write the year with four digits, like 2015."),
                )
            )
        else:
            birth_year = int(raw_year)
            if birth_year > this_year:
                errors.append(
                    RosterError(line, "birth_year", _("This year is in the future."))
                )
            elif not this_year - OLDEST_AGE <= birth_year <= this_year - YOUNGEST_AGE:
                errors.append(
                    RosterError(
                        line,
                        "birth_year",
                        _("This birth year is not plausible for a student."),
                    )
                )
    if len(errors) > before:
        return None
    return RosterRow(line=line, display_name=name, gender=gender, birth_year=birth_year)
