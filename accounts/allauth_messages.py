"""django-allauth's sign-in and sign-out strings, marked for our catalogues.

allauth ships no Swahili catalogue, and its Spanish, French and Arabic address
the reader formally where our interface speaks to children. Marking the exact
msgids here puts them in ``locale/*/django.po`` (makemessages finds them), and
Django prefers the project's catalogues (``LOCALE_PATHS``) over an app's, so
the sign-in page a child sees is in their language and in our voice. Keep each
msgid identical to allauth's (see its ``account/forms.py``, ``adapter.py`` and
``templates/account/login.html``/``logout.html``).
"""

from django.utils.translation import gettext_noop, pgettext_lazy

SIGN_IN_PAGE = [
    gettext_noop("Sign In"),
    gettext_noop(
        "If you have not created an account yet, then please "
        "%(link)ssign up%(end_link)s first."
    ),
    pgettext_lazy("field label", "Login"),
    gettext_noop("Username or email"),
    gettext_noop("Forgot your password?"),
    gettext_noop("The username and/or password you specified are not correct."),
    gettext_noop("Too many failed login attempts. Try again later."),
    gettext_noop("Sign Out"),
    gettext_noop("Are you sure you want to sign out?"),
]
