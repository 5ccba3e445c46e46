from django.contrib import admin

from .models import Programme, School, SchoolClass


@admin.register(Programme)
class ProgrammeAdmin(admin.ModelAdmin):
    list_display = ("name", "slug")
    filter_horizontal = ("staff",)
    exclude = ("pseudonym_key",)


@admin.register(School)
class SchoolAdmin(admin.ModelAdmin):
    list_display = ("name", "programme", "country", "region")
    filter_horizontal = ("teachers",)


@admin.register(SchoolClass)
class SchoolClassAdmin(admin.ModelAdmin):
    list_display = ("name", "school", "join_code", "archived")
    filter_horizontal = ("teachers", "courses")
