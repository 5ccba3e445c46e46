"""Authentication backends: typed passwords and picture passwords, each
through its own door.

A picture password is stored as an ordinary password string
(``accounts.pictures``: ``"pic:cat-sun-tree"``), so Django's and allauth's
password backends would accept it typed into the password form, a second
door to the 504 sequences past the picture page's per-account limit. The
password backends here refuse anything that starts with the picture prefix;
only ``PictureBackend`` accepts a picture sequence, given as ``pictures=``.
"""

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth.backends import ModelBackend

from .pictures import PREFIX, PictureSequenceError, picture_password


def _typed_picture_password(password) -> bool:
    return isinstance(password, str) and password.startswith(PREFIX)


class PasswordBackend(ModelBackend):
    """Django's backend (Django's admin, ``reauthenticate``), never a picture
    password."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if _typed_picture_password(password):
            return None
        return super().authenticate(request, username, password, **kwargs)


class AllauthPasswordBackend(AuthenticationBackend):
    """allauth's backend (sign-in by username or e-mail), never a picture
    password."""

    def authenticate(self, request, **credentials):
        if _typed_picture_password(credentials.get("password")):
            return None
        return super().authenticate(request, **credentials)


class PictureBackend(AuthenticationBackend):
    """A child's username and picture sequence (``pictures=["cat", ...]``);
    only accounts that use a picture password. Usernames match as allauth
    matches them (not case-sensitive)."""

    def authenticate(self, request, username=None, pictures=None, **kwargs):
        if username is None or pictures is None:
            return None
        try:
            secret = picture_password(list(pictures))
        except PictureSequenceError:
            return None
        user = super().authenticate(request, username=username, password=secret)
        if user is not None and user.uses_picture_password:
            return user
        return None


PASSWORD_BACKEND = f"{PasswordBackend.__module__}.{PasswordBackend.__qualname__}"
PICTURE_BACKEND = f"{PictureBackend.__module__}.{PictureBackend.__qualname__}"
