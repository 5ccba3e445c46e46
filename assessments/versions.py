"""Versions of one form: which version a learner is given, and which questions
stay the same from one version to the next, so that analysis pools them.

An XLSForm's ``form_id`` is the instrument's ``code``; its ``version`` is the
instrument's ``version``. Importing a form whose ``form_id`` exists, with a
new ``version``, adds a version (``services_imports.instrument_import``):

- the old version, in each language, is ``superseded_by`` the new one; a
  course keeps pointing at the version it was given, and :func:`current`
  gives learners the newest; an attempt keeps the version it was started on
  (``Attempt.instrument``), so answers are never moved between versions;
- a question whose name, type, domain, source-language wording, choices
  (names, labels, numbers, right answers), answer key, reverse coding and
  number kind are all unchanged is the **same question**: its item keeps the
  identity of the first version's (``Item.lineage``), and exports and the
  report pool its answers across versions (:func:`identities`); a question
  that changed in any of these is a new question with the same name,
  analysed on its own and named with its version (``K03_v2_pre``).

Subscales, hints, skip logic, constraints and translations may change without
making a question new: they change who is asked or how it reads in another
language, not what the answers mean in the source language.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from home.content_cache import shared

from .models import Instrument, Item


def current(instrument: Instrument | None) -> Instrument | None:
    """The newest version of ``instrument`` in the same language (itself when
    it has not been replaced)."""
    if instrument is None or instrument.superseded_by_id is None:
        return instrument

    def build() -> Instrument:
        newest, seen = instrument, {instrument.pk}
        while newest.superseded_by_id and newest.superseded_by_id not in seen:
            seen.add(newest.superseded_by_id)
            newest = Instrument.objects.get(pk=newest.superseded_by_id)
        return newest

    return shared("instrument-current", instrument.pk, build=build)


def latest(code: str) -> Instrument | None:
    """The newest version of the form ``code``, in its source language (the
    first row of its translation group), or ``None``."""
    newest = (
        Instrument.objects.filter(code=code, superseded_by__isnull=True)
        .order_by("pk")
        .first()
    )
    if newest is None:
        return None
    return (
        Instrument.objects.filter(translation_key=newest.translation_key)
        .order_by("pk")
        .first()
    )


def of_form(instrument: Instrument) -> dict[str, Instrument]:
    """Every version of ``instrument``'s form by its ``version`` string, each
    in ``instrument``'s language where that version has it, else in its source
    language: where the submissions of a data export go, each to the version
    it was made on (``services_imports.responses_import``)."""
    found: dict[str, Instrument] = {}
    for row in (
        Instrument.objects.filter(code=instrument.code)
        .select_related("locale")
        .order_by("pk")
    ):
        if row.version not in found or row.locale_id == instrument.locale_id:
            found[row.version] = row
    found[instrument.version] = instrument
    return found


def _signature(*, item_type, domain, text, options, answer_true, reverse, integer):
    return (
        item_type,
        domain,
        " ".join(text.split()),
        tuple(options),
        answer_true,
        bool(reverse),
        bool(integer),
    )


def item_signature(item: Item) -> tuple:
    """What makes a stored question the same question, in its own language."""
    return _signature(
        item_type=item.item_type,
        domain=item.domain,
        text=item.text,
        options=(
            (o["key"], " ".join(o["text"].split()), o["correct"], o.get("value"))
            for o in item.option_list()
        ),
        answer_true=item.answer_true,
        reverse=item.reverse_coded,
        integer=item.integer,
    )


def parsed_signature(parsed, language: str) -> tuple | None:
    """The same for a question read from an XLSForm, in ``language``; ``None``
    when the form has no text for it in that language."""
    text = parsed.texts.get(language)
    if text is None:
        return None
    return _signature(
        item_type=parsed.item_type,
        domain=parsed.domain,
        text=text,
        options=(
            (
                option.key,
                " ".join(option.texts.get(language, "").split()),
                option.correct,
                option.value,
            )
            for option in parsed.options
        ),
        answer_true=parsed.answer_true,
        reverse=parsed.reverse_coded,
        integer=parsed.integer,
    )


@dataclass
class VersionChanges:
    """How a new version's questions relate to the version it replaces."""

    previous: Instrument
    #: question name -> the identity its item keeps (the earlier item's)
    unchanged: dict = field(default_factory=dict)
    changed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def summary(self, *, code: str, version: str) -> str:
        text = _(
            "%(code)s version %(new)s replaces version %(old)s for learners who "
            "start the test from now on; attempts already started keep their "
            "version. %(n)d questions unchanged (analysed together with the "
            "earlier version)."
        ) % {
            "code": code,
            "new": version or "—",
            "old": self.previous.version or "—",
            "n": len(self.unchanged),
        }
        parts = [text]
        if self.changed:
            parts.append(
                _("Changed (analysed separately): %(names)s.")
                % {"names": ", ".join(self.changed)}
            )
        if self.added:
            parts.append(_("New: %(names)s.") % {"names": ", ".join(self.added)})
        if self.removed:
            parts.append(
                _("No longer asked: %(names)s.") % {"names": ", ".join(self.removed)}
            )
        return " ".join(parts)


def compare(previous: Instrument, form) -> VersionChanges:
    """Compare a parsed form (``xlsform.ParsedForm``) with the version it
    replaces, in that version's source language."""
    language = previous.locale.language_code
    earlier = {item.code: item for item in previous.get_items()}
    changes = VersionChanges(previous=previous)
    for parsed in form.items:
        item = earlier.get(parsed.code)
        if item is None:
            changes.added.append(parsed.code)
        elif parsed_signature(parsed, language) == item_signature(item):
            changes.unchanged[parsed.code] = item.identity
        else:
            changes.changed.append(parsed.code)
    names = {parsed.code for parsed in form.items}
    changes.removed = [code for code in earlier if code not in names]
    return changes


def versions_in(attempts) -> list[dict]:
    """Which versions of each form ``attempts`` (a queryset) were answered on,
    and which questions are analysed separately because they changed: what
    a report or export says about pooling. Forms answered on one version only
    are left out."""
    from django.db.models import Count

    counts: dict[str, dict[str, int]] = {}
    for code, version, n in (
        attempts.order_by()
        .values_list("instrument__code", "instrument__version")
        .annotate(n=Count("pk"))
    ):
        counts.setdefault(code, {})
        counts[code][version] = counts[code].get(version, 0) + n
    out = []
    for code in sorted(counts):
        if len(counts[code]) < 2:
            continue
        identities_of: dict[str, set] = {}
        for item_code, key, lineage in Item.objects.filter(
            instrument__code=code, instrument__version__in=list(counts[code])
        ).values_list("code", "translation_key", "lineage"):
            identities_of.setdefault(item_code, set()).add(lineage or key)
        out.append(
            {
                "instrument": code,
                "versions": [
                    {"version": version, "attempts": n}
                    for version, n in sorted(counts[code].items())
                ],
                "separate": sorted(
                    item_code
                    for item_code, found in identities_of.items()
                    if len(found) > 1
                ),
            }
        )
    return out
