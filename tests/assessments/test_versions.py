"""Versions of one form (assessments/versions.py): a form whose ``form_id``
exists imports as a new version, learners starting from then on get it,
attempts keep theirs, and analysis pools only the questions that did not
change, saying so.

The second version is the KoboToolbox-style KAP form of the fixture
collection, edited as a programme would between two deployments: one
statement reworded, one question dropped, one added, a Spanish label
polished, and a new ``version``.
"""

from pathlib import Path

import pytest
from django.core.management import call_command

from assessments.exports import ExportScope, build_dataset, codebook_rows
from assessments.models import Attempt, Instrument
from assessments.services import attempt_get_or_start, attempt_save_answers
from assessments.services_imports import ImportRejected, instrument_import
from assessments.versions import current, versions_in
from assessments.xlsform import parse_form
from reports.presentation import render_standalone
from reports.selectors import ReportFilters, kap_report
from tests.factories import make_class, make_teacher
from tests.reports.factories import submit

from .xlsform_helpers import KAP_TEENS_ANSWERS

pytestmark = pytest.mark.django_db

FORM = Path(__file__).resolve().parent.parent / "fixtures" / "xlsforms"
NAME = "kap_teens_online_safety.md"
CODE = "teens_online_safety_kap"
V1, V2 = "2026120301", "2026121001"


def version_1_text() -> str:
    return (FORM / NAME).read_text(encoding="utf-8")


def version_2_text() -> str:
    text = version_1_text()
    edits = [
        (V1, V2),
        # reworded: a new question with the same name
        ("If something online upset me,", "If something online worried me,"),
        # a translation polished: the same question
        ("¿Qué contraseña es la más segura?", "¿Cuál es la contraseña más segura?"),
    ]
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    lines = text.splitlines(keepends=True)
    dropped = [line for line in lines if "| Blocking_tells_the_person |" in line]
    assert len(dropped) == 1
    lines.remove(dropped[0])
    at = next(n for n, line in enumerate(lines) if "| Have_you_met_someone" in line)
    lines.insert(
        at + 1,
        "| | select_one yes_no | Do_you_use_two_step_login | Do you use two-step "
        "login on your main account? | ¿Usas el inicio de sesión en dos pasos en tu "
        "cuenta principal? | | | yes | | | | | | P | privacy | | |\n",
    )
    return "".join(lines)


def import_text(text: str) -> Instrument:
    return instrument_import(form=parse_form(text.encode(), NAME))


# Version 2 adds a question.
GIVEN = KAP_TEENS_ANSWERS | {"Do_you_use_two_step_login": "yes"}


def hand_in(learner, instrument, phase, *, course, school_class, given=GIVEN):
    """A handed-in attempt on ``instrument``, scored as the platform scores."""
    return submit(
        learner,
        course,
        phase,
        given,
        school_class=school_class,
        locale=instrument.locale.language_code,
        instrument=instrument,
    )


