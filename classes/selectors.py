"""Reads for the teacher's class pages and the programme overview.

The class's pre vs post per domain and the questions most of the class still
gets wrong come from ``assessments.stats`` (``match_pre_post``,
``paired_summary``, ``item_difficulty``), the module the KAP evaluation report
uses, so a teacher and an evaluator see the same figures computed the same way.

``class_dashboard`` (and ``class_progress_list``, kept for existing callers)
run a fixed number of queries whatever the class size: each kind of row
(learners, assignments, lessons, completions, attempts, post-test responses,
items) is fetched once for the whole class and joined in Python.
"""

from collections import defaultdict

from assessments import stats
from assessments.models import Attempt, Domain, Item, Response
from courses.models import CoursePage, LessonCompletion, LessonPage

from .models import ClassAssignment, ClassMembership, SchoolClass

DOMAINS = ("K", "A", "P")
NOT_STARTED = "not_started"
IN_PROGRESS = "in_progress"
DONE = "done"
HARD_QUESTION_THRESHOLD = 0.5
HARD_QUESTION_LIMIT = 5


def _class_courses(school_class: SchoolClass) -> list[dict]:
    """Assigned courses with due dates; all live courses if none is assigned."""
    assignments = list(
        ClassAssignment.objects.filter(school_class=school_class, course__live=True)
        .select_related("course")
        .order_by("due_date", "course__path")
    )
    if assignments:
        return [
            {"course": a.course, "due_date": a.due_date, "assigned": True}
            for a in assignments
        ]
    return [
        {"course": course, "due_date": None, "assigned": False}
        for course in CoursePage.objects.live().order_by("path")
    ]


def _lessons_by_course(courses: list) -> dict:
    """Return course path -> ordered lesson pages, in one query."""
    by_path = defaultdict(list)
    if not courses:
        return by_path
    paths = {c.path for c in courses}
    for lesson in (
        LessonPage.objects.live()
        .filter(depth__in={c.depth + 1 for c in courses})
        .order_by("path")
        .only("id", "path", "depth", "title", "translation_key")
    ):
        parent = lesson.path[: -LessonPage.steplen]
        if parent in paths:
            by_path[parent].append(lesson)
    return by_path


def _domain_scores(scores: dict) -> dict:
    return {d: v.get("score") for d, v in (scores or {}).get("domains", {}).items()}


