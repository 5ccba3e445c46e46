"""Shared steps for the browser journeys.

Every page a journey reaches goes through ``checked(page)`` (or ``visit``), so
axe-core looks at every page the journeys see: a step that forgets the check
is visible in the code, not hidden in a list of URLs somewhere else.
"""

from allauth.account.models import EmailAddress

from assessments.services import (
    attempt_get_or_start,
    attempt_save_answers,
    attempt_submit,
)
from tests.e2e.conftest import assert_accessible, totp_code

# The mini course's test, in item order (K01 K02 K03 A01 A02 P01 P02), answered
# badly before the lessons and well after them (tests/test_journey.py scores
# the same answers).
PRE_ANSWERS = ["A", ["A"], "true", "2", "4", "2", "yes"]
POST_ANSWERS = ["B", ["A", "B"], "false", "5", "1", "4", "no"]

PDF_MAGIC = b"%PDF-"


def checked(page):
    """Wait for the page to settle and fail on serious or critical axe findings."""
    page.wait_for_load_state()
    assert_accessible(page)
    return page


def visit(page, url: str):
    page.goto(url)
    return checked(page)


def submit(page, locator):
    """Click a control that loads a new page, then check that page."""
    with page.expect_navigation():
        locator.click()
    return checked(page)


def verified(user):
    """Adults must verify their e-mail before signing in (allauth)."""
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    return user


def sign_in_checked(page, username: str, password: str, *, language: str = "en"):
    """Sign in through the form, checking the sign-in page and the landing page."""
    visit(page, f"/{language}/accounts/login/")
    page.fill("input[name=login]", username)
    page.fill("input[name=password]", password)
    landed = submit(page, page.locator("main form [type=submit]").first)
    if "/2fa/authenticate/" in page.url:
        # Staff (site admins, editors, programme staff, teachers) type their
        # authenticator app's code.
        page.fill("input[name=code]", totp_code(username))
        landed = submit(page, page.locator("main form [type=submit]").first)
    return landed


def answer_test(page, answers: list):
    """Answer every question on a test page (all on one screen), by value."""
    questions = page.locator("fieldset.question")
    assert questions.count() == len(answers)
    for index, value in enumerate(answers):
        question = questions.nth(index)
        for one in value if isinstance(value, list) else [value]:
            question.locator(f"input[value='{one}']").check()


def hand_in_pre_test(learner, course):
    """A learner's pre-test, handed in (as if taken on another device)."""
    attempt = attempt_get_or_start(
        learner=learner, course=course, phase="pre", language="en"
    )
    items = list(attempt.instrument.get_items())
    answers = {item.pk: value for item, value in zip(items, POST_ANSWERS, strict=True)}
    attempt_save_answers(attempt=attempt, answers=answers)
    attempt_submit(attempt=attempt)


# The mini course (tests/factories.py) in Arabic: enough text translated that
# the Arabic journey reads Arabic content, not only an Arabic interface.
MINI_COURSE_AR = {
    "slug": "mini-course",
    "title": "دورة قصيرة عن المعلومات الشخصية",
    "intro": "<p>ما هي المعلومات الشخصية، ومن يجب أن يراها؟</p>",
    "objectives": ["أستطيع أن أسمّي المعلومات الشخصية", "أعرف لمن أقول"],
    "lessons": [
        {
            "slug": "what-is-personal-information",
            "title": "ما هي المعلومات الشخصية؟",
            "summary": "أشياء تخبر الناس من أنت وأين أنت.",
            "body": [
                (
                    "rich_text",
                    "<h2>معلوماتك</h2><p>اسمك الكامل وعنوانك ومدرستك ورقم "
                    "هاتفك معلومات شخصية.</p>",
                ),
                (
                    "quick_check",
                    {
                        "question": "هل عنوان بيتك معلومة شخصية؟",
                        "choices": [
                            {
                                "text": "نعم",
                                "feedback": "صحيح: إنه يخبر الناس أين يجدونك.",
                            },
                            {"text": "لا", "feedback": "بل هو كذلك."},
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "telling-a-trusted-adult",
            "title": "أخبر شخصًا بالغًا تثق به",
            "summary": "لمن تتحدث عندما يقلقك شيء على الإنترنت.",
            "body": [
                (
                    "callout",
                    {
                        "title": "لست وحدك",
                        "text": "<p>أخبر أحد والديك أو معلّمك.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "رسالة من شخص غريب",
                        "situation": "<p>شخص في لعبة يسألك عن عنوانك.</p>",
                        "prompt": "ماذا ستفعل؟",
                        "choices": [
                            {
                                "text": "أخبر شخصًا بالغًا تثق به",
                                "feedback": "نعم: يمكن للبالغ أن يساعدك.",
                            },
                            {"text": "أرسله", "feedback": "احتفظ بعنوانك لنفسك."},
                        ],
                    },
                ),
            ],
        },
    ],
    "test": {
        "title": "اختبار المعلومات الشخصية",
        "instructions": "أجب بما تفكر فيه حقًا.",
        "items": [
            {
                "code": "K01",
                "text": "أيّ من هذه معلومة شخصية؟",
                "options": [
                    {"key": "A", "text": "لونك المفضّل"},
                    {"key": "B", "text": "عنوان بيتك"},
                ],
                "explanation": "عنوانك يخبر الناس أين يجدونك.",
            },
        ],
    },
}
