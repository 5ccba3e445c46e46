"""Teacher, school-administrator, programme-staff and join-by-code pages.

Views stay thin: permissions come from ``accounts.permissions`` (a class or
student that is not yours is a 404), writes from ``services``, reads from
``selectors``.
"""

import csv
import io
import uuid

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accounts import ratelimit
from accounts.backends import PASSWORD_BACKEND
from accounts.permissions import (
    can_open_teacher_pages,
    classes_visible_to,
    is_teacher,
    programmes_overview_for,
    schools_administered_by,
    schools_for_new_class,
)
from accounts.pictures import picture_labels
from assessments.exports import class_pseudonym_key, pseudonym, sanitise_cell
from courses.models import CoursePage

from . import roster, selectors, services
from .forms import (
    AssignmentForm,
    ClassForm,
    JoinCodeForm,
    JoinForm,
    MoveForm,
    NewClassForm,
    PersonForm,
    ResetPasswordForm,
    RosterUploadForm,
)
from .models import ClassMembership, SchoolClass

JOIN_ACTION = "class-join"
# How long a roster upload's form token is remembered, so that reloading the
# result page does not create the accounts twice.
ROSTER_TOKEN_SECONDS = 24 * 3600


def _join_limit() -> tuple[int, int]:
    return settings.CLASS_JOIN_RATE_LIMIT, settings.CLASS_JOIN_RATE_WINDOW


def _my_class(request, pk: int) -> SchoolClass:
    """The class if the user may see it; 404 otherwise (never 403)."""
    school_class = (
        classes_visible_to(request.user)
        .select_related("school__programme")
        .filter(pk=pk)
    ).first()
    if school_class is None:
        raise Http404
    return school_class


def _my_student(school_class: SchoolClass, learner_pk: int):
    membership = (
        ClassMembership.objects.filter(school_class=school_class, learner_id=learner_pk)
        .select_related("learner")
        .first()
    )
    if membership is None:
        raise Http404
    return membership.learner


# ---------------------------------------------------------------- teachers


@never_cache
@login_required
def teacher_home(request):
    if not can_open_teacher_pages(request.user):
        raise PermissionDenied
    schools = list(schools_for_new_class(request.user))
    classes = list(classes_visible_to(request.user).select_related("school"))
    return render(
        request,
        "classes/teacher_home.html",
        {
            "classes": [c for c in classes if not c.archived],
            "archived_classes": [c for c in classes if c.archived],
            "can_create": bool(schools),
            "admin_schools": schools_administered_by(request.user),
        },
    )


@never_cache
@login_required
def class_create(request):
    schools = schools_for_new_class(request.user)
    if not schools.exists():
        raise PermissionDenied
    form = NewClassForm(request.POST or None, schools=schools)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        school_class = services.class_create(
            teacher=request.user,
            school=data["school"],
            name=data["name"],
            grade=data["grade"],
            language=data["language"],
            academic_year=data["academic_year"],
        )
        messages.success(request, _("Class created. Share its join code."))
        return redirect("classes:class_detail", school_class.pk)
    return render(request, "classes/class_form.html", {"form": form})


@never_cache
@login_required
def class_edit(request, pk: int):
    school_class = _my_class(request, pk)
    form = ClassForm(request.POST or None, instance=school_class)
    if request.method == "POST" and form.is_valid():
        services.class_update(
            school_class=school_class,
            by=request.user,
            **{f: form.cleaned_data[f] for f in ClassForm.Meta.fields},
        )
        messages.success(request, _("Class saved."))
        return redirect("classes:class_edit", pk)
    return render(
        request,
        "classes/class_edit.html",
        {
            "school_class": school_class,
            "form": form,
            "person_form": PersonForm(),
            "teachers": school_class.teachers.order_by("username"),
        },
    )


@require_POST
@login_required
def class_teacher_add(request, pk: int):
    school_class = _my_class(request, pk)
    form = PersonForm(request.POST)
    if form.is_valid():
        try:
            user = services.class_add_co_teacher(
                school_class=school_class,
                identifier=form.cleaned_data["identifier"],
                by=request.user,
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("%(name)s now teaches this class.")
                % {"name": user.get_display_name()},
            )
    else:
        messages.error(request, _("Write a username or an e-mail address."))
    return redirect("classes:class_edit", pk)


