"""The exports page for programme staff: request, follow, download."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accounts.permissions import can_view_export, programmes_exportable_by

from ..models import ExportJob, ExportStatus
from ..services_exports import (
    QUEUE_UNAVAILABLE,
    export_job_create,
    export_storage,
)


def _require_exporter(request):
    programmes = programmes_exportable_by(request.user)
    if not programmes.exists():
        raise PermissionDenied
    return programmes


@never_cache
@login_required
def export_list(request):
    programmes = _require_exporter(request)
    jobs = ExportJob.objects.filter(requested_by=request.user).select_related(
        "programme"
    )[:20]
    return render(
        request,
        "assessments/export_list.html",
        {"programmes": programmes, "jobs": jobs},
    )


@login_required
@require_POST
def export_create(request):
    programmes = _require_exporter(request)
    try:
        programme = programmes.get(pk=int(request.POST.get("programme", "")))
    except (ValueError, programmes.model.DoesNotExist):
        messages.error(request, _("Please choose one of your programmes."))
        return redirect("assessments:export_list")
    job = export_job_create(user=request.user, programme=programme)
    return redirect("assessments:export_detail", job_id=job.pk)


def _job_or_404(request, job_id) -> ExportJob:
    job = get_object_or_404(ExportJob.objects.select_related("programme"), pk=job_id)
    if not can_view_export(request.user, job):
        raise Http404
    return job


@never_cache
@login_required
def export_detail(request, job_id):
    _require_exporter(request)
    job = _job_or_404(request, job_id)
    running = job.status in (ExportStatus.QUEUED, ExportStatus.RUNNING)
    return render(
        request,
        "assessments/export_detail.html",
        {
            "job": job,
            "running": running,
            "queue_unavailable": job.error == QUEUE_UNAVAILABLE,
        },
    )


@never_cache
@login_required
def export_download(request, job_id):
    _require_exporter(request)
    job = _job_or_404(request, job_id)
    if job.status != ExportStatus.DONE or not job.file_name:
        raise Http404
    if job.expires_at and job.expires_at <= timezone.now():
        raise Http404
    storage = export_storage()
    if not storage.exists(job.file_name):
        raise Http404
    return FileResponse(
        storage.open(job.file_name, "rb"),
        as_attachment=True,
        filename=job.file_name.rsplit("/", 1)[-1],
        content_type="text/csv; charset=utf-8",
    )
