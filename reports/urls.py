from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("evaluation/report/", views.kap_report_view, name="kap_report"),
]
