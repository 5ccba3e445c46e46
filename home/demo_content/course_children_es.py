"""Spanish demo translation (machine-assisted, reviewed for sense) of course_children.py; mark as demo translation.

Traducción de demostración al español (asistida por máquina, revisada para que tenga
sentido) del curso para niñas y niños de 8 a 12 años «Seguros y amables en internet».
Misma estructura, slugs, códigos y claves que el original; solo se traduce el texto.
"""

# Se reutiliza en cada nota para facilitadores, para que los pasos ante una revelación
# sean siempre los mismos.
_DISCLOSURE_STEPS = (
    "<h3>Si un niño o una niña le cuenta algo preocupante</h3>"
    "<ol>"
    "<li><b>Escuche y mantenga la calma.</b> Deje que hable a su propio ritmo. Su cara y su tono "
    "de voz importan: evite mostrar sorpresa o enojo.</li>"
    "<li><b>Tranquilícelo.</b> Diga: «Gracias por contármelo. Hiciste lo correcto. "
    "No es tu culpa».</li>"
    "<li><b>No prometa guardar el secreto.</b> Explique con amabilidad que tendrá que contárselo "
    "a alguien cuyo trabajo es ayudar a mantener seguros a los niños.</li>"
    "<li><b>No investigue.</b> No haga preguntas que sugieran respuestas, no le pida que le "
    "muestre mensajes o imágenes y no contacte a la otra persona.</li>"
    "<li><b>Escríbalo de inmediato</b> con las propias palabras del niño o la niña, con la fecha "
    "y la hora, y lo que usted vio o hizo.</li>"
    "<li><b>Siga el procedimiento de protección infantil de su escuela</b> e informe a la persona "
    "responsable designada de protección ese mismo día. Si un niño o una niña está en peligro "
    "inmediato, llame a los servicios de emergencia.</li>"
    "</ol>"
)

