from django.urls import path

from . import views

urlpatterns = [
    path("learn/", views.learner_dashboard, name="learner_dashboard"),
    path(
        "learn/lesson/<int:lesson_id>/complete/",
        views.lesson_mark_complete,
        name="lesson_complete",
    ),
]
