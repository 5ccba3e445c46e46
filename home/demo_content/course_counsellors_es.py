"""Spanish demo translation (machine-assisted, reviewed for sense) of course_counsellors.py; mark as demo translation.

Traducción de demostración al español del curso para consejeros de líneas de ayuda a la
infancia y profesionales de primera línea «Responder a la explotación y el abuso sexual
infantil en línea». Misma estructura, slugs, códigos y claves que el original; solo se
traduce el texto. Terminología según las Orientaciones Terminológicas de Luxemburgo
(«material de abuso sexual infantil»); el término desaconsejado solo aparece como
ejemplo de lo que no debe usarse. Los nombres de servicios (INHOPE, Internet Watch
Foundation, NCMEC CyberTipline, Take It Down, Report Remove, StopNCII.org, Childline,
Child Helpline International) se mantienen tal cual.
"""

COURSE = {
    "slug": "responding-to-online-child-sexual-exploitation",
    "title": "Responder a la explotación y el abuso sexual infantil en línea",
    "audience": "counsellors",
    "age_min": None,
    "age_max": None,
    "minutes": 110,
    "topics": [
        "grooming",
        "sextortion",
        "images",
        "safeguarding",
        "reporting",
        "self-care",
    ],
    "intro": (
        "<p>Este curso está dirigido a consejeros de líneas de ayuda a la infancia y a "
        "profesionales de primera línea, como trabajadores sociales, personal de salud y "
        "agentes de policía, que pueden ser la primera persona a la que un niño, niña o "
        "adolescente le cuenta que sufre explotación o abuso sexual en línea. Aborda cómo "
        "reconocer las principales formas de abuso y nombrarlas correctamente, responder "
        "con un enfoque centrado en la persona sobreviviente, documentar los casos para que las "
        "instituciones de derivación los entiendan, derivar a las líneas de denuncia y a las "
        "fuerzas del orden, ayudar a los niños a lograr que se eliminen imágenes y cuidarse a "
        "sí mismo en un trabajo que puede tener un alto costo emocional.</p>"
        "<p>El curso no contiene imágenes de abuso ni descripciones explícitas. Algunas "
        "lecciones tratan sobre el abuso sexual infantil; en ellas hay un botón de salida "
        "rápida, y puede hacer una pausa en cualquier momento.</p>"
    ),
    "objectives": [
        "Puedo reconocer el grooming (captación), la extorsión sexual, el abuso sexual infantil "
        "en línea en directo y el material de abuso sexual infantil, y nombrarlos según las "
        "Orientaciones Terminológicas de Luxemburgo.",
        "Puedo responder a un niño o una niña con un enfoque centrado en la persona "
        "sobreviviente: creyéndole, sin culpas, a su ritmo y con la seguridad en primer lugar.",
        "Puedo explicar los límites de la confidencialidad y buscar el consentimiento informado "
        "para la derivación siempre que sea posible.",
        "Puedo documentar un caso de forma coherente usando categorías acordadas, sin recopilar "
        "ni reenviar imágenes de abuso.",
        "Puedo derivar a líneas de denuncia, a las fuerzas del orden y a herramientas de "
        "eliminación como Take It Down y Report Remove.",
        "Puedo reconocer señales de trauma vicario en mí y en mis colegas, y recurrir a la "
        "supervisión y a las sesiones de descarga.",
    ],
    "lessons": [
        # ------------------------------------------------------------------
        {
            "slug": "recognising-ocsea",
            "title": "Reconocer la explotación y el abuso sexual infantil en línea",
            "summary": "Las principales formas de explotación y abuso sexual en línea, cómo se "
            "presentan en un contacto y las palabras correctas para nombrarlas.",
            "minutes": 25,
            "sensitive": True,
            "body": [
                (
                    "rich_text",
                    "<h2>De qué estamos hablando</h2>"
                    "<p>La explotación y el abuso sexual infantil en línea (OCSEA, por sus siglas en "
                    "inglés) es el abuso o la explotación sexual de niños, niñas y adolescentes "
                    "facilitados por la tecnología digital o vinculados a ella. Los niños rara vez "
                    "contactan una línea de ayuda diciendo «estoy sufriendo explotación sexual en "
                    "internet». Pueden hablar de una «estafa», de un «hackeo», de una relación, del "
                    "problema de un amigo o de un tema completamente distinto (estrés por los "
                    "exámenes, conflictos en casa, autolesiones), y el abuso en línea aparece más "
                    "adelante en la conversación.</p>"
                    "<h3>Principales formas</h3>"
                    "<ul>"
                    "<li><b>Grooming o captación (solicitación de niños con fines sexuales):</b> un "
                    "adulto construye confianza y dependencia emocional para manipular a un niño o "
                    "una niña y llevarlo a un contacto sexual, en línea o en persona. Las tácticas "
                    "incluyen halagos, regalos y créditos de juegos, hacerse pasar por alguien de "
                    "su edad, aislar al niño de su familia, pasar a aplicaciones privadas o "
                    "cifradas y exigir secreto.</li>"
                    "<li><b>Extorsión sexual de niños («sextorsión»):</b> amenazar con compartir "
                    "imágenes sexuales de un niño o una niña, reales o manipuladas digitalmente, "
                    "para obligarlo a enviar más imágenes, realizar actos sexuales, pagar dinero u "
                    "otra cosa. En la <b>sextorsión con fines económicos</b>, a menudo a cargo de "
                    "grupos delictivos organizados en el extranjero, los agresores se hacen pasar "
                    "por una persona joven, obtienen una imagen rápidamente y exigen dinero o "
                    "tarjetas de regalo, a veces en menos de una hora desde el primer contacto. "
                    "Los chicos de entre 14 y 17 años aproximadamente han sido blanco con especial "
                    "frecuencia.</li>"
                    "<li><b>Abuso sexual infantil en línea en directo (abuso transmitido en vivo):</b> "
                    "abuso transmitido en tiempo real. Se puede obligar a un niño a actuar ante una "
                    "cámara web, o un adulto del propio entorno del niño, a veces un familiar, puede "
                    "abusar de él ante la cámara para agresores que pagan por verlo y dirigirlo.</li>"
                    "<li><b>Material de abuso sexual infantil (MASI; en inglés, CSAM):</b> imágenes, "
                    "videos y grabaciones que muestran el abuso o la explotación sexual de un niño "
                    "o una niña, incluido el material producido por los propios niños bajo presión "
                    "o manipulación («autogenerado») y el material generado o manipulado por "
                    "computadora, como los «deepfakes» creados con inteligencia artificial. Cada "
                    "vez que se comparte, se vuelve a dañar al niño.</li>"
                    "</ul>"
                    "<h2>Las palabras importan: las Orientaciones Terminológicas de Luxemburgo</h2>"
                    "<p>Las Orientaciones Terminológicas para la Protección de Niñas, Niños y "
                    "Adolescentes contra la Explotación y el Abuso Sexuales, conocidas como "
                    "Orientaciones de Luxemburgo, fueron adoptadas en 2016 por un grupo de trabajo "
                    "interinstitucional de organismos de la ONU, organizaciones internacionales y "
                    "ONG. Ayudan a profesionales, policías y responsables de políticas a usar las "
                    "mismas palabras para los mismos daños.</p>"
                    "<ul>"
                    "<li>Diga <b>material de abuso sexual infantil</b>, no «pornografía infantil». "
                    "«Pornografía» sugiere adultos que consienten en una actividad legítima y oculta "
                    "el abuso. El término antiguo sobrevive en algunas leyes; úselo solo al citar "
                    "una ley.</li>"
                    "<li>Evite las palabras que dan a entender que un niño consintió su propia "
                    "explotación o es responsable de ella, como «niño prostituto», «relación» para "
                    "referirse al abuso de un niño por parte de un adulto, o «sexting» para "
                    "imágenes obtenidas mediante coacción.</li>"
                    "<li>Use «autogenerado» con cuidado: describe cómo se produjo el material, no si "
                    "el niño decidió libremente producirlo.</li>"
                    "</ul>"
                    "<h3>Preste atención a cómo se presenta</h3>"
                    "<ul>"
                    "<li>«Hice una tontería y ahora alguien tiene mis fotos».</li>"
                    "<li>Pánico, un plazo límite, preguntas sobre pagar con tarjetas de regalo o "
                    "transferir dinero, «mi vida se acabó».</li>"
                    "<li>Un «novio» o una «novia» de internet mucho mayor, regalos sin explicación, "
                    "secretismo, planes para encontrarse.</li>"
                    "<li>Un padre, una madre o un docente que llama porque encontró mensajes o "
                    "imágenes.</li>"
                    "<li>Los chicos tienen menos probabilidades de revelar abusos sexuales y pueden "
                    "describirlos como una estafa o un hackeo. No deje que la forma de contarlo "
                    "oculte el abuso.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Sextorsión y riesgo de suicidio",
                        "text": "<p>Los niños que sufren extorsión sexual pueden sentir una vergüenza y "
                        "una desesperanza abrumadoras en cuestión de horas, y algunos jóvenes "
                        "se han quitado la vida. En todo contacto por sextorsión, pregunte de "
                        "forma directa y tranquila por pensamientos de suicidio o autolesión y "
                        "siga el protocolo de riesgo de su servicio. Preguntar no le mete la "
                        "idea en la cabeza a un niño; le indica que puede hablar de ello.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "«Me estafaron»",
                        "situation": "<p>Un chico de 16 años contacta con la línea de ayuda por chat a "
                        "altas horas de la noche. Dice que una chica lo «estafó» en redes "
                        "sociales, que ella le «va a arruinar la vida», y pregunta si es "
                        "ilegal enviar dinero con tarjetas de regalo.</p>",
                        "prompt": "¿Cuál es su mejor respuesta?",
                        "choices": [
                            {
                                "text": "Agradecerle que se haya comunicado, decirle que no está en "
                                "problemas y preguntarle con delicadeza con qué lo está "
                                "amenazando ella, mientras comprueba cómo se siente y si está "
                                "a salvo en este momento.",
                                "feedback": "La mejor opción. Estafa, amenazas, tarjetas de regalo, de "
                                "noche: todo encaja con una sextorsión con fines económicos. "
                                "Una apertura tranquila y sin juicios le permite contar más, "
                                "y comprobar pronto su seguridad es importante porque la "
                                "angustia puede aumentar rápidamente.",
                                "best": True,
                            },
                            {
                                "text": "Responder a su pregunta sobre las tarjetas de regalo y "
                                "aconsejarle que denuncie la estafa ante su banco.",
                                "feedback": "Esto trata el contacto como un simple fraude y puede pasar "
                                "por alto una extorsión sexual, una forma de abuso sexual "
                                "infantil con un riesgo grave de daño. Explore qué está "
                                "pasando antes de dar consejos prácticos.",
                                "best": False,
                            },
                            {
                                "text": "Pedirle que envíe una captura de la imagen para ver qué tiene "
                                "ella.",
                                "feedback": "Nunca pida a un niño que envíe o muestre una imagen "
                                "sexual. Aumenta su vergüenza y usted estaría recibiendo "
                                "material de abuso sexual infantil. Pídale en cambio que "
                                "describa lo que está pasando.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "¿Qué término debe usar en las notas del caso para imágenes "
                        "sexuales de una persona de 14 años que se comparten en internet?",
                        "choices": [
                            {
                                "text": "Material de abuso sexual infantil (MASI; en inglés, CSAM)",
                                "correct": True,
                                "feedback": "Correcto. Es el término que recomiendan las Orientaciones "
                                "de Luxemburgo y el que usan las líneas de denuncia y la "
                                "policía.",
                            },
                            {
                                "text": "Pornografía infantil",
                                "correct": False,
                                "feedback": "Este término sigue apareciendo en algunas leyes, pero "
                                "sugiere consentimiento y legitimidad. Use «material de "
                                "abuso sexual infantil», salvo cuando cite una ley.",
                            },
                            {
                                "text": "Sexting entre menores",
                                "correct": False,
                                "feedback": "«Sexting» sugiere un intercambio consentido y puede "
                                "ocultar coacción o abuso. Además, no es una categoría que "
                                "usen las instituciones de derivación.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>Tiempo:</b> unos 25 minutos.</p>"
                    "<ul>"
                    "<li>Comience con un aviso sobre el contenido y acuerden cómo pueden salir los "
                    "participantes. Nunca use imágenes reales de abuso, transcripciones de casos "
                    "reales ni descripciones explícitas; las viñetas inventadas y sin detalles "
                    "explícitos bastan para desarrollar habilidades.</li>"
                    "<li><b>Ejercicio de terminología (10 minutos):</b> entregue a grupos pequeños "
                    "tarjetas con términos que se oyen en los medios y en expedientes antiguos "
                    "(«porno infantil», «sexting adolescente», «niña prostituta», «turismo sexual "
                    "por webcam») y pídales que sustituyan cada uno por el término de las "
                    "Orientaciones de Luxemburgo y expliquen por qué.</li>"
                    "<li><b>Ejercicio de presentación (10 minutos):</b> lea tres inicios breves de "
                    "contactos (una «estafa», una «cuenta hackeada», la llamada de una madre o un "
                    "padre) y pregunte qué formas de abuso podrían esconderse detrás de cada uno y "
                    "qué preguntaría después el consejero.</li>"
                    "<li>Añada antes de la sesión los datos específicos de su país: los términos "
                    "jurídicos de su legislación, la edad de consentimiento y cualquier obligación "
                    "legal de denunciar.</li>"
                    "</ul>",
                ),
                ("get_help", {"heading": "Líneas de ayuda y líneas de denuncia"}),
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "survivor-centred-response",
            "title": "Responder con un enfoque centrado en la persona sobreviviente",
            "summary": "Creer al niño, sin culpas, a su ritmo, la seguridad primero, el "
            "consentimiento informado y los límites honestos de la confidencialidad.",
            "minutes": 25,
            "sensitive": True,
            "body": [
                (
                    "rich_text",
                    "<h2>Principios</h2>"
                    "<ul>"
                    "<li><b>La seguridad primero.</b> Al principio del contacto, compruebe si el "
                    "niño está en peligro inmediato: ¿alguien lo está contactando o amenazando en "
                    "este momento? ¿Hay un encuentro planeado? ¿Está pensando en hacerse daño? ¿El "
                    "agresor está en su casa? Si el riesgo es inmediato, siga su protocolo de "
                    "emergencia.</li>"
                    "<li><b>Creer.</b> Tome en serio lo que dice el niño. Su tarea no es decidir si "
                    "es verdad, sino responder a un niño que puede estar en riesgo.</li>"
                    "<li><b>Sin culpas.</b> La responsabilidad es de la persona que captó, amenazó "
                    "o abusó del niño, haga lo que haya hecho, enviado o aceptado el niño. Evite "
                    "las preguntas del tipo «¿por qué hiciste...?».</li>"
                    "<li><b>El ritmo del niño.</b> Deje que lo cuente a su manera. Pregunte solo lo "
                    "que necesita para la seguridad y la derivación; los relatos detallados "
                    "corresponden más adelante a entrevistadores especializados. Presionar para "
                    "obtener detalles puede retraumatizar a un niño y afectar la calidad de las "
                    "pruebas posteriores.</li>"
                    "<li><b>Elección y control.</b> El abuso quita el control. Devuelva tanto como "
                    "lo permita la seguridad: explique las opciones, pregunte qué quiere y dígale "
                    "lo que va a pasar antes de que pase.</li>"
                    "<li><b>Sensibilidad al género, la edad, la discapacidad y la cultura.</b> Los "
                    "chicos, los jóvenes LGBTQ+ y los niños con discapacidad pueden enfrentar "
                    "barreras adicionales para contarlo; adapte su lenguaje y nunca dé por hecho el "
                    "género de un agresor o de una víctima.</li>"
                    "</ul>"
                    "<h2>La confidencialidad y sus límites</h2>"
                    "<p>Explique pronto los límites de la confidencialidad, con palabras sencillas, "
                    "antes de que el niño le haya contado mucho: «Lo que me cuentes queda en "
                    "privado, a menos que me preocupe que tú u otra persona estén en peligro. En "
                    "ese caso puede que tenga que contárselo a alguien que pueda ayudar y, si puedo, "
                    "primero lo hablaré contigo». Muchas líneas de ayuda permiten que los niños se "
                    "mantengan en el anonimato; respételo, salvo que su protocolo y el nivel de "
                    "riesgo exijan otra cosa.</p>"
                    "<h2>Consentimiento informado para la derivación</h2>"
                    "<p>Siempre que sea posible, derive con el consentimiento informado del niño. "
                    "Eso significa explicarle a quién va la derivación, qué información se "
                    "comparte, qué es probable que pase después (por ejemplo, si la policía podría "
                    "contactarlo) y con qué apoyo contará. Escuche sus miedos; muchos niños aceptan "
                    "una vez que entienden el proceso. Cuando la ley o su protocolo exijan una "
                    "derivación sin consentimiento, por ejemplo porque un niño está en peligro, "
                    "dígale al niño lo que está haciendo y por qué, y acompáñelo durante todo el "
                    "proceso.</p>"
                    "<h2>Consejos prácticos en un caso de sextorsión</h2>"
                    "<ul>"
                    "<li><b>No pagar</b>, o no pagar más. Pagar casi nunca termina con las "
                    "amenazas.</li>"
                    "<li><b>Cortar el contacto</b>: no responder ni negociar.</li>"
                    "<li><b>No borrar</b> todavía los chats ni las cuentas. Guardar pruebas: "
                    "capturas de los mensajes y las amenazas, nombres de usuario, enlaces a "
                    "perfiles, datos de pago exigidos. Nunca guardar ni enviar las imágenes en "
                    "sí.</li>"
                    "<li><b>Después, bloquear y denunciar</b> la cuenta en la plataforma.</li>"
                    "<li><b>Contárselo a un adulto seguro</b> y <b>denunciar</b> ante la policía o "
                    "una línea de denuncia; considerar las herramientas de eliminación.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Frases que ayudan",
                        "text": "<ul>"
                        "<li>«Gracias por contármelo. Hace falta valor para hacerlo».</li>"
                        "<li>«Esto no es tu culpa. El responsable es quien hizo esto».</li>"
                        "<li>«Podemos ir a tu ritmo. No tienes que contármelo todo».</li>"
                        "<li>«Voy a ser honesto contigo sobre lo que puedo y lo que no puedo "
                        "mantener en privado».</li>"
                        "<li>«Hay una salida, y no tienes que recorrerla solo».</li>"
                        "</ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "trusted_adult",
                        "title": "Ayude al niño a encontrar un adulto seguro",
                        "text": "<p>Pregunte en quién confía el niño: su madre o su padre, un "
                        "familiar, un docente o un educador juvenil. Un adulto seguro cercano "
                        "puede apoyarlo cuando termine el contacto. Pero no dé por hecho que la "
                        "familia es segura: en el abuso transmitido en vivo, el agresor a veces "
                        "es el padre, la madre o un familiar. Evalúe antes de sugerir a quién "
                        "contárselo, y nunca contacte a la familia sin considerar si eso podría "
                        "aumentar el riesgo.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "«Por favor, no se lo digas a nadie»",
                        "situation": "<p>Una chica de 14 años le cuenta por chat que un hombre al que "
                        "conoció en un juego la grabó en una videollamada sin la parte de "
                        "arriba y que ahora le exige más. Le ruega que no se lo diga a nadie, "
                        "sobre todo a sus padres ni a la policía.</p>",
                        "prompt": "¿Cómo responde?",
                        "choices": [
                            {
                                "text": "Reconocer su miedo, explicarle con honestidad qué queda en "
                                "privado y qué puede tener que compartir para protegerla, "
                                "explorar sus preocupaciones y opciones, y avanzar hacia una "
                                "derivación que ella entienda, siguiendo su protocolo de "
                                "riesgo.",
                                "feedback": "La mejor opción. Es honesto sobre los límites de la "
                                "confidencialidad sin abandonarla, y le da tanto control como "
                                "lo permite la seguridad. Que un adulto extorsione "
                                "sexualmente a una niña es un delito ante el cual la mayoría "
                                "de los protocolos exigen actuar; explique lo que va a hacer, "
                                "y por qué, antes de hacerlo.",
                                "best": True,
                            },
                            {
                                "text": "Prometerle que no se lo dirá a nadie para que siga hablando.",
                                "feedback": "Una promesa que quizá no pueda cumplir destruye la "
                                "confianza cuando se rompe y puede hacer que no vuelva a "
                                "pedir ayuda. Sea honesto sobre la confidencialidad desde el "
                                "principio.",
                                "best": False,
                            },
                            {
                                "text": "Decirle que debe llamar ya a la policía y a sus padres, y "
                                "terminar el chat para hacer las llamadas.",
                                "feedback": "Actuar sin explicar le quita todo el control y puede que "
                                "se desconecte o lo niegue todo. Incluso cuando deba derivar, "
                                "quédese con ella, explique cada paso y valore si involucrar "
                                "a sus padres es seguro y útil.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "¿Qué afirmación refleja una respuesta centrada en la persona "
                        "sobreviviente?",
                        "choices": [
                            {
                                "text": "Dejar que el niño marque el ritmo, comprobando pronto su "
                                "seguridad inmediata durante el contacto.",
                                "correct": True,
                                "feedback": "Correcto. La seguridad va primero y, dentro de eso, el "
                                "niño decide cuánto contar y cuándo.",
                            },
                            {
                                "text": "Obtener un relato completo y detallado en el primer contacto "
                                "para que la policía lo tenga todo.",
                                "correct": False,
                                "feedback": "Presionar para obtener detalles puede retraumatizar al "
                                "niño y afectar las entrevistas de investigación "
                                "posteriores. Recoja lo que necesita para la seguridad y la "
                                "derivación; los especialistas entrevistan después.",
                            },
                            {
                                "text": "Explicarle al niño qué hizo mal para que no vuelva a pasar.",
                                "correct": False,
                                "feedback": "La culpa aumenta la vergüenza y el silencio. Los consejos "
                                "de prevención pueden venir después, centrados en las "
                                "tácticas del agresor, no en los errores del niño.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>Tiempo:</b> unos 25 minutos.</p>"
                    "<ul>"
                    "<li>Pida a cada participante que escriba, con sus propias palabras y en su "
                    "idioma, cómo explicaría los límites de la confidencialidad a un niño de 10 "
                    "años y a un adolescente de 16. Lean algunas en voz alta y mejórenlas juntos; "
                    "los consejeros deberían irse con un guion que se sientan cómodos diciendo.</li>"
                    "<li>Representen el escenario en parejas con un observador que compruebe: "
                    "pregunta de seguridad al principio, sin culpas, confidencialidad explicada, "
                    "consentimiento solicitado, siguientes pasos explicados.</li>"
                    "<li>Revise el protocolo de su servicio sobre cuándo debe hacerse una derivación "
                    "sin consentimiento y sobre el riesgo de suicidio, y asegúrese de que todos "
                    "sepan dónde encontrarlo.</li>"
                    "<li>En grupos mixtos (personal de líneas de ayuda, trabajadores sociales, "
                    "policía), comenten en qué se diferencian las obligaciones de cada función, por "
                    "ejemplo la denuncia obligatoria o los requisitos probatorios.</li>"
                    "</ul>",
                ),
                ("get_help", {"heading": "Servicios de apoyo"}),
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "documenting-a-case",
            "title": "Documentar un caso de forma coherente",
            "summary": "Qué registrar, qué no recopilar nunca y por qué las categorías comunes "
            "hacen que las derivaciones funcionen.",
            "minutes": 20,
            "sensitive": True,
            "body": [
                (
                    "rich_text",
                    "<h2>Por qué importa una documentación coherente</h2>"
                    "<p>Las líneas de ayuda, las líneas de denuncia, los servicios sociales y la "
                    "policía a menudo registran el mismo abuso de formas distintas. Si una línea de "
                    "ayuda archiva un caso como «problema en internet» y la policía busca "
                    "«extorsión sexual de un niño», el caso puede perderse, retrasarse o recibir una "
                    "prioridad equivocada, y las cifras nacionales subestiman el daño. Los registros "
                    "coherentes y basados en hechos protegen al niño, hacen que las derivaciones se "
                    "entiendan y muestran tendencias que orientan la prevención.</p>"
                    "<h3>Qué registrar</h3>"
                    "<ul>"
                    "<li><b>Qué:</b> un relato breve y basado en hechos, con las afirmaciones clave "
                    "en las propias palabras del niño.</li>"
                    "<li><b>Cuándo:</b> la fecha y la hora del contacto, y las fechas aproximadas de "
                    "hechos como el primer contacto, las amenazas y cualquier plazo límite.</li>"
                    "<li><b>Dónde:</b> las plataformas, aplicaciones o juegos involucrados, y si la "
                    "conversación pasó de uno a otro.</li>"
                    "<li><b>Quién:</b> nombres de usuario, nombres visibles, enlaces a perfiles "
                    "(URL), identificadores de usuario, números de teléfono o direcciones de "
                    "correo, y datos de pago exigidos, copiados con exactitud.</li>"
                    "<li><b>El niño:</b> edad, género y ubicación, en la medida en que el niño los "
                    "comparta y su política lo permita.</li>"
                    "<li><b>Riesgo y seguridad:</b> su evaluación del riesgo y cualquier acción "
                    "inmediata.</li>"
                    "<li><b>Categoría:</b> el tipo de daño, usando las categorías acordadas.</li>"
                    "<li><b>Consentimiento y derivación:</b> lo que quiere el niño, lo que aceptó, "
                    "las derivaciones realizadas (a quién, cuándo, número de referencia) y el "
                    "seguimiento previsto.</li>"
                    "</ul>"
                    "<h3>Lo que nunca debe hacer</h3>"
                    "<ul>"
                    "<li>Nunca pida a un niño que le envíe, reenvíe o muestre una imagen o un "
                    "video.</li>"
                    "<li>Nunca descargue, capture, guarde ni reenvíe material de abuso, ni siquiera "
                    "a una línea de denuncia o a la policía. Registre que existe y dónde está (la "
                    "plataforma y la URL), y deje que la línea de denuncia o la policía lo obtengan "
                    "legalmente.</li>"
                    "<li>Si un niño envía una imagen sin que se la pidan, no vuelva a abrirla ni la "
                    "reenvíe. Informe a su supervisor y siga el procedimiento de su organización, "
                    "que debería estar acordado con las fuerzas del orden.</li>"
                    "<li>No describa las imágenes con detalles explícitos; basta con una breve "
                    "descripción objetiva de lo que relata el niño.</li>"
                    "</ul>"
                    "<h3>Use categorías comunes</h3>"
                    "<p>Acuerde un conjunto de categorías compartidas con las instituciones a las que "
                    "deriva, basado en los términos de las Orientaciones de Luxemburgo, por "
                    "ejemplo:</p>"
                    "<ul>"
                    "<li>Grooming en línea (solicitación con fines sexuales)</li>"
                    "<li>Extorsión sexual, con una marca para los casos con fines económicos</li>"
                    "<li>Material de abuso sexual infantil: producción o difusión, con marcas para "
                    "el material autogenerado y el generado por computadora</li>"
                    "<li>Abuso sexual infantil en línea en directo</li>"
                    "<li>Difusión no consentida de imágenes entre pares</li>"
                    "<li>Exposición no deseada a contenido o mensajes sexuales</li>"
                    "</ul>"
                    "<p>Un caso puede tener más de una categoría. Si su línea de ayuda comunica "
                    "datos a Child Helpline International o a organismos nacionales, haga "
                    "corresponder sus categorías con las de ellos para que las cifras se puedan "
                    "comparar.</p>"
                    "<h3>Proteja el registro</h3>"
                    "<p>Recopile solo lo que necesita, guárdelo en su sistema seguro de gestión de "
                    "casos, limite el acceso a las personas que lo necesitan y siga su política de "
                    "conservación.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Describir, nunca recopilar",
                        "text": "<p>Recibir, almacenar o reenviar una imagen sexual de un niño o una "
                        "niña es ilegal en la mayoría de los países, incluso para profesionales, "
                        "salvo que lo haga personal autorizado bajo normas legales específicas. "
                        "Además expone al niño a más daño y lo expone a usted a material "
                        "angustiante. Su registro describe; la línea de denuncia o la policía "
                        "recopilan.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Copie los identificadores con exactitud",
                        "text": "<p>Los nombres de usuario suelen contener guiones bajos, puntos, "
                        "números y letras que se parecen entre sí. Con un solo carácter "
                        "equivocado, la policía o una plataforma no pueden encontrar la cuenta. "
                        "Pida al niño que lea el nombre de usuario letra por letra, o que copie "
                        "el texto del enlace al perfil, y anote cualquier nombre de usuario "
                        "anterior que haya usado la cuenta.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Reescribir una nota de caso",
                        "situation": "<p>El borrador de nota de un colega dice: «Chica, 15, problema de "
                        "sexting con el novio, se filtraron fotos. Se le aconsejó tener más "
                        "cuidado». Por la llamada, usted sabe que tiene 15 años, que un "
                        "hombre de 24 años al que conoció en una red social le pidió "
                        "imágenes durante tres semanas, y que ahora amenaza con enviarlas a "
                        "su escuela si ella no le manda un video antes del viernes. Ella dio "
                        "el nombre de usuario del hombre.</p>",
                        "prompt": "¿Cómo debería reescribirse la nota?",
                        "choices": [
                            {
                                "text": "Registrar su edad, la aplicación, el nombre de usuario con "
                                "exactitud, las fechas y el plazo del viernes, sus propias "
                                "palabras sobre la amenaza, las categorías «grooming» y "
                                "«extorsión sexual», la evaluación del riesgo, su "
                                "consentimiento y la derivación realizada.",
                                "feedback": "La mejor opción. Ahora la nota se basa en hechos, usa "
                                "categorías que la policía y las líneas de denuncia "
                                "entienden y contiene los identificadores que necesitan para "
                                "actuar antes del plazo. Además elimina el consejo que "
                                "culpabiliza.",
                                "best": True,
                            },
                            {
                                "text": "Mantenerla breve, pero cambiar «problema de sexting» por "
                                "«problema en internet».",
                                "feedback": "«Problema en internet» es demasiado vago para que "
                                "cualquier institución pueda actuar o contabilizarlo, y "
                                "probablemente el caso se archivaría mal. Use las categorías "
                                "acordadas y registre los identificadores.",
                                "best": False,
                            },
                            {
                                "text": "Pedirle que envíe las imágenes para adjuntarlas al expediente "
                                "del caso.",
                                "feedback": "Nunca pida ni almacene imágenes de abuso. Registre que "
                                "existen imágenes y dónde están, y deje que la línea de "
                                "denuncia o la policía gestionen el material legalmente.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "¿Por qué las líneas de ayuda y la policía deberían usar "
                        "categorías de casos comunes?",
                        "choices": [
                            {
                                "text": "Para que las derivaciones se entiendan y se prioricen "
                                "correctamente y los casos se contabilicen de forma "
                                "coherente.",
                                "correct": True,
                                "feedback": "Correcto. Las categorías compartidas hacen que la policía "
                                "reconozca como sextorsión un caso de sextorsión registrado "
                                "por una línea de ayuda, y que los datos nacionales reflejen "
                                "lo que viven los niños.",
                            },
                            {
                                "text": "Para que los consejeros tengan menos que escribir.",
                                "correct": False,
                                "feedback": "Las categorías no sustituyen un relato basado en hechos ni "
                                "los identificadores; hacen que el relato sea fácil de "
                                "derivar y de contabilizar.",
                            },
                            {
                                "text": "Porque las propias palabras del niño no le sirven a la "
                                "policía.",
                                "correct": False,
                                "feedback": "Las propias palabras del niño son muy útiles. Las "
                                "categorías las acompañan; no las sustituyen.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>Tiempo:</b> unos 20 minutos.</p>"
                    "<ul>"
                    "<li>Antes de la sesión, consiga la lista de categorías vigente de su servicio "
                    "y, si es posible, las categorías que usan la unidad policial nacional y la "
                    "línea de denuncia. Muéstrelas una al lado de la otra e identifique dónde no "
                    "coinciden; a menudo es la discusión más útil del curso.</li>"
                    "<li>Entregue a los participantes tres resúmenes de casos inventados y pídales "
                    "que redacten una nota de caso en diez minutos. Intercambien las notas y "
                    "compruébenlas con la lista de «qué registrar».</li>"
                    "<li>Repasen su procedimiento para una imagen enviada sin que se pidiera: a "
                    "quién informar, qué registrar y cómo se gestiona el dispositivo o el sistema. "
                    "Si no existe un procedimiento, anótelo como tarea para la dirección y acuérdelo "
                    "con las fuerzas del orden.</li>"
                    "</ul>",
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "referral-and-image-removal",
            "title": "Derivación a líneas de denuncia y fuerzas del orden, y eliminación de "
            "imágenes",
            "summary": "A dónde derivar cada tipo de caso y cómo ayudar a un niño o una niña a "
            "lograr que se retiren imágenes.",
            "minutes": 25,
            "sensitive": True,
            "body": [
                (
                    "rich_text",
                    "<h2>Conozca su mapa de derivación</h2>"
                    "<p>Antes de necesitarlo, elabore un mapa de derivación para su país: a quién "
                    "contactar según el tipo de caso, qué información necesita cada uno, cómo "
                    "enviarla de forma segura y cómo le informarán de lo que ocurrió. Revíselo al "
                    "menos una vez al año.</p>"
                    "<h3>Líneas de denuncia en internet</h3>"
                    "<p>Las líneas de denuncia (hotlines) reciben denuncias, a menudo anónimas, de "
                    "material de abuso sexual infantil en internet. Analistas capacitados evalúan "
                    "si el material es ilegal, informan a las fuerzas del orden y piden a los "
                    "proveedores de alojamiento que lo eliminen. "
                    '<a href="https://www.inhope.org">INHOPE</a> es la red mundial de líneas de '
                    "denuncia; sus miembros intercambian denuncias mediante un sistema seguro para "
                    "que el material alojado en otro país llegue a la línea de denuncia de ese "
                    "país. Algunos ejemplos son la "
                    '<a href="https://report.iwf.org.uk">Internet Watch Foundation</a> (Reino Unido) '
                    'y la <a href="https://report.cybertip.org">NCMEC CyberTipline</a> (Estados '
                    "Unidos). La CyberTipline también recibe denuncias de plataformas en línea con "
                    "sede en Estados Unidos sobre material de abuso que detectan en todo el mundo, "
                    "y las pone a disposición de las fuerzas del orden del país correspondiente. "
                    "Cuando un país no tiene una línea de denuncia nacional, un portal de denuncia "
                    "de la IWF u otro miembro de INHOPE puede aceptar denuncias.</p>"
                    "<h3>Fuerzas del orden</h3>"
                    "<ul>"
                    "<li><b>Peligro inmediato:</b> el número de emergencias, de inmediato.</li>"
                    "<li><b>Grooming, extorsión sexual, abuso transmitido en vivo, material de abuso "
                    "sexual infantil en el que aparece un niño identificable:</b> la unidad "
                    "especializada nacional o regional en abuso infantil en línea o "
                    "ciberdelincuencia, por el canal acordado con su servicio.</li>"
                    "<li>Envíe el caso documentado: identificadores, fechas, plataformas, el relato "
                    "del niño y su evaluación del riesgo. Nunca adjunte imágenes.</li>"
                    "</ul>"
                    "<h3>Servicios de protección de la infancia</h3>"
                    "<p>Derive a los servicios de protección de la infancia o a los servicios "
                    "sociales cuando un niño necesite protección o apoyo continuos, y siempre que el "
                    "agresor pueda estar en el hogar o en la familia del niño, como en algunos casos "
                    "de abuso transmitido en vivo.</p>"
                    "<h3>Plataformas</h3>"
                    "<p>Ayude al niño a denunciar la cuenta y el contenido con las herramientas de "
                    "la propia plataforma, después de haber guardado las pruebas. Muchas "
                    "plataformas están obligadas, o se han comprometido, a denunciar el material de "
                    "abuso sexual infantil ante el NCMEC o las autoridades nacionales.</p>"
                    "<h2>Herramientas de eliminación de imágenes</h2>"
                    "<ul>"
                    '<li><a href="https://takeitdown.ncmec.org">Take It Down</a> (NCMEC) ayuda a '
                    "eliminar o detener la difusión en internet de imágenes o videos íntimos o "
                    "sexuales tomados cuando la persona tenía menos de 18 años. La herramienta crea "
                    "un hash (una huella digital) en el propio dispositivo de la persona joven; la "
                    "imagen en sí nunca se sube. Las plataformas participantes usan el hash para "
                    "encontrar y eliminar copias en sus servicios públicos o no cifrados. Se puede "
                    "usar de forma anónima, y un adulto de confianza puede ayudar.</li>"
                    '<li><a href="https://www.childline.org.uk/remove">Report Remove</a> '
                    "(Childline y la Internet Watch Foundation) permite a los jóvenes menores de 18 "
                    "años del Reino Unido denunciar imágenes o videos íntimos de sí mismos. Los "
                    "jóvenes confirman su edad y crean una cuenta de Childline para recibir apoyo y "
                    "estar informados, y la IWF evalúa el contenido, trabaja para eliminarlo y "
                    "comparte un hash con las empresas de internet para evitar que se vuelva a "
                    "subir.</li>"
                    "<li>StopNCII.org atiende a personas adultas de 18 años o más cuyas imágenes "
                    "íntimas se comparten o se amenaza con compartir sin su consentimiento; no es la "
                    "vía para imágenes de niños, niñas y adolescentes.</li>"
                    "</ul>"
                    "<p>Sea honesto con el niño: estas herramientas ayudan mucho, pero ninguna puede "
                    "garantizar que se eliminen todas las copias. La comparación de hashes solo "
                    "funciona en los servicios participantes y no dentro de los chats con cifrado "
                    "de extremo a extremo.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Haga derivaciones acompañadas",
                        "text": "<p>Cuando pueda, haga la derivación junto con el niño en lugar de "
                        "simplemente darle un enlace: explíquele qué va a pasar, quédese en la "
                        "línea mientras empieza una solicitud de eliminación o acuerden una hora "
                        "para volver a llamar. Registre el número de referencia y haga "
                        "seguimiento para comprobar que la derivación se recibió y se "
                        "atendió.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "¿Qué vía?",
                        "situation": "<p>Llama una chica de 17 años del Reino Unido. Hace una semana, "
                        "su expareja, también de 17 años, publicó un video íntimo de ella en "
                        "un sitio para compartir archivos. Ella tiene el enlace. No está en "
                        "peligro inmediato y lo que más quiere es que el video desaparezca; "
                        "no está segura de acudir a la policía.</p>",
                        "prompt": "¿Qué le sugiere?",
                        "choices": [
                            {
                                "text": "Explicarle Report Remove y Take It Down, ayudarla a usarlos "
                                "sin enviar el video a nadie, hablar de sus opciones para "
                                "denunciar ante la policía y ante su escuela, y seguir su "
                                "protocolo de derivación.",
                                "feedback": "La mejor opción. La eliminación es su prioridad, y Report "
                                "Remove está diseñado para menores de 18 años del Reino "
                                "Unido, con el apoyo de Childline durante todo el proceso. "
                                "Take It Down añade protección en las plataformas "
                                "participantes. Además, le presenta con honestidad sus otras "
                                "opciones y sigue el protocolo de derivación de su "
                                "servicio.",
                                "best": True,
                            },
                            {
                                "text": "Decirle que use StopNCII.org.",
                                "feedback": "StopNCII está diseñado para personas adultas de 18 años o "
                                "más. Para imágenes tomadas cuando alguien tenía menos de 18 "
                                "años, las herramientas adecuadas son Report Remove o Take "
                                "It Down.",
                                "best": False,
                            },
                            {
                                "text": "Pedirle que le envíe el video y el enlace para reenviarlos a "
                                "la línea de denuncia.",
                                "feedback": "Nunca pida ni reenvíe el video. Un enlace se puede "
                                "denunciar ante una línea de denuncia por la vía acordada, "
                                "pero la mejor opción es ayudarla a denunciarlo ella misma "
                                "con una herramienta creada para jóvenes.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "¿Cómo protege Take It Down la privacidad de una persona joven?",
                        "choices": [
                            {
                                "text": "La imagen se queda en su dispositivo; solo se comparte un "
                                "hash (huella digital) con las plataformas participantes.",
                                "correct": True,
                                "feedback": "Correcto. Nadie en el NCMEC ni en las plataformas "
                                "necesita recibir la imagen para que el hash funcione.",
                            },
                            {
                                "text": "El personal del NCMEC revisa una copia de la imagen antes de "
                                "eliminarla.",
                                "correct": False,
                                "feedback": "La imagen no se sube a Take It Down; solo se sube el "
                                "hash.",
                            },
                            {
                                "text": "Elimina la imagen de los chats privados con cifrado de "
                                "extremo a extremo.",
                                "correct": False,
                                "feedback": "La comparación de hashes funciona en los servicios "
                                "públicos o no cifrados de las plataformas participantes, no "
                                "dentro de los chats cifrados. Sea honesto con los niños "
                                "sobre este límite.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>Tiempo:</b> unos 25 minutos.</p>"
                    "<ul>"
                    "<li><b>Ejercicio del mapa de derivación (15 minutos):</b> en grupos, completen "
                    "un mapa en blanco para su país: número de emergencias, unidad policial "
                    "especializada, línea nacional de denuncia o portal de denuncia más cercano, "
                    "servicios de protección de la infancia, herramientas de eliminación "
                    "disponibles para los niños del país y el método seguro para enviar cada "
                    "derivación. Los vacíos son tareas pendientes para la dirección.</li>"
                    "<li>Compruebe usted mismo cada dirección y cada número poco antes de la sesión "
                    "y anote la fecha en que lo comprobó.</li>"
                    "<li>Si es posible, invite a alguien de la línea nacional de denuncia o de la "
                    "unidad policial a explicar qué pasa con una derivación cuando sale de la línea "
                    "de ayuda y qué información agiliza su trabajo.</li>"
                    "<li>Muestre solo las páginas de inicio de las herramientas de eliminación. "
                    "Nunca suba nada, ni siquiera una imagen de prueba, durante la formación.</li>"
                    "</ul>",
                ),
                (
                    "get_help",
                    {
                        "heading": "Líneas de denuncia, líneas de ayuda y herramientas de "
                        "eliminación"
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "looking-after-yourself",
            "title": "Cuidarse a sí mismo: trauma vicario, supervisión y sesiones de descarga",
            "summary": "Reconocer los efectos de este trabajo en usted y recurrir a la supervisión, "
            "las sesiones de descarga y el autocuidado.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>Este trabajo afecta a quienes lo hacen</h2>"
                    "<p>Escuchar a niños describir abusos, día tras día, afecta incluso a "
                    "profesionales con experiencia. Es un riesgo laboral normal, no una debilidad "
                    "personal, y las organizaciones comparten la responsabilidad de gestionarlo.</p>"
                    "<ul>"
                    "<li><b>Trauma vicario:</b> un cambio gradual en cómo se ve a sí mismo, a otras "
                    "personas y al mundo (seguridad, confianza, control), que surge del contacto "
                    "empático repetido con las experiencias de las personas sobrevivientes.</li>"
                    "<li><b>Estrés traumático secundario:</b> síntomas parecidos al estrés "
                    "postraumático, como imágenes intrusivas, evitación y estar constantemente en "
                    "alerta, después de escuchar sobre el trauma de otras personas.</li>"
                    "<li><b>Desgaste profesional (burnout):</b> agotamiento, cinismo y sensación de "
                    "ineficacia causados por una carga de trabajo y unas condiciones laborales "
                    "crónicas.</li>"
                    "</ul>"
                    "<h3>Señales a las que prestar atención en usted y en sus colegas</h3>"
                    "<ul>"
                    "<li>Pensamientos o imágenes intrusivas de los relatos de los niños; pesadillas "
                    "o mal dormir.</li>"
                    "<li>Sentirse insensible, distante o cínico; temer los turnos.</li>"
                    "<li>Volverse hipervigilante, por ejemplo revisar constantemente los "
                    "dispositivos de sus propios hijos o desconfiar de todas las personas que los "
                    "rodean.</li>"
                    "<li>Irritabilidad, alejarse de amigos y familia, consumir más alcohol u otras "
                    "sustancias.</li>"
                    "<li>Trabajar en exceso, saltarse los descansos o creer que nadie más puede "
                    "ocuparse de sus casos.</li>"
                    "</ul>"
                    "<h2>Lo que ayuda</h2>"
                    "<h3>Por parte de la organización</h3>"
                    "<ul>"
                    "<li>Supervisión periódica, individual o grupal, centrada tanto en el impacto "
                    "emocional del trabajo como en los casos.</li>"
                    "<li>Una breve sesión de descarga después de los contactos angustiantes, en el "
                    "mismo turno siempre que sea posible.</li>"
                    "<li>Cargas de casos manejables, descansos protegidos y una variedad de tipos de "
                    "contacto.</li>"
                    "<li>Acceso a orientación psicológica confidencial, y una cultura en la que pedir "
                    "ayuda sea lo esperado.</li>"
                    "<li>Ninguna exposición innecesaria a material de abuso: los consejeros nunca "
                    "deberían necesitar verlo.</li>"
                    "</ul>"
                    "<h3>Por su parte</h3>"
                    "<ul>"
                    "<li>Un plan de autocuidado por escrito: qué le agota, las señales de alerta "
                    "temprana y qué le recupera.</li>"
                    "<li>Límites entre el trabajo y el hogar, incluido no llevarse a casa detalles "
                    "de los casos en el teléfono.</li>"
                    "<li>Dormir, moverse, pasar tiempo al aire libre y con las personas que le "
                    "importan.</li>"
                    "<li>Recordar por qué este trabajo importa: los niños a los que ayudó están más "
                    "seguros porque usted los escuchó.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Un ritual de transición",
                        "text": "<p>Marque el final de cada turno con una acción pequeña y habitual: "
                        "anote lo que quede pendiente para el siguiente turno, lávese las manos, "
                        "cámbiese de ropa o dé un paseo corto antes de volver a casa. Una rutina "
                        "le indica a su mente que el trabajo terminó y ayuda a que los casos no "
                        "le sigan hasta casa.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "trusted_adult",
                        "title": "Usted también necesita una persona de confianza",
                        "text": "<p>Pedimos a los niños que se lo cuenten a un adulto de confianza. Lo "
                        "mismo vale para usted: su supervisor, un colega con más experiencia o "
                        "un profesional de orientación psicológica externo a la organización. Si "
                        "un contacto le sigue afectando, cuénteselo a alguien en menos de un "
                        "día. Pedir ayuda pronto es una práctica profesional, no un "
                        "fracaso.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Después de un mes difícil",
                        "situation": "<p>Una consejera en su segundo año ha atendido varios contactos "
                        "por sextorsión este mes, uno de ellos con un niño en alto riesgo. "
                        "Ha empezado a revisar el teléfono de su propio hijo todas las "
                        "noches, duerme mal y se ha saltado la sesión de descarga del equipo "
                        "porque «otros lo tienen peor».</p>",
                        "prompt": "¿Cuál es la respuesta más útil por parte de su jefa de equipo?",
                        "choices": [
                            {
                                "text": "Nombrar las señales con amabilidad y en privado, describirlas "
                                "como una reacción habitual a este trabajo, organizar "
                                "supervisión y una sesión de descarga, revisar su combinación "
                                "de contactos y recordarle el apoyo de orientación "
                                "psicológica confidencial.",
                                "feedback": "La mejor opción. Nombrar las señales sin juzgar y ofrecer "
                                "apoyo práctico pronto la ayuda a recuperarse y a seguir en "
                                "el trabajo. Además muestra a todo el equipo que pedir ayuda "
                                "es normal.",
                                "best": True,
                            },
                            {
                                "text": "Decirle que a todos les resulta difícil y que tiene que "
                                "endurecerse.",
                                "feedback": "Esto refuerza la creencia de que pasarlo mal es una "
                                "debilidad, hace menos probable que hable y aumenta el riesgo "
                                "de desgaste profesional y de errores con los niños.",
                                "best": False,
                            },
                            {
                                "text": "Sacarla de la línea de ayuda de forma permanente sin "
                                "hablarlo con ella.",
                                "feedback": "Apartar a alguien sin hablarlo puede sentirse como un "
                                "castigo y puede hacer que los colegas no admitan sus "
                                "dificultades. Los ajustes temporales acordados con ella "
                                "suelen ser más útiles.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "¿Cuál de estas es una señal de trauma vicario?",
                        "choices": [
                            {
                                "text": "Un cambio duradero en lo seguro o confiado que se siente "
                                "respecto al mundo, con imágenes intrusivas de los relatos de "
                                "los niños.",
                                "correct": True,
                                "feedback": "Correcto. Son señales clásicas; requieren supervisión y "
                                "apoyo, no silencio.",
                            },
                            {
                                "text": "Sentirse cansado después de un turno con mucho trabajo y "
                                "estar bien otra vez tras descansar el fin de semana.",
                                "correct": False,
                                "feedback": "El cansancio normal que se recupera con el descanso es "
                                "habitual. El trauma vicario es un cambio más profundo y "
                                "duradero.",
                            },
                            {
                                "text": "Querer más formación sobre cómo atender contactos por "
                                "sextorsión.",
                                "correct": False,
                                "feedback": "Querer desarrollar habilidades es un desarrollo "
                                "profesional sano, no una señal de daño.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>Tiempo:</b> unos 15 minutos. Imparta esta lección al final y no la "
                    "recorte cuando falte tiempo.</p>"
                    "<ul>"
                    "<li>Comience con un ejercicio de anclaje de un minuto (los pies en el suelo, "
                    "tres respiraciones lentas, nombrar cinco cosas que se pueden ver) y explique "
                    "que los participantes pueden usarlo entre contactos.</li>"
                    "<li>Entregue a cada participante una plantilla de plan de autocuidado para "
                    "completar en privado: tres señales de alerta temprana, tres cosas que ayudan y "
                    "el nombre de la persona con la que hablarán. No recoja los planes.</li>"
                    "<li>Invite a supervisores y responsables a asistir, y pídales que expliquen "
                    "los mecanismos reales del servicio: frecuencia de la supervisión, sesiones de "
                    "descarga después de contactos de alto riesgo y cómo acceder a orientación "
                    "psicológica confidencial.</li>"
                    "<li>Cierre el curso pidiendo a los participantes que completen la prueba "
                    "final, incluida la pregunta abierta.</li>"
                    "</ul>",
                ),
                ("get_help", {"heading": "Apoyo para los niños y para usted"}),
            ],
        },
    ],
    "test": {
        "code": "CNS-SAFE",
        "title": "Responder a la explotación y el abuso sexual infantil en línea: "
        "conocimientos, actitudes y prácticas",
        "instructions": (
            "Complete este cuestionario antes y después del curso. Mide conocimientos, actitudes "
            "y prácticas, y los resultados solo se informan de forma anónima y agregada para "
            "mejorar la formación. En las afirmaciones, responda según lo que realmente piensa y "
            "hace en su trabajo. Toma entre 10 y 15 minutos."
        ),
        "items": [
            {
                "code": "K01",
                "domain": "K",
                "type": "single",
                "subscale": "terminology",
                "text": "¿Qué término recomiendan las Orientaciones Terminológicas de Luxemburgo "
                "para las imágenes y los videos sexuales de niños, niñas y adolescentes?",
                "options": [
                    {"key": "A", "text": "Pornografía infantil", "correct": False},
                    {
                        "key": "B",
                        "text": "Material de abuso sexual infantil",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "Contenido explícito de menores",
                        "correct": False,
                    },
                    {
                        "key": "D",
                        "text": "Material de sexting adolescente",
                        "correct": False,
                    },
                ],
                "explanation": "«Material de abuso sexual infantil» nombra lo que es el contenido: "
                "el registro del abuso de un niño o una niña. «Pornografía infantil» "
                "sugiere consentimiento y legitimidad, y solo debería usarse al citar "
                "una ley que todavía lo emplee.",
            },
            {
                "code": "K02",
                "domain": "K",
                "type": "multi",
                "subscale": "sextortion",
                "text": "¿Cuáles son rasgos típicos de la sextorsión con fines económicos? Elija "
                "todas las que correspondan.",
                "options": [
                    {
                        "key": "A",
                        "text": "Una escalada muy rápida, a veces en menos de una hora desde el "
                        "primer contacto",
                        "correct": True,
                    },
                    {
                        "key": "B",
                        "text": "Exigencias de dinero o de tarjetas de regalo",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "El agresor se hace pasar por una persona joven de edad "
                        "parecida",
                        "correct": True,
                    },
                    {
                        "key": "D",
                        "text": "El agresor suele ser alguien a quien el niño conoce en persona "
                        "desde hace años",
                        "correct": False,
                    },
                    {
                        "key": "E",
                        "text": "Amenazas de enviar las imágenes a los amigos, la familia o los "
                        "seguidores del niño",
                        "correct": True,
                    },
                ],
                "explanation": "La sextorsión con fines económicos suele estar a cargo de "
                "desconocidos, a menudo grupos organizados en el extranjero, que se "
                "hacen pasar por personas de la misma edad, obtienen una imagen "
                "rápidamente y luego exigen dinero con amenazas de compartirla con los "
                "contactos del niño. La rapidez y el pánico forman parte de la "
                "táctica.",
            },
            {
                "code": "K03",
                "domain": "K",
                "type": "truefalse",
                "subscale": "documentation",
                "text": "Si un niño se ofrece a enviarle la imagen para demostrar lo que pasó, "
                "aceptarla reforzará la derivación.",
                "answer": False,
                "explanation": "Nunca pida ni acepte imágenes de abuso. Recibirlas o reenviarlas es "
                "ilegal en la mayoría de los países, vuelve a dañar al niño y no es "
                "necesario para una derivación. Registre que la imagen existe y dónde "
                "está; las líneas de denuncia y la policía obtienen el material "
                "legalmente.",
            },
            {
                "code": "K04",
                "domain": "K",
                "type": "single",
                "subscale": "confidentiality",
                "text": "¿Cuándo debe explicarle a un niño los límites de la confidencialidad?",
                "options": [
                    {
                        "key": "A",
                        "text": "Solo si decide que hace falta una derivación",
                        "correct": False,
                    },
                    {
                        "key": "B",
                        "text": "Al principio del contacto, con palabras sencillas, antes de que "
                        "haya revelado mucho",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "Al final del contacto, cuando tenga todos los datos",
                        "correct": False,
                    },
                    {
                        "key": "D",
                        "text": "Nunca; puede hacer que el niño deje de hablar",
                        "correct": False,
                    },
                ],
                "explanation": "Explicarlo pronto permite al niño decidir qué compartir con pleno "
                "conocimiento, y evita que se sienta traicionado si después tiene que "
                "derivar. Las explicaciones honestas y sencillas rara vez hacen que los "
                "niños dejen de hablar; las promesas rotas, a menudo sí.",
            },
            {
                "code": "K05",
                "domain": "K",
                "type": "single",
                "subscale": "removal",
                "text": "¿Qué afirmación sobre la herramienta Take It Down del NCMEC es correcta?",
                "options": [
                    {
                        "key": "A",
                        "text": "La persona joven debe subir la imagen al NCMEC para que la "
                        "revisen",
                        "correct": False,
                    },
                    {
                        "key": "B",
                        "text": "Crea un hash en el dispositivo de la persona joven, así que la "
                        "imagen en sí no se sube",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "Es solo para adultos cuyas imágenes se compartieron después de "
                        "cumplir 18 años",
                        "correct": False,
                    },
                    {
                        "key": "D",
                        "text": "Elimina imágenes de los chats privados con cifrado de extremo a "
                        "extremo",
                        "correct": False,
                    },
                ],
                "explanation": "Take It Down es para imágenes tomadas cuando la persona tenía menos "
                "de 18 años. Genera una huella digital en el dispositivo y solo "
                "comparte ese hash con las plataformas participantes, que lo usan para "
                "encontrar copias en sus servicios públicos o no cifrados.",
            },
            {
                "code": "K06",
                "domain": "K",
                "type": "multi",
                "subscale": "referral",
                "text": "Un niño le cuenta que hay imágenes sexuales suyas en un sitio web. ¿Qué "
                "vías son adecuadas? Elija todas las que correspondan.",
                "options": [
                    {
                        "key": "A",
                        "text": "La línea de denuncia nacional miembro de INHOPE, o el portal "
                        "de denuncia más cercano",
                        "correct": True,
                    },
                    {
                        "key": "B",
                        "text": "Las fuerzas del orden, por el canal de derivación acordado",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "Una herramienta de eliminación como Take It Down o, en el Reino "
                        "Unido, Report Remove",
                        "correct": True,
                    },
                    {
                        "key": "D",
                        "text": "Compartir el enlace en un grupo de mensajería profesional para "
                        "que los colegas lo revisen",
                        "correct": False,
                    },
                    {
                        "key": "E",
                        "text": "La herramienta de denuncia de la propia plataforma",
                        "correct": True,
                    },
                ],
                "explanation": "Las líneas de denuncia, la policía, las herramientas de eliminación "
                "y las denuncias en la plataforma tienen todas un papel, y varias se "
                "pueden usar a la vez. Hacer circular el enlace, incluso entre "
                "profesionales, difunde el abuso y no es una vía de denuncia.",
            },
            {
                "code": "K07",
                "domain": "K",
                "type": "truefalse",
                "subscale": "self-care",
                "text": "Tener imágenes intrusivas y sentirse insensible después de escuchar relatos "
                "de abuso de niños significa que un consejero no es apto para este trabajo.",
                "answer": False,
                "explanation": "Son señales habituales de trauma vicario y estrés traumático "
                "secundario, un riesgo laboral normal de este trabajo. Requieren "
                "supervisión, sesiones de descarga y apoyo, no abandonar la "
                "profesión.",
            },
            {
                "code": "A01",
                "domain": "A",
                "type": "likert",
                "subscale": "blame",
                "text": "Un niño que envió una imagen a alguien por internet tiene parte de la "
                "culpa de lo que pasó después.",
                "reverse": True,
            },
            {
                "code": "A02",
                "domain": "A",
                "type": "likert",
                "subscale": "survivor-centred",
                "text": "Es correcto dejar que el niño marque el ritmo de la conversación, incluso "
                "cuando quiero más detalles.",
                "reverse": False,
            },
            {
                "code": "A03",
                "domain": "A",
                "type": "likert",
                "subscale": "self-care",
                "text": "La supervisión periódica y las sesiones de descarga son una parte "
                "necesaria de este trabajo, no una señal de debilidad.",
                "reverse": False,
            },
            {
                "code": "P01",
                "domain": "P",
                "type": "frequency",
                "subscale": "documentation",
                "text": "¿Con qué frecuencia registra la plataforma, los nombres de usuario y las "
                "fechas de un caso de abuso en línea usando las categorías acordadas?",
                "reverse": False,
            },
            {
                "code": "P02",
                "domain": "P",
                "type": "yesno",
                "subscale": "documentation",
                "text": "En el último mes, ¿le pidió a un niño que le enviara o mostrara una "
                "imagen como prueba?",
                "reverse": True,
            },
            {
                "code": "P03",
                "domain": "P",
                "type": "frequency",
                "subscale": "self-care",
                "text": "¿Con qué frecuencia participa en supervisión o en una sesión de descarga "
                "después de un contacto angustiante?",
                "reverse": False,
            },
            {
                "code": "O01",
                "domain": "A",
                "type": "open",
                "text": "¿Cuál es el mayor obstáculo en su servicio para derivar los casos de abuso "
                "en línea de forma coherente, y qué ayudaría?",
            },
        ],
    },
}
