import io

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

from assessments import scoring, xlsform
from assessments.models import Instrument, Item
from assessments.services_imports import (
    ImportRejected,
    instrument_export,
    instrument_import,
)
from assessments.xlsform import XLSFormError, parse_form

from .xlsform_helpers import (
    CHOICES_HEADER,
    CHOICES_ROWS,
    SETTINGS_HEADER,
    SETTINGS_ROWS,
    SURVEY_HEADER,
    SURVEY_ROWS,
    survey_with,
    take_as_pre_test,
    workbook_bytes,
)


def errors_of(data: bytes, filename: str = "safe.xlsx") -> list[str]:
    with pytest.raises(XLSFormError) as caught:
        parse_form(data, filename)
    return caught.value.errors


def parse(data: bytes, filename: str = "safe.xlsx"):
    return parse_form(data, filename)


def sheet_values(data: bytes) -> dict[str, list[tuple]]:
    workbook = load_workbook(io.BytesIO(data))
    return {
        sheet.title: [tuple(sheet.iter_rows(values_only=True))]
        for sheet in workbook.worksheets
    }


def markdown(survey: str, choices: str = "", settings: str = "") -> bytes:
    """An XLSForm in pyxform's Markdown format (``| survey |`` tables)."""
    text = "| survey |\n" + survey
    if choices:
        text += "| choices |\n" + choices
    if settings:
        text += "| settings |\n" + settings
    return text.encode()