@require_POST
@login_required
def class_archive(request, pk: int):
    school_class = _my_class(request, pk)
    archived = request.POST.get("archived") == "1"
    services.class_set_archived(
        school_class=school_class, archived=archived, by=request.user
    )
    messages.success(
        request,
        _("Class archived: its join code no longer works.")
        if archived
        else _("Class restored."),
    )
    return redirect("classes:class_edit", pk)


@never_cache
@login_required
def class_detail(request, pk: int):
    """The class dashboard: students × lessons, pre/post, hard questions."""
    school_class = _my_class(request, pk)
    return render(
        request,
        "classes/class_detail.html",
        {
            "school_class": school_class,
            **selectors.class_dashboard(school_class=school_class),
        },
    )


@never_cache
@login_required
def class_report(request, pk: int):
    """A printable class report: the same figures, no forms."""
    school_class = _my_class(request, pk)
    return render(
        request,
        "classes/class_report.html",
        {
            "school_class": school_class,
            "printed_on": timezone.localdate(),
            **selectors.class_dashboard(school_class=school_class),
        },
    )


CSV_COLUMNS = ["student", "course", "lessons_done", "lessons_total", "status"] + [
    f"{phase}_{d}" for phase in ("pre", "post") for d in selectors.DOMAINS
]


@require_POST
@login_required
def class_csv(request, pk: int):
    """Download the class's progress; pseudonymised unless the programme allows names."""
    school_class = _my_class(request, pk)
    programme = school_class.school.programme
    named = programme.allow_named_class_export and request.POST.get("named") == "1"
    # Never the research exports' pseudonyms: see class_pseudonym_key.
    key = class_pseudonym_key(key=programme.pseudonym_key, class_id=school_class.pk)
    data = selectors.class_dashboard(school_class=school_class)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for entry in data["courses"]:
        for row in entry["rows"]:
            learner = row["learner"]
            who = (
                learner.get_display_name()
                if named
                else pseudonym(key=key, learner_id=learner.pk)
            )
            scores = []
            for phase in ("pre", "post"):
                submitted = selectors.submitted_scores(row[phase])
                scores += [
                    "" if submitted.get(d) is None else round(submitted[d], 1)
                    for d in selectors.DOMAINS
                ]
            writer.writerow(
                [
                    sanitise_cell(cell)
                    for cell in [
                        who,
                        entry["course"].title,
                        row["lessons_done"],
                        entry["lesson_total"],
                        row["status"],
                        *scores,
                    ]
                ]
            )
    services.logger.info(
        "class csv class=%s named=%s rows=%d by=%s",
        school_class.pk,
        named,
        sum(len(e["rows"]) for e in data["courses"]),
        request.user.pk,
    )
    response = HttpResponse(
        "\ufeff" + out.getvalue(), content_type="text/csv; charset=utf-8"
    )
    filename = f"class-{school_class.pk}-export-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


def _qr_svg(url: str) -> str:
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=12)
    return image.to_string(encoding="unicode")


@never_cache
@login_required
def class_join_sheet(request, pk: int):
    """A printable sheet with the class code and a QR code of the join address."""
    school_class = _my_class(request, pk)
    url = request.build_absolute_uri(
        reverse("classes:join") + f"?code={school_class.join_code}"
    )
    return render(
        request,
        "classes/join_sheet.html",
        {
            "school_class": school_class,
            "join_url": url,
            # Our own SVG from a URL we built; no user text inside.
            "qr_svg": mark_safe(_qr_svg(url)),
        },
    )


