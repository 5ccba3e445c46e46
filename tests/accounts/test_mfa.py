"""Two-step sign-in is required of every adult staff role, never of children
or learners (accounts/mfa.py, docs/security.md "Two-step sign-in")."""

import re
from urllib.parse import quote

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    SECRET_SESSION_KEY,
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.checks import run_checks
from django.core.management import call_command
from django.urls import reverse

from accounts import roles
from accounts.mfa import RETURN_TO_SESSION_KEY
from accounts.permissions import mfa_required, staff_roles
from classes.models import ClassMembership, Programme
from home import demo
from tests.factories import PASSWORD, activate_mfa, make_class, make_user

pytestmark = pytest.mark.django_db

SETUP = "/en/accounts/2fa/totp/activate/"
REAUTHENTICATE = "/en/accounts/2fa/reauthenticate/"
LOGIN = "/en/accounts/login/"


def current_code(secret: str) -> str:
    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counters[len(counters) // 2]))


def verified(user):
    """Adults confirm their e-mail address before they can sign in."""
    EmailAddress.objects.create(
        user=user, email=user.email, verified=True, primary=True
    )
    return user


@pytest.fixture
def programme():
    return Programme.objects.create(name="Programme", slug="prog")


@pytest.fixture
def staff(programme):
    """One person per staff role, none with an authenticator app yet, and a
    page only that role opens: ``{role: (user, url)}``."""
    demo.ensure_groups()  # editors reach the Wagtail admin through their group
    teacher = make_user(
        "teacher", role=roles.TEACHER, mfa=False, email="teacher@example.org"
    )
    school_class = make_class(teacher=teacher, programme=programme, learners=1)
    head = make_user("head", role=roles.SCHOOL_ADMIN, mfa=False)
    school_class.school.admins.add(head)
    evaluator = make_user(
        "evaluator", role=roles.PROGRAMME_STAFF, mfa=False, email="ev@example.org"
    )
    programme.staff.add(evaluator)
    return {
        roles.STAFF_SITE_ADMIN: (
            make_user("staff", is_staff=True, mfa=False),
            "/django-admin/",
        ),
        roles.STAFF_EDITOR: (
            make_user("editor", role=roles.CONTENT_EDITOR, mfa=False),
            "/admin/",
        ),
        roles.STAFF_PROGRAMME: (evaluator, "/en/evaluation/exports/"),
        roles.STAFF_TEACHER: (
            teacher,
            reverse("classes:class_detail", args=[school_class.pk]),
        ),
        roles.STAFF_SCHOOL_ADMIN: (
            head,
            reverse("classes:school_detail", args=[school_class.school.pk]),
        ),
    }


@pytest.fixture
def learners(staff):
    """A child in the teacher's class, an adult learner and a parent."""
    teacher, _url = staff[roles.STAFF_TEACHER]
    child = ClassMembership.objects.get(school_class__teachers=teacher).learner
    return {
        "child": child,
        "adult": make_user("adult", email="adult@example.org"),
        "parent": make_user("carer", role=roles.PARENT, email="carer@example.org"),
    }


class TestWhoNeedsIt:
    @pytest.mark.parametrize("role", roles.STAFF_ROLES)
    def test_each_staff_role_needs_it(self, staff, role):
        user, _url = staff[role]
        assert staff_roles(user) == {role}
        assert mfa_required(user)

    def test_the_roles_come_from_what_a_person_reaches_not_only_groups(
        self, staff, programme
    ):
        teacher, _url = staff[roles.STAFF_TEACHER]
        helper = make_user("helper", mfa=False)  # teaches a class, no group
        teacher.teaching_classes.get().teachers.add(helper)
        clerk = make_user("clerk", mfa=False)  # on a programme's staff, no group
        programme.staff.add(clerk)
        translator = make_user("translator", mfa=False)  # Wagtail access, directly
        translator.user_permissions.add(Permission.objects.get(codename="access_admin"))
        assert staff_roles(helper) == {roles.STAFF_TEACHER}
        assert staff_roles(clerk) == {roles.STAFF_PROGRAMME}
        assert staff_roles(translator) == {roles.STAFF_EDITOR}

    def test_a_superuser_holds_every_role(self):
        root = make_user("root", is_superuser=True, mfa=False)
        assert staff_roles(root) == set(roles.STAFF_ROLES)
        assert mfa_required(root)

    def test_children_learners_and_parents_never_need_it(self, learners, staff):
        for user in learners.values():
            assert staff_roles(user) == set()
            assert not mfa_required(user)
        child = learners["child"]
        child.groups.add(roles.group(roles.TEACHER))  # by mistake
        assert not mfa_required(type(child).objects.get(pk=child.pk))

    def test_the_default_list_is_every_staff_role(self):
        assert settings.MFA_REQUIRED_ROLES == list(roles.STAFF_ROLES)

    @pytest.mark.parametrize("role", roles.STAFF_ROLES)
    def test_the_setting_removes_one_role(self, settings, staff, role):
        settings.MFA_REQUIRED_ROLES = [r for r in roles.STAFF_ROLES if r != role]
        user, _url = staff[role]
        assert not mfa_required(user)
        others = [staff[r][0] for r in roles.STAFF_ROLES if r != role]
        assert all(mfa_required(other) for other in others)
        assert mfa_required(make_user("root", is_superuser=True, mfa=False))

    def test_it_can_be_switched_off_for_local_demos(self, settings, staff):
        settings.MFA_REQUIRED = False
        assert not any(mfa_required(user) for user, _url in staff.values())


class TestGate:
    @pytest.mark.parametrize("role", roles.STAFF_ROLES)
    def test_without_an_authenticator_each_role_is_sent_to_set_one_up(
        self, client, staff, role
    ):
        user, url = staff[role]
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == SETUP
        assert client.session[RETURN_TO_SESSION_KEY] == url
        page = client.get(SETUP, follow=True).content.decode()
        assert "Your role needs two-step sign-in" in page

    @pytest.mark.parametrize("role", roles.STAFF_ROLES)
    def test_with_an_authenticator_each_role_gets_its_page(self, client, staff, role):
        user, url = staff[role]
        activate_mfa(user)
        client.force_login(user)  # a sign-in with the code (tests/conftest.py)
        assert client.get(url).status_code == 200

    def test_a_superuser_without_one_reaches_neither_admin(self, client):
        client.force_login(make_user("root", is_superuser=True, mfa=False))
        for url in ("/admin/", "/django-admin/", "/en/teach/"):
            assert client.get(url)["Location"] == SETUP, url

    def test_a_form_sent_without_one_is_not_kept(self, client, staff):
        """Only a page can be gone back to, never a POST's address."""
        user, _url = staff[roles.STAFF_PROGRAMME]
        client.force_login(user)
        response = client.post("/en/evaluation/exports/new/", {"programme": "1"})
        assert response["Location"] == SETUP
        assert RETURN_TO_SESSION_KEY not in client.session

    @pytest.mark.parametrize("role", roles.STAFF_ROLES)
    def test_a_role_left_out_of_the_setting_is_let_through(
        self, client, settings, staff, role
    ):
        settings.MFA_REQUIRED_ROLES = [r for r in roles.STAFF_ROLES if r != role]
        user, url = staff[role]
        client.force_login(user)
        assert client.get(url).status_code == 200

    def test_switched_off_nobody_is_stopped(self, client, settings, staff):
        settings.MFA_REQUIRED = False
        for user, url in staff.values():
            client.force_login(user)
            assert client.get(url).status_code == 200, url

    @pytest.mark.parametrize(
        "who,url",
        [
            ("child", "/en/learn/"),
            ("child", "/en/my-data/"),
            ("adult", "/en/learn/"),
            ("adult", "/en/my-data/"),
            ("parent", "/en/my-data/"),
        ],
    )
    def test_children_and_learners_are_never_stopped(self, client, learners, who, url):
        client.force_login(learners[who])
        assert client.get(url).status_code == 200

    @pytest.mark.parametrize("who", ["child", "adult", "parent"])
    def test_a_staff_page_refuses_a_learner_without_asking_for_a_code(
        self, client, learners, staff, who
    ):
        _teacher, url = staff[roles.STAFF_TEACHER]
        client.force_login(learners[who])
        for page in (url, "/en/teach/", "/en/evaluation/exports/"):
            assert client.get(page).status_code in (403, 404), page


class TestNoLoop:
    """The set-up, sign-in and sign-out pages, help and the learner pages stay
    open to staff without an authenticator app."""

    @pytest.fixture
    def teacher(self, client, staff):
        user, _url = staff[roles.STAFF_TEACHER]
        client.force_login(user)
        return user

    def test_the_set_up_page_asks_for_the_password_not_for_itself(
        self, client, teacher
    ):
        response = client.get(SETUP)
        assert response["Location"].startswith(reverse("account_reauthenticate"))
        assert client.get(response["Location"]).status_code == 200

    def test_from_a_staff_page_two_steps_reach_a_page_to_fill_in(
        self, client, teacher, staff
    ):
        _user, url = staff[roles.STAFF_TEACHER]
        response = client.get(url, follow=True)
        assert response.status_code == 200
        assert [step for step, _status in response.redirect_chain][0] == SETUP
        assert len(response.redirect_chain) == 2
        assert 'name="password"' in response.content.decode()

    @pytest.mark.parametrize(
        "url",
        [
            "/en/accounts/2fa/",
            "/en/accounts/reauthenticate/",
            "/en/accounts/logout/",
            "/en/accounts/password/change/",
            "/en/help/",
            "/en/privacy/",
            "/en/my-data/",
            "/en/learn/",
            "/health/",
        ],
    )
    def test_open_pages_answer(self, client, teacher, url):
        assert client.get(url).status_code == 200

    def test_signing_out_works(self, client, teacher):
        response = client.post("/en/accounts/logout/")
        assert response.status_code == 302
        assert response["Location"] != SETUP
        assert "_auth_user_id" not in client.session

    def test_courses_open_for_a_teacher_preparing_a_class(
        self, client, teacher, course
    ):
        assert client.get(course.url).status_code == 200
        # A lesson asks for the pre-test first, as it asks any learner.
        response = client.get(course.get_lessons().first().url, follow=True)
        assert response.status_code == 200
        assert response.redirect_chain[-1][0].endswith("/test/pre/")


class TestSetUpThroughAllauth:
    def test_sign_in_set_up_and_back_to_the_page_asked_for(self, client, staff):
        evaluator = verified(staff[roles.STAFF_PROGRAMME][0])
        response = client.post(LOGIN, {"login": "evaluator", "password": PASSWORD})
        assert response["Location"] == SETUP
        response = client.get("/en/evaluation/exports/")
        assert response["Location"] == SETUP
        # allauth asks for the password again before changing sign-in methods.
        response = client.get(SETUP)
        assert response["Location"].startswith(reverse("account_reauthenticate"))
        client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
        assert client.get(SETUP).status_code == 200
        secret = client.session[SECRET_SESSION_KEY]
        response = client.post(SETUP, {"code": current_code(secret)})
        assert Authenticator.objects.filter(
            user=evaluator, type=Authenticator.Type.TOTP
        ).exists()
        assert Authenticator.objects.filter(
            user=evaluator, type=Authenticator.Type.RECOVERY_CODES
        ).exists()
        # The recovery codes first, then the way back.
        assert response["Location"] == reverse("mfa_view_recovery_codes")
        page = client.get(response["Location"]).content.decode()
        assert 'href="/en/evaluation/exports/"' in page
        # This browser signed in with the password only: a code, then the page.
        response = client.get("/en/evaluation/exports/")
        assert response["Location"].startswith(REAUTHENTICATE)
        response = client.post(
            response["Location"],
            {"code": current_code(secret), "next": "/en/evaluation/exports/"},
        )
        assert response["Location"] == "/en/evaluation/exports/"
        assert client.get("/en/evaluation/exports/").status_code == 200
        assert RETURN_TO_SESSION_KEY not in client.session
        page = client.get(reverse("mfa_view_recovery_codes")).content.decode()
        assert "Continue to the page you asked for" not in page

    def test_the_first_site_admin_of_a_fresh_install_is_led_to_set_up(
        self, client, monkeypatch, mailoutbox
    ):
        monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", PASSWORD)
        call_command(
            "createsuperuser",
            interactive=False,
            username="root",
            email="root@example.org",
            verbosity=0,
        )
        # Adults confirm their e-mail address first (ACCOUNT_EMAIL_VERIFICATION).
        client.post(LOGIN, {"login": "root", "password": PASSWORD})
        confirm = re.search(r"/en/accounts/confirm-email/[^/\s]+/", mailoutbox[0].body)
        client.post(confirm.group(0))
        response = client.post(LOGIN, {"login": "root", "password": PASSWORD})
        assert response["Location"] == SETUP
        assert client.get("/admin/")["Location"] == SETUP
        client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
        response = client.get(SETUP)
        secret = client.session[SECRET_SESSION_KEY]
        client.post(SETUP, {"code": current_code(secret)})
        page = client.get(reverse("mfa_view_recovery_codes")).content.decode()
        assert 'href="/admin/"' in page
        client.post(REAUTHENTICATE, {"code": current_code(secret), "next": "/admin/"})
        assert client.get("/admin/").status_code == 200
        assert client.get("/django-admin/").status_code == 200

    def test_a_browser_signed_in_before_the_set_up_is_asked_for_a_code(
        self, client, staff
    ):
        """Signed in with the password only, then the app is set up on another
        device: this browser's session never saw a code, so allauth asks."""
        teacher, url = staff[roles.STAFF_TEACHER]
        verified(teacher)
        client.post(LOGIN, {"login": "teacher", "password": PASSWORD})
        secret = activate_mfa(teacher)
        response = client.get(url)
        assert response["Location"] == f"{REAUTHENTICATE}?next={quote(url, safe='')}"
        page = client.get(response["Location"], follow=True).content.decode()
        assert "you signed in without one in this browser" in page
        response = client.post(
            REAUTHENTICATE, {"code": current_code(secret), "next": url}
        )
        assert response["Location"] == url
        assert client.get(url).status_code == 200

    def test_once_set_up_sign_in_asks_for_the_code(self, client, staff):
        teacher, url = staff[roles.STAFF_TEACHER]
        verified(teacher)
        secret = activate_mfa(teacher)
        response = client.post(LOGIN, {"login": "teacher", "password": PASSWORD})
        assert response["Location"] == reverse("mfa_authenticate")
        assert "_auth_user_id" not in client.session
        response = client.post(
            reverse("mfa_authenticate"), {"code": current_code(secret)}
        )
        assert response.status_code == 302
        assert client.session["_auth_user_id"] == str(teacher.pk)
        assert client.get(url).status_code == 200


class TestSystemChecks:
    def ids(self, *, deploy=False) -> set[str]:
        return {
            message.id
            for message in run_checks(include_deployment_checks=deploy)
            if message.id.startswith("accounts.")
        }

    def test_the_defaults_pass_even_for_deployment(self):
        assert self.ids(deploy=True) == set()

    def test_an_unknown_role_stops_the_check(self, settings):
        settings.MFA_REQUIRED_ROLES = ["teacher", "teachers"]
        assert self.ids() == {"accounts.E001"}

    def test_deployment_warns_when_it_is_off(self, settings):
        settings.MFA_REQUIRED = False
        assert self.ids(deploy=True) == {"accounts.W001"}

    def test_deployment_warns_when_the_admins_are_left_out(self, settings):
        settings.MFA_REQUIRED_ROLES = ["programme_staff", "teacher", "school_admin"]
        assert self.ids(deploy=True) == {"accounts.W002"}
