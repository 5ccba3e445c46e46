"""The class dashboard: statuses, pre/post per domain, hard questions, query count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from assessments import stats
from assessments.models import Response
from classes.selectors import class_dashboard, lesson_statuses, submitted_scores
from tests.classes.helpers import STRONG, WEAK, finish_course, take_test
from tests.factories import make_class, make_teacher

DASHBOARD_QUERIES = 7


class TestLessonStatuses:
    def test_not_begun_course_has_no_lesson_in_progress(self):
        assert lesson_statuses([False, False], started=False) == ["not_started"] * 2

    def test_after_the_pre_test_the_first_lesson_is_in_progress(self):
        assert lesson_statuses([False, False], started=True) == [
            "in_progress",
            "not_started",
        ]

    def test_the_lesson_after_the_last_done_is_in_progress(self):
        assert lesson_statuses([True, False, False], started=False) == [
            "done",
            "in_progress",
            "not_started",
        ]


@pytest.mark.django_db
class TestClassDashboard:
    def build(self, course, learners, prefix="p"):
        teacher = make_teacher(f"teacher-{prefix}")
        school_class = make_class(
            teacher=teacher,
            learners=learners,
            course=course,
            prefix=prefix,
            name=f"Class {prefix}",
        )
        pupils = list(school_class.learners.order_by("username"))
        # Two finish with K01 still wrong, one is half-way, the rest have not begun.
        wrong_k01 = {**STRONG, "K01": "A"}
        finish_course(pupils[0], course, post=wrong_k01)
        finish_course(pupils[1], course, post=wrong_k01)
        take_test(pupils[2], course, "pre", WEAK)
        return teacher, school_class, pupils

    def test_rows_statuses_and_who_has_not_started(self, course):
        _teacher, school_class, pupils = self.build(course, 5)
        data = class_dashboard(school_class=school_class)
        entry = data["courses"][0]
        assert entry["course"] == course and entry["assigned"]
        rows = {row["learner"].username: row for row in entry["rows"]}
        assert rows["p-00"]["lessons"] == ["done", "done"]
        assert rows["p-00"]["status"] == "done"
        assert rows["p-02"]["lessons"] == ["in_progress", "not_started"]
        assert rows["p-02"]["status"] == "in_progress"
        assert rows["p-02"]["post"] is None
        assert rows["p-04"]["status"] == "not_started"
        assert {u.username for u in entry["not_started"]} == {"p-03", "p-04"}
        assert rows["p-00"]["pre"] == {"K": 0.0, "A": 25.0, "P": 12.5}

    def test_pre_post_per_domain_uses_matched_pairs(self, course):
        _teacher, school_class, _pupils = self.build(course, 5)
        entry = class_dashboard(school_class=school_class)["courses"][0]
        by_domain = {d["domain"]: d for d in entry["pre_post"]}
        knowledge = by_domain["K"]
        assert knowledge["matched"]["n_matched"] == 2
        assert knowledge["matched"]["pre_only"] == [_pupils[2].pk]
        assert knowledge["summary"]["pre_mean"] == 0.0
        assert knowledge["summary"]["post_mean"] == pytest.approx(66.67)
        assert knowledge["summary"]["prop_improved"] == 1.0

    def test_pre_post_is_the_statistics_module_result(self, course):
        _teacher, school_class, _pupils = self.build(course, 5)
        entry = class_dashboard(school_class=school_class)["courses"][0]
        for block in entry["pre_post"]:
            rows = entry["rows"]
            pre = {
                r["learner"].pk: r["pre"][block["domain"]]
                for r in rows
                if submitted_scores(r["pre"])
            }
            post = {
                r["learner"].pk: r["post"][block["domain"]]
                for r in rows
                if submitted_scores(r["post"])
            }
            matched = stats.match_pre_post(pre, post)
            assert block["matched"] == matched
            pairs = matched["pairs"]
            assert block["summary"] == stats.paired_summary(
                [p[1] for p in pairs], [p[2] for p in pairs], effect_size_ci=False
            )

    def test_hard_questions_use_item_difficulty(self, course):
        _teacher, school_class, pupils = self.build(course, 5)
        entry = class_dashboard(school_class=school_class)["courses"][0]
        (question,) = entry["hard_questions"]
        scores = list(
            Response.objects.filter(
                attempt__learner__in=pupils,
                attempt__phase="post",
                attempt__submitted_at__isnull=False,
                item__code=question["item"]["code"],
            ).values_list("score", flat=True)
        )
        expected = stats.item_difficulty(scores)
        assert question["difficulty"] == expected["difficulty"]
        assert question["n"] == expected["n"]

    def test_questions_most_still_get_wrong(self, course):
        _teacher, school_class, _pupils = self.build(course, 5)
        entry = class_dashboard(school_class=school_class)["courses"][0]
        assert [
            (q["item"]["code"], q["percent_right"], q["n"])
            for q in entry["hard_questions"]
        ] == [("K01", 0, 2)]

    def test_one_learner_only_for_the_student_page(self, course):
        _teacher, school_class, pupils = self.build(course, 5)
        data = class_dashboard(school_class=school_class, learner=pupils[1])
        assert [r["learner"] for r in data["courses"][0]["rows"]] == [pupils[1]]

    @pytest.mark.parametrize("size", [5, 60])
    def test_fixed_number_of_queries(self, course, size, django_assert_num_queries):
        _teacher, school_class, _pupils = self.build(course, size)
        with django_assert_num_queries(DASHBOARD_QUERIES):
            data = class_dashboard(school_class=school_class)
        assert data["learner_count"] == size

    def test_page_query_count_does_not_grow_with_class_size(self, client, course):
        counts = {}
        for size in (5, 60):
            teacher, school_class, _pupils = self.build(course, size, f"c{size}")
            client.force_login(teacher)
            url = reverse("classes:class_detail", args=[school_class.pk])
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            assert response.status_code == 200
            assert response.content.decode().count("✓") == 4
            counts[size] = len(queries)
        assert counts[5] == counts[60]

    def test_report_and_student_page_render(self, client, course):
        teacher, school_class, pupils = self.build(course, 5)
        client.force_login(teacher)
        report = client.get(reverse("classes:class_report", args=[school_class.pk]))
        assert report.status_code == 200
        assert "Which is personal information?" in report.content.decode()
        detail = client.get(
            reverse("classes:student_detail", args=[school_class.pk, pupils[0].pk])
        )
        page = detail.content.decode()
        assert pupils[0].username in page and pupils[1].username not in page
