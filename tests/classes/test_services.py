import logging

import pytest
from django.core.exceptions import ValidationError

from accounts.pictures import picture_password
from assessments.models import Attempt
from audit.models import AuditAction, AuditEvent
from classes import services
from classes.models import ClassAssignment, ClassMembership
from classes.roster import RosterRow
from tests.classes.helpers import finish_course
from tests.factories import make_class, make_teacher, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def teacher():
    return make_teacher()


@pytest.fixture
def school_class(teacher):
    school_class = make_class(teacher=teacher)
    school_class.school.teachers.add(teacher)
    return school_class


class TestClassServices:
    def test_create_makes_the_creator_a_teacher(self, teacher, school_class):
        new = services.class_create(
            teacher=teacher,
            school=school_class.school,
            name="Grade 5 blue",
            grade="5",
            language="fr",
            academic_year="2026-2027",
        )
        assert list(new.teachers.all()) == [teacher]
        assert (new.grade, new.language, new.academic_year) == ("5", "fr", "2026-2027")
        assert len(new.join_code) == 6

    def test_create_refuses_an_empty_name(self, teacher, school_class):
        with pytest.raises(ValidationError):
            services.class_create(teacher=teacher, school=school_class.school, name="")

    def test_co_teacher_must_teach_at_the_same_school(self, teacher, school_class):
        colleague = make_teacher("colleague")
        school_class.school.teachers.add(colleague)
        outsider = make_teacher("outsider")
        services.class_add_co_teacher(
            school_class=school_class, identifier="COLLEAGUE@example.org", by=teacher
        )
        assert school_class.teachers.filter(pk=colleague.pk).exists()
        with pytest.raises(ValidationError):
            services.class_add_co_teacher(
                school_class=school_class, identifier="outsider", by=teacher
            )
        assert not school_class.teachers.filter(pk=outsider.pk).exists()

    def test_a_child_can_never_be_a_co_teacher(self, teacher, school_class):
        child = make_user("kid", is_child_account=True)
        school_class.school.teachers.add(child)
        with pytest.raises(ValidationError):
            services.class_add_co_teacher(
                school_class=school_class, identifier="kid", by=teacher
            )

    def test_archived_class_code_no_longer_works(self, teacher, school_class):
        code = school_class.join_code
        assert services.class_for_join_code(code) == school_class
        services.class_set_archived(
            school_class=school_class, archived=True, by=teacher
        )
        assert services.class_for_join_code(code) is None

    @pytest.mark.parametrize("typed", ["{code}", " {lower} ", "{a} {b}", "{a}-{b}"])
    def test_join_code_is_case_and_space_tolerant(self, school_class, typed):
        code = school_class.join_code
        raw = typed.format(
            code=code, lower=code.lower(), a=code[:3], b=code[3:].lower()
        )
        assert services.class_for_join_code(raw) == school_class

    def test_unknown_or_malformed_codes_find_nothing(self, school_class):
        assert services.class_for_join_code("") is None
        assert services.class_for_join_code("0O1IL5") is None
        assert services.class_for_join_code("' OR 1=1 --") is None


