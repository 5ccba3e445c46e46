import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from assessments.models import Attempt, Instrument, LearnerReference, Response
from assessments.services_imports import ImportRejected, responses_import
from tests.factories import activate_mfa, make_class, make_teacher, make_user

from .xlsform_helpers import survey_with, workbook_bytes

pytestmark = pytest.mark.django_db

HEADER = "learner,phase,item,value,date,gender,birth_year,school,class\n"
GOOD = (
    HEADER
    + "S-001,pre,K01,B,2026-03-02,f,2015,School A,Class A\n"
    + "S-001,pre,K02,A B,2026-03-02,f,2015,School A,Class A\n"
    + "S-001,pre,A02,2,2026-03-02,,,School A,Class A\n"
    + "S-001,post,K01,B,2026-04-10,,,,\n"
    + "S-002,pre,K03,FALSE,2026-03-02,m,2014,,\n"
    + "S-002,pre,P02,yes,2026-03-02,m,2014,,\n"
)


@pytest.fixture
def instrument(course):
    return course.pre_test


@pytest.fixture
def school_class(course):
    return make_class(teacher=make_teacher(), course=course)


def rejected(data: str, instrument, **kwargs) -> list[str]:
    with pytest.raises(ImportRejected) as caught:
        responses_import(data=data.encode("utf-8"), instrument=instrument, **kwargs)
    return caught.value.errors


class TestResponsesImport:
    def test_creates_pseudonymous_learners_attempts_and_scores(
        self, instrument, school_class
    ):
        summary = responses_import(
            data=("\ufeff" + GOOD).encode("utf-8"), instrument=instrument
        )
        assert (summary.attempts, summary.responses, summary.learners_created) == (
            3,
            6,
            2,
        )
        ref = LearnerReference.objects.get(reference="S-001")
        learner = ref.learner
        assert not learner.is_active and not learner.has_usable_password()
        assert learner.username.startswith("ref-") and "S-001" not in learner.username
        assert (learner.gender, learner.birth_year) == ("f", 2015)
        assert learner.is_child_account
        assert learner.memberships.get().school_class == school_class
        pre = Attempt.objects.get(learner=learner, phase="pre")
        assert pre.source == "import"
        assert pre.school_class == school_class
        assert pre.submitted_at.date().isoformat() == "2026-03-02"
        values = dict(pre.responses.values_list("item__code", "value"))
        assert values == {"K01": "B", "K02": "A,B", "A02": "2"}
        # K01 right, K02 right -> 100; A02 reverse-coded 2 -> 4 -> 75
        assert pre.scores["domains"]["K"]["score"] == 100.0
        assert pre.scores["domains"]["A"]["score"] == 75.0
        other = Attempt.objects.get(learner__import_reference__reference="S-002")
        assert dict(other.responses.values_list("item__code", "value")) == {
            "K03": "false",
            "P02": "yes",
        }

    def test_a_known_reference_reuses_its_learner(self, instrument, school_class):
        responses_import(data=GOOD.encode(), instrument=instrument)
        more = HEADER + "S-001,follow_up,K01,A,2026-06-01,,,,\n"
        summary = responses_import(data=more.encode(), instrument=instrument)
        assert summary.learners_created == 0
        assert LearnerReference.objects.count() == 2
        assert Attempt.objects.filter(phase="follow_up").get().learner == (
            LearnerReference.objects.get(reference="S-001").learner
        )

    def test_one_bad_row_imports_nothing_and_names_row_and_column(
        self, instrument, school_class
    ):
        data = GOOD + "S-003,pre,K01,Z,2026-03-02,,,,\n"
        errors = rejected(data, instrument)
        assert errors == ["row 8, column value: K01: unknown option 'Z'"]
        assert Attempt.objects.count() == 0
        assert Response.objects.count() == 0
        assert LearnerReference.objects.count() == 0

    def test_each_kind_of_bad_cell_is_reported(self, instrument, school_class):
        data = (
            HEADER
            + "S-1,later,K01,B,2026-03-02,,,,\n"
            + "S-1,pre,X99,B,2026-03-02,,,,\n"
            + "S-1,pre,A01,7,2026-03-02,,,,\n"
            + "S-1,pre,K01,B,02/03/2026,,,,\n"
            + "S-1,pre,K02,A,2026-03-02,boy,1850,,\n"
            + "S-1,pre,K03,true,2026-03-02,,,Nowhere,\n"
            + ",pre,P01,3,2026-03-02,,,,\n"
        )
        errors = rejected(data, instrument)
        assert errors[0].startswith("row 2, column phase: 'later' is not a phase")
        assert errors[1] == "row 3, column item: 'X99' is not an item of MINI"
        assert errors[2] == "row 4, column value: A01: answer must be 1 to 5"
        assert (
            errors[3] == "row 5, column date: '02/03/2026' is not a date (YYYY-MM-DD)"
        )
        assert errors[4] == "row 6, column gender: 'boy' is not f, m, x or empty"
        assert (
            errors[5]
            == "row 6, column birth_year: '1850' is not a plausible birth year"
        )
        assert errors[6] == "row 7, column school: no school named 'Nowhere'"
        assert errors[7] == "row 8, column learner: the learner reference is required"
        assert Attempt.objects.count() == 0

    def test_duplicate_answer_and_second_import_are_refused(
        self, instrument, school_class
    ):
        errors = rejected(GOOD + "S-002,pre,P02,no,2026-03-02,,,,\n", instrument)
        assert errors == [
            "row 8, column item: a second answer to P02 for this learner and phase"
        ]
        responses_import(data=GOOD.encode(), instrument=instrument)
        errors = rejected(GOOD, instrument)
        assert (
            "row 2, column phase: learner 'S-001' already has a pre attempt on MINI"
            in errors
        )
        assert Attempt.objects.count() == 3

    def test_bad_header_encoding_and_empty_file(self, instrument):
        assert rejected("who,phase,item,value,date\n", instrument) == [
            "row 1: missing column(s) learner; the header must include learner, "
            "phase, item, value, date"
        ]
        with pytest.raises(ImportRejected) as caught:
            responses_import(data="é".encode("latin-1"), instrument=instrument)
        assert "not UTF-8" in caught.value.errors[0]
        assert rejected(HEADER, instrument) == ["The file has no data rows."]

    def test_command_imports_and_reports(self, instrument, school_class, tmp_path):
        path = tmp_path / "answers.csv"
        path.write_text(GOOD, encoding="utf-8")
        out = io.StringIO()
        call_command("import_responses", str(path), "--instrument", "MINI", stdout=out)
        assert "Imported 6 answers in 3 attempts; 2 new" in out.getvalue()
        path.write_text(HEADER + "S-9,pre,K01,Q,2026-03-02,,,,\n", encoding="utf-8")
        with pytest.raises(CommandError) as caught:
            call_command("import_responses", str(path), "--instrument", "MINI")
        assert "row 2, column value" in str(caught.value)
        assert Attempt.objects.count() == 3


