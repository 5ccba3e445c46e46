from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts.views import SignupView
from courses.offline import service_worker, web_manifest
from home.language import set_language
from home.serving import serve as serve_page
from home.views import get_help

# Every sign-in goes through allauth, whose rate limits stop password guessing:
# Django's admin login and Wagtail's own login forms only send people there.
admin.site.login = secure_admin_login(admin.site.login)
sign_in_redirect = RedirectView.as_view(pattern_name="account_login", query_string=True)
# 404, 403 and 429 (allauth's rate limits) are the templates of the same names;
# the 500 page gets its values from a handler that needs no database or cache.
handler500 = "elearn.errors.server_error"

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/login/", sign_in_redirect, name="wagtailadmin_login_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", set_language, name="set_language"),
    path("health/", include("ops.urls")),
    # Root-level so that the worker's scope is the whole site (courses/offline.py).
    path("sw.js", service_worker, name="service_worker"),
    path("manifest.webmanifest", web_manifest, name="web_manifest"),
]

urlpatterns += i18n_patterns(
    # Sign-up with the age check, before allauth's own view of the same name.
    path("accounts/signup/", SignupView.as_view(), name="account_signup"),
    path("accounts/", include("allauth.urls")),
    path("", include("accounts.urls")),
    path("help/", get_help, name="get_help"),
    path("_util/login/", sign_in_redirect, name="wagtailcore_login_redirect"),
    path("", include("courses.urls")),
    path("", include("assessments.urls")),
    path("", include("classes.urls")),
    path("", include("reports.urls")),
    # Wagtail's page serving with cached routes (home/serving.py); its other
    # URLs below stay reachable by name.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        wagtail_views.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    re_path(wagtail_urls.serve_pattern, serve_page, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif settings.SERVE_MEDIA:
    from elearn.media import serve_image

    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.+)$",
            serve_image,
            name="media_image",
        )
    ]
