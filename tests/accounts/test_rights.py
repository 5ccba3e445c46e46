"""Download my data, delete my account, and the same for a child by their
teacher or consenting parent."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from accounts.models import ConsentBasis
from accounts.services import account_delete, consent_record
from assessments.models import Attempt, Response
from audit.models import AuditAction, AuditEvent
from classes.models import ClassMembership
from courses.models import LessonCompletion
from tests.classes.helpers import finish_course
from tests.factories import make_class, make_teacher, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def pupil(course):
    teacher = make_teacher()
    school_class = make_class(teacher=teacher, learners=1, course=course)
    child = school_class.memberships.get().learner
    finish_course(child, course)
    return child


def download(client, url):
    response = client.post(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "no-store" in response["Cache-Control"]
    return json.loads(response.content)


class TestDownload:
    def test_a_learner_downloads_their_own_data(self, client, pupil):
        client.force_login(pupil)
        data = download(client, reverse("accounts:data_download"))
        assert data["profile"]["username"] == pupil.username
        assert data["profile"]["birth_year"] == 2015
        assert [c["class"] for c in data["classes"]] == ["Class A"]
        assert {a["phase"] for a in data["attempts"]} == {"pre", "post"}
        answers = {a["question"] for a in data["attempts"][0]["answers"]}
        assert {"K01", "A01", "P01"} <= answers
        assert (
            len(data["lessons_completed"])
            == LessonCompletion.objects.filter(learner=pupil).count()
        )
        event = AuditEvent.objects.get(action=AuditAction.DATA_DOWNLOADED)
        assert (event.actor_id, event.target_id) == (pupil.pk, str(pupil.pk))
        assert event.details == {"on_behalf": False}

    def test_download_is_post_only(self, client, pupil):
        client.force_login(pupil)
        assert client.get(reverse("accounts:data_download")).status_code == 405

    def test_the_childs_teacher_downloads_for_the_child(self, client, pupil):
        teacher = get_user_model().objects.get(username="teacher")
        client.force_login(teacher)
        url = reverse("accounts:child_data_download", args=[pupil.pk])
        data = download(client, url)
        assert data["profile"]["username"] == pupil.username
        event = AuditEvent.objects.get(action=AuditAction.DATA_DOWNLOADED)
        assert event.actor_id == teacher.pk
        assert event.details == {"on_behalf": True}

    @pytest.mark.parametrize("who", ["other_teacher", "school_admin", "evaluator"])
    def test_nobody_else_may_download_a_childs_data(self, client, pupil, who):
        school_class = pupil.memberships.get().school_class
        if who == "other_teacher":
            user = make_teacher("teacher2")
            make_class(teacher=user, name="Class B")
        elif who == "school_admin":
            user = make_user("head", email="head@example.org", mfa=True)
            school_class.school.admins.add(user)
        else:
            user = make_user("evaluator", role="Programme staff")
            school_class.school.programme.staff.add(user)
        client.force_login(user)
        url = reverse("accounts:child_data_download", args=[pupil.pk])
        assert client.post(url).status_code == 404
        assert not AuditEvent.objects.filter(
            action=AuditAction.DATA_DOWNLOADED
        ).exists()

    def test_the_consenting_parent_downloads_for_the_child(self, client, pupil):
        parent = make_user("parent", email="p@example.org")
        consent_record(subject=pupil, basis=ConsentBasis.PARENT, given_by=parent)
        client.force_login(parent)
        url = reverse("accounts:child_data_download", args=[pupil.pk])
        assert download(client, url)["profile"]["username"] == pupil.username
        page = client.get(reverse("accounts:my_data")).content.decode()
        assert url in page

    def test_an_adults_data_cannot_be_asked_for_as_a_child(self, client):
        parent = make_user("parent", email="p@example.org")
        adult = make_user("adult", email="a@example.org")
        consent_record(subject=adult, basis=ConsentBasis.PARENT, given_by=parent)
        client.force_login(parent)
        url = reverse("accounts:child_data_download", args=[adult.pk])
        assert client.post(url).status_code == 404


class TestDelete:
    def test_deleting_asks_for_confirmation(self, client, pupil):
        client.force_login(pupil)
        url = reverse("accounts:account_delete")
        assert client.get(url).status_code == 200
        response = client.post(url, {})
        assert response.status_code == 200
        pupil.refresh_from_db()
        assert pupil.anonymised_at is None

    def test_a_learner_deletes_their_account_and_research_answers_stay_pseudonymous(
        self, client, pupil
    ):
        username = pupil.username
        attempts = set(
            Attempt.objects.filter(learner=pupil).values_list("pk", flat=True)
        )
        client.force_login(pupil)
        response = client.post(reverse("accounts:account_delete"), {"confirm": "on"})
        assert response.status_code == 302
        pupil.refresh_from_db()
        assert pupil.username.startswith("deleted-") and pupil.username != username
        assert (pupil.display_name, pupil.email, pupil.country) == ("", "", "")
        assert not pupil.is_active and not pupil.has_usable_password()
        assert pupil.anonymised_at is not None
        assert not ClassMembership.objects.filter(learner=pupil).exists()
        assert not LessonCompletion.objects.filter(learner=pupil).exists()
        # The programme keeps research data (the default): answers stay.
        assert (
            set(Attempt.objects.filter(learner=pupil).values_list("pk", flat=True))
            == attempts
        )
        assert Response.objects.filter(attempt__learner=pupil).exists()
        event = AuditEvent.objects.get(action=AuditAction.DATA_DELETED)
        assert event.details["attempts_kept"] == 2
        assert event.details["reason"] == "request"
        # Signed out, and the old username no longer exists.
        assert client.get(reverse("accounts:my_data")).status_code == 302
        assert not get_user_model().objects.filter(username=username).exists()

    def test_answers_go_too_when_the_programme_keeps_no_research_data(self, pupil):
        programme = pupil.memberships.get().school_class.school.programme
        programme.keep_research_data = False
        programme.save()
        result = account_delete(user=pupil, by=pupil)
        assert (result.attempts_kept, result.attempts_deleted) == (0, 2)
        assert not Attempt.objects.filter(learner=pupil).exists()
        pupil.refresh_from_db()
        assert pupil.birth_year is None and pupil.gender == ""

    def test_consents_are_marked_withdrawn_not_deleted(self, pupil):
        parent = make_user("parent", email="p@example.org")
        consent = consent_record(
            subject=pupil, basis=ConsentBasis.PARENT, given_by=parent
        )
        account_delete(user=pupil, by=parent)
        consent.refresh_from_db()
        assert consent.withdrawn_at is not None and consent.withdrawn_by == parent

    def test_the_teacher_deletes_a_childs_account(self, client, pupil):
        teacher = get_user_model().objects.get(username="teacher")
        client.force_login(teacher)
        url = reverse("accounts:child_account_delete", args=[pupil.pk])
        assert pupil.get_display_name() in client.get(url).content.decode()
        response = client.post(url, {"confirm": "on"})
        assert response.status_code == 302
        pupil.refresh_from_db()
        assert pupil.anonymised_at is not None
        event = AuditEvent.objects.get(action=AuditAction.DATA_DELETED)
        assert event.actor_id == teacher.pk

    def test_another_teacher_cannot_delete_the_child(self, client, pupil):
        client.force_login(make_teacher("teacher2"))
        url = reverse("accounts:child_account_delete", args=[pupil.pk])
        assert client.post(url, {"confirm": "on"}).status_code == 404
        pupil.refresh_from_db()
        assert pupil.anonymised_at is None

    def test_a_site_administrator_cannot_delete_their_own_account_here(self, client):
        admin = make_user("root", is_superuser=True, is_staff=True)
        client.force_login(admin)
        response = client.post(reverse("accounts:account_delete"), {"confirm": "on"})
        assert response.status_code == 200
        admin.refresh_from_db()
        assert admin.is_active and admin.anonymised_at is None


def test_every_field_pointing_at_a_person_has_a_deletion_rule():
    from django.apps import apps

    from accounts.services import PERSONAL_DATA_FIELDS

    project = {"accounts", "audit", "home", "courses", "assessments", "classes"}
    user_model = get_user_model()
    found = set()
    for model in apps.get_models():
        if model._meta.app_label not in project:
            continue
        for field in model._meta.get_fields(include_hidden=False):
            if (
                field.is_relation
                and field.concrete
                and field.related_model is user_model
                and model is not user_model
                and field.model is model  # not inherited from Wagtail's Page
            ):
                found.add(f"{model._meta.label_lower}.{field.name}")
    assert found == set(PERSONAL_DATA_FIELDS)


def test_the_teachers_student_page_offers_download_and_delete(client, pupil):
    school_class = pupil.memberships.get().school_class
    client.force_login(get_user_model().objects.get(username="teacher"))
    html = client.get(
        reverse("classes:student_detail", args=[school_class.pk, pupil.pk])
    ).content.decode()
    assert reverse("accounts:child_data_download", args=[pupil.pk]) in html
    assert reverse("accounts:child_account_delete", args=[pupil.pk]) in html


class TestPrivacyNotice:
    def test_every_page_links_the_notice(self, client, course):
        for url in ("/en/", reverse("get_help"), reverse("classes:join")):
            assert (
                reverse("accounts:privacy_notice") in client.get(url).content.decode()
            )

    def test_the_notices_show_their_version_and_the_retention_period(
        self, client, settings
    ):
        settings.CHILD_ACCOUNT_RETENTION_DAYS = 200
        for name in ("accounts:privacy_notice", "accounts:privacy_notice_full"):
            html = client.get(reverse(name)).content.decode()
            assert settings.PRIVACY_NOTICE_VERSION in html
            assert "200 days" in html