class TestParseWorkbook:
    def test_reads_items_types_keys_and_translations(self):
        form = parse(workbook_bytes())
        assert form.code == "SAFE-1"
        assert form.languages == ["en", "es"]
        assert form.titles == {"en": "Staying safe check", "es": "Prueba de seguridad"}
        assert form.instructions["es"] == "Responde lo que piensas."
        by_code = {item.code: item for item in form.items}
        assert [i.code for i in form.items] == [
            "K01",
            "K02",
            "K03",
            "A01",
            "P01",
            "P02",
        ]
        assert by_code["K01"].item_type == scoring.SINGLE
        assert [o.correct for o in by_code["K01"].options] == [False, True]
        assert by_code["K02"].item_type == scoring.MULTI
        assert by_code["K02"].domain == scoring.KNOWLEDGE
        assert [o.key for o in by_code["K02"].options if o.correct] == ["A", "B"]
        assert by_code["K03"].answer_true is False
        assert by_code["A01"].item_type == scoring.LIKERT
        assert by_code["A01"].reverse_coded is True
        assert by_code["A01"].options == []
        assert by_code["P02"].item_type == scoring.YES_NO
        assert by_code["K01"].explanations["es"] == "Dice dónde vives."

    def test_answer_key_not_in_list_names_row_and_column(self):
        errors = errors_of(workbook_bytes(survey_with(1, "answer_key", "x")))
        assert errors == ["survey row 3, column answer_key: x not in list 'k01'"]

    def test_every_problem_is_reported_at_once(self):
        rows = [list(r) for r in SURVEY_ROWS]
        rows[1][SURVEY_HEADER.index("kap_domain")] = "Z"
        rows[4][SURVEY_HEADER.index("kap_type")] = "slider"
        rows[3][SURVEY_HEADER.index("kap_reverse")] = "perhaps"
        errors = errors_of(workbook_bytes([SURVEY_HEADER, *rows]))
        assert errors[0].startswith(
            "survey row 3, column kap_domain: 'Z' is not a KAP domain"
        )
        assert any(
            e.startswith("survey row 6, column kap_type: 'slider'") for e in errors
        )
        assert "survey row 5, column kap_reverse: 'perhaps' is not yes or no" in errors

    def test_missing_translation_names_the_language_column(self):
        errors = errors_of(workbook_bytes(survey_with(2, "label::Español (es)", "")))
        assert errors == [
            "survey row 4, column label::Español (es): the es translation is missing"
        ]

    def test_missing_option_translation_names_the_choices_row(self):
        rows = [list(r) for r in CHOICES_ROWS]
        rows[1][3] = ""
        errors = errors_of(workbook_bytes(choices=[CHOICES_HEADER, *rows]))
        assert errors == [
            "choices row 3, column label::Español (es): option B of K01 has no es "
            "translation"
        ]

    def test_the_platform_scale_needs_its_own_list(self):
        rows = [list(r) for r in CHOICES_ROWS if r[0] != "agree"]
        rows += [["agree", "1", "No", "No"], ["agree", "2", "Yes", "Sí"]]
        errors = errors_of(workbook_bytes(choices=[CHOICES_HEADER, *rows]))
        assert len(errors) == 1
        assert errors[0].startswith(
            "survey row 6, column kap_type: a likert question uses the platform's "
            "scale 1 to 5"
        )

    def test_choice_names_are_any_xlsform_names(self):
        rows = [list(r) for r in CHOICES_ROWS]
        rows[0][1] = "favourite_colour"
        rows[1][1] = "home_address"
        survey = survey_with(1, "answer_key", "home_address")
        form = parse(workbook_bytes(survey, choices=[CHOICES_HEADER, *rows]))
        k01 = form.items[0]
        assert [(o.key, o.correct) for o in k01.options] == [
            ("favourite_colour", False),
            ("home_address", True),
        ]

    def test_single_choice_knowledge_item_needs_its_answer(self):
        errors = errors_of(workbook_bytes(survey_with(1, "answer_key", "")))
        assert errors == [
            "survey row 3, column answer_key: a knowledge question needs its right "
            "answer (answer_key, or kap_correct on a choice)"
        ]

    def test_open_text_is_left_out_of_a_test_for_children_with_a_warning(self):
        rows = [list(r) for r in SURVEY_ROWS]
        rows.append(["text", "O01", "Anything else?", "¿Algo más?", "A"] + [""] * 6)
        form = parse(workbook_bytes([SURVEY_HEADER, *rows]))
        assert "O01" not in [item.code for item in form.items]
        assert (
            "survey row 9, column type: open-text question 'O01' was left out: "
            "children are not asked to type free text (kap_for_children)"
        ) in form.warnings

    def test_open_text_allowed_for_adults(self):
        rows = [list(r) for r in SURVEY_ROWS]
        rows.append(["text", "O01", "Anything else?", "¿Algo más?", "A"] + [""] * 6)
        settings_rows = [list(SETTINGS_ROWS[0])]
        settings_rows[0][SETTINGS_HEADER.index("kap_for_children")] = "no"
        form = parse(
            workbook_bytes(
                [SURVEY_HEADER, *rows], settings=[SETTINGS_HEADER, *settings_rows]
            )
        )
        assert form.items[-1].item_type == scoring.OPEN

    def test_a_language_the_site_lacks_is_left_out_with_a_warning(self):
        header = list(SURVEY_HEADER)
        header[3] = "label::Klingon (tlh)"
        choices_header = list(CHOICES_HEADER)
        choices_header[3] = "label::Klingon (tlh)"
        form = parse(
            workbook_bytes(
                [header, *SURVEY_ROWS], choices=[choices_header, *CHOICES_ROWS]
            )
        )
        assert form.languages == ["en"]
        assert any(
            "'Klingon (tlh)' is not one of the site's languages" in w
            for w in form.warnings
        )

    def test_pyxform_refuses_a_duplicate_name_and_says_why(self):
        rows = [list(r) for r in SURVEY_ROWS]
        rows[2][1] = "K01"
        errors = errors_of(workbook_bytes([SURVEY_HEADER, *rows]))
        assert len(errors) == 1
        assert errors[0].startswith("pyxform: [row : 4]")
        assert "'K01' is invalid" in errors[0]

    def test_not_an_xlsform(self):
        assert errors_of(b"type,name\nnote,x\n", "x.txt") == [
            "'x.txt' is not an XLSForm file: use .xlsx, .xlsm, .xls, .csv, .md."
        ]
        assert errors_of(b"not a zip", "x.xlsx")[0].startswith(
            "The file is not an Excel workbook"
        )
        assert errors_of(workbook_bytes(drop_sheet="choices"))[0].startswith(
            "pyxform: There should be a choices sheet"
        )

    def test_translated_form_title_is_refused_with_how_to_fix_it(self):
        """pyxform crashes on form_title::… (XLSForm/pyxform#815); this
        platform's own exports wrote it before, so the message says what to do."""
        header = list(SETTINGS_HEADER)
        header[1:3] = ["form_title::English (en)", "form_title::Español (es)"]
        errors = errors_of(workbook_bytes(settings=[header, *SETTINGS_ROWS]))
        assert errors == [
            "settings, column form_title::English (en): XLSForm has one form_title, "
            "not one per language. Rename the column of the default language to "
            "form_title and the others to kap_title::Language (xx)."
        ]

    def test_the_settings_sheet_is_optional(self):
        form = parse(
            markdown(
                "| | type | name | label |\n"
                "| | select_one yn | uses_chat | Do you use chat apps? |\n",
                "| | list_name | name | label |\n"
                "| | yn | yes | Yes |\n| | yn | no | No |\n",
            ),
            "Chat survey 2026.md",
        )
        assert form.code == "Chat_survey_2026"
        assert form.titles == {"en": "Chat survey 2026"}
        assert form.items[0].domain == scoring.BACKGROUND
        assert [o.key for o in form.items[0].options] == ["yes", "no"]
        assert any(
            "no form_id: the code is 'Chat_survey_2026', from the file's name" in w
            for w in form.warnings
        )


