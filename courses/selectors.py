"""Reads about courses and a learner's progress through them."""

import datetime
import uuid
from dataclasses import dataclass

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .models import (
    CHILD_AUDIENCES,
    Audience,
    Certificate,
    CoursePage,
    LessonCompletion,
    LessonPage,
    ModulePage,
)


def completed_lesson_keys(*, user, course: CoursePage) -> set:
    if not getattr(user, "is_authenticated", False):
        return set()
    return set(
        LessonCompletion.objects.filter(
            learner=user, course_key=course.translation_key
        ).values_list("lesson_key", flat=True)
    )


def course_progress(*, user, course: CoursePage, lessons=None, done_keys=None) -> dict:
    """Return ``{"lessons": [...], "done": n, "total": n, "percent": p}``.

    Each lesson entry is ``{"page": LessonPage, "done": bool}`` (or an
    :class:`OutlineLink` for ``page`` when ``lessons`` is the course outline).
    ``done_keys`` (the learner's finished lessons) saves the query.
    """
    lessons = list(course.get_lessons() if lessons is None else lessons)
    if done_keys is None:
        done_keys = completed_lesson_keys(user=user, course=course)
    entries = [{"page": p, "done": p.translation_key in done_keys} for p in lessons]
    done = sum(1 for e in entries if e["done"])
    total = len(entries)
    return {
        "lessons": entries,
        "done": done,
        "total": total,
        "percent": round(100 * done / total) if total else 0,
    }


def course_overview(
    *, user, course: CoursePage, lessons=None, done_keys=None, attempts=None
) -> dict:
    """Return what the course page shows: progress, test states and the next step.

    ``lessons``, ``done_keys`` and ``attempts`` (phase -> attempt) are passed
    on by the dashboard, which reads them for all courses at once.
    """
    from assessments.selectors import course_test_states

    progress = course_progress(
        user=user, course=course, lessons=lessons, done_keys=done_keys
    )
    tests = course_test_states(
        user=user,
        course=course,
        attempts=attempts,
        lessons_done=progress["done"] >= progress["total"],
    )
    next_step = None
    if getattr(user, "is_authenticated", False):
        pre = tests.get("pre")
        post = tests.get("post")
        if pre and pre["state"] == "open":
            next_step = {"url": pre["url"], "label": _("Start the pre-test")}
        else:
            todo = next((e["page"] for e in progress["lessons"] if not e["done"]), None)
            if todo is not None:
                next_step = {
                    "url": todo.url,
                    "label": _("Continue: %(title)s") % {"title": todo.title},
                }
            elif post and post["state"] == "open":
                next_step = {"url": post["url"], "label": _("Take the post-test")}
            elif post and post["state"] == "submitted":
                next_step = {
                    "url": reverse("assessments:results", args=[course.pk]),
                    "label": _("See what changed"),
                }
    return {"progress": progress, "tests": tests, "next_step": next_step}


def course_offline_urls(*, user, course: CoursePage, progress, tests) -> list[str]:
    """Return the pages "Save for offline" stores for this learner, or none.

    The course page, its lessons, the tests open to the learner now and the
    offline notice; only for a signed-in learner the course is open to.
    """
    if not getattr(user, "is_authenticated", False) or not course_open_to(
        user=user, course=course
    ):
        return []
    return [
        course.url,
        *(entry["page"].url for entry in progress["lessons"]),
        *(test["url"] for test in tests.values() if test["state"] == "open"),
        reverse("offline_page"),
    ]


@dataclass(frozen=True)
class OutlineLink:
    """A lesson or module of a course, as links and headings show it."""

    pk: int
    title: str
    url: str
    translation_key: uuid.UUID | None = None
    module: "OutlineLink | None" = None
    summary: str = ""


def live_course(pk: int) -> CoursePage | None:
    """The live course with this id, its tests read with it. The same for
    everyone, so cached per content version (``home.content_cache``)."""
    from home.content_cache import shared

    return shared(
        "live-course",
        pk,
        build=lambda: (
            CoursePage.objects.live()
            .select_related("pre_test", "post_test")
            .filter(pk=pk)
            .first()
        ),
    )


def course_outline(course: CoursePage) -> list[OutlineLink]:
    """Return the course's live lessons in order, each with its module.

    The same for everyone, so it is cached per course and content version
    (``home.content_cache``); a lesson page then needs no query for it.
    """
    from home.content_cache import shared

    def build() -> list[OutlineLink]:
        modules = {
            module.path: OutlineLink(pk=module.pk, title=module.title, url=module.url)
            for module in ModulePage.objects.live().descendant_of(course)
        }
        return [
            OutlineLink(
                pk=lesson.pk,
                title=lesson.title,
                url=lesson.url,
                translation_key=lesson.translation_key,
                module=modules.get(lesson.path[: -LessonPage.steplen]),
                summary=lesson.summary,
            )
            for lesson in course.get_lessons()
        ]

    return shared("course-outline", course.pk, build=build)


