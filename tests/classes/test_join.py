"""Joining a class by code, picture passwords and the guessing limit."""

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from accounts.pictures import picture_password
from classes.models import ClassMembership
from tests.factories import make_class, make_teacher

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture
def school_class():
    return make_class(teacher=make_teacher())


def pictures(*keys):
    return {f"picture_{n}": key for n, key in enumerate(keys)}


class TestJoinByCode:
    def test_code_is_found_whatever_the_case_and_spaces(self, client, school_class):
        code = school_class.join_code
        typed = f" {code[:3].lower()} {code[3:]} "
        response = client.post(reverse("classes:join"), {"code": typed})
        assert response.status_code == 302
        assert response["Location"] == reverse("classes:join_details", args=[code])

    def test_qr_link_prefills_the_code(self, client, school_class):
        url = reverse("classes:join") + f"?code={school_class.join_code}"
        assert f'value="{school_class.join_code}"' in client.get(url).content.decode()

    def test_wrong_code_gives_a_plain_message(self, client, school_class):
        response = client.post(reverse("classes:join"), {"code": "AAAAAA"})
        assert response.status_code == 200
        assert "We could not find a class with this code" in response.content.decode()

    @override_settings(CLASS_JOIN_RATE_LIMIT=3)
    def test_repeated_guessing_is_rate_limited(self, client, school_class):
        for guess in ("AAAAAA", "CCCCCC", "DDDDDD"):
            assert (
                client.post(reverse("classes:join"), {"code": guess}).status_code == 200
            )
        # Even the right code is refused while the client is blocked.
        response = client.post(
            reverse("classes:join"), {"code": school_class.join_code}
        )
        assert response.status_code == 429
        assert "Too many wrong codes" in response.content.decode()
        # Guessing step 2's URL directly counts and is blocked too.
        response = client.get(
            reverse("classes:join_details", args=[school_class.join_code])
        )
        assert response.status_code == 429

    @override_settings(CLASS_JOIN_RATE_LIMIT=2)
    def test_limit_is_per_client_ip(self, client, school_class):
        for guess in ("AAAAAA", "CCCCCC"):
            client.post(
                reverse("classes:join"), {"code": guess}, REMOTE_ADDR="10.0.0.1"
            )
        blocked = client.post(
            reverse("classes:join"),
            {"code": school_class.join_code},
            REMOTE_ADDR="10.0.0.1",
        )
        other = client.post(
            reverse("classes:join"),
            {"code": school_class.join_code},
            REMOTE_ADDR="10.0.0.2",
        )
        assert (blocked.status_code, other.status_code) == (429, 302)

    def test_archived_class_code_is_a_wrong_code(self, client, school_class):
        school_class.archived = True
        school_class.save()
        response = client.post(
            reverse("classes:join"), {"code": school_class.join_code}
        )
        assert "We could not find a class with this code" in response.content.decode()

    def test_join_with_pictures_then_sign_in_with_them(self, client, school_class):
        url = reverse("classes:join_details", args=[school_class.join_code])
        page = client.get(url).content.decode()
        assert 'type="radio"' in page and "<legend>First picture</legend>" in page
        response = client.post(
            url,
            {
                "display_name": "  Amina ",
                "kind": "pictures",
                **pictures("cat", "sun", "tree"),
            },
            follow=True,
        )
        assert response.redirect_chain == [(reverse("classes:joined"), 302)]
        user = User.objects.get(display_name="Amina")
        assert user.username in response.content.decode()
        assert user.is_child_account and not user.email
        assert ClassMembership.objects.filter(
            school_class=school_class, learner=user
        ).exists()
        assert response.wsgi_request.user == user

        client.logout()
        bad = client.post(
            reverse("classes:picture_login"),
            {"username": user.username, **pictures("sun", "cat", "tree")},
        )
        assert "do not match" in bad.content.decode()
        good = client.post(
            reverse("classes:picture_login"),
            {"username": user.username.upper(), **pictures("cat", "sun", "tree")},
        )
        assert good.status_code == 302
        assert good.wsgi_request.user == user

    def test_join_with_a_typed_password(self, client, school_class):
        url = reverse("classes:join_details", args=[school_class.join_code])
        response = client.post(
            url,
            {
                "display_name": "Jo",
                "kind": "password",
                "password1": "kite-river-blue-7",
                "password2": "kite-river-blue-7",
            },
        )
        assert response["Location"] == reverse("classes:joined")
        user = User.objects.get(display_name="Jo")
        assert user.check_password("kite-river-blue-7")
        assert not user.uses_picture_password
        assert user.preferred_language == school_class.language == "en"

    def test_a_child_who_joins_in_arabic_stays_in_arabic(self, client, school_class):
        # The request switches this thread to Arabic; override switches it back.
        with translation.override("ar"):
            url = reverse("classes:join_details", args=[school_class.join_code])
            response = client.post(
                url,
                {
                    "display_name": "Noor",
                    "kind": "password",
                    "password1": "kite-river-blue-7",
                    "password2": "kite-river-blue-7",
                },
            )
        assert url.startswith("/ar/")
        assert response["Location"] == "/ar/join/welcome/"
        assert User.objects.get(display_name="Noor").preferred_language == "ar"

    @pytest.mark.parametrize(
        "data, message",
        [
            (
                {
                    "display_name": "",
                    "kind": "pictures",
                    **pictures("cat", "sun", "tree"),
                },
                "This field is required",
            ),
            (
                {
                    "display_name": "Jo",
                    "kind": "pictures",
                    **pictures("cat", "cat", "tree"),
                },
                "different picture",
            ),
            (
                {"display_name": "Jo", "kind": "pictures", "picture_0": "cat"},
                "Choose 3 pictures",
            ),
            (
                {
                    "display_name": "Jo",
                    "kind": "password",
                    "password1": "password",
                    "password2": "password",
                },
                "too common",
            ),
            (
                {
                    "display_name": "Jo",
                    "kind": "password",
                    "password1": "kite-river-blue-7",
                    "password2": "kite-river-blue-8",
                },
                "not the same",
            ),
            (
                {
                    "display_name": "J" * 41,
                    "kind": "pictures",
                    **pictures("cat", "sun", "tree"),
                },
                "at most 40",
            ),
        ],
    )
    def test_bad_join_details_create_nothing(self, client, school_class, data, message):
        url = reverse("classes:join_details", args=[school_class.join_code])
        response = client.post(url, data)
        assert response.status_code == 200
        assert message in response.content.decode()
        assert not User.objects.filter(is_child_account=True).exists()

    def test_script_in_a_display_name_is_escaped(self, client, school_class):
        url = reverse("classes:join_details", args=[school_class.join_code])
        response = client.post(
            url,
            {
                "display_name": "<script>x</script>",
                "kind": "pictures",
                **pictures("cat", "sun", "tree"),
            },
            follow=True,
        )
        page = response.content.decode()
        assert "<script>x</script>" not in page
        assert "&lt;script&gt;x&lt;/script&gt;" in page

    @override_settings(PICTURE_LOGIN_RATE_LIMIT=2)
    def test_picture_sign_in_is_rate_limited(self, client, school_class):
        from classes.services import learner_join

        user = learner_join(
            school_class=school_class,
            display_name="Jo",
            pictures=["cat", "sun", "tree"],
        ).user
        for wrong in (("dog", "sun", "tree"), ("fish", "sun", "tree")):
            client.post(
                reverse("classes:picture_login"),
                {"username": user.username, **pictures(*wrong)},
            )
        response = client.post(
            reverse("classes:picture_login"),
            {"username": user.username, **pictures("cat", "sun", "tree")},
        )
        assert response.status_code == 429
        assert not response.wsgi_request.user.is_authenticated
        assert user.check_password(picture_password(["cat", "sun", "tree"]))