class TestScalesOfAnyLength:
    """A scale keeps its points, its order and its own anchors."""

    SURVEY = (
        "| | type | name | label | kap_domain | kap_reverse |\n"
        "| | select_one agree7 | pw_share | Sharing a password is fine | A | yes |\n"
        "| | select_one agree4 | tell_adult | I would tell an adult | A | |\n"
        "| | select_one often | check_posts | I check who sees my posts | P | |\n"
    )
    CHOICES = (
        "| | list_name | name | label | kap_value |\n"
        + "".join(f"| | agree7 | {n} | Anchor {n} | |\n" for n in range(1, 8))
        + "| | agree4 | strongly_agree | Strongly agree | 4 |\n"
        "| | agree4 | agree | Agree | 3 |\n"
        "| | agree4 | disagree | Disagree | 2 |\n"
        "| | agree4 | strongly_disagree | Strongly disagree | 1 |\n"
        "| | often | always | Always | 3 |\n"
        "| | often | sometimes | Sometimes | 2 |\n"
        "| | often | never | Never | 1 |\n"
    )

    def test_points_order_anchors_and_numbers_are_the_forms(self):
        form = parse(markdown(self.SURVEY, self.CHOICES), "scales.md")
        seven, four, three = form.items
        assert [i.item_type for i in form.items] == [scoring.SCALE] * 3
        assert [(o.key, o.value) for o in seven.options] == [
            (str(n), float(n)) for n in range(1, 8)
        ]
        assert [o.texts["en"] for o in four.options] == [
            "Strongly agree",
            "Agree",
            "Disagree",
            "Strongly disagree",
        ]
        assert [o.value for o in four.options] == [4, 3, 2, 1]
        assert [o.key for o in three.options] == ["always", "sometimes", "never"]

    def test_scores_within_the_declared_scale_and_reverse_coding_uses_it(self):
        form = parse(markdown(self.SURVEY, self.CHOICES), "scales.md")
        seven, four, _three = (xlsform._spec(item) for item in form.items)
        # Reverse-coded 7-point: 1 (strongly disagree) is the best answer.
        assert scoring.score_item(seven, "1") == 1.0
        assert scoring.score_item(seven, "7") == 0.0
        assert scoring.score_item(seven, "4") == 0.5
        assert scoring.score_item(four, "strongly_agree") == 1.0
        assert scoring.score_item(four, "disagree") == pytest.approx(1 / 3)
        with pytest.raises(scoring.InvalidAnswer):
            scoring.score_item(four, "8")

    def test_a_choice_number_that_is_not_a_number_is_refused(self):
        choices = self.CHOICES.replace(
            "| agree | Agree | 3 |", "| agree | Agree | three |"
        )
        assert errors_of(markdown(self.SURVEY, choices), "scales.md") == [
            "choices row 10, column kap_value: 'three' is not a number"
        ]

    def test_words_without_numbers_are_kept_but_not_scored(self):
        choices = (
            "".join(
                line
                for line in self.CHOICES.splitlines(keepends=True)
                if "often" not in line
            )
            + "| | often | always | Always | |\n| | often | never | Never | |\n"
        )
        form = parse(markdown(self.SURVEY, choices), "scales.md")
        assert form.items[2].item_type == scoring.SINGLE
        assert any(
            "'check_posts' is not scored: give each choice of 'often' a number" in w
            for w in form.warnings
        )


