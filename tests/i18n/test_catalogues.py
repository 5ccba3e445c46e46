"""Interface catalogues: complete where promised, compiled in pure Python."""

import gettext
import os
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from home.catalogues import (
    CatalogueError,
    compile_catalogues,
    missing_from_catalogue,
    placeholders,
    source_messages,
)

LOCALE = Path(settings.LOCALE_PATHS[0])
BASE = Path(settings.BASE_DIR)
# Everything a learner sees from signing in to downloading the certificate:
# sign-in (typed and picture), joining a class, dashboard, catalogue, course,
# lesson and its blocks, test taking, results, certificate and "Get help",
# plus the child privacy notice and the too-young and ask-a-parent pages.
LEARNER_FILES = {
    "templates/base.html",
    "templates/allauth/layouts/base.html",
    "templates/allauth/layouts/entrance.html",
    "templates/accounts/picture_login.html",
    "templates/accounts/includes/picture_card.html",
    "templates/accounts/includes/picture_fields.html",
    "accounts/allauth_messages.py",
    "accounts/forms.py",
    "accounts/pictures.py",
    "accounts/views.py",
    "templates/accounts/privacy_notice.html",
    "templates/accounts/too_young.html",
    "templates/accounts/ask_parent.html",
    "templates/accounts/ask_parent_sent.html",
    "templates/classes/join.html",
    "templates/classes/join_details.html",
    "templates/classes/joined.html",
    "classes/forms.py",
    "templates/assessments/take.html",
    "templates/assessments/results.html",
    "templates/courses/course_page.html",
    "templates/courses/course_index_page.html",
    "templates/courses/course_not_allowed.html",
    "templates/courses/lesson_page.html",
    "templates/courses/learner_dashboard.html",
    "templates/courses/module_page.html",
    "templates/courses/search.html",
    "templates/home/get_help.html",
    "templates/home/home_page.html",
    "templates/includes/helpline_list.html",
    "templates/includes/translation_notice.html",
    # A child who lands on an error page must read it, and find Get help.
    *(f"templates/{code}.html" for code in ("404", "403", "403_csrf", "429", "500")),
    "templates/includes/error_help.html",
    *(str(p.relative_to(BASE)) for p in (BASE / "templates/blocks").glob("*.html")),
    "assessments/views/taking.py",
    "assessments/labels.py",
    "assessments/services.py",
    "courses/selectors.py",
    "courses/services.py",
    "courses/views.py",
    "home/models.py",
}


def catalogue(language: str) -> polib.POFile:
    return polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))


def write_po(directory: Path, language: str, body: str) -> Path:
    path = directory / language / "LC_MESSAGES" / "django.po"
    path.parent.mkdir(parents=True)
    path.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n' + body,
        encoding="utf-8",
    )
    return path


class TestCatalogues:
    def test_all_six_languages_have_a_catalogue(self):
        codes = [code for code, _name in settings.LANGUAGES]
        assert codes == ["en", "es", "fr", "pt", "ar", "sw"]
        for code in codes:
            assert (LOCALE / code / "LC_MESSAGES" / "django.po").exists(), code

    def test_every_marked_string_is_in_the_catalogues(self):
        """A string marked in code but never extracted fails here, by name."""
        messages = source_messages(BASE)
        assert len(messages) > 900
        for code, _name in settings.LANGUAGES:
            missing = missing_from_catalogue(catalogue(code), messages)
            assert [f"{m.path}: {m.msgid}" for m in missing] == [], (
                f"{code}: run scripts/update-translations.sh and translate"
            )

    @pytest.mark.parametrize("language", ["es", "fr", "ar"])
    def test_spanish_french_and_arabic_are_complete(self, language):
        po = catalogue(language)
        assert [e.msgid for e in po.untranslated_entries()] == []
        assert [e.msgid for e in po.fuzzy_entries()] == []
        assert [e.msgid for e in po if e.obsolete] == []
        assert len(po.translated_entries()) > 900

    @pytest.mark.parametrize("language", ["pt", "sw"])
    def test_portuguese_and_swahili_cover_the_learner_path(self, language):
        po = catalogue(language)
        on_path = [
            entry
            for entry in po
            if {path for path, _line in entry.occurrences} & LEARNER_FILES
        ]
        assert len(on_path) > 200
        missing = [e.msgid for e in on_path if not e.translated()]
        assert missing == []
        assert [e.msgid for e in po.fuzzy_entries()] == []

    def test_learner_path_files_exist(self):
        assert [f for f in sorted(LEARNER_FILES) if not (BASE / f).exists()] == []

    @pytest.mark.parametrize("language", ["es", "fr", "ar", "pt", "sw"])
    def test_plural_entries_fill_every_form(self, language):
        po = catalogue(language)
        nplurals = int(po.metadata["Plural-Forms"].split("nplurals=")[1][0])
        for entry in po.translated_entries():
            if entry.msgid_plural:
                forms = entry.msgstr_plural
                assert sorted(forms) == list(range(nplurals)), entry.msgid
                assert all(forms.values()), entry.msgid

    def test_arabic_has_six_plural_forms(self):
        po = catalogue("ar")
        assert po.metadata["Plural-Forms"].startswith("nplurals=6;")
        with translation.override("ar"):
            assert (
                translation.ngettext("%(n)s student", "%(n)s students", 2) % {"n": 2}
                == "2 طالبان"
            )

    @pytest.mark.parametrize(
        "language,expected",
        [
            ("ar", "احصل على المساعدة"),
            ("es", "Pedir ayuda"),
            ("fr", "Trouver de l’aide"),
            ("pt", "Obter ajuda"),
            ("sw", "Pata msaada"),
        ],
    )
    def test_interface_is_translated_on_the_help_page(
        self, client, db, language, expected
    ):
        response = client.get(f"/{language}/help/")
        assert response.status_code == 200
        assert expected in response.text