def lesson_navigation(*, user, course: CoursePage, lesson: LessonPage) -> dict:
    """Where the lesson sits in its course, and whether the learner has done it.

    ``module``, ``previous_lesson`` and ``next_lesson`` are :class:`OutlineLink`
    (``pk``, ``title``, ``url``) or ``None``.
    """
    lessons = course_outline(course)
    index = next((i for i, link in enumerate(lessons) if link.pk == lesson.pk), 0)
    done_keys = completed_lesson_keys(user=user, course=course)
    return {
        "module": lessons[index].module if lessons else None,
        "lesson_number": index + 1,
        "lesson_count": len(lessons),
        "previous_lesson": lessons[index - 1] if index > 0 else None,
        "next_lesson": lessons[index + 1] if index + 1 < len(lessons) else None,
        "lesson_done": lesson.translation_key in done_keys,
    }


@dataclass
class LessonRefusal:
    """Why a learner cannot open a lesson yet, and where to send them instead."""

    reason: str

    def message(self) -> str:
        if self.reason == "login":
            return _("Please sign in again.")
        if self.reason == "restricted":
            return _("This course is for the classes it is given to. Ask your teacher.")
        return _(
            "Before the lessons, please answer the pre-test. It shows what you "
            "already know; it is not an exam."
        )

    def response(self, request, course: CoursePage):
        if self.reason == "login":
            from django.contrib.auth.views import redirect_to_login

            return redirect_to_login(request.get_full_path())
        if self.reason == "restricted":
            return render(
                request,
                "courses/course_not_allowed.html",
                {"course": course},
                status=403,
            )
        messages.info(request, self.message())
        return redirect("assessments:take", course_id=course.pk, phase="pre")


def course_open_to(*, user, course: CoursePage, open_keys=None) -> bool:
    """May this signed-in user open the course's lessons at all?

    Open courses are open to everyone. A course restricted to classes is open to
    learners in a class it is assigned to (in any language version), to those
    classes' teachers, and to staff who edit or review content.
    ``open_keys`` (:func:`class_course_keys`, read once for many courses)
    saves the query.
    """
    if not course.restricted_to_classes:
        return True
    if user.is_staff or user.is_superuser:
        return True
    if user.has_perm("wagtailadmin.access_admin"):
        return True
    if open_keys is None:
        open_keys = class_course_keys(user=user)
    return course.translation_key in open_keys


def class_course_keys(*, user) -> set:
    """The courses (translation keys, so every language version) given to
    classes the user is in or teaches."""
    from django.db.models import Q

    return set(
        CoursePage.objects.filter(
            Q(assigned_classes__memberships__learner=user)
            | Q(assigned_classes__teachers=user)
        ).values_list("translation_key", flat=True)
    )


def lesson_access(*, user, course: CoursePage) -> LessonRefusal | None:
    """Return ``None`` if the user may open the course's lessons now."""
    if not getattr(user, "is_authenticated", False):
        return LessonRefusal("login")
    if not course_open_to(user=user, course=course):
        return LessonRefusal("restricted")
    if course.pre_test_id:
        from assessments.selectors import phase_submitted

        if not phase_submitted(user=user, course=course, phase="pre"):
            return LessonRefusal("pre_test")
    return None


@dataclass(frozen=True)
class CatalogueFilters:
    """What the learner asked the catalogue for; empty strings mean "any"."""

    audience: str = ""
    topic: str = ""
    language: str = ""

    @classmethod
    def from_query(cls, query, *, default_language: str) -> "CatalogueFilters":
        audience = query.get("audience", "")
        language = query.get("language", default_language)
        return cls(
            audience=audience if audience in Audience.values else "",
            topic=query.get("topic", "").strip().lower()[:50],
            language=language if language in _language_codes() else "",
        )


def _language_codes() -> set[str]:
    from django.conf import settings

    return {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}


def course_catalogue(*, filters: CatalogueFilters) -> list[CoursePage]:
    """Return live courses matching the filters, in tree order."""
    courses = CoursePage.objects.live().specific().order_by("path")
    if filters.language:
        courses = courses.filter(locale__language_code=filters.language)
    if filters.audience:
        courses = courses.filter(audience=filters.audience)
    courses = list(courses)
    if filters.topic:
        courses = [c for c in courses if filters.topic in c.topic_list]
    return courses


