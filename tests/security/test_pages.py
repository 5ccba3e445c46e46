"""What the main learner and teacher pages send to the browser: no inline script,
no event-handler or style attributes (the Content-Security-Policy forbids them),
and user-supplied names always escaped."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from classes.models import ClassMembership

pytestmark = pytest.mark.django_db


class InlineCodeFinder(HTMLParser):
    """Collect everything a strict Content-Security-Policy would block."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        line = self.getpos()[0]
        if tag == "script" and not attributes.get("src"):
            self.problems.append(f"line {line}: inline <script>")
        if tag == "style":
            self.problems.append(f"line {line}: <style> element")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"line {line}: <{tag} {name}=...>")
            if name == "style":
                self.problems.append(f"line {line}: <{tag} style=...>")
            if name in ("href", "src", "action") and (
                value or ""
            ).strip().lower().startswith("javascript:"):
                self.problems.append(f"line {line}: <{tag} {name}=javascript:...>")


def inline_code(html: str) -> list[str]:
    finder = InlineCodeFinder()
    finder.feed(html)
    return finder.problems


def main_pages(world):
    """(user, url) for the main learner, teacher and evaluator pages."""
    course = world.course
    lesson = course.get_lessons().first()
    school_class = world.objects["class"]
    learner = world.objects["learner"]
    teacher = world.owners["teacher"]
    evaluator = world.owners["evaluator"]
    pk = {"pk": school_class.pk}
    student = {"pk": school_class.pk, "learner_pk": learner.pk}
    return [
        (None, "/en/"),
        (None, course.url),
        (None, lesson.url),
        (None, reverse("get_help")),
        (None, reverse("lesson_search") + "?q=information"),
        (None, reverse("account_login")),
        (None, reverse("account_signup")),
        (None, reverse("account_reset_password")),
        (None, reverse("classes:join")),
        (None, reverse("classes:join_details", args=[school_class.join_code])),
        (None, reverse("classes:picture_login")),
        (learner, "/en/"),
        (learner, reverse("learner_dashboard")),
        (learner, lesson.url),
        (learner, reverse("assessments:take", args=[course.pk, "pre"])),
        (learner, reverse("assessments:results", args=[course.pk])),
        (learner, reverse("classes:joined")),
        (teacher, reverse("classes:teacher_home")),
        (teacher, reverse("classes:class_create")),
        (teacher, reverse("classes:class_detail", kwargs=pk)),
        (teacher, reverse("classes:class_edit", kwargs=pk)),
        (teacher, reverse("classes:class_report", kwargs=pk)),
        (teacher, reverse("classes:join_sheet", kwargs=pk)),
        (teacher, reverse("classes:class_roster", kwargs=pk)),
        (teacher, reverse("classes:class_assignments", kwargs=pk)),
        (teacher, reverse("classes:student_detail", kwargs=student)),
        (teacher, reverse("assessments:paper_choose", args=[school_class.pk])),
        (
            teacher,
            reverse(
                "assessments:paper_entry", args=[school_class.pk, course.pk, "pre"]
            ),
        ),
        (teacher, reverse("assessments:follow_up_flags")),
        (
            world.owners["school_admin"],
            reverse("classes:school_detail", args=[school_class.school.pk]),
        ),
        (evaluator, reverse("assessments:export_list")),
        (
            evaluator,
            reverse("assessments:export_detail", args=[world.objects["job"].pk]),
        ),
        (
            evaluator,
            reverse("classes:programme_overview", args=[world.objects["programme"].pk]),
        ),
        (evaluator, reverse("reports:kap_report")),
    ]


def _get(client, user, url):
    client.logout()
    if user is not None:
        client.force_login(user)
    response = client.get(url, follow=True)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


class TestNoInlineCode:
    def test_the_finder_finds_what_csp_blocks(self):
        html = (
            '<script>x()</script><script src="/s.js"></script><style>p{}</style>'
            '<p style="color:red" onclick="x()">a</p><a href="javascript:x()">b</a>'
        )
        assert len(inline_code(html)) == 5

    def test_main_pages_have_no_inline_script_handlers_or_styles(self, client, world):
        found = {}
        for user, url in main_pages(world):
            problems = inline_code(_get(client, user, url))
            if problems:
                found[f"{url} as {user}"] = problems
        assert not found, found


SCRIPT = "<script>alert('xss')</script>"
IMG = '<img src=x onerror="alert(1)">'


class TestNamesAreEscaped:
    def test_display_name_and_class_name_never_reach_the_page_as_html(
        self, client, world
    ):
        learner = world.objects["learner"]
        learner.display_name = SCRIPT
        learner.save(update_fields=["display_name"])
        school_class = world.objects["class"]
        school_class.name = IMG
        school_class.save(update_fields=["name"])
        escaped_name = "&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;"
        shown = 0
        for user, url in main_pages(world):
            page = _get(client, user, url)
            assert SCRIPT not in page, url
            assert "<img src=x" not in page, url
            assert not inline_code(page), url
            shown += escaped_name in page
        assert shown >= 3  # the header, the class page, the student's page...

    def test_the_class_csv_export_holds_pseudonyms_not_names(self, client, world):
        learner = world.objects["learner"]
        learner.display_name = SCRIPT
        learner.save(update_fields=["display_name"])
        client.force_login(world.owners["teacher"])
        response = client.post(
            reverse("classes:class_csv", args=[world.objects["class"].pk])
        )
        assert response["Content-Type"].startswith("text/csv")
        assert response["X-Content-Type-Options"] == "nosniff"
        body = response.content.decode("utf-8-sig")
        assert body.startswith("student,")
        assert "alert" not in body  # no names at all: pseudonyms only

    def test_a_script_name_typed_when_joining_is_stored_as_text_and_escaped(
        self, client
    ):
        from tests.factories import make_class, make_teacher

        school_class = make_class(teacher=make_teacher("t-join"))
        response = client.post(
            reverse("classes:join_details", args=[school_class.join_code]),
            {
                "display_name": "<b>Sam</b>",
                "kind": "password",
                "password1": "kite-river-blue-sea",
                "password2": "kite-river-blue-sea",
            },
            follow=True,
        )
        member = ClassMembership.objects.get(school_class=school_class)
        assert member.learner.display_name == "<b>Sam</b>"
        page = response.content.decode()
        assert "<b>Sam</b>" not in page
        assert "&lt;b&gt;Sam&lt;/b&gt;" in page


def test_scripts_in_rich_text_html_are_found():
    assert re.search("inline <script>", " ".join(inline_code("<p><script>1</script>")))
