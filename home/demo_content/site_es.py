"""Spanish text of the demo home page and course catalogue."""

SITE = {
    "home_title": "Aprender seguros en línea",
    "home_intro": (
        "<p>Cursos breves sobre cómo estar seguros en internet, para niñas, niños, "
        "adolescentes, madres, padres y personas cuidadoras, docentes y consejeros "
        "de líneas de ayuda. Cada curso empieza y termina con una prueba corta, "
        "para que puedas ver qué cambió.</p>"
    ),
    "index_title": "Cursos",
    "index_intro": "<p>Elige el curso para ti. Cada uno dura alrededor de una hora.</p>",
}
