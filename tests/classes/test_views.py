"""Teacher, school-admin and programme pages: permissions, roster, exports."""

import csv
import io
import logging
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts import roles
from assessments.exports import class_pseudonym_key, pseudonym
from classes.models import SchoolClass
from classes.services import assignment_set
from tests.classes.helpers import finish_course
from tests.factories import make_class, make_evaluator, make_teacher, make_user

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture
def teacher():
    return make_teacher()


@pytest.fixture
def school_class(teacher):
    school_class = make_class(teacher=teacher, learners=2)
    school_class.school.teachers.add(teacher)
    return school_class


def upload(text: str | bytes, name="class.csv"):
    data = text.encode() if isinstance(text, str) else text
    return SimpleUploadedFile(name, data, content_type="text/csv")


def class_urls(school_class, learner):
    pk = school_class.pk
    return [
        ("get", reverse("classes:class_detail", args=[pk])),
        ("get", reverse("classes:class_edit", args=[pk])),
        ("post", reverse("classes:class_edit", args=[pk])),
        ("post", reverse("classes:class_teacher_add", args=[pk])),
        ("post", reverse("classes:class_archive", args=[pk])),
        ("get", reverse("classes:class_report", args=[pk])),
        ("post", reverse("classes:class_csv", args=[pk])),
        ("get", reverse("classes:join_sheet", args=[pk])),
        ("get", reverse("classes:class_roster", args=[pk])),
        ("post", reverse("classes:class_roster", args=[pk])),
        ("get", reverse("classes:class_assignments", args=[pk])),
        ("post", reverse("classes:class_assignments", args=[pk])),
        ("get", reverse("classes:student_detail", args=[pk, learner.pk])),
        ("post", reverse("classes:student_reset", args=[pk, learner.pk])),
        ("post", reverse("classes:student_move", args=[pk, learner.pk])),
    ]


class TestPermissions:
    def test_another_teacher_gets_404_on_every_class_url(self, client, school_class):
        learner = school_class.learners.first()
        other = make_teacher("other")
        own = make_class(teacher=other, name="Own", learners=1, prefix="own")
        client.force_login(other)
        for method, url in class_urls(school_class, learner):
            response = getattr(client, method)(url)
            assert response.status_code == 404, (method, url)
        # Their own class with this learner's id in the URL: also 404.
        url = reverse("classes:student_detail", args=[own.pk, learner.pk])
        assert client.get(url).status_code == 404
        learner.refresh_from_db()
        assert learner.check_password("a-long-test-password")
        school_class.refresh_from_db()
        assert not school_class.archived

    def test_co_teacher_sees_the_class(self, client, teacher, school_class):
        colleague = make_teacher("colleague")
        school_class.school.teachers.add(colleague)
        client.force_login(teacher)
        client.post(
            reverse("classes:class_teacher_add", args=[school_class.pk]),
            {"identifier": "colleague"},
        )
        client.force_login(colleague)
        url = reverse("classes:class_detail", args=[school_class.pk])
        assert client.get(url).status_code == 200

    def test_school_admin_manages_only_their_school(self, client, school_class):
        admin = make_user("head", email="head@example.org", mfa=True)
        school_class.school.admins.add(admin)
        elsewhere = make_class(teacher=make_teacher("far"), school_name="School B")
        client.force_login(admin)
        assert (
            client.get(
                reverse("classes:class_detail", args=[school_class.pk])
            ).status_code
            == 200
        )
        assert (
            client.get(reverse("classes:class_detail", args=[elsewhere.pk])).status_code
            == 404
        )
        assert (
            client.get(
                reverse("classes:school_detail", args=[school_class.school.pk])
            ).status_code
            == 200
        )
        assert (
            client.get(
                reverse("classes:school_detail", args=[elsewhere.school.pk])
            ).status_code
            == 404
        )

        newcomer = make_user("newcomer", email="new@example.org")
        client.post(
            reverse("classes:school_teacher_add", args=[school_class.school.pk]),
            {"identifier": "new@example.org"},
        )
        assert school_class.school.teachers.filter(pk=newcomer.pk).exists()
        assert roles.has_role(newcomer, roles.TEACHER)
        client.post(
            reverse("classes:school_teacher_add", args=[elsewhere.school.pk]),
            {"identifier": "newcomer"},
        )
        assert not elsewhere.school.teachers.filter(pk=newcomer.pk).exists()

    def test_school_admin_cannot_remove_a_classes_only_teacher(
        self, client, teacher, school_class
    ):
        admin = make_user("head", mfa=True)
        school_class.school.admins.add(admin)
        client.force_login(admin)
        url = reverse(
            "classes:school_teacher_remove", args=[school_class.school.pk, teacher.pk]
        )
        response = client.post(url, follow=True)
        assert "Give these classes another teacher first" in response.content.decode()
        assert school_class.school.teachers.filter(pk=teacher.pk).exists()

    def test_programme_staff_see_aggregates_but_no_class_page(
        self, client, course, school_class
    ):
        programme = school_class.school.programme
        evaluator = make_evaluator("eval", programme)
        pupil = school_class.learners.first()
        finish_course(pupil, course)
        client.force_login(evaluator)
        assert (
            client.get(
                reverse("classes:class_detail", args=[school_class.pk])
            ).status_code
            == 404
        )
        assert client.get(reverse("classes:teacher_home")).status_code == 403
        response = client.get(
            reverse("classes:programme_overview", args=[programme.pk])
        )
        page = response.content.decode()
        assert response.status_code == 200
        assert school_class.school.name in page
        assert pupil.display_name not in page and school_class.name not in page
        row = response.context["schools"][0]
        assert (
            row["classes"],
            row["learners"],
            row["pre_submitted"],
            row["post_submitted"],
        ) == (1, 2, 1, 1)

    def test_teacher_cannot_see_a_programme_overview(
        self, client, teacher, school_class
    ):
        client.force_login(teacher)
        url = reverse(
            "classes:programme_overview", args=[school_class.school.programme.pk]
        )
        assert client.get(url).status_code == 404

    def test_learner_cannot_open_teacher_pages(self, client, school_class):
        client.force_login(school_class.learners.first())
        assert client.get(reverse("classes:class_create")).status_code == 403
        assert client.get(reverse("classes:roster_template")).status_code == 403


