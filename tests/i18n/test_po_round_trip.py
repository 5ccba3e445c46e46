"""An editor translates a lesson through a PO file, in the admin."""

import polib
import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from assessments.services import (
    attempt_get_or_start,
    attempt_items,
    attempt_save_answers,
    attempt_submit,
)
from courses.models import LessonPage
from home.demo_translations import ensure_course_translation
from home.po_upload import translation_problem
from tests.factories import MINI_COURSE, make_user
from tests.i18n.fixtures import hand_in

pytestmark = pytest.mark.django_db

SPANISH = {
    "Your information": "Tus datos personales",
    "Is your home address personal information?": "¿La dirección de tu casa es un dato personal?",
}
ANSWERS = {"K01": "B", "K02": ["A"], "K03": "true", "A01": "3", "A02": "3"}


@pytest.fixture
def editor(client):
    user = make_user("editor-admin", is_superuser=True, is_staff=True)
    client.force_login(user)
    return user


def lesson_translation(site, language="es", index=0) -> Translation:
    lesson = site["en"].get_lessons().specific()[index]
    source = TranslationSource.objects.get_for_instance(lesson)
    return Translation.objects.get(
        source=source, target_locale=Locale.objects.get(language_code=language)
    )


def download(client, translation, language="es") -> polib.POFile:
    response = client.get(
        reverse("wagtail_localize:download_pofile", args=[translation.pk])
    )
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith(f"-{language}.po")
    return polib.pofile(response.content.decode("utf-8"))


def upload_messages(client, translation, content: bytes) -> list[tuple[str, str]]:
    """The (level, text) of each message an upload leaves for the editor."""
    next_url = f"/admin/localize/translate/{translation.pk}/"
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile("lesson.po", content), "next": next_url},
    )
    assert response.status_code == 302
    assert response["Location"] == next_url
    return [(m.level_tag, str(m)) for m in get_messages(response.wsgi_request)]


def upload(client, translation, content: bytes):
    return [text for _level, text in upload_messages(client, translation, content)]


def spanish_strings(translation) -> dict:
    return dict(
        StringTranslation.objects.filter(
            locale=translation.target_locale,
            context__object=translation.source.object,
        ).values_list("translation_of__data", "data")
    )


def take_pre_test(course, user):
    attempt = attempt_get_or_start(
        learner=user, course=course, phase="pre", language="es"
    )
    answers = {
        item.pk: ANSWERS.get(item.code, "1" if item.item_type != "yesno" else "no")
        for item in attempt_items(attempt)
    }
    attempt_save_answers(attempt=attempt, answers=answers)
    attempt_submit(attempt=attempt)