@pytest.mark.django_db
class TestInstrumentImport:
    def test_creates_source_and_localize_compatible_translation(self):
        source = instrument_import(form=parse(workbook_bytes()))
        spanish = Instrument.objects.get(code="SAFE-1", locale__language_code="es")
        assert source.locale.language_code == "en"
        assert spanish.translation_key == source.translation_key
        assert spanish.get_translation(source.locale) == source
        assert spanish.title == "Prueba de seguridad"
        assert spanish.instructions == "Responde lo que piensas."
        en_items = {i.code: i for i in source.get_items()}
        es_items = {i.code: i for i in spanish.get_items()}
        assert list(es_items) == list(en_items)
        for code, item in es_items.items():
            assert item.translation_key == en_items[code].translation_key
            assert item.locale == spanish.locale
            assert item.spec() == en_items[code].spec()
        assert es_items["K01"].option_list() == [
            {"key": "A", "text": "Tu color favorito", "correct": False, "value": None},
            {"key": "B", "text": "Tu dirección", "correct": True, "value": None},
        ]
        assert es_items["K03"].explanation == "Díselo a un adulto de confianza."
        assert Item.objects.count() == 12

    def test_the_same_version_again_is_refused_and_nothing_changes(self):
        instrument_import(form=parse(workbook_bytes()))
        with pytest.raises(ImportRejected) as caught:
            instrument_import(form=parse(workbook_bytes()))
        assert caught.value.errors == [
            "settings row 2, column version: 'SAFE-1' is already imported; give "
            "this form a version (a new one for every change) to import it as a "
            "new version, or change form_id to import it as another test"
        ]
        assert Instrument.objects.count() == 2

    def test_round_trip_writes_the_same_workbook_back(self):
        source = instrument_import(form=parse(workbook_bytes()))
        exported = instrument_export(instrument=source)
        again = parse(exported)
        original = parse(workbook_bytes())
        assert again.code == original.code
        assert again.languages == original.languages
        assert again.titles == original.titles
        assert again.instructions == original.instructions
        for before, after in zip(original.items, again.items, strict=True):
            assert after.code == before.code
            assert after.domain == before.domain
            assert after.item_type == before.item_type
            assert after.subscale == before.subscale
            assert after.texts == before.texts
            assert after.reverse_coded == before.reverse_coded
            assert after.answer_true == before.answer_true
            assert [(o.key, o.texts, o.correct) for o in after.options] == [
                (o.key, o.texts, o.correct) for o in before.options
            ]
            assert {k: v for k, v in after.explanations.items() if v} == {
                k: v for k, v in before.explanations.items() if v
            }
        # Importing the export under a new code and exporting again is stable.
        Instrument.objects.all().delete()
        reimported = instrument_import(form=again)
        assert sheet_values(instrument_export(instrument=reimported)) == sheet_values(
            exported
        )

    def test_export_header_rows(self):
        source = instrument_import(form=parse(workbook_bytes()))
        workbook = load_workbook(io.BytesIO(instrument_export(instrument=source)))
        survey = list(workbook["survey"].iter_rows(values_only=True))
        per_language = ["label", "hint"]
        assert survey[0] == tuple(
            ["type", "name"]
            + [
                f"{base}::{lang}"
                for base in per_language
                for lang in ("English (en)", "Español (es)")
            ]
            + ["required", "relevant", "constraint"]
            + ["constraint_message::English (en)", "constraint_message::Español (es)"]
            + ["appearance", "choice_filter", "default", "calculation"]
            + ["kap_domain", "kap_subscale", "kap_type", "answer_key"]
            + ["kap_reverse", "explanation::English (en)", "explanation::Español (es)"]
        )
        assert survey[2][:4] == (
            "select_one k01",
            "K01",
            "Which is personal information?",
            "¿Qué es información personal?",
        )
        assert survey[3][survey[0].index("answer_key")] == "A B"
        settings = list(workbook["settings"].iter_rows(values_only=True))
        assert settings[0][:5] == (
            "form_id",
            "form_title",
            "version",
            "default_language",
            "kap_title::Español (es)",
        )

    def test_every_export_converts_with_pyxform(self):
        """KoboToolbox and ODK Central read what the platform writes."""
        from pyxform.xls2xform import convert

        source = instrument_import(form=parse(workbook_bytes()))
        result = convert(
            xlsform=io.BytesIO(instrument_export(instrument=source)),
            file_type=".xlsx",
            warnings=[],
        )
        assert "<h:title>Staying safe check</h:title>" in result.xform


