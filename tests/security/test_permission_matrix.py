"""Every URL of the site, requested by every role, pointed at objects owned by
someone else.

``MATRIX`` classifies each URL pattern (by its name). A pattern the matrix does
not classify fails ``test_every_url_pattern_is_classified``, so a new view
cannot slip in unchecked: add it here with who may use it.

Kinds:

- ``public``: anyone, signed in or not.
- ``signed_in``: any signed-in user, about their own account or public content;
  anonymous visitors are sent to sign in.
- ``role``: a page without an object; ``allowed`` roles get it, everyone else
  403/404 (anonymous: sign-in).
- ``object``: a page about one object owned by someone in ``world.owners``;
  only ``allowed`` roles and the owner get it (the owner's 200 is the control),
  everyone else 403/404 and nothing of the object in the response.
- ``admin``: an admin entry; denied means 403/404 or a redirect to sign in or
  to the admin's start page.

Wagtail's and Django's admin internals are not listed one by one: every one of
them sits behind the admin's own access check (Wagtail's ``require_admin_access``,
Django's ``admin_view``), which the two admin entries test. The project's own
admin views (registered with Wagtail hooks) are listed.
"""

from dataclasses import dataclass, field

import pytest
from django.conf import settings
from django.contrib.auth import HASH_SESSION_KEY, SESSION_KEY
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, converters, get_resolver, reverse
from django.utils import translation

from tests.security.conftest import ROLES, SECRET_CLASS, SECRET_LEARNER

pytestmark = pytest.mark.django_db

EXPORTERS = {"evaluator", "superuser"}
TEACHING = {"teacher", "school_admin", "superuser"}


@dataclass(frozen=True)
class Rule:
    kind: str
    kwargs: object = None  # callable(world) -> dict (or list of args), or None
    method: str = "GET"
    allowed: frozenset = frozenset()
    owner: str = ""  # key of world.owners for the control request
    data: object = None  # callable(world) -> dict for POST
    ok: tuple = (200,)  # the control's acceptable statuses


def rule(kind, kwargs=None, *, allowed=(), **options) -> Rule:
    return Rule(kind, kwargs, allowed=frozenset(allowed), **options)


def _class(w):
    return {"pk": w.objects["class"].pk}


def _student(w):
    return {"pk": w.objects["class"].pk, "learner_pk": w.objects["learner"].pk}


def _paper(w):
    return {"class_id": w.objects["class"].pk}


def _paper_entry(w):
    return {
        "class_id": w.objects["class"].pk,
        "course_id": w.course.pk,
        "phase": "pre",
    }


def _job(w):
    return {"job_id": w.objects["job"].pk}


def _child(w):
    return {"user_pk": w.objects["learner"].pk}


def _course(w):
    return {"course_id": w.course.pk}


def _lesson(w):
    return {"lesson_id": w.course.get_lessons().first().pk}


CLASS_POST = dict(method="POST", allowed={"superuser"}, owner="teacher", ok=(200, 302))