@never_cache
@login_required
def class_roster(request, pk: int):
    """Upload a roster CSV: all accounts or none, a per-row report, login cards."""
    school_class = _my_class(request, pk)
    form = RosterUploadForm(
        request.POST or None,
        request.FILES or None,
        initial={"token": uuid.uuid4().hex},
    )
    result = None
    if request.method == "POST" and form.is_valid():
        result = roster.parse_roster(
            form.cleaned_data["file"].read(), this_year=timezone.localdate().year
        )
        claim = f"roster-upload:{school_class.pk}:{form.cleaned_data['token']}"
        if result.ok and not cache.add(claim, 1, timeout=ROSTER_TOKEN_SECONDS):
            messages.error(
                request,
                _(
                    "This upload was already imported. To print a card again, "
                    "reset that student's password."
                ),
            )
            return redirect("classes:class_detail", pk)
        if result.ok:
            try:
                created = services.roster_import(
                    school_class=school_class,
                    rows=result.rows,
                    pictures=form.cleaned_data["pictures"],
                    by=request.user,
                )
            except Exception:
                cache.delete(claim)
                raise
            return render(
                request,
                "classes/login_cards.html",
                {
                    "school_class": school_class,
                    "cards": _cards(created),
                    "duplicates": result.duplicates,
                    "imported": len(created),
                },
            )
    return render(
        request,
        "classes/roster.html",
        {
            "school_class": school_class,
            "form": form,
            "result": result,
            "max_rows": roster.MAX_ROWS,
            "columns": roster.REQUIRED_COLUMNS,
        },
    )


def _cards(created) -> list[dict]:
    return [
        {
            "learner": new.user,
            "password": new.password,
            "pictures": picture_labels(new.pictures) if new.pictures else None,
        }
        for new in created
    ]