@pytest.mark.django_db
class TestInstrumentCommands:
    def test_import_and_export_commands(self, tmp_path):
        path = tmp_path / "safe.xlsx"
        path.write_bytes(workbook_bytes())
        out = io.StringIO()
        call_command("import_instrument", str(path), stdout=out)
        assert "Imported SAFE-1 with 6 items in en, es." in out.getvalue()
        target = tmp_path / "out.xlsx"
        call_command("export_instrument", "SAFE-1", str(target), stdout=out)
        assert parse(target.read_bytes()).code == "SAFE-1"

    def test_import_command_reports_errors_and_imports_nothing(self, tmp_path):
        path = tmp_path / "bad.xlsx"
        path.write_bytes(workbook_bytes(survey_with(1, "answer_key", "x")))
        with pytest.raises(CommandError) as caught:
            call_command("import_instrument", str(path))
        assert "survey row 3, column answer_key" in str(caught.value)
        assert Instrument.objects.count() == 0


@pytest.mark.django_db
class TestDefault:
    SURVEY = (
        "| | type | name | label | default | kap_domain | answer_key |\n"
        "| | integer | age | How old are you? | 12 | | |\n"
        "| | select_one place | place | Where do you live? | town | | |\n"
        "| | date | filled_on | Today's date | today() | | |\n"
        "| | select_one yn | k1 | Is a password a secret? | yes | K | yes |\n"
        "| | select_one place | where | Where else? | moon | | |\n"
    )
    CHOICES = (
        "| | list_name | name | label |\n"
        "| | place | town | A town |\n"
        "| | place | village | A village |\n"
        "| | yn | yes | Yes |\n"
        "| | yn | no | No |\n"
    )

    def test_kept_and_only_literal_background_answers_are_pre_filled(
        self, client, course
    ):
        from assessments.models import Attempt
        from assessments.services import item_default

        form = parse(markdown(self.SURVEY, self.CHOICES), "defaults.md")
        warnings = "\n".join(form.warnings)
        assert "'filled_on': the default is not used (it is an expression" in warnings
        assert "'k1': the default is not used (a scored question is never" in warnings
        assert "'where': the default is not used ('moon' is not one of" in warnings
        instrument = instrument_import(form=form)
        items = {item.code: item for item in instrument.get_items()}
        assert {code: item.default for code, item in items.items()} == {
            "age": "12",
            "place": "town",
            "filled_on": "today()",
            "k1": "yes",
            "where": "moon",
        }
        assert [item_default(item) for item in items.values()] == [
            "12",
            "town",
            "",
            "",
            "",
        ]
        url, _items, learner = take_as_pre_test(client, course, instrument)
        html = client.get(url).content.decode()
        age, place, k1 = items["age"], items["place"], items["k1"]
        assert f'name="item-{age.pk}" value="12"' in html
        assert f'name="item-{place.pk}" value="town" checked' in html
        assert f'name="item-{k1.pk}" value="yes">' in html  # not checked
        # Nothing is stored until the learner saves.
        assert not Attempt.objects.get(learner=learner).responses.exists()
        exported = parse_form(instrument_export(instrument=instrument), "again.xlsx")
        assert [i.default for i in exported.items] == [i.default for i in form.items]


def notes_of(item) -> list[tuple]:
    """A parsed question's notes, as they should come back from an export."""
    return [(note.name, note.texts, note.relevant) for note in item.lead_ins]