def assert_refused(response):
    """Wagtail turns PermissionDenied into a redirect to the dashboard."""
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def staff_user(*perms):
    user = make_user("clerk", email="clerk@example.org", mfa=True)
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        *[Permission.objects.get(codename=p) for p in perms],
    )
    return user


class TestAdminUploads:
    def test_instrument_upload_needs_permission(self, client, db):
        client.force_login(staff_user())
        url = reverse("assessments_admin:import_instrument")
        before = Instrument.objects.count()  # the module's course has its tests
        assert_refused(client.get(url))
        upload = SimpleUploadedFile("safe.xlsx", workbook_bytes())
        assert_refused(client.post(url, {"file": upload}))
        assert Instrument.objects.count() == before

    def test_instrument_upload_imports_or_lists_errors(self, client, db):
        client.force_login(staff_user("add_instrument", "view_instrument"))
        url = reverse("assessments_admin:import_instrument")
        before = Instrument.objects.count()  # the module's course has its tests
        assert client.get(url).status_code == 200
        bad = SimpleUploadedFile(
            "bad.xlsx", workbook_bytes(survey_with(1, "answer_key", "x"))
        )
        response = client.post(url, {"file": bad})
        assert response.status_code == 400
        assert (
            "survey row 3, column answer_key: x not in list &#x27;k01&#x27;"
            in response.content.decode()
        )
        assert Instrument.objects.count() == before
        good = SimpleUploadedFile("safe.xlsx", workbook_bytes())
        response = client.post(url, {"file": good})
        assert response.status_code == 302
        assert Instrument.objects.filter(code="SAFE-1").count() == 2
        source = Instrument.objects.get(code="SAFE-1", locale__language_code="en")
        download = client.post(
            reverse("assessments_admin:export_instrument"),
            {"instrument": source.pk},
        )
        assert download.status_code == 200
        assert download["Content-Disposition"].endswith('safe-1-xlsform.xlsx"')
        assert download.content[:2] == b"PK"

    def test_responses_upload(self, client, instrument, school_class):
        url = reverse("assessments_admin:import_responses")
        client.force_login(staff_user())
        assert_refused(client.get(url))
        user = get_user_model().objects.get(username="clerk")
        user.user_permissions.add(Permission.objects.get(codename="import_responses"))
        client.force_login(user)
        bad = SimpleUploadedFile(
            "r.csv", (GOOD + "S-3,pre,K01,Z,2026-03-02,,,,\n").encode()
        )
        response = client.post(url, {"file": bad, "instrument": instrument.pk})
        assert response.status_code == 400
        assert "row 8, column value" in response.content.decode()
        assert Attempt.objects.count() == 0
        good = SimpleUploadedFile("r.csv", GOOD.encode())
        response = client.post(url, {"file": good, "instrument": instrument.pk})
        assert response.status_code == 302
        assert Attempt.objects.filter(source="import", entered_by=user).count() == 3


class TestInstrumentAdmin:
    def test_edit_form_shows_delivery_and_design_settings(self, client, course):
        admin = get_user_model().objects.create_superuser(
            "admin", "admin@example.org", "a-long-test-password"
        )
        activate_mfa(admin)
        client.force_login(admin)
        instrument = course.pre_test
        response = client.get(
            reverse("wagtailsnippets_assessments_instrument:edit", args=[instrument.pk])
        )
        assert response.status_code == 200
        html = response.content.decode()
        for field in (
            "delivery",
            "shuffle_items",
            "parallel_form",
            "follow_up_instrument",
        ):
            assert f'name="{field}"' in html
        menu = client.get(reverse("wagtailadmin_home")).content.decode()
        assert reverse("assessments_admin:import_responses") in menu
