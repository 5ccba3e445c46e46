"""Seed translated demo courses through wagtail-localize.

A translated course module (``home/demo_content/<course_module>_<lang>.py``)
has the same structure as the English one (same slugs, lesson slugs, item codes
and option keys) with only the human text translated. For every object (home
page, catalogue, course, lessons, test) this module:

1. creates the wagtail-localize ``TranslationSource`` for the English object and
   a ``Translation`` into the target locale, exactly as "Translate" in the admin
   does, so the admin shows the result as a translation and marks it out of date
   when the English source changes;
2. pairs the English and translated text field by field and stores each pair as a
   ``StringTranslation`` (the translation memory the editor shows), never
   replacing a string a person has already translated;
3. builds the translated object from the source and those strings. A string the
   module does not translate keeps its English text (wagtail-localize's fallback).

Translated items keep the source item's ``translation_key`` and ``code`` and every
option keeps its ``key``, so answers given in any language pool on one item.

Translated pages are marked as demo translations: a note in the page's search
description (Promote tab) and an entry in the object's history in the admin.
"""

import importlib
from collections.abc import Iterable, Iterator

from django.db import transaction
from wagtail.log_actions import log
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue, extract_strings

from assessments.models import Instrument
from courses.models import CourseIndexPage, CoursePage

from .models import Helpline, HomePage

DEMO_TOOL_NAME = "elearn demo seed"
DEMO_LOG_ACTION = "elearn.demo_translation"
DEMO_NOTE = (
    "Demo translation (seeded from home/demo_content, reviewed for sense): "
    "have it checked by a native speaker before using it with learners."
)
TRANSLATED_LANGUAGES = ["es", "ar", "fr", "pt", "sw"]


def load_course_translation(module: str, language: str) -> dict | None:
    """Return ``COURSE`` from ``home/demo_content/<module>_<language>.py``, if any."""
    try:
        return importlib.import_module(f"home.demo_content.{module}_{language}").COURSE
    except ModuleNotFoundError:
        return None


def load_helpline_translations(language: str) -> dict | None:
    """Return ``HELPLINES`` from ``home/demo_content/helplines_<language>.py``."""
    try:
        module = importlib.import_module(f"home.demo_content.helplines_{language}")
    except ModuleNotFoundError:
        return None
    return module.HELPLINES


def load_site_translation(language: str) -> dict | None:
    """Return ``SITE`` (home page and catalogue text) for a language, if any."""
    try:
        return importlib.import_module(f"home.demo_content.site_{language}").SITE
    except ModuleNotFoundError:
        return None


# --------------------------------------------------------------- text pairing


def _segments(value: str, *, rich: bool) -> list[str]:
    """Return the segment strings wagtail-localize extracts from one value."""
    if not value:
        return []
    if rich:
        return [string.data for string, _attrs in extract_strings(value)[1]]
    return [StringValue.from_plaintext(value).data]


def _pair(source: str, target: str, *, rich: bool) -> Iterator[tuple[str, str]]:
    """Yield (source segment, translated segment) for one field.

    Rich text is paired paragraph by paragraph; if the translation has a
    different number of paragraphs or list items, the field is skipped (its
    English text is kept) rather than misaligned.
    """
    if not isinstance(source, str) or not isinstance(target, str):
        return
    source_parts = _segments(source, rich=rich)
    target_parts = _segments(target, rich=rich)
    if len(source_parts) != len(target_parts):
        return
    for original, translated in zip(source_parts, target_parts, strict=True):
        if translated.strip():
            yield original, translated


def _looks_like_html(value) -> bool:
    return isinstance(value, str) and value.lstrip().startswith("<")


def pair_values(source, target) -> Iterator[tuple[str, str]]:
    """Walk two structures of the same shape and pair every text in them.

    Dicts are paired key by key, lists position by position; strings that start
    with a tag are treated as rich text.
    """
    if isinstance(source, dict) and isinstance(target, dict):
        for key, value in source.items():
            if key in target:
                yield from pair_values(value, target[key])
    elif isinstance(source, list | tuple) and isinstance(target, list | tuple):
        for original, translated in zip(source, target, strict=False):
            yield from pair_values(original, translated)
    elif isinstance(source, str):
        yield from _pair(source, target, rich=_looks_like_html(source))