MATRIX = {
    # --- outside the language prefix
    "set_language": rule(
        "public", method="POST", data=lambda w: {"language": "en"}, ok=(302,)
    ),
    "ops:health": rule("public"),
    "service_worker": rule("public"),
    "web_manifest": rule("public"),
    "ops:health_ready": rule("public", ok=(200, 503)),
    # Lesson images (public content); a missing file is a 404, which
    # LocaleMiddleware sends to /en/... first.
    "media_image": rule(
        "public", lambda w: {"path": "images/missing.png"}, ok=(302, 404)
    ),
    "wagtaildocs_serve": rule(
        "public",
        # The stored name: a file of the same name left by another test makes
        # the storage pick another.
        lambda w: [w.objects["document"].pk, w.objects["document"].filename],
        ok=(200, 302),
    ),
    "wagtaildocs_authenticate_with_password": rule(
        # 404, which LocaleMiddleware turns into a redirect to /en/...
        "public",
        lambda w: {"restriction_id": 999_999},
        ok=(302, 404),
    ),
    # --- accounts (allauth)
    "account_login": rule("public"),
    "account_signup": rule("public"),
    "account_reset_password": rule("public"),
    "account_reset_password_done": rule("public"),
    "account_reset_password_from_key": rule(
        "public", lambda w: {"uidb36": "zz", "key": "forged-key"}
    ),
    "account_reset_password_from_key_done": rule("public"),
    "account_confirm_email": rule("public", lambda w: {"key": "forged"}, ok=(200, 404)),
    "account_email_verification_sent": rule("public"),
    "account_inactive": rule("public"),
    "account_confirm_login_code": rule("public", ok=(200, 302)),
    "account_logout": rule("public", ok=(302,)),
    "account_email": rule("signed_in"),
    "account_change_password": rule("signed_in", ok=(200, 302)),
    "account_set_password": rule("signed_in", ok=(200, 302)),
    "account_reauthenticate": rule("signed_in"),
    # allauth 65.22: re-authenticating by a code sent by e-mail, for a user
    # who is already signed in (a sensitive change asks for it again).
    "account_request_reauthentication_code": rule("signed_in", ok=(200, 302)),
    "account_confirm_reauthentication_code": rule("signed_in", ok=(200, 302)),
    "mfa_index": rule("signed_in"),
    "mfa_authenticate": rule("public", ok=(200, 302)),
    "mfa_reauthenticate": rule("signed_in", ok=(200, 302)),
    "mfa_activate_totp": rule("signed_in", ok=(200, 302)),
    "mfa_deactivate_totp": rule("signed_in", ok=(200, 302, 404)),
    "mfa_view_recovery_codes": rule("signed_in", ok=(200, 302, 404)),
    "mfa_generate_recovery_codes": rule("signed_in", ok=(200, 302, 404)),
    "mfa_download_recovery_codes": rule("signed_in", ok=(200, 302, 404)),
    # --- site pages
    "get_help": rule("public"),
    "lesson_search": rule("public"),
    "wagtail_serve": rule("public", lambda w: [""]),
    # Wagtail's and Django's own login forms only redirect to allauth's.
    "wagtailcore_login": rule("public", ok=(302,)),
    "wagtailcore_login_redirect": rule("public", ok=(302,)),
    "wagtailadmin_login_redirect": rule("public", ok=(302,)),
    "wagtailcore_authenticate_with_password": rule(
        "public",
        lambda w: {"page_view_restriction_id": 999_999, "page_id": w.course.pk},
        ok=(404,),
    ),
    "classes:join": rule("public"),
    "classes:join_details": rule(
        "public", lambda w: {"code": w.objects["class"].join_code}
    ),
    "classes:picture_login": rule("public"),
    # --- privacy and consent
    "accounts:privacy_notice": rule("public"),
    "accounts:privacy_notice_full": rule("public"),
    "accounts:too_young": rule("public"),
    "accounts:ask_parent": rule("public"),
    "accounts:parent_consent": rule(
        "public", lambda w: {"token": "forged-token"}, ok=(404,)
    ),
    "accounts:my_data": rule("signed_in"),
    "accounts:data_download": rule("signed_in", method="POST"),
    "accounts:account_delete": rule("signed_in"),
    # A child's data: only a teacher of their classes or the consenting parent
    # (site admins deliberately not: docs/privacy.md).
    "accounts:child_data_download": rule(
        "object", _child, method="POST", owner="teacher"
    ),
    "accounts:child_account_delete": rule("object", _child, owner="parent"),
    # --- learners: their own things only
    "learner_dashboard": rule("signed_in"),
    "offline_page": rule("public"),
    # JSON for the offline queue: anonymous gets 401, never a redirect.
    "assessments:answers_sync": rule(
        "signed_in",
        lambda w: {"course_id": w.course.pk, "phase": "pre"},
        method="POST",
    ),
    # The test's own skip logic for answers not yet saved (nothing stored);
    # 409 for anyone without an open test of that course.
    "assessments:form_logic": rule(
        "signed_in",
        lambda w: {"course_id": w.course.pk, "phase": "pre"},
        method="POST",
        ok=(200, 409),
    ),
    "lesson_complete": rule("signed_in", _lesson, method="POST", ok=(302,)),
    "assessments:take": rule(
        "signed_in", lambda w: {"course_id": w.course.pk, "phase": "pre"}
    ),
    "assessments:results": rule("signed_in", _course, ok=(200, 302)),
    "classes:joined": rule("signed_in"),
    "certificate_download": rule(
        "object",
        lambda w: {"certificate_id": w.objects["certificate"].pk},
        owner="child",
    ),
    # --- teachers and school administrators
    "classes:teacher_home": rule("role", allowed=TEACHING),
    "classes:class_create": rule("role", allowed=TEACHING),
    "classes:roster_template": rule("role", allowed=TEACHING),
    "assessments:follow_up_flags": rule("role", allowed={"teacher", "superuser"}),
    "classes:class_detail": rule(
        "object", _class, allowed={"superuser"}, owner="teacher"
    ),
    "classes:class_edit": rule(
        "object", _class, allowed={"superuser"}, owner="teacher"
    ),
    "classes:class_report": rule(
        "object", _class, allowed={"superuser"}, owner="teacher"
    ),
    "classes:join_sheet": rule(
        "object", _class, allowed={"superuser"}, owner="teacher"
    ),
    "classes:class_roster": rule(
        "object", _class, allowed={"superuser"}, owner="teacher"
    ),
    "classes:class_assignments": rule(
        "object", _class, allowed={"superuser"}, owner="teacher"
    ),
    "classes:class_csv": rule("object", _class, **CLASS_POST),
    "classes:class_teacher_add": rule("object", _class, **CLASS_POST),
    "classes:student_detail": rule(
        "object", _student, allowed={"superuser"}, owner="teacher"
    ),
    "classes:student_reset": rule("object", _student, **CLASS_POST),
    "assessments:paper_choose": rule(
        "object", _paper, allowed={"superuser"}, owner="teacher"
    ),
    "assessments:paper_entry": rule(
        "object", _paper_entry, allowed={"superuser"}, owner="teacher"
    ),
    "classes:school_detail": rule(
        "object",
        lambda w: {"pk": w.objects["school"].pk},
        allowed={"superuser"},
        owner="school_admin",
    ),
    "classes:school_teacher_add": rule(
        "object",
        lambda w: {"pk": w.objects["school"].pk},
        method="POST",
        allowed={"superuser"},
        owner="school_admin",
        ok=(200, 302),
    ),
    # Changes data: their controls run last, in this order.
    "classes:student_move": rule(
        "object",
        _student,
        method="POST",
        allowed={"superuser"},
        owner="teacher",
        data=lambda w: {"to_class": w.objects["class_other"].pk},
        ok=(302,),
    ),
    "classes:school_teacher_remove": rule(
        "object",
        lambda w: {"pk": w.objects["school"].pk, "user_pk": w.owners["teacher"].pk},
        method="POST",
        allowed={"superuser"},
        owner="school_admin",
        ok=(302,),
    ),
    "classes:class_archive": rule("object", _class, **CLASS_POST),
    # Withdrawing consent stops the child signing in: the very last control.
    "accounts:consent_withdraw": rule(
        "object",
        lambda w: {"consent_pk": w.objects["consent"].pk},
        method="POST",
        owner="parent",
        ok=(302,),
    ),
    # --- programme staff (evaluation)
    "classes:programme_overview": rule(
        "object",
        lambda w: {"pk": w.objects["programme"].pk},
        allowed={"superuser"},
        owner="evaluator",
    ),
    "assessments:export_list": rule("role", allowed=EXPORTERS),
    "assessments:export_create": rule(
        "role", method="POST", allowed=EXPORTERS, ok=(200, 302, 400)
    ),
    "reports:kap_report": rule("role", allowed=EXPORTERS),
    "assessments:export_detail": rule("object", _job, owner="evaluator"),
    "assessments:export_download": rule("object", _job, owner="evaluator"),
    "assessments:export_codebook": rule("object", _job, owner="evaluator"),
    # --- admin entries and the project's own admin views
    "wagtailadmin_home": rule("admin", allowed={"editor", "translator", "superuser"}),
    "admin:index": rule("admin", allowed={"superuser"}),
    "admin:login": rule("public", ok=(302,)),
    "assessments_admin:import_instrument": rule("admin", allowed={"superuser"}),
    "assessments_admin:export_instrument": rule("admin", allowed={"superuser"}),
    "assessments_admin:import_responses": rule("admin", allowed={"superuser"}),
    "assessments_export_audit": rule("admin", allowed={"superuser"}),
    "assessments_export_audit_results": rule("admin", allowed={"superuser"}),
    # Admin users only; the translation is looked up first (a forged id is a
    # 404, turned into a redirect by LocaleMiddleware), then wagtail-localize's
    # user_can_edit_instance decides.
    "elearn_upload_pofile": rule(
        "admin",
        lambda w: {"translation_id": 999_999},
        method="POST",
        allowed={"editor", "translator", "superuser"},
    ),
}


