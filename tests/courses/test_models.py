"""The page tree: where pages may go, modules, and lessons in reading order."""

import pytest
from django.urls import reverse
from django.utils.text import slugify
from wagtail.models import Page

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from courses.selectors import course_progress, lesson_navigation
from courses.services import lesson_complete
from home.models import HomePage
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def add_module(course, title="Part 2: at school", *, live=True):
    module = ModulePage(title=title, slug=slugify(title))
    course.add_child(instance=module)
    revision = module.save_revision()
    if live:
        revision.publish()
    else:
        module.live = False
        module.save()
    return module


def add_lesson(parent, title):
    lesson = LessonPage(
        title=title,
        slug=slugify(title),
        body=[("rich_text", "<p>Ask a trusted adult.</p>")],
    )
    parent.add_child(instance=lesson)
    lesson.save_revision().publish()
    return lesson


class TestPageTypeRules:
    def test_lesson_only_inside_a_course_or_module(self, course):
        index = CourseIndexPage.objects.get()
        home = HomePage.objects.get()
        root = Page.get_first_root_node()
        module = add_module(course)
        assert LessonPage.can_create_at(course)
        assert LessonPage.can_create_at(module)
        for wrong_parent in (index, home, root):
            assert not LessonPage.can_create_at(wrong_parent)
        assert set(LessonPage.allowed_parent_page_models()) == {CoursePage, ModulePage}

    def test_module_only_inside_a_course(self, course):
        index = CourseIndexPage.objects.get()
        module = add_module(course)
        assert ModulePage.can_create_at(course)
        assert not ModulePage.can_create_at(index)
        assert not ModulePage.can_create_at(module)

    def test_course_only_in_the_catalogue(self, course):
        assert CoursePage.can_create_at(CourseIndexPage.objects.get())
        assert not CoursePage.can_create_at(HomePage.objects.get())
        assert not CoursePage.can_create_at(course)

    def test_moving_a_lesson_out_of_its_course_is_refused(self, course):
        lesson = course.get_lessons().first()
        index = CourseIndexPage.objects.get()
        assert not lesson.specific.can_move_to(index)
        assert lesson.specific.can_move_to(add_module(course))


class TestModules:
    def test_lessons_in_modules_count_in_tree_order(self, course):
        module = add_module(course)
        third = add_lesson(module, "Reporting at school")
        learner = make_user("learner")
        lessons = list(course.get_lessons())
        assert [p.pk for p in lessons][-1] == third.pk
        assert len(lessons) == 3

        lesson_complete(learner=learner, lesson=third)
        progress = course_progress(user=learner, course=course)
        assert (progress["done"], progress["total"], progress["percent"]) == (1, 3, 33)
        assert third.get_course().pk == course.pk
        nav = lesson_navigation(user=learner, course=course, lesson=third)
        assert nav["module"].pk == module.pk

    def test_navigation_crosses_module_boundaries(self, course):
        module = add_module(course)
        third = add_lesson(module, "Reporting at school")
        second = list(course.get_lessons())[1]
        learner = make_user("learner")
        nav = lesson_navigation(user=learner, course=course, lesson=second)
        assert nav["next_lesson"].pk == third.pk
        nav = lesson_navigation(user=learner, course=course, lesson=third)
        assert nav["previous_lesson"].pk == second.pk
        assert (nav["lesson_number"], nav["lesson_count"]) == (3, 3)

    def test_lessons_of_an_unpublished_module_are_left_out(self, course):
        draft = add_module(course, "Draft part", live=False)
        add_lesson(draft, "Not ready yet")
        assert course.get_lessons().count() == 2

    def test_module_page_lists_its_lessons(self, client, course):
        module = add_module(course)
        add_lesson(module, "Reporting at school")
        response = client.get(module.url)
        assert response.status_code == 200
        page = response.content.decode()
        assert "Reporting at school" in page
        assert course.title in page

    def test_marking_the_last_lesson_before_a_module_goes_into_it(self, client, course):
        course.pre_test = None
        course.save_revision().publish()
        module = add_module(course)
        third = add_lesson(module, "Reporting at school")
        second = list(course.get_lessons())[1]
        client.force_login(make_user("learner"))
        response = client.post(reverse("lesson_complete", args=[second.pk]))
        assert response.status_code == 302
        assert response["Location"] == third.url
