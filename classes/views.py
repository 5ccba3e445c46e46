from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from accounts.permissions import classes_visible_to, is_teacher

from .selectors import class_progress_list


@never_cache
@login_required
def teacher_home(request):
    if not is_teacher(request.user):
        raise PermissionDenied
    classes = classes_visible_to(request.user).select_related("school")
    return render(request, "classes/teacher_home.html", {"classes": classes})


@never_cache
@login_required
def class_detail(request, pk: int):
    """One class: each student's progress and pre/post scores. 404 if not yours."""
    school_class = (
        classes_visible_to(request.user).select_related("school").filter(pk=pk).first()
    )
    if school_class is None:
        raise Http404
    return render(
        request,
        "classes/class_detail.html",
        {
            "school_class": school_class,
            **class_progress_list(school_class=school_class),
        },
    )
