"""Issue 7, done when: a teacher creates a class, gets 30 students in by code and
by roster, assigns a course and follows progress and pre/post results, all
through the test client as a new user would."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from assessments.models import Attempt
from classes.models import Programme, School, SchoolClass
from tests.classes.helpers import STRONG, WEAK
from tests.factories import make_teacher
from tests.test_journey import form_data

pytestmark = pytest.mark.django_db


def take(client, course, phase, answers):
    url = reverse("assessments:take", args=[course.pk, phase])
    assert client.get(url).status_code == 200
    attempt = Attempt.objects.filter(phase=phase).latest("started_at")
    response = client.post(url, form_data(attempt, answers, "submit"))
    assert response.status_code == 302, response.content.decode()[:500]


class TestTeacherGetsAClassGoing:
    def test_thirty_students_in_by_code_and_roster_then_progress(self, client, course):
        programme = Programme.objects.create(name="Safe Online KE", slug="so-ke")
        school = School.objects.create(
            programme=programme, name="Hill Primary", country="KE", region="Nairobi"
        )
        teacher = make_teacher("ms-wanjiru")
        school.teachers.add(teacher)
        client.force_login(teacher)

        # 1. Create the class.
        response = client.post(
            reverse("classes:class_create"),
            {
                "school": school.pk,
                "name": "Grade 5 East",
                "grade": "5",
                "language": "en",
                "academic_year": "2026-2027",
            },
        )
        school_class = SchoolClass.objects.get(name="Grade 5 East")
        page = client.get(response["Location"]).content.decode()
        assert school_class.join_code in page

        # 2. Print the join sheet, then 15 students join by code on their devices.
        sheet = client.get(reverse("classes:join_sheet", args=[school_class.pk]))
        assert "<svg" in sheet.content.decode()
        joined = []
        for n in range(15):
            device = Client()
            step1 = device.post(
                reverse("classes:join"), {"code": school_class.join_code.lower()}
            )
            data = {"display_name": f"Child {n}"}
            if n % 2:
                data.update(
                    kind="password",
                    password1="kite-river-blue",
                    password2="kite-river-blue",
                )
            else:
                data.update(
                    kind="pictures", picture_0="sun", picture_1="cat", picture_2="ball"
                )
            done = device.post(step1["Location"], data, follow=True)
            assert done.status_code == 200
            username = re.search(
                r'<dd class="code">([^<]+)</dd>', done.content.decode()
            )
            joined.append((device, username.group(1)))

        # 3. The other 15 come from a roster; the teacher prints their cards.
        rows = "".join(f"Roster {n},{'f' if n % 2 else 'm'},2015\n" for n in range(15))
        from django.core.files.uploadedfile import SimpleUploadedFile

        cards = client.post(
            reverse("classes:class_roster", args=[school_class.pk]),
            {
                "file": SimpleUploadedFile(
                    "grade5.csv",
                    ("display_name,gender,birth_year\n" + rows).encode(),
                    content_type="text/csv",
                ),
                "token": "grade5-upload",
            },
        )
        assert cards.status_code == 200
        assert len(cards.context["cards"]) == 15
        assert school_class.learners.count() == 30

        # 4. Assign the course with a due date.
        client.post(
            reverse("classes:class_assignments", args=[school_class.pk]),
            {"course": course.pk, "due_date": "2026-12-15"},
        )

        # 5. A code-joined child (already signed in) and a roster child (signing
        #    in with the printed card) take the course.
        device, _username = joined[1]
        dashboard = device.get(reverse("learner_dashboard")).content.decode()
        assert "From your class" in dashboard
        take(device, course, "pre", WEAK)
        for lesson in course.get_lessons():
            device.post(reverse("lesson_complete", args=[lesson.pk]))
        take(device, course, "post", STRONG)

        card = cards.context["cards"][0]
        roster_device = Client()
        signed_in = roster_device.post(
            reverse("account_login"),
            {"login": card["learner"].username, "password": card["password"]},
        )
        assert signed_in.status_code == 302
        take(roster_device, course, "pre", STRONG)

        # A picture-password child signs in again on a shared device.
        picture_device = Client()
        response = picture_device.post(
            reverse("classes:picture_login"),
            {
                "username": joined[0][1],
                "picture_0": "sun",
                "picture_1": "cat",
                "picture_2": "ball",
            },
        )
        assert response.status_code == 302

        # 6. The teacher follows progress and pre/post results.
        response = client.get(reverse("classes:class_detail", args=[school_class.pk]))
        page = response.content.decode()
        entry = response.context["courses"][0]
        assert entry["due_date"].isoformat() == "2026-12-15"
        statuses = {row["learner"].display_name: row["status"] for row in entry["rows"]}
        assert statuses["Child 1"] == "done"
        assert statuses[card["learner"].display_name] == "in_progress"
        assert len(entry["not_started"]) == 28
        assert "0 / 25 / 13" in page and "100 / 100 / 88" in page
        attempt = Attempt.objects.get(learner__display_name="Child 1", phase="post")
        assert attempt.school_class == school_class
        report = client.get(reverse("classes:class_report", args=[school_class.pk]))
        assert "Child 1" in report.content.decode()
