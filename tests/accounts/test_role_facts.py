"""``role_facts`` answers in one hand-written query what the querysets in
``accounts.permissions`` answer; these tests hold the two to each other."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts import roles
from accounts.permissions import (
    can_open_teacher_pages,
    can_see_facilitator_notes,
    classes_visible_to,
    role_facts,
    schools_for_new_class,
)
from classes.models import School
from tests.factories import make_class, make_teacher, make_user

pytestmark = pytest.mark.django_db


def fresh(user):
    """The user as the next request loads it (no facts kept from before)."""
    return type(user).objects.get(pk=user.pk)


def expected(user) -> dict:
    return {
        "teacher_role": user.groups.filter(name=roles.TEACHER).exists(),
        "teaches_class": user.teaching_classes.exists(),
        "school_to_teach": schools_for_new_class(user).exists(),
        "class_to_see": classes_visible_to(user).exists(),
        "admin_access": user.has_perm("wagtailadmin.access_admin"),
        "programme_role": user.groups.filter(name=roles.PROGRAMME_STAFF).exists(),
        "programme_staff_of": user.programmes.exists(),
        "school_admin_role": user.groups.filter(name=roles.SCHOOL_ADMIN).exists(),
        "admins_school": user.administered_schools.exists(),
    }


FACTS = (
    "teacher_role",
    "teaches_class",
    "school_to_teach",
    "class_to_see",
    "admin_access",
    "programme_role",
    "programme_staff_of",
    "school_admin_role",
    "admins_school",
)


def chosen(facts: dict) -> dict:
    return {name: facts[name] for name in FACTS}


@pytest.fixture
def people(db):
    teacher = make_teacher()
    school_class = make_class(teacher=teacher, learners=1, prefix="rf")
    school = school_class.school
    learner = school_class.memberships.get().learner

    helper = make_user("helper")  # teaches the class, not in the Teachers group
    school_class.teachers.add(helper)

    school_admin = make_user("head", role=roles.SCHOOL_ADMIN)
    school.admins.add(school_admin)

    empty_school_admin = make_user("head2")
    School.objects.create(
        programme=school.programme, name="No classes yet", country="KE"
    ).admins.add(empty_school_admin)

    school_teacher = make_user("staffroom")  # on a school's staff, no class yet
    school.teachers.add(school_teacher)

    access_admin = Permission.objects.get(
        codename="access_admin", content_type__app_label="wagtailadmin"
    )
    editor = make_user("editor", role=roles.CONTENT_EDITOR)  # Wagtail access by group
    Group.objects.get(name=roles.CONTENT_EDITOR).permissions.add(access_admin)
    direct = make_user("direct")  # Wagtail access granted to the user alone
    direct.user_permissions.add(access_admin)
    inactive = make_user("gone", is_active=False)
    inactive.user_permissions.add(access_admin)
    parent = make_user("carer", role=roles.PARENT)
    evaluator = make_user("evaluator", role=roles.PROGRAMME_STAFF)
    school.programme.staff.add(evaluator)
    clerk = make_user("clerk")  # on a programme's staff, not in the group
    school.programme.staff.add(clerk)
    return {
        "teacher": teacher,
        "learner": learner,
        "helper": helper,
        "school_admin": school_admin,
        "empty_school_admin": empty_school_admin,
        "school_teacher": school_teacher,
        "editor": editor,
        "direct": direct,
        "inactive": inactive,
        "parent": parent,
        "evaluator": evaluator,
        "clerk": clerk,
    }


@pytest.mark.parametrize(
    "who",
    [
        "teacher",
        "learner",
        "helper",
        "school_admin",
        "empty_school_admin",
        "school_teacher",
        "editor",
        "direct",
        "inactive",
        "parent",
        "evaluator",
        "clerk",
    ],
)
def test_each_fact_agrees_with_the_querysets(people, who):
    user = fresh(people[who])
    assert chosen(role_facts(user)) == expected(fresh(user))


def test_the_facts_differ_between_people(people):
    """Not everyone gets the same answers (which would make the test above weak)."""
    answers = {
        who: tuple(chosen(role_facts(fresh(u))).values()) for who, u in people.items()
    }
    assert len(set(answers.values())) >= 6
    assert answers["learner"] == (False,) * len(FACTS)
    assert answers["teacher"] == (True, True, False, True, False) + (False,) * 4
    assert answers["editor"] == (False, False, False, False, True) + (False,) * 4
    assert answers["evaluator"][5:] == (True, True, False, False)
    assert answers["school_admin"][5:] == (False, False, True, True)


def test_one_query_then_kept_for_the_request(people):
    user = fresh(people["parent"])
    with CaptureQueriesContext(connection) as captured:
        assert not can_open_teacher_pages(user)
        assert not can_see_facilitator_notes(user)
        assert not can_open_teacher_pages(user)
    assert len(captured) == 1


def test_a_childs_account_holds_no_role_and_costs_no_query(people):
    """Even a role given to a child's account by mistake opens nothing."""
    child = people["learner"]
    assert child.is_child_account
    child.groups.add(Group.objects.get(name=roles.TEACHER))
    child.teaching_classes.add(people["teacher"].teaching_classes.get())
    user = fresh(child)
    with CaptureQueriesContext(connection) as captured:
        assert not can_open_teacher_pages(user)
        assert not can_see_facilitator_notes(user)
    assert len(captured) == 0
    assert set(role_facts(user).values()) == {False}


def test_header_and_notes_follow_the_facts(people):
    assert can_open_teacher_pages(fresh(people["school_teacher"]))
    assert can_open_teacher_pages(fresh(people["empty_school_admin"]))
    assert not can_open_teacher_pages(fresh(people["editor"]))
    assert can_see_facilitator_notes(fresh(people["helper"]))
    assert can_see_facilitator_notes(fresh(people["editor"]))
    assert not can_see_facilitator_notes(fresh(people["inactive"]))
    assert not can_see_facilitator_notes(fresh(people["parent"]))
