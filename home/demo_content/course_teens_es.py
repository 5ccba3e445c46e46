"""Spanish demo translation (machine-assisted, reviewed for sense) of course_teens.py; mark as demo translation.

Traducción de demostración al español del curso para adolescentes de 13 a 17 años
«Tu vida en internet: más segura y bajo tu control». Misma estructura, slugs, códigos
y claves que el original; solo se traduce el texto. Los nombres de servicios (Take It
Down, Report Remove, CEOP, NCMEC CyberTipline, Childline) se mantienen tal cual.
"""

_DISCLOSURE_STEPS = (
    "<h3>Si un o una estudiante le cuenta algo</h3>"
    "<ol>"
    "<li><b>Escuche y mantenga la calma.</b> Deje que lo cuente con sus propias palabras. No "
    "muestre sorpresa, culpa ni decepción.</li>"
    "<li><b>Tranquilícelo.</b> «Gracias por contármelo. Esto no es tu culpa y no estás en "
    "problemas por habérmelo dicho».</li>"
    "<li><b>No prometa confidencialidad.</b> Explique que tiene que comunicarlo a la persona "
    "cuyo trabajo es proteger a los estudiantes, y cuéntele qué va a pasar después.</li>"
    "<li><b>No investigue.</b> No haga preguntas que sugieran respuestas, no contacte a la otra "
    "persona y no revise ni confisque el dispositivo, salvo que su política lo indique.</li>"
    "<li><b>Nunca vea, copie, imprima, capture ni reenvíe una imagen íntima o sexual</b>, ni "
    "siquiera a un colega. Si ve una por accidente, no la guarde: informe de que existe.</li>"
    "<li><b>Registre y derive.</b> Escriba lo que se dijo con las palabras del o la estudiante, "
    "con la fecha y la hora, e informe a la persona responsable designada de protección ese "
    "mismo día, siguiendo el procedimiento de protección de su escuela y la normativa nacional. "
    "Si el o la estudiante está en peligro inmediato, o habla de hacerse daño, busque ayuda de "
    "inmediato y no lo deje solo.</li>"
    "</ol>"
)

