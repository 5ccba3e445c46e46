from django.urls import path

from .views import exports, paper, taking

app_name = "assessments"

urlpatterns = [
    path("learn/course/<int:course_id>/test/<str:phase>/", taking.take, name="take"),
    path(
        "learn/course/<int:course_id>/test/<str:phase>/answers/",
        taking.answers_sync,
        name="answers_sync",
    ),
    path(
        "learn/course/<int:course_id>/test/<str:phase>/logic/",
        taking.form_logic,
        name="form_logic",
    ),
    path("learn/course/<int:course_id>/results/", taking.results, name="results"),
    path(
        "teach/classes/<int:class_id>/paper/", paper.paper_choose, name="paper_choose"
    ),
    path(
        "teach/classes/<int:class_id>/paper/<int:course_id>/<str:phase>/",
        paper.paper_entry,
        name="paper_entry",
    ),
    path("teach/follow-ups/", paper.follow_up_flags, name="follow_up_flags"),
    path("evaluation/exports/", exports.export_list, name="export_list"),
    path("evaluation/exports/new/", exports.export_create, name="export_create"),
    path(
        "evaluation/exports/<uuid:job_id>/", exports.export_detail, name="export_detail"
    ),
    path(
        "evaluation/exports/<uuid:job_id>/download/",
        exports.export_download,
        name="export_download",
    ),
    path(
        "evaluation/exports/<uuid:job_id>/codebook/",
        exports.export_codebook,
        name="export_codebook",
    ),
]
