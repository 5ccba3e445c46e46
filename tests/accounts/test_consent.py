"""Age of consent at sign-up, the parent-consent route and consent records."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client, override_settings
from django.urls import reverse

from accounts.countries import age_of_consent, is_under_age_of_consent
from accounts.models import ConsentBasis, ConsentRecord, ParentConsentRequest
from audit.models import AuditAction, AuditEvent
from classes import services as class_services
from classes.roster import RosterRow
from tests.factories import make_class, make_teacher, make_user

pytestmark = pytest.mark.django_db

THIS_YEAR = datetime.date.today().year


def signup_data(**overrides):
    data = {
        "email": "adult@example.org",
        "username": "adult",
        "password1": "a-long-test-passphrase",
        "password2": "a-long-test-passphrase",
        "country": "KE",
        "birth_year": str(THIS_YEAR - 30),
        "accept_notice": "on",
    }
    data.update(overrides)
    return data


class TestAgeOfConsent:
    def test_gdpr_countries_use_their_own_age(self):
        assert age_of_consent("DE") == 16
        assert age_of_consent("fr") == 15
        assert age_of_consent("ES") == 14
        assert age_of_consent("GB") == 13

    @override_settings(DIGITAL_AGE_OF_CONSENT_DEFAULT=14)
    def test_other_countries_use_the_configured_default(self):
        assert age_of_consent("KE") == 14
        assert age_of_consent("") == 14

    def test_a_birth_year_is_read_in_the_childs_favour(self):
        today = datetime.date(2026, 6, 1)
        # Born in 2013: 12 or 13 in 2026, so possibly under 13.
        assert is_under_age_of_consent(birth_year=2013, country="KE", today=today)
        assert not is_under_age_of_consent(birth_year=2012, country="KE", today=today)
        # The same 14-year-old may sign up in Spain but not in Germany.
        assert not is_under_age_of_consent(birth_year=2011, country="ES", today=today)
        assert is_under_age_of_consent(birth_year=2011, country="DE", today=today)


class TestSignup:
    def test_an_adult_signs_up_with_country_birth_year_and_consent(self, client):
        response = client.post(reverse("account_signup"), signup_data())
        assert response.status_code == 302
        user = get_user_model().objects.get(username="adult")
        assert (user.country, user.birth_year) == ("KE", THIS_YEAR - 30)
        assert not user.is_child_account
        consent = ConsentRecord.objects.get(subject=user)
        assert consent.basis == ConsentBasis.SELF
        assert consent.given_by == user
        assert consent.notice_version == "2026-11"
        event = AuditEvent.objects.get(action=AuditAction.CONSENT_RECORDED)
        assert event.target_id == str(user.pk)
        assert event.details["basis"] == "self"

    def test_the_signup_page_asks_for_country_and_birth_year_and_links_the_notice(
        self, client
    ):
        html = client.get(reverse("account_signup")).content.decode()
        assert 'name="country"' in html
        assert 'name="birth_year"' in html
        assert reverse("accounts:privacy_notice_full") in html
        assert "geolocation" not in html

    def test_a_child_is_not_signed_up_and_is_sent_to_a_friendly_page(self, client):
        response = client.post(
            reverse("account_signup"),
            signup_data(username="kid", birth_year=str(THIS_YEAR - 10)),
        )
        assert response.status_code == 302
        assert response["Location"] == reverse("accounts:too_young")
        assert not get_user_model().objects.filter(username="kid").exists()
        assert not ConsentRecord.objects.exists()
        page = client.get(response["Location"]).content.decode()
        assert reverse("classes:join") in page
        assert reverse("accounts:ask_parent") in page

    def test_trying_another_year_straight_away_leads_to_the_same_page(self, client):
        client.post(
            reverse("account_signup"),
            signup_data(username="kid", birth_year=str(THIS_YEAR - 10)),
        )
        response = client.post(reverse("account_signup"), signup_data(username="kid"))
        assert response.status_code == 302
        assert response["Location"] == reverse("accounts:too_young")
        assert not get_user_model().objects.filter(username="kid").exists()

    def test_the_age_depends_on_the_country(self, client):
        fifteen = str(THIS_YEAR - 16)  # 15 or 16 years old
        response = client.post(
            reverse("account_signup"),
            signup_data(username="teen-de", country="DE", birth_year=fifteen),
        )
        assert response["Location"] == reverse("accounts:too_young")
        Client().post(
            reverse("account_signup"),
            signup_data(username="teen-gb", country="GB", birth_year=fifteen),
        )
        assert not get_user_model().objects.filter(username="teen-de").exists()
        assert get_user_model().objects.get(username="teen-gb").country == "GB"

    def test_the_notice_must_be_accepted(self, client):
        data = signup_data()
        del data["accept_notice"]
        response = client.post(reverse("account_signup"), data)
        assert response.status_code == 200
        assert not get_user_model().objects.filter(username="adult").exists()


def ask_parent(client, **overrides):
    data = {
        "display_name": "Sami",
        "password1": "seven-blue-kites",
        "password2": "seven-blue-kites",
        "parent_email": "parent@example.org",
        "country": "KE",
        "birth_year": str(THIS_YEAR - 10),
    }
    data.update(overrides)
    return client.post(reverse("accounts:ask_parent"), data)


def consent_link() -> str:
    body = mail.outbox[-1].body
    return re.search(r"http://testserver(/\S+/parent-consent/\S+/)", body).group(1)


class TestParentConsent:
    def test_a_child_asks_and_the_account_waits_for_the_parent(
        self, client, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            response = ask_parent(client)
        assert response.status_code == 200
        child = get_user_model().objects.get(display_name="Sami")
        assert child.is_child_account and not child.is_active
        assert child.email == ""
        assert child.username in response.content.decode()
        request = ParentConsentRequest.objects.get(child=child)
        assert request.parent_email == "parent@example.org"
        assert mail.outbox[-1].to == ["parent@example.org"]
        token = consent_link().rstrip("/").rsplit("/", 1)[1]
        assert token not in request.token_hash
        assert not client.login(username=child.username, password="seven-blue-kites")

    def test_the_signed_in_parent_agrees_and_the_child_can_sign_in(
        self, client, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            ask_parent(client)
        link = consent_link()
        anonymous = client.get(link).content.decode()
        assert "Sign in" in anonymous
        assert 'value="yes"' not in anonymous
        parent = make_user("mum", email="mum@example.org")
        client.force_login(parent)
        assert 'value="yes"' in client.get(link).content.decode()
        response = client.post(link, {"answer": "yes"})
        assert response.status_code == 200
        child = get_user_model().objects.get(display_name="Sami")
        assert child.is_active
        consent = ConsentRecord.objects.get(subject=child)
        assert (consent.basis, consent.given_by) == (ConsentBasis.PARENT, parent)
        request = ParentConsentRequest.objects.get(child=child)
        assert request.parent_email == "" and request.answered_at is not None
        assert AuditEvent.objects.filter(
            action=AuditAction.CONSENT_RECORDED, target_id=str(child.pk)
        ).exists()
        # The link works once.
        assert client.get(link).status_code == 404
        client.logout()
        assert client.login(username=child.username, password="seven-blue-kites")

    def test_a_parent_can_say_no_without_an_account(
        self, client, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            ask_parent(client)
        response = client.post(consent_link(), {"answer": "no"})
        assert response.status_code == 200
        assert not get_user_model().objects.filter(display_name="Sami").exists()
        assert not ParentConsentRequest.objects.exists()
        assert AuditEvent.objects.filter(
            action=AuditAction.DATA_DELETED, details__reason="parent_refused"
        ).exists()

    def test_yes_from_a_visitor_who_is_not_signed_in_changes_nothing(
        self, client, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            ask_parent(client)
        client.post(consent_link(), {"answer": "yes"})
        child = get_user_model().objects.get(display_name="Sami")
        assert not child.is_active
        assert not ConsentRecord.objects.exists()

    def test_a_forged_token_finds_nothing(self, client):
        response = client.get(reverse("accounts:parent_consent", args=["forged"]))
        assert response.status_code == 404

    def test_withdrawing_stops_the_childs_account(
        self, client, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            ask_parent(client)
        parent = make_user("dad", email="dad@example.org")
        client.force_login(parent)
        client.post(consent_link(), {"answer": "yes"})
        consent = ConsentRecord.objects.get(basis=ConsentBasis.PARENT)
        response = client.post(reverse("accounts:consent_withdraw", args=[consent.pk]))
        assert response.status_code == 302
        consent.refresh_from_db()
        assert consent.withdrawn_at is not None and consent.withdrawn_by == parent
        assert not consent.subject.__class__.objects.get(
            pk=consent.subject_id
        ).is_active
        assert AuditEvent.objects.filter(action=AuditAction.CONSENT_WITHDRAWN).exists()

    def test_someone_else_cannot_withdraw_a_parents_consent(
        self, client, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            ask_parent(client)
        client.force_login(make_user("dad", email="dad@example.org"))
        client.post(consent_link(), {"answer": "yes"})
        consent = ConsentRecord.objects.get(basis=ConsentBasis.PARENT)
        client.force_login(make_user("stranger", email="s@example.org"))
        response = client.post(reverse("accounts:consent_withdraw", args=[consent.pk]))
        assert response.status_code == 404
        consent.refresh_from_db()
        assert consent.withdrawn_at is None


class TestSchoolConsent:
    def test_joining_by_class_code_records_the_schools_consent(self):
        school_class = make_class(teacher=make_teacher())
        new = class_services.learner_join(
            school_class=school_class, display_name="Ana", password="a-long-pass"
        )
        consent = ConsentRecord.objects.get(subject=new.user)
        assert consent.basis == ConsentBasis.SCHOOL
        assert consent.school == school_class.school
        assert consent.given_by is None

    def test_a_teachers_roster_records_the_teacher_on_the_schools_behalf(self):
        teacher = make_teacher()
        school_class = make_class(teacher=teacher)
        created = class_services.roster_import(
            school_class=school_class,
            rows=[RosterRow(line=2, display_name="Ben", gender="", birth_year=None)],
            pictures=False,
            by=teacher,
        )
        consent = ConsentRecord.objects.get(subject=created[0].user)
        assert (consent.basis, consent.given_by) == (ConsentBasis.SCHOOL, teacher)
        event = AuditEvent.objects.get(
            action=AuditAction.CONSENT_RECORDED, target_id=str(created[0].user.pk)
        )
        assert event.actor_id == teacher.pk
        assert event.details["school_id"] == school_class.school.pk
