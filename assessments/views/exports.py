"""The exports page for programme staff: request, follow, download."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accounts.permissions import can_view_export, programmes_exportable_by

from ..export_forms import ExportForm
from ..exports import FileFormat
from ..models import ExportJob, ExportStatus
from ..services_exports import (
    QUEUE_UNAVAILABLE,
    export_job_create,
    export_job_downloaded,
    export_storage,
)


def _require_exporter(request):
    programmes = programmes_exportable_by(request.user)
    if not programmes.exists():
        raise PermissionDenied
    return programmes


def _list_page(request, form, status=200):
    jobs = ExportJob.objects.filter(requested_by=request.user).select_related(
        "programme"
    )[:20]
    return render(
        request,
        "assessments/export_list.html",
        {"form": form, "jobs": jobs},
        status=status,
    )


@never_cache
@login_required
def export_list(request):
    _require_exporter(request)
    return _list_page(request, ExportForm(user=request.user))


@never_cache
@login_required
@require_POST
def export_create(request):
    _require_exporter(request)
    form = ExportForm(request.POST, user=request.user)
    if not form.is_valid():
        return _list_page(request, form, status=400)
    job = export_job_create(
        user=request.user,
        programme=form.cleaned_data["programme"],
        dataset=form.cleaned_data["dataset"],
        file_format=form.cleaned_data["file_format"],
        params=form.scope().as_params(),
    )
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
            "format_label": FileFormat.SHORT_LABELS.get(job.file_format, ""),
            "queue_unavailable": job.error == QUEUE_UNAVAILABLE,
        },
    )


def _serve(job: ExportJob, name: str, content_type: str, user):
    if job.status != ExportStatus.DONE or not name:
        raise Http404
    if job.expires_at and job.expires_at <= timezone.now():
        raise Http404
    storage = export_storage()
    if not storage.exists(name):
        raise Http404
    export_job_downloaded(
        job=job,
        user=user,
        part="codebook" if name == job.codebook_file_name else "data",
        channel="web",
    )
    return FileResponse(
        storage.open(name, "rb"),
        as_attachment=True,
        filename=name.rsplit("/", 1)[-1],
        content_type=content_type,
    )


@never_cache
@login_required
def export_download(request, job_id):
    _require_exporter(request)
    job = _job_or_404(request, job_id)
    return _serve(
        job,
        job.file_name,
        FileFormat.CONTENT_TYPES.get(job.file_format, "application/octet-stream"),
        request.user,
    )


@never_cache
@login_required
def export_codebook(request, job_id):
    _require_exporter(request)
    job = _job_or_404(request, job_id)
    return _serve(job, job.codebook_file_name, "text/csv; charset=utf-8", request.user)
