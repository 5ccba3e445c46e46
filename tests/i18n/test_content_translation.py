"""Helplines and images' alt text are translated through wagtail-localize."""

import io

import pytest
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.models import Locale, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import (
    OverridableSegment,
    StringSegment,
    TranslationSource,
)

from courses.models import LessonPage
from courses.services import lesson_image_ensure
from home import demo
from home.demo_content.helplines import HELPLINES
from home.demo_translations import ensure_course_translation, seed_helpline_translations
from home.models import Helpline, HelplineKind
from home.selectors import helpline_list
from tests.factories import MINI_COURSE, build_site, make_user
from tests.i18n.fixtures import MINI_COURSE_ES, hand_in

pytestmark = pytest.mark.django_db

ALT = "A girl closes a chat window and walks to her teacher."
ALT_ES = "Una niña cierra una ventana de chat y va hacia su maestra."
CAPTION = "Stop, then tell."


def png() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "white").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def helplines():
    locale = demo.ensure_locales()
    demo.ensure_helplines(HELPLINES, locale)
    seed_helpline_translations()
    return {h.name: h for h in Helpline.objects.filter(locale=locale)}


def translation_of(helpline, language):
    return helpline.get_translations().get(locale__language_code=language)


class TestHelplineTranslation:
    def test_helplines_are_translatable_snippets(self, admin_client):
        assert issubclass(Helpline, TranslatableMixin)
        assert Helpline in get_snippet_models()
        helpline = Helpline.objects.create(
            country="*",
            name="Example line",
            kind=HelplineKind.HELPLINE,
            source="https://example.org/",
            verified_on="2026-11-22",
            locale=demo.ensure_locales(),
        )
        url = reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["home", "helpline", helpline.pk],
        )
        response = admin_client.get(url)
        assert response.status_code == 200
        assert "Translate helpline" in response.text or "Translate" in response.text

    def test_demo_helplines_are_translated_for_their_countries(self, helplines):
        anar = helplines["Teléfono ANAR de Ayuda a Niños y Adolescentes"]
        spanish = translation_of(anar, "es")
        assert spanish.description.startswith("Línea de ayuda gratuita y confidencial")
        assert spanish.hours == "24 horas, todos los días"
        assert (spanish.phone, spanish.country, spanish.kind, spanish.url) == (
            anar.phone,
            anar.country,
            anar.kind,
            anar.url,
        )
        assert spanish.translation_key == anar.translation_key
        egypt = helplines[
            "Child Helpline 16000 (National Council for Childhood and Motherhood)"
        ]
        arabic = translation_of(egypt, "ar")
        assert arabic.name == "خط نجدة الطفل 16000 (المجلس القومي للطفولة والأمومة)"
        assert arabic.phone == "16000"
        for name in (
            "110 Helpline for Families and Children (Jordan River Foundation)",
            "Child Helpline 116111 (National Family Safety Program)",
            "INHOPE - international network of hotlines",
        ):
            assert translation_of(helplines[name], "ar").description != (
                helplines[name].description
            )
        assert not helplines["Childline"].get_translations().exists()

    def test_get_help_lists_contacts_in_the_learners_language(self, helplines):
        spanish = helpline_list(country="ES", language="es")
        assert spanish[0].name == "Teléfono ANAR de Ayuda a Niños y Adolescentes"
        assert spanish[0].locale.language_code == "es"
        assert {h.locale.language_code for h in spanish} == {"es"}
        arabic = helpline_list(country="JO", language="ar")
        assert arabic[0].name == "خط المساندة 110 للأسرة والطفل (مؤسسة نهر الأردن)"
        # Spanish has no Egyptian entry: the English one is shown, never nothing.
        mixed = helpline_list(country="EG", language="es")
        assert mixed[0].locale.language_code == "en"
        assert mixed[0].phone == "16000"

    def test_help_page_shows_translated_contacts(self, client, helplines):
        response = client.get("/es/help/")
        assert response.status_code == 200
        assert "La red mundial de líneas de ayuda para la infancia" in response.text
        response = client.get("/ar/help/")
        assert "الشبكة العالمية لخطوط مساعدة الأطفال" in response.text

    def test_seeding_again_creates_nothing(self, helplines):
        count = Helpline.objects.count()
        assert seed_helpline_translations() == 12
        assert Helpline.objects.count() == count

    def test_contact_details_follow_the_source(self, helplines):
        anar = helplines["Teléfono ANAR de Ayuda a Niños y Adolescentes"]
        anar.phone = "900 20 20 11"
        anar.save()
        source, _ = TranslationSource.update_or_create_from_instance(anar)
        source.create_or_update_translation(Locale.objects.get(language_code="es"))
        spanish = translation_of(anar, "es")
        assert spanish.phone == "900 20 20 11"
        assert spanish.hours == "24 horas, todos los días"


class TestImageAltText:
    @pytest.fixture
    def lesson(self):
        course = build_site()
        lesson = course.get_lessons().specific().first()
        lesson_image_ensure(
            lesson=lesson,
            png=png(),
            title="Closing a chat",
            alt_text=ALT,
            caption=CAPTION,
        )
        return LessonPage.objects.get(pk=lesson.pk)

    def test_alt_text_and_caption_are_segments_and_the_image_can_be_swapped(
        self, lesson
    ):
        source, _ = TranslationSource.update_or_create_from_instance(lesson)
        strings = set(
            StringSegment.objects.filter(source=source).values_list(
                "string__data", flat=True
            )
        )
        assert {ALT, CAPTION} <= strings
        overridable = OverridableSegment.objects.filter(source=source)
        assert any(".image" in segment.context.path for segment in overridable)

    def test_translated_alt_text_is_rendered_and_missing_falls_back(
        self, client, lesson
    ):
        course = lesson.get_parent().specific
        target = dict(MINI_COURSE_ES, strings={ALT: ALT_ES})
        spanish = ensure_course_translation(
            course,
            MINI_COURSE,
            target,
            locale=Locale.objects.get(language_code="es"),
        )
        translated = spanish.get_lessons().get(slug=lesson.slug)
        learner = make_user("amina", is_child_account=True)
        hand_in(learner=learner, course=spanish, phase="pre", language="es")
        client.force_login(learner)
        response = client.get(translated.url)
        assert response.status_code == 200
        assert f'alt="{ALT_ES}"' in response.text
        assert ALT not in response.text
        # The caption was not translated: the English shows, not a blank.
        assert f"<figcaption>{CAPTION}</figcaption>" in response.text