class TestImportingANewVersion:
    def test_it_replaces_the_old_version_in_every_language(self):
        first = import_text(version_1_text())
        second = import_text(version_2_text())
        assert second.code == first.code == CODE
        assert (first.version, second.version) == (V1, V2)
        assert Instrument.objects.filter(code=CODE).count() == 4  # en, es × 2
        for old in first.get_translations(inclusive=True):
            old.refresh_from_db()
            assert old.superseded_by.version == V2
            assert old.superseded_by.locale_id == old.locale_id
            assert current(old) == old.superseded_by
        for new in second.get_translations(inclusive=True):
            assert new.superseded_by is None
            assert current(new) == new

    def test_unchanged_questions_keep_their_identity_changed_ones_do_not(self):
        first = import_text(version_1_text())
        second = import_text(version_2_text())
        old = {item.code: item for item in first.get_items()}
        for new in second.get_translations(inclusive=True):
            items = {item.code: item for item in new.get_items()}
            assert items["Which_password_is_strongest"].identity == (
                old["Which_password_is_strongest"].translation_key
            )
            assert items["Gender"].identity == old["Gender"].translation_key
            assert items["I_would_tell_an_adult"].lineage is None
            assert items["I_would_tell_an_adult"].identity != (
                old["I_would_tell_an_adult"].identity
            )
            assert items["Do_you_use_two_step_login"].lineage is None
            assert "Blocking_tells_the_person" not in items

    def test_the_importer_is_told_what_changed(self):
        import_text(version_1_text())
        form = parse_form(version_2_text().encode(), NAME)
        instrument_import(form=form)
        summary = form.warnings[-1]
        assert summary.startswith(
            f"{CODE} version {V2} replaces version {V1} for learners who start "
            "the test from now on; attempts already started keep their version. "
            "8 questions unchanged (analysed together with the earlier version)."
        )
        assert "Changed (analysed separately): I_would_tell_an_adult." in summary
        assert "New: Do_you_use_two_step_login." in summary
        assert "No longer asked: Blocking_tells_the_person." in summary

    def test_the_same_version_again_is_refused_and_nothing_is_stored(self):
        import_text(version_1_text())
        import_text(version_2_text())
        with pytest.raises(ImportRejected) as caught:
            import_text(version_2_text().replace("worried", "scared"))
        assert caught.value.errors == [
            f"settings row 2, column version: version '{V2}' of '{CODE}' is "
            "already imported; give this form a new version (KoboToolbox sets "
            "one at every deployment)"
        ]
        assert Instrument.objects.filter(code=CODE).count() == 4

    def test_links_set_in_the_admin_carry_over(self):
        follow_up = import_text(version_1_text().replace(CODE, "follow_up_kap"))
        first = import_text(version_1_text())
        first.follow_up_instrument = follow_up
        first.follow_up_after_days = 45
        first.save()
        second = import_text(version_2_text())
        assert second.follow_up_instrument == follow_up
        assert second.follow_up_after_days == 45

    def test_export_command_writes_the_newest_or_the_version_asked(self, tmp_path):
        import_text(version_1_text())
        import_text(version_2_text())
        call_command("export_instrument", CODE, str(tmp_path / "new.xlsx"))
        call_command(
            "export_instrument", CODE, str(tmp_path / "old.xlsx"), "--form-version", V1
        )
        newest = parse_form((tmp_path / "new.xlsx").read_bytes(), "new.xlsx")
        oldest = parse_form((tmp_path / "old.xlsx").read_bytes(), "old.xlsx")
        assert (newest.version, oldest.version) == (V2, V1)
        assert "Do_you_use_two_step_login" in [i.code for i in newest.items]
        assert "Blocking_tells_the_person" in [i.code for i in oldest.items]


class TestDelivery:
    def test_learners_starting_now_get_the_new_version_attempts_keep_theirs(
        self, course
    ):
        first = import_text(version_1_text())
        course.pre_test = first
        course.save_revision().publish()
        school_class = make_class(teacher=make_teacher(), learners=3, course=course)
        early, late, spanish = [m.learner for m in school_class.memberships.all()]
        started = attempt_get_or_start(
            learner=early, course=course, phase="pre", language="en"
        )
        assert started.instrument == first

        second = import_text(version_2_text())
        course.refresh_from_db()
        assert course.pre_test == first  # the course is not rewritten
        later = attempt_get_or_start(
            learner=late, course=course, phase="pre", language="en"
        )
        assert later.instrument == second
        in_spanish = attempt_get_or_start(
            learner=spanish, course=course, phase="pre", language="es"
        )
        assert in_spanish.instrument.version == V2
        assert in_spanish.instrument.locale.language_code == "es"

        again = attempt_get_or_start(
            learner=early, course=course, phase="pre", language="en"
        )
        assert again == started and again.instrument == first
        blocking = first.items.get(code="Blocking_tells_the_person")
        result = attempt_save_answers(attempt=again, answers={blocking.pk: "false"})
        assert not result.errors
        assert again.responses.get().item == blocking


@pytest.fixture
def two_versions(course):
    """Three learners: pre-test on version 1, post-test on version 2."""
    first = import_text(version_1_text())
    second = import_text(version_2_text())
    course.pre_test = course.post_test = first
    course.save_revision().publish()
    school_class = make_class(teacher=make_teacher(), learners=3, course=course)
    for n, membership in enumerate(school_class.memberships.all()):
        pre = GIVEN | {"Which_password_is_strongest": "pet_name" if n else "birthday"}
        hand_in(
            membership.learner,
            first,
            "pre",
            course=course,
            school_class=school_class,
            given=pre,
        )
        hand_in(
            membership.learner, second, "post", course=course, school_class=school_class
        )
    return school_class


