"""Spanish text of the demo helplines that serve Spanish speakers.

Keyed by the English entry's ``name`` in ``helplines.py``. Only human text is
here (name, opening hours, description); phone, website, country and source are
synchronised from the English entry by wagtail-localize. Entries: the contacts
for every country and Spain's own helpline. Proper names stay as the service
itself writes them.
"""

HELPLINES = {
    "Child Helpline International": {
        "name": "Child Helpline International",
        "description": "La red mundial de líneas de ayuda para la infancia; en su "
        "web aparecen las líneas de cada país, para que encuentres la del tuyo.",
    },
    "116 111 - European harmonised child helpline number": {
        "name": "116 111 - número europeo armonizado de ayuda a la infancia",
        "hours": "Depende del país",
        "description": "Número gratuito de ayuda a la infancia reservado en toda "
        "la Unión Europea y usado en otros países de Europa; no funciona en todas "
        "partes, así que consulta la línea de tu propio país.",
    },
    "INHOPE - international network of hotlines": {
        "name": "INHOPE - red internacional de líneas de denuncia",
        "hours": "Denuncia en línea",
        "description": "Red mundial de líneas de denuncia donde cualquier persona "
        "puede denunciar de forma anónima material de abuso sexual infantil "
        "encontrado en internet; usa su mapa para encontrar la línea de tu país.",
    },
    "Take It Down (NCMEC)": {
        "name": "Take It Down (NCMEC)",
        "hours": "En línea, a cualquier hora",
        "description": "Servicio gratuito y anónimo para cualquier persona, en "
        "cualquier lugar, que tenía menos de 18 años en una imagen desnuda, "
        "semidesnuda o sexual: crea una huella digital en tu dispositivo para que "
        "las plataformas participantes puedan eliminar las copias, sin subir la "
        "imagen.",
    },
    "Teléfono ANAR de Ayuda a Niños y Adolescentes": {
        "name": "Teléfono ANAR de Ayuda a Niños y Adolescentes",
        "hours": "24 horas, todos los días",
        "description": "Línea de ayuda gratuita y confidencial de la Fundación "
        "ANAR para niños, niñas y adolescentes de toda España, atendida por "
        "psicólogos, abogados y trabajadores sociales.",
    },
}
