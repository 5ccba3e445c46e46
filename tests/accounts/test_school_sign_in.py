"""Sign-in limits that fit a school behind one public address: a whole class
signs in within a minute, and one pupil, mistyping or trying a classmate's
account, locks only that account, never the school."""

import pytest
from django.test import Client
from django.urls import reverse

from accounts.pictures import picture_password
from audit.models import AuditAction, AuditEvent
from tests.factories import PASSWORD, make_class, make_teacher, make_user

pytestmark = pytest.mark.django_db

SCHOOL = "203.0.113.7"  # every pupil's requests come from the school's address
PICTURES = ["cat", "sun", "tree"]
WRONG = ["sun", "cat", "tree"]


def sign_in(username, password=PASSWORD):
    return Client(REMOTE_ADDR=SCHOOL).post(
        reverse("account_login"), {"login": username, "password": password}
    )


def picture_sign_in(username, keys=PICTURES, client=None):
    data = {"username": username}
    data |= {f"picture_{n}": key for n, key in enumerate(keys)}
    return (client or Client(REMOTE_ADDR=SCHOOL)).post(
        reverse("classes:picture_login"), data
    )


def picture_pupil(username):
    user = make_user(username, is_child_account=True, uses_picture_password=True)
    user.set_password(picture_password(PICTURES))
    user.save()
    return user


class TestAWholeClassSignsIn:
    def test_forty_pupils_with_passwords_within_a_minute(self):
        pupils = [make_user(f"pupil{n}", is_child_account=True) for n in range(40)]
        answers = [sign_in(pupil.username) for pupil in pupils]
        assert [a.status_code for a in answers] == [302] * 40
        assert all(a.wsgi_request.user.is_authenticated for a in answers)

    def test_forty_pupils_with_pictures_within_a_minute(self):
        pupils = [picture_pupil(f"little{n}") for n in range(40)]
        answers = [picture_sign_in(pupil.username) for pupil in pupils]
        assert [a.status_code for a in answers] == [302] * 40


class TestOnePupilLocksOnlyOneAccount:
    def test_wrong_pictures_lock_that_account_not_the_school(self, settings):
        target, other = picture_pupil("little1"), picture_pupil("little2")
        prankster = Client(REMOTE_ADDR=SCHOOL)
        limit = settings.PICTURE_LOGIN_ACCOUNT_LIMIT
        for _ in range(limit):
            answer = picture_sign_in(target.username, WRONG, client=prankster)
            assert answer.status_code == 200
        locked = picture_sign_in(target.username)  # even the right pictures
        assert locked.status_code == 429
        assert not locked.wsgi_request.user.is_authenticated
        assert picture_sign_in(other.username).status_code == 302
        event = AuditEvent.objects.get(action=AuditAction.SIGN_IN_LOCKED)
        assert event.target_id == str(target.pk)

    def test_the_account_limit_counts_from_every_address(self, settings):
        target = picture_pupil("little1")
        for n in range(settings.PICTURE_LOGIN_ACCOUNT_LIMIT):
            picture_sign_in(
                target.username, WRONG, client=Client(REMOTE_ADDR=f"198.51.100.{n}")
            )
        assert picture_sign_in(target.username).status_code == 429

    def test_a_name_that_does_not_exist_is_limited_the_same_way(self, settings):
        for _ in range(settings.PICTURE_LOGIN_ACCOUNT_LIMIT):
            assert picture_sign_in("nobody", WRONG).status_code == 200
        assert picture_sign_in("nobody", WRONG).status_code == 429

    def test_wrong_passwords_lock_that_account_not_the_school(self):
        target = make_user("pupil1", is_child_account=True)
        other = make_user("pupil2", is_child_account=True)
        for _ in range(5):
            assert sign_in(target.username, "wrong-password").status_code == 200
        assert sign_in(target.username).status_code == 200  # refused: locked
        assert sign_in(other.username).status_code == 302

    def test_wrong_class_codes_do_not_stop_the_class_joining(self):
        school_class = make_class(teacher=make_teacher())
        prankster = Client(REMOTE_ADDR=SCHOOL)
        for guess in ("AAAAAA", "CCCCCC", "DDDDDD", "EEEEEE", "FFFFFF") * 2:
            prankster.post(reverse("classes:join"), {"code": guess})
        joining = Client(REMOTE_ADDR=SCHOOL).post(
            reverse("classes:join"), {"code": school_class.join_code}
        )
        assert joining.status_code == 302


class TestPicturePasswordsOnlyThroughThePicturePage:
    def test_the_sequence_typed_as_a_password_is_refused(self):
        pupil = picture_pupil("little1")
        answer = sign_in(pupil.username, picture_password(PICTURES))
        assert answer.status_code == 200
        assert not answer.wsgi_request.user.is_authenticated
        assert picture_sign_in(pupil.username).status_code == 302

    def test_a_typed_password_does_not_open_the_picture_page(self):
        pupil = make_user("pupil1", is_child_account=True)
        pupil.set_password(picture_password(PICTURES))  # not a picture account
        pupil.save()
        assert picture_sign_in(pupil.username).status_code == 200