class TestMyClassesLink:
    """The header's "My classes" link is shown to exactly the people who may
    open the page."""

    def link(self, client, user):
        client.force_login(user)
        page = client.get(reverse("learner_dashboard")).content.decode()
        url = reverse("classes:teacher_home")
        return f'href="{url}"' in page, client.get(url).status_code

    def test_school_admin_without_a_class_sees_my_classes(self, client, school_class):
        head = make_user("head", role=roles.SCHOOL_ADMIN)
        school_class.school.admins.add(head)
        assert self.link(client, head) == (True, 200)

    def test_teacher_without_classes_yet_sees_my_classes(self, client):
        assert self.link(client, make_teacher("new-teacher")) == (True, 200)

    def test_learner_and_programme_staff_do_not(self, client, school_class):
        learner = school_class.learners.first()
        assert self.link(client, learner) == (False, 403)
        staff = make_evaluator("eval", school_class.school.programme)
        assert self.link(client, staff) == (False, 403)


class TestClassPages:
    def test_create_edit_and_archive(self, client, teacher, school_class):
        client.force_login(teacher)
        response = client.post(
            reverse("classes:class_create"),
            {
                "school": school_class.school.pk,
                "name": "Grade 6 green",
                "grade": "6",
                "language": "en",
                "academic_year": "2026-2027",
            },
        )
        new = SchoolClass.objects.get(name="Grade 6 green")
        assert response["Location"] == reverse("classes:class_detail", args=[new.pk])
        client.post(
            reverse("classes:class_edit", args=[new.pk]),
            {
                "name": "Grade 6 red",
                "grade": "6",
                "language": "fr",
                "academic_year": "2026",
            },
        )
        new.refresh_from_db()
        assert (new.name, new.language) == ("Grade 6 red", "fr")
        client.post(reverse("classes:class_archive", args=[new.pk]), {"archived": "1"})
        new.refresh_from_db()
        assert new.archived
        home = client.get(reverse("classes:teacher_home")).content.decode()
        assert "Archived classes" in home

    def test_cannot_create_a_class_in_a_school_you_do_not_teach(self, client, teacher):
        make_class(teacher=teacher)  # teacher is not in School.teachers here
        far = make_class(teacher=make_teacher("far"), school_name="School B")
        far.school.teachers.add(far.teachers.get())
        client.force_login(teacher)
        assert client.get(reverse("classes:class_create")).status_code == 403

    def test_join_sheet_has_an_svg_qr_code_of_the_join_url(
        self, client, teacher, school_class
    ):
        client.force_login(teacher)
        page = client.get(
            reverse("classes:join_sheet", args=[school_class.pk])
        ).content.decode()
        svg = page[page.index("<svg") : page.index("</svg>")]
        # The QR code is plain SVG; the page's only script is the site's
        # static offline.js (no inline script anywhere).
        assert "<script" not in svg
        assert re.search(r"<script(?![^>]*\bsrc=)", page) is None
        assert f"/join/?code={school_class.join_code}" in page

    def test_assign_with_due_date_shows_first_on_learn(
        self, client, teacher, school_class, course
    ):
        client.force_login(teacher)
        client.post(
            reverse("classes:class_assignments", args=[school_class.pk]),
            {"course": course.pk, "due_date": "2026-12-01"},
        )
        assert school_class.assignments.get().due_date.isoformat() == "2026-12-01"
        client.force_login(school_class.learners.first())
        page = client.get(reverse("learner_dashboard")).content.decode()
        assert "From your class" in page and "due" in page

    def test_reset_password_shows_it_once(self, client, teacher, school_class, caplog):
        learner = school_class.learners.first()
        client.force_login(teacher)
        with caplog.at_level(logging.INFO, logger="elearn.audit"):
            response = client.post(
                reverse("classes:student_reset", args=[school_class.pk, learner.pk])
            )
        password = response.context["cards"][0]["password"]
        assert password in response.content.decode()
        learner.refresh_from_db()
        assert learner.check_password(password)
        assert (
            f"password.reset_by_teacher actor={teacher.pk} "
            f"target=accounts.user:{learner.pk}"
        ) in caplog.text
        assert response["Cache-Control"].startswith("max-age=0")

    def test_move_student_to_another_of_your_classes(
        self, client, teacher, school_class
    ):
        learner = school_class.learners.first()
        other = make_class(teacher=teacher, name="Class B")
        client.force_login(teacher)
        client.post(
            reverse("classes:student_move", args=[school_class.pk, learner.pk]),
            {"to_class": other.pk},
        )
        assert list(learner.learning_classes.all()) == [other]

    def test_cannot_move_student_into_a_class_you_do_not_teach(
        self, client, teacher, school_class
    ):
        learner = school_class.learners.first()
        far = make_class(teacher=make_teacher("far"), name="Far")
        client.force_login(teacher)
        response = client.post(
            reverse("classes:student_move", args=[school_class.pk, learner.pk]),
            {"to_class": far.pk},
        )
        assert response.status_code == 404
        assert list(learner.learning_classes.all()) == [school_class]


