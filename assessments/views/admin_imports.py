"""Wagtail admin pages: upload an XLSForm, download one, upload responses.

Registered in ``wagtail_hooks``; Wagtail already requires admin access, and
each view checks its own model permission.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..forms import InstrumentExportForm, InstrumentImportForm, ResponsesImportForm
from ..services_imports import (
    ImportRejected,
    instrument_export,
    instrument_import,
    responses_import,
)
from ..xlsform import XLSFormError, parse_form


class _PermissionFormView(WagtailAdminTemplateMixin, FormView):
    permission = ""
    template_name = "assessments/admin/upload.html"
    header_icon = "upload"
    intro = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["intro"] = self.intro
        context.setdefault("import_errors", [])
        return context

    def rejected(self, form, errors: list[str]):
        messages.error(self.request, _("Nothing was imported."))
        return self.render_to_response(
            self.get_context_data(form=form, import_errors=errors), status=400
        )


class InstrumentImportView(_PermissionFormView):
    permission = "assessments.add_instrument"
    form_class = InstrumentImportForm
    page_title = gettext_lazy("Import a test from XLSForm")
    intro = gettext_lazy(
        "The form is read with pyxform, as KoboToolbox and ODK read it, and "
        "checked as a whole first; if anything is wrong, nothing is imported "
        "and every problem is listed with its sheet, row and column. What the "
        "platform cannot ask (a photo, a location) is left out with a warning."
    )

    def form_valid(self, form):
        try:
            upload = form.cleaned_data["file"]
            parsed = parse_form(upload.read(), upload.name)
            instrument = instrument_import(form=parsed)
        except (XLSFormError, ImportRejected) as error:
            return self.rejected(form, error.errors)
        for warning in parsed.warnings:
            messages.warning(self.request, warning)
        messages.success(
            self.request,
            _("Imported %(code)s: %(n)d questions in %(langs)s.")
            % {
                "code": instrument.code,
                "n": len(parsed.items),
                "langs": ", ".join(parsed.languages),
            },
        )
        return redirect("wagtailsnippets_assessments_instrument:list")


class InstrumentExportView(_PermissionFormView):
    permission = "assessments.view_instrument"
    form_class = InstrumentExportForm
    page_title = gettext_lazy("Download a test as XLSForm")
    header_icon = "download"
    intro = gettext_lazy(
        "The workbook holds the test in every language it is translated into."
    )

    def form_valid(self, form):
        instrument = form.cleaned_data["instrument"]
        data = instrument_export(instrument=instrument)
        response = HttpResponse(
            data,
            content_type=(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            ),
        )
        filename = f"{slugify(instrument.code)}-xlsform.xlsx"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "no-store"
        return response


class ResponsesImportView(_PermissionFormView):
    permission = "assessments.import_responses"
    form_class = ResponsesImportForm
    page_title = gettext_lazy("Import responses")
    intro = gettext_lazy(
        "A long CSV, one answer per row, or a KoboToolbox or ODK Central data "
        "export, one submission per row. Learners not seen before get a "
        "pseudonymous record. All rows are imported, or none; a submission "
        "imported before is skipped."
    )

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            summary = responses_import(
                data=data["file"].read(),
                instrument=data["instrument"],
                course=data["course"],
                programme=data["programme"],
                entered_by=self.request.user,
                learner_column=data["learner_column"],
                phase=data["phase"],
                phase_column=data["phase_column"],
                ignore_columns=data["ignore_columns"].replace(",", " ").split(),
            )
        except ImportRejected as error:
            return self.rejected(form, error.errors)
        messages.success(
            self.request,
            _(
                "Imported %(r)d answers in %(a)d attempts; %(l)d new pseudonymous "
                "learners."
            )
            % {
                "r": summary.responses,
                "a": summary.attempts,
                "l": summary.learners_created,
            },
        )
        if summary.already_imported:
            messages.info(
                self.request,
                _(
                    "%(n)d submissions were imported before, with the same "
                    "answers: skipped."
                )
                % {"n": summary.already_imported},
            )
        if summary.hidden_answers:
            messages.info(
                self.request,
                _(
                    "%(n)d answers to questions the form's skip logic hides were "
                    "not stored."
                )
                % {"n": summary.hidden_answers},
            )
        if summary.ignored_columns:
            messages.info(
                self.request,
                _("Not imported (not questions of this test): %(c)s")
                % {"c": ", ".join(summary.ignored_columns)},
            )
        if set(summary.by_version) - {data["instrument"].version}:
            messages.info(
                self.request,
                _("Attempts by version of the form: %(v)s")
                % {
                    "v": ", ".join(
                        f"{version or '—'}: {n}"
                        for version, n in sorted(summary.by_version.items())
                    )
                },
            )
        return redirect("assessments_admin:import_responses")
