import pytest


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate-limit counters and cached fragments never leak between tests."""
    from django.core.cache import cache

    cache.clear()
    yield


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
