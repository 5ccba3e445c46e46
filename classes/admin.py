from django.contrib import admin

from .models import ClassAssignment, Programme, School, SchoolClass


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
