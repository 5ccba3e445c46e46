from django.urls import path

from .views import exports, taking

app_name = "assessments"

urlpatterns = [
    path("learn/course/<int:course_id>/test/<str:phase>/", taking.take, name="take"),
    path("learn/course/<int:course_id>/results/", taking.results, name="results"),
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