class TestPORoundTrip:
    def test_export_fill_upload_publish_and_see_the_page(
        self, client, site, editor, django_capture_on_commit_callbacks
    ):
        translation = lesson_translation(site)
        po = download(client, translation)
        assert po.metadata["X-WagtailLocalize-TranslationID"] == str(translation.uuid)
        assert {e.msgid for e in po} >= set(SPANISH)
        for entry in po:
            if entry.msgid in SPANISH:
                entry.msgstr = SPANISH[entry.msgid]

        notes = upload(client, translation, str(po).encode("utf-8"))
        assert "Successfully imported translations from PO File." in notes
        assert (
            spanish_strings(translation)["Your information"] == "Tus datos personales"
        )

        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(user=editor, publish=True)
        page = LessonPage.objects.get(
            translation_key=translation.source.object_id,
            locale=translation.target_locale,
        )
        take_pre_test(site["es"], editor)
        response = client.get(page.url)
        assert response.status_code == 200
        assert "<h2>Tus datos personales</h2>" in response.text
        assert SPANISH["Is your home address personal information?"] in response.text
        assert 'lang="es"' in response.text

    def test_malformed_po_is_rejected_and_nothing_changes(self, client, site, editor):
        translation = lesson_translation(site)
        before = spanish_strings(translation)
        po = download(client, translation)
        text = str(po).replace('msgstr "Tu información"', 'msgstr "Tus datos')
        notes = upload(client, translation, text.encode("utf-8"))
        assert any("not a valid PO file: line" in n for n in notes)
        assert spanish_strings(translation) == before

    def test_binary_garbage_is_rejected(self, client, site, editor):
        translation = lesson_translation(site)
        before = spanish_strings(translation)
        notes = upload(client, translation, b"\xff\xfe\x00garbage")
        assert notes == ["This file is not a PO file saved as UTF-8 text."]
        assert spanish_strings(translation) == before

    def test_po_for_another_page_is_rejected_and_nothing_changes(
        self, client, site, editor
    ):
        target = lesson_translation(site, index=0)
        other = lesson_translation(site, index=1)
        before = spanish_strings(target), spanish_strings(other)
        po = download(client, other)
        for entry in po:
            entry.msgstr = "Texto equivocado"
        notes = upload(client, target, str(po).encode("utf-8"))
        assert notes == [
            "This PO file was made for a different page or language. "
            "Nothing was imported."
        ]
        assert (spanish_strings(target), spanish_strings(other)) == before

    def test_po_without_a_translation_id_is_rejected_clearly(
        self, client, site, editor
    ):
        translation = lesson_translation(site)
        before = spanish_strings(translation)
        content = b'msgid "Your information"\nmsgstr "Datos"\n'
        notes = upload(client, translation, content)
        assert any("has no translation id" in n for n in notes)
        assert spanish_strings(translation) == before

    def test_unknown_entries_are_reported_not_silently_dropped(
        self, client, site, editor
    ):
        translation = lesson_translation(site)
        po = download(client, translation)
        po.append(polib.POEntry(msgid="Not on this page", msgstr="No", msgctxt="x"))
        ((level, note),) = upload_messages(client, translation, str(po).encode("utf-8"))
        assert level == "warning"
        assert f"{len(po) - 1} translations were imported." in note
        assert "1 was refused and not imported" in note
        assert "“Not on this page”: this text (msgid) is not on this page" in note

    def test_refused_entries_are_counted_listed_and_never_called_a_success(
        self, client, site, editor
    ):
        """Entries wagtail-localize would store flagged as errors are refused,
        and the earlier translation stays."""
        translation = lesson_translation(site)
        before = spanish_strings(translation)
        long_msgid = (
            "Your full name, address, school and phone number are personal information."
        )
        po = download(client, translation)
        for entry in po:
            if entry.msgid == "Your information":
                entry.msgstr = "<div>Tus datos</div>"
            elif entry.msgid == long_msgid:
                entry.msgstr = 'Tu <a id="a9">nombre</a> completo'
            elif entry.msgid == "Yes":
                entry.msgstr = "Claro"
        po.append(polib.POEntry(msgid="Not on this page", msgstr="No", msgctxt="x"))
        ((level, note),) = upload_messages(client, translation, str(po).encode("utf-8"))
        assert level == "warning"
        assert "Successfully" not in note
        assert f"{len(po) - 3} translations were imported." in note
        assert "3 were refused and not imported" in note
        assert "“Your information”: &lt;div&gt; tag is not allowed" in note
        shortened = long_msgid[:59] + "…"
        assert f"“{shortened}”: Unrecognised id found in an &lt;a&gt; tag: a9" in note
        assert "“Not on this page”" in note
        after = spanish_strings(translation)
        assert after["Yes"] == "Claro"
        assert after["Your information"] == before["Your information"]
        assert after[long_msgid] == before[long_msgid]
        assert not StringTranslation.objects.filter(
            locale=translation.target_locale, has_error=True
        ).exists()

    def test_a_file_whose_every_entry_is_refused_is_an_error(
        self, client, site, editor
    ):
        translation = lesson_translation(site)
        before = spanish_strings(translation)
        po = download(client, translation)
        for entry in po:
            entry.msgstr = f"<p>{entry.msgid}</p>"
        ((level, note),) = upload_messages(client, translation, str(po).encode("utf-8"))
        assert level == "error"
        assert f"Nothing was imported: all {len(po)} translations in the" in note
        assert note.count("&lt;p&gt; tag is not allowed") == len(po)
        assert spanish_strings(translation) == before

    def test_a_file_with_every_msgstr_empty_imports_nothing_and_says_so(
        self, client, site, editor
    ):
        translation = lesson_translation(site)
        po = download(client, translation)
        for entry in po:
            entry.msgstr = ""
        assert upload_messages(client, translation, str(po).encode("utf-8")) == [
            (
                "warning",
                "Every msgstr in this file is empty: there was nothing to import.",
            )
        ]

    def test_a_learner_cannot_upload(self, client, site, editor):
        translation = lesson_translation(site)
        po = download(client, translation)
        for entry in po:
            entry.msgstr = "Cambiado por un alumno"
        before = spanish_strings(translation)
        client.force_login(make_user("pupil-po", is_child_account=True))
        response = client.post(
            reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
            {"file": SimpleUploadedFile("x.po", str(po).encode("utf-8"))},
        )
        assert response.status_code in (302, 403)
        assert "Cambiado por un alumno" not in spanish_strings(translation).values()
        assert spanish_strings(translation) == before

    def test_po_for_the_same_page_in_another_language_is_rejected(
        self, client, site, editor
    ):
        spanish = lesson_translation(site, "es")
        arabic = lesson_translation(site, "ar")
        before = spanish_strings(spanish), spanish_strings(arabic)
        po = download(client, arabic, "ar")
        for entry in po:
            entry.msgstr = "نص في المكان الخطأ"
        notes = upload(client, spanish, str(po).encode("utf-8"))
        assert notes == [
            "This PO file was made for a different page or language. "
            "Nothing was imported."
        ]
        assert (spanish_strings(spanish), spanish_strings(arabic)) == before
        page = LessonPage.objects.get(
            translation_key=spanish.source.object_id, locale=spanish.target_locale
        )
        assert "نص في المكان الخطأ" not in str(page.body.raw_data)

    def test_a_partly_translated_po_renders_the_rest_in_english(
        self, client, site, editor, django_capture_on_commit_callbacks
    ):
        french = Locale.objects.get(language_code="fr")
        course = ensure_course_translation(
            site["en"], MINI_COURSE, {"slug": "mini-course"}, locale=french
        )
        translation = lesson_translation(site, "fr")
        po = download(client, translation, "fr")
        assert all(not entry.msgstr for entry in po)
        for entry in po:
            if entry.msgid == "Your information":
                entry.msgstr = "Tes informations"
        upload(client, translation, str(po).encode("utf-8"))
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(user=editor, publish=True)
        page = LessonPage.objects.get(
            translation_key=translation.source.object_id, locale=french
        )
        hand_in(learner=editor, course=course, phase="pre", language="fr")
        response = client.get(page.url)
        assert response.status_code == 200
        assert 'lang="fr"' in response.text
        assert "<h2>Tes informations</h2>" in response.text
        # Strings the translator left empty show the English source text.
        assert "Is your home address personal information?" in response.text


class TestTranslationProblem:
    """The checks each uploaded entry passes before it is imported."""

    def test_inline_tags_and_the_same_links_are_fine(self):
        source = 'Call <a id="a1">the helpline</a>, <b>today</b>.'
        assert (
            translation_problem(source, 'Llama <a id="a1">a la línea</a> hoy.') is None
        )

    def test_a_link_of_the_original_left_out_is_refused(self):
        source = 'Call <a id="a1">the helpline</a> or <a id="a2">chat</a>.'
        problem = translation_problem(source, 'Llama <a id="a2">chatea</a>.')
        assert problem == 'the link <a id="a1"> of the original is missing.'

    def test_an_unknown_link_or_a_block_tag_is_refused(self):
        assert "a7" in translation_problem("Hello", '<a id="a7">Hola</a>')
        assert "<ul> tag is not allowed" in translation_problem("Hi", "<ul>Hola</ul>")