class TestLearnerAccounts:
    def test_joined_child_has_no_email_and_a_generated_username(self, school_class):
        new = services.learner_join(
            school_class=school_class, display_name="Amina", password="kite-river-blue"
        )
        user = new.user
        assert user.is_child_account and user.email == ""
        assert user.username.startswith("amina-")
        assert user.check_password("kite-river-blue")
        assert ClassMembership.objects.filter(
            school_class=school_class, learner=user
        ).exists()

    def test_picture_password_is_stored_hashed(self, school_class):
        new = services.learner_join(
            school_class=school_class,
            display_name="Jo",
            pictures=["cat", "sun", "tree"],
        )
        user = new.user
        assert user.uses_picture_password
        assert "cat" not in user.password
        assert user.check_password(picture_password(["cat", "sun", "tree"]))
        assert not user.check_password(picture_password(["sun", "cat", "tree"]))

    def test_non_latin_name_gets_a_typeable_username(self, school_class):
        new = services.learner_join(
            school_class=school_class, display_name="سارة", password="kite-river-blue"
        )
        assert new.user.username.startswith("learner-")
        assert new.user.display_name == "سارة"

    def test_roster_import_is_all_or_nothing(self, teacher, school_class):
        rows = [RosterRow(2, "Sam", "f", 2015), RosterRow(3, "x" * 300, "", None)]
        with pytest.raises(ValidationError):
            services.roster_import(
                school_class=school_class, rows=rows, pictures=False, by=teacher
            )
        assert school_class.learners.count() == 0

    def test_duplicate_names_get_distinct_usernames(self, teacher, school_class):
        rows = [RosterRow(2, "Sam", "f", 2015), RosterRow(3, "Sam", "m", 2015)]
        created = services.roster_import(
            school_class=school_class, rows=rows, pictures=False, by=teacher
        )
        usernames = {new.user.username for new in created}
        assert len(usernames) == 2
        for new in created:
            assert new.user.check_password(new.password)

    def test_reset_gives_a_new_password_and_is_audited(
        self, teacher, school_class, caplog
    ):
        new = services.learner_join(
            school_class=school_class, display_name="Amina", password="kite-river-blue"
        )
        with caplog.at_level(logging.INFO, logger="elearn.audit"):
            reset = services.learner_reset_password(
                learner=new.user, pictures=True, by=teacher
            )
        new.user.refresh_from_db()
        assert not new.user.check_password("kite-river-blue")
        assert new.user.check_password(picture_password(reset.pictures))
        assert new.user.uses_picture_password
        record = [r for r in caplog.records if r.name == "elearn.audit"][-1]
        assert record.getMessage() == (
            f"password.reset_by_teacher actor={teacher.pk} "
            f"target=accounts.user:{new.user.pk}"
        )
        assert "Amina" not in record.getMessage()
        event = AuditEvent.objects.filter(
            action=AuditAction.PASSWORD_RESET_BY_TEACHER
        ).get()
        assert (event.actor_id, event.target_id) == (teacher.pk, str(new.user.pk))
        assert event.details == {"kind": "pictures"}

    def test_adults_passwords_cannot_be_reset_here(self, teacher):
        with pytest.raises(ValidationError):
            services.learner_reset_password(learner=teacher, pictures=False, by=teacher)


class TestMoveAndAssignments:
    def test_move_keeps_results_with_the_original_class(
        self, teacher, school_class, course
    ):
        other = make_class(teacher=teacher, name="Class B")
        services.assignment_set(school_class=school_class, course=course, by=teacher)
        pupil = services.learner_join(
            school_class=school_class, display_name="Amina", password="kite-river-blue"
        ).user
        finish_course(pupil, course)
        services.learner_move(
            learner=pupil, from_class=school_class, to_class=other, by=teacher
        )
        assert list(pupil.learning_classes.all()) == [other]
        assert set(
            Attempt.objects.filter(learner=pupil).values_list(
                "school_class_id", flat=True
            )
        ) == {school_class.pk}

    def test_cannot_move_into_an_archived_class(self, teacher, school_class):
        other = make_class(teacher=teacher, name="Old class")
        services.class_set_archived(school_class=other, archived=True, by=teacher)
        pupil = services.learner_join(
            school_class=school_class, display_name="Jo", password="kite-river-blue"
        ).user
        with pytest.raises(ValidationError):
            services.learner_move(
                learner=pupil, from_class=school_class, to_class=other, by=teacher
            )
        assert list(pupil.learning_classes.all()) == [school_class]

    def test_assignment_keeps_the_courses_relation_working(
        self, teacher, school_class, course
    ):
        import datetime

        due = datetime.date(2026, 12, 1)
        services.assignment_set(
            school_class=school_class, course=course, due_date=due, by=teacher
        )
        assert list(school_class.courses.all()) == [course]
        services.assignment_set(school_class=school_class, course=course, by=teacher)
        assert ClassAssignment.objects.get().due_date is None
        services.assignment_remove(school_class=school_class, course=course, by=teacher)
        assert school_class.courses.count() == 0


