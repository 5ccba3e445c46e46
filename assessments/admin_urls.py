from django.urls import path

from .views import admin_imports

app_name = "assessments_admin"

urlpatterns = [
    path(
        "import-xlsform/",
        admin_imports.InstrumentImportView.as_view(),
        name="import_instrument",
    ),
    path(
        "export-xlsform/",
        admin_imports.InstrumentExportView.as_view(),
        name="export_instrument",
    ),
    path(
        "import-responses/",
        admin_imports.ResponsesImportView.as_view(),
        name="import_responses",
    ),
]