class TestSignInPage:
    @pytest.mark.parametrize(
        "language,expected",
        [
            ("sw", ["Umesahau nenosiri lako?", "Jina la mtumiaji au barua pepe"]),
            ("pt", ["Esqueceu sua senha?", "Nome de usuário ou e-mail"]),
            ("ar", ["هل نسيت كلمة المرور؟", "اسم المستخدم أو البريد الإلكتروني"]),
            ("es", ["¿Olvidaste tu contraseña?", "Iniciar sesión"]),
        ],
    )
    def test_sign_in_page_speaks_the_learners_language(
        self, client, db, language, expected
    ):
        """allauth's own strings come from our catalogues (none for Swahili)."""
        response = client.get(f"/{language}/accounts/login/")
        assert response.status_code == 200
        for text in expected:
            assert text in response.text
        assert "Forgot your password?" not in response.text
        assert "Sign In" not in response.text


class TestSourceMessages:
    def test_finds_python_and_template_strings_like_makemessages(self, tmp_path):
        (tmp_path / "app").mkdir()
        (tmp_path / "app" / "views.py").write_text(
            "from django.utils.translation import gettext_lazy as _, ngettext, pgettext\n"
            "A = _('Get help')\n"
            "B = ngettext('%(n)s lesson', '%(n)s lessons', 2)\n"
            "C = pgettext('month', 'May')\n"
            "D = _(variable)\n",
            encoding="utf-8",
        )
        (tmp_path / "templates").mkdir()
        (tmp_path / "templates" / "page.html").write_text(
            "{% load i18n %}<h1>{% translate 'Next' %}</h1>\n"
            "{% blocktranslate count n=total %}{{ n }} course{% plural %}"
            "{{ n }} courses{% endblocktranslate %}\n",
            encoding="utf-8",
        )
        (tmp_path / "tests").mkdir()
        (tmp_path / "tests" / "test_x.py").write_text("_('Not extracted')\n")
        found = {(m.msgctxt, m.msgid, m.path) for m in source_messages(tmp_path)}
        assert found == {
            (None, "Get help", "app/views.py"),
            (None, "%(n)s lesson", "app/views.py"),
            ("month", "May", "app/views.py"),
            (None, "Next", "templates/page.html"),
            (None, "%(n)s course", "templates/page.html"),
        }

    def test_a_string_missing_from_a_catalogue_is_reported(self, tmp_path):
        (tmp_path / "views.py").write_text("_('Old')\n_('Brand new')\n")
        path = write_po(tmp_path, "es", 'msgid "Old"\nmsgstr "Viejo"\n')
        missing = missing_from_catalogue(
            polib.pofile(str(path)), source_messages(tmp_path)
        )
        assert [(m.msgid, m.path) for m in missing] == [("Brand new", "views.py")]


