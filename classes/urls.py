from django.urls import path

from . import views

app_name = "classes"

urlpatterns = [
    path("teach/", views.teacher_home, name="teacher_home"),
    path("teach/classes/<int:pk>/", views.class_detail, name="class_detail"),
]
