"""Building blocks of the demo: content from ``home/demo_content`` into Wagtail.

Each ``ensure_*`` function is idempotent: it finds what exists (by slug, code or
username) and creates only what is missing.
"""

import functools
import importlib
import random
from datetime import date

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Locale, Page, Site

from accounts import roles
from accounts.models import ConsentBasis
from accounts.services import consent_record
from assessments import scoring
from assessments.models import Instrument, Item, Purpose
from classes.models import ClassMembership, Programme, School, SchoolClass
from courses.models import CourseIndexPage, CoursePage, LessonPage

from .models import Helpline, HomePage

COURSE_MODULES = [
    "course_children",
    "course_teens",
    "course_parents",
    "course_teachers",
    "course_counsellors",
]
LANGUAGES = ["en", "es", "fr", "pt", "ar", "sw"]


def load_course_data(module: str) -> dict | None:
    try:
        return importlib.import_module(f"home.demo_content.{module}").COURSE
    except ModuleNotFoundError:
        return None


def ensure_locales() -> Locale:
    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    return Locale.objects.get(language_code="en")


def ensure_home(locale: Locale) -> HomePage:
    home = HomePage.objects.filter(locale=locale).first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's own "Welcome" page may still hold the slug "home".
        taken = root.get_children().filter(slug="home").exists()
        home = HomePage(
            title="Safe Online Learning",
            slug="safe-online" if taken else "home",
            locale=locale,
            intro=(
                "<p>Short courses on staying safe online, for children, teens, "
                "parents and caregivers, teachers and helpline counsellors. Each "
                "course starts and ends with a short test, so you can see what "
                "changed.</p>"
            ),
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Safe Online Learning",
        )
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = "Safe Online Learning"
        site.save()
        if not isinstance(old_root.specific, HomePage) and old_root.depth == 2:
            old_root.delete()
    return home