@pytest.mark.django_db
class TestNotesWhereTheFormPutsThem:
    SURVEY = (
        "| | type | name | label | relevant | calculation |\n"
        "| | note | welcome | Welcome. | | |\n"
        "| | integer | friends | How many friends do you chat with online? | | |\n"
        "| | calculate | doubled | | | ${friends} * 2 |\n"
        "| | note | section_2 | Next: about your posts (${doubled} eyes). | | |\n"
        "| | note | section_2b | Think of the last week. | | |\n"
        "| | integer | posts | How many posts did you share? | | |\n"
        "| | note | many | That is a lot! | ${posts} > 10 | |\n"
        "| | note | thanks | Thank you. | | |\n"
    )

    def test_a_note_introduces_the_question_after_it(self, client, course):
        form = parse(markdown(self.SURVEY), "notes.md")
        # After the last question nothing is shown: a closing note joins the
        # instructions, one with a condition cannot (it would be decided
        # before the answers it depends on) and is left out.
        assert form.instructions == {"en": "Welcome.\n\nThank you."}
        assert (
            "survey row 8, column relevant: note 'many' after the last question "
            "has a condition: left out (nothing is shown after the last question)"
        ) in form.warnings
        friends, posts = form.items
        assert friends.lead_ins == []
        assert notes_of(posts) == [
            ("section_2", {"en": "Next: about your posts (${doubled} eyes)."}, ""),
            ("section_2b", {"en": "Think of the last week."}, ""),
        ]
        instrument = instrument_import(form=form)
        url, _items, _learner = take_as_pre_test(client, course, instrument)
        html = client.get(url).content.decode()
        token = html.split('name="page_token" value="', 1)[1].split('"', 1)[0]
        item = instrument.items.get(code="friends")
        client.post(url, {f"item-{item.pk}": "3", "page_token": token})
        html = client.get(url).content.decode()
        lead_in = html.index(
            "<p>Next: about your posts (6 eyes).</p>\n\n"
            "<p>Think of the last week.</p></div>"
        )
        assert lead_in < html.index("How many posts did you share?")
        assert lead_in > html.index("How many friends do you chat with online?")
        again = parse(instrument_export(instrument=instrument), "again.xlsx")
        assert [notes_of(i) for i in again.items] == [notes_of(i) for i in form.items]
        assert again.instructions == form.instructions


#: Notes with their own conditions: two for two kinds of learner before one
#: question, one in a group whose condition it carries (the group has no
#: question: the note introduces the question after the group), one whose
#: condition the platform cannot evaluate.
CONDITIONAL_NOTES = markdown(
    "| | type | name | label::English (en) | label::Español (es) | relevant |\n"
    "| | note | welcome | Welcome. | Bienvenida. | |\n"
    "| | integer | age | How old are you? | ¿Cuántos años tienes? | |\n"
    "| | note | young | Ask an adult if a word is hard. | Pregunta a un adulto si "
    "una palabra es difícil. | ${age} < 12 |\n"
    "| | note | older | Answer on your own. | Responde tú solo. | ${age} >= 12 |\n"
    "| | note | week | Think of the last week. | Piensa en la última semana. | |\n"
    "| | select_one yn | phone | Do you have a phone of your own? | ¿Tienes un "
    "teléfono propio? | |\n"
    "| | begin_group | about_phone | Your phone | Tu teléfono | ${phone} = 'yes' |\n"
    "| | note | phone_intro | About your phone. | Sobre tu teléfono. | |\n"
    "| | end_group | | | | |\n"
    "| | note | odd | The first one. | El primero. | position(..) = 1 |\n"
    "| | integer | posts | How many posts did you share? | ¿Cuántas publicaciones "
    "compartiste? | |\n",
    "| | list_name | name | label::English (en) | label::Español (es) |\n"
    "| | yn | yes | Yes | Sí |\n"
    "| | yn | no | No | No |\n",
    "| | form_id | default_language |\n| | notes_if | English (en) |\n",
)


def lead_ins_shown(client, url) -> list[str]:
    import re

    html = client.get(url).content.decode()
    return re.findall(r'<div class="lead-in"[^>]*>(.*?)</div>', html, re.S)


def save(client, url, answers: dict) -> None:
    html = client.get(url).content.decode()
    token = html.split('name="page_token" value="', 1)[1].split('"', 1)[0]
    client.post(url, {**answers, "page_token": token})


