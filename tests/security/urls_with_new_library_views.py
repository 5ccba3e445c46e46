"""The site's URLs plus views a library might add in a minor release, for
``TestEnumeration.test_a_library_url_falls_under_its_rule_only_when_the_matrix_has_one``."""

from allauth.account import views as allauth_views
from django.contrib.auth import views as django_auth_views
from django.urls import path

from elearn.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    path(
        "en/accounts/added/<str:key>/<int:pk>/",
        allauth_views.email,
        name="account_added_in_a_minor_release",
    ),
    path("en/elsewhere/", allauth_views.email, name="allauth_outside_its_prefix"),
    path(
        "en/accounts/other/",
        django_auth_views.LoginView.as_view(),
        name="other_library_view",
    ),
    *site_urlpatterns,
]
