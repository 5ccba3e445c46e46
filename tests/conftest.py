import pytest


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


@pytest.fixture
def course(db):
    from tests.factories import build_site

    return build_site()


@pytest.fixture
def admin_user(admin_user):
    """pytest-django's superuser, with the authenticator app the platform
    requires of site admins (MFA_REQUIRED)."""
    from tests.factories import activate_mfa

    activate_mfa(admin_user)
    return admin_user