def class_dashboard(*, school_class: SchoolClass, learner=None) -> dict:
    """Return everything the class dashboard shows, in a fixed number of queries.

    Parameters:
        school_class: the class (its permission already checked).
        learner: restrict the rows to this one member (the per-student page).

    Returns ``{"learners": [User], "learner_count": n, "courses": [...]}``; each
    course entry has ``course``, ``due_date``, ``assigned``, ``lessons`` (pages
    in order), ``rows`` (one per learner: ``learner``, ``lessons`` = list of
    ``"not_started" | "in_progress" | "done"`` in lesson order (see
    ``lesson_statuses``), ``lessons_done``,
    ``status`` of the course, ``pre`` and ``post``: ``None`` (not started),
    ``{"in_progress": True}`` or a domain -> score (0-100) dict),
    ``not_started`` (learners who have neither opened a lesson nor a test),
    ``pre_post`` (per domain: ``stats.match_pre_post`` counts and, with 2 or
    more pairs, ``stats.paired_summary`` results) and ``hard_questions`` (post-test
    items answered right by fewer than half the class, hardest first, with
    ``stats.item_difficulty`` results).
    """
    members = ClassMembership.objects.filter(school_class=school_class)
    if learner is not None:
        members = members.filter(learner=learner)
    learners = [
        m.learner
        for m in members.select_related("learner").order_by(
            "learner__display_name", "learner__username"
        )
    ]
    learner_ids = [u.pk for u in learners]
    entries = _class_courses(school_class)
    courses = [e["course"] for e in entries]
    course_keys = [c.translation_key for c in courses]
    lessons_by_path = _lessons_by_course(courses)

    completed = set(
        LessonCompletion.objects.filter(
            learner_id__in=learner_ids, course_key__in=course_keys
        ).values_list("learner_id", "lesson_key")
    )

    attempts = {}
    for learner_id, course_key, phase, submitted_at, scores in Attempt.objects.filter(
        learner_id__in=learner_ids, course_key__in=course_keys
    ).values_list("learner_id", "course_key", "phase", "submitted_at", "scores"):
        attempts[(learner_id, course_key, phase)] = (
            {"in_progress": True} if submitted_at is None else _domain_scores(scores)
        )

    # Knowledge items only: "still gets wrong" means nothing for what a child
    # thinks or does, and in a small class it would show one child's answers.
    post_scores = defaultdict(list)  # (course_key, item_key) -> scores
    for course_key, item_key, score in Response.objects.filter(
        item__domain=Domain.KNOWLEDGE,
        attempt__learner_id__in=learner_ids,
        attempt__course_key__in=course_keys,
        attempt__phase="post",
        attempt__submitted_at__isnull=False,
        score__isnull=False,
    ).values_list("attempt__course_key", "item_key", "score"):
        post_scores[(course_key, item_key)].append(score)
    item_texts = {}
    if post_scores:
        for key, code, text, locale in Item.objects.filter(
            translation_key__in={k for _c, k in post_scores}
        ).values_list("translation_key", "code", "text", "locale__language_code"):
            if key not in item_texts or locale == school_class.language:
                item_texts[key] = {"code": code, "text": text}

    for entry in entries:
        course = entry["course"]
        key = course.translation_key
        lessons = lessons_by_path.get(course.path, [])
        entry["lessons"] = lessons
        rows = []
        for user in learners:
            pre = attempts.get((user.pk, key, "pre"))
            post = attempts.get((user.pk, key, "post"))
            statuses = lesson_statuses(
                [(user.pk, lesson.translation_key) in completed for lesson in lessons],
                started=bool(submitted_scores(pre)),
            )
            done = statuses.count(DONE)
            if submitted_scores(post):
                status = DONE
            elif pre or post or done:
                status = IN_PROGRESS
            else:
                status = NOT_STARTED
            rows.append(
                {
                    "learner": user,
                    "lessons": statuses,
                    "lessons_done": done,
                    "status": status,
                    "pre": pre,
                    "post": post,
                }
            )
        entry["rows"] = rows
        entry["lesson_total"] = len(lessons)
        entry["not_started"] = [
            r["learner"] for r in rows if r["status"] == NOT_STARTED
        ]
        entry["pre_post"] = _pre_post(rows)
        entry["hard_questions"] = _hard_questions(key, post_scores, item_texts)
    return {
        "learners": learners,
        "learner_count": len(learners),
        "courses": entries,
    }


def lesson_statuses(completed: list[bool], *, started: bool) -> list[str]:
    """Return each lesson's status for one learner, in lesson order.

    A completed lesson is ``"done"``. The first lesson not yet done is
    ``"in_progress"`` once the learner has begun the course (handed in the
    pre-test, which opens the lessons, or finished an earlier lesson): it is the
    lesson they are on. Every other lesson is ``"not_started"``.
    """
    statuses = []
    current_found = False
    begun = started or any(completed)
    for is_done in completed:
        if is_done:
            statuses.append(DONE)
        elif begun and not current_found:
            statuses.append(IN_PROGRESS)
            current_found = True
        else:
            statuses.append(NOT_STARTED)
    return statuses


def submitted_scores(scores) -> dict:
    """The domain scores of a handed-in test; ``{}`` if none or unfinished."""
    return scores if scores and not scores.get("in_progress") else {}


def _pre_post(rows: list[dict]) -> list[dict]:
    """Per KAP domain: matched pre/post counts and, with 2+ pairs, the summary."""
    out = []
    for domain in DOMAINS:
        pre = {
            r["learner"].pk: submitted_scores(r["pre"]).get(domain)
            for r in rows
            if domain in submitted_scores(r["pre"])
        }
        post = {
            r["learner"].pk: submitted_scores(r["post"]).get(domain)
            for r in rows
            if domain in submitted_scores(r["post"])
        }
        matched = stats.match_pre_post(pre, post)
        summary = None
        if matched["n_matched"] >= 2:
            pairs = matched["pairs"]
            # The class page shows means, change and share improved; the
            # effect-size intervals (about 30 ms each) are not shown.
            summary = stats.paired_summary(
                [p[1] for p in pairs], [p[2] for p in pairs], effect_size_ci=False
            )
        out.append({"domain": domain, "matched": matched, "summary": summary})
    return out