class TestAnalysis:
    def test_matched_file_pools_unchanged_questions_only(self, two_versions):
        data = build_dataset(
            "prepost_wide",
            ExportScope(programme_id=two_versions.school.programme_id),
            programme_key=two_versions.school.programme.pseudonym_key,
            threshold=1,
        )
        names = [v.name for v in data.variables]
        rows = [dict(zip(names, row, strict=True)) for row in data.rows]
        assert len(rows) == 3
        for row in rows:
            # the same question on both versions: one pair of columns
            assert row["Which_password_is_strongest_pre"] == 0.0
            assert row["Which_password_is_strongest_post"] == 1.0
            # reworded: version 1's columns hold the pre-test only, and the
            # new question's columns the post-test only
            assert row["I_would_tell_an_adult_pre"] is not None
            assert row["I_would_tell_an_adult_post"] is None
            assert row["I_would_tell_an_adult_v2_pre"] is None
            assert row["I_would_tell_an_adult_v2_post"] is not None
            assert row["Blocking_tells_the_person_post"] is None
            assert row["Do_you_use_two_step_login_post"] == 1.0  # yes, scored
        assert "Which_password_is_strongest_v2_pre" not in names
        labels = {v.name: v.label for v in data.variables}
        assert labels["I_would_tell_an_adult_v2_post"].startswith(
            f"I_would_tell_an_adult (changed in version {V2}) post"
        )
        codebook = [row for row in codebook_rows(data.variables, data.items)]
        header = codebook[0]
        wording = dict(
            zip(
                header,
                next(r for r in codebook if r[0] == "Which_password_is_strongest_pre"),
                strict=True,
            )
        )
        assert wording["wording_en"].count("Which password is the strongest?") == 1
        assert " | " not in wording["wording_en"]  # one wording, not one per version

    def test_report_pools_unchanged_items_and_says_what_it_did(self, two_versions):
        report = kap_report(filters=ReportFilters(), k=1, language="en")
        (block,) = report["instruments"]
        codes = [item["code"] for item in block["items"]]
        assert codes.count("Which_password_is_strongest") == 1
        assert f"I_would_tell_an_adult (v{V1})" in codes
        assert f"I_would_tell_an_adult (v{V2})" in codes
        password = next(
            i for i in block["items"] if i["code"] == "Which_password_is_strongest"
        )
        assert password["difficulty_pre"]["n"] == 3
        assert password["difficulty_pre"]["difficulty"] == 0.0
        assert password["difficulty_post"]["difficulty"] == 1.0
        assert report["versions"] == [
            {
                "instrument": CODE,
                "versions": [
                    {"version": V1, "attempts": 3},
                    {"version": V2, "attempts": 3},
                ],
                "separate": ["I_would_tell_an_adult"],
            }
        ]
        html = render_standalone(report, title="Report", filters_text="")
        assert f"Test {CODE} was answered on more than one version" in html
        assert "analysed separately, one row per version: I_would_tell_an_adult" in (
            " ".join(html.split())
        )

    def test_one_version_only_says_nothing_about_versions(self, course):
        first = import_text(version_1_text())
        school_class = make_class(teacher=make_teacher(), learners=1, course=course)
        learner = school_class.memberships.get().learner
        hand_in(learner, first, "pre", course=course, school_class=school_class)
        assert versions_in(Attempt.objects.all()) == []


def test_import_responses_goes_to_the_newest_version_or_the_one_named(tmp_path):
    """Answers collected elsewhere land on the version they were given on."""
    first = import_text(version_1_text())
    second = import_text(version_2_text())
    rows = "learner,phase,item,value,date\nS-1,pre,Gender,girl,2026-11-02\n"
    (tmp_path / "answers.csv").write_text(rows)
    call_command(
        "import_responses", str(tmp_path / "answers.csv"), "--instrument", CODE
    )
    (tmp_path / "older.csv").write_text(rows.replace("S-1", "S-2"))
    call_command(
        "import_responses",
        str(tmp_path / "older.csv"),
        "--instrument",
        CODE,
        "--form-version",
        V1,
    )
    assert (
        Attempt.objects.get(learner__import_reference__reference="S-1").instrument
        == second
    )
    assert (
        Attempt.objects.get(learner__import_reference__reference="S-2").instrument
        == first
    )


def test_the_long_file_names_the_version_of_each_answer(two_versions):
    data = build_dataset(
        "responses_long",
        ExportScope(programme_id=two_versions.school.programme_id),
        programme_key=two_versions.school.programme.pseudonym_key,
        threshold=1,
    )
    names = [v.name for v in data.variables]
    rows = [dict(zip(names, row, strict=True)) for row in data.rows]
    adult = {
        (row["phase"], row["form_version"])
        for row in rows
        if row["item"] == "I_would_tell_an_adult"
    }
    assert adult == {("pre", V1), ("post", V2)}