class TestCompile:
    def test_compiles_a_catalogue_that_gettext_can_read(self, tmp_path):
        write_po(tmp_path, "es", 'msgid "Get help"\nmsgstr "Pedir ayuda"\n')
        (result,) = compile_catalogues([tmp_path])
        assert (result.translated, result.total) == (1, 1)
        with result.mo_path.open("rb") as handle:
            assert gettext.GNUTranslations(handle).gettext("Get help") == "Pedir ayuda"

    def test_a_malformed_catalogue_is_rejected_naming_the_file(self, tmp_path):
        good = write_po(tmp_path, "es", 'msgid "Yes"\nmsgstr "Sí"\n')
        bad = write_po(tmp_path, "fr", 'msgid "Yes"\nmsgstr "Oui\n')
        with pytest.raises(CatalogueError, match=str(bad)):
            compile_catalogues([tmp_path])
        assert not good.with_suffix(".mo").exists()  # all or nothing

    def test_a_translation_with_wrong_placeholders_is_rejected(self, tmp_path):
        write_po(
            tmp_path,
            "es",
            "#, python-format\n"
            'msgid "Continue: %(title)s"\nmsgstr "Continuar: %(titulo)s"\n',
        )
        with pytest.raises(CatalogueError, match="placeholders"):
            compile_catalogues([tmp_path])
        assert list(tmp_path.rglob("*.mo")) == []

    def test_a_percent_sign_read_as_a_directive_is_rejected_as_msgfmt_does(
        self, tmp_path
    ):
        """msgfmt --check reads "95% confidence" as the directive "% c", and
        "95% para" as the invalid "% p" (what broke es, fr and ar once)."""
        write_po(
            tmp_path,
            "es",
            "#, python-format\n"
            'msgid "Whiskers: 95% confidence interval"\n'
            'msgstr "Bigotes: intervalo del 95% para cada media"\n',
        )
        with pytest.raises(CatalogueError, match="not a valid format string.*% p"):
            compile_catalogues([tmp_path])

    def test_unnamed_placeholders_keep_their_order_and_kind(self, tmp_path):
        write_po(
            tmp_path,
            "fr",
            '#, python-format\nmsgid "%s of %d"\nmsgstr "%d sur %s"\n',
        )
        with pytest.raises(CatalogueError, match="placeholders"):
            compile_catalogues([tmp_path])

    def test_every_catalogue_passes_gnu_msgfmt_check(self):
        """The catalogues pass GNU gettext's own strict check (and so Django's
        compilemessages), not only the pure-Python one. CI (``CI`` set) must
        have GNU gettext; elsewhere the test is skipped without it."""
        if not shutil.which("msgfmt"):
            if os.environ.get("CI"):
                pytest.fail("CI checks the catalogues with GNU msgfmt: install gettext")
            pytest.skip("GNU gettext (msgfmt) is not installed")
        for path in sorted(LOCALE.glob("*/LC_MESSAGES/*.po")):
            result = subprocess.run(
                ["msgfmt", "--check", "-o", os.devnull, str(path)],
                capture_output=True,
                text=True,
            )
            assert result.returncode == 0, f"{path}: {result.stderr}"

    def test_fuzzy_entries_are_left_out(self, tmp_path):
        write_po(
            tmp_path,
            "es",
            '#, fuzzy\nmsgid "Start"\nmsgstr "Inicio"\n\nmsgid "End"\nmsgstr "Fin"\n',
        )
        (result,) = compile_catalogues([tmp_path])
        with result.mo_path.open("rb") as handle:
            catalogue_ = gettext.GNUTranslations(handle)
        assert catalogue_.gettext("Start") == "Start"
        assert catalogue_.gettext("End") == "Fin"

    def test_placeholders_ignore_escaped_percent(self):
        assert placeholders("%(p)s%% (%(done)s rows)") == ["done", "p"]

    def test_command_reports_and_fails_with_a_clear_message(self, tmp_path, settings):
        write_po(tmp_path, "es", 'msgid "Yes"\nmsgstr "Sí"\n')
        settings.LOCALE_PATHS = [tmp_path]
        call_command("compile_messages_py", "--check")
        assert not list(tmp_path.rglob("*.mo"))
        write_po(tmp_path, "fr", 'msgid "Yes"\nmsgstr "Oui\n')
        with pytest.raises(CommandError, match="fr/LC_MESSAGES/django.po"):
            call_command("compile_messages_py")


class TestLocaleFormats:
    @pytest.mark.parametrize(
        "language,expected",
        [
            ("ar", "22 نوفمبر، 2026"),
            ("es", "22 de noviembre de 2026"),
            ("fr", "22 novembre 2026"),
            ("sw", "22 Novemba 2026"),
            ("en", "Nov. 22, 2026"),
        ],
    )
    def test_dates_follow_the_interface_language(self, language, expected):
        from datetime import date

        from django.utils.formats import date_format

        with translation.override(language):
            assert date_format(date(2026, 11, 22)) == expected

    def test_swahili_numbers_use_a_decimal_point(self):
        from django.utils.formats import number_format

        with translation.override("sw"):
            assert number_format(1234.5, 1, force_grouping=True) == "1,234.5"