class TestRosterUpload:
    def post(self, client, school_class, file, pictures=False, token="t1"):
        data = {"file": file, "token": token}
        if pictures:
            data["pictures"] = "on"
        return client.post(
            reverse("classes:class_roster", args=[school_class.pk]), data
        )

    def test_template_download(self, client, teacher):
        client.force_login(teacher)
        response = client.get(reverse("classes:roster_template"))
        assert response["Content-Type"].startswith("text/csv")
        assert (
            response.content.decode("utf-8-sig").splitlines()[0]
            == "display_name,gender,birth_year"
        )

    def test_import_creates_accounts_and_printable_cards(
        self, client, teacher, school_class
    ):
        client.force_login(teacher)
        text = "display_name,gender,birth_year\nAmina,f,2015\nSam,m,2014\nSam,f,2015\n"
        response = self.post(client, school_class, upload(text))
        page = response.content.decode()
        assert response.status_code == 200
        created = User.objects.filter(display_name__in=["Amina", "Sam"])
        assert created.count() == 3
        for card in response.context["cards"]:
            assert card["learner"].username in page
            assert card["password"] in page
            assert card["learner"].check_password(card["password"])
        assert "Some names appear more than once" in page and "rows 3, 4" in page
        assert all(not u.email and u.is_child_account for u in created)

    def test_reloading_the_result_does_not_import_twice(
        self, client, teacher, school_class
    ):
        client.force_login(teacher)
        text = "display_name,gender,birth_year\nAmina,f,2015\n"
        self.post(client, school_class, upload(text), token="same")
        again = self.post(client, school_class, upload(text), token="same")
        assert again.status_code == 302
        assert User.objects.filter(display_name="Amina").count() == 1
        self.post(client, school_class, upload(text), token="other")
        assert User.objects.filter(display_name="Amina").count() == 2

    def test_picture_password_cards(self, client, teacher, school_class):
        client.force_login(teacher)
        response = self.post(
            client,
            school_class,
            upload("display_name,gender,birth_year\nAmina,f,2015\n"),
            pictures=True,
        )
        card = response.context["cards"][0]
        assert card["password"] == "" and len(card["pictures"]) == 3
        assert str(card["pictures"][0]["label"]) in response.content.decode()
        assert card["learner"].uses_picture_password

    @pytest.mark.parametrize(
        "content, message",
        [
            ("display_name,birth_year\nAmina,2015\n", "Missing column(s): gender"),
            (
                "display_name,gender,birth_year\nAmina,f,2015\nJo,m,2099\n",
                "Row 3, birth_year: This year is in the future.",
            ),
            (
                "display_name,gender,birth_year\nAmina,f,2015\nJo,m,1800\n",
                "Row 3, birth_year: This birth year is not plausible",
            ),
            (b"\x89PNG\r\n\x1a\n\x00\x00", "This is not a CSV text file."),
            (
                b"display_name,gender,birth_year\nJos\xe9,m,2015\n",
                "not a UTF-8 CSV file",
            ),
        ],
    )
    def test_bad_rosters_create_nothing_and_say_why(
        self, client, teacher, school_class, content, message
    ):
        client.force_login(teacher)
        before = User.objects.count()
        response = self.post(client, school_class, upload(content))
        assert message in response.content.decode()
        assert "Nothing was created" in response.content.decode()
        assert User.objects.count() == before

    def test_unclosed_quote_creates_nobody_and_names_the_row(
        self, client, teacher, school_class
    ):
        client.force_login(teacher)
        before = User.objects.count()
        response = self.post(
            client,
            school_class,
            upload('display_name,gender,birth_year\n"Amina\nBilal\n'),
        )
        html = response.content.decode()
        assert "Nothing was created" in html
        assert "Row 2, display_name:" in html
        assert "lines 2 to 3" in html
        assert User.objects.count() == before

    def test_ten_megabyte_file_is_refused(self, client, teacher, school_class):
        client.force_login(teacher)
        big = b"display_name,gender,birth_year\n" + b"Amina,f,2015\n" * (
            10 * 1024 * 1024 // 13
        )
        before = User.objects.count()
        response = self.post(client, school_class, upload(big))
        assert "larger than 1024 KB" in response.content.decode()
        assert User.objects.count() == before

    def test_one_bad_row_in_thirty_creates_nobody(self, client, teacher, school_class):
        client.force_login(teacher)
        rows = [f"Pupil {n},f,2015" for n in range(29)] + ["Late,f,2040"]
        response = self.post(
            client,
            school_class,
            upload("display_name,gender,birth_year\n" + "\n".join(rows)),
        )
        assert "Row 31, birth_year" in response.content.decode()
        assert school_class.learners.count() == 2

    def test_formula_and_script_names_are_stored_as_text_and_escaped(
        self, client, teacher, school_class, course
    ):
        client.force_login(teacher)
        text = 'display_name,gender,birth_year\n"=HYPERLINK(""http://x.example"",""A"")",,\n<script>alert(1)</script>,,\n'
        self.post(client, school_class, upload(text))
        assert User.objects.filter(
            display_name='=HYPERLINK("http://x.example","A")'
        ).exists()
        assert User.objects.filter(display_name="<script>alert(1)</script>").exists()
        page = client.get(
            reverse("classes:class_detail", args=[school_class.pk])
        ).content.decode()
        assert "<script>alert(1)</script>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        # Named export (when allowed) neutralises the formula.
        programme = school_class.school.programme
        programme.allow_named_class_export = True
        programme.save()
        response = client.post(
            reverse("classes:class_csv", args=[school_class.pk]), {"named": "1"}
        )
        cells = [
            row[0]
            for row in csv.reader(io.StringIO(response.content.decode("utf-8-sig")))
        ]
        assert '\'=HYPERLINK("http://x.example","A")' in cells


