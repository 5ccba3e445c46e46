"""Seeding translated demo courses through wagtail-localize."""

from collections import defaultdict

import pytest
from wagtail.models import Locale, ModelLogEntry, PageLogEntry
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from assessments.models import Instrument, Response
from assessments.services import (
    attempt_get_or_start,
    attempt_items,
    attempt_save_answers,
    attempt_submit,
)
from courses.models import CoursePage, LessonPage
from home.demo_translations import (
    DEMO_LOG_ACTION,
    DEMO_NOTE,
    DEMO_TOOL_NAME,
    ensure_course_translation,
    instrument_pairs,
    pair_values,
)
from tests.factories import MINI_COURSE, make_class, make_teacher, make_user
from tests.i18n.fixtures import MINI_COURSE_AR, MINI_COURSE_ES, hand_in

ANSWERS = {
    "K01": "B",
    "K02": ["A", "B"],
    "K03": "false",
    "A01": "5",
    "A02": "1",
    "P01": "4",
    "P02": "no",
}


class TestPairing:
    def test_rich_text_is_paired_paragraph_by_paragraph(self):
        pairs = dict(
            pair_values(
                "<h2>Your information</h2><p>Keep it <b>private</b>.</p>",
                "<h2>Tu información</h2><p>Mantenla <b>en privado</b>.</p>",
            )
        )
        assert pairs == {
            "Your information": "Tu información",
            "Keep it <b>private</b>.": "Mantenla <b>en privado</b>.",
        }

    def test_rich_text_with_a_different_paragraph_count_is_left_untranslated(self):
        pairs = list(pair_values("<p>One.</p><p>Two.</p>", "<p>Uno. Dos.</p>"))
        assert pairs == []

    def test_items_pair_by_code_and_options_by_key_not_by_position(self):
        source = {
            "items": [
                {
                    "code": "K01",
                    "text": "Which?",
                    "options": [
                        {"key": "A", "text": "Red"},
                        {"key": "B", "text": "Blue"},
                    ],
                },
                {"code": "K02", "text": "Why?"},
            ]
        }
        target = {
            "items": [
                {"code": "K02", "text": "¿Por qué?"},
                {
                    "code": "K01",
                    "text": "¿Cuál?",
                    "options": [
                        {"key": "B", "text": "Azul"},
                        {"key": "A", "text": "Rojo"},
                    ],
                },
            ]
        }
        assert instrument_pairs(source, target) == {
            "Which?": "¿Cuál?",
            "Red": "Rojo",
            "Blue": "Azul",
            "Why?": "¿Por qué?",
        }


@pytest.mark.django_db
class TestCourseTranslation:
    def test_translations_are_wagtail_localize_translations_of_the_source(self, site):
        en, es, ar = site["en"], site["es"], site["ar"]
        assert es.title == "Minicurso sobre información personal"
        assert ar.title == "دورة قصيرة عن المعلومات الشخصية"
        assert (es.locale.language_code, ar.locale.language_code) == ("es", "ar")
        assert es.translation_key == ar.translation_key == en.translation_key
        assert es.live and ar.live
        assert es.url == "/es/courses/mini-course/"
        source = TranslationSource.objects.get_for_instance(en)
        assert set(
            Translation.objects.filter(source=source).values_list(
                "target_locale__language_code", flat=True
            )
        ) == {"es", "ar"}
        instrument_source = TranslationSource.objects.get_for_instance(en.pre_test)
        assert Translation.objects.filter(source=instrument_source).count() == 2
        assert StringTranslation.objects.filter(
            locale__language_code="es", tool_name=DEMO_TOOL_NAME
        ).exists()

    def test_lessons_keep_slugs_and_keys_and_translate_every_block(self, site):
        en_lessons = list(site["en"].get_lessons().specific())
        es_lessons = list(site["es"].get_lessons().specific())
        assert [p.slug for p in es_lessons] == [p.slug for p in en_lessons]
        assert [p.translation_key for p in es_lessons] == [
            p.translation_key for p in en_lessons
        ]
        body = es_lessons[0].body
        assert body[0].value.source.startswith("<h2>Tu información</h2>")
        quick_check = body[1].value
        assert quick_check["question"] == "¿Tu dirección es información personal?"
        assert [c["text"] for c in quick_check["choices"]] == ["Sí", "No"]
        assert [c["correct"] for c in quick_check["choices"]] == [True, False]
        scenario = es_lessons[1].body[1].value
        assert scenario["choices"][0]["text"] == "Contárselo a un adulto de confianza"
        assert es_lessons[1].sensitive is True

    def test_items_keep_code_key_and_options_in_every_language(self, site):
        by_language = {
            language: list(course.pre_test.get_items())
            for language, course in site.items()
        }
        en, es, ar = by_language["en"], by_language["es"], by_language["ar"]
        assert [i.code for i in es] == [i.code for i in en] == [i.code for i in ar]
        assert [i.translation_key for i in es] == [i.translation_key for i in en]
        assert [i.translation_key for i in ar] == [i.translation_key for i in en]
        assert [i.spec() for i in ar] == [i.spec() for i in en]
        assert es[0].text == "¿Cuál es información personal?"
        assert es[0].option_list() == [
            {"key": "A", "text": "Tu color favorito", "correct": False, "value": None},
            {
                "key": "B",
                "text": "La dirección de tu casa",
                "correct": True,
                "value": None,
            },
        ]
        assert ar[1].option_list()[0]["text"] == "كلمة المرور"
        assert site["ar"].pre_test.locale.language_code == "ar"
        assert site["ar"].pre_test.code == "MINI"

    def test_missing_string_falls_back_to_the_source_text(self, site):
        lesson = site["ar"].get_lessons().specific()[1]
        assert lesson.title == "التحدث إلى شخص بالغ تثق به"
        assert lesson.summary == "Who to talk to when something online worries you."

    def test_translations_are_marked_as_demo_in_the_admin(self, site):
        es = site["es"]
        assert es.search_description == DEMO_NOTE
        assert PageLogEntry.objects.filter(page=es, action=DEMO_LOG_ACTION).exists()
        instrument = Instrument.objects.get(pk=es.pre_test_id)
        assert ModelLogEntry.objects.filter(
            object_id=str(instrument.pk), action=DEMO_LOG_ACTION
        ).exists()

    def test_seeding_again_creates_nothing_and_keeps_an_editors_work(self, site):
        es_locale = Locale.objects.get(language_code="es")
        edited = StringTranslation.objects.filter(
            locale=es_locale, translation_of__data="Your information"
        ).get()
        edited.data = "Tus datos"
        edited.tool_name = ""
        edited.save()
        pages = CoursePage.objects.count(), LessonPage.objects.count()
        instruments = Instrument.objects.count()
        again = ensure_course_translation(
            site["en"], MINI_COURSE, MINI_COURSE_ES, locale=es_locale
        )
        assert again.pk == site["es"].pk
        assert (CoursePage.objects.count(), LessonPage.objects.count()) == pages
        assert Instrument.objects.count() == instruments
        edited.refresh_from_db()
        assert edited.data == "Tus datos"

    def test_a_translation_with_another_slug_is_refused(self, site):
        wrong = dict(MINI_COURSE_AR, slug="other-course")
        with pytest.raises(ValueError, match="slugs must be the same"):
            ensure_course_translation(
                site["en"],
                MINI_COURSE,
                wrong,
                locale=Locale.objects.get(language_code="fr"),
            )
        assert not CoursePage.objects.filter(locale__language_code="fr").exists()