@pytest.mark.django_db
class TestANotesOwnCondition:
    def test_each_note_keeps_its_condition_and_its_groups(self):
        form = parse(CONDITIONAL_NOTES, "notes.md")
        age, phone, posts = form.items
        assert form.instructions == {"en": "Welcome.", "es": "Bienvenida."}
        assert age.lead_ins == []
        assert [(n.name, n.relevant) for n in phone.lead_ins] == [
            ("young", "${age} < 12"),
            ("older", "${age} >= 12"),
            ("week", ""),
        ]
        assert phone.lead_ins[0].texts == {
            "en": "Ask an adult if a word is hard.",
            "es": "Pregunta a un adulto si una palabra es difícil.",
        }
        assert [(n.name, n.relevant) for n in posts.lead_ins] == [
            ("phone_intro", "${phone} = 'yes'"),
            ("odd", "position(..) = 1"),
        ]
        assert any(
            w.startswith(
                "survey row 11, column relevant: note 'odd': the condition cannot "
                "be evaluated ("
            )
            and w.endswith("the note is shown to every learner")
            for w in form.warnings
        )
        assert not any("not applied" in w for w in form.warnings)

    def test_a_note_is_shown_when_its_condition_holds(self, client, course):
        instrument = instrument_import(form=parse(CONDITIONAL_NOTES, "notes.md"))
        url, items, _learner = take_as_pre_test(client, course, instrument)
        # Nothing answered: neither note for an age; "odd" cannot be
        # evaluated, so it is shown, as a question would be.
        assert lead_ins_shown(client, url) == [
            "<p>Think of the last week.</p>",
            "<p>The first one.</p>",
        ]
        save(client, url, {f"item-{items['age'].pk}": "10"})
        assert lead_ins_shown(client, url) == [
            "<p>Ask an adult if a word is hard.</p>\n\n<p>Think of the last week.</p>",
            "<p>The first one.</p>",
        ]
        save(
            client,
            url,
            {f"item-{items['age'].pk}": "14", f"item-{items['phone'].pk}": "yes"},
        )
        assert lead_ins_shown(client, url) == [
            "<p>Answer on your own.</p>\n\n<p>Think of the last week.</p>",
            "<p>About your phone.</p>\n\n<p>The first one.</p>",
        ]

    def test_a_note_before_a_hidden_question_goes_to_the_next_shown(
        self, client, course
    ):
        """As in KoboCAT's tutorial: the note for those who do not like pizza
        stands before the question only fans are asked."""
        form = parse(
            markdown(
                "| | type | name | label | relevant |\n"
                "| | select_one yn | fan | Do you like pizza? | |\n"
                "| | note | hater | That is a pity! | ${fan} = 'no' |\n"
                "| | select_one yn | cheese | Extra cheese? | ${fan} = 'yes' |\n"
                "| | integer | age | How old are you? | |\n",
                "| | list_name | name | label |\n"
                "| | yn | yes | Yes |\n"
                "| | yn | no | No |\n",
            ),
            "pizza.md",
        )
        instrument = instrument_import(form=form)
        url, items, _learner = take_as_pre_test(client, course, instrument)
        save(client, url, {f"item-{items['fan'].pk}": "no"})
        html = client.get(url).content.decode()
        cheese = html.index(f'data-item="{items["cheese"].pk}"')
        assert " hidden disabled" in html[cheese : html.index(">", cheese)]
        note = html.index("<p>That is a pity!</p></div>")
        assert html.index("Do you like pizza?") < note < html.index("How old")
        save(client, url, {f"item-{items['fan'].pk}": "yes"})
        assert lead_ins_shown(client, url) == []

    def test_one_question_per_screen_and_in_another_language(self, client, course):
        instrument = instrument_import(form=parse(CONDITIONAL_NOTES, "notes.md"))
        spanish = instrument.get_translations().get(locale__language_code="es")
        assert [
            [(n["text"], n["relevant"]) for n in item.lead_in_list()]
            for item in spanish.get_items()
        ][1] == [
            ("Pregunta a un adulto si una palabra es difícil.", "${age} < 12"),
            ("Responde tú solo.", "${age} >= 12"),
            ("Piensa en la última semana.", ""),
        ]
        instrument.delivery = "one"
        instrument.save()
        url, items, _learner = take_as_pre_test(client, course, instrument)
        save(client, url, {f"item-{items['age'].pk}": "9", "action": "next"})
        assert lead_ins_shown(client, f"{url}?q=2") == [
            "<p>Ask an adult if a word is hard.</p>\n\n<p>Think of the last week.</p>"
        ]

    def test_the_condition_is_not_offered_for_translation(self):
        from wagtail_localize.models import StringSegment, TranslationSource

        instrument = instrument_import(form=parse(CONDITIONAL_NOTES, "notes.md"))
        source, _created = TranslationSource.update_or_create_from_instance(instrument)
        strings = set(
            StringSegment.objects.filter(source=source).values_list(
                "string__data", flat=True
            )
        )
        assert {"Ask an adult if a word is hard.", "About your phone."} <= strings
        assert not strings & {"${age} < 12", "${phone} = 'yes'", "young"}

    def test_exported_with_its_condition_and_imported_again_the_same(self):
        from pyxform.xls2xform import convert

        form = parse(CONDITIONAL_NOTES, "notes.md")
        instrument = instrument_import(form=form)
        exported = instrument_export(instrument=instrument)
        convert(xlsform=io.BytesIO(exported), file_type=".xlsx", warnings=[])
        again = parse(exported, "again.xlsx")
        assert [notes_of(i) for i in again.items] == [notes_of(i) for i in form.items]
        assert again.instructions == form.instructions
        survey = sheet_values(exported)["survey"][0]
        header = survey[0]
        notes = [
            (row[header.index("name")], row[header.index("relevant")])
            for row in survey
            if row[0] == "note"
        ]
        assert notes == [
            ("instructions", None),
            ("young", "${age} < 12"),
            ("older", "${age} >= 12"),
            ("week", None),
            ("phone_intro", "${phone} = 'yes'"),
            ("odd", "position(..) = 1"),
        ]

    def test_the_admin_edits_a_note_and_its_condition(self, client):
        from django.contrib.auth import get_user_model
        from django.urls import reverse

        from tests.factories import activate_mfa

        instrument = instrument_import(form=parse(CONDITIONAL_NOTES, "notes.md"))
        admin = get_user_model().objects.create_superuser(
            "admin", "admin@example.org", "a-long-test-password"
        )
        activate_mfa(admin)
        client.force_login(admin)
        response = client.get(
            reverse("wagtailsnippets_assessments_instrument:edit", args=[instrument.pk])
        )
        assert response.status_code == 200
        html = response.content.decode()
        assert "Ask an adult if a word is hard." in html
        assert "&quot;relevant&quot;: &quot;${age} &lt; 12&quot;" in html

    def test_a_condition_naming_a_question_left_out_is_dropped(self):
        form = parse(
            markdown(
                "| | type | name | label | relevant |\n"
                "| | integer | age | How old are you? | |\n"
                "| | geopoint | where | Where are you? | |\n"
                "| | note | there | Near you: | ${where} != '' |\n"
                "| | integer | posts | How many posts did you share? | |\n"
            ),
            "notes.md",
        )
        assert notes_of(form.items[1]) == [("there", {"en": "Near you:"}, "")]
        assert (
            "survey row 4, column relevant: 'there': relevant dropped, it names "
            "where, which was left out"
        ) in form.warnings

    def test_a_conditional_note_before_the_first_question_introduces_it(self):
        form = parse(
            markdown(
                "| | type | name | label | relevant |\n"
                "| | note | welcome | Welcome. | |\n"
                "| | note | teens | For teenagers. | ${age} > 12 |\n"
                "| | note | then | Then answer. | |\n"
                "| | integer | age | How old are you? | |\n"
            ),
            "notes.md",
        )
        # The instructions go up to the first note with a condition, which
        # introduces the first question, with the notes after it, in order.
        assert form.instructions == {"en": "Welcome."}
        assert [(n.name, n.relevant) for n in form.items[0].lead_ins] == [
            ("teens", "${age} > 12"),
            ("then", ""),
        ]