def string_map(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """First translation wins when one source string is paired twice."""
    mapping: dict[str, str] = {}
    for original, translated in pairs:
        mapping.setdefault(original, translated)
    return mapping


def course_pairs(source: dict, target: dict) -> dict[str, str]:
    """Pairs for the course page itself (fields stored joined on the page)."""
    pairs = list(pair_values(source, target))
    for key, joiner in (("objectives", "\n"), ("topics", ", ")):
        pairs += _pair(
            joiner.join(source.get(key, [])),
            joiner.join(target.get(key, [])),
            rich=False,
        )
    return string_map(pairs)


def lesson_pairs(source: dict, target: dict) -> dict[str, str]:
    pairs = list(pair_values({k: v for k, v in source.items() if k != "body"}, target))
    target_body = target.get("body", [])
    for index, (block_type, value) in enumerate(source.get("body", [])):
        if index >= len(target_body) or target_body[index][0] != block_type:
            continue  # blocks out of step: keep the English for this block
        pairs += pair_values(value, target_body[index][1])
    return string_map(pairs)


def instrument_pairs(source: dict, target: dict) -> dict[str, str]:
    """Pair the test's text; items by ``code`` and options by ``key``."""
    pairs = list(pair_values(source.get("title"), target.get("title")))
    pairs += pair_values(source.get("instructions"), target.get("instructions"))
    target_items = {item["code"]: item for item in target.get("items", [])}
    for item in source.get("items", []):
        other = target_items.get(item["code"])
        if other is None:
            continue
        for key in ("text", "explanation"):
            pairs += pair_values(item.get(key), other.get(key))
        target_options = {o["key"]: o for o in other.get("options", [])}
        for option in item.get("options", []):
            if option["key"] in target_options:
                pairs += pair_values(
                    option.get("text"), target_options[option["key"]].get("text")
                )
    return string_map(pairs)


# ---------------------------------------------------------- wagtail-localize


def translate_object(instance, locale: Locale, mapping: dict[str, str]):
    """Translate ``instance`` into ``locale`` through wagtail-localize.

    Returns the translated object. Strings already translated (by a person in
    the admin, or by an earlier seed) are left as they are.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale
    )
    segments = StringSegment.objects.filter(source=source).select_related(
        "string", "context"
    )
    for segment in segments:
        translated = mapping.get(segment.string.data)
        if translated is None:
            continue
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": translated,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "tool_name": DEMO_TOOL_NAME,
            },
        )
    is_page = isinstance(instance, Page)
    target, created = source.create_or_update_translation(
        locale, publish=not is_page, fallback=True
    )
    if is_page:
        # wagtail-localize publishes on commit; publish now so the page is live
        # inside the seeding transaction (and in tests).
        target = target.specific_class.objects.get(pk=target.pk)
        if not target.search_description:
            target.search_description = DEMO_NOTE
            target.save(update_fields=["search_description"])
        target.save_revision().publish()
        target = target.specific_class.objects.get(pk=target.pk)
    if created:
        log(target, DEMO_LOG_ACTION)
    return target


def translated_or_none(instance, locale: Locale):
    return instance.get_translations().filter(locale=locale).first()


def ensure_site_translation(home: HomePage, locale: Locale, site: dict | None):
    """Translate the home page and the course catalogue into ``locale``."""
    index = CourseIndexPage.objects.child_of(home).first()
    site = site or {}
    home_map = string_map(
        [
            *_pair(home.title, site.get("home_title", ""), rich=False),
            *_pair(home.intro, site.get("home_intro", ""), rich=True),
        ]
    )
    home_target = translated_or_none(home, locale) or translate_object(
        home, locale, home_map
    )
    index_target = None
    if index is not None:
        index_map = string_map(
            [
                *_pair(index.title, site.get("index_title", ""), rich=False),
                *_pair(index.intro, site.get("index_intro", ""), rich=True),
            ]
        )
        index_target = translated_or_none(index, locale) or translate_object(
            index, locale, index_map
        )
    return home_target, index_target


@transaction.atomic
def ensure_course_translation(
    course: CoursePage, source: dict, target: dict, *, locale: Locale
) -> CoursePage:
    """Translate one course (test, course page, lessons) into ``locale``.

    ``source`` and ``target`` are the English and translated ``COURSE`` dicts.
    Idempotent: objects already translated are only completed, never replaced.
    """
    if target.get("slug") != source.get("slug"):
        raise ValueError(
            f"Translated course {target.get('slug')!r} does not match "
            f"{source.get('slug')!r}: slugs must be the same in every language."
        )
    home = HomePage.objects.ancestor_of(course).first()
    if home is not None and translated_or_none(home, locale) is None:
        ensure_site_translation(
            home, locale, load_site_translation(locale.language_code)
        )
    mapping = instrument_pairs(source.get("test", {}), target.get("test", {}))
    for instrument_id in {course.pre_test_id, course.post_test_id} - {None}:
        instrument = Instrument.objects.get(pk=instrument_id)
        if translated_or_none(instrument, locale) is None:
            translate_object(instrument, locale, mapping)
    translated_course = translated_or_none(course, locale)
    if translated_course is None:
        translated_course = translate_object(
            course, locale, course_pairs(source, target)
        )
    target_lessons = {lesson["slug"]: lesson for lesson in target.get("lessons", [])}
    source_lessons = {lesson["slug"]: lesson for lesson in source.get("lessons", [])}
    for lesson in course.get_lessons():
        if translated_or_none(lesson, locale) is not None:
            continue
        mapping = lesson_pairs(
            source_lessons.get(lesson.slug, {}), target_lessons.get(lesson.slug, {})
        )
        for original, translated in target.get("strings", {}).items():
            mapping.setdefault(
                StringValue.from_plaintext(original).data,
                StringValue.from_plaintext(translated).data,
            )
        translate_object(lesson.specific, locale, mapping)
    return CoursePage.objects.get(pk=translated_course.pk)


def ensure_course_translations(
    course: CoursePage, module: str, source: dict, *, languages=None
) -> list[CoursePage]:
    """Translate ``course`` into every language that has a translated module."""
    made = []
    for language in languages or TRANSLATED_LANGUAGES:
        target = load_course_translation(module, language)
        if target is None:
            continue
        locale, _ = Locale.objects.get_or_create(language_code=language)
        made.append(ensure_course_translation(course, source, target, locale=locale))
    return made


def seed_course_translations(index: CourseIndexPage, *, languages=None) -> int:
    """Translate every demo course under ``index`` that has translated modules.

    Returns how many course translations exist after seeding.
    """
    from . import demo

    count = 0
    for module in demo.COURSE_MODULES:
        data = demo.load_course_data(module)
        if data is None:
            continue
        course = CoursePage.objects.child_of(index).filter(slug=data["slug"]).first()
        if course is None:
            continue
        count += len(
            ensure_course_translations(course, module, data, languages=languages)
        )
    return count


@transaction.atomic
def seed_helpline_translations(*, languages=None) -> int:
    """Translate the demo helplines that have a ``helplines_<lang>`` module.

    Each translation is a wagtail-localize translation of the English snippet:
    name, opening hours and description are translated; phone, website,
    country, kind and source stay synchronised with the English entry.
    Returns how many helpline translations exist for those entries.
    """
    count = 0
    for language in languages or TRANSLATED_LANGUAGES:
        table = load_helpline_translations(language)
        if not table:
            continue
        locale, _ = Locale.objects.get_or_create(language_code=language)
        sources = Helpline.objects.filter(
            locale__language_code="en", name__in=list(table)
        )
        for helpline in sources:
            if translated_or_none(helpline, locale) is None:
                text = table[helpline.name]
                mapping = string_map(
                    pair
                    for field in ("name", "hours", "description")
                    for pair in _pair(
                        getattr(helpline, field), text.get(field, ""), rich=False
                    )
                )
                translate_object(helpline, locale, mapping)
            count += 1
    return count
