"""Spanish demo translation (machine-assisted, reviewed for sense) of course_parents.py; mark as demo translation.

Traducción de demostración al español del curso para madres, padres y personas
cuidadoras «Acompañar la vida en línea de su hijo o hija». Misma estructura, slugs,
códigos y claves que el original; solo se traduce el texto. Los nombres de servicios
(CEOP, NCMEC CyberTipline, INHOPE, Internet Watch Foundation, Take It Down, Report
Remove, Childline) se mantienen tal cual.
"""

COURSE = {
    "slug": "supporting-your-child-online",
    "title": "Acompañar la vida en línea de su hijo o hija",
    "audience": "parents",
    "age_min": None,
    "age_max": None,
    "minutes": 70,
    "topics": [
        "parenting",
        "privacy",
        "grooming",
        "cyberbullying",
        "sextortion",
        "reporting",
    ],
    "intro": (
        "<p>Niñas, niños y adolescentes usan juegos, aplicaciones de video y de mensajería para "
        "aprender, crear y mantenerse cerca de sus amistades. La mayor parte de lo que hacen en "
        "internet es positivo. Este curso trata de mantenerse cerca de esa vida en línea, para "
        "que, si algo sale mal, usted sea la persona a la que su hijo o hija acuda.</p>"
        "<p>Practicará conversaciones tranquilas y con curiosidad, elegirá configuraciones "
        "adecuadas a la edad de su hijo o hija, aprenderá las señales de alerta del grooming "
        "(captación), el ciberacoso y la sextorsión, y ensayará qué decir y qué hacer si su hijo "
        "o hija le cuenta que algo ha pasado. No se necesitan conocimientos técnicos.</p>"
    ),
    "objectives": [
        "Puedo iniciar conversaciones relajadas y con curiosidad con mi hijo o hija sobre las "
        "aplicaciones y los juegos que usa.",
        "Puedo elegir configuraciones y controles parentales adecuados a la edad de mi hijo o "
        "hija y explicárselos abiertamente.",
        "Puedo reconocer las señales de alerta del grooming (captación), el ciberacoso y la "
        "sextorsión.",
        "Puedo responder con calma y apoyo si mi hijo o hija me cuenta que le ha pasado algo "
        "en internet.",
        "Sé cómo conservar pruebas de forma segura y dónde denunciar y pedir ayuda.",
    ],
    "lessons": [
        # ------------------------------------------------------------------
        {
            "slug": "curious-not-furious",
            "title": "Hablar con su hijo o hija sobre su vida en internet",
            "summary": "Cómo hablar con su hijo o hija sobre su mundo en línea con curiosidad y no "
            "con desconfianza.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>Por qué la conversación importa más que las reglas</h2>"
                    "<p>Los niños que mejor enfrentan los problemas en internet suelen ser los que "
                    "sienten que pueden contárselo a su madre, a su padre o a otro adulto de "
                    "confianza sin meterse en problemas. Las reglas y las configuraciones ayudan, "
                    "pero no pueden cubrir todas las aplicaciones, el teléfono de cada amigo ni "
                    "todas las situaciones. Una relación en la que su hijo o hija quiere hablar con "
                    "usted lo acompaña a todas partes.</p>"
                    "<p>La crianza positiva en internet es igual que fuera de él: afecto, interés "
                    "genuino, límites claros y justos, y respuestas tranquilas cuando algo sale "
                    "mal. Vigilar como un policía (revisar a escondidas, reaccionar con enojo, "
                    "prohibir los dispositivos al primer problema) suele enseñar a los niños a "
                    "ocultarle cosas.</p>"
                    "<h3>Empiece con curiosidad</h3>"
                    "<ul>"
                    "<li>Pregunte por lo que disfrutan: «¿Qué es lo mejor que viste en internet "
                    "esta semana?» o «¿Me enseñas cómo funciona este juego?».</li>"
                    "<li>Deje que su hijo o hija sea el experto. Jugar juntos o ver con él a su "
                    "creador de contenido favorito le demuestra que usted está interesado, no "
                    "inspeccionando.</li>"
                    "<li>Hable poco y a menudo (en el auto, mientras cocinan, a la hora de dormir) "
                    "en lugar de guardarlo todo para una sola conversación larga y seria.</li>"
                    "<li>Comparta su propia vida en línea: un mensaje de estafa que recibió, una "
                    "publicación de la que se arrepintió, cómo decide qué compartir sobre usted y "
                    "sobre ellos.</li>"
                    "</ul>"
                    "<h3>Adáptese a la edad de su hijo o hija</h3>"
                    "<ul>"
                    "<li><b>Menores de 8 años:</b> usen los dispositivos juntos en espacios "
                    "comunes, elijan con ellos las aplicaciones y los videos, y enséñeles una regla "
                    "sencilla: si algo en internet te hace sentir preocupado, triste o confundido, "
                    "ven a contármelo.</li>"
                    "<li><b>De 8 a 12 años:</b> hablen sobre la información personal, las personas "
                    "que solo conocen por internet y la amabilidad. Acuerden qué aplicaciones y "
                    "juegos usan y mírenlos juntos.</li>"
                    "<li><b>De 13 a 17 años:</b> deles más privacidad y responsabilidad sin dejar "
                    "de interesarse. Hablen abiertamente de amistades, relaciones, presión para "
                    "enviar imágenes, estafas y dónde pedir ayuda, también a personas distintas de "
                    "usted.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Dígalo en voz alta: no te vas a meter en problemas",
                        "text": "<p>Dígale a su hijo o hija directamente, y más de una vez: «Si "
                        "alguna vez pasa algo en internet que te preocupe, aunque creas que "
                        "rompiste una regla, cuéntamelo. No te vas a meter en problemas por "
                        "contármelo, y lo vamos a resolver juntos». Muchos niños callan porque "
                        "temen perder su teléfono o que los culpen.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "El juego nuevo",
                        "situation": "<p>Su hijo de 10 años juega todas las tardes a un juego en línea "
                        "nuevo. Usted no sabe mucho del juego y nota que se queda callado "
                        "cuando usted pasa cerca.</p>",
                        "prompt": "¿Qué haría primero?",
                        "choices": [
                            {
                                "text": "Sentarse a su lado, pedirle que le muestre el juego y con quién "
                                "juega, y probarlo usted también.",
                                "feedback": "La mejor opción. Mostrar interés por el juego en sí abre "
                                "la puerta. Mientras se lo enseña, puede preguntarle con "
                                "naturalidad si hay chat, con quién habla y qué haría si "
                                "alguien lo hiciera sentir incómodo.",
                                "best": True,
                            },
                            {
                                "text": "Desinstalar el juego hasta tener tiempo de investigarlo.",
                                "feedback": "Puede parecer seguro, pero su hijo aprende que mencionar "
                                "un juego puede significar perderlo. Mírenlo juntos primero; "
                                "si de verdad no es adecuado, explíquele por qué y acuerden "
                                "una alternativa.",
                                "best": False,
                            },
                            {
                                "text": "Leer su historial de chat mientras duerme.",
                                "feedback": "Revisar a escondidas daña la confianza y, si lo descubre, "
                                "hace menos probable que su hijo acuda a usted. Si tiene "
                                "una preocupación concreta, dígala y revísenlo juntos.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "¿Qué pregunta tiene más probabilidades de abrir una conversación "
                        "con un chico o una chica de 12 años?",
                        "choices": [
                            {
                                "text": "¿Qué es lo que más te gusta de esa aplicación y con quién "
                                "sueles hablar ahí?",
                                "correct": True,
                                "feedback": "Sí. Una pregunta abierta sobre lo que disfrutan muestra "
                                "interés y lleva con naturalidad a hablar de con quién "
                                "conversan.",
                            },
                            {
                                "text": "No estarás hablando con desconocidos ahí, ¿verdad?",
                                "correct": False,
                                "feedback": "Es una pregunta cerrada y desconfiada. La mayoría de los "
                                "niños simplemente dirán «no» para evitar problemas, y la "
                                "conversación termina.",
                            },
                            {
                                "text": "¿Por qué siempre estás con el teléfono?",
                                "correct": False,
                                "feedback": "Suena a crítica, así que suele cerrar la conversación en "
                                "lugar de abrirla.",
                            },
                        ],
                    },
                ),
                (
                    "rich_text",
                    "<h3>Acuerden juntos un plan familiar</h3>"
                    "<p>Un breve acuerdo familiar sobre el uso de medios, escrito entre todos, "
                    "funciona mejor que unas reglas impuestas. Puede incluir cuándo y dónde se usan "
                    "los dispositivos (por ejemplo, no en los dormitorios durante la noche), qué "
                    "aplicaciones y juegos están bien, qué hacer si algo sale mal y qué harán "
                    "también los adultos, como preguntar antes de publicar una foto de un niño. "
                    "Revísenlo cada pocos meses y cada vez que su hijo o hija empiece a usar algo "
                    "nuevo.</p>",
                ),
                (
                    "facilitator_notes",
                    "<p><b>Tiempo:</b> unos 15 minutos.</p>"
                    "<ol>"
                    "<li><b>Actividad de inicio (3 minutos):</b> pida a cada madre o padre que "
                    "nombre una aplicación o un juego que a su hijo o hija le encanta y una cosa "
                    "que le gustaría entender de él. Anote las aplicaciones; las usará en la "
                    "siguiente lección.</li>"
                    "<li><b>En parejas (5 minutos):</b> una persona hace de hijo o hija y la otra "
                    "practica tres preguntas abiertas de la lección. Luego intercambian los "
                    "papeles. Pregunte: ¿qué preguntas le dieron ganas, como «hijo», de seguir "
                    "hablando?</li>"
                    "<li><b>Escenario (5 minutos):</b> voten las opciones y luego comenten por qué "
                    "funciona la primera.</li>"
                    "<li><b>Cierre (2 minutos):</b> cada persona elige una forma de iniciar la "
                    "conversación para probar esta semana.</li>"
                    "</ol>"
                    "<p>No pida a los participantes que describan delante del grupo incidentes que "
                    "involucren a sus propios hijos; ofrézcales hablar en privado después. Algunas "
                    "familias tienen pocas habilidades digitales o comparten un solo teléfono con "
                    "sus hijos: subraye que esta lección no requiere ningún conocimiento técnico. "
                    "Si los participantes hablan distintos idiomas, forme parejas con alguien que "
                    "comparta su idioma o use el material impreso traducido.</p>",
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "settings-and-controls",
            "title": "Configuraciones y controles parentales adecuados a la edad",
            "summary": "Cómo elegir configuraciones y controles adecuados a la edad y hablar de "
            "ellos abiertamente con su hijo o hija.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>Lo que los controles pueden y no pueden hacer</h2>"
                    "<p>Los controles parentales y las configuraciones de seguridad pueden reducir "
                    "la probabilidad de que un niño pequeño se tope con contenido dañino, limitar "
                    "el contacto con desconocidos y evitar gastos inesperados. No pueden enseñar a "
                    "tener criterio, y a veces los niños logran saltárselos o usan el dispositivo "
                    "de un amigo. Úselos como una capa de protección junto con la conversación, "
                    "nunca como un sustituto de ella.</p>"
                    "<h3>Capas que puede usar</h3>"
                    "<ul>"
                    "<li><b>Dispositivo y tienda de aplicaciones:</b> límites de contenido por "
                    "edad, aprobación antes de descargar aplicaciones nuevas, límites de gasto y "
                    "configuración del tiempo de pantalla.</li>"
                    "<li><b>Red del hogar:</b> muchos proveedores de internet ofrecen filtros "
                    "gratuitos que bloquean el contenido para adultos en todos los dispositivos "
                    "conectados al wifi de la casa.</li>"
                    "<li><b>Dentro de cada aplicación o juego:</b> una cuenta privada, límites a "
                    "quién puede escribirle o agregarlo, la ubicación compartida desactivada, el "
                    "chat de voz y de texto con desconocidos desactivado en los juegos, y las "
                    "herramientas de supervisión o para familias de la propia aplicación.</li>"
                    "<li><b>Búsquedas y videos:</b> búsqueda segura y versiones infantiles o modos "
                    "restringidos de las plataformas de video para los más pequeños.</li>"
                    "</ul>"
                    "<h3>Revise la edad mínima y la configuración del chat</h3>"
                    "<p>La mayoría de las grandes redes sociales fijan los 13 años como edad mínima "
                    "en sus condiciones de servicio, y algunas funciones son solo para usuarios "
                    "mayores. Las clasificaciones por edad de juegos y aplicaciones describen el "
                    "contenido; no le dicen si su hijo o hija puede chatear con desconocidos, así "
                    "que revise también la configuración de contactos y de chat.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "La vigilancia secreta puede salir mal",
                        "text": "<p>Las aplicaciones que leen en secreto los mensajes de un niño o lo "
                        "rastrean sin que lo sepa pueden parecer tranquilizadoras. Pero si su "
                        "hijo o hija se entera, y a menudo se entera, la confianza se daña y "
                        "puede pasarse a aplicaciones que usted no conoce. En el caso de los "
                        "adolescentes, la vigilancia secreta además ignora su creciente derecho "
                        "a la privacidad. Si usa herramientas de supervisión o de ubicación "
                        "compartida, dígale a su hijo o hija qué usa, por qué y cuándo lo van a "
                        "revisar.</p>",
                    },
                ),
                (
                    "rich_text",
                    "<h3>Transparentes y adecuados a la edad</h3>"
                    "<ul>"
                    "<li><b>Los niños más pequeños</b> necesitan más protección: filtros fuertes, "
                    "aprobación de aplicaciones nuevas, dispositivos usados en espacios comunes y "
                    "contacto limitado a personas que conocen fuera de internet.</li>"
                    "<li><b>Los preadolescentes</b> pueden ayudar a elegir la configuración. "
                    "Explíqueles cada opción: «Esto significa que solo pueden escribirte los "
                    "amigos que aceptaste».</li>"
                    "<li><b>Los adolescentes</b> necesitan cada vez más independencia. Pase de "
                    "controles que usted fija a configuraciones que acuerdan juntos, y céntrese en "
                    "sus propias habilidades: bloquear, denunciar, revisar la privacidad y saber "
                    "cuándo pedir ayuda.</li>"
                    "<li>Configuren juntos los dispositivos y las cuentas nuevas, y vuelvan a "
                    "revisar la configuración después de las actualizaciones, que a veces cambian "
                    "las opciones predeterminadas.</li>"
                    "</ul>",
                ),
                (
                    "scenario",
                    {
                        "title": "El primer teléfono",
                        "situation": "<p>Su hijo o hija de 11 años va a recibir su primer teléfono "
                        "inteligente para el paso a la secundaria. Quiere la aplicación de "
                        "mensajería que usan todos sus amigos.</p>",
                        "prompt": "¿Cuál es el mejor enfoque?",
                        "choices": [
                            {
                                "text": "Configurar el teléfono juntos: acordar las aplicaciones, "
                                "activar la aprobación de aplicaciones y los límites de "
                                "contenido, configurar la mensajería para que solo puedan "
                                "escribirle contactos guardados y explicar cada opción.",
                                "feedback": "La mejor opción. Hacerlo juntos significa que su hijo o "
                                "hija entiende por qué está cada opción y es más probable "
                                "que la mantenga. Revise también la edad mínima en las "
                                "condiciones de la aplicación de mensajería, y acuerden "
                                "cuándo revisarán la configuración a medida que crezca.",
                                "best": True,
                            },
                            {
                                "text": "Instalar una aplicación de vigilancia oculta para poder leerlo "
                                "todo sin que lo sepa.",
                                "feedback": "La vigilancia oculta puede mostrarle lo que pasa, pero "
                                "daña la confianza cuando se descubre y no ayuda a que su "
                                "hijo o hija desarrolle sus propias habilidades. Sea "
                                "transparente sobre los controles que usa.",
                                "best": False,
                            },
                            {
                                "text": "Dejar que lo configure solo, ya que sabe más de teléfonos que "
                                "usted.",
                                "feedback": "Puede que su hijo o hija domine la tecnología, pero "
                                "igual necesita su orientación sobre la privacidad y los "
                                "contactos. Configurarlo juntos es también un momento "
                                "natural para acordar qué hacer si algo sale mal.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "¿Qué afirmación sobre los controles parentales es correcta?",
                        "choices": [
                            {
                                "text": "Son una capa de protección útil, pero funcionan mejor junto "
                                "con conversaciones frecuentes.",
                                "correct": True,
                                "feedback": "Correcto. Los controles reducen algunos riesgos, pero lo "
                                "que ayuda cuando algo se les escapa es que su hijo o hija "
                                "esté dispuesto a hablar con usted.",
                            },
                            {
                                "text": "Una vez activados los controles, ya no hace falta hablar de los "
                                "riesgos en internet.",
                                "correct": False,
                                "feedback": "Ningún control lo detecta todo, y los niños también se "
                                "conectan desde dispositivos de otras personas. La "
                                "conversación sigue siendo esencial.",
                            },
                            {
                                "text": "Los controles deben ser exactamente los mismos de los 8 a los "
                                "17 años.",
                                "correct": False,
                                "feedback": "Los controles deben cambiar a medida que su hijo o hija "
                                "crece: protección fuerte para los niños pequeños, "
                                "configuraciones acordadas y habilidades propias para los "
                                "adolescentes.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "trusted_adult",
                        "title": "Su hijo o hija necesita más de un adulto de confianza",
                        "text": "<p>Ayude a su hijo o hija a nombrar al menos a tres adultos a los "
                        "que podría acudir si no pudiera hablar con usted, como un familiar, un "
                        "docente o un entrenador, y asegúrese de que conozca la línea nacional "
                        "de ayuda a la infancia. Puede que un adolescente quiera hablar primero "
                        "con alguien que no sea su madre o su padre. Eso no es un fracaso de su "
                        "parte; es una red de seguridad.</p>",
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>Tiempo:</b> unos 15 minutos. Si puede, haga de esta una sesión práctica: "
                    "invite a los participantes a traer un dispositivo y recorran juntos la "
                    "configuración de seguridad de dos o tres aplicaciones que se nombraron en la "
                    "actividad de inicio de la primera lección.</p>"
                    "<ul>"
                    "<li>Revise usted mismo los menús de configuración uno o dos días antes de la "
                    "sesión; las aplicaciones los cambian a menudo y las capturas desactualizadas "
                    "confunden a la gente.</li>"
                    "<li>Muestre dónde encontrar el filtro de red gratuito que ofrecen los "
                    "proveedores de internet locales, y las herramientas de supervisión o para "
                    "familias de las aplicaciones más populares.</li>"
                    "<li>Tenga guías impresas paso a paso para las familias que comparten un solo "
                    "teléfono, tienen pocos datos o no pueden traer un dispositivo.</li>"
                    "<li>Recuerde a los participantes que no vayan a casa a cambiar la "
                    "configuración de un adolescente a sus espaldas; anímelos a planear una "
                    "conversación y configurarlo juntos.</li>"
                    "</ul>",
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "warning-signs",
            "title": "Señales de alerta de grooming, acoso y sextorsión",
            "summary": "Reconocer cambios que pueden indicar que su hijo o hija está siendo "
            "captado, acosado o chantajeado en internet.",
            "minutes": 15,
            "sensitive": True,
            "body": [
                (
                    "rich_text",
                    "<h2>Saber en qué fijarse</h2>"
                    "<p>La mayoría de los niños que sufren daño en internet no se lo cuentan a "
                    "nadie de inmediato. Pueden sentir vergüenza, temer perder su teléfono o "
                    "haber recibido la orden de guardar un secreto. Conocer las señales de alerta "
                    "le ayuda a notar cuando algo va mal y a abrir una conversación con "
                    "delicadeza. Una sola señal rara vez prueba algo, y muchas se confunden con "
                    "los altibajos normales; fíjese en los cambios y en los patrones, y confíe en "
                    "su intuición de que algo es distinto.</p>"
                    "<h3>Grooming (captación)</h3>"
                    "<p>El grooming, o captación, es cuando alguien construye una relación, "
                    "confianza y un vínculo emocional con un niño o una niña para poder "
                    "manipularlo, explotarlo o abusar de él. En internet, quienes captan a niños "
                    "pueden hacerse pasar por una persona joven o mostrarse abiertamente como "
                    "mayores y actuar como mentor, novio o novia. Entre las tácticas comunes están "
                    "los halagos y la atención constante, los regalos como moneda de juegos, "
                    "ponerse del lado del niño frente a sus padres, llevar el chat a una "
                    "aplicación privada, pedir secreto e introducir poco a poco conversaciones "
                    "sexuales o pedidos de imágenes.</p>"
                    "<ul>"
                    "<li>Se muestra reservado sobre un nuevo amigo de internet o muy protector con "
                    "su teléfono.</li>"
                    "<li>Regalos, dinero, créditos de juegos o cuentas nuevas que usted no puede "
                    "explicar.</li>"
                    "<li>Habla de un amigo mayor al que usted nunca ha visto, o usa palabras e "
                    "ideas que no parecen suyas.</li>"
                    "<li>Usa los dispositivos hasta tarde por la noche o se altera mucho cuando no "
                    "puede conectarse.</li>"
                    "<li>Se aleja de la familia y los amigos; cambios en el ánimo, el sueño o el "
                    "rendimiento escolar.</li>"
                    "</ul>"
                    "<h3>Ciberacoso</h3>"
                    "<ul>"
                    "<li>Parece alterado, ansioso o enojado mientras usa el teléfono o un juego, o "
                    "después.</li>"
                    "<li>Deja de usar de repente una aplicación o un juego que le encantaba, o "
                    "borra cuentas.</li>"
                    "<li>No quiere ir a la escuela ni participar en actividades; pierde "
                    "amistades.</li>"
                    "<li>Cambios en el sueño o el apetito; habla de sí mismo de forma "
                    "negativa.</li>"
                    "</ul>"
                    "<h3>Sextorsión</h3>"
                    "<p>La sextorsión (extorsión sexual) es un chantaje con una imagen íntima o "
                    "sexual, real o falsa, para exigir más imágenes, actos sexuales o dinero. Una "
                    "forma que crece rápidamente es la <b>sextorsión con fines económicos</b>, a "
                    "menudo cometida por grupos delictivos organizados. Los agresores suelen "
                    "hacerse pasar por una persona joven, convencen rápidamente al niño de que "
                    "comparta una imagen y luego exigen dinero y amenazan con enviar la imagen a "
                    "sus amigos y familiares, a veces en menos de una hora desde el primer "
                    "contacto. Los chicos de entre 14 y 17 años aproximadamente han sido blanco "
                    "con especial frecuencia, pero le puede pasar a cualquier niño o niña.</p>"
                    "<ul>"
                    "<li>Pánico o miedo repentino después de usar el teléfono; lo revisa de forma "
                    "compulsiva.</li>"
                    "<li>Pide con urgencia dinero o tarjetas de regalo, o vende sus cosas, sin un "
                    "motivo claro.</li>"
                    "<li>Se aísla, no duerme, o dice que se siente atrapado o que su vida se "
                    "acabó.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Si le preocupa la seguridad de su hijo o hija en este momento",
                        "text": "<p>Si su hijo o hija habla de querer hacerse daño o parece estar en "
                        "peligro inmediato, quédese a su lado y llame a los servicios de "
                        "emergencia. La sextorsión, en particular, puede hacer sentir a los "
                        "jóvenes que no hay salida. Dígale con claridad que siempre hay una "
                        "salida, que no está en problemas y que lo van a resolver juntos.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Un cambio repentino",
                        "situation": "<p>Su hijo de 15 años lleva dos días muy nervioso. Se sobresalta "
                        "cuando vibra el teléfono, casi no ha comido y esta mañana le pidió "
                        "dinero prestado «para algo urgente», pero no quiere decir para "
                        "qué.</p>",
                        "prompt": "¿Qué haría?",
                        "choices": [
                            {
                                "text": "Buscar un momento tranquilo y privado, decirle que ha notado "
                                "que parece preocupado, que no se va a meter en problemas sea "
                                "lo que sea y que quiere ayudarlo.",
                                "feedback": "La mejor opción. Pueden ser señales de sextorsión o de "
                                "otro problema grave. Un enfoque tranquilo y sin culpas "
                                "hace mucho más probable que se lo cuente. Si describe un "
                                "chantaje, los siguientes pasos son: no pagar, dejar de "
                                "responder, guardar pruebas y denunciar.",
                                "best": True,
                            },
                            {
                                "text": "Darle el dinero; ya tiene edad para decidir en qué gastarlo.",
                                "feedback": "Si lo están chantajeando, pagar casi nunca termina con el "
                                "problema: los agresores suelen volver a pedir más. Darle "
                                "dinero sin hablar también desaprovecha la oportunidad de "
                                "averiguar qué pasa y protegerlo.",
                                "best": False,
                            },
                            {
                                "text": "Exigirle el teléfono y leer sus mensajes delante de él.",
                                "feedback": "Tomar el control de esta forma probablemente aumente su "
                                "vergüenza y su pánico, y puede que lo niegue todo. Empiece "
                                "por tranquilizarlo y deje que se lo cuente; pueden revisar "
                                "las pruebas juntos cuando se sienta seguro.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "¿Cuál de estas es una táctica común de la sextorsión con fines "
                        "económicos?",
                        "choices": [
                            {
                                "text": "Hacerse pasar por una persona joven, conseguir rápidamente "
                                "una imagen y luego exigir dinero con amenazas de "
                                "compartirla.",
                                "correct": True,
                                "feedback": "Correcto. Los agresores actúan rápido, a menudo fingiendo "
                                "ser de la misma edad, y amenazan con enviar la imagen a los "
                                "amigos y familiares del niño si no paga.",
                            },
                            {
                                "text": "Construir una amistad poco a poco durante varios años antes de "
                                "pedir nada.",
                                "correct": False,
                                "feedback": "Algunas personas que captan a niños sí se toman mucho "
                                "tiempo, pero la sextorsión con fines económicos suele ser "
                                "muy rápida, a veces menos de una hora desde el primer "
                                "mensaje hasta las amenazas.",
                            },
                            {
                                "text": "Atacar solo a niños que el agresor ya conoce fuera de "
                                "internet.",
                                "correct": False,
                                "feedback": "Estos agresores suelen ser desconocidos, a menudo en otro "
                                "país, que contactan a muchos jóvenes a la vez.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>Tiempo:</b> unos 15 minutos. Este tema puede resultar angustiante: "
                    "algunos participantes pueden tener un hijo o hija que ha sufrido daño, o "
                    "haber vivido abusos ellos mismos. Diga al inicio que cualquiera puede salir en "
                    "cualquier momento y que usted estará disponible al terminar.</p>"
                    "<ul>"
                    "<li>Mantenga el foco en los patrones y las respuestas, no en historias que "
                    "asusten. Evite los detalles explícitos y no mencione casos locales.</li>"
                    "<li>Subraye que las señales se parecen a los altibajos normales de la "
                    "adolescencia. El objetivo es notar los cambios y preguntar, no diagnosticar "
                    "ni acusar.</li>"
                    "<li>Asegúrese de que los padres y cuidadores de varones escuchen con claridad "
                    "que los chicos son blanco frecuente de la sextorsión; muchas familias "
                    "suponen que el riesgo es sobre todo para las chicas.</li>"
                    "<li>Tenga impresos los datos de la línea nacional de ayuda a la infancia y de "
                    "la denuncia ante la policía, y conozca el procedimiento de protección de su "
                    "organización por si un participante le cuenta durante la sesión una "
                    "preocupación actual.</li>"
                    "</ul>",
                ),
                ("get_help", {"heading": "Si le preocupa un niño o una niña"}),
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "when-your-child-tells-you",
            "title": "Cuando su hijo o hija le cuenta que algo ha pasado",
            "summary": "Cómo responder con calma a una revelación: escuchar, creer, no culpar, "
            "conservar pruebas de forma segura y denunciar.",
            "minutes": 15,
            "sensitive": True,
            "body": [
                (
                    "rich_text",
                    "<h2>Los primeros minutos importan</h2>"
                    "<p>Su reacción cuando su hijo o hija se lo cuenta por primera vez puede "
                    "influir en que siga hablando, con usted y con cualquier otra persona. A menudo "
                    "los niños tantean el terreno con una pequeña parte de la historia o dicen «un "
                    "amigo mío tiene un problema». Su respuesta tranquila les indica que es seguro "
                    "contar más.</p>"
                    "<h3>Escuche</h3>"
                    "<ul>"
                    "<li>Deje lo que está haciendo y préstele toda su atención. Deje que lo cuente "
                    "a su manera y a su ritmo.</li>"
                    "<li>Mantenga la cara y la voz tranquilas, aunque sienta sorpresa o enojo. "
                    "Puede ocuparse de sus propios sentimientos más tarde, con otro adulto.</li>"
                    "<li>Haga preguntas abiertas y suaves, como «¿Me puedes contar un poco más?», "
                    "en lugar de bombardearlo con preguntas.</li>"
                    "</ul>"
                    "<h3>Crea y no culpe</h3>"
                    "<ul>"
                    "<li>Diga: «Gracias por contármelo. Te creo. Esto no es tu culpa».</li>"
                    "<li>Evite las preguntas del tipo «¿Por qué hiciste...?». Aunque su hijo o hija "
                    "haya roto una regla familiar o enviado una imagen, la responsabilidad es de "
                    "la persona que lo manipuló, lo amenazó o abusó de él.</li>"
                    "</ul>"
                    "<h3>No castigue</h3>"
                    "<ul>"
                    "<li>No le quite el teléfono como castigo. Los niños suelen decir que el miedo "
                    "a perder su teléfono es una de las principales razones por las que no "
                    "cuentan lo que pasa. Si hay que guardar un dispositivo como prueba, explíquele "
                    "que es para protegerlo, no para castigarlo.</li>"
                    "<li>No confronte a la otra persona ni le responda usted mismo. Puede alertar "
                    "al agresor, hacer que se borren pruebas y empeorar la situación.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Conserve las pruebas, pero nunca copie ni comparta imágenes",
                        "text": "<p>Guarde pruebas de lo que pasó: capturas de pantalla de los "
                        "mensajes y las amenazas, nombres de usuario, enlaces a perfiles, fechas "
                        "y nombres de las aplicaciones. Pero <b>nunca haga capturas, guarde, "
                        "reenvíe ni muestre a nadie una imagen íntima o sexual de un niño o una "
                        "niña</b>, ni siquiera para denunciarla. En muchos países eso es un "
                        "delito y amplía el daño. Informe a la policía o al servicio de "
                        "denuncias de que existe una imagen y dónde está; ellos se encargarán. "
                        "No borre los chats ni la cuenta antes de haber guardado las pruebas, y "
                        "no pague ninguna exigencia de chantaje.</p>",
                    },
                ),
                (
                    "rich_text",
                    "<h3>Después, actúen juntos</h3>"
                    "<ol>"
                    "<li><b>Póngalo a salvo.</b> Si hay un peligro inmediato o riesgo de "
                    "autolesión, llame a los servicios de emergencia.</li>"
                    "<li><b>Corten el contacto.</b> Ayude a su hijo o hija a dejar de responder. "
                    "Una vez guardadas las pruebas, bloqueen y denuncien la cuenta en la "
                    "plataforma.</li>"
                    "<li><b>Denuncien.</b> Denuncie el grooming, la explotación sexual y la "
                    "sextorsión ante la policía o el servicio nacional de denuncias. Denuncie el "
                    "acoso ante la plataforma, y ante la escuela si hay compañeros de clase "
                    "involucrados.</li>"
                    "<li><b>Logren que se elimine la imagen.</b> Si se ha compartido una imagen "
                    "íntima de su hijo o hija, o se amenaza con hacerlo, las herramientas de "
                    "eliminación pueden ayudar (vea la siguiente lección).</li>"
                    "<li><b>Siga apoyándolo.</b> Pregúntele cómo está en los días y semanas "
                    "siguientes, y considere buscar apoyo en una línea de ayuda a la infancia o en "
                    "un profesional de orientación psicológica, para su hijo o hija y para "
                    "usted.</li>"
                    "</ol>"
                    "<p>En la medida en que sea seguro, haga partícipe a su hijo o hija de las "
                    "decisiones sobre los siguientes pasos y explíquele cada uno. Volver a sentir "
                    "cierto control forma parte de la recuperación.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "«Por favor, no te enojes»",
                        "situation": "<p>Su hija de 13 años llega llorando. Le dice que le envió una "
                        "foto de ella en ropa interior a un chico que conoció en un juego, "
                        "y que ahora él dice que la va a publicar en internet si ella no "
                        "le manda más.</p>",
                        "prompt": "¿Qué le dice primero?",
                        "choices": [
                            {
                                "text": "«Gracias por contármelo. No estás en problemas y esto no es "
                                "tu culpa. Él es quien está haciendo algo mal, y lo vamos a "
                                "resolver juntas».",
                                "feedback": "La mejor opción. Tranquilizarla primero permite que siga "
                                "hablando. Después, ayúdela a dejar de responder, guarden "
                                "los chats y el nombre de usuario del chico (no la foto), "
                                "denuncien ante la policía o el servicio nacional de "
                                "denuncias y revisen juntas las herramientas de "
                                "eliminación.",
                                "best": True,
                            },
                            {
                                "text": "«¿Cómo pudiste ser tan tonta? Te dije que nunca hablaras con "
                                "desconocidos».",
                                "feedback": "Culparla aumenta su vergüenza y puede llevarla a ocultar "
                                "el próximo problema o a ceder a las exigencias de él. "
                                "Necesita escuchar que el responsable es quien la está "
                                "amenazando.",
                                "best": False,
                            },
                            {
                                "text": "«Dame tu teléfono. No te lo devuelvo en un mes».",
                                "feedback": "Quitarle el teléfono como castigo le enseña que contarlo "
                                "significa perderlo. Si el teléfono se necesita como prueba, "
                                "dígalo con claridad y sin culpas.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Su hijo o hija le muestra chats en los que alguien lo amenaza. "
                        "¿Qué debe guardar como prueba?",
                        "choices": [
                            {
                                "text": "Capturas de los mensajes y las amenazas, el nombre de usuario "
                                "y el enlace al perfil, la aplicación y las fechas, pero "
                                "ninguna imagen íntima.",
                                "correct": True,
                                "feedback": "Correcto. Estos datos ayudan a la policía y a las "
                                "plataformas a actuar. Nunca copie ni reenvíe una imagen "
                                "sexual de un niño o una niña; informe a las autoridades de "
                                "que existe y de dónde está.",
                            },
                            {
                                "text": "Todo, incluida una copia de la imagen íntima enviada a su "
                                "propio teléfono para guardarla.",
                                "correct": False,
                                "feedback": "Copiar o reenviar una imagen sexual de un niño o una "
                                "niña puede ser un delito, incluso para una madre o un "
                                "padre que intenta ayudar, y hace que la imagen se difunda "
                                "más.",
                            },
                            {
                                "text": "Nada: borrar toda la cuenta de inmediato para que se termine.",
                                "correct": False,
                                "feedback": "Borrar elimina pruebas que la policía necesita y no "
                                "detiene al agresor. Primero guarde las pruebas; luego "
                                "bloquee y denuncie.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "trusted_adult",
                        "title": "No tiene que enfrentar esto solo",
                        "text": "<p>Enterarse de que su hijo o hija ha sufrido daño es muy "
                        "doloroso. Hable con otro adulto de confianza, con la persona "
                        "responsable de protección de la escuela de su hijo o hija o con una "
                        "línea de ayuda para familias. Cuidarse a sí mismo le ayuda a mantenerse "
                        "firme para su hijo o hija.</p>",
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>Tiempo:</b> unos 15 minutos. El núcleo de esta lección es practicar las "
                    "primeras palabras.</p>"
                    "<ol>"
                    "<li>En parejas, una persona lee las frases de la hija del escenario y la otra "
                    "responde. Intercambien los papeles a los dos minutos.</li>"
                    "<li>Muchos participantes notan que su primer impulso es preguntar «por qué». "
                    "Reconozca que es normal y practiquen reemplazarlo por «gracias por "
                    "contármelo».</li>"
                    "<li>Entregue a cada persona una tarjeta pequeña con tres pasos (escuchar, "
                    "creer, actuar) y las vías locales de denuncia, para llevarla en la billetera "
                    "o ponerla en el refrigerador.</li>"
                    "</ol>"
                    "<p>Explique la ley sobre imágenes del lugar donde trabaja: en la mayoría de los "
                    "países, los adultos que copian o comparten una imagen sexual de un niño o una "
                    "niña, aunque sea su propio hijo y aunque sea para denunciarla, pueden estar "
                    "cometiendo un delito. Si un participante cuenta una preocupación actual "
                    "durante la sesión, siga el procedimiento de protección de su "
                    "organización.</p>",
                ),
                ("get_help", {"heading": "Quién puede ayudar"}),
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "reporting-routes",
            "title": "Dónde denunciar y pedir ayuda",
            "summary": "A qué servicio acudir según el tipo de problema y cómo lograr que se "
            "elimine una imagen.",
            "minutes": 10,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>Vías de denuncia</h2>"
                    "<p>Denunciar puede detener el daño a su hijo o hija y a otros niños. Dónde "
                    "denunciar depende de lo que haya pasado:</p>"
                    "<ul>"
                    "<li><b>Un niño o una niña en peligro inmediato:</b> llame a los servicios de "
                    "emergencia.</li>"
                    "<li><b>Grooming, explotación sexual, sextorsión o amenazas:</b> denuncie ante "
                    "la policía. Muchos países tienen además un servicio de denuncia "
                    "especializado, por ejemplo el CEOP Safety Centre en el Reino Unido o la "
                    '<a href="https://report.cybertip.org">NCMEC CyberTipline</a> en Estados '
                    "Unidos.</li>"
                    "<li><b>Imágenes o videos sexuales de niños encontrados en internet:</b> "
                    "denuncie la dirección web ante la línea nacional de denuncia (hotline). Las "
                    "líneas de denuncia de la "
                    '<a href="https://www.inhope.org">red INHOPE</a> evalúan las denuncias y '
                    "trabajan con la policía y las empresas de internet para que se retire el "
                    "material; en el Reino Unido es la "
                    '<a href="https://report.iwf.org.uk">Internet Watch '
                    "Foundation</a>.</li>"
                    "<li><b>Acoso, contenido de odio o dañino:</b> denuncie y bloquee en la "
                    "plataforma, e informe a la escuela si hay otros alumnos involucrados.</li>"
                    "<li><b>Estafas:</b> denuncie ante la plataforma y el servicio nacional de "
                    "denuncia de fraudes, y comuníquese de inmediato con su banco si se pagó "
                    "dinero.</li>"
                    "</ul>"
                    "<h3>Lograr que se elimine una imagen íntima</h3>"
                    "<ul>"
                    '<li><a href="https://takeitdown.ncmec.org">Take It Down</a>, gestionado por el '
                    "NCMEC, ayuda a eliminar o detener la difusión en internet de imágenes íntimas "
                    "o sexuales tomadas cuando alguien tenía menos de 18 años. Crea una huella "
                    "digital (un «hash») en su propio dispositivo, de modo que la imagen en sí "
                    "nunca se sube, y las plataformas participantes usan el hash para encontrar y "
                    "eliminar las copias.</li>"
                    '<li><a href="https://www.childline.org.uk/remove">Report Remove</a>, gestionado '
                    "por Childline y la Internet Watch Foundation, permite a los jóvenes menores "
                    "de 18 años del Reino Unido denunciar imágenes o videos íntimos de sí mismos, "
                    "con el apoyo de Childline durante todo el proceso.</li>"
                    "</ul>"
                    "<h3>Apoyo</h3>"
                    "<p>Las líneas de ayuda a la infancia ofrecen apoyo gratuito y confidencial a "
                    "niños, niñas y adolescentes, y muchas también orientan a las familias. En "
                    "muchos países el número de la línea de ayuda a la infancia es el 116 111. La "
                    "escuela de su hijo o hija también puede ayudar, sobre todo cuando hay otros "
                    "alumnos involucrados.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Búsquelo antes de necesitarlo",
                        "text": "<p>Busque ahora la línea de ayuda a la infancia de su país, la vía "
                        "de denuncia ante la policía y la línea nacional de denuncia, y "
                        "guárdelas en su teléfono. Pida a su hijo o hija que le muestre dónde "
                        "están los botones de denunciar y bloquear en las aplicaciones que "
                        "usa.</p>",
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Encuentra en internet una imagen sexual de un niño o una niña. "
                        "¿Qué debe hacer?",
                        "choices": [
                            {
                                "text": "Denunciar la dirección web ante la línea nacional de "
                                "denuncia o la policía, sin copiar la imagen.",
                                "correct": True,
                                "feedback": "Correcto. Las líneas de denuncia y la policía pueden "
                                "evaluar y retirar el material legalmente; lo único que "
                                "necesitan de usted es saber dónde está.",
                            },
                            {
                                "text": "Compartirla en sus redes sociales con una advertencia para que "
                                "otras familias estén al tanto.",
                                "correct": False,
                                "feedback": "Compartirla difunde aún más el abuso y puede ser un "
                                "delito. En su lugar, denuncie la dirección ante una línea "
                                "de denuncia o la policía.",
                            },
                            {
                                "text": "No hacer nada; seguramente la acabarán retirando.",
                                "correct": False,
                                "feedback": "El material de abuso sexual infantil a menudo permanece "
                                "mucho tiempo en internet si nadie lo denuncia. Cada "
                                "denuncia ayuda.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>Tiempo:</b> unos 10 minutos, más el tiempo para la prueba final.</p>"
                    "<ul>"
                    "<li>Antes de la sesión, prepare una hoja local de una página con la línea de "
                    "ayuda a la infancia, la vía de denuncia ante la policía, la línea nacional de "
                    "denuncia (o el miembro de INHOPE o el portal de denuncia más cercano) y los "
                    "servicios de apoyo locales. Compruebe usted mismo cada número y dirección poco "
                    "antes de la sesión.</li>"
                    "<li>En comunidades con poca conectividad, incluya vías por teléfono y en "
                    "persona: la comisaría, un trabajador social, la escuela.</li>"
                    "<li>Para cerrar, pida a los participantes que completen la prueba final, "
                    "incluida la pregunta abierta sobre qué harán de forma diferente. Sus "
                    "respuestas le ayudan a mejorar la siguiente sesión.</li>"
                    "</ul>",
                ),
                ("get_help", {"heading": "Líneas de ayuda y servicios de denuncia"}),
            ],
        },
    ],
    "test": {
        "code": "PAR-SAFE",
        "title": "Acompañar a su hijo o hija en internet: conocimientos, actitudes y prácticas",
        "instructions": (
            "Este breve cuestionario se responde antes y después del curso para ver qué cambió. "
            "No hay preguntas con trampa y sus respuestas no se comparten con su hijo o hija ni "
            "con su escuela. En las afirmaciones, elija la respuesta que sea verdad para usted, "
            "no la que crea que se espera. Toma unos 10 minutos."
        ),
        "items": [
            {
                "code": "K01",
                "domain": "K",
                "type": "single",
                "subscale": "grooming",
                "text": "¿Cuál de estas es una táctica inicial típica de alguien que intenta "
                "captar a un niño o una niña en internet (grooming)?",
                "options": [
                    {
                        "key": "A",
                        "text": "Amenazar al niño en su primer mensaje",
                        "correct": False,
                    },
                    {
                        "key": "B",
                        "text": "Ganarse su confianza con halagos, atención y regalos, y "
                        "pedirle que mantenga la amistad en secreto",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "Pedir que le presenten a los padres del niño",
                        "correct": False,
                    },
                    {
                        "key": "D",
                        "text": "Comentar siempre solo en público, donde todos pueden verlo",
                        "correct": False,
                    },
                ],
                "explanation": "Quienes captan a niños suelen empezar haciéndolos sentir "
                "especiales: atención, cumplidos, regalos como créditos de juegos y "
                "ponerse de su lado. Pedir secreto y pasar a chats privados son "
                "señales de alerta clave, porque aíslan al niño de los adultos que "
                "podrían ayudarlo.",
            },
            {
                "code": "K02",
                "domain": "K",
                "type": "multi",
                "subscale": "warning-signs",
                "text": "¿Cuáles de estas podrían ser señales de alerta de que un niño o una niña "
                "está siendo captado, acosado o chantajeado en internet? Elija todas las "
                "que correspondan.",
                "options": [
                    {
                        "key": "A",
                        "text": "Se muestra reservado sobre un nuevo amigo de internet al que "
                        "usted nunca ha visto",
                        "correct": True,
                    },
                    {
                        "key": "B",
                        "text": "Recibe regalos o créditos de juegos que usted no puede "
                        "explicar",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "Parece ansioso o alterado después de usar el teléfono",
                        "correct": True,
                    },
                    {
                        "key": "D",
                        "text": "Necesita dinero con urgencia y se niega a decir por qué",
                        "correct": True,
                    },
                    {
                        "key": "E",
                        "text": "Usa una aplicación en línea para practicar las tareas de "
                        "matemáticas",
                        "correct": False,
                    },
                ],
                "explanation": "El secreto sobre un contacto nuevo y los regalos sin explicación son "
                "habituales en el grooming; la angustia después de usar un dispositivo "
                "puede indicar acoso o amenazas; una necesidad repentina y urgente de "
                "dinero puede ser señal de sextorsión con fines económicos. Usar una "
                "aplicación educativa es algo normal. Ninguna señal prueba un daño por "
                "sí sola, pero cada una es motivo para una conversación tranquila.",
            },
            {
                "code": "K03",
                "domain": "K",
                "type": "truefalse",
                "subscale": "sextortion",
                "text": "Si están chantajeando a un niño o una niña con una imagen íntima, pagarle "
                "al chantajista suele ser la forma más rápida de que se detenga.",
                "answer": False,
                "explanation": "Pagar casi nunca termina con la sextorsión. Cuando un agresor sabe "
                "que una familia va a pagar, suele exigir más. La recomendación de la "
                "policía y de los organismos de protección infantil es: no pagar, "
                "cortar el contacto, guardar las pruebas y denunciar.",
            },
            {
                "code": "K04",
                "domain": "K",
                "type": "single",
                "subscale": "disclosure",
                "text": "Su hijo o hija le cuenta que alguien en internet amenaza con compartir "
                "una foto suya. ¿Qué debe hacer primero?",
                "options": [
                    {
                        "key": "A",
                        "text": "Quitarle el teléfono para que no vuelva a pasar",
                        "correct": False,
                    },
                    {
                        "key": "B",
                        "text": "Mantener la calma, escuchar y decirle que no tiene la culpa",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "Escribirle usted mismo a esa persona y amenazarla con ir a la "
                        "policía",
                        "correct": False,
                    },
                    {
                        "key": "D",
                        "text": "Borrar los chats y la cuenta de inmediato",
                        "correct": False,
                    },
                ],
                "explanation": "Su primera tarea es que a su hijo o hija le resulte seguro seguir "
                "hablando: escucharlo, creerle y dejar claro que no es su culpa. "
                "Quitarle el teléfono se vive como un castigo, contactar al agresor "
                "puede empeorar las cosas y borrar los chats destruye pruebas.",
            },
            {
                "code": "K05",
                "domain": "K",
                "type": "truefalse",
                "subscale": "evidence",
                "text": "Para conservar pruebas, es buena idea hacer una captura de una imagen "
                "íntima de su hijo o hija y enviársela usted mismo a la policía.",
                "answer": False,
                "explanation": "Nunca copie, guarde ni reenvíe una imagen sexual de un niño o una "
                "niña, ni siquiera para denunciarla: en muchos países es un delito y "
                "difunde la imagen. Guarde los mensajes, los nombres de usuario, los "
                "enlaces y las fechas, e informe a la policía o a la línea de "
                "denuncia de dónde está la imagen.",
            },
            {
                "code": "K06",
                "domain": "K",
                "type": "single",
                "subscale": "settings",
                "text": "¿Qué enfoque de los controles parentales protege mejor la seguridad de un "
                "chico o una chica de 13 años?",
                "options": [
                    {
                        "key": "A",
                        "text": "Una aplicación de vigilancia oculta que lee todos sus "
                        "mensajes",
                        "correct": False,
                    },
                    {
                        "key": "B",
                        "text": "Configuraciones acordadas juntos, explicadas abiertamente y "
                        "revisadas a medida que crece",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "Ninguna configuración y ninguna conversación, para respetar "
                        "su privacidad",
                        "correct": False,
                    },
                    {
                        "key": "D",
                        "text": "Prohibir todos los dispositivos hasta los 16 años",
                        "correct": False,
                    },
                ],
                "explanation": "Los adolescentes necesitan protección y cada vez más independencia. "
                "Las configuraciones que se acuerdan y se explican desarrollan sus "
                "propias habilidades y mantienen la confianza; la vigilancia secreta "
                "daña la confianza, mientras que no dar ninguna orientación o "
                "prohibirlo todo los deja sin preparación y hace menos probable que "
                "acudan a usted.",
            },
            {
                "code": "A01",
                "domain": "A",
                "type": "likert",
                "subscale": "positive-parenting",
                "text": "Es importante preguntarle a mi hijo o hija por las aplicaciones y los "
                "juegos que disfruta, no solo por los riesgos.",
                "reverse": False,
            },
            {
                "code": "A02",
                "domain": "A",
                "type": "likert",
                "subscale": "blame",
                "text": "Si engañan a un niño o una niña para que envíe una imagen íntima, es "
                "sobre todo su propia culpa.",
                "reverse": True,
            },
            {
                "code": "A03",
                "domain": "A",
                "type": "likert",
                "subscale": "disclosure",
                "text": "Quitarle el teléfono a un niño o una niña es la mejor respuesta cuando "
                "le cuenta a uno un problema en internet.",
                "reverse": True,
            },
            {
                "code": "P01",
                "domain": "P",
                "type": "frequency",
                "subscale": "communication",
                "text": "¿Con qué frecuencia habla con su hijo o hija sobre lo que hace en "
                "internet?",
                "reverse": False,
            },
            {
                "code": "P02",
                "domain": "P",
                "type": "frequency",
                "subscale": "settings",
                "text": "¿Con qué frecuencia revisa o cambia la configuración o los mensajes de "
                "su hijo o hija sin decírselo?",
                "reverse": True,
            },
            {
                "code": "P03",
                "domain": "P",
                "type": "yesno",
                "subscale": "settings",
                "text": "En el último mes, ¿revisó la configuración de privacidad o de seguridad "
                "junto con su hijo o hija?",
                "reverse": False,
            },
            {
                "code": "P04",
                "domain": "P",
                "type": "yesno",
                "subscale": "privacy",
                "text": "En el último mes, ¿publicó en internet, de forma pública, una foto de su "
                "hijo o hija en la que se vea su nombre completo, su escuela o dónde "
                "está?",
                "reverse": True,
            },
            {
                "code": "O01",
                "domain": "A",
                "type": "open",
                "text": "Después de este curso, ¿qué es algo que hará de forma diferente para "
                "acompañar a su hijo o hija en internet?",
            },
        ],
    },
}
