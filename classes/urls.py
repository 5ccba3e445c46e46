from django.urls import path

from accounts.views import picture_login

from . import views

app_name = "classes"

urlpatterns = [
    path("join/", views.join, name="join"),
    path("join/welcome/", views.joined, name="joined"),
    path("join/<str:code>/", views.join_details, name="join_details"),
    path("sign-in/pictures/", picture_login, name="picture_login"),
    path("teach/", views.teacher_home, name="teacher_home"),
    path("teach/classes/new/", views.class_create, name="class_create"),
    path("teach/roster-template.csv", views.roster_template, name="roster_template"),
    path("teach/classes/<int:pk>/", views.class_detail, name="class_detail"),
    path("teach/classes/<int:pk>/edit/", views.class_edit, name="class_edit"),
    path(
        "teach/classes/<int:pk>/teachers/",
        views.class_teacher_add,
        name="class_teacher_add",
    ),
    path("teach/classes/<int:pk>/archive/", views.class_archive, name="class_archive"),
    path("teach/classes/<int:pk>/report/", views.class_report, name="class_report"),
    path("teach/classes/<int:pk>/export.csv", views.class_csv, name="class_csv"),
    path(
        "teach/classes/<int:pk>/join-sheet/", views.class_join_sheet, name="join_sheet"
    ),
    path("teach/classes/<int:pk>/roster/", views.class_roster, name="class_roster"),
    path(
        "teach/classes/<int:pk>/assignments/",
        views.class_assignments,
        name="class_assignments",
    ),
    path(
        "teach/classes/<int:pk>/students/<int:learner_pk>/",
        views.student_detail,
        name="student_detail",
    ),
    path(
        "teach/classes/<int:pk>/students/<int:learner_pk>/reset/",
        views.student_reset_password,
        name="student_reset",
    ),
    path(
        "teach/classes/<int:pk>/students/<int:learner_pk>/move/",
        views.student_move,
        name="student_move",
    ),
    path("teach/schools/<int:pk>/", views.school_detail, name="school_detail"),
    path(
        "teach/schools/<int:pk>/teachers/",
        views.school_teacher_add,
        name="school_teacher_add",
    ),
    path(
        "teach/schools/<int:pk>/teachers/<int:user_pk>/remove/",
        views.school_teacher_remove,
        name="school_teacher_remove",
    ),
    path("programme/<int:pk>/", views.programme_overview, name="programme_overview"),
]
