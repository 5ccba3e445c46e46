"""Builders for tests: a minimal page tree, a course with two lessons and a test,
a school with classes, and users in each role. Prefer these over the full demo."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from accounts import roles
from classes.models import ClassMembership, Programme, School, SchoolClass
from home import demo

PASSWORD = "a-long-test-password"

MINI_COURSE = {
    "slug": "mini-course",
    "title": "Mini course on personal information",
    "audience": "children",
    "age_min": 8,
    "age_max": 12,
    "minutes": 20,
    "topics": ["privacy"],
    "intro": "<p>What is personal information, and who should see it?</p>",
    "objectives": ["I can name personal information", "I know who to tell"],
    "lessons": [
        {
            "slug": "what-is-personal-information",
            "title": "What is personal information?",
            "summary": "Things that tell people who and where you are.",
            "minutes": 10,
            "body": [
                (
                    "rich_text",
                    "<h2>Your information</h2><p>Your full name, address, "
                    "school and phone number are personal information.</p>",
                ),
                (
                    "quick_check",
                    {
                        "question": "Is your home address personal information?",
                        "choices": [
                            {
                                "text": "Yes",
                                "correct": True,
                                "feedback": "Right: it tells people where to find you.",
                            },
                            {
                                "text": "No",
                                "correct": False,
                                "feedback": "It is: it tells people where to find you.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p>Ask pupils to sort cards into "
                    "'safe to share' and 'keep private'.</p>",
                ),
            ],
        },
        {
            "slug": "telling-a-trusted-adult",
            "title": "Telling a trusted adult",
            "summary": "Who to talk to when something online worries you.",
            "minutes": 10,
            "sensitive": True,
            "body": [
                (
                    "callout",
                    {
                        "kind": "trusted_adult",
                        "title": "You are not alone",
                        "text": "<p>Tell a parent, carer or teacher.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "A message from a stranger",
                        "situation": "<p>Someone in a game asks for your address.</p>",
                        "prompt": "What would you do?",
                        "choices": [
                            {
                                "text": "Tell a trusted adult",
                                "best": True,
                                "feedback": "Yes: an adult can help you block and report.",
                            },
                            {
                                "text": "Send it",
                                "best": False,
                                "feedback": "Keep your address private.",
                            },
                        ],
                    },
                ),
                ("get_help", {"heading": "Who can help"}),
            ],
        },
    ],
    "test": {
        "code": "MINI",
        "title": "Personal information check",
        "instructions": "Answer what you really think.",
        "items": [
            {
                "code": "K01",
                "domain": "K",
                "type": "single",
                "subscale": "privacy",
                "text": "Which is personal information?",
                "options": [
                    {"key": "A", "text": "Your favourite colour", "correct": False},
                    {"key": "B", "text": "Your home address", "correct": True},
                ],
                "explanation": "Your address tells people where to find you.",
            },
            {
                "code": "K02",
                "domain": "K",
                "type": "multi",
                "subscale": "privacy",
                "text": "Which should you keep private? Choose all that apply.",
                "options": [
                    {"key": "A", "text": "Your password", "correct": True},
                    {"key": "B", "text": "Your school's name", "correct": True},
                    {"key": "C", "text": "Your favourite film", "correct": False},
                ],
                "explanation": "Passwords and your school tell people too much.",
            },
            {
                "code": "K03",
                "domain": "K",
                "type": "truefalse",
                "subscale": "help",
                "text": "You should keep it secret if someone online scares you.",
                "answer": False,
                "explanation": "Tell a trusted adult.",
            },
            {
                "code": "A01",
                "domain": "A",
                "type": "likert",
                "subscale": "help",
                "text": "I would tell a trusted adult if something online upset me.",
                "reverse": False,
            },
            {
                "code": "A02",
                "domain": "A",
                "type": "likert",
                "subscale": "help",
                "text": "Telling an adult only makes things worse.",
                "reverse": True,
            },
            {
                "code": "P01",
                "domain": "P",
                "type": "frequency",
                "subscale": "privacy",
                "text": "How often do you check who can see your posts?",
                "reverse": False,
            },
            {
                "code": "P02",
                "domain": "P",
                "type": "yesno",
                "subscale": "privacy",
                "text": "Have you shared your address with someone you only know online?",
                "reverse": True,
            },
        ],
    },
}


def build_site(course_data=None):
    """Create the home page, catalogue and one course; return the course page."""
    locale = demo.ensure_locales()
    home = demo.ensure_home(locale)
    index = demo.ensure_course_index(home)
    return demo.ensure_course(index, course_data or MINI_COURSE, locale=locale)


def make_user(username, *, role=None, mfa=None, **fields):
    """Create a user; staff get an authenticator app (TOTP) unless
    ``mfa=False``, as the platform requires of them (``MFA_REQUIRED_ROLES``).

    Staff here: site admins, and anyone given a role other than parent
    (teachers, school administrators, programme staff, editors, translators,
    reviewers). Someone who becomes staff only later, as a class's teacher or
    through a permission, needs ``mfa=True``.
    """
    user = get_user_model().objects.create_user(
        username=username, password=PASSWORD, **fields
    )
    if role:
        user.groups.add(Group.objects.get_or_create(name=role)[0])
    if mfa is None:
        mfa = bool(
            fields.get("is_superuser")
            or fields.get("is_staff")
            or (role and role != roles.PARENT)
        )
    if mfa:
        activate_mfa(user)
    return user


def activate_mfa(user) -> str:
    """Activate TOTP and recovery codes for ``user`` through allauth's own
    APIs; return the TOTP secret (for computing codes in tests)."""
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    RecoveryCodes.activate(user)
    return secret


def make_class(
    *,
    teacher,
    name="Class A",
    programme=None,
    school_name="School A",
    learners=0,
    course=None,
    prefix=None,
):
    programme = (
        programme
        or Programme.objects.get_or_create(slug="prog", defaults={"name": "Programme"})[
            0
        ]
    )
    school, _ = School.objects.get_or_create(
        programme=programme, name=school_name, defaults={"country": "KE"}
    )
    school_class = SchoolClass.objects.create(school=school, name=name)
    school_class.teachers.add(teacher)
    if course is not None:
        school_class.courses.add(course)
    prefix = prefix or f"s{school_class.pk}"
    for n in range(learners):
        student = make_user(
            f"{prefix}-{n:02d}",
            display_name=f"Pupil {n}",
            is_child_account=True,
            gender="f" if n % 2 else "m",
            birth_year=2015,
        )
        ClassMembership.objects.create(school_class=school_class, learner=student)
    return school_class


def make_teacher(username="teacher"):
    return make_user(username, role=roles.TEACHER, email=f"{username}@example.org")


def make_evaluator(username, programme):
    user = make_user(
        username, role=roles.PROGRAMME_STAFF, email=f"{username}@example.org"
    )
    programme.staff.add(user)
    return user


def hand_in_pre_test(learner, course):
    """An already handed-in pre-test, so the course's lessons open (scores
    are not needed by the tests that use it)."""
    from assessments.models import Attempt

    return Attempt.objects.create(
        learner=learner,
        instrument=course.pre_test,
        course=course,
        course_key=course.translation_key,
        phase="pre",
        locale="en",
        submitted_at="2026-01-01T00:00:00Z",
    )
