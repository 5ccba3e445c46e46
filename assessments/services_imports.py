"""Writes that bring data in: an XLSForm instrument, responses from a long CSV.

Both are all-or-nothing: everything is checked first, every problem is reported
as "row N, column C: message", and the database is written only in one
transaction when there is none. See ``docs/xlsform.md`` and
``docs/assessments.md`` for the formats.
"""

import csv
import io
import secrets
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from accounts.models import Gender
from classes.models import ClassMembership, School, SchoolClass
from classes.selectors import survey_wave_id_for

from . import scoring, versions, xlsform
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
                lead_in=parsed.lead_ins.get(source_lang, ""),
                required=parsed.required,
                integer=parsed.integer,
                relevant=parsed.relevant,
                constraint=parsed.constraint,
                constraint_message=parsed.constraint_messages.get(source_lang, ""),
                appearance=parsed.appearance,
                list_name=parsed.list_name,
                group=parsed.group,
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
            item.lead_in = parsed.lead_ins.get(lang) or parsed.lead_ins.get(
                source_lang, ""
            )
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


def responses_import(
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
            raw = row["value"]
            if item.item_type == scoring.MULTI:
                raw = raw.replace(" ", ",")
            elif item.item_type in (scoring.TRUE_FALSE, scoring.YES_NO):
                raw = raw.lower()
            try:
                value = scoring.normalise_value(item.spec(), raw)
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
        existing = Attempt.objects.filter(learner=learner, phase=phase)
        if course_key is not None:
            existing = existing.filter(course_key=course_key)
        else:
            existing = existing.filter(
                course_key__isnull=True,
                instrument__translation_key=instrument.translation_key,
            )
        clash = existing.exists()
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