# ------------------------------------------------------------- enumeration

PROJECT_APPS = ("accounts", "assessments", "classes", "courses", "home", "ops")
PROJECT_APPS += ("reports", "audit", "elearn")


@dataclass(frozen=True)
class LibraryRule:
    """The rule for a library's URLs the matrix does not name one by one.

    A library adds views in minor releases (allauth 65.22 added two). A URL
    whose view is in ``module`` and whose route (after the language prefix)
    starts with ``route_prefix`` falls under ``rule`` and is requested by every
    role like a named one; a URL of any other library, or outside the prefix,
    still fails ``test_every_url_pattern_is_classified``.
    """

    module: str
    route_prefix: str
    rule: Rule


LIBRARY_RULES = (
    # allauth's account and two-step sign-in pages are about the signed-in
    # user's own account: the safe default, since a new *public* allauth page
    # then fails the request test (anonymous is not sent to sign in) until it
    # is named above. 404: a step that needs a flow the request did not start.
    LibraryRule("allauth", "accounts/", rule("signed_in", ok=(200, 302, 404))),
)

#: Values for a URL's arguments when it falls under a library's rule: forged,
#: so a view answers as it does to an id that is not the visitor's.
FORGED = {
    converters.IntConverter: 999_999,
    converters.StringConverter: "forged",
    converters.SlugConverter: "forged",
    converters.PathConverter: "forged",
    converters.UUIDConverter: "00000000-0000-4000-8000-000000000000",
}