def _hard_questions(course_key, post_scores, item_texts) -> list[dict]:
    hard = []
    for (key, item_key), scores in post_scores.items():
        if key != course_key:
            continue
        result = stats.item_difficulty(scores)
        difficulty = result["difficulty"]
        if difficulty is not None and difficulty < HARD_QUESTION_THRESHOLD:
            hard.append(
                {
                    "item": item_texts.get(item_key, {"code": "", "text": ""}),
                    "difficulty": difficulty,
                    "percent_right": round(difficulty * 100),
                    "n": result["n"],
                }
            )
    hard.sort(key=lambda h: (h["difficulty"], h["item"]["code"]))
    return hard[:HARD_QUESTION_LIMIT]


def class_progress_list(*, school_class: SchoolClass) -> dict:
    """Return per-course rows of each learner's lesson progress and KAP scores.

    Kept for existing callers; ``class_dashboard`` returns the same rows and more.
    ``{"courses": [{"course", "lesson_total", "learners": [{"learner",
    "lessons_done", "pre", "post"}]}], "learner_count": n}``.
    """
    data = class_dashboard(school_class=school_class)
    return {
        "learner_count": data["learner_count"],
        "courses": [
            {
                "course": entry["course"],
                "lesson_total": entry["lesson_total"],
                "learners": [
                    {k: row[k] for k in ("learner", "lessons_done", "pre", "post")}
                    for row in entry["rows"]
                ],
            }
            for entry in data["courses"]
        ],
    }


def programme_overview(*, programme) -> list[dict]:
    """Aggregate figures per school for programme staff: no names, no classes.

    Returns one dict per school: ``school``, ``classes`` (count of active
    classes), ``learners`` (distinct members), ``pre_submitted`` and
    ``post_submitted`` (submitted attempts in the school). Three queries.
    """
    from django.db.models import Count, Q

    schools = list(
        programme.schools.order_by("country", "region", "name").annotate(
            class_count=Count(
                "classes", filter=Q(classes__archived=False), distinct=True
            ),
            learner_count=Count("classes__memberships__learner", distinct=True),
        )
    )
    counts = defaultdict(int)
    for school_id, phase, n in (
        Attempt.objects.filter(school__programme=programme, submitted_at__isnull=False)
        .values_list("school_id", "phase")
        .annotate(n=Count("id"))
    ):
        counts[(school_id, phase)] = n
    return [
        {
            "school": school,
            "classes": school.class_count,
            "learners": school.learner_count,
            "pre_submitted": counts[(school.pk, "pre")],
            "post_submitted": counts[(school.pk, "post")],
        }
        for school in schools
    ]


def survey_wave_id_for(*, attempt, when=None) -> int | None:
    """Return the id of the survey wave an attempt belongs to, or ``None``.

    The wave set on the class's assignment of the course comes first (the
    class takes part in that round); otherwise the programme's wave whose dates
    contain the day the attempt was handed in (``when``, by default its
    ``submitted_at``, local date). One query (a union of the two, ranked).
    """
    from django.db.models import F, IntegerField, Value

    from .models import SurveyWave

    def ranked(queryset, wave: str, rank: int):
        return (
            queryset.order_by()
            .annotate(wave=F(wave), rank=Value(rank, output_field=IntegerField()))
            .values_list("wave", "rank")
        )

    candidates = []
    if attempt.school_class_id and attempt.course_key:
        assigned = ClassAssignment.objects.filter(
            school_class_id=attempt.school_class_id,
            course__translation_key=attempt.course_key,
            survey_wave__isnull=False,
        )
        candidates.append(ranked(assigned, "survey_wave_id", 0))
    if attempt.school_id:
        from django.utils import timezone

        day = timezone.localdate(when or attempt.submitted_at or timezone.now())
        dated = SurveyWave.objects.filter(
            programme__schools=attempt.school_id, starts_on__lte=day, ends_on__gte=day
        )
        candidates.append(ranked(dated, "pk", 1))
    if not candidates:
        return None
    found = candidates[0].union(*candidates[1:]).order_by("rank", "wave").first()
    return found[0] if found else None