class TestClassCsv:
    def rows(self, response):
        return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))

    def test_pseudonymised_by_default(self, client, teacher, school_class, course):
        assignment_set(school_class=school_class, course=course, by=teacher)
        pupil = school_class.learners.order_by("username").first()
        finish_course(pupil, course)
        client.force_login(teacher)
        # Asking for names is ignored when the programme does not allow them.
        response = client.post(
            reverse("classes:class_csv", args=[school_class.pk]), {"named": "1"}
        )
        assert response["Cache-Control"] == "no-store"
        rows = self.rows(response)
        assert rows[0] == [
            "student",
            "course",
            "lessons_done",
            "lessons_total",
            "status",
            "pre_K",
            "pre_A",
            "pre_P",
            "post_K",
            "post_A",
            "post_P",
        ]
        key = class_pseudonym_key(
            key=school_class.school.programme.pseudonym_key, class_id=school_class.pk
        )
        by_student = {row[0]: row for row in rows[1:]}
        assert set(by_student) == {
            pseudonym(key=key, learner_id=u.pk) for u in school_class.learners.all()
        }
        row = by_student[pseudonym(key=key, learner_id=pupil.pk)]
        assert row[1:] == [
            course.title,
            "2",
            "2",
            "done",
            "0.0",
            "25.0",
            "12.5",
            "100.0",
            "100.0",
            "87.5",
        ]
        assert "Pupil" not in response.content.decode()

    def test_csv_is_post_only(self, client, teacher, school_class):
        client.force_login(teacher)
        assert (
            client.get(reverse("classes:class_csv", args=[school_class.pk])).status_code
            == 405
        )
