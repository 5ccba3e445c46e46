"""Interface message catalogues: check and compile .po files in pure Python.

polib (already a dependency of wagtail-localize) reads the .po files and writes
the .mo files Django loads, so no GNU gettext is needed to run the project.
Fuzzy and untranslated entries are left out of the .mo file, so Django shows
the English text for them.
"""

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import polib

PO_LINE = re.compile(
    r'^(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?"(?:[^"\\]|\\.)*"$'
)
#: One printf-style directive as Python's ``%`` operator reads it (and GNU
#: msgfmt's python-format check): mapping key, flags, width, precision, length
#: modifier, conversion.
DIRECTIVE = re.compile(
    r"%(?:\((?P<name>[^)]*)\))?[#0\- +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?"
    r"(?P<conversion>[diouxXeEfFgGcrsa%])"
)


class FormatError(ValueError):
    """Text flagged python-format that the ``%`` operator would refuse."""


def directives(text: str) -> list[tuple[str | None, str]]:
    """The ``(name, conversion)`` of each directive in ``text``, ``%%`` left out.

    Raises :class:`FormatError` where a ``%`` starts no valid directive, as
    ``msgfmt --check`` does (e.g. "95% para" reads as the invalid ``% p``).
    """
    found, position = [], 0
    while (start := text.find("%", position)) != -1:
        match = DIRECTIVE.match(text, start)
        if not match:
            raise FormatError(
                f"{text[start : start + 3]!r} at character {start + 1} is not a "
                "valid Python format directive (write %% for a percent sign)"
            )
        if match["conversion"] != "%":
            found.append((match["name"], match["conversion"]))
        position = match.end()
    return found


class CatalogueError(Exception):
    """A catalogue that cannot be compiled; the message names file and entry."""


@dataclass
class CompileResult:
    path: Path
    mo_path: Path
    translated: int
    total: int


def placeholders(text: str) -> list[str]:
    """Return the printf-style placeholders in ``text`` (``%%`` excluded)."""
    return sorted(name or conversion for name, conversion in directives(text))


def check_entry(entry: polib.POEntry) -> str | None:
    """Return why a translated entry would break formatting, or ``None``.

    The same rule as GNU ``msgfmt --check`` for ``python-format`` entries: the
    translation must be a valid format string with the original's named
    placeholders, or its unnamed ones in the same order and of the same kind.
    """
    if "python-format" not in entry.flags:
        return None
    try:
        expected = directives(entry.msgid)
    except FormatError as error:
        return (
            f"the original is flagged python-format but {error}; if it is not "
            "formatted, mark it '# xgettext:no-python-format' in the source"
        )
    translations = (
        [entry.msgstr]
        if not entry.msgid_plural
        else [text for text in entry.msgstr_plural.values() if text]
    )
    named = {name for name, _conversion in expected if name is not None}
    for text in translations:
        if not text:
            continue
        try:
            found = directives(text)
        except FormatError as error:
            return f"the translation is not a valid format string: {error}"
        if named or any(name is not None for name, _c in found):
            if {name for name, _c in found} != named:
                return (
                    f"placeholders {placeholders(text)} in the translation do not "
                    f"match {placeholders(entry.msgid)} in the original"
                )
        elif [c for _n, c in found] != [c for _n, c in expected]:
            return (
                f"placeholders {placeholders(text)} in the translation do not "
                f"match {placeholders(entry.msgid)} in the original"
            )
    return None