class TestMembershipAudit:
    """Every change to who is in a class, or who teaches it, is in the audit log."""

    def _events(self):
        return list(
            AuditEvent.objects.filter(
                action=AuditAction.CLASS_MEMBERSHIP_CHANGED
            ).order_by("id")
        )

    def test_join_and_roster_import_are_audited_with_ids_only(
        self, teacher, school_class
    ):
        joined = services.learner_join(
            school_class=school_class, display_name="Amina", password="kite-river-blue"
        ).user
        rows = [RosterRow(2, "Sam", "f", 2015), RosterRow(3, "Noor", "m", 2014)]
        created = services.roster_import(
            school_class=school_class, rows=rows, pictures=False, by=teacher
        )
        join_event, roster_event = self._events()
        assert join_event.actor_id == joined.pk
        assert join_event.target_type == "classes.schoolclass"
        assert join_event.target_id == str(school_class.pk)
        assert join_event.details == {"change": "learner_joined", "user_id": joined.pk}
        assert roster_event.actor_id == teacher.pk
        assert roster_event.details == {
            "change": "roster_imported",
            "user_ids": [new.user.pk for new in created],
        }
        assert "Sam" not in str(roster_event.details)

    def test_a_failed_roster_import_leaves_no_audit_event(self, teacher, school_class):
        rows = [RosterRow(2, "Sam", "f", 2015), RosterRow(3, "x" * 80, "m", 2014)]
        with pytest.raises(ValidationError):
            services.roster_import(
                school_class=school_class, rows=rows, pictures=False, by=teacher
            )
        assert self._events() == []

    def test_move_and_co_teacher_changes_are_audited(self, teacher, school_class):
        other = make_class(teacher=teacher, name="Class B")
        colleague = make_teacher("colleague")
        school_class.school.teachers.add(colleague)
        pupil = make_user("pupil-moved", is_child_account=True)
        ClassMembership.objects.create(school_class=school_class, learner=pupil)
        services.learner_move(
            learner=pupil, from_class=school_class, to_class=other, by=teacher
        )
        services.class_add_co_teacher(
            school_class=school_class, identifier="colleague", by=teacher
        )
        services.class_remove_teacher(
            school_class=school_class, teacher=colleague, by=teacher
        )
        moved, added, removed = self._events()
        assert (moved.target_type, moved.target_id) == ("accounts.user", str(pupil.pk))
        assert moved.details == {
            "change": "learner_moved",
            "from_class_id": school_class.pk,
            "to_class_id": other.pk,
        }
        assert added.details == {"change": "teacher_added", "user_id": colleague.pk}
        assert removed.details == {"change": "teacher_removed", "user_id": colleague.pk}
        assert {e.actor_id for e in (moved, added, removed)} == {teacher.pk}


class TestSchoolStaffAudit:
    def test_adding_and_removing_a_school_teacher_is_audited(self, school_class):
        school = school_class.school
        admin = make_user("school-admin-audit")
        colleague = make_user("colleague", email="colleague@example.org")
        services.school_add_teacher(school=school, identifier="colleague", by=admin)
        services.school_remove_teacher(school=school, teacher=colleague, by=admin)
        events = AuditEvent.objects.filter(
            action=AuditAction.SCHOOL_STAFF_CHANGED
        ).order_by("id")
        assert [(e.details["change"], e.actor_id) for e in events] == [
            ("teacher_added", admin.pk),
            ("teacher_removed", admin.pk),
        ]
        assert {(e.target_type, e.target_id) for e in events} == {
            ("classes.school", str(school.pk))
        }
        assert all(e.details["user_id"] == colleague.pk for e in events)
