"""A teacher opens a class, imports a roster, assigns a course and reads the
dashboard; a school administrator finds the class pages from the header."""

import pytest

from accounts import roles
from classes.models import Programme, School, SchoolClass
from tests.e2e.journeys import (
    checked,
    hand_in_pre_test,
    sign_in_checked,
    submit,
    verified,
)
from tests.factories import PASSWORD, make_class, make_teacher, make_user

ROSTER_CSV = "display_name,gender,birth_year\nAmina,f,2015\nJo,m,2014\nK.,,\n"


@pytest.fixture
def school():
    programme = Programme.objects.create(slug="north", name="North programme")
    return School.objects.create(programme=programme, name="Hill School", country="KE")


class TestTeacherJourney:
    def test_teacher_creates_class_imports_roster_assigns_and_reads_dashboard(
        self, page, course, school
    ):
        teacher = verified(make_teacher("ms-okafor"))
        school.teachers.add(teacher)
        sign_in_checked(page, "ms-okafor", PASSWORD)

        submit(page, page.get_by_role("link", name="My classes"))
        assert page.get_by_text("You have no classes yet.").is_visible()
        submit(page, page.get_by_role("link", name="New class"))
        form = page.locator("main form")
        assert form.get_by_label("School").input_value() == str(school.pk)
        form.get_by_label("Name").fill("Grade 4 Green")
        form.get_by_label("Grade").fill("4")
        form.get_by_label("Language").select_option("en")
        form.get_by_label("Academic year").fill("2026-2027")
        submit(page, page.get_by_role("button", name="Create the class"))
        school_class = SchoolClass.objects.get(name="Grade 4 Green")
        assert list(school_class.teachers.all()) == [teacher]
        assert page.get_by_role("heading", level=1).inner_text() == "Grade 4 Green"

        # Roster: a CSV file chosen in the file picker, all accounts or none.
        submit(page, page.get_by_role("link", name="Add students from a list"))
        page.get_by_label("Roster file (CSV)").set_input_files(
            {
                "name": "grade4.csv",
                "mimeType": "text/csv",
                "buffer": ROSTER_CSV.encode("utf-8"),
            }
        )
        submit(page, page.get_by_role("button", name="Create the accounts"))
        assert (
            page.get_by_role("status")
            .first.inner_text()
            .startswith("3 accounts created.")
        )
        cards = page.locator(".login-card")
        assert cards.count() == 3
        assert cards.locator(".card-name").all_inner_texts() == ["Amina", "Jo", "K."]
        assert school_class.learners.count() == 3

        # Assign the course.
        submit(page, page.get_by_role("link", name="Back to the class"))
        submit(page, page.get_by_role("link", name="Assigned courses").first)
        page.locator("main form").last.get_by_label("Course").select_option(
            label=course.title
        )
        submit(page, page.get_by_role("button", name="Assign"))
        assert page.get_by_role("cell", name=course.title, exact=True).is_visible()
        assert list(school_class.courses.all()) == [course.page_ptr.specific]

        # One student hands in the pre-test; the dashboard shows her scores.
        amina = school_class.learners.get(display_name="Amina")
        hand_in_pre_test(amina, course)
        submit(page, page.get_by_role("link", name="Progress"))
        grid = page.get_by_role("table", name=f"Progress in {course.title}")
        assert grid.is_visible()
        rows = grid.locator("tbody tr")
        assert rows.locator("th").all_inner_texts() == ["Amina", "Jo", "K."]
        amina_row = rows.filter(has=page.get_by_role("link", name="Amina"))
        assert "100 / 100 / 88" in amina_row.inner_text()
        assert "0 / 2" in amina_row.inner_text()

        # The student's own page, from the grid.
        submit(page, amina_row.get_by_role("link", name="Amina"))
        assert page.get_by_role("heading", level=1).inner_text().startswith("Amina")


class TestSchoolAdministrator:
    def test_school_admin_without_a_class_finds_my_classes(self, page, school):
        head = verified(
            make_user(
                "head-teacher",
                role=roles.SCHOOL_ADMIN,
                email="head@example.org",
            )
        )
        school.admins.add(head)
        make_class(
            teacher=make_teacher("mr-ali"),
            name="Grade 6 Blue",
            programme=school.programme,
            school_name=school.name,
        )
        sign_in_checked(page, "head-teacher", PASSWORD)
        submit(page, page.get_by_role("link", name="My classes"))
        assert page.url.endswith("/en/teach/")
        assert page.get_by_role("link", name="Hill School").is_visible()
        submit(page, page.get_by_role("link", name="Grade 6 Blue"))
        checked(page)

    def test_learner_sees_no_my_classes_link(self, page, course):
        make_user("pupil", is_child_account=True)
        sign_in_checked(page, "pupil", PASSWORD)
        assert page.get_by_role("link", name="My classes").count() == 0
