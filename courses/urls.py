from django.urls import path

from . import offline, views

urlpatterns = [
    path("search/", views.search, name="lesson_search"),
    path("learn/", views.learner_dashboard, name="learner_dashboard"),
    path("learn/offline/", offline.offline_page, name="offline_page"),
    path(
        "learn/lesson/<int:lesson_id>/complete/",
        views.lesson_mark_complete,
        name="lesson_complete",
    ),
    path(
        "learn/certificates/<int:certificate_id>/",
        views.certificate_download,
        name="certificate_download",
    ),
]