COURSE = {
    "slug": "your-online-life",
    "title": "Tu vida en internet: más segura y bajo tu control",
    "audience": "teens",
    "age_min": 13,
    "age_max": 17,
    "minutes": 95,
    "topics": [
        "privacy",
        "grooming",
        "sextortion",
        "images",
        "consent",
        "scams",
        "reporting",
        "wellbeing",
    ],
    "intro": (
        "<p>Estar en internet es parte de la vida diaria: amistades, relaciones, juegos, "
        "creatividad, noticias. Este curso trata de mantener el control de tu privacidad y de tus "
        "imágenes, reconocer la manipulación y las estafas, respetar el consentimiento y saber "
        "qué hacer, y a dónde acudir, cuando algo sale mal.</p>"
        "<p>Nada de esto busca culparte. Si algo ya pasó, no estás en problemas por pedir ayuda, "
        "y hay personas y herramientas que pueden ayudarte. Algunas lecciones tratan sobre el "
        "grooming (captación) y la sextorsión; esas lecciones tienen un botón de salida rápida "
        "que puedes usar en cualquier momento.</p>"
    ),
    "objectives": [
        "Puedo configurar las opciones de privacidad y seguridad de las aplicaciones que uso.",
        "Puedo reconocer tácticas comunes de grooming (captación) y de manipulación.",
        "Sé qué hacer si alguien me presiona o me amenaza con imágenes: no pagar, cortar el "
        "contacto, guardar pruebas y denunciar.",
        "Sé cómo herramientas como Take It Down y Report Remove ayudan a eliminar imágenes de "
        "menores de 18 años.",
        "Entiendo el consentimiento en internet y puedo reconocer estafas comunes.",
        "Sé cómo apoyar a un amigo o una amiga y dónde conseguir ayuda.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "privacy-and-settings",
            "title": "Privacidad y configuración: tú decides quién ve qué",
            "summary": "Toma el control de quién puede verte, contactarte y encontrarte.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>Tú decides quién ve qué</h2>"
                    "<p>Todas las aplicaciones recopilan y muestran información sobre ti. Las "
                    "opciones de privacidad y seguridad te permiten decidir cuánta. Revisar tu "
                    "configuración durante diez minutos es una de las cosas más eficaces que "
                    "puedes hacer.</p>"
                    "<h3>Revisión de la configuración</h3>"
                    "<ul>"
                    "<li><b>Cuenta:</b> hazla privada cuando puedas y revisa quién te sigue. "
                    "Elimina a las personas que en realidad no conoces.</li>"
                    "<li><b>Mensajes:</b> limita quién puede escribirte, agregarte a grupos o "
                    "llamarte.</li>"
                    "<li><b>Ubicación:</b> desactiva la opción de compartir ubicación en mapas y "
                    "publicaciones. Piénsalo dos veces antes de compartir tu ubicación en tiempo "
                    "real o fotos que muestren tu escuela, tu calle o tu casa.</li>"
                    "<li><b>Etiquetas y menciones:</b> elige aprobar las etiquetas antes de que "
                    "aparezcan en tu perfil.</li>"
                    "<li><b>Seguridad:</b> usa una contraseña fuerte y distinta para cada cuenta "
                    "importante, y activa la verificación en dos pasos (2FA).</li>"
                    "</ul>"
                    "<h3>Privado no es lo mismo que secreto</h3>"
                    "<p>Cualquiera que pueda ver tus publicaciones puede hacer una captura o "
                    "grabar la pantalla. Antes de publicar, pregúntate: ¿me parecería bien que lo "
                    "vieran personas que yo no elegí?</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Revisa tu configuración ahora",
                        "text": (
                            "<p>Abre el menú de privacidad y seguridad de una aplicación que uses "
                            "todos los días y revísalo línea por línea. La mayoría de las "
                            "aplicaciones tienen un centro de seguridad o de ayuda que explica "
                            "cada opción. Vuelve a revisarlo cada vez que la aplicación se "
                            "actualice, porque las funciones nuevas muchas veces llegan "
                            "activadas.</p>"
                        ),
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Tu cuenta es privada. ¿Puede un seguidor hacer una captura de "
                        "tu historia y compartirla?",
                        "choices": [
                            {
                                "text": "No, las cuentas privadas impiden que eso pase.",
                                "correct": False,
                                "feedback": "Una cuenta privada controla quién puede ver tus "
                                "publicaciones, no lo que hacen con ellas. La mayoría de las "
                                "aplicaciones no pueden impedir las capturas de pantalla ni "
                                "que alguien grabe la pantalla con otro teléfono.",
                            },
                            {
                                "text": "Sí. Cualquiera que pueda ver tu contenido puede copiarlo.",
                                "correct": True,
                                "feedback": "Correcto. La configuración privada reduce quién ve tu "
                                "contenido; elegir con cuidado a quién dejas entrar, y qué "
                                "publicas, hace el resto.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<h3>Tiempos (15 minutos)</h3>"
                    "<ul>"
                    "<li>3 min: presente la idea de control. Pregunte: ¿qué aplicación sabe más "
                    "sobre ti?</li>"
                    "<li>8 min: revisión de la configuración en parejas. Los estudiantes que "
                    "tienen teléfono y permiso pueden abrir la configuración de una aplicación; "
                    "los demás usan capturas impresas de menús de configuración. Cada pareja "
                    "acuerda sus «tres ajustes principales» que conviene cambiar.</li>"
                    "<li>4 min: reúna las listas de tres ajustes en la pizarra y luego haga la "
                    "pregunta rápida.</li>"
                    "</ul>"
                    "<h3>Consejos</h3>"
                    "<p>Nunca pida a los estudiantes que muestren a la clase sus perfiles, "
                    "seguidores o mensajes. Tenga en cuenta que algunos estudiantes comparten "
                    "dispositivo o no tienen uno: la versión impresa funciona sin conexión. "
                    "Mantenga un mensaje positivo: la configuración tiene que ver con el control, "
                    "no con el miedo. Evite recomendar o prohibir aplicaciones concretas.</p>"
                    + _DISCLOSURE_STEPS,
                ),
            ],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "how-grooming-works",
            "title": "Cómo funciona el grooming (captación)",
            "summary": "Reconoce las tácticas que algunas personas usan para manipular a jóvenes "
            "en internet.",
            "minutes": 15,
            "sensitive": True,
            "body": [
                (
                    "rich_text",
                    "<h2>Cómo funciona el grooming (captación)</h2>"
                    "<p>El grooming, o captación, es cuando alguien construye una relación con "
                    "una persona joven para poder manipularla, explotarla o abusar de ella. En "
                    "internet puede ocurrir en juegos, redes sociales, aplicaciones de mensajería "
                    "y transmisiones en vivo. Quien lo hace puede ser una persona adulta u otra "
                    "persona joven, un desconocido o alguien que ya conoces. Algunos se hacen "
                    "pasar por adolescentes.</p>"
                    "<h3>Tácticas comunes</h3>"
                    "<ul>"
                    "<li><b>Atención y halagos:</b> muchos cumplidos, siempre disponible, «eres "
                    "muy maduro para tu edad».</li>"
                    "<li><b>Regalos y favores:</b> moneda de juegos, skins, dinero, saldo para el "
                    "teléfono, seguidores.</li>"
                    "<li><b>Aislamiento:</b> «tus amigos no te entienden como yo», «tus papás "
                    "exagerarían».</li>"
                    "<li><b>Secreto y cambio de plataforma:</b> pedir pasar a una aplicación "
                    "privada o de mensajes temporales, y que todo quede entre ustedes.</li>"
                    "<li><b>Poner a prueba los límites:</b> bromas o preguntas sexuales que poco a "
                    "poco se vuelven más personales, y luego pedidos de fotos o de videollamadas "
                    "privadas.</li>"
                    "<li><b>Presión y amenazas:</b> hacerte sentir culpable («después de todo lo "
                    "que hice por ti») o amenazar con compartir tus mensajes o imágenes.</li>"
                    "</ul>"
                    "<p>El grooming está diseñado para confundir. Puede parecer una amistad o una "
                    "relación real, y justamente así funciona. Si reconoces algo de esto, no "
                    "hiciste nada malo. La responsabilidad siempre es de la persona que lo "
                    "hace.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Señales de alerta que requieren actuar ya",
                        "text": (
                            "<p>Alguien te pide imágenes sexuales, quiere una videollamada "
                            "privada, te pide que se encuentren en persona o te amenaza. Deja de "
                            "responder, no aceptes nada, guarda las pruebas y cuéntaselo a un "
                            "adulto de confianza o comunícate con una línea de ayuda. Puedes "
                            "denunciar la cuenta ante la plataforma y ante la policía o el "
                            "servicio nacional de denuncias de tu país.</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "El gamer mayor que siempre ayuda",
                        "situation": (
                            "<p>Jordan, de 14 años, lleva un mes jugando en línea con «Kai». Kai "
                            "dice que tiene 17, siempre ayuda a Jordan a ganar y le ha comprado "
                            "dos skins.</p>"
                            "<p>Anoche Kai escribió: «Pasémonos a una aplicación de mensajería "
                            "privada, el chat de este juego está vigilado. Puedes contarme "
                            "cualquier cosa, yo no te voy a juzgar como tus papás. Que esto quede "
                            "entre nosotros, ¿va?»</p>"
                        ),
                        "prompt": "¿Qué debería hacer Jordan?",
                        "choices": [
                            {
                                "text": "Cambiarse de aplicación. Kai ha sido un buen amigo y los "
                                "regalos demuestran que le importa.",
                                "feedback": "Es comprensible confiar en alguien que ha sido amable "
                                "durante semanas. Pero los regalos, pasar a una aplicación "
                                "privada y «que esto quede entre nosotros» son tres "
                                "tácticas clásicas de grooming en un solo mensaje. Jordan "
                                "no le debe nada a Kai por las skins.",
                                "best": False,
                            },
                            {
                                "text": "Decir que no a cambiarse de aplicación, chatear solo donde "
                                "hay moderación y hablar con un adulto de confianza sobre "
                                "los mensajes.",
                                "feedback": "Muy buena decisión. Jordan mantiene el control y obtiene "
                                "una segunda opinión de alguien de confianza. Si Kai se "
                                "pone insistente o se enoja por un «no», eso confirma la "
                                "sospecha: guardar los mensajes, bloquear y denunciar.",
                                "best": True,
                            },
                            {
                                "text": "Pedirle a Kai una foto para comprobar que de verdad tiene 17.",
                                "feedback": "Querer comprobarlo es un buen instinto, pero una foto "
                                "no prueba nada: las fotos son fáciles de falsificar o "
                                "robar. Además, mantiene viva la conversación privada. "
                                "Hablar con un adulto de confianza es una mejor forma de "
                                "comprobarlo.",
                                "best": False,
                            },
                            {
                                "text": "Bloquear a Kai y no contárselo a nadie.",
                                "feedback": "Bloquear es un paso razonable, pero contárselo a alguien "
                                "importa: puede que Kai esté haciendo esto con otros "
                                "jóvenes, y una denuncia ayuda a detenerlo. Guarda los "
                                "mensajes antes de bloquear, para que haya pruebas.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "¿Qué afirmación sobre el grooming es verdadera?",
                        "choices": [
                            {
                                "text": "Quienes hacen grooming siempre son desconocidos mucho "
                                "mayores.",
                                "correct": False,
                                "feedback": "No siempre. Pueden ser personas que conoces, y algunos "
                                "fingen tener una edad cercana a la tuya.",
                            },
                            {
                                "text": "Quienes hacen grooming pueden ser personas que conoces, y "
                                "pueden fingir tener tu edad.",
                                "correct": True,
                                "feedback": "Correcto. Por eso importan más las tácticas que lo que "
                                "la persona dice ser.",
                            },
                            {
                                "text": "Si una persona joven siguió el juego, en parte es su culpa.",
                                "correct": False,
                                "feedback": "No. El grooming funciona mediante la manipulación. La "
                                "responsabilidad siempre es de la persona que lo hace.",
                            },
                        ],
                    },
                ),
                ("get_help", {"heading": "Quién puede ayudarte"}),
                (
                    "facilitator_notes",
                    "<h3>Antes de la clase</h3>"
                    "<p>Avise a la persona responsable designada de protección cuándo va a dar "
                    "esta lección y pregunte si se sabe de algún estudiante afectado. Anuncie el "
                    "tema a la clase con anticipación, explique que pueden salir en cualquier "
                    "momento sin dar explicaciones y acuerde a dónde pueden ir y quién estará "
                    "pendiente de ellos.</p>"
                    "<h3>Tiempos (15 minutos)</h3>"
                    "<ul>"
                    "<li>4 min: lean las tácticas. Pida a los estudiantes que relacionen cada "
                    "táctica con una frase del mensaje de Kai.</li>"
                    "<li>7 min: escenario en grupos de cuatro. Asigne a cada grupo una opción para "
                    "defender y luego muestre la retroalimentación.</li>"
                    "<li>4 min: pregunta rápida y dónde conseguir ayuda.</li>"
                    "</ul>"
                    "<h3>Cómo hablar del tema</h3>"
                    "<p>Use los personajes ficticios; nunca pida a los estudiantes que compartan "
                    "sus propias experiencias en clase. Cuestione el lenguaje que culpa a la "
                    "víctima, como «¿por qué no lo bloqueó y ya?», recordando cómo funciona la "
                    "manipulación. Deje claro que tanto chicos como chicas son blanco de estas "
                    "conductas, y que quienes hacen grooming pueden ser personas conocidas. "
                    "Termine mostrando las opciones de ayuda de su país.</p>"
                    + _DISCLOSURE_STEPS,
                ),
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "images-and-sextortion",
            "title": "Imágenes, sextorsión y qué hacer",
            "summary": "Conoce tus derechos sobre las imágenes y qué hacer exactamente si alguien "
            "te amenaza.",
            "minutes": 20,
            "sensitive": True,
            "body": [
                (
                    "rich_text",
                    "<h2>Imágenes, presión y tus derechos</h2>"
                    "<p>Algunas personas jóvenes comparten imágenes íntimas o sexuales. A veces "
                    "pasa dentro de una relación, a veces por presión y a veces porque alguien "
                    "mintió sobre quién era. Pase lo que haya pasado, nadie tiene derecho a "
                    "presionarte, a compartir tus imágenes sin tu consentimiento ni a "
                    "amenazarte.</p>"
                    "<h3>Conoce los hechos</h3>"
                    "<ul>"
                    "<li>En muchos países, una imagen sexual de cualquier persona menor de 18 años "
                    "se considera material de abuso sexual infantil, aunque la haya tomado la "
                    "propia persona joven. Estas leyes existen para proteger a los jóvenes. Las "
                    "líneas de ayuda y las herramientas de eliminación están para ayudarte, no "
                    "para meterte en problemas.</li>"
                    "<li>Una vez que se envía una imagen, quien la envía pierde el control sobre "
                    "ella. Se le puede hacer una captura, se puede guardar o reenviar.</li>"
                    "<li>Nunca está bien presionar a alguien para que envíe una imagen. «No» es "
                    "una respuesta completa.</li>"
                    "</ul>"
                    "<h3>Denúncialo, no lo compartas</h3>"
                    "<p>Si alguien te envía una imagen íntima o sexual de otra persona joven, no la "
                    "reenvíes, no le hagas captura ni se la muestres a nadie. Denúnciala ante la "
                    "plataforma y cuéntaselo a un adulto de confianza. Compartirla daña a la "
                    "persona que aparece en ella y puede ser un delito.</p>",
                ),
                (
                    "rich_text",
                    "<h2>Sextorsión: qué es</h2>"
                    "<p>La sextorsión es cuando alguien amenaza con compartir una imagen íntima o "
                    "sexual tuya si no le pagas dinero, le envías más imágenes o haces otra cosa "
                    "que quiere. Muchas veces esa persona se hace pasar por alguien joven, envía "
                    "primero una imagen para ganarse tu confianza y empieza a amenazar muy rápido. "
                    "Algunas usan imágenes falsas o editadas, así que le puede pasar incluso a "
                    "alguien que nunca envió nada.</p>"
                    "<p>Es un delito, y <b>nunca es tu culpa</b>. A muchas personas jóvenes les ha "
                    "pasado, y hay una salida.</p>"
                    "<h3>Qué hacer</h3>"
                    "<ol>"
                    "<li><b>No pagues y no envíes nada más.</b> Pagar o enviar más normalmente "
                    "lleva a más exigencias, no a menos.</li>"
                    "<li><b>Corta el contacto.</b> No respondas ni negocies. Cuando hayas guardado "
                    "las pruebas, bloquea la cuenta.</li>"
                    "<li><b>Guarda pruebas, pero no las imágenes.</b> Haz capturas de los mensajes, "
                    "del nombre de usuario, del enlace al perfil y de cualquier dato de pago que te "
                    "hayan dado. No hagas capturas, no guardes ni reenvíes ninguna imagen íntima. "
                    "No borres el chat ni tu cuenta hasta haber guardado lo que necesitas.</li>"
                    "<li><b>Denúncialo.</b> Denuncia la cuenta en la plataforma. Cuéntaselo a un "
                    "adulto de confianza, comunícate con una línea de ayuda para niños, niñas y "
                    "adolescentes, o denuncia ante la policía o el servicio nacional de denuncias "
                    "de tu país, por ejemplo CEOP en el Reino Unido o la NCMEC CyberTipline en "
                    "Estados Unidos.</li>"
                    "<li><b>Haz que retiren las imágenes.</b> Si tenías menos de 18 años en la "
                    "imagen, el servicio "
                    '<a href="https://takeitdown.ncmec.org/">Take It Down</a> del NCMEC puede crear '
                    "una huella digital (un «hash») de la imagen en tu propio dispositivo, para que "
                    "las plataformas participantes puedan encontrar y eliminar las copias. La "
                    "imagen en sí no se sube y no tienes que dar tu nombre. En el Reino Unido, la "
                    "herramienta "
                    '<a href="https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove">Report '
                    "Remove</a> de Childline y la Internet Watch Foundation ayuda a menores de 18 "
                    "años a conseguir que se eliminen imágenes íntimas, con el apoyo de "
                    "Childline.</li>"
                    "</ol>"
                    "<p>Las herramientas de eliminación funcionan en las plataformas públicas que "
                    "participan; no llegan a los chats privados y cifrados. Denunciar a la persona "
                    "sigue siendo importante.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "trusted_adult",
                        "title": "Si te sientes desbordado",
                        "text": (
                            "<p>La sextorsión está diseñada para que entres en pánico y te "
                            "sientas solo. No estás solo, y esto se puede resolver. Habla hoy "
                            "mismo con un adulto de confianza o con una línea de ayuda. Si estás "
                            "pensando en hacerte daño, comunícate ahora mismo con una línea de "
                            "ayuda o con los servicios de emergencia.</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "La amenaza",
                        "situation": (
                            "<p>Ali, de 15 años, hizo match con alguien llamado «Maya» en una "
                            "aplicación social. Maya parecía tener más o menos su edad, coqueteó "
                            "con él, le envió una foto y le pidió una a cambio. Ali envió una foto "
                            "íntima.</p>"
                            "<p>En pocos minutos, los mensajes de Maya cambiaron: «Paga 200 en "
                            "tarjetas de regalo en la próxima hora o se la mando a todos tus "
                            "seguidores. Tengo tu lista de amigos».</p>"
                        ),
                        "prompt": "¿Qué es lo mejor que Ali puede hacer ahora mismo?",
                        "choices": [
                            {
                                "text": "Pagar rápido para que todo se acabe.",
                                "feedback": "Querer que esto pare es totalmente comprensible. Pero "
                                "pagar casi nunca lo termina: a quienes pagan muchas veces "
                                "les piden más. Ali no debería pagar.",
                                "best": False,
                            },
                            {
                                "text": "Dejar de responder, hacer capturas de los mensajes y los "
                                "datos de la cuenta (no de la imagen), contárselo a un "
                                "adulto de confianza o a una línea de ayuda, denunciar la "
                                "cuenta y usar Take It Down.",
                                "feedback": "Este es el mejor plan. Ali no está en problemas y no "
                                "hizo nada para merecer esto: quien lo amenaza está "
                                "cometiendo un delito. Las pruebas ayudan a denunciar, y "
                                "actuar rápido puede evitar que la imagen se difunda.",
                                "best": True,
                            },
                            {
                                "text": "Borrar todas las cuentas de inmediato y no contárselo a "
                                "nadie.",
                                "feedback": "Desconectarse puede parecer la salida más rápida, pero "
                                "borrar todo primero puede eliminar las pruebas que ayudan "
                                "a las plataformas y a la policía a actuar, y Ali tendría "
                                "que enfrentar esto solo. Primero guardar las pruebas, "
                                "luego bloquear y denunciar.",
                                "best": False,
                            },
                            {
                                "text": "Enviar otra foto distinta para calmar las cosas.",
                                "feedback": "Enviar más le da a esa persona más cosas con las que "
                                "amenazar a Ali. Cortar el contacto es más seguro.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Alguien amenaza con compartir una imagen tuya. ¿Cuál de estas "
                        "opciones es una buena idea?",
                        "choices": [
                            {
                                "text": "Guardar pruebas de los mensajes y de la cuenta, y luego "
                                "bloquear y denunciar.",
                                "correct": True,
                                "feedback": "Sí. Las pruebas ayudan a que la plataforma, las líneas "
                                "de ayuda y la policía actúen, y bloquear corta el "
                                "contacto.",
                            },
                            {
                                "text": "Negociar un pago más bajo.",
                                "correct": False,
                                "feedback": "Cualquier pago suele llevar a más exigencias. No pagues.",
                            },
                            {
                                "text": "Reenviarle la imagen a un amigo para pedirle consejo.",
                                "correct": False,
                                "feedback": "Reenviar la imagen hace que se difunda más. Mejor "
                                "describe lo que pasó y pide ayuda a un adulto de "
                                "confianza o a una línea de ayuda.",
                            },
                        ],
                    },
                ),
                (
                    "get_help",
                    {"heading": "Consigue ayuda y haz que retiren las imágenes"},
                ),
                (
                    "facilitator_notes",
                    "<h3>Antes de la clase</h3>"
                    "<p>Acuerde la lección con la persona responsable designada de protección y "
                    "compruebe si se sabe de algún estudiante afectado. Anuncie el tema con "
                    "anticipación y el derecho a salir del aula. Tenga listos los datos de las "
                    "líneas de ayuda de su país para mostrarlos y repartirlos en papel.</p>"
                    "<h3>Tiempos (20 minutos)</h3>"
                    "<ul>"
                    "<li>5 min: «Imágenes, presión y tus derechos». Destaque «denúncialo, no lo "
                    "compartas».</li>"
                    "<li>5 min: la sextorsión y los cinco pasos. Escríbalos en la pizarra: no "
                    "pagar, cortar el contacto, guardar pruebas (no la imagen), denunciar, hacer "
                    "que la retiren.</li>"
                    "<li>7 min: escenario en grupos pequeños. Pida a los grupos que escriban qué "
                    "debería hacer Ali en los primeros diez minutos.</li>"
                    "<li>3 min: pregunta rápida y opciones de ayuda.</li>"
                    "</ul>"
                    "<h3>Cómo hablar del tema</h3>"
                    "<p>Evite la vergüenza y que el único mensaje sea «simplemente no envíes "
                    "fotos íntimas»: la vergüenza impide que los jóvenes pidan ayuda, y con eso "
                    "cuentan los agresores. Diga con claridad que quien amenaza es quien comete "
                    "un delito y que a los chicos con frecuencia los extorsionan para obtener "
                    "dinero. No describa imágenes ni entre en detalles explícitos. No insinúe que "
                    "los estudiantes serán procesados; el foco está en la seguridad y el "
                    "apoyo.</p>"
                    "<p>Si un o una estudiante le dice que esto le está pasando ahora, trátelo como "
                    "urgente: quédese con él o ella, no mire la imagen, tranquilícelo y contacte "
                    "de inmediato a la persona responsable designada de protección. Siga la "
                    "normativa nacional para escuelas sobre incidentes con imágenes íntimas.</p>"
                    + _DISCLOSURE_STEPS,
                ),
            ],
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "consent-and-respect",
            "title": "Consentimiento y respeto en internet",
            "summary": "Qué significa el consentimiento para las fotos, los mensajes y las "
            "relaciones en internet.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>El consentimiento en internet</h2>"
                    "<p>Consentir significa aceptar algo libremente, sabiendo qué estás aceptando, "
                    "con derecho a cambiar de opinión. Aplica tanto en internet como fuera de "
                    "él.</p>"
                    "<ul>"
                    "<li><b>Libre:</b> sin presión, culpa, amenazas ni «si me quisieras, lo "
                    "harías».</li>"
                    "<li><b>Específico:</b> aceptar una foto, una plataforma o un público no es "
                    "aceptarlo todo.</li>"
                    "<li><b>Reversible:</b> alguien puede decir que no más tarde, aunque antes "
                    "haya dicho que sí.</li>"
                    "<li><b>Nunca se da por hecho:</b> el silencio, no responder o «no dijo que "
                    "no» no es consentimiento.</li>"
                    "</ul>"
                    "<h3>El consentimiento en el día a día</h3>"
                    "<p>Pregunta antes de publicar o etiquetar una foto de alguien. No compartas "
                    "capturas de chats privados. Borra algo si un amigo te lo pide.</p>"
                    "<h3>Cómo manejar la presión para enviar imágenes</h3>"
                    "<p>Nunca le debes una foto a nadie. Algunas formas de decir que no: «Eso no "
                    "va a pasar». «No me interesa». «Si me respetas, vas a dejar el tema». Alguien "
                    "que sigue insistiendo después de un no te está mostrando cómo trata los "
                    "límites de los demás. Puedes hablarlo con un adulto de confianza o con una "
                    "línea de ayuda.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Pregunta primero",
                        "text": (
                            "<p>Un rápido «¿Te parece bien si publico esto?» antes de compartir "
                            "una foto de alguien es el hábito más fácil de crear. Además, hace "
                            "que sea normal que los demás también te pregunten a ti.</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "La captura en el chat del grupo",
                        "situation": (
                            "<p>Alguien en el chat de grupo de tu curso publica la captura de un "
                            "mensaje privado que una compañera, Priya, le envió a su ex. La gente "
                            "reacciona con emojis de risa, y un amigo te escribe: «Pásalo al otro "
                            "grupo, está buenísimo».</p>"
                        ),
                        "prompt": "¿Qué haces?",
                        "choices": [
                            {
                                "text": "Reenviarlo. Todos ya lo vieron.",
                                "feedback": "Puede parecer que el daño ya está hecho, pero cada vez "
                                "que se comparte se difunde más y aumenta lo que Priya "
                                "está viviendo. Compartir mensajes privados sin "
                                "consentimiento es una forma de acoso.",
                                "best": False,
                            },
                            {
                                "text": "No reenviarlo. Denunciar la publicación, escribirle en "
                                "privado a Priya para saber cómo está y contárselo a un "
                                "adulto de confianza si se sigue difundiendo.",
                                "feedback": "Eso es defender a alguien. Contigo se detiene, una "
                                "denuncia puede lograr que lo eliminen y un mensaje "
                                "privado le recuerda a Priya que no está sola. Si la "
                                "publicación hubiera incluido una imagen íntima o sexual, "
                                "cuéntaselo de inmediato a un adulto: denúncialo, no lo "
                                "compartas.",
                                "best": True,
                            },
                            {
                                "text": "No decir nada y salir del chat.",
                                "feedback": "No compartirlo es un buen comienzo, y salir de un chat "
                                "tóxico puede ser lo correcto para ti. Pero puede que "
                                "Priya necesite apoyo, y una denuncia puede hacer que "
                                "retiren el contenido.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "La semana pasada tu amigo aceptó que publicaras una foto suya. "
                        "Hoy te pide que la borres. ¿Qué significa aquí el "
                        "consentimiento?",
                        "choices": [
                            {
                                "text": "Borrarla. Las personas pueden retirar su consentimiento "
                                "en cualquier momento.",
                                "correct": True,
                                "feedback": "Exacto. Un sí la semana pasada no significa un sí hoy.",
                            },
                            {
                                "text": "Dejarla. Ya había aceptado.",
                                "correct": False,
                                "feedback": "El consentimiento se puede retirar. Respetarlo mantiene "
                                "la confianza entre ustedes.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<h3>Tiempos (15 minutos)</h3>"
                    "<ul>"
                    "<li>4 min: las cuatro partes del consentimiento. Pida un ejemplo en internet "
                    "de cada una.</li>"
                    "<li>5 min: «línea del consentimiento». Lea afirmaciones cortas (por ejemplo, "
                    "«Me dejó en visto, así que puedo publicarlo», «Aceptó esta foto en mi "
                    "historia, no en mi perfil público») y pida a los estudiantes que se ubiquen "
                    "a lo largo de una línea que va de «consentimiento» a «no hay "
                    "consentimiento». Comenten aquellas en las que no están de acuerdo.</li>"
                    "<li>4 min: escenario, en parejas.</li>"
                    "<li>2 min: pregunta rápida.</li>"
                    "</ul>"
                    "<h3>Consejos</h3>"
                    "<p>Deje que los estudiantes practiquen en voz alta las «formas de decir que "
                    "no» si se sienten cómodos; nunca obligue a nadie a representar una situación "
                    "de presión. Algunos estudiantes pueden estar en relaciones controladoras o "
                    "abusivas: mencione que la presión, revisar el teléfono de la pareja y las "
                    "amenazas son señales de una relación no sana y que hay ayuda disponible. "
                    "Relacione la lección con la educación sobre relaciones y la política contra "
                    "el acoso escolar de su escuela.</p>" + _DISCLOSURE_STEPS,
                ),
            ],
        },
        # ------------------------------------------------------------------ 5
        {
            "slug": "scams-and-fake-accounts",
            "title": "Estafas y cuentas falsas",
            "summary": "Reconoce los trucos de los estafadores y qué hacer si caíste en uno.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>Estafas y cuentas falsas</h2>"
                    "<p>Los estafadores apuntan a los jóvenes porque saben lo que quieren: skins "
                    "gratis, seguidores, tarjetas de regalo, zapatillas baratas, un trabajo o "
                    "atención. Algunas estafas comunes son:</p>"
                    "<ul>"
                    "<li><b>Sorteos falsos:</b> «¡Ganaste! Haz clic para reclamar tu premio».</li>"
                    "<li><b>Phishing (suplantación):</b> mensajes o páginas que imitan una "
                    "aplicación real para robar tu contraseña.</li>"
                    "<li><b>Estafas con códigos de verificación:</b> «Mandé mi código a tu número "
                    "por error, ¿me lo puedes reenviar?». Ese código desbloquea tu cuenta.</li>"
                    "<li><b>Robo de cuentas:</b> la cuenta hackeada de un amigo que te escribe "
                    "para pedirte dinero o códigos.</li>"
                    "<li><b>Ofertas de «dinero fácil»:</b> que te pidan recibir dinero en tu cuenta "
                    "y transferirlo a otra. Esto es lavado de dinero, y a quien lo hace se le "
                    "llama «mula de dinero».</li>"
                    "<li><b>Perfiles falsos:</b> perfiles atractivos o «de tu misma edad» que se "
                    "usan para estafas románticas y sextorsión.</li>"
                    "</ul>"
                    "<h3>Señales de alerta</h3>"
                    "<ul>"
                    "<li>Urgencia: «solo quedan 10 minutos».</li>"
                    "<li>Pedidos de contraseñas, códigos o pagos con tarjetas de regalo o "
                    "criptomonedas.</li>"
                    "<li>Presión para que te pases a otra aplicación o sitio web.</li>"
                    "<li>Direcciones web que son casi, pero no exactamente, las correctas.</li>"
                    "</ul>"
                    "<h3>Si caíste en una</h3>"
                    "<p>A los adultos también les pasa. Cambia tus contraseñas, activa la 2FA, "
                    "denuncia la cuenta ante la plataforma y cuéntaselo a un adulto de confianza. "
                    "Si hay dinero o datos bancarios de por medio, avisa lo antes posible a quien "
                    "gestiona el pago (tu mamá, tu papá o la persona que te cuida, el banco o la "
                    "tienda de aplicaciones).</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Nunca compartas códigos",
                        "text": (
                            "<p>Ninguna empresa real, ningún amigo ni ningún moderador necesita "
                            "tu contraseña ni un código de verificación enviado a tu teléfono. "
                            "Quien te pida uno está intentando entrar en tu cuenta.</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "El sorteo",
                        "situation": (
                            "<p>Recibes un mensaje directo de una cuenta con el nombre y la foto "
                            "de tu streamer favorito: «¡Ganaste el sorteo! Inicia sesión aquí en "
                            "los próximos 15 minutos para reclamar 5.000 créditos». El enlace se "
                            "parece mucho al sitio web real del juego.</p>"
                        ),
                        "prompt": "¿Qué haces?",
                        "choices": [
                            {
                                "text": "Hacer clic rápido e iniciar sesión antes de que se acabe "
                                "el tiempo.",
                                "feedback": "La cuenta regresiva está ahí para que no pienses. Una "
                                "página que se parece mucho a la real es un truco clásico "
                                "de phishing para robar tus datos de acceso.",
                                "best": False,
                            },
                            {
                                "text": "No hacer clic. Revisar el canal oficial del streamer o abrir "
                                "tú mismo la aplicación del juego, y denunciar la cuenta.",
                                "feedback": "Muy bien. Ir tú mismo a la fuente oficial es la forma "
                                "más segura de comprobarlo. Denunciar ayuda a proteger a "
                                "otros jugadores.",
                                "best": True,
                            },
                            {
                                "text": "Enviarles el enlace a tus amigos para que ellos también "
                                "ganen.",
                                "feedback": "Es un gesto generoso, pero difundiría la estafa. En "
                                "lugar de compartir el enlace, avisa a tus amigos.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "¿Cuál de estas opciones te protege mejor si alguien roba tu "
                        "contraseña?",
                        "choices": [
                            {
                                "text": "La verificación en dos pasos (2FA)",
                                "correct": True,
                                "feedback": "Sí. Con la 2FA, la contraseña sola no basta para entrar "
                                "en tu cuenta.",
                            },
                            {
                                "text": "Una cuenta privada",
                                "correct": False,
                                "feedback": "Una cuenta privada limita quién ve tus publicaciones, "
                                "pero no impide que alguien inicie sesión con tu "
                                "contraseña.",
                            },
                            {
                                "text": "Un nombre de usuario más raro",
                                "correct": False,
                                "feedback": "Los nombres de usuario suelen ser públicos, así que no "
                                "protegen tu cuenta.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<h3>Tiempos (15 minutos)</h3>"
                    "<ul>"
                    "<li>4 min: estafas comunes. Pregunte quién ha visto un mensaje como estos "
                    "(sin necesidad de dar detalles).</li>"
                    "<li>6 min: «descubre la estafa». Reparta entre 6 y 8 mensajes de ejemplo "
                    "impresos que usted haya escrito (mezcle mensajes que parezcan reales con "
                    "mensajes de estafa, usando marcas inventadas). Los grupos los clasifican y "
                    "marcan las señales de alerta.</li>"
                    "<li>3 min: escenario.</li>"
                    "<li>2 min: pregunta rápida y «si caíste en una».</li>"
                    "</ul>"
                    "<h3>Consejos</h3>"
                    "<p>Los jóvenes que han perdido dinero o cuentas a menudo sienten vergüenza; "
                    "mantenga un tono práctico y sin juicios. Si un o una estudiante podría estar "
                    "actuando como mula de dinero, o si un estafador lo está amenazando, trátelo "
                    "como un asunto de protección y derívelo a la persona responsable designada "
                    "de protección.</p>" + _DISCLOSURE_STEPS,
                ),
            ],
        },
        # ------------------------------------------------------------------ 6
        {
            "slug": "helping-a-friend-and-getting-help",
            "title": "Ayudar a un amigo y conseguir ayuda",
            "summary": "Cómo apoyar a un amigo o una amiga, y a dónde acudir para pedir ayuda y "
            "denunciar.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>Cuando un amigo te cuenta algo</h2>"
                    "<p>Muchas veces los jóvenes se lo cuentan primero a un amigo. Si un amigo te "
                    "cuenta que algo anda mal en internet, tú puedes marcar una gran "
                    "diferencia.</p>"
                    "<ol>"
                    "<li><b>Escucha</b> sin juzgar. «Gracias por contármelo» es un gran "
                    "comienzo.</li>"
                    "<li><b>Créele</b> y recuérdale que no es su culpa.</li>"
                    "<li><b>No lo difundas</b> en tu grupo de amigos, y nunca reenvíes ninguna "
                    "imagen.</li>"
                    "<li><b>Anímalo</b> a hablar con un adulto de confianza o con una línea de "
                    "ayuda. Ofrécete a acompañarlo o a quedarte a su lado mientras llama.</li>"
                    "<li><b>Cuéntaselo tú a un adulto</b> si está en peligro, si lo están "
                    "amenazando, si habla de hacerse daño o si hay un adulto involucrado. No "
                    "puedes guardar un secreto así, aunque lo hayas prometido. Eso es lo que hace "
                    "un buen amigo.</li>"
                    "</ol>"
                    "<h3>Cuídate tú también</h3>"
                    "<p>Apoyar a un amigo puede ser pesado. Tú también puedes hablar con alguien "
                    "sobre cómo te sientes.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "trusted_adult",
                        "title": "Contarlo no es traicionar",
                        "text": (
                            "<p>Contárselo a un adulto cuando un amigo está en riesgo no es "
                            "acusarlo ni traicionarlo. Es asegurarte de que reciba la ayuda que "
                            "tú no puedes darle solo.</p>"
                        ),
                    },
                ),
                (
                    "rich_text",
                    "<h2>Dónde conseguir ayuda</h2>"
                    "<ul>"
                    "<li><b>Un adulto de confianza:</b> tu mamá, tu papá o la persona que te "
                    "cuida, un familiar, un docente, el orientador escolar, un entrenador o un "
                    "educador juvenil.</li>"
                    "<li><b>Una línea de ayuda para niños, niñas y adolescentes:</b> gratuita, "
                    "confidencial y atendida por consejeros capacitados. La lista de abajo muestra "
                    "las líneas de ayuda de tu país.</li>"
                    "<li><b>La plataforma:</b> usa las herramientas de denunciar y bloquear de la "
                    "aplicación.</li>"
                    "<li><b>Servicios de denuncia y policía:</b> pueden actuar contra las personas "
                    "que abusan de jóvenes o los explotan.</li>"
                    "<li><b>Eliminación de imágenes:</b> Take It Down, para imágenes tomadas "
                    "cuando tenías menos de 18 años, y, en el Reino Unido, Report Remove.</li>"
                    "</ul>"
                    "<p>Si tú u otra persona están en peligro inmediato, llama al número de "
                    "emergencias de tu país.</p>",
                ),
                (
                    "quick_check",
                    {
                        "question": "Un amigo te cuenta que un adulto que conoció por internet "
                        "quiere que se encuentren en persona y que lo mantenga en "
                        "secreto. Te hace prometer que no vas a contarlo. ¿Qué "
                        "deberías hacer?",
                        "choices": [
                            {
                                "text": "Cumplir la promesa. Es su decisión.",
                                "correct": False,
                                "feedback": "La lealtad importa, pero en esta situación tu amigo "
                                "podría salir muy lastimado. Algunos secretos no son "
                                "seguros de guardar.",
                            },
                            {
                                "text": "Contárselo a un adulto de confianza, aunque lo hayas "
                                "prometido, y decirle a tu amigo que lo haces porque te "
                                "importa.",
                                "correct": True,
                                "feedback": "Sí. Que un adulto pida encontrarse en secreto es una "
                                "señal de alerta grave. Contarlo es la forma de proteger "
                                "a tu amigo.",
                            },
                        ],
                    },
                ),
                ("get_help", {"heading": "Quién puede ayudarte"}),
                (
                    "facilitator_notes",
                    "<h3>Tiempos (15 minutos)</h3>"
                    "<ul>"
                    "<li>5 min: los cinco pasos. En parejas, los estudiantes practican la primera "
                    "frase de una respuesta de apoyo al mensaje de un amigo («Creo que alguien "
                    "está usando mis fotos para fastidiarme»).</li>"
                    "<li>5 min: «círculo de apoyo». Cada estudiante anota en privado a dos adultos "
                    "de confianza, una línea de ayuda y una herramienta de denuncia que podría "
                    "usar. Se quedan con el papel.</li>"
                    "<li>3 min: pregunta rápida.</li>"
                    "<li>2 min: muestre las líneas de ayuda de su país y dónde están los carteles "
                    "en la escuela.</li>"
                    "</ul>"
                    "<h3>Consejos</h3>"
                    "<p>Explique con honestidad lo que el personal debe hacer cuando alguien le "
                    "cuenta algo (escuchar, no guardar el secreto, comunicarlo a la persona "
                    "responsable de protección) para que los estudiantes puedan decidir con "
                    "información si lo cuentan. Esta es la última lección del curso: reserve "
                    "tiempo al final para que los estudiantes puedan hablar con usted en privado, "
                    "y hable con cualquier estudiante que haya parecido afectado en lecciones "
                    "anteriores.</p>" + _DISCLOSURE_STEPS,
                ),
            ],
        },
    ],
    "test": {
        "code": "TEEN-SAFE",
        "title": "Tu vida en internet: conocimientos, opiniones y hábitos",
        "instructions": (
            "Este cuestionario no lleva calificación. Nos ayuda a entender qué saben, piensan y "
            "hacen los jóvenes en internet, para poder mejorar el curso. Responde con sinceridad: "
            "en las preguntas sobre tus opiniones y hábitos no hay respuestas correctas ni "
            "incorrectas, y tus respuestas no se muestran a tus compañeros. Puedes saltarte "
            "cualquier pregunta que no quieras responder."
        ),
        "items": [
            # ---- Conocimientos
            {
                "code": "K01",
                "domain": "K",
                "type": "single",
                "subscale": "sextortion",
                "text": "Alguien que conociste por internet amenaza con compartir una imagen "
                "íntima tuya si no le pagas. ¿Qué es lo mejor que puedes hacer?",
                "options": [
                    {
                        "key": "A",
                        "text": "Pagar, para que borre la imagen",
                        "correct": False,
                    },
                    {
                        "key": "B",
                        "text": "Enviar otra imagen para que se calme",
                        "correct": False,
                    },
                    {
                        "key": "C",
                        "text": "Dejar de responder y no pagar; guardar pruebas de los "
                        "mensajes y de la cuenta; bloquear, denunciar y contárselo a "
                        "un adulto de confianza o a una línea de ayuda",
                        "correct": True,
                    },
                    {
                        "key": "D",
                        "text": "Borrar todas tus cuentas de inmediato y no contárselo a "
                        "nadie",
                        "correct": False,
                    },
                ],
                "explanation": "Pagar o enviar más normalmente lleva a más exigencias. Cortar el "
                "contacto, guardar pruebas de los mensajes (nunca de la imagen) y "
                "denunciar permite que actúen las plataformas, las líneas de ayuda y "
                "la policía, y herramientas como Take It Down pueden ayudar a "
                "eliminar la imagen. Nunca es culpa de la persona joven.",
            },
            {
                "code": "K02",
                "domain": "K",
                "type": "multi",
                "subscale": "grooming",
                "text": "¿Cuáles de estas son tácticas comunes de grooming (captación)? Elige "
                "todas las que correspondan.",
                "options": [
                    {
                        "key": "A",
                        "text": "Hacer regalos como moneda de juegos, skins o dinero",
                        "correct": True,
                    },
                    {
                        "key": "B",
                        "text": "Pedirte que mantengas la relación en secreto",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "Pedirte pasar a una aplicación privada o de mensajes "
                        "temporales",
                        "correct": True,
                    },
                    {
                        "key": "D",
                        "text": "Decir «buen juego» después de una partida en una sala "
                        "pública",
                        "correct": False,
                    },
                    {
                        "key": "E",
                        "text": "Decirte que tus amigos y tu familia no te entienden como "
                        "esa persona",
                        "correct": True,
                    },
                ],
                "explanation": "Los regalos, el secreto, pasar a aplicaciones privadas y aislar a "
                "alguien de sus amigos y su familia son formas de ganar control "
                "sobre una persona joven. Un «buen juego» amistoso en una sala "
                "pública es un comportamiento normal.",
            },
            {
                "code": "K03",
                "domain": "K",
                "type": "truefalse",
                "subscale": "images",
                "text": "Si una persona joven envió una imagen íntima y luego la compartieron o la "
                "usaron para amenazarla, es su propia culpa.",
                "answer": False,
                "explanation": "Falso. La responsabilidad es de quien comparte la imagen sin "
                "consentimiento o la usa para amenazar. Culpar a la persona joven "
                "impide que pida ayuda, y con eso cuentan los agresores.",
            },
            {
                "code": "K04",
                "domain": "K",
                "type": "single",
                "subscale": "images",
                "text": "¿Qué hace el servicio Take It Down del NCMEC?",
                "options": [
                    {
                        "key": "A",
                        "text": "Crea una huella digital (hash) de la imagen en tu "
                        "dispositivo para que las plataformas participantes puedan "
                        "encontrar y eliminar las copias, sin que se suba la imagen",
                        "correct": True,
                    },
                    {
                        "key": "B",
                        "text": "Envías la imagen por correo a un miembro del personal, que "
                        "la borra de todas partes",
                        "correct": False,
                    },
                    {
                        "key": "C",
                        "text": "Borra la imagen de todos los teléfonos a los que se envió",
                        "correct": False,
                    },
                    {
                        "key": "D",
                        "text": "Te denuncia automáticamente ante la policía",
                        "correct": False,
                    },
                ],
                "explanation": "Take It Down es para imágenes tomadas cuando la persona tenía menos "
                "de 18 años. Convierte la imagen en un hash en tu propio "
                "dispositivo; solo se comparte el hash, y las plataformas "
                "participantes lo usan para encontrar y eliminar copias. Nunca le "
                "envías la imagen a nadie y puedes mantener el anonimato. No llega a "
                "los chats privados y cifrados ni a los teléfonos de otras personas.",
            },
            {
                "code": "K05",
                "domain": "K",
                "type": "truefalse",
                "subscale": "privacy",
                "text": "Si tu cuenta está configurada como privada, nadie puede hacer capturas ni "
                "compartir lo que publicas.",
                "answer": False,
                "explanation": "Falso. Una cuenta privada controla quién puede ver tus "
                "publicaciones, pero cualquiera que pueda verlas puede hacer una "
                "captura o grabar la pantalla. Elige con cuidado a quién dejas "
                "entrar y qué publicas.",
            },
            {
                "code": "K06",
                "domain": "K",
                "type": "multi",
                "subscale": "scams",
                "text": "¿Cuáles de estas son señales de alerta de una estafa? Elige todas las "
                "que correspondan.",
                "options": [
                    {
                        "key": "A",
                        "text": "Un mensaje que dice que debes actuar en menos de 15 minutos",
                        "correct": True,
                    },
                    {
                        "key": "B",
                        "text": "Alguien que te pide que le envíes un código que te llegó "
                        "por SMS",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "Un premio de un concurso en el que nunca participaste",
                        "correct": True,
                    },
                    {
                        "key": "D",
                        "text": "Que te pidan pagar con tarjetas de regalo",
                        "correct": True,
                    },
                    {
                        "key": "E",
                        "text": "La propia página de configuración de tu aplicación te "
                        "sugiere activar la verificación en dos pasos",
                        "correct": False,
                    },
                ],
                "explanation": "La urgencia, los pedidos de códigos, los premios sorpresa y los "
                "pagos con tarjetas de regalo son tácticas clásicas de estafa. Que la "
                "configuración de una aplicación te sugiera la 2FA es una función de "
                "seguridad normal que ayuda a protegerte.",
            },
            {
                "code": "K07",
                "domain": "K",
                "type": "single",
                "subscale": "consent",
                "text": "La semana pasada un amigo aceptó que publicaras una foto suya. Hoy te "
                "pide que la quites. ¿Qué deberías hacer?",
                "options": [
                    {
                        "key": "A",
                        "text": "Quitarla: las personas pueden retirar su consentimiento en "
                        "cualquier momento",
                        "correct": True,
                    },
                    {
                        "key": "B",
                        "text": "Dejarla: ya dijo que sí",
                        "correct": False,
                    },
                    {
                        "key": "C",
                        "text": "Dejarla, pero quitar la etiqueta",
                        "correct": False,
                    },
                ],
                "explanation": "El consentimiento es libre, específico y reversible. Aceptar una vez "
                "no significa aceptar para siempre, así que lo respetuoso es quitar "
                "la foto.",
            },
            {
                "code": "K08",
                "domain": "K",
                "type": "truefalse",
                "subscale": "help-seeking",
                "text": "Si un amigo te cuenta que un adulto que conoció por internet quiere "
                "encontrarse con él en secreto, deberías guardártelo porque te lo pidió.",
                "answer": False,
                "explanation": "Falso. Que un adulto le pida a una persona joven encontrarse en "
                "secreto es una señal de alerta grave. Contárselo a un adulto de "
                "confianza, aunque hayas prometido no hacerlo, es la forma de "
                "proteger a tu amigo.",
            },
            # ---- Actitudes
            {
                "code": "A01",
                "domain": "A",
                "type": "likert",
                "subscale": "help-seeking",
                "text": "Si alguien en internet me presionara o me amenazara, se lo contaría a un "
                "adulto de confianza o me comunicaría con una línea de ayuda.",
                "reverse": False,
            },
            {
                "code": "A02",
                "domain": "A",
                "type": "likert",
                "subscale": "victim-blaming",
                "text": "Si la imagen íntima de alguien termina circulando, es su culpa por "
                "habérsela tomado.",
                "reverse": True,
            },
            {
                "code": "A03",
                "domain": "A",
                "type": "likert",
                "subscale": "consent",
                "text": "Está bien decirle que no a alguien que me pide una imagen íntima, aunque "
                "diga que se va a molestar.",
                "reverse": False,
            },
            # ---- Prácticas
            {
                "code": "P01",
                "domain": "P",
                "type": "frequency",
                "subscale": "privacy",
                "text": "¿Con qué frecuencia revisas la configuración de privacidad y seguridad "
                "de las aplicaciones que usas?",
                "reverse": False,
            },
            {
                "code": "P02",
                "domain": "P",
                "type": "yesno",
                "subscale": "contact",
                "text": "En los últimos tres meses, ¿pasaste una conversación a una aplicación "
                "privada o de mensajes temporales con alguien que solo conoces por "
                "internet?",
                "reverse": True,
            },
            {
                "code": "P03",
                "domain": "P",
                "type": "frequency",
                "subscale": "consent",
                "text": "¿Con qué frecuencia reenvías capturas de mensajes privados o fotos de "
                "otras personas sin preguntarles?",
                "reverse": True,
            },
        ],
    },
}
