from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("privacy/", views.privacy_notice, name="privacy_notice"),
    path("privacy/full/", views.privacy_notice_full, name="privacy_notice_full"),
    path("too-young/", views.too_young, name="too_young"),
    path("ask-a-parent/", views.ask_parent, name="ask_parent"),
    path("parent-consent/<str:token>/", views.parent_consent, name="parent_consent"),
    path("my-data/", views.my_data, name="my_data"),
    path("my-data/download/", views.data_download, name="data_download"),
    path("my-data/delete/", views.account_delete, name="account_delete"),
    path(
        "my-data/children/<int:user_pk>/download/",
        views.data_download,
        name="child_data_download",
    ),
    path(
        "my-data/children/<int:user_pk>/delete/",
        views.account_delete,
        name="child_account_delete",
    ),
    path(
        "my-data/consents/<int:consent_pk>/withdraw/",
        views.consent_withdraw,
        name="consent_withdraw",
    ),
]