def ensure_course_index(home: HomePage) -> CourseIndexPage:
    index = CourseIndexPage.objects.child_of(home).first()
    if index is None:
        index = CourseIndexPage(
            title="Courses",
            slug="courses",
            intro="<p>Choose the course for you. Each one takes about an hour.</p>",
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def ensure_helplines(rows: list[dict], locale: Locale) -> int:
    created = 0
    for order, row in enumerate(rows):
        _, was_created = Helpline.objects.get_or_create(
            locale=locale,
            country=row["country"],
            name=row["name"],
            defaults={
                "kind": row["kind"],
                "phone": row.get("phone", ""),
                "url": row.get("url", ""),
                "hours": row.get("hours", ""),
                "description": row.get("description", ""),
                "source": row["source"],
                "verified_on": date.fromisoformat(row["verified"]),
                "sort_order": order,
            },
        )
        created += was_created
    return created


def _options(item: dict) -> list[dict]:
    return [
        {
            "type": "option",
            "value": {
                "key": o["key"],
                "text": o["text"],
                "correct": bool(o.get("correct")),
            },
        }
        for o in item.get("options", [])
    ]


def ensure_instrument(test: dict, *, locale: Locale, for_children: bool) -> Instrument:
    instrument = Instrument.objects.filter(code=test["code"], locale=locale).first()
    if instrument is not None:
        return instrument
    instrument = Instrument(
        code=test["code"],
        title=test["title"],
        purpose=Purpose.PRE_POST,
        instructions=test.get("instructions", ""),
        for_children=for_children,
        locale=locale,
    )
    for order, data in enumerate(test["items"]):
        item = Item(
            code=data["code"],
            domain=data["domain"],
            subscale=data.get("subscale", ""),
            item_type=data["type"],
            text=data["text"],
            options=_options(data),
            answer_true=data.get("answer"),
            reverse_coded=bool(data.get("reverse")),
            explanation=data.get("explanation", ""),
            required=data["type"] != scoring.OPEN,
            sort_order=order,
            locale=locale,
        )
        scoring.check_spec(item.spec())
        instrument.items.add(item)
    instrument.save()
    return instrument


def _body(blocks: list) -> list[dict]:
    """Return a lesson body as stored JSON, with an id on every block.

    The demo modules write blocks as ``(type, value)`` pairs and list items
    (scenario and quick-check choices) as plain dicts. Going through the
    stream block gives every block and every list item a stable id, which
    wagtail-localize needs to make each choice a translatable segment.
    """
    stream_block = LessonPage._meta.get_field("body").stream_block
    raw = []
    for block_type, value in blocks:
        if block_type not in stream_block.child_blocks:
            raise ValueError(f"Unknown lesson block type {block_type!r}")
        if block_type == "facilitator_notes" and isinstance(value, str):
            value = {"text": value}
        raw.append({"type": block_type, "value": value})
    value = stream_block.to_python(raw)
    list(value)  # bind every block, so none is written back in its raw form
    return stream_block.get_prep_value(value)


def ensure_course(index: CourseIndexPage, data: dict, *, locale: Locale) -> CoursePage:
    course = CoursePage.objects.child_of(index).filter(slug=data["slug"]).first()
    if course is not None:
        return course
    for_children = data["audience"] in ("children", "teens")
    instrument = ensure_instrument(
        data["test"], locale=locale, for_children=for_children
    )
    course = CoursePage(
        title=data["title"],
        slug=data["slug"],
        audience=data["audience"],
        age_min=data.get("age_min"),
        age_max=data.get("age_max"),
        estimated_minutes=data.get("minutes", 60),
        topics=", ".join(data.get("topics", [])),
        intro=data.get("intro", ""),
        objectives="\n".join(data.get("objectives", [])),
        pre_test=instrument,
        post_test=instrument,
    )
    index.add_child(instance=course)
    course.save_revision().publish()
    for lesson_data in data["lessons"]:
        lesson = LessonPage(
            title=lesson_data["title"],
            slug=lesson_data["slug"],
            summary=lesson_data.get("summary", ""),
            estimated_minutes=lesson_data.get("minutes", 10),
            sensitive=bool(lesson_data.get("sensitive")),
            body=_body(lesson_data["body"]),
        )
        course.add_child(instance=lesson)
        lesson.save_revision().publish()
    return course


def ensure_groups() -> dict[str, Group]:
    groups = {
        name: Group.objects.get_or_create(name=name)[0] for name in roles.ROLE_LABELS
    }
    editors = groups[roles.CONTENT_EDITOR]
    wanted = Permission.objects.filter(
        content_type__app_label__in=[
            "wagtailadmin",
            "wagtailimages",
            "wagtaildocs",
            "wagtail_localize",
        ],
        codename__in=[
            "access_admin",
            # "Translate" in the page menu (docs/i18n.md): editors translate.
            "submit_translation",
            "add_image",
            "change_image",
            "add_document",
            "change_document",
            "choose_image",
            "choose_document",
        ],
    )
    editors.permissions.add(*wanted)
    return groups


@functools.cache
def _demo_password_hash(password: str) -> str:
    # Hashing is deliberately slow; the demo shares one password, so hash it once.
    return make_password(password)


def ensure_user(username: str, *, password: str, **fields):
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User(username=username, **fields)
        user.password = _demo_password_hash(password)
        user.save()
        if user.email:
            from allauth.account.models import EmailAddress

            EmailAddress.objects.get_or_create(
                user=user,
                email=user.email,
                defaults={"verified": True, "primary": True},
            )
    return user


STUDENT_NAMES = [
    "Amina",
    "Baraka",
    "Chloé",
    "Diego",
    "Esi",
    "Farah",
    "Gabriel",
    "Hana",
    "Ibrahim",
    "Joy",
    "Kofi",
    "Layla",
    "Mateo",
    "Nia",
    "Omar",
    "Priya",
    "Quang",
    "Rosa",
    "Samir",
    "Tendai",
    "Umi",
    "Valentina",
    "Wanjiru",
    "Xavier",
    "Yara",
    "Zainab",
    "Ana",
    "Bilal",
    "Carmen",
    "Daniel",
    "Eli",
    "Fatuma",
]


def simulate_answer(
    spec: scoring.ItemSpec, rng: random.Random, *, p: float, lean: float
) -> str | list[str] | None:
    """Return a plausible answer: right with probability ``p`` for knowledge
    items; scale answers centred on ``lean`` (1-5) in the safe direction."""
    if spec.item_type == scoring.OPEN:
        return None
    if spec.item_type == scoring.SINGLE:
        if spec.domain == scoring.KNOWLEDGE and rng.random() < p:
            return next(iter(spec.correct_keys))
        wrong = [k for k in spec.option_keys if k not in spec.correct_keys]
        return rng.choice(wrong or list(spec.option_keys))
    if spec.item_type == scoring.MULTI:
        if rng.random() < p:
            return sorted(spec.correct_keys)
        picked = [k for k in spec.option_keys if rng.random() < 0.5]
        return picked or [spec.option_keys[0]]
    if spec.item_type == scoring.TRUE_FALSE:
        right = rng.random() < p
        return "true" if right == bool(spec.answer_true) else "false"
    if spec.item_type == scoring.YES_NO:
        safe = rng.random() < (lean - 1) / 4
        return (
            ("no" if safe else "yes")
            if spec.reverse_coded
            else ("yes" if safe else "no")
        )
    value = max(1, min(5, round(rng.gauss(lean, 0.9))))
    if spec.reverse_coded:
        value = 6 - value
    return str(value)


@transaction.atomic
def ensure_school_and_classes(
    *, rng: random.Random, courses: list[CoursePage], learners: int, password: str
) -> dict:
    groups = ensure_groups()
    programme, _ = Programme.objects.get_or_create(
        slug="safe-online-pilot", defaults={"name": "Safe Online Schools Pilot"}
    )
    school, _ = School.objects.get_or_create(
        programme=programme,
        name="Riverside Primary School",
        defaults={"country": "KE", "region": "Nairobi"},
    )
    other_school, _ = School.objects.get_or_create(
        programme=programme,
        name="Hillview Secondary School",
        defaults={"country": "KE", "region": "Kisumu"},
    )
    teacher = ensure_user(
        "teacher",
        password=password,
        display_name="Ms Achieng",
        email="teacher@example.org",
    )
    teacher2 = ensure_user(
        "teacher2",
        password=password,
        display_name="Mr Otieno",
        email="teacher2@example.org",
    )
    evaluator = ensure_user(
        "evaluator",
        password=password,
        display_name="Dr Mwangi",
        email="evaluator@example.org",
    )
    editor = ensure_user(
        "editor",
        password=password,
        display_name="Sam (editor)",
        email="editor@example.org",
    )
    for user, group in (
        (teacher, roles.TEACHER),
        (teacher2, roles.TEACHER),
        (evaluator, roles.PROGRAMME_STAFF),
        (editor, roles.CONTENT_EDITOR),
    ):
        user.groups.add(groups[group])
    school.teachers.add(teacher)
    other_school.teachers.add(teacher2)
    programme.staff.add(evaluator)

    children_course = next(c for c in courses if c.audience == "children")
    teens_course = next((c for c in courses if c.audience == "teens"), children_course)
    class_a, _ = SchoolClass.objects.get_or_create(
        school=school,
        name="Grade 6 Blue",
        defaults={"grade": "6", "language": "en", "academic_year": "2026"},
    )
    class_a.teachers.add(teacher)
    class_a.courses.add(children_course)
    class_b, _ = SchoolClass.objects.get_or_create(
        school=other_school,
        name="Form 2 Green",
        defaults={"grade": "Form 2", "language": "en", "academic_year": "2026"},
    )
    class_b.teachers.add(teacher2)
    class_b.courses.add(teens_course)

    teachers_by_class = {class_a: teacher, class_b: teacher2}
    created = {}
    for school_class, prefix, count, birth_years, course in (
        (class_a, "g6b", learners, (2014, 2015), children_course),
        (class_b, "f2g", max(10, learners // 3), (2010, 2011), teens_course),
    ):
        students = []
        for n in range(1, count + 1):
            name = STUDENT_NAMES[(n - 1) % len(STUDENT_NAMES)]
            student = ensure_user(
                f"{prefix}-{n:02d}",
                password=password,
                display_name=name if n <= len(STUDENT_NAMES) else f"{name} {n}",
                is_child_account=True,
                gender=rng.choice(["f", "m", "f", "m", ""]),
                birth_year=rng.choice(birth_years),
            )
            ClassMembership.objects.get_or_create(
                school_class=school_class, learner=student
            )
            if not student.consents.exists():
                # As for a real class: the school's basis (docs/privacy.md).
                consent_record(
                    subject=student,
                    basis=ConsentBasis.SCHOOL,
                    given_by=teachers_by_class[school_class],
                    school=school_class.school,
                )
            students.append(student)
        created[school_class] = (students, course)
    return {
        "programme": programme,
        "classes": created,
        "users": {
            "teacher": teacher,
            "teacher2": teacher2,
            "evaluator": evaluator,
            "editor": editor,
        },
    }


def simulate_class_results(*, rng: random.Random, students, course: CoursePage) -> int:
    """Give most students a pre-test, lessons and a post-test; return attempts made."""
    from assessments.models import Attempt
    from assessments.services import (
        attempt_get_or_start,
        attempt_items,
        attempt_save_answers,
        attempt_submit,
    )
    from courses.services import enrolment_mark_complete_if_done, lesson_complete

    made = 0
    lessons = list(course.get_lessons())
    for index, student in enumerate(students):
        if Attempt.objects.filter(
            learner=student, course_key=course.translation_key
        ).exists():
            continue
        stage = index % 10  # 0: not started, 1: pre only, 2: half-way, else done
        if stage == 0:
            continue
        ability = rng.uniform(-0.15, 0.15)
        for phase, p, lean in (("pre", 0.5, 3.0), ("post", 0.82, 3.9)):
            if phase == "post":
                if stage == 1:
                    break
                todo = lessons if stage > 2 else lessons[: len(lessons) // 2]
                for lesson in todo:
                    lesson_complete(learner=student, lesson=lesson)
                if stage == 2:
                    break
            attempt = attempt_get_or_start(
                learner=student, course=course, phase=phase, language="en"
            )
            answers = {}
            for item in attempt_items(attempt):
                value = simulate_answer(
                    item.spec(),
                    rng,
                    p=max(0.05, min(0.97, p + ability)),
                    lean=lean + 2 * ability,
                )
                if value is not None:
                    answers[item.pk] = value
            attempt_save_answers(attempt=attempt, answers=answers)
            attempt_submit(attempt=attempt)
            made += 1
        enrolment_mark_complete_if_done(learner=student, course=course)
    return made
