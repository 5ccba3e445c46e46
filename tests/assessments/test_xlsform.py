import io

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

from assessments import scoring
from assessments.models import Instrument, Item
from assessments.services_imports import (
    ImportRejected,
    instrument_export,
    instrument_import,
)
from assessments.xlsform import XLSFormError, parse_workbook

from .xlsform_helpers import (
    CHOICES_HEADER,
    CHOICES_ROWS,
    SETTINGS_HEADER,
    SETTINGS_ROWS,
    SURVEY_HEADER,
    SURVEY_ROWS,
    survey_with,
    workbook_bytes,
)


def errors_of(data: bytes) -> list[str]:
    with pytest.raises(XLSFormError) as caught:
        parse_workbook(data)
    return caught.value.errors


def sheet_values(data: bytes) -> dict[str, list[tuple]]:
    workbook = load_workbook(io.BytesIO(data))
    return {
        sheet.title: [tuple(sheet.iter_rows(values_only=True))]
        for sheet in workbook.worksheets
    }


class TestParseWorkbook:
    def test_reads_items_types_keys_and_translations(self):
        form = parse_workbook(workbook_bytes())
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
        assert errors == [
            "survey row 3, column answer_key: option 'x' is not in list 'k01'"
        ]

    def test_every_problem_is_reported_at_once(self):
        rows = [list(r) for r in SURVEY_ROWS]
        rows[1][SURVEY_HEADER.index("kap_domain")] = "Z"
        rows[4][SURVEY_HEADER.index("kap_type")] = "slider"
        rows[5][0] = "integer"
        errors = errors_of(workbook_bytes([SURVEY_HEADER, *rows]))
        assert (
            "survey row 3, column kap_domain: 'Z' is not a KAP domain (K, A or P)"
            in errors
        )
        assert any(
            e.startswith("survey row 6, column kap_type: 'slider'") for e in errors
        )
        assert any(
            e.startswith("survey row 7, column type: type 'integer' is not supported")
            for e in errors
        )

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

    def test_scale_item_needs_the_standard_list(self):
        rows = [list(r) for r in CHOICES_ROWS if r[0] != "agree"]
        rows += [["agree", "1", "No", "No"], ["agree", "2", "Yes", "Sí"]]
        errors = errors_of(workbook_bytes(choices=[CHOICES_HEADER, *rows]))
        assert len(errors) == 1
        assert errors[0].startswith("survey row 6, column type: a likert question")

    def test_choice_names_must_be_stable_option_ids(self):
        rows = [list(r) for r in CHOICES_ROWS]
        rows[0][1] = "colour"
        errors = errors_of(workbook_bytes(choices=[CHOICES_HEADER, *rows]))
        assert errors[0].startswith(
            "survey row 3, column type: list 'k01' has option names colour"
        )

    def test_single_choice_knowledge_item_needs_its_answer(self):
        errors = errors_of(workbook_bytes(survey_with(1, "answer_key", "")))
        assert errors == [
            "survey row 3, column answer_key: K01: a single-choice knowledge item "
            "needs exactly one correct option"
        ]

    def test_open_text_refused_in_a_test_for_children(self):
        rows = [list(r) for r in SURVEY_ROWS]
        rows.append(["text", "O01", "Anything else?", "¿Algo más?", "A"] + [""] * 6)
        errors = errors_of(workbook_bytes([SURVEY_HEADER, *rows]))
        assert errors == [
            "survey row 9, column type: open-text questions are not allowed in "
            "tests for children"
        ]

    def test_open_text_allowed_for_adults(self):
        rows = [list(r) for r in SURVEY_ROWS]
        rows.append(["text", "O01", "Anything else?", "¿Algo más?", "A"] + [""] * 6)
        settings_rows = [list(SETTINGS_ROWS[0])]
        settings_rows[0][SETTINGS_HEADER.index("kap_for_children")] = "no"
        form = parse_workbook(
            workbook_bytes(
                [SURVEY_HEADER, *rows], settings=[SETTINGS_HEADER, *settings_rows]
            )
        )
        assert form.items[-1].item_type == scoring.OPEN

    def test_unknown_language_and_duplicate_code(self):
        header = list(SURVEY_HEADER)
        header[3] = "label::Klingon (tlh)"
        rows = [list(r) for r in SURVEY_ROWS]
        rows[2][1] = "K01"
        errors = errors_of(workbook_bytes([header, *rows]))
        assert any(
            e.startswith("survey row 1, column label::Klingon (tlh): unknown language")
            for e in errors
        )
        assert "survey row 4, column name: code 'K01' is used twice" in errors

    def test_missing_sheet_and_not_a_workbook(self):
        assert errors_of(workbook_bytes(drop_sheet="choices")) == [
            "The workbook has no 'choices' sheet."
        ]
        assert errors_of(b"type,name\nnote,x\n")[0].startswith(
            "The file is not an Excel workbook"
        )


@pytest.mark.django_db
class TestInstrumentImport:
    def test_creates_source_and_localize_compatible_translation(self):
        source = instrument_import(form=parse_workbook(workbook_bytes()))
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
            {"key": "A", "text": "Tu color favorito", "correct": False},
            {"key": "B", "text": "Tu dirección", "correct": True},
        ]
        assert es_items["K03"].explanation == "Díselo a un adulto de confianza."
        assert Item.objects.count() == 12

    def test_existing_code_is_refused_and_nothing_changes(self):
        instrument_import(form=parse_workbook(workbook_bytes()))
        with pytest.raises(ImportRejected) as caught:
            instrument_import(form=parse_workbook(workbook_bytes()))
        assert "form_id: an instrument with code 'SAFE-1' already exists" in str(
            caught.value
        )
        assert Instrument.objects.count() == 2

    def test_round_trip_writes_the_same_workbook_back(self):
        source = instrument_import(form=parse_workbook(workbook_bytes()))
        exported = instrument_export(instrument=source)
        again = parse_workbook(exported)
        original = parse_workbook(workbook_bytes())
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
        source = instrument_import(form=parse_workbook(workbook_bytes()))
        workbook = load_workbook(io.BytesIO(instrument_export(instrument=source)))
        survey = list(workbook["survey"].iter_rows(values_only=True))
        assert survey[0] == tuple(
            [
                "type",
                "name",
                "label::English (en)",
                "label::Español (es)",
                "kap_domain",
                "kap_subscale",
                "kap_type",
                "answer_key",
                "reverse_coded",
                "explanation::English (en)",
                "explanation::Español (es)",
            ]
        )
        assert survey[2][:4] == (
            "select_one k01",
            "K01",
            "Which is personal information?",
            "¿Qué es información personal?",
        )
        assert survey[3][7] == "A B"


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
        assert parse_workbook(target.read_bytes()).code == "SAFE-1"

    def test_import_command_reports_errors_and_imports_nothing(self, tmp_path):
        path = tmp_path / "bad.xlsx"
        path.write_bytes(workbook_bytes(survey_with(1, "answer_key", "x")))
        with pytest.raises(CommandError) as caught:
            call_command("import_instrument", str(path))
        assert "survey row 3, column answer_key" in str(caught.value)
        assert Instrument.objects.count() == 0
