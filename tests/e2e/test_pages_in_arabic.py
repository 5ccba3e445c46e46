"""The teachers' and programme staff's pages, in Arabic, checked by axe-core.

The journeys in English read these pages step by step; here each is visited
in Arabic (right to left), so contrast, labels and landmarks are checked in
both directions.
"""

from classes.models import Programme, School
from tests.e2e.journeys import hand_in_pre_test, sign_in_checked, verified, visit
from tests.factories import PASSWORD, make_class, make_evaluator, make_teacher


def test_teacher_and_staff_pages_in_arabic(make_page, course):
    programme = Programme.objects.create(slug="north", name="North programme")
    school = School.objects.create(programme=programme, name="Hill School")
    teacher = verified(make_teacher("ms-okafor"))
    school.teachers.add(teacher)
    school.admins.add(teacher)
    school_class = make_class(
        teacher=teacher,
        programme=programme,
        school_name=school.name,
        learners=2,
        course=course,
        prefix="ar",
    )
    learner = school_class.learners.first()
    hand_in_pre_test(learner, course)

    page = make_page(locale="ar")
    sign_in_checked(page, "ms-okafor", PASSWORD, language="ar")
    base = f"/ar/teach/classes/{school_class.pk}"
    for url in (
        "/ar/teach/",
        "/ar/teach/classes/new/",
        f"{base}/",
        f"{base}/edit/",
        f"{base}/assignments/",
        f"{base}/roster/",
        f"{base}/join-sheet/",
        f"{base}/report/",
        f"{base}/students/{learner.pk}/",
        f"/ar/teach/schools/{school.pk}/",
    ):
        visit(page, url)
        assert page.locator("html").get_attribute("dir") == "rtl", url

    verified(make_evaluator("evaluator", programme))
    staff = make_page(locale="ar")
    sign_in_checked(staff, "evaluator", PASSWORD, language="ar")
    for url in (
        "/ar/evaluation/exports/",
        "/ar/evaluation/report/",
        "/ar/help/",
        "/ar/",
    ):
        visit(staff, url)
