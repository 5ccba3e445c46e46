"""Writes that bring data in: an XLSForm instrument, and responses from a long
CSV or from a KoboToolbox / ODK Central data export.

All are all-or-nothing: everything is checked first, every problem is reported
as "row N, column C: message", and the database is written only in one
transaction when there is none. See ``docs/xlsform.md`` and
``docs/assessments.md`` for the formats.
"""

import csv
import io
import secrets
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import cached_property

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from accounts.models import Gender
from classes.models import ClassMembership, School, SchoolClass
from classes.selectors import survey_wave_id_for

from . import scoring, versions, xlsform, xlsform_data
from .models import (
    Attempt,
    Instrument,
    Item,
    LearnerReference,
    Phase,
    Response,
    Source,
)

MAX_CSV_BYTES = 10 * 1024 * 1024
MAX_CSV_ROWS = 100_000
RESPONSE_COLUMNS = ("learner", "phase", "item", "value", "date")
OPTIONAL_COLUMNS = ("gender", "birth_year", "school", "class")
ADULT_AGE = 18


class ImportRejected(Exception):
    """An import refused as a whole; ``errors`` lists every problem found."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


# -- instruments ------------------------------------------------------------


def _option_blocks(parsed: xlsform.ParsedItem, language: str) -> list[dict]:
    return [
        {
            "type": "option",
            "value": {
                "key": option.key,
                "text": option.texts.get(language, ""),
                "correct": option.correct,
                "value": option.value,
            },
        }
        for option in parsed.options
    ]


def _lead_in_blocks(
    parsed: xlsform.ParsedItem, language: str, source_language: str
) -> list[dict]:
    """The notes before a question in ``language`` (a note not translated
    stays in the source language), each with its condition, which is the
    same in every language."""
    return [
        {
            "type": "note",
            "value": {
                "name": note.name,
                "text": note.texts.get(language) or note.texts[source_language],
                "relevant": note.relevant,
            },
        }
        for note in parsed.lead_ins
    ]


@transaction.atomic
def instrument_import(*, form: xlsform.ParsedForm) -> Instrument:
    """Create an instrument and one translation per extra language.

    The translations are what wagtail-localize would make: ``copy_for_translation``
    of the source instrument (same ``translation_key`` for the instrument and for
    each item, the item's code and option ids synchronised), then the texts of
    that language filled in.
    """
    previous = versions.latest(form.code)
    changes = None
    if previous is not None:
        if Instrument.objects.filter(code=form.code, version=form.version).exists():
            raise ImportRejected(
                [
                    (
                        _(
                            "settings row 2, column version: version '%(v)s' of "
                            "'%(c)s' is already imported; give this form a new "
                            "version (KoboToolbox sets one at every deployment)"
                        )
                        if form.version
                        else _(
                            "settings row 2, column version: '%(c)s' is already "
                            "imported; give this form a version (a new one for "
                            "every change) to import it as a new version, or "
                            "change form_id to import it as another test"
                        )
                    )
                    % {"v": form.version, "c": form.code}
                ]
            )
        changes = versions.compare(previous, form)
        form.warnings.append(changes.summary(code=form.code, version=form.version))
    locales = {
        lang: Locale.objects.get_or_create(language_code=lang)[0]
        for lang in form.languages
    }
    source_lang = form.source_language
    source = Instrument(
        code=form.code,
        title=form.titles[source_lang][:200],
        version=form.version,
        purpose=form.purpose,
        instructions=form.instructions.get(source_lang, ""),
        for_children=form.for_children,
        delivery=form.delivery,
        shuffle_items=form.shuffle_items,
        shuffle_options=form.shuffle_options,
        construct=form.construct,
        calculations=[
            {"name": c["name"], "calculation": c["calculation"]}
            for c in form.calculations
        ],
        fields_left_out=form.fields_left_out,
        locale=locales[source_lang],
    )
    if previous is not None:
        # Links set in the admin, not in the form, carry over to the new version.
        source.parallel_form = previous.parallel_form
        source.follow_up_instrument = previous.follow_up_instrument
        source.follow_up_after_days = previous.follow_up_after_days
    try:
        source.full_clean(exclude=["translation_key", "parallel_form"])
    except ValidationError as error:
        raise ImportRejected(
            [f"settings row 2: {m}" for m in error.messages]
        ) from error
    for order, parsed in enumerate(form.items):
        source.items.add(
            Item(
                code=parsed.code,
                domain=parsed.domain,
                subscale=parsed.subscale,
                item_type=parsed.item_type,
                text=parsed.texts[source_lang],
                options=_option_blocks(parsed, source_lang),
                answer_true=parsed.answer_true,
                reverse_coded=parsed.reverse_coded,
                explanation=parsed.explanations.get(source_lang, ""),
                hint=parsed.hints.get(source_lang, ""),
                lead_ins=_lead_in_blocks(parsed, source_lang, source_lang),
                required=parsed.required,
                integer=parsed.integer,
                relevant=parsed.relevant,
                constraint=parsed.constraint,
                constraint_message=parsed.constraint_messages.get(source_lang, ""),
                appearance=parsed.appearance,
                list_name=parsed.list_name,
                group=parsed.group,
                screen=parsed.screen,
                choice_filter=parsed.choice_filter,
                choice_attributes=parsed.choice_attributes,
                default=parsed.default,
                lineage=changes.unchanged.get(parsed.code) if changes else None,
                sort_order=order,
                locale=locales[source_lang],
            )
        )
    source.save()
    by_code = {parsed.code: parsed for parsed in form.items}
    for lang in form.languages[1:]:
        translated = source.copy_for_translation(locales[lang])
        translated.title = form.titles.get(lang) or translated.title
        translated.instructions = form.instructions.get(lang, "")
        for item in translated.items.all():
            parsed = by_code[item.code]
            item.text = parsed.texts[lang]
            item.explanation = parsed.explanations.get(lang, "")
            # A hint or message not translated stays in the source language.
            item.hint = parsed.hints.get(lang) or parsed.hints.get(source_lang, "")
            item.lead_ins = _lead_in_blocks(parsed, lang, source_lang)
            item.constraint_message = parsed.constraint_messages.get(
                lang
            ) or parsed.constraint_messages.get(source_lang, "")
            item.options = _option_blocks(parsed, lang)
        translated.save()
    if previous is not None:
        _supersede(previous, source)
    return source


def _supersede(previous: Instrument, newest: Instrument) -> None:
    """Point every language of the previous version at the new version in
    the same language (the new source when it lacks that language)."""
    by_locale = {row.locale_id: row for row in newest.get_translations(inclusive=True)}
    for old in previous.get_translations(inclusive=True):
        old.superseded_by = by_locale.get(old.locale_id, newest)
        old.save(update_fields=["superseded_by"])


def instrument_translations(instrument: Instrument) -> list[Instrument]:
    """Return the instrument first, then its other language versions."""
    others = (
        instrument.get_translations(inclusive=False)
        .select_related("locale")
        .order_by("locale__language_code")
    )
    return [instrument, *others]


def instrument_export(*, instrument: Instrument) -> bytes:
    """Return the instrument and its translations as an XLSForm workbook."""
    return xlsform.build_workbook(instrument_translations(instrument))


# -- responses --------------------------------------------------------------


@dataclass
class ResponsesImportSummary:
    attempts: int
    responses: int
    learners_created: int
    #: ``"long"``, or the data export's origin (``"kobo"``, ``"odk"``).
    kind: str = "long"
    #: Submissions of a data export imported before, with the same answers.
    already_imported: int = 0
    #: Answers to questions the form's skip logic hid: not stored.
    hidden_answers: int = 0
    #: Columns not imported: fields the form import left out, or asked to be.
    ignored_columns: list[str] = field(default_factory=list)
    #: Data export: the attempts added per form version (``version`` string).
    by_version: dict[str, int] = field(default_factory=dict)


def _decode_csv(data: bytes) -> list[tuple[int, dict]]:
    if len(data) > MAX_CSV_BYTES:
        raise ImportRejected(
            [_("The file is larger than %(n)d MB.") % {"n": MAX_CSV_BYTES // 2**20}]
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRejected(
            [_("The file is not UTF-8 text (save it as 'CSV UTF-8').")]
        ) from error
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in RESPONSE_COLUMNS if c not in header]
    if missing:
        raise ImportRejected(
            [
                _("row 1: missing column(s) %(c)s; the header must include %(all)s")
                % {"c": ", ".join(missing), "all": ", ".join(RESPONSE_COLUMNS)}
            ]
        )
    unknown = [c for c in header if c not in RESPONSE_COLUMNS + OPTIONAL_COLUMNS]
    if unknown:
        raise ImportRejected(
            [_("row 1: unknown column(s) %(c)s") % {"c": ", ".join(unknown)}]
        )
    reader.fieldnames = header
    rows = []
    for number, row in enumerate(reader, start=2):
        if number - 1 > MAX_CSV_ROWS:
            raise ImportRejected(
                [_("The file has more than %(n)d rows.") % {"n": MAX_CSV_ROWS}]
            )
        clean = {k: (v or "").strip() for k, v in row.items() if k}
        if any(clean.values()):
            rows.append((number, clean))
    if not rows:
        raise ImportRejected([_("The file has no data rows.")])
    return rows


def _parse_date(raw: str) -> datetime | None:
    try:
        day = date.fromisoformat(raw[:10])
    except ValueError:
        return None
    return timezone.make_aware(datetime.combine(day, time(12)))


def _resolve_place(row, number, errors, programme, cache):
    school_name, class_name = row.get("school", ""), row.get("class", "")
    if not school_name:
        if class_name:
            errors.append(
                _("row %(n)d, column class: give the school too") % {"n": number}
            )
        return None, None
    key = (school_name, class_name)
    if key in cache:
        return cache[key]
    schools = School.objects.filter(name=school_name)
    if programme is not None:
        schools = schools.filter(programme=programme)
    schools = list(schools[:2])
    if len(schools) != 1:
        message = (
            _("no school named '%(s)s'")
            if not schools
            else _("more than one school is named '%(s)s'; give --programme")
        )
        errors.append(
            _("row %(n)d, column school: ") % {"n": number}
            + message % {"s": school_name}
        )
        cache[key] = (None, None)
        return cache[key]
    school_class = None
    if class_name:
        classes = list(
            SchoolClass.objects.filter(school=schools[0], name=class_name)[:2]
        )
        if len(classes) != 1:
            errors.append(
                _("row %(n)d, column class: no single class named '%(c)s' in %(s)s")
                % {"n": number, "c": class_name, "s": school_name}
            )
            cache[key] = (None, None)
            return cache[key]
        school_class = classes[0]
    cache[key] = (schools[0], school_class)
    return cache[key]


def _answer_value(item: Item, raw: str) -> str:
    """The stored form of an answer read from a file (a long CSV or a data
    export); raises ``scoring.InvalidAnswer``. Multiple select: names
    separated by spaces or commas; true/false and yes/no in any case; times
    as ODK writes them (``14:30:00.000+03:00``: the time of day as given,
    ``xlsform_data.local_time``)."""
    if item.item_type == scoring.MULTI:
        raw = raw.replace(" ", ",")
    elif item.item_type in (scoring.TRUE_FALSE, scoring.YES_NO):
        raw = raw.lower()
    elif item.item_type in (scoring.TIME, scoring.DATETIME):
        raw = xlsform_data.local_time(raw)
    return scoring.normalise_value(item.spec(), raw)


def _existing_attempts(*, learner, phase: str, course_key, instrument: Instrument):
    """The learner's attempts that an imported attempt for ``phase`` would
    double: in the course, or without a course on this form (in any of its
    versions and languages)."""
    existing = Attempt.objects.filter(learner=learner, phase=phase)
    if course_key is not None:
        return existing.filter(course_key=course_key)
    return existing.filter(course_key__isnull=True, instrument__code=instrument.code)


def responses_import(
    *,
    data: bytes,
    instrument: Instrument,
    course=None,
    programme=None,
    entered_by=None,
    learner_column: str = "",
    phase: str = "",
    phase_column: str = "",
    ignore_columns: Iterable[str] = (),
    version_named: bool = True,
) -> ResponsesImportSummary:
    """Import answers to ``instrument`` from a file; all of it or nothing.

    The file is a long CSV (one answer per row, see ``_long_import``) or a
    KoboToolbox / ODK Central data export (one submission per row, see
    ``_submissions_import``), told apart by the export's own columns. The
    other arguments are for data exports only: the column holding the
    learner's reference (default ``learner``), the phase of every row or the
    column holding it (default: a column named ``phase``), and columns to
    leave out. A long file's answers go to ``instrument``; a data export's
    submissions each go to the version of the form they name, and
    ``instrument`` is the version of those that name none if
    ``version_named`` (the user chose it), or if the form has no other
    version; else such a submission is refused (``_row_versions``).
    """
    if len(data) > MAX_CSV_BYTES:
        raise ImportRejected(
            [_("The file is larger than %(n)d MB.") % {"n": MAX_CSV_BYTES // 2**20}]
        )
    ignore_columns = [c.strip() for c in ignore_columns if c.strip()]
    if not xlsform_data.is_workbook(data) and not xlsform_data.export_kind(
        xlsform_data.csv_header(data)
    ):
        if learner_column or phase or phase_column or ignore_columns:
            raise ImportRejected(
                [
                    _(
                        "row 1: this is a long file of answers (it has no _uuid, "
                        "_submission_time, KEY or SubmissionDate column): its "
                        "learner and phase columns say whose and which test each "
                        "answer is; the learner column, phase and columns to "
                        "ignore are for KoboToolbox and ODK data exports"
                    )
                ]
            )
        return _long_import(
            data=data,
            instrument=instrument,
            course=course,
            programme=programme,
            entered_by=entered_by,
        )
    return _submissions_import(
        data=data,
        instrument=instrument,
        course=course,
        entered_by=entered_by,
        learner_column=learner_column.strip() or "learner",
        phase=phase.strip().lower(),
        phase_column=phase_column.strip(),
        ignore_columns=ignore_columns,
        version_named=version_named,
    )


def _long_import(
    *,
    data: bytes,
    instrument: Instrument,
    course=None,
    programme=None,
    entered_by=None,
) -> ResponsesImportSummary:
    """Import a long CSV of answers to ``instrument``; all rows or none.

    One attempt is created per learner reference and phase, marked
    ``source=import``, scored from its item-level responses and dated by the
    rows' ``date``. References not seen before get a pseudonymous learner.
    """
    rows = _decode_csv(data)
    errors: list[str] = []
    items = {item.code: item for item in instrument.get_items()}
    phases = {value for value, _label in Phase.choices}
    genders = {value for value, _label in Gender.choices if value}
    known = {
        ref.reference: ref.learner
        for ref in LearnerReference.objects.filter(
            reference__in={row["learner"] for _n, row in rows}
        ).select_related("learner")
    }
    place_cache: dict = {}
    people: dict[str, dict] = {}
    groups: dict[tuple[str, str], dict] = defaultdict(
        lambda: {"answers": {}, "dates": [], "place": (None, None), "row": 0}
    )
    this_year = timezone.now().year
    for number, row in rows:
        before = len(errors)

        def fail(column, message, number=number):
            errors.append(
                _("row %(n)d, column %(c)s: ") % {"n": number, "c": column} + message
            )

        reference = row["learner"]
        if not reference:
            fail("learner", _("the learner reference is required"))
        elif len(reference) > 64:
            fail("learner", _("the reference is longer than 64 characters"))
        phase = row["phase"].lower()
        if phase not in phases:
            fail(
                "phase",
                _("'%(v)s' is not a phase (%(ok)s)")
                % {"v": row["phase"], "ok": ", ".join(sorted(phases))},
            )
        item = items.get(row["item"])
        if item is None:
            fail(
                "item",
                _("'%(v)s' is not an item of %(i)s")
                % {"v": row["item"], "i": instrument.code},
            )
        when = _parse_date(row["date"])
        if when is None:
            fail("date", _("'%(v)s' is not a date (YYYY-MM-DD)") % {"v": row["date"]})
        gender = row.get("gender", "").lower()
        if gender and gender not in genders:
            fail(
                "gender",
                _("'%(v)s' is not f, m, x or empty") % {"v": row.get("gender")},
            )
        birth_year = None
        if row.get("birth_year"):
            try:
                birth_year = int(row["birth_year"])
            except ValueError:
                birth_year = -1
            if not (this_year - 100 <= birth_year <= this_year):
                fail(
                    "birth_year",
                    _("'%(v)s' is not a plausible birth year")
                    % {"v": row["birth_year"]},
                )
        place = _resolve_place(row, number, errors, programme, place_cache)
        value = None
        if item is not None:
            try:
                value = _answer_value(item, row["value"])
            except scoring.InvalidAnswer as error:
                fail("value", str(error))
        if len(errors) > before:
            continue
        person = people.setdefault(
            reference, {"gender": gender, "birth_year": birth_year, "row": number}
        )
        for field_name, given in (("gender", gender), ("birth_year", birth_year)):
            if given and person[field_name] and person[field_name] != given:
                fail(
                    field_name,
                    _("differs from row %(r)d for the same learner")
                    % {"r": person["row"]},
                )
            elif given:
                person[field_name] = given
        group = groups[(reference, phase)]
        if item.code in group["answers"]:
            fail(
                "item",
                _("a second answer to %(i)s for this learner and phase")
                % {"i": item.code},
            )
            continue
        group["answers"][item.code] = value
        group["dates"].append(when)
        group["row"] = group["row"] or number
        if place != (None, None):
            group["place"] = place
    course_key = course.translation_key if course is not None else None
    for (reference, phase), group in groups.items():
        learner = known.get(reference)
        if learner is None:
            continue
        clash = _existing_attempts(
            learner=learner, phase=phase, course_key=course_key, instrument=instrument
        ).exists()
        if clash:
            errors.append(
                _(
                    "row %(n)d, column phase: learner '%(r)s' already has a "
                    "%(p)s attempt on %(i)s"
                )
                % {"n": group["row"], "r": reference, "p": phase, "i": instrument.code}
            )
    if errors:
        raise ImportRejected(errors)

    from .services import attempt_score

    created = 0
    n_responses = 0
    with transaction.atomic():
        for reference, person in people.items():
            if reference in known:
                continue
            known[reference] = _pseudonymous_learner(
                reference=reference,
                gender=person["gender"],
                birth_year=person["birth_year"],
                this_year=this_year,
            )
            created += 1
        for (reference, phase), group in groups.items():
            learner = known[reference]
            school, school_class = group["place"]
            if school_class is not None:
                ClassMembership.objects.get_or_create(
                    school_class=school_class, learner=learner
                )
            attempt = Attempt.objects.create(
                learner=learner,
                instrument=instrument,
                course=course,
                course_key=course_key,
                phase=phase,
                locale=instrument.locale.language_code,
                school=school,
                school_class=school_class,
                source=Source.IMPORT,
                entered_by=entered_by,
                started_at=min(group["dates"]),
            )
            responses = []
            for code, value in group["answers"].items():
                item = items[code]
                responses.append(
                    Response(
                        attempt=attempt,
                        item=item,
                        item_key=item.translation_key,
                        value=value,
                        score=scoring.score_item(item.spec(), value),
                    )
                )
            Response.objects.bulk_create(responses)
            n_responses += len(responses)
            attempt.scores = attempt_score(attempt)
            attempt.submitted_at = max(group["dates"])
            attempt.survey_wave_id = survey_wave_id_for(attempt=attempt)
            attempt.save(update_fields=["scores", "submitted_at", "survey_wave"])
    return ResponsesImportSummary(
        attempts=len(groups), responses=n_responses, learners_created=created
    )


# -- responses from a KoboToolbox / ODK Central data export -------------------


@dataclass
class _Submission:
    number: int
    reference: str
    phase: str
    external_id: str
    submitted_at: datetime
    #: the version of the form it was made on, and that version's items
    instrument: Instrument
    items: list
    #: item translation key -> stored value, without the hidden questions
    answers: dict
    id_column: str
    #: answers given to questions the skip logic hides (not stored)
    hidden: int = 0


@dataclass
class _Version:
    """One version of the form, as the rows made on it are read."""

    instrument: Instrument
    items: list
    plan: xlsform_data.ColumnPlan

    @cached_property
    def by_code(self) -> dict:
        return {item.code: item for item in self.items}


def _instrument_texts(instrument: Instrument) -> tuple[dict, dict]:
    """The questions' and options' texts in every language and version of
    the form, casefolded: ``({text: item code}, {item code: {text: option
    name}})``, to recognise an export made with labels instead of names."""
    questions: dict[str, str] = {}
    options: dict[str, dict[str, str]] = defaultdict(dict)
    for item in Item.objects.filter(instrument__code=instrument.code):
        questions.setdefault(item.text.strip().casefold(), item.code)
        for option in item.option_list():
            text = option["text"].strip().casefold()
            if text and text != option["key"].casefold():
                options[item.code].setdefault(text, option["key"])
    return questions, options


def _label_message(raw: str, labels: dict[str, str]) -> str:
    """Why ``raw`` is refused when it is an option's text, not its name."""
    value = raw.strip().casefold()
    key = labels.get(value) or next(
        (key for text, key in labels.items() if len(text) > 1 and text in value),
        None,
    )
    if key is None:
        return ""
    return _(
        "'%(v)s' is the text of option '%(o)s', not its name: export the data "
        "with “XML values and headers”"
    ) % {"v": raw, "o": key}


def _row_versions(
    table: xlsform_data.Table,
    *,
    kind: str,
    instrument: Instrument,
    form_versions: dict[str, Instrument],
    version_named: bool,
) -> tuple[dict[int, Instrument], dict[int, str], list[str]]:
    """Which version of the form each row was made on: ``({row number:
    version}, {row number: why it cannot be told}, errors about the header)``.

    A row goes to the version its version column names (ODK Central's
    ``FormVersion``; KoboToolbox's ``__version__`` when a version of the form
    is that deployment id). A row that names a version not imported here is
    refused: its answers belong to questions this platform was not given.
    A row that names none (no such column, an empty cell, a KoboToolbox
    deployment id that is no version of the form) goes to ``instrument``
    when the user named that version (``version_named``) or when the form
    has only one; otherwise nothing says which version it was made on, and
    it is refused rather than given one on a guess.
    """
    column = xlsform_data.version_column(table.header, kind=kind)
    name = xlsform_data.VERSION_COLUMNS[kind]
    fallback = instrument if version_named or len(form_versions) == 1 else None
    listed = ", ".join(version or "—" for version in sorted(form_versions))
    found: dict[int, Instrument] = {}
    refused: dict[int, str] = {}
    header_errors: list[str] = []
    if column is None and fallback is None:
        header_errors.append(
            _(
                "row 1: no column %(c)s saying which version of %(i)s each "
                "submission was made on, and %(i)s has several (%(v)s): name "
                "the version of these submissions (--form-version)"
            )
            % {"c": name, "i": instrument.code, "v": listed}
        )
    for number, cells in table.rows:
        cell = cells[column] if column is not None else ""
        named = xlsform_data.named_version(cell, kind=kind, known=form_versions)
        if named and named not in form_versions:
            refused[number] = _(
                "version '%(v)s' of %(i)s was not imported here (imported: "
                "%(known)s): import that version of the form first"
            ) % {"v": named, "i": instrument.code, "known": listed}
        elif named:
            found[number] = form_versions[named]
        elif fallback is not None:
            found[number] = fallback
        elif column is not None:
            refused[number] = (
                _(
                    "'%(v)s' is KoboToolbox's id of a deployment, not a version "
                    "of %(i)s (%(known)s): name the version of these "
                    "submissions (--form-version)"
                )
                if kind == xlsform_data.KOBO and not xlsform_data.is_empty(cell)
                else _(
                    "the submission does not say which version of %(i)s it was "
                    "made on, and %(i)s has several (%(known)s): name the "
                    "version of these submissions (--form-version)"
                )
            ) % {"v": cell.strip(), "i": instrument.code, "known": listed}
    return found, refused, header_errors


def _version_plans(
    table: xlsform_data.Table,
    *,
    kind: str,
    used: list[Instrument],
    form_versions: dict[str, Instrument],
    learner_column: str,
    phase_column: str,
    ignore_columns: list[str],
    labels: dict[str, str],
) -> dict[int, _Version]:
    """How the columns map to each version's questions, for the versions
    ``used`` (by their pk): a question added in one version is not one of
    another's. The fields left out of any version are passed over in all."""
    from .selectors import instrument_items

    items_of = {
        row.pk: instrument_items(row.pk) for row in {*form_versions.values(), *used}
    }
    questions_of = {
        pk: [
            xlsform_data.Question(
                code=item.code,
                group=item.group,
                multiple=item.item_type == scoring.MULTI,
            )
            for item in items
        ]
        for pk, items in items_of.items()
    }
    left_out = list(
        dict.fromkeys(
            name for row in form_versions.values() for name in row.fields_left_out
        )
    )
    plans = {}
    for version in used:
        plan = xlsform_data.plan_columns(
            table.header,
            kind=kind,
            questions=questions_of[version.pk],
            fields_left_out=left_out,
            ignore=ignore_columns,
            learner_column=learner_column,
            phase_column=phase_column,
            labels=labels,
            instrument_code=version.code,
            other_versions=[
                questions for pk, questions in questions_of.items() if pk != version.pk
            ],
        )
        plans[version.pk] = _Version(
            instrument=version, items=items_of[version.pk], plan=plan
        )
    return plans


def _submissions_import(
    *,
    data: bytes,
    instrument: Instrument,
    course,
    entered_by,
    learner_column: str,
    phase: str,
    phase_column: str,
    ignore_columns: list[str],
    version_named: bool,
) -> ResponsesImportSummary:
    """Import a KoboToolbox or ODK Central data export; all rows or none.

    Each row is one submission and becomes one attempt (``source=import``,
    ``external_id`` the submission's instance id) on the version of the form
    it was made on (``_row_versions``), its columns read as that version's
    questions; dated by the server's submission time, scored and handed in
    as the online test is: answers to questions the form's skip logic hides
    are not stored. A submission imported before with the same answers is
    skipped, so the export can be imported again as it grows; one that
    differs is refused.
    """
    from .services import _attempt_hand_in, attempt_visibility

    phases = {value for value, _label in Phase.choices}
    if phase and phase_column:
        raise ImportRejected(
            [_("Give the phase of the whole file or the column holding it, not both.")]
        )
    if phase and phase not in phases:
        raise ImportRejected(
            [
                _("'%(v)s' is not a phase (%(ok)s)")
                % {"v": phase, "ok": ", ".join(sorted(phases))}
            ]
        )
    try:
        table = xlsform_data.read_table(data, max_rows=MAX_CSV_ROWS)
    except xlsform_data.DataExportError as error:
        raise ImportRejected(error.errors) from error
    kind = xlsform_data.export_kind(table.header)
    if not kind:
        raise ImportRejected(
            [
                _(
                    "row 1: not a KoboToolbox or ODK Central data export (no "
                    "_uuid, _submission_time, KEY or SubmissionDate column); a "
                    "long file of answers is read from CSV only"
                )
            ]
        )
    form_versions = versions.of_form(instrument)
    row_version, version_refused, errors = _row_versions(
        table,
        kind=kind,
        instrument=instrument,
        form_versions=form_versions,
        version_named=version_named,
    )
    used = list({row.pk: row for row in [instrument, *row_version.values()]}.values())
    question_texts, option_texts = _instrument_texts(instrument)
    plans = _version_plans(
        table,
        kind=kind,
        used=used,
        form_versions=form_versions,
        learner_column=learner_column,
        phase_column=phase_column or ("" if phase else "phase"),
        ignore_columns=ignore_columns,
        labels=question_texts,
    )
    errors = list(
        dict.fromkeys([*errors, *(e for v in plans.values() for e in v.plan.errors)])
    )
    for version in plans.values():
        plan = version.plan
        if None in (plan.learner, plan.date) or not plan.ids:
            raise ImportRejected(errors)  # the rows cannot be read without them
        if not phase and plan.phase is None:
            raise ImportRejected(errors)
    header = table.header
    submissions: list[_Submission] = []
    by_id: dict[str, int] = {}
    by_learner: dict[tuple[str, str], int] = {}
    version_column = xlsform_data.version_column(header, kind=kind)
    for number, cells in table.rows:
        before = len(errors)

        def fail(index, message, number=number):
            errors.append(
                _("row %(n)d, column %(c)s: ") % {"n": number, "c": header[index]}
                + message
            )

        if number in version_refused:
            fail(version_column, version_refused[number])
            continue
        if number not in row_version:
            continue  # no version column: said once, about the header
        version = plans[row_version[number].pk]
        plan, by_code = version.plan, version.by_code
        reference = cells[plan.learner]
        if xlsform_data.is_empty(reference):
            fail(plan.learner, _("the learner reference is required"))
        elif len(reference) > 64:
            fail(plan.learner, _("the reference is longer than 64 characters"))
        row_phase = phase or cells[plan.phase].lower()
        if row_phase not in phases:
            fail(
                plan.phase,
                _("'%(v)s' is not a phase (%(ok)s)")
                % {"v": cells[plan.phase], "ok": ", ".join(sorted(phases))},
            )
        id_index = next(
            (i for i in plan.ids if not xlsform_data.is_empty(cells[i])), plan.ids[0]
        )
        external_id = xlsform_data.instance_id(cells[id_index])
        if xlsform_data.is_empty(external_id):
            fail(id_index, _("the submission's id is empty"))
        elif len(external_id) > 100:
            fail(id_index, _("the submission's id is longer than 100 characters"))
        submitted_at = xlsform_data.parse_timestamp(cells[plan.date])
        if submitted_at is None:
            fail(
                plan.date,
                _(
                    "'%(v)s' is not a date and time (ISO 8601, e.g. "
                    "2026-03-02T09:15:00Z)"
                )
                % {"v": cells[plan.date]},
            )
        for index in plan.elsewhere:
            if not xlsform_data.is_empty(cells[index]):
                fail(index, _not_in_version(version.instrument))
        for index in plan.elsewhere_options:
            if xlsform_data.option_selected(cells[index]) is not False:
                fail(index, _not_in_version(version.instrument))
        values: dict[str, str] = {}
        for index, code in plan.questions.items():
            raw = cells[index]
            if xlsform_data.is_empty(raw):
                continue
            try:
                values[code] = _answer_value(by_code[code], raw)
            except scoring.InvalidAnswer as error:
                fail(
                    index,
                    _label_message(raw, option_texts.get(code, {})) or str(error),
                )
        main_column = {code: index for index, code in plan.questions.items()}
        chosen: dict[str, dict[str, int]] = defaultdict(dict)
        covered: dict[str, set] = defaultdict(set)
        for index, (code, option) in plan.options.items():
            selected = xlsform_data.option_selected(cells[index])
            if selected is None:
                fail(index, _("'%(v)s' is not 0 or 1") % {"v": cells[index]})
                continue
            covered[code].add(option)
            if selected:
                chosen[code][option] = index
        for code, options in covered.items():
            picked = set(chosen[code])
            if code in main_column:
                raw = cells[main_column[code]]
                if code not in values and not xlsform_data.is_empty(raw):
                    continue  # the answer itself is refused above
                given = set(values[code].split(",")) if code in values else set()
                if given & options != picked:
                    fail(
                        main_column[code],
                        _("the answer '%(v)s' and its 0/1 columns (%(o)s) do not agree")
                        % {"v": raw, "o": " ".join(sorted(picked)) or "-"},
                    )
            elif picked:
                try:
                    values[code] = _answer_value(by_code[code], " ".join(picked))
                except scoring.InvalidAnswer as error:
                    fail(min(chosen[code].values()), str(error))
        if len(errors) > before:
            continue
        answers = {
            by_code[code].translation_key: value for code, value in values.items()
        }
        shown, _uncertain = attempt_visibility(version.items, answers)
        n_hidden = sum(1 for key in answers if key not in shown)
        answers = {key: value for key, value in answers.items() if key in shown}
        if external_id in by_id:
            fail(
                id_index,
                _("the same submission as row %(r)d (%(id)s)")
                % {"r": by_id[external_id], "id": external_id},
            )
            continue
        if (reference, row_phase) in by_learner:
            fail(
                plan.learner,
                _("a second %(p)s submission for learner '%(r)s' (row %(m)d)")
                % {
                    "p": row_phase,
                    "r": reference,
                    "m": by_learner[reference, row_phase],
                },
            )
            continue
        by_id[external_id] = number
        by_learner[reference, row_phase] = number
        submissions.append(
            _Submission(
                number=number,
                reference=reference,
                phase=row_phase,
                external_id=external_id,
                submitted_at=submitted_at,
                instrument=version.instrument,
                items=version.items,
                answers=answers,
                id_column=header[id_index],
                hidden=n_hidden,
            )
        )
    course_key = course.translation_key if course is not None else None
    known = {
        ref.reference: ref.learner
        for ref in LearnerReference.objects.filter(
            reference__in={s.reference for s in submissions}
        ).select_related("learner")
    }
    imported = {
        attempt.external_id: attempt
        for attempt in Attempt.objects.filter(
            external_id__in=[s.external_id for s in submissions]
        ).select_related("learner__import_reference", "instrument")
    }
    # By question name: a submission imported on another version of the form
    # has other items, and is compared question by question.
    stored: dict = defaultdict(dict)
    for attempt_id, code, value in Response.objects.filter(
        attempt__in=imported.values()
    ).values_list("attempt_id", "item__code", "value"):
        stored[attempt_id][code] = value
    new: list[_Submission] = []
    for submission in submissions:
        before = imported.get(submission.external_id)
        if before is not None:
            reference = getattr(
                getattr(before.learner, "import_reference", None), "reference", None
            )
            differences = []
            if reference != submission.reference:
                differences.append(_("learner"))
            if before.phase != submission.phase:
                differences.append(_("phase"))
            if (
                before.instrument.code != submission.instrument.code
                or before.course_key != course_key
            ):
                differences.append(_("test or course"))
            elif (
                before.instrument.translation_key
                != submission.instrument.translation_key
            ):
                differences.append(_("form version"))
            given = {
                item.code: submission.answers[item.translation_key]
                for item in submission.items
                if item.translation_key in submission.answers
            }
            if stored[before.pk] != given:
                changed = sorted(
                    code
                    for code in {*stored[before.pk], *given}
                    if stored[before.pk].get(code) != given.get(code)
                )
                differences.append(
                    _("answers to %(q)s") % {"q": ", ".join(changed) or "-"}
                )
            if differences:
                errors.append(
                    _(
                        "row %(n)d, column %(c)s: submission %(id)s was imported "
                        "before and this row differs (%(what)s); an imported "
                        "attempt is never changed"
                    )
                    % {
                        "n": submission.number,
                        "c": submission.id_column,
                        "id": submission.external_id,
                        "what": ", ".join(differences),
                    }
                )
            continue
        learner = known.get(submission.reference)
        if (
            learner is not None
            and _existing_attempts(
                learner=learner,
                phase=submission.phase,
                course_key=course_key,
                instrument=submission.instrument,
            ).exists()
        ):
            errors.append(
                _(
                    "row %(n)d, column %(c)s: learner '%(r)s' already has a "
                    "%(p)s attempt on %(i)s"
                )
                % {
                    "n": submission.number,
                    "c": header[plans[submission.instrument.pk].plan.learner],
                    "r": submission.reference,
                    "p": submission.phase,
                    "i": instrument.code,
                }
            )
            continue
        new.append(submission)
    if errors:
        raise ImportRejected(errors)

    created = 0
    n_responses = 0
    this_year = timezone.now().year
    try:
        with transaction.atomic():
            for submission in new:
                learner = known.get(submission.reference)
                if learner is None:
                    learner = known[submission.reference] = _pseudonymous_learner(
                        reference=submission.reference,
                        gender="",
                        birth_year=None,
                        this_year=this_year,
                    )
                    created += 1
                attempt = Attempt.objects.create(
                    learner=learner,
                    instrument=submission.instrument,
                    course=course,
                    course_key=course_key,
                    phase=submission.phase,
                    locale=submission.instrument.locale.language_code,
                    source=Source.IMPORT,
                    entered_by=entered_by,
                    started_at=submission.submitted_at,
                    external_id=submission.external_id,
                )
                by_key = {item.translation_key: item for item in submission.items}
                Response.objects.bulk_create(
                    Response(
                        attempt=attempt,
                        item=by_key[key],
                        item_key=key,
                        value=value,
                        score=scoring.score_item(by_key[key].spec(), value),
                    )
                    for key, value in submission.answers.items()
                )
                n_responses += len(submission.answers)
                _attempt_hand_in(
                    attempt,
                    submission.items,
                    submission.answers,
                    submitted_at=submission.submitted_at,
                )
    except IntegrityError as error:
        raise ImportRejected(
            [
                _(
                    "Another import stored some of these submissions at the same "
                    "time; nothing was imported. Import the file again."
                )
            ]
        ) from error
    read = [
        version.plan
        for pk, version in plans.items()
        if pk in {s.instrument.pk for s in submissions}
    ]
    imported_columns = {
        header[index] for plan in read for index in [*plan.questions, *plan.options]
    }
    return ResponsesImportSummary(
        attempts=len(new),
        responses=n_responses,
        learners_created=created,
        kind=kind,
        already_imported=len(submissions) - len(new),
        hidden_answers=sum(submission.hidden for submission in new),
        ignored_columns=[
            column
            for column in dict.fromkeys(c for plan in read for c in plan.ignored)
            if column not in imported_columns
        ],
        by_version=dict(Counter(submission.instrument.version for submission in new)),
    )


def _not_in_version(instrument: Instrument) -> str:
    """Why an answer to another version's question is refused."""
    return _(
        "an answer to a question that version %(v)s of %(i)s, on which this "
        "submission was made, does not have"
    ) % {"v": instrument.version or "—", "i": instrument.code}


def _pseudonymous_learner(*, reference, gender, birth_year, this_year):
    """Create an inactive learner with no name and an unusable password."""
    User = get_user_model()
    while True:
        username = f"ref-{secrets.token_hex(6)}"
        if not User.objects.filter(username=username).exists():
            break
    is_adult = bool(birth_year) and this_year - birth_year >= ADULT_AGE
    learner = User(
        username=username,
        is_active=False,
        gender=gender or "",
        birth_year=birth_year,
        is_child_account=not is_adult,
    )
    learner.set_unusable_password()
    learner.full_clean()
    learner.save()
    LearnerReference.objects.create(reference=reference, learner=learner)
    return learner