COURSE = {
    "slug": "safe-and-kind-online",
    "title": "Seguros y amables en internet",
    "audience": "children",
    "age_min": 8,
    "age_max": 12,
    "minutes": 75,
    "topics": ["privacy", "grooming", "cyberbullying", "reporting", "wellbeing"],
    "intro": (
        "<p>Internet es un lugar genial para jugar, aprender, crear cosas y chatear con tus "
        "amigos. En este curso vas a aprender a cuidar tu información personal, a darte cuenta "
        "cuando alguien se comporta de forma tramposa, a ser amable en internet y a pedir ayuda "
        "cuando algo no te parece bien.</p>"
        "<p>Lo más importante que debes recordar es esto: <b>si algo en internet te hace sentir "
        "preocupado, asustado o confundido, cuéntaselo a un adulto de confianza.</b> No te vas a "
        "meter en problemas.</p>"
    ),
    "objectives": [
        "Puedo decir qué información personal debo mantener en privado en internet.",
        "Sé que las personas que solo conozco por internet pueden no ser quienes dicen ser.",
        "Puedo reconocer señales de alerta, como que alguien me pida guardar un secreto o "
        "enviar una foto.",
        "Puedo ser amable en internet y ayudar a alguien a quien están tratando mal.",
        "Puedo nombrar a mis adultos de confianza y sé cómo bloquear, denunciar y contar.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "my-personal-information",
            "title": "Mi información personal",
            "summary": "Aprende qué cosas sobre ti son privadas y cómo cuidarlas.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>¿Qué es la información personal?</h2>"
                    "<p>La información personal es todo lo que le dice a la gente quién eres o "
                    "dónde encontrarte. Por ejemplo:</p>"
                    "<ul>"
                    "<li>tu nombre completo</li>"
                    "<li>la dirección de tu casa</li>"
                    "<li>el nombre de tu escuela</li>"
                    "<li>tu número de teléfono</li>"
                    "<li>tus contraseñas</li>"
                    "<li>fotos que muestran dónde vives o a qué escuela vas, como tu calle o tu "
                    "uniforme escolar</li>"
                    "</ul>"
                    "<p>Esta información te pertenece. Tú decides cuidarla.</p>"
                    "<h3>¿Compartir o cuidar?</h3>"
                    "<p>Algunas cosas se pueden compartir sin problema, como tu color favorito, tu "
                    "animal favorito o un juego que te gusta. Otras cosas deben quedarse en privado "
                    "en internet, como tu dirección o tu escuela. Si no estás seguro, pregúntale "
                    "primero a un adulto de confianza.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Las contraseñas son privadas",
                        "text": (
                            "<p>Mantén tus contraseñas en secreto, incluso con tus amigos. Solo "
                            "los adultos que te cuidan deberían conocerlas. Una buena contraseña "
                            "es larga y difícil de adivinar. Una forma fácil de crearla es unir "
                            "tres palabras al azar.</p>"
                        ),
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Un jugador de tu juego te pregunta: «¿A qué escuela vas?». "
                        "¿Qué deberías hacer?",
                        "choices": [
                            {
                                "text": "Decírselo. Parece simpático.",
                                "correct": False,
                                "feedback": "Ni siquiera las personas que parecen simpáticas deberían "
                                "saber cuál es tu escuela. Eso podría ayudar a alguien a "
                                "encontrarte en la vida real. Puedes decir «Eso no lo "
                                "comparto» o simplemente no responder.",
                            },
                            {
                                "text": "No decírselo. Cambiar de tema o salir del chat, y contárselo "
                                "a un adulto de confianza si te preocupa.",
                                "correct": True,
                                "feedback": "¡Muy bien! Tu escuela es información personal. Puedes "
                                "seguir jugando sin compartirla.",
                            },
                            {
                                "text": "Decirle el nombre de tu ciudad en lugar de la escuela.",
                                "correct": False,
                                "feedback": "Es buena idea compartir menos, pero lo más seguro es "
                                "mantener en privado el lugar donde vives. No tienes que "
                                "explicar por qué.",
                            },
                        ],
                    },
                ),
                (
                    "rich_text",
                    "<h3>Las fotos cuentan una historia</h3>"
                    "<p>Antes de compartir una foto, mira el fondo. ¿Se ve el número de tu casa, "
                    "un letrero con el nombre de la calle o el escudo de tu escuela? Estas cosas "
                    "pueden mostrarle a la gente dónde estás.</p>"
                    "<p>Cuando una foto está en internet, otras personas pueden copiarla y "
                    "compartirla. Pregúntale a un adulto de confianza antes de publicar fotos tuyas. "
                    "Pregúntales a tus amigos antes de publicar fotos de ellos.</p>",
                ),
                (
                    "facilitator_notes",
                    "<h3>Tiempos (15 minutos)</h3>"
                    "<ul>"
                    "<li>2 min: acuerden las reglas del grupo. No usamos nombres reales cuando "
                    "contamos historias. Está bien no participar. Si quieres hablar de algo "
                    "privado, puedes venir a buscarme después.</li>"
                    "<li>5 min: lean juntos en voz alta la primera sección.</li>"
                    "<li>5 min: clasificación de tarjetas «¿Compartir o cuidar?» en parejas (ver "
                    "abajo).</li>"
                    "<li>3 min: pregunta rápida y conversación con toda la clase.</li>"
                    "</ul>"
                    "<h3>Cómo hacer la clasificación de tarjetas</h3>"
                    "<p>Antes de la clase, imprima o escriba tarjetas: comida favorita, nombre "
                    "completo, dirección de la casa, equipo de fútbol favorito, nombre de la "
                    "escuela, contraseña, nombre de la mascota, número de teléfono, juego favorito, "
                    "foto con el uniforme escolar. Las parejas las separan en «Se puede compartir» "
                    "y «Cuidar». Algunas tarjetas son «depende» (por ejemplo, el nombre de una "
                    "mascota se usa a menudo en las contraseñas). Valore el buen razonamiento más "
                    "que una única respuesta correcta. No se necesitan dispositivos, así que la "
                    "actividad funciona en aulas sin internet.</p>"
                    "<p>Lea el texto en voz alta para los más pequeños o para quienes leen con "
                    "menos seguridad, y forme parejas entre quienes leen y quienes aún no leen. "
                    "Mantenga un tono positivo: internet es un buen lugar, y estas son habilidades, "
                    "no reglas que den miedo.</p>" + _DISCLOSURE_STEPS,
                ),
            ],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "people-you-only-know-online",
            "title": "Personas que solo conoces por internet",
            "summary": "Descubre por qué las personas en internet pueden no ser quienes dicen ser.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>Amigos que solo conoces por internet</h2>"
                    "<p>Mucha gente juega y chatea en internet. Muchas de esas personas son "
                    "amables. Pero cuando solo conoces a alguien por internet, no puedes estar "
                    "seguro de quién es en realidad.</p>"
                    "<p>Cualquiera puede usar un nombre inventado y una foto que no es suya. "
                    "Alguien que dice tener 11 años podría ser mucho mayor.</p>"
                    "<h3>Tres hábitos seguros</h3>"
                    "<ol>"
                    "<li>Mantén en privado tu información personal.</li>"
                    "<li>Nunca aceptes encontrarte con alguien que solo conoces por internet. Si "
                    "alguien te lo pide, cuéntaselo a un adulto de confianza.</li>"
                    "<li>Si un chat te hace sentir raro, preocupado o incómodo, detente y "
                    "cuéntaselo a un adulto de confianza.</li>"
                    "</ol>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Si alguien te pide que se encuentren",
                        "text": (
                            "<p>Nunca vayas a encontrarte con alguien que solo conoces por "
                            "internet. Si alguien te pide verte en persona o te pregunta dónde "
                            "vives, cuéntaselo enseguida a un adulto de confianza. No te vas a "
                            "meter en problemas.</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Una foto que piden en un juego",
                        "situation": (
                            "<p>Sam tiene 10 años. Todos los días después de la escuela juega a un "
                            "juego de construcción. Un jugador llamado StarBuilder ha sido muy "
                            "amistoso durante dos semanas.</p>"
                            "<p>Hoy StarBuilder escribe: «Eres mi mejor amigo en este juego. "
                            "Mándame una foto tuya para saber cómo eres. No le digas a tu mamá, "
                            "ella no lo va a entender».</p>"
                        ),
                        "prompt": "¿Qué debería hacer Sam?",
                        "choices": [
                            {
                                "text": "Mandar una foto. StarBuilder ha sido amistoso desde hace "
                                "mucho.",
                                "feedback": "Es normal que a Sam le caiga bien StarBuilder. Pero un "
                                "amigo de verdad no le pediría a Sam que le guarde "
                                "secretos a su mamá o su papá. Las fotos que se envían "
                                "por internet se pueden copiar y compartir, así que Sam "
                                "no debería enviar ninguna.",
                                "best": False,
                            },
                            {
                                "text": "No mandar la foto. Dejar de chatear, bloquear y denunciar a "
                                "StarBuilder, y contárselo a un adulto de confianza.",
                                "feedback": "¡Excelente decisión! Pedir una foto y pedirle a Sam que "
                                "lo mantenga en secreto son dos señales de alerta. Sam "
                                "no hizo nada malo. Un adulto de confianza puede ayudarle "
                                "a guardar los mensajes y a denunciar al jugador.",
                                "best": True,
                            },
                            {
                                "text": "Mandar el dibujo de un personaje animado y seguir "
                                "chateando.",
                                "feedback": "Es una idea ingeniosa, pero StarBuilder sigue pidiéndole "
                                "a Sam que guarde un secreto con su familia. Esa es una "
                                "señal de alerta. Lo más seguro es dejar de chatear y "
                                "contárselo a un adulto de confianza.",
                                "best": False,
                            },
                            {
                                "text": "Guardar el secreto para que no le digan a Sam que deje "
                                "de jugar.",
                                "feedback": "Puede que a Sam le preocupe perder el juego, y ese es un "
                                "sentimiento real. Pero los secretos como este siempre "
                                "se deben contar. Sam no se va a meter en problemas por "
                                "contarlo.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "¿Siempre puedes saber la edad de alguien en internet?",
                        "choices": [
                            {
                                "text": "Sí, su edad aparece en su perfil.",
                                "correct": False,
                                "feedback": "Un perfil puede decir cualquier cosa. La gente puede "
                                "escribir cualquier edad y usar cualquier foto.",
                            },
                            {
                                "text": "No, la gente puede hacerse pasar por otra persona.",
                                "correct": True,
                                "feedback": "Así es. Por eso mantenemos en privado la información "
                                "personal y se lo contamos a un adulto de confianza si un "
                                "chat no nos parece bien.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<h3>Tiempos (15 minutos)</h3>"
                    "<ul>"
                    "<li>4 min: lean «Amigos que solo conoces por internet» y los tres hábitos "
                    "seguros.</li>"
                    "<li>8 min: el escenario. Léalo en voz alta. Asigne a cada respuesta un rincón "
                    "del aula (o usen los dedos del 1 al 4) y deje que los niños elijan. Pregunte "
                    "a uno o dos niños de cada rincón por qué eligieron esa opción y luego lea la "
                    "retroalimentación.</li>"
                    "<li>3 min: pregunta rápida y repaso de los tres hábitos.</li>"
                    "</ul>"
                    "<h3>Consejos</h3>"
                    "<p>Muchos niños tienen amigos que conocieron jugando en línea, y la mayoría de "
                    "esas amistades están bien. No avergüence a los niños que chatean en internet; "
                    "céntrese en las señales de alerta (secretos, pedidos de fotos, encuentros en "
                    "persona) y en contar lo que pasa. Señale las palabras exactas que son señales "
                    "de alerta: «No le digas a tu mamá» y «Mándame una foto». Use ejemplos sin "
                    "contenido sexual ni detalles fuertes para este grupo de edad.</p>"
                    "<p>Si un niño o una niña dice que ya envió una foto o que se encontró con "
                    "alguien, agradézcale con calma, no hable del tema delante de la clase y siga "
                    "los pasos que aparecen abajo.</p>" + _DISCLOSURE_STEPS,
                ),
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "spotting-tricky-behaviour",
            "title": "Reconocer comportamientos tramposos",
            "summary": "Aprende las señales de alerta de que alguien en internet intenta engañarte.",
            "minutes": 15,
            "sensitive": True,
            "body": [
                (
                    "rich_text",
                    "<h2>Reconocer comportamientos tramposos</h2>"
                    "<p>La mayoría de las personas en internet son amables. Pero unas pocas "
                    "intentan engañar a los niños. Muchas veces al principio son muy simpáticas, "
                    "para que el niño o la niña confíe en ellas. A esto se le llama grooming "
                    "(captación): cuando alguien se gana tu confianza para luego hacerte daño.</p>"
                    "<h3>Señales de alerta</h3>"
                    "<ul>"
                    "<li>Te piden que mantengas sus chats en secreto.</li>"
                    "<li>Te dan regalos, como monedas del juego, skins o tarjetas de regalo.</li>"
                    "<li>Te piden fotos o videos tuyos.</li>"
                    "<li>Quieren chatear en un lugar más privado, como otra aplicación.</li>"
                    "<li>Dicen cosas como «Nadie te entiende como yo».</li>"
                    "<li>Te hacen preguntas sobre tu cuerpo o cuentan chistes que te hacen sentir "
                    "incómodo.</li>"
                    "<li>Te piden que se encuentren en persona.</li>"
                    "</ul>"
                    "<p>Si notas alguna de estas señales, no es tu culpa. Deja de chatear y "
                    "cuéntaselo a un adulto de confianza.</p>",
                ),
                (
                    "rich_text",
                    "<h3>Secretos buenos y secretos malos</h3>"
                    "<p>Un secreto bueno es una sorpresa alegre que todos van a conocer pronto, "
                    "como un regalo de cumpleaños.</p>"
                    "<p>Un secreto malo te hace sentir preocupado, asustado o confundido. Nadie "
                    "debería pedirte que guardes un secreto malo. Siempre puedes contárselo a un "
                    "adulto de confianza, aunque hayas prometido no hacerlo.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "Monedas gratis y un secreto",
                        "situation": (
                            "<p>Aisha tiene 9 años. Un jugador al que nunca ha visto le envía 500 "
                            "monedas gratis del juego.</p>"
                            "<p>Después el jugador escribe: «Eso fue un regalo solo para ti. "
                            "Hablemos en otra aplicación donde nadie nos vea. Esto es un secreto "
                            "entre nosotros, ¿sí?»</p>"
                        ),
                        "prompt": "¿Qué harías si fueras Aisha?",
                        "choices": [
                            {
                                "text": "Darle las gracias y pasarse a la otra aplicación.",
                                "feedback": "Dar las gracias es educado. Pero pasarse a una "
                                "aplicación privada es una señal de alerta. Los regalos "
                                "se pueden usar para que los niños sientan que le deben "
                                "algo a alguien. Aisha no le debe nada a este jugador.",
                                "best": False,
                            },
                            {
                                "text": "No pasarse a la otra aplicación. Contarle a un adulto de "
                                "confianza lo del regalo y el secreto, y denunciar al "
                                "jugador.",
                                "feedback": "¡Sí! Aisha no está en problemas por haber recibido un "
                                "regalo. Un adulto de confianza puede ayudarla a denunciar "
                                "al jugador y a decidir qué hacer con las monedas.",
                                "best": True,
                            },
                            {
                                "text": "Quedarse con las monedas y guardar el secreto, pero seguir "
                                "en el chat del juego.",
                                "feedback": "No cambiarse de aplicación es un buen paso. Pero el "
                                "problema es el secreto. Un secreto malo siempre se debe "
                                "contar. Contárselo a un adulto de confianza mantiene "
                                "segura a Aisha.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "trusted_adult",
                        "title": "Nunca es tu culpa",
                        "text": (
                            "<p>Si alguien en internet te engañó, te pidió fotos o te hizo sentir "
                            "miedo, nunca es tu culpa. Aunque hayas dicho que sí a algo. Aunque "
                            "hayas roto una regla. Cuéntaselo a un adulto de confianza. Va a "
                            "querer ayudarte.</p>"
                        ),
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "¿Cuál de estas es una señal de alerta?",
                        "choices": [
                            {
                                "text": "Un jugador dice «buen juego» al final de una partida.",
                                "correct": False,
                                "feedback": "Eso es amistoso y normal en los juegos.",
                            },
                            {
                                "text": "Un jugador te pide que mantengas sus chats en secreto con "
                                "tu familia.",
                                "correct": True,
                                "feedback": "Sí. Pedirte que guardes secretos es una señal de alerta. "
                                "Cuéntaselo a un adulto de confianza.",
                            },
                            {
                                "text": "Un jugador te pregunta a qué nivel llegaste.",
                                "correct": False,
                                "feedback": "Hablar del juego normalmente está bien. Solo mantén en "
                                "privado tu información personal.",
                            },
                        ],
                    },
                ),
                ("get_help", {"heading": "Quién puede ayudarte"}),
                (
                    "facilitator_notes",
                    "<h3>Antes de la clase</h3>"
                    "<p>Esta lección trata sobre el grooming (captación), una forma de abuso. Avise "
                    "a la persona responsable designada de protección infantil cuándo la va a dar, "
                    "y pregunte si se sabe de algún niño o niña de la clase que esté afectado, para "
                    "poder prepararse (por ejemplo, con una conversación tranquila antes). Planifique "
                    "a dónde puede ir un niño si necesita un descanso y quién estará con él.</p>"
                    "<h3>Tiempos (15 minutos)</h3>"
                    "<ul>"
                    "<li>4 min: señales de alerta. Léalas en voz alta; pida a los niños que levanten "
                    "el pulgar cuando escuchen una que ya conocían.</li>"
                    "<li>3 min: secretos buenos y secretos malos. Pida ejemplos de sorpresas buenas "
                    "(un regalo de cumpleaños, una fiesta).</li>"
                    "<li>5 min: escenario en grupos pequeños y luego compartir las respuestas.</li>"
                    "<li>3 min: pregunta rápida y luego muestre dónde encontrar ayuda en la pantalla "
                    "o en un cartel impreso.</li>"
                    "</ul>"
                    "<h3>Cómo hablar del tema</h3>"
                    "<p>Use los personajes (Sam, Aisha) para que ningún niño tenga que hablar de su "
                    "propia vida. Nunca pregunte a la clase «¿A alguien le ha pasado esto?». Use un "
                    "lenguaje sencillo y sin detalles fuertes. Repita a menudo: nunca es culpa del "
                    "niño o la niña, y no se va a meter en problemas por contarlo. Evite usar por sí "
                    "solas frases como «cuidado con los extraños»: quienes captan a niños también "
                    "pueden ser personas que el niño conoce.</p>"
                    "<p>Al final, recuerde a los niños con quién pueden hablar en la escuela y en "
                    "casa, y esté atento a cualquier niño o niña que se quede callado o se "
                    "altere. Hable con ellos en privado después.</p>"
                    + _DISCLOSURE_STEPS,
                ),
            ],
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "being-kind-online",
            "title": "Ser amable en internet",
            "summary": "Entiende qué es el ciberacoso y cómo defender a los demás.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>¿Qué es el ciberacoso?</h2>"
                    "<p>El ciberacoso es cuando alguien usa teléfonos, juegos o internet para "
                    "lastimar, asustar o avergonzar a otra persona, normalmente una y otra vez. "
                    "Puede ser:</p>"
                    "<ul>"
                    "<li>enviar mensajes o comentarios crueles</li>"
                    "<li>dejar a alguien fuera de un grupo o de un juego a propósito</li>"
                    "<li>compartir fotos vergonzosas de alguien</li>"
                    "<li>difundir rumores o mentiras</li>"
                    "</ul>"
                    "<h3>Si te pasa a ti</h3>"
                    "<ul>"
                    "<li>No respondas a los mensajes crueles.</li>"
                    "<li>Pide a un adulto de confianza que te ayude a guardar los mensajes, para "
                    "poder mostrar lo que pasó.</li>"
                    "<li>Bloquea a la persona y usa el botón de denunciar.</li>"
                    "<li>Cuéntaselo a un adulto de confianza. No tienes que enfrentarlo solo.</li>"
                    "</ul>"
                    "<h3>Defiende a los demás</h3>"
                    "<p>Defender es ayudar a quien lo está pasando mal. Puedes enviarle un mensaje "
                    "amable a la persona a la que están lastimando, no compartir ni darle «me "
                    "gusta» a publicaciones crueles, y contárselo a un adulto de confianza.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Piensa antes de enviar",
                        "text": (
                            "<p>Antes de publicar o enviar algo, pregúntate: ¿Es verdad? ¿Es "
                            "amable? ¿Se lo diría en la cara? ¿Me parecería bien que lo viera un "
                            "adulto de confianza?</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Una foto en el chat de la clase",
                        "situation": (
                            "<p>En un chat de grupo de la clase, alguien publica una foto graciosa "
                            "de Leo que él no quería que se compartiera. Mucha gente responde con "
                            "caritas de risa. Alguien escribe: «¡Mándenla a todo el mundo!»</p>"
                        ),
                        "prompt": "¿Qué podrías hacer?",
                        "choices": [
                            {
                                "text": "Compartirla. Todos los demás se están riendo.",
                                "feedback": "Puede ser difícil ser el único que no se suma. Pero "
                                "compartir la foto haría que se difunda más y lastimaría "
                                "más a Leo.",
                                "best": False,
                            },
                            {
                                "text": "No compartirla. Enviarle a Leo un mensaje amable y "
                                "contárselo a un adulto de confianza.",
                                "feedback": "Eso es defender a alguien. Leo sabrá que alguien está "
                                "de su lado, y un adulto de confianza puede ayudar a que "
                                "borren la foto.",
                                "best": True,
                            },
                            {
                                "text": "No decir nada y salir del chat.",
                                "feedback": "No sumarse es un buen comienzo. Pero Leo puede seguir "
                                "sintiéndose solo, y la foto sigue ahí. Contárselo a un "
                                "adulto de confianza ayuda a detenerlo.",
                                "best": False,
                            },
                            {
                                "text": "Publicar algo cruel sobre la persona que la compartió.",
                                "feedback": "Está bien que quieras defender a Leo. Pero responder "
                                "con crueldad puede empeorar las cosas. Funciona mejor un "
                                "mensaje amable para Leo y contárselo a un adulto.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Alguien te sigue enviando mensajes crueles en un juego. ¿Qué es "
                        "lo mejor que puedes hacer?",
                        "choices": [
                            {
                                "text": "Responder con mensajes crueles para que pare.",
                                "correct": False,
                                "feedback": "Responder puede hacer que dure más. Es mejor no "
                                "responder.",
                            },
                            {
                                "text": "No responder. Bloquear y denunciar a esa persona, y "
                                "contárselo a un adulto de confianza.",
                                "correct": True,
                                "feedback": "Sí. Bloquear detiene los mensajes, denunciar le avisa "
                                "al juego, y un adulto de confianza puede ayudarte.",
                            },
                            {
                                "text": "Dejar de jugar y no contárselo a nadie.",
                                "correct": False,
                                "feedback": "No deberías tener que dejar de hacer algo que te "
                                "gusta, y no tienes que enfrentar esto solo. Cuéntaselo "
                                "a un adulto de confianza.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<h3>Tiempos (15 minutos)</h3>"
                    "<ul>"
                    "<li>4 min: qué es el ciberacoso. Pregunte a los niños cómo se sentiría que "
                    "los dejaran fuera de un chat de grupo a propósito.</li>"
                    "<li>6 min: escenario. En parejas, los niños practican un mensaje corto y "
                    "amable para Leo y una frase para contárselo a un adulto («Está pasando algo "
                    "cruel en el chat de la clase y necesito ayuda»).</li>"
                    "<li>5 min: pregunta rápida y las preguntas de «Piensa antes de enviar».</li>"
                    "</ul>"
                    "<h3>Consejos</h3>"
                    "<p>No use incidentes reales de su clase o de su escuela. Relacione la lección "
                    "con la política contra el acoso escolar de su escuela y diga a los niños "
                    "quién se ocupa del acoso. Los niños que han sido crueles en internet también "
                    "necesitan apoyo y una oportunidad para reparar el daño; evite etiquetar a "
                    "alguien como «el acosador».</p>"
                    "<p>Si un niño o una niña le dice que está sufriendo acoso, tómelo en serio y "
                    "siga su procedimiento contra el acoso escolar. Si lo que describe incluye "
                    "amenazas, contenido sexual, a un adulto o a un niño en riesgo de sufrir daño, "
                    "trátelo como un asunto de protección infantil y siga los pasos que aparecen "
                    "abajo.</p>" + _DISCLOSURE_STEPS,
                ),
            ],
        },
        # ------------------------------------------------------------------ 5
        {
            "slug": "telling-and-reporting",
            "title": "Contarle a un adulto de confianza y denunciar",
            "summary": "Nombra a tus adultos de confianza y aprende a bloquear, denunciar y contar.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>¿Quiénes son mis adultos de confianza?</h2>"
                    "<p>Un adulto de confianza es una persona adulta que te escucha, te cree y te "
                    "ayuda a estar seguro. Puede ser tu mamá, tu papá o la persona que te cuida, "
                    "un abuelo o una abuela, una tía o un tío, un maestro o una maestra, el "
                    "orientador de la escuela o tu entrenador deportivo.</p>"
                    "<h3>Mi mano que ayuda</h3>"
                    "<p>Dibuja el contorno de tu mano. En cada dedo, escribe el nombre de un adulto "
                    "de confianza. Intenta incluir a alguien de tu casa y a alguien de la escuela. "
                    "Ahora tienes cinco personas a las que puedes acudir.</p>"
                    "<h3>Cómo contarlo</h3>"
                    "<ul>"
                    "<li>Elige un momento en el que el adulto pueda escucharte.</li>"
                    "<li>Puedes decir: «Pasó algo en internet y necesito ayuda».</li>"
                    "<li>Si te cuesta decirlo en voz alta, puedes escribirlo o mostrarle la "
                    "pantalla.</li>"
                    "<li>Si el primer adulto no te ayuda, sigue contándolo hasta que alguien lo "
                    "haga.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "trusted_adult",
                        "title": "Siempre puedes contarlo",
                        "text": (
                            "<p>No te vas a meter en problemas por contarlo, aunque estuvieras en "
                            "un juego o una aplicación que no te dejaban usar. Lo más importante "
                            "es que estés seguro.</p>"
                        ),
                    },
                ),
                (
                    "rich_text",
                    "<h2>Bloquear y denunciar</h2>"
                    "<p>La mayoría de los juegos y aplicaciones tienen un botón para <b>bloquear</b> "
                    "y otro para <b>denunciar</b>.</p>"
                    "<ul>"
                    "<li><b>Bloquear</b> impide que una persona se comunique contigo.</li>"
                    "<li><b>Denunciar</b> le avisa al juego o a la aplicación que algo anda mal, "
                    "para que lo revisen.</li>"
                    "</ul>"
                    "<p>Pide a un adulto de confianza que te muestre dónde están estos botones en "
                    "los juegos y aplicaciones que usas.</p>"
                    "<p>También puedes llamar o escribir a una línea de ayuda para niños. Las "
                    "líneas de ayuda son para niños, y las personas que atienden son amables y "
                    "están preparadas para ayudar. Abajo puedes encontrar las líneas de ayuda de "
                    "tu país.</p>",
                ),
                (
                    "quick_check",
                    {
                        "question": "Intentaste contárselo a un adulto de confianza, pero estaba "
                        "demasiado ocupado para escucharte. ¿Qué deberías hacer?",
                        "choices": [
                            {
                                "text": "Rendirte y guardártelo para ti.",
                                "correct": False,
                                "feedback": "Por favor, no te rindas. Lo que te pasó importa.",
                            },
                            {
                                "text": "Intentarlo de nuevo más tarde o contárselo a otro adulto "
                                "de confianza de tu mano que ayuda.",
                                "correct": True,
                                "feedback": "¡Sí! Sigue contándolo hasta que alguien te ayude. "
                                "También puedes llamar a una línea de ayuda para niños.",
                            },
                        ],
                    },
                ),
                ("get_help", {"heading": "Quién puede ayudarte"}),
                (
                    "facilitator_notes",
                    "<h3>Tiempos (15 minutos)</h3>"
                    "<ul>"
                    "<li>6 min: «Mi mano que ayuda». Los niños dibujan el contorno de su mano y "
                    "escriben o dibujan a cinco adultos de confianza. Tenga listos papel y "
                    "lápices.</li>"
                    "<li>4 min: practicar cómo contarlo. En parejas, un niño dice «Pasó algo en "
                    "internet y necesito ayuda» y el otro practica escuchar bien.</li>"
                    "<li>3 min: bloquear y denunciar. Si tiene un dispositivo y un proyector, "
                    "muestre dónde están estos botones en una aplicación que los niños conozcan; "
                    "si no, dibújelos en la pizarra.</li>"
                    "<li>2 min: muestre los números de las líneas de ayuda de su país y póngalos "
                    "en un cartel en el aula.</li>"
                    "</ul>"
                    "<h3>Consejos</h3>"
                    "<p>Anime a los niños a incluir al menos a un adulto de fuera de su casa, por "
                    "si la preocupación tiene que ver con alguien de la casa. Permita que los niños "
                    "mantengan en privado su mano que ayuda si lo prefieren. Puede que algunos "
                    "niños no logren nombrar a cinco adultos; ayúdelos a encontrar personas en la "
                    "escuela. Termine con un mensaje positivo: internet es un lugar genial, y saber "
                    "cómo pedir ayuda lo hace todavía mejor.</p>"
                    "<p>Esta lección suele animar a los niños a contar cosas. Reserve tiempo al "
                    "final para que puedan hablar con usted en privado.</p>"
                    + _DISCLOSURE_STEPS,
                ),
            ],
        },
    ],
    "test": {
        "code": "CH-SAFE",
        "title": "Seguros y amables en internet: lo que sé y lo que hago",
        "instructions": (
            "Esta no es una prueba que se aprueba o se reprueba. Nos ayuda a saber qué sabes y cómo "
            "te sientes cuando estás en internet. Lee cada pregunta, o pide a tu maestro o maestra "
            "que te la lea. Elige la respuesta que creas correcta. En las preguntas sobre lo que "
            "sientes y lo que haces no hay respuestas correctas ni incorrectas: solo elige lo que "
            "sea verdad para ti."
        ),
        "items": [
            # ---- Conocimientos
            {
                "code": "K01",
                "domain": "K",
                "type": "single",
                "subscale": "privacy",
                "text": "¿Cuál de estas cosas deberías mantener en privado en internet?",
                "options": [
                    {"key": "A", "text": "Tu color favorito", "correct": False},
                    {"key": "B", "text": "La dirección de tu casa", "correct": True},
                    {"key": "C", "text": "Tu animal favorito", "correct": False},
                    {
                        "key": "D",
                        "text": "Un juego que te gusta jugar",
                        "correct": False,
                    },
                ],
                "explanation": "La dirección de tu casa le dice a la gente dónde encontrarte en la "
                "vida real, así que es información personal que debes mantener en "
                "privado. Tu color, animal o juego favorito no muestran dónde estás, "
                "así que normalmente se pueden compartir.",
            },
            {
                "code": "K02",
                "domain": "K",
                "type": "multi",
                "subscale": "grooming",
                "text": "Alguien que solo conoces por internet hace estas cosas. ¿Cuáles son "
                "señales de alerta? Elige todas las que correspondan.",
                "options": [
                    {
                        "key": "A",
                        "text": "Te pide que mantengan sus chats en secreto",
                        "correct": True,
                    },
                    {
                        "key": "B",
                        "text": "Te pide que le envíes una foto tuya",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "Dice «buen juego» al final de una partida",
                        "correct": False,
                    },
                    {
                        "key": "D",
                        "text": "Te da monedas gratis del juego y quiere algo a cambio",
                        "correct": True,
                    },
                    {
                        "key": "E",
                        "text": "Te pide chatear en otra aplicación, más privada",
                        "correct": True,
                    },
                ],
                "explanation": "Pedir secretos, pedir fotos, hacer regalos y pasar a una aplicación "
                "privada son formas en que algunas personas intentan engañar a los "
                "niños. Decir «buen juego» es normal y amistoso. Si ves una señal de "
                "alerta, deja de chatear y cuéntaselo a un adulto de confianza.",
            },
            {
                "code": "K03",
                "domain": "K",
                "type": "truefalse",
                "subscale": "grooming",
                "text": "Las personas en internet siempre son quienes dicen ser.",
                "answer": False,
                "explanation": "Falso. Cualquiera puede usar un nombre, una edad o una foto "
                "inventados en internet. Por eso mantenemos en privado la "
                "información personal y se lo contamos a un adulto de confianza si "
                "un chat no nos parece bien.",
            },
            {
                "code": "K04",
                "domain": "K",
                "type": "single",
                "subscale": "reporting",
                "text": "Un mensaje en internet te hace sentir preocupado. ¿Qué es lo mejor que "
                "puedes hacer?",
                "options": [
                    {
                        "key": "A",
                        "text": "Responder con un mensaje enojado",
                        "correct": False,
                    },
                    {"key": "B", "text": "Guardarlo en secreto", "correct": False},
                    {
                        "key": "C",
                        "text": "Contárselo a un adulto de confianza",
                        "correct": True,
                    },
                    {
                        "key": "D",
                        "text": "Olvidarlo y seguir chateando",
                        "correct": False,
                    },
                ],
                "explanation": "Un adulto de confianza puede ayudarte a decidir qué hacer, como "
                "guardar el mensaje, bloquear y denunciar. No te vas a meter en "
                "problemas por contarlo.",
            },
            {
                "code": "K05",
                "domain": "K",
                "type": "truefalse",
                "subscale": "cyberbullying",
                "text": "Publicar comentarios crueles sobre alguien una y otra vez en el chat de un "
                "juego puede ser acoso.",
                "answer": True,
                "explanation": "Verdadero. El ciberacoso es cuando alguien usa teléfonos, juegos o "
                "internet para lastimar, asustar o avergonzar a otra persona, "
                "normalmente una y otra vez. Puede pasar en juegos, chats, videos y "
                "redes sociales.",
            },
            {
                "code": "K06",
                "domain": "K",
                "type": "multi",
                "subscale": "reporting",
                "text": "Alguien en internet te está haciendo sentir mal. ¿Qué cosas pueden "
                "ayudar? Elige todas las que correspondan.",
                "options": [
                    {
                        "key": "A",
                        "text": "Contárselo a un adulto de confianza",
                        "correct": True,
                    },
                    {"key": "B", "text": "Bloquear a esa persona", "correct": True},
                    {"key": "C", "text": "Usar el botón de denunciar", "correct": True},
                    {
                        "key": "D",
                        "text": "Responder con un mensaje cruel",
                        "correct": False,
                    },
                    {"key": "E", "text": "Guardártelo para ti", "correct": False},
                ],
                "explanation": "Contar, bloquear y denunciar ayudan. Bloquear impide que la persona "
                "se comunique contigo, denunciar le avisa a la aplicación, y un adulto "
                "de confianza puede ayudarte. Responder con mensajes crueles puede "
                "empeorar las cosas, y no tienes que enfrentarlo solo.",
            },
            # ---- Actitudes
            {
                "code": "A01",
                "domain": "A",
                "type": "likert",
                "subscale": "help-seeking",
                "text": "Si algo en internet me preocupara, se lo contaría a un adulto de "
                "confianza.",
                "reverse": False,
            },
            {
                "code": "A02",
                "domain": "A",
                "type": "likert",
                "subscale": "help-seeking",
                "text": "Contarle a un adulto algo que me pasó en internet solo me metería en "
                "problemas.",
                "reverse": True,
            },
            {
                "code": "A03",
                "domain": "A",
                "type": "likert",
                "subscale": "kindness",
                "text": "Es importante ayudar a alguien a quien están tratando mal en internet.",
                "reverse": False,
            },
            # ---- Prácticas
            {
                "code": "P01",
                "domain": "P",
                "type": "frequency",
                "subscale": "privacy",
                "text": "¿Con qué frecuencia le preguntas a un adulto de confianza antes de "
                "publicar una foto tuya en internet?",
                "reverse": False,
            },
            {
                "code": "P02",
                "domain": "P",
                "type": "yesno",
                "subscale": "privacy",
                "text": "En el último mes, ¿le dijiste a alguien que solo conoces por internet "
                "dónde vives o a qué escuela vas?",
                "reverse": True,
            },
            {
                "code": "P03",
                "domain": "P",
                "type": "frequency",
                "subscale": "contact",
                "text": "¿Con qué frecuencia aceptas solicitudes de amistad de personas que no "
                "conoces en la vida real?",
                "reverse": True,
            },
        ],
    },
    # Text added to the course outside this module: the illustration that
    # courses.services.demo_illustrations_ensure puts in a lesson (alt text and
    # caption are translatable segments of the image block).
    "strings": {
        "Three steps. 1: stop chatting. 2: block and report. 3: tell a trusted adult.": (
            "Tres pasos. 1: deja de chatear. 2: bloquea y denuncia. "
            "3: cuéntaselo a un adulto de confianza."
        ),
        "If a chat worries you: stop, block and report, and tell.": (
            "Si un chat te preocupa: para, bloquea y denuncia, y cuéntalo."
        ),
    },
}