@login_required
def roster_template(request):
    if not (is_teacher(request.user) or schools_for_new_class(request.user).exists()):
        raise PermissionDenied
    response = HttpResponse(
        "\ufeff" + roster.template_csv(), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="class-roster-template.csv"'
    return response


@never_cache
@login_required
def student_detail(request, pk: int, learner_pk: int):
    school_class = _my_class(request, pk)
    learner = _my_student(school_class, learner_pk)
    other_classes = (
        classes_visible_to(request.user).filter(archived=False).exclude(pk=pk)
    )
    return render(
        request,
        "classes/student_detail.html",
        {
            "school_class": school_class,
            "learner": learner,
            "reset_form": ResetPasswordForm(
                initial={"pictures": learner.uses_picture_password}
            ),
            "move_form": MoveForm(classes=other_classes),
            **selectors.class_dashboard(school_class=school_class, learner=learner),
        },
    )


@require_POST
@never_cache
@login_required
def student_reset_password(request, pk: int, learner_pk: int):
    school_class = _my_class(request, pk)
    learner = _my_student(school_class, learner_pk)
    form = ResetPasswordForm(request.POST)
    form.is_valid()
    new = services.learner_reset_password(
        learner=learner,
        pictures=form.cleaned_data.get("pictures", False),
        by=request.user,
    )
    return render(
        request,
        "classes/login_cards.html",
        {"school_class": school_class, "cards": _cards([new]), "reset": True},
    )


@require_POST
@login_required
def student_move(request, pk: int, learner_pk: int):
    school_class = _my_class(request, pk)
    learner = _my_student(school_class, learner_pk)
    form = MoveForm(
        request.POST,
        classes=classes_visible_to(request.user).filter(archived=False).exclude(pk=pk),
    )
    if not form.is_valid():
        raise Http404
    to_class = form.cleaned_data["to_class"]
    try:
        services.learner_move(
            learner=learner, from_class=school_class, to_class=to_class, by=request.user
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("classes:student_detail", pk, learner_pk)
    messages.success(
        request,
        _("%(name)s moved to %(class)s.")
        % {"name": learner.get_display_name(), "class": to_class.name},
    )
    return redirect("classes:class_detail", pk)


@never_cache
@login_required
def class_assignments(request, pk: int):
    school_class = _my_class(request, pk)
    courses = CoursePage.objects.live().order_by("path")
    form = AssignmentForm(request.POST or None, courses=courses)
    if request.method == "POST":
        if request.POST.get("remove"):
            course = get_object_or_404(courses, pk=request.POST["remove"])
            services.assignment_remove(
                school_class=school_class, course=course, by=request.user
            )
            messages.success(request, _("Assignment removed."))
            return redirect("classes:class_assignments", pk)
        if form.is_valid():
            services.assignment_set(
                school_class=school_class,
                course=form.cleaned_data["course"],
                due_date=form.cleaned_data["due_date"],
                by=request.user,
            )
            messages.success(request, _("Course assigned."))
            return redirect("classes:class_assignments", pk)
    return render(
        request,
        "classes/assignments.html",
        {
            "school_class": school_class,
            "form": form,
            "assignments": school_class.assignments.select_related("course"),
        },
    )


# ---------------------------------------------------------------- school admins


@never_cache
@login_required
def school_detail(request, pk: int):
    school = get_object_or_404(schools_administered_by(request.user), pk=pk)
    return render(
        request,
        "classes/school_detail.html",
        {
            "school": school,
            "teachers": school.teachers.order_by("username"),
            "classes": school.classes.order_by("archived", "name"),
            "person_form": PersonForm(),
        },
    )


@require_POST
@login_required
def school_teacher_add(request, pk: int):
    school = get_object_or_404(schools_administered_by(request.user), pk=pk)
    form = PersonForm(request.POST)
    if form.is_valid():
        try:
            services.school_add_teacher(
                school=school,
                identifier=form.cleaned_data["identifier"],
                by=request.user,
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Teacher added."))
    return redirect("classes:school_detail", pk)


@require_POST
@login_required
def school_teacher_remove(request, pk: int, user_pk: int):
    school = get_object_or_404(schools_administered_by(request.user), pk=pk)
    teacher = get_object_or_404(school.teachers.all(), pk=user_pk)
    try:
        services.school_remove_teacher(school=school, teacher=teacher, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Teacher removed."))
    return redirect("classes:school_detail", pk)


# ---------------------------------------------------------------- programme staff


@never_cache
@login_required
def programme_overview(request, pk: int):
    """Aggregate figures per school; programme staff never see named class pages."""
    programme = get_object_or_404(programmes_overview_for(request.user), pk=pk)
    return render(
        request,
        "classes/programme_overview.html",
        {
            "programme": programme,
            "schools": selectors.programme_overview(programme=programme),
        },
    )


# ---------------------------------------------------------------- joining


@never_cache
@login_required
def joined(request):
    """After joining: the new username, to write down or print."""
    membership = (
        request.user.memberships.select_related("school_class")
        .order_by("-joined_at")
        .first()
    )
    return render(
        request,
        "classes/joined.html",
        {
            "school_class": membership.school_class if membership else None,
            "learner": request.user,
        },
    )


def _rate_limited(request) -> bool:
    limit, _window = _join_limit()
    return ratelimit.is_blocked(request, action=JOIN_ACTION, limit=limit)


def _wrong_code(request):
    _limit, window = _join_limit()
    ratelimit.record_failure(request, action=JOIN_ACTION, window_seconds=window)


def _too_many(request, form):
    return render(
        request,
        "classes/join.html",
        {"form": form, "too_many": True},
        status=429,
    )


@never_cache
def join(request):
    """Step 1: enter the class code. Wrong codes are counted per IP and limited."""
    form = JoinCodeForm(request.POST or None, initial={"code": request.GET.get("code")})
    if request.method == "POST":
        if _rate_limited(request):
            return _too_many(request, form)
        if form.is_valid():
            school_class = services.class_for_join_code(form.cleaned_data["code"])
            if school_class is not None:
                return redirect("classes:join_details", school_class.join_code)
            _wrong_code(request)
            form.add_error(
                "code",
                _(
                    "We could not find a class with this code. Check it with your teacher."
                ),
            )
    return render(request, "classes/join.html", {"form": form})


@never_cache
def join_details(request, code: str):
    """Step 2: pick a display name and a password or three pictures."""
    if _rate_limited(request):
        return _too_many(request, JoinCodeForm())
    school_class = services.class_for_join_code(code)
    if school_class is None:
        _wrong_code(request)
        messages.error(
            request,
            _("We could not find a class with this code. Check it with your teacher."),
        )
        return redirect("classes:join")
    form = JoinForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        pictures = data["kind"] == JoinForm.KIND_PICTURES
        with transaction.atomic():
            new = services.learner_join(
                school_class=school_class,
                display_name=data["display_name"],
                password="" if pictures else data["password1"],
                pictures=form.picture_keys() if pictures else None,
                # A child who joins in Arabic keeps Arabic after signing in.
                language=get_language(),
            )
        login(request, new.user, backend=PASSWORD_BACKEND)
        return redirect("classes:joined")
    return render(
        request,
        "classes/join_details.html",
        {"form": form, "school_class": school_class},
    )
