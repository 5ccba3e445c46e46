"""Every change to who holds a role (a Django group) is audited."""

import pytest
from django.urls import reverse

from accounts import roles
from audit.models import AuditAction, AuditEvent
from tests.factories import make_class, make_teacher, make_user

pytestmark = pytest.mark.django_db


def role_events():
    return list(
        AuditEvent.objects.filter(action=AuditAction.ROLE_CHANGED)
        .order_by("id")
        .values_list("target_id", "details__change", "details__role", "actor_id")
    )


class TestRoleChangeAudit:
    def test_adding_and_removing_a_role_in_code(self):
        user = make_user("ana", email="ana@example.org")
        staff = roles.group(roles.PROGRAMME_STAFF)
        user.groups.add(staff)
        staff.user_set.remove(user)
        uid = str(user.pk)
        assert role_events() == [
            (uid, "added", roles.PROGRAMME_STAFF, None),
            (uid, "removed", roles.PROGRAMME_STAFF, None),
        ]

    def test_clearing_roles_records_each_one(self):
        user = make_user("ben", email="ben@example.org")
        user.groups.add(roles.group(roles.TEACHER), roles.group(roles.TRANSLATOR))
        user.groups.clear()
        removed = {e[2] for e in role_events() if e[1] == "removed"}
        assert removed == {roles.TEACHER, roles.TRANSLATOR}

    def test_adding_a_user_to_a_group_from_the_group_side(self):
        users = [make_user(f"u{n}", email=f"u{n}@example.org") for n in range(2)]
        roles.group(roles.CONTENT_EDITOR).user_set.add(*users)
        assert {e[0] for e in role_events()} == {str(u.pk) for u in users}

    def test_a_change_made_on_a_page_names_who_made_it(self, client):
        head = make_user("head", email="head@example.org", mfa=True)
        school_class = make_class(teacher=make_teacher())
        school_class.school.admins.add(head)
        newcomer = make_user("newcomer", email="new@example.org")
        client.force_login(head)
        url = reverse("classes:school_teacher_add", args=[school_class.school.pk])
        client.post(url, {"identifier": "newcomer"})
        assert (str(newcomer.pk), "added", roles.TEACHER, head.pk) in role_events()

    def test_events_hold_no_names(self):
        user = make_user("carla", email="carla@example.org")
        user.groups.add(roles.group(roles.TEACHER))
        event = AuditEvent.objects.get(action=AuditAction.ROLE_CHANGED)
        assert "carla" not in str(event.details)
