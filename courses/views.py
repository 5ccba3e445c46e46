from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from .models import Certificate, LessonPage
from .selectors import (
    learner_course_entries,
    lesson_access,
    lesson_navigation,
    lesson_search,
)
from .services import enrolment_mark_complete_if_done, lesson_complete


@login_required
@require_POST
def lesson_mark_complete(request, lesson_id: int):
    """Record the lesson as done and go to the next step.

    A lesson marked done offline is sent later by the page's script, asking for
    JSON (``Accept: application/json``): the reply says whether it is stored,
    or why not, instead of redirecting. Marking a lesson done twice is safe.
    """
    wants_json = "application/json" in request.headers.get("Accept", "")
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    course = lesson.get_course()
    refusal = lesson_access(user=request.user, course=course)
    if refusal is not None:
        if wants_json:
            return JsonResponse({"error": refusal.message()}, status=409)
        return refusal.response(request, course)
    lesson_complete(learner=request.user, lesson=lesson)
    enrolment_mark_complete_if_done(learner=request.user, course=course)
    if wants_json:
        return JsonResponse({"done": True})
    navigation = lesson_navigation(user=request.user, course=course, lesson=lesson)
    if navigation["next_lesson"] is not None:
        return redirect(navigation["next_lesson"].url)
    messages.success(request, _("Well done! You have finished all the lessons."))
    return redirect(course.url)


@never_cache
@login_required
def learner_dashboard(request):
    """My courses: those assigned through my classes first, then the others."""
    entries = learner_course_entries(user=request.user)
    return render(request, "courses/learner_dashboard.html", {"entries": entries})


@never_cache
@login_required
def certificate_download(request, certificate_id: int):
    """Send the learner their own certificate; anyone else gets a 404."""
    certificate = get_object_or_404(
        Certificate, pk=certificate_id, learner=request.user
    )
    if certificate.status != Certificate.Status.READY or not certificate.file:
        raise Http404
    course_slug = certificate.course.slug
    return FileResponse(
        certificate.file.open("rb"),
        as_attachment=True,
        filename=f"certificate-{course_slug}.pdf",
        content_type="application/pdf",
    )


def search(request):
    """Search the published lessons in the current language (a GET form)."""
    query = request.GET.get("q", "")
    results = lesson_search(
        user=request.user, query=query, language=get_language() or "en"
    )
    return render(
        request,
        "courses/search.html",
        {"query": query.strip()[:100], "results": results},
    )
