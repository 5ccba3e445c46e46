"""Small XLSForm workbooks for tests, built with openpyxl."""

import io

from openpyxl import Workbook

SURVEY_HEADER = [
    "type",
    "name",
    "label::English (en)",
    "label::Español (es)",
    "kap_domain",
    "kap_subscale",
    "kap_type",
    "answer_key",
    "kap_reverse",
    "explanation::English (en)",
    "explanation::Español (es)",
]

SURVEY_ROWS = [
    ["note", "intro", "Answer what you really think.", "Responde lo que piensas."]
    + [""] * 7,
    [
        "select_one k01",
        "K01",
        "Which is personal information?",
        "¿Qué es información personal?",
        "K",
        "privacy",
        "",
        "B",
        "",
        "It tells people where you live.",
        "Dice dónde vives.",
    ],
    [
        "select_multiple k02",
        "K02",
        "Which should you keep private?",
        "¿Qué debes mantener en privado?",
        "knowledge",
        "privacy",
        "",
        "A B",
        "",
        "",
        "",
    ],
    [
        "select_one tf",
        "K03",
        "Keep it secret if someone scares you.",
        "Guárdalo en secreto si alguien te asusta.",
        "K",
        "help",
        "truefalse",
        "false",
        "",
        "Tell a trusted adult.",
        "Díselo a un adulto de confianza.",
    ],
    [
        "select_one agree",
        "A01",
        "Telling an adult only makes things worse.",
        "Contarlo a un adulto lo empeora.",
        "A",
        "help",
        "likert",
        "",
        "yes",
        "",
        "",
    ],
    [
        "select_one freq",
        "P01",
        "How often do you check who sees your posts?",
        "¿Con qué frecuencia revisas quién ve tus publicaciones?",
        "P",
        "",
        "frequency",
        "",
        "",
        "",
        "",
    ],
    [
        "select_one yn",
        "P02",
        "Have you shared your address with a stranger online?",
        "¿Has compartido tu dirección con un desconocido?",
        "P",
        "",
        "yesno",
        "",
        "yes",
        "",
        "",
    ],
]

CHOICES_HEADER = ["list_name", "name", "label::English (en)", "label::Español (es)"]
CHOICES_ROWS = [
    ["k01", "A", "Your favourite colour", "Tu color favorito"],
    ["k01", "B", "Your home address", "Tu dirección"],
    ["k02", "A", "Your password", "Tu contraseña"],
    ["k02", "B", "Your school's name", "El nombre de tu escuela"],
    ["k02", "C", "Your favourite film", "Tu película favorita"],
    ["tf", "true", "True", "Verdadero"],
    ["tf", "false", "False", "Falso"],
    ["agree", "1", "Strongly disagree", "Muy en desacuerdo"],
    ["agree", "2", "Disagree", "En desacuerdo"],
    ["agree", "3", "Not sure", "No sé"],
    ["agree", "4", "Agree", "De acuerdo"],
    ["agree", "5", "Strongly agree", "Muy de acuerdo"],
    ["freq", "1", "Never", "Nunca"],
    ["freq", "2", "Rarely", "Rara vez"],
    ["freq", "3", "Sometimes", "A veces"],
    ["freq", "4", "Often", "A menudo"],
    ["freq", "5", "Always", "Siempre"],
    ["yn", "yes", "Yes", "Sí"],
    ["yn", "no", "No", "No"],
]

SETTINGS_HEADER = [
    "form_id",
    "form_title",
    "kap_title::Español (es)",
    "default_language",
    "kap_purpose",
    "kap_for_children",
]
SETTINGS_ROWS = [
    [
        "SAFE-1",
        "Staying safe check",
        "Prueba de seguridad",
        "English (en)",
        "pre_post",
        "yes",
    ]
]


def workbook_bytes(
    survey=None, choices=None, settings=None, *, drop_sheet: str | None = None
) -> bytes:
    """Return an .xlsx; each sheet is ``[header, *rows]`` (defaults above)."""
    sheets = {
        "survey": survey or [SURVEY_HEADER, *SURVEY_ROWS],
        "choices": choices or [CHOICES_HEADER, *CHOICES_ROWS],
        "settings": settings or [SETTINGS_HEADER, *SETTINGS_ROWS],
    }
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        if name == drop_sheet:
            continue
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def survey_with(row_index: int, column: str, value) -> list:
    """Return the default survey sheet with one cell changed (row 0 = first row)."""
    rows = [list(r) for r in SURVEY_ROWS]
    rows[row_index][SURVEY_HEADER.index(column)] = value
    return [SURVEY_HEADER, *rows]


def take_as_pre_test(client, course, instrument):
    """Make ``instrument`` the course's pre-test and sign in a learner of a
    class given the course; return ``(url of the test, items by code,
    learner)``."""
    from django.urls import reverse

    from tests.factories import make_class, make_teacher

    course.pre_test = instrument
    course.save_revision().publish()
    school_class = make_class(teacher=make_teacher(), learners=1, course=course)
    learner = school_class.memberships.get().learner
    client.force_login(learner)
    url = reverse("assessments:take", kwargs={"course_id": course.pk, "phase": "pre"})
    return url, {item.code: item for item in instrument.get_items()}, learner


#: A valid answer to every question of the fixture form
#: ``kap_teens_online_safety.md`` (a girl of 13 with a phone of her own).
KAP_TEENS_ANSWERS = {
    "How_old_are_you": "13",
    "Gender": "girl",
    "Do_you_have_your_own_phone": "yes",
    "Which_password_is_strongest": "long_phrase",
    "Which_should_stay_private": ["home_address", "school_timetable"],
    "Blocking_tells_the_person": "false",
    "Its_fine_to_share_a_password_with_a_friend": "2",
    "I_would_tell_an_adult": "agree",
    "How_often_do_you_check_who_sees_your_posts": "3",
    "Have_you_met_someone_from_online": "no",
}
