import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from assessments.models import Attempt, Response
from assessments.services import attempt_get_or_start, attempt_save_answers
from tests.factories import make_class, make_evaluator, make_teacher

pytestmark = pytest.mark.django_db

ROW = {
    "K01": "b",
    "K02": "AB",
    "K03": "f",
    "A01": "5",
    "A02": "1",
    "P01": "4",
    "P02": "n",
}


@pytest.fixture
def classroom(course):
    return make_class(teacher=make_teacher(), learners=3, course=course, prefix="p")


def url(classroom, course, phase="pre"):
    return reverse("assessments:paper_entry", args=[classroom.pk, course.pk, phase])


def grid(course, learners, rows, taken_on="2026-03-02"):
    items = {item.code: item.pk for item in course.pre_test.get_items()}
    data = {"taken_on": taken_on}
    for learner, row in zip(learners, rows, strict=False):
        for code, value in row.items():
            data[f"c-{learner.pk}-{items[code]}"] = value
    return data


def learners_of(classroom):
    return list(classroom.learners.order_by("display_name", "username"))


class TestPaperEntry:
    def test_teacher_enters_a_class_grid(self, client, course, classroom):
        teacher = classroom.teachers.get()
        client.force_login(teacher)
        page = client.get(reverse("assessments:paper_choose", args=[classroom.pk]))
        assert url(classroom, course) in page.content.decode()
        assert client.get(url(classroom, course)).status_code == 200
        pupils = learners_of(classroom)
        partial = {"K01": "A", "A01": "3"}
        response = client.post(
            url(classroom, course), grid(course, pupils, [ROW, partial])
        )
        assert response.status_code == 302
        attempts = Attempt.objects.filter(source="paper").order_by("learner__username")
        assert [a.learner for a in attempts] == pupils[:2]
        first = attempts[0]
        assert first.entered_by == teacher
        assert first.is_submitted and first.school_class == classroom
        assert first.submitted_at.date().isoformat() == "2026-03-02"
        assert dict(first.responses.values_list("item__code", "value")) == {
            "K01": "B",
            "K02": "A,B",
            "K03": "false",
            "A01": "5",
            "A02": "1",
            "P01": "4",
            "P02": "no",
        }
        assert first.scores["domains"] == {
            "K": {"score": 100.0, "n_items": 3},
            "A": {"score": 100.0, "n_items": 2},
            "P": {"score": 87.5, "n_items": 2},
        }
        assert attempts[1].responses.count() == 2
        # The third learner (empty row) was absent: no attempt.
        assert not Attempt.objects.filter(learner=pupils[2]).exists()
        # Saved rows are locked on the next visit.
        page = client.get(url(classroom, course)).content.decode()
        assert page.count("Already entered from paper.") == 2

    def test_one_bad_cell_saves_nothing_and_keeps_what_was_typed(
        self, client, course, classroom
    ):
        client.force_login(classroom.teachers.get())
        pupils = learners_of(classroom)
        bad = {**ROW, "A01": "7", "K01": "Z"}
        response = client.post(url(classroom, course), grid(course, pupils, [ROW, bad]))
        assert response.status_code == 400
        html = response.content.decode()
        assert "2 cells need another look" in html
        assert "Not one of the answers: 1-5" in html
        assert "Not one of the answers: A B" in html
        assert 'value="AB"' in html and 'value="7"' in html
        assert Attempt.objects.count() == 0 and Response.objects.count() == 0

    def test_learner_who_took_it_online_is_locked(self, client, course, classroom):
        pupils = learners_of(classroom)
        attempt = attempt_get_or_start(
            learner=pupils[0], course=course, phase="pre", language="en"
        )
        items = {i.code: i.pk for i in attempt.instrument.get_items()}
        attempt_save_answers(attempt=attempt, answers={items["K01"]: "A"})
        # An unfinished online attempt locks the row too.
        client.force_login(classroom.teachers.get())
        page = client.get(url(classroom, course)).content.decode()
        assert "Taken online." in page
        response = client.post(url(classroom, course), grid(course, pupils, [ROW]))
        # The row is not in the form, so a forged cell for it is ignored.
        assert response.status_code == 302
        assert Attempt.objects.filter(source="paper").count() == 0
        assert attempt.responses.get().value == "A"

    def test_future_date_is_refused(self, client, course, classroom):
        client.force_login(classroom.teachers.get())
        data = grid(course, learners_of(classroom), [ROW], taken_on="2999-01-01")
        response = client.post(url(classroom, course), data)
        assert response.status_code == 400
        assert "can&#x27;t be in the future" in response.content.decode()
        assert Attempt.objects.count() == 0

    def test_other_teacher_gets_404(self, client, course, classroom):
        other = make_teacher("other")
        make_class(teacher=other, name="Other", prefix="o")
        client.force_login(other)
        assert client.get(url(classroom, course)).status_code == 404
        data = grid(course, learners_of(classroom), [ROW])
        assert client.post(url(classroom, course), data).status_code == 404
        assert Attempt.objects.count() == 0

    def test_data_clerk_enters_for_programme_classes_only(
        self, client, course, classroom
    ):
        clerk = make_evaluator("clerk", classroom.school.programme)
        client.force_login(clerk)
        assert client.get(url(classroom, course)).status_code == 404
        clerk.user_permissions.add(
            Permission.objects.get(codename="enter_paper_results")
        )
        client.force_login(clerk)
        response = client.post(
            url(classroom, course), grid(course, learners_of(classroom), [ROW])
        )
        assert response.status_code == 302
        assert Attempt.objects.get().entered_by == clerk
        outsider = make_evaluator("outsider", _other_programme())
        outsider.user_permissions.add(
            Permission.objects.get(codename="enter_paper_results")
        )
        client.force_login(outsider)
        assert client.get(url(classroom, course)).status_code == 404

    def test_learner_cannot_open_paper_entry(self, client, course, classroom):
        client.force_login(learners_of(classroom)[0])
        assert client.get(url(classroom, course)).status_code == 404


def _other_programme():
    from classes.models import Programme

    return Programme.objects.create(name="Elsewhere", slug="elsewhere")
