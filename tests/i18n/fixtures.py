"""Spanish and Arabic versions of ``tests.factories.MINI_COURSE``.

Same structure, slugs, lesson slugs, item codes and option keys as the English
course; only the human text is translated (the demo content contract in
``home/demo_content/FORMAT.md``). The Arabic version deliberately leaves the
second lesson's summary untranslated, to test the fallback to English.
"""

MINI_COURSE_ES = {
    "slug": "mini-course",
    "title": "Minicurso sobre información personal",
    "audience": "children",
    "age_min": 8,
    "age_max": 12,
    "minutes": 20,
    "topics": ["privacy"],
    "intro": "<p>¿Qué es la información personal y quién debería verla?</p>",
    "objectives": [
        "Puedo nombrar información personal",
        "Sé a quién contárselo",
    ],
    "lessons": [
        {
            "slug": "what-is-personal-information",
            "title": "¿Qué es la información personal?",
            "summary": "Cosas que dicen a la gente quién eres y dónde estás.",
            "minutes": 10,
            "body": [
                (
                    "rich_text",
                    "<h2>Tu información</h2><p>Tu nombre completo, tu dirección, "
                    "tu escuela y tu número de teléfono son información personal.</p>",
                ),
                (
                    "quick_check",
                    {
                        "question": "¿Tu dirección es información personal?",
                        "choices": [
                            {
                                "text": "Sí",
                                "correct": True,
                                "feedback": "Correcto: le dice a la gente dónde encontrarte.",
                            },
                            {
                                "text": "No",
                                "correct": False,
                                "feedback": "Sí lo es: le dice a la gente dónde encontrarte.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p>Pida a los alumnos que clasifiquen tarjetas en "
                    "«se puede compartir» y «mejor en privado».</p>",
                ),
            ],
        },
        {
            "slug": "telling-a-trusted-adult",
            "title": "Contárselo a un adulto de confianza",
            "summary": "A quién acudir cuando algo en internet te preocupa.",
            "minutes": 10,
            "sensitive": True,
            "body": [
                (
                    "callout",
                    {
                        "kind": "trusted_adult",
                        "title": "No estás solo",
                        "text": "<p>Cuéntaselo a tu madre, tu padre, quien te cuida o tu docente.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Un mensaje de un desconocido",
                        "situation": "<p>Alguien en un juego te pide tu dirección.</p>",
                        "prompt": "¿Qué harías?",
                        "choices": [
                            {
                                "text": "Contárselo a un adulto de confianza",
                                "best": True,
                                "feedback": "Sí: un adulto puede ayudarte a bloquear y denunciar.",
                            },
                            {
                                "text": "Enviarla",
                                "best": False,
                                "feedback": "Mantén tu dirección en privado.",
                            },
                        ],
                    },
                ),
                ("get_help", {"heading": "Quién puede ayudar"}),
            ],
        },
    ],
    "test": {
        "code": "MINI",
        "title": "Prueba sobre información personal",
        "instructions": "Responde lo que de verdad piensas.",
        "items": [
            {
                "code": "K01",
                "domain": "K",
                "type": "single",
                "subscale": "privacy",
                "text": "¿Cuál es información personal?",
                "options": [
                    {"key": "A", "text": "Tu color favorito", "correct": False},
                    {"key": "B", "text": "La dirección de tu casa", "correct": True},
                ],
                "explanation": "Tu dirección le dice a la gente dónde encontrarte.",
            },
            {
                "code": "K02",
                "domain": "K",
                "type": "multi",
                "subscale": "privacy",
                "text": "¿Qué deberías mantener en privado? Elige todas las que correspondan.",
                "options": [
                    {"key": "A", "text": "Tu contraseña", "correct": True},
                    {"key": "B", "text": "El nombre de tu escuela", "correct": True},
                    {"key": "C", "text": "Tu película favorita", "correct": False},
                ],
                "explanation": "Las contraseñas y tu escuela dicen demasiado de ti.",
            },
            {
                "code": "K03",
                "domain": "K",
                "type": "truefalse",
                "subscale": "help",
                "text": "Si alguien en internet te asusta, debes guardar el secreto.",
                "answer": False,
                "explanation": "Cuéntaselo a un adulto de confianza.",
            },
            {
                "code": "A01",
                "domain": "A",
                "type": "likert",
                "subscale": "help",
                "text": "Se lo contaría a un adulto de confianza si algo en internet me molestara.",
                "reverse": False,
            },
            {
                "code": "A02",
                "domain": "A",
                "type": "likert",
                "subscale": "help",
                "text": "Contárselo a un adulto solo empeora las cosas.",
                "reverse": True,
            },
            {
                "code": "P01",
                "domain": "P",
                "type": "frequency",
                "subscale": "privacy",
                "text": "¿Con qué frecuencia revisas quién puede ver tus publicaciones?",
                "reverse": False,
            },
            {
                "code": "P02",
                "domain": "P",
                "type": "yesno",
                "subscale": "privacy",
                "text": "¿Has compartido tu dirección con alguien a quien solo conoces por internet?",
                "reverse": True,
            },
        ],
    },
}

MINI_COURSE_AR = {
    "slug": "mini-course",
    "title": "دورة قصيرة عن المعلومات الشخصية",
    "audience": "children",
    "age_min": 8,
    "age_max": 12,
    "minutes": 20,
    "topics": ["privacy"],
    "intro": "<p>ما هي المعلومات الشخصية، ومن يجب أن يراها؟</p>",
    "objectives": [
        "أستطيع أن أذكر أمثلة على المعلومات الشخصية",
        "أعرف لمن أتحدث",
    ],
    "lessons": [
        {
            "slug": "what-is-personal-information",
            "title": "ما هي المعلومات الشخصية؟",
            "summary": "أشياء تخبر الناس من أنت وأين تكون.",
            "minutes": 10,
            "body": [
                (
                    "rich_text",
                    "<h2>معلوماتك</h2><p>اسمك الكامل وعنوانك ومدرستك ورقم "
                    "هاتفك كلها معلومات شخصية.</p>",
                ),
                (
                    "quick_check",
                    {
                        "question": "هل عنوان منزلك معلومة شخصية؟",
                        "choices": [
                            {
                                "text": "نعم",
                                "correct": True,
                                "feedback": "صحيح: فهو يخبر الناس أين يجدونك.",
                            },
                            {
                                "text": "لا",
                                "correct": False,
                                "feedback": "بل هو كذلك: فهو يخبر الناس أين يجدونك.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p>اطلب من التلاميذ تصنيف البطاقات إلى «يمكن مشاركته» "
                    "و«يبقى خاصًا».</p>",
                ),
            ],
        },
        {
            "slug": "telling-a-trusted-adult",
            "title": "التحدث إلى شخص بالغ تثق به",
            "summary": "",
            "minutes": 10,
            "sensitive": True,
            "body": [
                (
                    "callout",
                    {
                        "kind": "trusted_adult",
                        "title": "لست وحدك",
                        "text": "<p>أخبر أحد والديك أو من يرعاك أو معلمك.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "رسالة من شخص غريب",
                        "situation": "<p>شخص في لعبة يطلب عنوانك.</p>",
                        "prompt": "ماذا ستفعل؟",
                        "choices": [
                            {
                                "text": "أخبر شخصًا بالغًا تثق به",
                                "best": True,
                                "feedback": "نعم: يمكن للشخص البالغ أن يساعدك على الحظر والإبلاغ.",
                            },
                            {
                                "text": "أرسله",
                                "best": False,
                                "feedback": "احتفظ بعنوانك لنفسك.",
                            },
                        ],
                    },
                ),
                ("get_help", {"heading": "من يمكنه المساعدة"}),
            ],
        },
    ],
    "test": {
        "code": "MINI",
        "title": "اختبار المعلومات الشخصية",
        "instructions": "أجب بما تفكر فيه حقًا.",
        "items": [
            {
                "code": "K01",
                "domain": "K",
                "type": "single",
                "subscale": "privacy",
                "text": "أيّ مما يلي معلومة شخصية؟",
                "options": [
                    {"key": "A", "text": "لونك المفضل", "correct": False},
                    {"key": "B", "text": "عنوان منزلك", "correct": True},
                ],
                "explanation": "عنوانك يخبر الناس أين يجدونك.",
            },
            {
                "code": "K02",
                "domain": "K",
                "type": "multi",
                "subscale": "privacy",
                "text": "ما الذي يجب أن تحتفظ به لنفسك؟ اختر كل ما ينطبق.",
                "options": [
                    {"key": "A", "text": "كلمة المرور", "correct": True},
                    {"key": "B", "text": "اسم مدرستك", "correct": True},
                    {"key": "C", "text": "فيلمك المفضل", "correct": False},
                ],
                "explanation": "كلمات المرور واسم مدرستك تكشف عنك الكثير.",
            },
            {
                "code": "K03",
                "domain": "K",
                "type": "truefalse",
                "subscale": "help",
                "text": "إذا أخافك شخص على الإنترنت، يجب أن تُبقي الأمر سرًا.",
                "answer": False,
                "explanation": "أخبر شخصًا بالغًا تثق به.",
            },
            {
                "code": "A01",
                "domain": "A",
                "type": "likert",
                "subscale": "help",
                "text": "سأخبر شخصًا بالغًا أثق به إذا أزعجني شيء على الإنترنت.",
                "reverse": False,
            },
            {
                "code": "A02",
                "domain": "A",
                "type": "likert",
                "subscale": "help",
                "text": "إخبار شخص بالغ يجعل الأمور أسوأ فقط.",
                "reverse": True,
            },
            {
                "code": "P01",
                "domain": "P",
                "type": "frequency",
                "subscale": "privacy",
                "text": "كم مرة تتحقق ممن يستطيع رؤية منشوراتك؟",
                "reverse": False,
            },
            {
                "code": "P02",
                "domain": "P",
                "type": "yesno",
                "subscale": "privacy",
                "text": "هل شاركت عنوانك مع شخص لا تعرفه إلا عبر الإنترنت؟",
                "reverse": True,
            },
        ],
    },
}


def build_translated_site(languages=("es", "ar")):
    """Build the English mini course and translate it; return ``{lang: course}``."""
    from wagtail.models import Locale

    from home.demo_translations import ensure_course_translation
    from tests.factories import MINI_COURSE, build_site

    course = build_site()
    courses = {"en": course}
    data = {"es": MINI_COURSE_ES, "ar": MINI_COURSE_AR}
    for language in languages:
        locale = Locale.objects.get(language_code=language)
        courses[language] = ensure_course_translation(
            course, MINI_COURSE, data[language], locale=locale
        )
    return courses


#: Right answers (and attitude/practice choices) for the mini course's test.
MINI_ANSWERS = {
    "K01": "B",
    "K02": ["A", "B"],
    "K03": "false",
    "A01": "5",
    "A02": "1",
    "P01": "4",
    "P02": "no",
}


def hand_in(*, learner, course, phase: str, language: str):
    """Answer and hand in the mini course's test through the services."""
    from assessments.services import (
        attempt_get_or_start,
        attempt_items,
        attempt_save_answers,
        attempt_submit,
    )

    attempt = attempt_get_or_start(
        learner=learner, course=course, phase=phase, language=language
    )
    answers = {
        item.pk: MINI_ANSWERS[item.code]
        for item in attempt_items(attempt)
        if item.code in MINI_ANSWERS
    }
    assert attempt_save_answers(attempt=attempt, answers=answers).errors == {}
    return attempt_submit(attempt=attempt)
