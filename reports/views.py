"""The KAP evaluation report page for programme staff, and its downloads."""

import json
import logging

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, QueryDict
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from accounts.permissions import programmes_exportable_by

from .forms import ReportFilterForm
from .presentation import PdfUnavailable, render_pdf, render_standalone, report_context
from .selectors import kap_report

logger = logging.getLogger(__name__)

FORMATS = {"html", "pdf", "json"}


def _programmes_or_403(request):
    programmes = programmes_exportable_by(request.user)
    if not programmes.exists():
        raise PermissionDenied
    return programmes


def _check_programme(request, programmes) -> None:
    """A programme id the user does not belong to (or a forged one) is a 404."""
    raw = request.GET.get("programme")
    if raw is None:
        return
    try:
        pk = int(raw)
    except ValueError:
        raise Http404 from None
    if not programmes.filter(pk=pk).exists():
        raise Http404


@never_cache
@login_required
def kap_report_view(request):
    """Show the report for the chosen filters; download it as HTML, PDF or JSON."""
    programmes = _programmes_or_403(request)
    _check_programme(request, programmes)
    if "programme" in request.GET:
        form = ReportFilterForm(request.GET, programmes=programmes)
    else:
        form = ReportFilterForm(
            programmes=programmes,
            data={
                "programme": programmes.order_by("name").first().pk,
                "cross_a": "gender",
                "cross_b": "age_band",
            },
        )
    context = {"form": form}
    if not form.is_valid():
        return render(request, "reports/report_page.html", context, status=400)
    report = kap_report(
        filters=form.filters(),
        combinations=form.combinations(),
        questions=form.questions(),
    )
    programme = form.cleaned_data["programme"]
    title = _("KAP evaluation report: %(programme)s") % {"programme": programme.name}
    output = request.GET.get("format", "")
    if output in FORMATS:
        logger.info(
            "kap_report download user=%s programme=%s format=%s filters=%s",
            request.user.pk,
            programme.pk,
            output,
            json.dumps(report["filters"], sort_keys=True),
        )
        stem = f"{programme.slug}-kap-report-{timezone.localdate().isoformat()}"
        if output == "json":
            response = HttpResponse(
                json.dumps(report, allow_nan=False, ensure_ascii=False, indent=2),
                content_type="application/json; charset=utf-8",
            )
        else:
            html = render_standalone(report, title=title, filters_text=form.describe())
            if output == "html":
                response = HttpResponse(html, content_type="text/html; charset=utf-8")
            else:
                try:
                    pdf = render_pdf(html)
                except PdfUnavailable:
                    return HttpResponse(
                        _("PDF output is not available on this server."),
                        status=503,
                        content_type="text/plain; charset=utf-8",
                    )
                response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="{stem}.{output}"'
        return response
    context |= report_context(report) | {
        "title": title,
        "query": request.GET.urlencode() or form_query(form),
    }
    return render(request, "reports/report_page.html", context)


def form_query(form) -> str:
    """The query string of the default filters, for the download links."""
    query = QueryDict(mutable=True)
    for key, value in form.data.items():
        query[key] = value
    return query.urlencode()