@pytest.mark.django_db
class TestResponsesPoolAcrossLanguages:
    def test_answers_in_english_spanish_and_arabic_land_on_the_same_items(self, site):
        attempts = {}
        for language, course in site.items():
            learner = make_user(f"learner-{language}")
            attempt = attempt_get_or_start(
                learner=learner, course=course, phase="pre", language=language
            )
            assert attempt.instrument.locale.language_code == language
            answers = {
                item.pk: ANSWERS[item.code]
                for item in attempt_items(attempt)
                if item.code in ANSWERS
            }
            assert attempt_save_answers(attempt=attempt, answers=answers).errors == {}
            attempts[language] = attempt_submit(attempt=attempt)

        by_key = defaultdict(lambda: {"languages": set(), "items": set()})
        for response in Response.objects.select_related("attempt"):
            by_key[response.item_key]["languages"].add(response.attempt.locale)
            by_key[response.item_key]["items"].add(response.item_id)
        english_keys = {i.translation_key for i in site["en"].pre_test.get_items()}
        assert set(by_key) == english_keys
        for entry in by_key.values():
            assert entry["languages"] == {"en", "es", "ar"}
            assert len(entry["items"]) == 3  # three language versions, one item
        scores = [attempts[lang].scores for lang in ("en", "es", "ar")]
        assert scores[0] == scores[1] == scores[2]
        assert scores[0]["domains"]["K"]["score"] == 100

    def test_the_item_level_export_pools_three_languages(self, site):
        from assessments.exports import ExportScope, responses_long

        school_class = make_class(
            teacher=make_teacher(), learners=3, course=site["en"], prefix="pool"
        )
        pupils = [m.learner for m in school_class.memberships.order_by("pk")]
        for pupil, language in zip(pupils, ("en", "es", "ar"), strict=True):
            hand_in(
                learner=pupil, course=site[language], phase="pre", language=language
            )

        data = responses_long(
            ExportScope(programme_id=school_class.school.programme_id),
            programme_key="test",
        )
        names = [variable.name for variable in data.variables]
        rows = [dict(zip(names, row, strict=True)) for row in data.rows]
        assert len(rows) == 3 * len(ANSWERS)
        by_item = defaultdict(lambda: {"language": set(), "score": set()})
        for row in rows:
            by_item[row["item"]]["language"].add(row["language"])
            by_item[row["item"]]["score"].add(row["score"])
        assert set(by_item) == set(ANSWERS)
        for code, seen in by_item.items():
            assert seen["language"] == {"en", "es", "ar"}, code
            assert len(seen["score"]) == 1, code  # same answer, same score
        assert {row["course"] for row in rows} == {"mini-course"}
        # One codebook entry per item, worded in each language it was taken in.
        assert [info.code for info in data.items] == list(ANSWERS)
        assert {tuple(sorted(info.wording)) for info in data.items} == {
            ("ar", "en", "es")
        }
