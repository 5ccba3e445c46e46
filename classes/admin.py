from django.contrib import admin

from .models import ClassAssignment, Programme, School, SchoolClass, SurveyWave


@admin.register(Programme)
class ProgrammeAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "allow_named_class_export", "keep_research_data")
    filter_horizontal = ("staff",)
    exclude = ("pseudonym_key",)


@admin.register(School)
class SchoolAdmin(admin.ModelAdmin):
    list_display = ("name", "programme", "country", "region")
    filter_horizontal = ("teachers", "admins")


class ClassAssignmentInline(admin.TabularInline):
    model = ClassAssignment
    extra = 0


@admin.register(SchoolClass)
class SchoolClassAdmin(admin.ModelAdmin):
    list_display = ("name", "school", "join_code", "archived")
    filter_horizontal = ("teachers",)
    inlines = [ClassAssignmentInline]


@admin.register(SurveyWave)
class SurveyWaveAdmin(admin.ModelAdmin):
    """Rounds of data collection; saving one stamps attempts that had none."""

    list_display = ("name", "code", "programme", "starts_on", "ends_on")
    list_filter = ("programme",)

    def save_model(self, request, obj, form, change):
        from .services import survey_waves_stamp

        super().save_model(request, obj, form, change)
        survey_waves_stamp(programme=obj.programme)