def catalogue_choices() -> dict:
    """Return the audiences, topics and languages that live courses have."""
    from django.conf import settings

    live = CoursePage.objects.live()
    topics = sorted(
        {
            topic
            for value in live.values_list("topics", flat=True)
            for topic in (t.strip().lower() for t in value.split(","))
            if topic
        }
    )
    used = set(live.values_list("locale__language_code", flat=True))
    return {
        "audiences": Audience.choices,
        "topics": topics,
        "languages": [
            (code, name)
            for code, name in settings.WAGTAIL_CONTENT_LANGUAGES
            if code in used
        ],
    }


def learner_course_entries(*, user) -> list[dict]:
    """The learner's dashboard: each course with progress, tests, what is next
    and the certificate, assigned courses first, then started, then the rest."""
    from classes.models import ClassAssignment

    due_dates: dict = {}
    for key, due_date in ClassAssignment.objects.filter(
        school_class__memberships__learner=user,
        school_class__archived=False,
    ).values_list("course__translation_key", "due_date"):
        current = due_dates.get(key, datetime.date.max)
        due_dates[key] = min(
            current or datetime.date.max, due_date or datetime.date.max
        )
    from assessments.selectors import learner_attempts

    certificates = {c.course_key: c for c in Certificate.objects.filter(learner=user)}
    # The learner's records for every course at once, so the page takes the
    # same number of queries however many courses there are.
    attempts = learner_attempts(user=user)
    done_keys: dict = {}
    for course_key, lesson_key in LessonCompletion.objects.filter(
        learner=user
    ).values_list("course_key", "lesson_key"):
        done_keys.setdefault(course_key, set()).add(lesson_key)
    open_keys = None
    entries = []
    # Safeguarding: a child's dashboard never lists courses for adults.
    child = getattr(user, "is_child_account", False)
    for course in courses_in_language(translation.get_language() or "en"):
        if child and course.audience not in CHILD_AUDIENCES:
            continue
        assigned = course.translation_key in due_dates
        if course.restricted_to_classes:
            if open_keys is None:
                open_keys = class_course_keys(user=user)
            if not course_open_to(user=user, course=course, open_keys=open_keys):
                continue
        overview = course_overview(
            user=user,
            course=course,
            lessons=course_outline(course),
            done_keys=done_keys.get(course.translation_key, set()),
            attempts=attempts.get(course.translation_key, {}),
        )
        entries.append(
            {
                "course": course,
                "assigned": assigned,
                "due_date": (
                    None
                    if due_dates.get(course.translation_key)
                    in (None, datetime.date.max)
                    else due_dates[course.translation_key]
                ),
                "started": overview["progress"]["done"] > 0
                or any(t["attempt"] is not None for t in overview["tests"].values()),
                "certificate": certificates.get(course.translation_key),
                **overview,
            }
        )
    # Assigned first (soonest due date first), then started, then the rest.
    entries.sort(
        key=lambda e: (
            not e["assigned"],
            e["due_date"] or datetime.date.max,
            not e["started"],
        )
    )
    return entries


def courses_in_language(language: str) -> list[CoursePage]:
    """Return live courses in the language, falling back to the source page of
    courses not translated into it (one entry per course, catalogue order).
    The same for everyone, so cached per content version."""
    from home.content_cache import shared

    def build() -> list[CoursePage]:
        courses = list(
            CoursePage.objects.live()
            .select_related(
                "locale", "pre_test", "post_test", "post_test__follow_up_instrument"
            )
            .order_by("path")
        )
        chosen: dict = {}
        for course in courses:
            current = chosen.get(course.translation_key)
            if current is None or course.locale.language_code == language:
                chosen[course.translation_key] = course
        order = {c.translation_key: i for i, c in enumerate(courses)}
        return sorted(chosen.values(), key=lambda c: order[c.translation_key])

    return shared("courses-in", language, build=build)


def lesson_search(*, user, query: str, language: str, limit: int = 30) -> list[dict]:
    """Search published lessons in one language; return ``{"lesson", "course"}``
    entries, leaving out courses the user may not open."""
    query = query.strip()[:100]
    if not query:
        return []
    from wagtail.models import Locale

    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return []
    lessons = LessonPage.objects.live().filter(locale=locale)
    results = []
    courses: dict[int, CoursePage] = {}
    for lesson in lessons.search(query)[: limit * 2]:
        course = CoursePage.objects.ancestor_of(lesson).live().first()
        if course is None or ModulePage.objects.ancestor_of(lesson).not_live().exists():
            continue
        course = courses.setdefault(course.pk, course)
        if course.restricted_to_classes and not (
            getattr(user, "is_authenticated", False)
            and course_open_to(user=user, course=course)
        ):
            continue
        results.append({"lesson": lesson, "course": course})
        if len(results) >= limit:
            break
    return results
