"""Do once, before gunicorn forks its workers, what every worker's first
request would otherwise do: import the URLconf and the cache client, load the
translation catalogues and compile the site's templates.

gunicorn loads the application in its master process (``preload_app``) and
calls :func:`warm_up` from its ``when_ready`` hook (``deploy/gunicorn.conf.py``);
every worker, including those that replace recycled ones, is forked from the
warmed master and shares that memory. Measured on the benchmark machine: a
new worker's first lesson took about 0.6 s instead of 25 ms, so each recycle
showed up in the slowest requests.

Nothing here touches the database: a connection opened in the master would be
shared by every forked worker. Connections are closed at the end anyway.
"""

import logging
import time
from pathlib import Path

logger = logging.getLogger(__name__)


def warm_up() -> None:
    from django.conf import settings
    from django.core.cache import cache
    from django.db import connections
    from django.template import TemplateDoesNotExist, TemplateSyntaxError
    from django.template.loader import get_template
    from django.urls import get_resolver
    from django.utils import translation

    from home.content_cache import release

    started = time.monotonic()
    get_resolver().url_patterns  # noqa: B018 - imports every urls module
    get_resolver()._populate()
    cache._cache  # noqa: B018 - imports the cache client library
    release()  # hashes the code once, for every worker
    for code, _name in settings.LANGUAGES:
        translation.trans_real.translation(code)
    templates = 0
    for folder in settings.TEMPLATES[0]["DIRS"]:
        for path in sorted(Path(folder).rglob("*.html")):
            try:
                get_template(path.relative_to(folder).as_posix())
            except (TemplateDoesNotExist, TemplateSyntaxError):
                logger.exception("Template %s does not compile", path)
            else:
                templates += 1
    connections.close_all()
    logger.info(
        "Warmed up in %.2f s: URLs, cache client, %d languages, %d templates",
        time.monotonic() - started,
        len(settings.LANGUAGES),
        templates,
    )