def _walk(patterns, prefix="", namespace=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = namespace + (f"{entry.namespace}:" if entry.namespace else "")
            yield from _walk(entry.url_patterns, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry, namespace


def _is_admin_internal(route: str, pattern: URLPattern, name: str) -> bool:
    """Wagtail's and Django's own admin views, behind their admin's access check."""
    if route in ("admin/", "django-admin/") or name in MATRIX:
        return False
    own_view = pattern.lookup_str.split(".")[0] in PROJECT_APPS
    return route.startswith(("admin/", "django-admin/")) and not own_view


def _forged_kwargs(pattern: URLPattern):
    values = {}
    for key, converter in getattr(pattern.pattern, "converters", {}).items():
        if type(converter) not in FORGED:
            return None  # a converter of its own: name the URL in the matrix
        values[key] = FORGED[type(converter)]
    return lambda w: values


def library_rule(route: str, pattern: URLPattern, language="en") -> Rule | None:
    """The rule of ``LIBRARY_RULES`` a URL the matrix does not name falls under."""
    local = route.removeprefix(f"{language}/")
    for library in LIBRARY_RULES:
        module = pattern.lookup_str.split(".")[0]
        if module != library.module or not local.startswith(library.route_prefix):
            continue
        if pattern.pattern.regex.groups and not getattr(
            pattern.pattern, "converters", None
        ):
            return None  # a regular expression with groups: name it
        kwargs = _forged_kwargs(pattern)
        if kwargs is None:
            return None
        return Rule(**{**library.rule.__dict__, "kwargs": kwargs})
    return None


def site_url_patterns(language="en"):
    """Every URL pattern of the site, as (route, name, pattern), in one
    language prefix."""
    with translation.override(language):
        for route, pattern, namespace in _walk(get_resolver().url_patterns):
            name = f"{namespace}{pattern.name}" if pattern.name else ""
            if _is_admin_internal(route, pattern, name):
                continue
            yield route, name, pattern


def classified(language="en"):
    """``{name: rule}`` for every URL: the matrix's in the matrix's order (the
    owners' controls that change data run last), then the libraries' rules.

    Names that neither covers are left out (the enumeration test lists them).
    """
    found = {
        name: (route, pattern) for route, name, pattern in site_url_patterns(language)
    }
    rules = {name: rule_ for name, rule_ in MATRIX.items() if name in found}
    for name, (route, pattern) in found.items():
        if name and name not in rules:
            if default := library_rule(route, pattern, language):
                rules[name] = default
    return rules


class TestEnumeration:
    def test_every_url_pattern_is_classified(self):
        found = {}
        for route, name, _pattern in site_url_patterns():
            assert name, f"URL pattern {route!r} has no name: name it and classify it"
            found[name] = route
        unclassified = sorted(set(found) - set(classified()))
        assert not unclassified, (
            "URL patterns missing from the permission matrix "
            f"(tests/security/test_permission_matrix.py): {unclassified}"
        )
        stale = sorted(set(MATRIX) - set(found))
        assert not stale, f"The matrix lists URL names that no longer exist: {stale}"

    def test_every_language_prefix_has_the_same_patterns(self):
        english = {name for _route, name, _p in site_url_patterns("en")}
        for code, _label in settings.LANGUAGES:
            patterns = [(route, name) for route, name, _p in site_url_patterns(code)]
            assert {name for _route, name in patterns} == english, code
            assert (f"{code}/learn/", "learner_dashboard") in patterns

    def test_the_matrix_covers_every_role(self):
        assert len(ROLES) == 10

    @override_settings(ROOT_URLCONF="tests.security.urls_with_new_library_views")
    def test_a_library_url_falls_under_its_rule_only_when_the_matrix_has_one(self):
        """allauth adding a view (as 65.22 did) is covered by allauth's rule and
        requested like the others; any other library's new view is not."""
        rules = classified()
        added = rules["account_added_in_a_minor_release"]
        assert added.kind == "signed_in"
        assert added.kwargs(None) == {"key": "forged", "pk": 999_999}
        unknown = {name for _r, name, _p in site_url_patterns()} - set(rules)
        assert unknown == {"other_library_view", "allauth_outside_its_prefix"}


# ------------------------------------------------------------- requests


@dataclass
class Outcome:
    failures: list = field(default_factory=list)

    def fail(self, name, role, response, why):
        location = response.get("Location", "")
        self.failures.append(
            f"{name} as {role}: {why} (status {response.status_code} {location})"
        )


def _url(name, rule_, world, language="en"):
    kwargs = rule_.kwargs(world) if rule_.kwargs else {}
    with translation.override(language):
        if isinstance(kwargs, list):  # a regular expression pattern
            return reverse(name, args=kwargs)
        return reverse(name, kwargs=kwargs)


class Clients:
    """One test client per user, signed in once and again only when a request
    signed it out (logout, a password change, consent withdrawn): 1,000
    sign-ins cost more than the requests they make."""

    def __init__(self):
        self._clients = {}

    def for_user(self, user):
        key = user.pk if user is not None else None
        client = self._clients.setdefault(key, Client())
        if user is None:
            client.cookies.clear()  # anonymous: no session at all
            return client
        user.refresh_from_db()  # a password reset earlier changes its hash
        session = client.session
        if session.get(HASH_SESSION_KEY) != user.get_session_auth_hash() or str(
            session.get(SESSION_KEY)
        ) != str(user.pk):
            client.force_login(user)
        return client


def _request(clients, user, rule_, url, world):
    client = clients.for_user(user)
    data = rule_.data(world) if rule_.data else {}
    if rule_.method == "POST":
        response = client.post(url, data)
    else:
        response = client.get(url)
    if user is not None:
        # The request was made as this user, never as a session left behind.
        assert response.wsgi_request.user.pk in (user.pk, None), url
    return response


SIGN_IN_PATHS = ("/accounts/login/", "/django-admin/login/")


def _is_sign_in_redirect(response) -> bool:
    """To allauth's sign-in (Django's admin login only redirects there too)."""
    location = response.get("Location", "")
    return response.status_code == 302 and any(p in location for p in SIGN_IN_PATHS)


def _is_denied(response, kind) -> bool:
    if response.status_code in (403, 404):
        return True
    if kind == "admin" and response.status_code == 302:
        location = response["Location"]
        return _is_sign_in_redirect(response) or location.rstrip("/") == "/admin"
    return False


def _leaks(response) -> bool:
    if getattr(response, "streaming", False):
        return True  # a file was sent
    body = response.content.decode("utf-8", "replace")
    return SECRET_CLASS in body or SECRET_LEARNER in body


def _check_role(outcome, clients, world, name, rule_, role):
    user = world.users[role]
    if role in rule_.allowed and rule_.method == "POST" and rule_.kind == "object":
        return  # allowed to change someone else's object (site admins): not sent,
        # so the owner's control below still finds the object as it was
    url = _url(name, rule_, world)
    response = _request(clients, user, rule_, url, world)
    if response.status_code >= 500:
        outcome.fail(name, role, response, "server error")
        return
    if rule_.kind == "public":
        if role == "anonymous" and response.status_code not in rule_.ok:
            outcome.fail(name, role, response, f"expected {rule_.ok}")
        return
    if role == "anonymous":
        if response.status_code == 401:
            return  # an API endpoint: refused without a redirect
        if not (_is_sign_in_redirect(response) or _is_denied(response, rule_.kind)):
            outcome.fail(name, role, response, "anonymous not sent to sign in")
        return
    if rule_.kind == "signed_in":
        if response.status_code in (401, 403):
            outcome.fail(name, role, response, "a signed-in user was refused")
        return
    if role in rule_.allowed:
        if _is_denied(response, rule_.kind):
            outcome.fail(name, role, response, "an allowed role was refused")
        return
    if not _is_denied(response, rule_.kind):
        outcome.fail(name, role, response, "not refused")
    elif rule_.kind in ("object", "role") and _leaks(response):
        outcome.fail(name, role, response, "refused but leaked the object")


def _check_owner(outcome, clients, world, name, rule_):
    owner = world.owners[rule_.owner]
    response = _request(clients, owner, rule_, _url(name, rule_, world), world)
    if response.status_code not in rule_.ok:
        outcome.fail(name, f"owner {rule_.owner}", response, f"expected {rule_.ok}")


class TestPermissionMatrix:
    def test_every_role_on_every_url(self, world):
        from django.core.files.base import ContentFile
        from wagtail.documents import get_document_model

        world.objects["document"] = get_document_model().objects.create(
            title="Handout", file=ContentFile(b"hello", name="handout.txt")
        )
        outcome = Outcome()
        clients = Clients()
        rules = classified()
        for name, rule_ in rules.items():
            for role in ROLES:
                _check_role(outcome, clients, world, name, rule_, role)
        # The owners' controls, after every refusal: some of them change data.
        for name, rule_ in rules.items():
            if rule_.owner:
                _check_owner(outcome, clients, world, name, rule_)
        assert not outcome.failures, "\n".join(outcome.failures)

    def test_forged_ids_give_404_for_the_owner_too(self, client, world):
        """Ids that do not exist look exactly like ids of someone else's objects."""
        import uuid

        client.force_login(world.owners["teacher"])
        for name in ("classes:class_detail", "classes:class_report"):
            response = client.get(reverse(name, kwargs={"pk": 987_654}))
            assert response.status_code == 404, name
        client.force_login(world.owners["evaluator"])
        forged = {"job_id": uuid.uuid4()}
        for name in ("export_detail", "export_download", "export_codebook"):
            response = client.get(reverse(f"assessments:{name}", kwargs=forged))
            assert response.status_code == 404, name
