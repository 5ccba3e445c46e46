import pytest
from django.db import transaction


def _is_transactional(item) -> bool:
    """As pytest-django decides: marked ``transaction=True`` (or
    ``reset_sequences``), or using ``transactional_db`` or ``live_server``."""
    marker = item.get_closest_marker("django_db")
    fixtures = set(getattr(item, "fixturenames", ()))
    return bool(marker and _marked_transactional(marker)) or bool(
        {"transactional_db", "live_server"} & fixtures
    )


def _marked_transactional(marker) -> bool:
    args = dict(zip(("transaction", "reset_sequences"), marker.args, strict=False))
    args.update(marker.kwargs)
    return bool(args.get("transaction") or args.get("reset_sequences"))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Transactional tests reload the migrated data (``serialized_rollback``).

    A transactional test empties the database when it ends, Wagtail's root
    page and the locales with it; ``pytest_runtest_teardown`` below puts them
    back from the same serialized copy, so the tests after it on the worker
    (``--dist loadfile`` runs a file's tests together, in any file order) find
    the database as migrations left it.
    """
    missing = [
        item.nodeid
        for item in items
        if item.get_closest_marker("django_db")
        and _is_transactional(item)
        and not item.get_closest_marker("django_db").kwargs.get("serialized_rollback")
    ]
    if missing:
        raise pytest.UsageError(
            "transactional tests need serialized_rollback=True (tests/conftest.py): "
            f"{missing}"
        )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    yield
    # The next transactional test reloads the data itself when it starts.
    if not _is_transactional(item) or nextitem is None or _is_transactional(nextitem):
        return
    from django.db import connections
    from pytest_django.plugin import blocking_manager_key

    with item.config.stash[blocking_manager_key].unblock():
        for connection in connections.all(initialized_only=True):
            contents = getattr(connection, "_test_serialized_contents", None)
            mirror = connection.settings_dict.get("TEST", {}).get("MIRROR")
            if contents and not mirror:
                connection.creation.deserialize_db_from_string(contents)


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate-limit counters and cached fragments never leak between tests."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language.

    LocaleMiddleware activates the request's language in the thread and never
    deactivates it, so after a test client request to ``/fr/...`` a later test
    in the same worker would reverse URLs and render text in French.
    """
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _eager_celery(request):
    """Run tasks in-process, except in tests that drive a real worker."""
    from elearn.celery import app

    if request.node.get_closest_marker("worker"):
        yield
        return
    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = previous


class SharedTransaction:
    """The transaction ``shared_db`` holds open around a test module."""

    open: "SharedTransaction | None" = None

    def __init__(self, blocker):
        self.blocker = blocker
        self.atomic = transaction.atomic()

    def begin(self):
        with self.blocker.unblock():
            self.atomic.__enter__()
        SharedTransaction.open = self

    def end(self):
        if SharedTransaction.open is not self:
            return
        SharedTransaction.open = None
        with self.blocker.unblock():
            transaction.set_rollback(True)
            self.atomic.__exit__(None, None, None)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """A transactional test commits for real: it cannot run inside a module's
    shared transaction, which is rolled back first. pytest-django runs a
    module's transactional tests after its savepoint tests, so nothing that
    reads the shared data comes after."""
    if SharedTransaction.open is not None and _is_transactional(item):
        SharedTransaction.open.end()


@pytest.fixture(scope="module")
def shared_db(django_db_setup, django_db_blocker):
    """One transaction around a whole test module, rolled back at its end.

    Module-scoped fixtures build what the module's tests only read (the page
    tree, a test, a class) once, inside it, with ``shared_db.unblock()``; each
    test still runs in its own savepoint (pytest-django's ``db``), so what a
    test changes is undone before the next. pytest-django runs transactional
    tests after all others; the shared transaction ends before the first of
    them, and they build their own data (``committed_course``).
    """
    shared = SharedTransaction(django_db_blocker)
    shared.begin()
    try:
        yield django_db_blocker
    finally:
        shared.end()


@pytest.fixture(scope="module")
def _module_course(shared_db):
    from tests.factories import build_site

    with shared_db.unblock():
        return build_site().pk


def _transactional(request) -> bool:
    marker = request.node.get_closest_marker("django_db")
    return bool(marker and _marked_transactional(marker))


@pytest.fixture
def course(request, _module_course, db):
    """The mini course (tests/factories.py), built once per module: each test
    gets it fresh from the database, and its changes are rolled back."""
    from courses.models import CoursePage

    if _transactional(request):
        pytest.fail("a transactional test uses `committed_course`, not `course`")
    return CoursePage.objects.get(pk=_module_course)


@pytest.fixture
def committed_course(transactional_db):
    """The mini course for transactional tests (another process reads it)."""
    from tests.factories import build_site

    return build_site()


@pytest.fixture
def admin_user(admin_user):
    """pytest-django's superuser, with the authenticator app the platform
    requires of site admins (MFA_REQUIRED)."""
    from tests.factories import activate_mfa

    activate_mfa(admin_user)
    return admin_user


@pytest.fixture(autouse=True)
def _force_login_includes_the_code(monkeypatch):
    """``force_login`` stands for a finished sign-in, which for a user with an
    authenticator app includes its code: allauth records that step in the
    session, and the two-step gate (``accounts/mfa.py``) asks for a code when
    it is missing. Tests of a sign-in without the code use the sign-in form."""
    from allauth.account.internal.flows.login import record_authentication
    from allauth.mfa.models import Authenticator
    from django.http import HttpRequest
    from django.test.client import ClientMixin

    from accounts.mfa import SECOND_FACTORS

    force_login = ClientMixin.force_login

    def force_login_with_code(self, user, backend=None):
        force_login(self, user, backend)
        authenticator = Authenticator.objects.filter(
            user=user, type__in=SECOND_FACTORS
        ).first()
        if authenticator is None:
            return
        request = HttpRequest()
        request.session = self.session
        record_authentication(
            request, user, "mfa", id=authenticator.pk, type=authenticator.type
        )
        request.session.save()

    monkeypatch.setattr(ClientMixin, "force_login", force_login_with_code)
