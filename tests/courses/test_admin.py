"""Editors build courses in the Wagtail admin and send them to a safeguarding
review; wrong page types and inaccessible media are refused there."""

from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from accounts import roles
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from courses.services import (
    SAFEGUARDING_REVIEWERS,
    SAFEGUARDING_WORKFLOW,
    review_workflow_ensure,
)
from home.models import HomePage
from tests.courses.media import make_image
from tests.factories import build_site, make_user


class TestEditorBuildsACourse(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.course = build_site()
        cls.catalogue = CourseIndexPage.objects.get()
        review_workflow_ensure(catalogue=cls.catalogue)
        cls.editor = make_user(
            "editor", role=roles.CONTENT_EDITOR, email="editor@example.org"
        )
        cls.reviewer = make_user(
            "reviewer", role=SAFEGUARDING_REVIEWERS, email="reviewer@example.org"
        )

    def setUp(self):
        self.client.force_login(self.editor)

    def course_data(self, **overrides):
        data = {
            "title": "Talking with your child about their online life",
            "slug": "talking-with-your-child",
            "audience": "parents",
            "estimated_minutes": "45",
            "topics": "parenting, reporting",
            "intro": rich_text("<p>Curiosity, not policing.</p>"),
            "objectives": "I can ask my child about the apps they use",
            "certificate_enabled": "on",
        }
        data.update(overrides)
        return nested_form_data(data)

    def test_page_types_follow_the_course_structure(self):
        self.assertCanCreateAt(CourseIndexPage, CoursePage)
        self.assertCanCreateAt(CoursePage, ModulePage)
        self.assertCanCreateAt(CoursePage, LessonPage)
        self.assertCanCreateAt(ModulePage, LessonPage)
        self.assertCanNotCreateAt(CourseIndexPage, LessonPage)
        self.assertCanNotCreateAt(HomePage, LessonPage)
        self.assertCanNotCreateAt(Page, LessonPage)
        self.assertCanNotCreateAt(HomePage, CoursePage)
        self.assertCanNotCreateAt(LessonPage, LessonPage)
        self.assertAllowedParentPageTypes(LessonPage, {CoursePage, ModulePage})

    def test_editor_builds_a_course_with_a_module_and_lesson(self):
        self.assertCanCreate(
            self.catalogue, CoursePage, self.course_data(), publish=False
        )
        course = CoursePage.objects.get(slug="talking-with-your-child")
        self.assertCanCreate(
            course,
            ModulePage,
            nested_form_data({"title": "At home", "slug": "at-home"}),
            publish=False,
        )
        module = ModulePage.objects.get(slug="at-home")
        image = make_image()
        self.assertCanCreate(
            module,
            LessonPage,
            nested_form_data(
                {
                    "title": "Asking about their apps",
                    "slug": "asking-about-their-apps",
                    "estimated_minutes": "10",
                    "body": streamfield(
                        [
                            ("rich_text", rich_text("<p>Ask what they enjoy.</p>")),
                            (
                                "image",
                                {
                                    "image": image.pk,
                                    "alt_text": "A parent and child at a tablet",
                                    "caption": "",
                                },
                            ),
                        ]
                    ),
                }
            ),
            publish=False,
        )
        lesson = LessonPage.objects.get(slug="asking-about-their-apps")
        assert lesson.get_course().pk == course.pk
        assert [b.block_type for b in lesson.body] == ["rich_text", "image"]
        assert not course.live  # editors cannot publish by themselves

    def test_image_without_alt_text_is_refused_in_the_editor(self):
        image = make_image()
        add_url = reverse(
            "wagtailadmin_pages:add", args=["courses", "lessonpage", self.course.pk]
        )
        response = self.client.post(
            add_url,
            nested_form_data(
                {
                    "title": "Pictures",
                    "slug": "pictures",
                    "estimated_minutes": "5",
                    "body": streamfield(
                        [("image", {"image": image.pk, "alt_text": "", "caption": ""})]
                    ),
                }
            ),
        )
        assert response.status_code == 200
        assert "Describe the image in the alternative text" in (
            response.content.decode()
        )
        assert not LessonPage.objects.filter(slug="pictures").exists()

    def test_course_is_submitted_to_the_safeguarding_review(self):
        self.assertCanCreate(
            self.catalogue, CoursePage, self.course_data(), publish=False
        )
        course = CoursePage.objects.get(slug="talking-with-your-child")
        assert course.get_workflow().name == SAFEGUARDING_WORKFLOW

        data = self.course_data()
        data["action-submit"] = "Submit to Safeguarding review"
        response = self.client.post(
            reverse("wagtailadmin_pages:edit", args=[course.pk]), data
        )
        assert response.status_code == 302
        state = WorkflowState.objects.get(object_id=str(course.pk))
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
        task_state = state.current_task_state
        task = task_state.task.specific
        assert task.name == SAFEGUARDING_WORKFLOW

        # The editor cannot approve; a safeguarding reviewer can.
        assert task.get_actions(course, self.editor) == []
        assert "approve" in [a[0] for a in task.get_actions(course, self.reviewer)]
        task.on_action(task_state, self.reviewer, "approve")
        state.refresh_from_db()
        course.refresh_from_db()
        assert state.status == WorkflowState.STATUS_APPROVED
        assert course.live

    def test_translated_catalogue_is_reviewed_and_editable_by_editors(self):
        from wagtail.models import Locale

        spanish = Locale.objects.get(language_code="es")
        catalogue_es = self.catalogue.copy_for_translation(spanish, copy_parents=True)
        catalogue_es.save_revision().publish()
        review_workflow_ensure(catalogue=self.catalogue)
        assert catalogue_es.get_workflow().name == SAFEGUARDING_WORKFLOW
        perms = catalogue_es.permissions_for_user(self.editor)
        assert perms.can_add_subpage() and not perms.can_publish()
        assert catalogue_es.permissions_for_user(self.reviewer).can_publish()

    def test_content_editors_may_translate(self):
        from home import demo

        demo.ensure_groups()
        self.editor.refresh_from_db()
        editor = type(self.editor).objects.get(pk=self.editor.pk)
        assert editor.has_perm("wagtail_localize.submit_translation")
