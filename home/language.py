"""Which language a visitor sees, and which page version they get.

* First visit: ``LocaleMiddleware`` follows the browser's Accept-Language (or the
  language cookie) and redirects ``/`` to ``/<lang>/``.
* Switching: :func:`set_language` keeps the visitor on the same page in the
  other language and, for signed-in users, remembers the choice in
  ``User.preferred_language``.
* Signing in: :func:`remember_language_at_login` notes the user's preferred
  language; :class:`UserLanguageMiddleware` sends the redirect after sign-in to
  that language and sets the language cookie.
* Fallback: :class:`TranslationFallbackMiddleware` serves a page that has no
  translation yet in its source language (``base.html`` then shows a notice)
  instead of a 404.
"""

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.urls import Resolver404, resolve, translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.i18n import set_language as django_set_language
from wagtail import hooks
from wagtail.models import Locale, Page, Site

WAGTAIL_SERVE = "wagtail_serve"


def supported_language(code: str | None) -> str | None:
    """Return ``code`` if it is one of ``settings.LANGUAGES``, else ``None``."""
    codes = {code for code, _name in settings.LANGUAGES}
    return code if code in codes else None


def _walk(root: Page, components: list[str]) -> Page | None:
    """Return the live page at ``components`` below ``root`` (slug by slug)."""
    page = root
    for slug in components:
        page = page.get_children().live().filter(slug=slug).first()
        if page is None:
            return None
    return page


def path_language(path: str) -> str | None:
    """Return the language prefix of a local path such as ``/es/courses/``."""
    return supported_language(path.lstrip("/").split("/", 1)[0])


def page_for_path(request, path: str) -> Page | None:
    """Return the Wagtail page a language-prefixed path shows, if it is one."""
    language = path_language(path)
    try:
        # i18n_patterns only resolve the active language's prefix.
        with translation.override(language or translation.get_language()):
            match = resolve(path.split("?", 1)[0])
    except Resolver404:
        return None
    if match.url_name != WAGTAIL_SERVE:
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [c for c in (match.args or [""])[0].split("/") if c]
    root = site.root_page
    locale = Locale.objects.filter(language_code=language).first()
    localized_root = root.get_translation_or_none(locale) if locale else None
    for start in (localized_root, root):
        if start is not None:
            page = _walk(start, components)
            if page is not None:
                return page
    return None


def url_in_language(request, url: str, language: str) -> str:
    """Return ``url`` (a local path) as the same page in ``language``.

    A Wagtail page goes to its translation in that language, or to the
    language-prefixed path of the source page if it has none (which the
    fallback serves with a notice); other views keep their path.
    """
    page = page_for_path(request, url)
    if page is not None:
        locale = Locale.objects.filter(language_code=language).first()
        translated = page.get_translation_or_none(locale) if locale else None
        if translated is not None and translated.live:
            return translated.get_url(request=request) or url
    with translation.override(path_language(url) or translation.get_language()):
        return translate_url(url, language)


def user_language_set(*, user, language: str) -> None:
    """Remember a signed-in user's interface language."""
    if supported_language(language) and user.preferred_language != language:
        user.preferred_language = language
        user.save(update_fields=["preferred_language"])


def set_language(request):
    """Switch language, stay on the same page, remember it for signed-in users."""
    response = django_set_language(request)
    language = supported_language(request.POST.get("language"))
    if request.method != "POST" or language is None:
        return response
    if request.user.is_authenticated:
        user_language_set(user=request.user, language=language)
    next_url = request.POST.get("next", "")
    if isinstance(response, HttpResponseRedirect) and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        response["Location"] = url_in_language(request, next_url, language)
    return response


@receiver(user_logged_in)
def remember_language_at_login(sender, request, user, **kwargs):
    """Note the user's preferred language; the middleware applies it.

    The active language is not switched here: the redirect that follows sign-in
    is moved to the preferred language by :class:`UserLanguageMiddleware`.
    """
    language = supported_language(getattr(user, "preferred_language", ""))
    if request is None or language is None:
        return
    request._language_after_login = language


def _set_language_cookie(response, language: str) -> None:
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )


class UserLanguageMiddleware:
    """After sign-in, continue in the user's preferred language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        language = getattr(request, "_language_after_login", None)
        if language:
            location = response.get("Location", "")
            if response.status_code in (301, 302, 303) and location.startswith("/"):
                response["Location"] = url_in_language(request, location, language)
            _set_language_cookie(response, language)
        return response


class TranslationFallbackMiddleware:
    """Serve an untranslated page in its source language instead of a 404.

    When ``/<lang>/<path>/`` finds no page in that language's tree, the same path
    is looked up in the site's source tree. If the page there has a translation
    (under another slug) the visitor is redirected to it; otherwise the source
    page is served as it is, with the interface still in ``<lang>``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        match = getattr(request, "resolver_match", None)
        if not isinstance(exception, Http404) or match is None:
            return None
        if match.url_name != WAGTAIL_SERVE or request.method not in ("GET", "HEAD"):
            return None
        site = Site.find_for_request(request)
        if site is None:
            return None
        path = (match.args or [""])[0]
        components = [c for c in path.split("/") if c]
        try:
            page, args, kwargs = site.root_page.specific.route(request, components)
        except Http404:
            return None
        language = translation.get_language()
        locale = Locale.objects.filter(language_code=language).first()
        translated = page.get_translation_or_none(locale) if locale else None
        if translated is not None and translated.live:
            url = translated.get_url(request=request)
            if url and url != request.path:
                return HttpResponseRedirect(url)
        for fn in hooks.get_hooks("before_serve_page"):
            result = fn(page, request, args, kwargs)
            if isinstance(result, HttpResponse):
                return result
        return page.serve(request, *args, **kwargs)
