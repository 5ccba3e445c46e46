"""A small world with two of everything, so each role can be pointed at objects
owned by someone else: another teacher's class, another programme's export,
another learner's attempt and certificate."""

from dataclasses import dataclass, field

import pytest
from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile

from accounts import roles
from accounts.models import ConsentRecord
from classes.models import ClassMembership, Programme
from home import demo
from tests.factories import make_class, make_evaluator, make_teacher, make_user

# Text that must never reach anyone but the owners of these objects.
SECRET_CLASS = "Secret Class Alpha"
SECRET_LEARNER = "Zebediah"

ROLES = [
    "anonymous",
    "child",
    "adult",
    "parent",
    "teacher",
    "school_admin",
    "evaluator",
    "editor",
    "translator",
    "superuser",
]


@dataclass
class World:
    course: object
    users: dict = field(default_factory=dict)  # role -> user (None: anonymous)
    owners: dict = field(default_factory=dict)  # owner name -> user
    objects: dict = field(default_factory=dict)


def _export_job(*, user, programme, name):
    from assessments.models import ExportJob, ExportStatus
    from assessments.services_exports import export_storage

    job = ExportJob.objects.create(
        requested_by=user, programme=programme, status=ExportStatus.DONE
    )
    job.file_name = export_storage().save(f"{name}.csv", ContentFile(b"pseudonym\n"))
    job.codebook_file_name = export_storage().save(
        f"{name}-codebook.csv", ContentFile(b"column,meaning\n")
    )
    job.save(update_fields=["file_name", "codebook_file_name"])
    return job


def build_world(course) -> World:
    from courses.models import Certificate
    from tests.classes.helpers import WEAK, take_test

    demo.ensure_groups()
    world = World(course=course)
    programme_a = Programme.objects.create(name="Programme A", slug="prog-a")
    programme_b = Programme.objects.create(name="Programme B", slug="prog-b")

    # The owners.
    teacher_a = make_teacher("owner-teacher")
    class_a = make_class(
        teacher=teacher_a,
        name=SECRET_CLASS,
        programme=programme_a,
        school_name="School A",
        course=course,
    )
    school_a = class_a.school
    school_a.teachers.add(teacher_a)
    class_a2 = make_class(
        teacher=teacher_a, name="Alpha two", programme=programme_a, course=course
    )
    child_a = make_user(
        "owner-child", display_name=SECRET_LEARNER, is_child_account=True
    )
    ClassMembership.objects.create(school_class=class_a, learner=child_a)
    attempt_a = take_test(child_a, course, "pre", WEAK)
    certificate_a = Certificate.objects.create(
        learner=child_a,
        course=course,
        course_key=course.translation_key,
        language="en",
        status=Certificate.Status.READY,
    )
    certificate_a.file.save("owner.pdf", ContentFile(b"%PDF-1.4\n%test\n"))
    school_admin_a = make_user("owner-school-admin", role=roles.SCHOOL_ADMIN)
    school_a.admins.add(school_admin_a)
    evaluator_a = make_evaluator("owner-evaluator", programme_a)
    parent_a = make_user("owner-parent", email="owner-parent@example.org")
    consent_a = ConsentRecord.objects.create(
        subject=child_a, basis="parent", given_by=parent_a, notice_version="test"
    )
    job_a = _export_job(user=evaluator_a, programme=programme_a, name="owner")

    # Everyone else: the roles of the matrix, each with things of their own.
    teacher_b = make_teacher("teacher-b")
    class_b = make_class(
        teacher=teacher_b,
        name="Class Beta",
        programme=programme_b,
        school_name="School B",
        course=course,
    )
    class_b.school.teachers.add(teacher_b)
    child_b = make_user("child-b", display_name="Bea", is_child_account=True)
    ClassMembership.objects.create(school_class=class_b, learner=child_b)
    school_admin_b = make_user("school-admin-b", role=roles.SCHOOL_ADMIN)
    class_b.school.admins.add(school_admin_b)
    evaluator_b = make_evaluator("evaluator-b", programme_b)
    _export_job(user=evaluator_b, programme=programme_b, name="other")
    translator = make_user("translator", role=roles.TRANSLATOR)
    translator.groups.first().permissions.add(
        Permission.objects.get(codename="access_admin")
    )
    world.users = {
        "anonymous": None,
        "child": child_b,
        "adult": make_user("adult-learner", email="adult@example.org"),
        "parent": make_user("parent", email="parent@example.org"),
        "teacher": teacher_b,
        "school_admin": school_admin_b,
        "evaluator": evaluator_b,
        "editor": make_user("editor", role=roles.CONTENT_EDITOR),
        "translator": translator,
        "superuser": make_user("root", is_superuser=True, is_staff=True),
    }
    world.owners = {
        "teacher": teacher_a,
        "school_admin": school_admin_a,
        "evaluator": evaluator_a,
        "child": child_a,
        "parent": parent_a,
    }
    world.objects = {
        "programme": programme_a,
        "school": school_a,
        "class": class_a,
        "class_other": class_a2,
        "learner": child_a,
        "attempt": attempt_a,
        "certificate": certificate_a,
        "job": job_a,
        "consent": consent_a,
    }
    return world


@pytest.fixture
def world(course):
    return build_world(course)