def check_syntax(path: Path) -> None:
    """Reject lines polib would silently misread (e.g. a missing quote)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CatalogueError(f"{path}: {error}") from error
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if not PO_LINE.match(stripped):
            raise CatalogueError(f"{path}:{number}: not a valid PO line: {stripped}")


def load_catalogue(path: Path) -> polib.POFile:
    check_syntax(path)
    try:
        return polib.pofile(str(path), check_for_duplicates=True)
    except (OSError, ValueError) as error:
        raise CatalogueError(f"{path}: {error}") from error


def compile_catalogue(path: Path, *, write: bool = True) -> CompileResult:
    catalogue = load_catalogue(path)
    for entry in catalogue.translated_entries():
        problem = check_entry(entry)
        if problem:
            line = f":{entry.linenum}" if entry.linenum else ""
            raise CatalogueError(f"{path}{line}: msgid {entry.msgid!r}: {problem}")
    mo_path = path.with_suffix(".mo")
    if write:
        # Write beside the target and rename, so a reader never sees half a file.
        handle, tmp = tempfile.mkstemp(dir=mo_path.parent, suffix=".mo.tmp")
        os.close(handle)
        try:
            catalogue.save_as_mofile(tmp)
            os.replace(tmp, mo_path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    total = len([e for e in catalogue if not e.obsolete])
    return CompileResult(path, mo_path, len(catalogue.translated_entries()), total)


def compile_catalogues(locale_paths, *, write: bool = True) -> list[CompileResult]:
    """Check every catalogue first, then compile them all (all or nothing)."""
    paths = sorted(
        po for base in locale_paths for po in Path(base).glob("*/LC_MESSAGES/*.po")
    )
    results = [compile_catalogue(path, write=False) for path in paths]
    if write:
        results = [compile_catalogue(path, write=True) for path in paths]
    return results


# ------------------------------------------------------------- source strings

#: Marking functions and which positional arguments are (context, singular,
#: plural), as makemessages passes them to xgettext.
MARKERS = {
    "_": (None, 0, None),
    "gettext": (None, 0, None),
    "gettext_lazy": (None, 0, None),
    "gettext_noop": (None, 0, None),
    "ngettext": (None, 0, 1),
    "ngettext_lazy": (None, 0, 1),
    "pgettext": (0, 1, None),
    "pgettext_lazy": (0, 1, None),
    "npgettext": (0, 1, 2),
    "npgettext_lazy": (0, 1, 2),
}
SKIP_DIRS = {
    ".venv",
    "node_modules",
    "tests",
    "static_collected",
    "media",
    "exports",
    "build",
    "locale",
}
CALL_START = re.compile(r"\b(?:n?p?gettext)\(")


@dataclass(frozen=True)
class SourceMessage:
    msgid: str
    msgctxt: str | None
    path: str


def _calls(tree) -> list[tuple[str | None, str]]:
    import ast

    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if name not in MARKERS:
            continue
        context_at, singular_at, _plural_at = MARKERS[name]
        args = node.args
        values = [
            a.value
            if isinstance(a, ast.Constant) and isinstance(a.value, str)
            else None
            for a in args
        ]
        if len(values) <= singular_at or values[singular_at] is None:
            continue
        context = values[context_at] if context_at is not None else None
        if context_at is not None and context is None:
            continue
        found.append((context, values[singular_at]))
    return found


def _template_calls(text: str, origin: str) -> list[tuple[str | None, str]]:
    """Strings marked in a template, read from Django's own ``templatize``."""
    import ast

    from django.utils.translation.template import templatize

    found = []
    for line in templatize(text, origin=origin).splitlines():
        for match in CALL_START.finditer(line):
            rest = line[match.start() :]
            for end in (i + 1 for i, char in enumerate(rest) if char == ")"):
                try:
                    tree = ast.parse(rest[:end], mode="eval")
                except SyntaxError:
                    continue
                found += _calls(tree)
                break
    return found


def source_messages(base_dir: Path) -> list[SourceMessage]:
    """Every string marked for translation under ``base_dir``.

    A pure-Python stand-in for ``makemessages`` (which needs GNU xgettext): it
    reads Python files with :mod:`ast` and templates through Django's
    ``templatize``, skipping the directories the extraction script skips.
    """
    import ast

    messages = []
    paths = []
    for directory, subdirs, files in os.walk(base_dir):
        subdirs[:] = sorted(
            d for d in subdirs if d not in SKIP_DIRS and not d.startswith(".")
        )
        paths += [Path(directory) / name for name in sorted(files)]
    for path in paths:
        relative = path.relative_to(base_dir)
        if path.suffix == ".py":
            try:
                tree = ast.parse(path.read_text(encoding="utf-8"))
            except SyntaxError:
                continue
            calls = _calls(tree)
        elif path.suffix in (".html", ".txt") and "templates" in relative.parts:
            calls = _template_calls(path.read_text(encoding="utf-8"), str(relative))
        else:
            continue
        messages += [SourceMessage(msgid, ctx, str(relative)) for ctx, msgid in calls]
    return messages


def missing_from_catalogue(
    catalogue: polib.POFile, messages: list[SourceMessage]
) -> list[SourceMessage]:
    """Source strings with no entry in ``catalogue`` (re-extraction needed)."""
    known = {(entry.msgctxt, entry.msgid) for entry in catalogue if not entry.obsolete}
    missing, seen = [], set()
    for message in messages:
        key = (message.msgctxt, message.msgid)
        if key not in known and key not in seen:
            seen.add(key)
            missing.append(message)
    return missing
