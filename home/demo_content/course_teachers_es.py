"""Spanish demo translation (machine-assisted, reviewed for sense) of course_teachers.py; mark as demo translation.

Traducción de demostración al español del curso para docentes «Enseñar seguridad en
internet y proteger a sus estudiantes». Misma estructura, slugs, códigos y claves que
el original; solo se traduce el texto. Los nombres de documentos y servicios del Reino
Unido (Keeping Children Safe in Education, UKCIS, Report Remove, Take It Down) se
mantienen tal cual; «DSL» (Designated Safeguarding Lead) se conserva como sigla.
"""

COURSE = {
    "slug": "teaching-online-safety-and-safeguarding",
    "title": "Enseñar seguridad en internet y proteger a sus estudiantes",
    "audience": "teachers",
    "age_min": None,
    "age_max": None,
    "minutes": 90,
    "topics": [
        "safeguarding",
        "reporting",
        "images",
        "grooming",
        "cyberbullying",
        "sextortion",
    ],
    "intro": (
        "<p>Este curso le prepara para impartir las lecciones de seguridad en internet de esta "
        "plataforma y para responder bien cuando una lección saca a la luz una preocupación. "
        "Aborda cómo crear un espacio seguro en el aula, adaptar las lecciones a cada grado, "
        "manejar una revelación, seguir la vía de derivación de protección infantil de su "
        "escuela, responder a incidentes en los que se comparten imágenes íntimas entre "
        "estudiantes y usar los resultados de las pruebas inicial y final de su grupo para "
        "adaptar su enseñanza.</p>"
        "<p>Los ejemplos hacen referencia a orientaciones que se usan en Inglaterra, como "
        "Keeping Children Safe in Education y las recomendaciones del UK Council for Internet "
        "Safety (UKCIS) sobre el intercambio de imágenes íntimas y semiíntimas. Dondequiera que "
        "enseñe, la política de protección infantil de su escuela y la normativa nacional "
        "tienen prioridad.</p>"
    ),
    "objectives": [
        "Puedo establecer reglas de grupo y usar técnicas de distanciamiento para que las "
        "lecciones de seguridad en internet sean un espacio seguro.",
        "Puedo adaptar las lecciones de seguridad en internet a la edad y la etapa de mi grupo.",
        "Puedo responder a una revelación con calma, sin investigar ni prometer "
        "confidencialidad, y registrarla con precisión.",
        "Puedo seguir la vía de derivación de protección infantil de mi escuela e informar a la "
        "persona responsable designada de protección ese mismo día.",
        "Puedo responder correctamente a un incidente de intercambio de imágenes íntimas entre "
        "estudiantes.",
        "Puedo interpretar los resultados de las pruebas inicial y final de mi grupo y adaptar "
        "mi enseñanza.",
    ],
    "lessons": [
        # ------------------------------------------------------------------
        {
            "slug": "delivering-lessons-by-grade",
            "title": "Impartir lecciones de seguridad en internet según el grado",
            "summary": "Prepararse, establecer reglas de grupo, usar técnicas de distanciamiento y "
            "adaptar las lecciones a cada grupo de edad.",
            "minutes": 20,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>Antes de enseñar</h2>"
                    "<ul>"
                    "<li>Lea completos el plan de clase y las páginas para estudiantes, y anote "
                    "dónde aparecen temas delicados.</li>"
                    "<li>Avise a la persona responsable designada de protección infantil (DSL, por "
                    "sus siglas en inglés) cuándo va a impartir lecciones sobre grooming "
                    "(captación), imágenes íntimas, sextorsión o abuso: es más probable que haya "
                    "revelaciones en los días siguientes. Pregunte si algún estudiante tiene "
                    "antecedentes conocidos que puedan hacerle especialmente difícil el contenido, "
                    "y planifiquen juntos, por ejemplo, una conversación discreta antes o una "
                    "actividad alternativa.</li>"
                    "<li>Conozca las líneas de ayuda y las vías de denuncia que muestra la "
                    "plataforma y expóngalas en el aula.</li>"
                    "</ul>"
                    "<h2>Reglas de grupo y un espacio seguro</h2>"
                    "<p>Acuerde las reglas de grupo con la clase al comienzo de la primera lección, "
                    "escríbalas y vuelva a ellas cuando haga falta. Algunas reglas eficaces:</p>"
                    "<ul>"
                    "<li>Respetamos las opiniones de los demás y nadie se ríe de una pregunta.</li>"
                    "<li>No contamos historias personales ni nombramos a nadie; hablamos de "
                    "«alguien» o de «una persona joven».</li>"
                    "<li>Todos tienen derecho a no participar.</li>"
                    "<li>Se pueden hacer preguntas de forma anónima en el buzón de preguntas.</li>"
                    "<li>Si algo nos preocupa, podemos hablar después en privado con el docente. "
                    "El docente explicará que algunas cosas deben comunicarse a otras personas "
                    "para mantenernos seguros.</li>"
                    "</ul>"
                    "<h3>Técnicas de distanciamiento</h3>"
                    "<p>El distanciamiento permite a los estudiantes explorar situaciones difíciles "
                    "sin revelar sus propias experiencias. Use personajes e historias ficticias "
                    "(«¿Qué podría hacer Sam ahora?»), preguntas en tercera persona («¿Por qué una "
                    "persona joven podría no contárselo a nadie?»), juegos de rol con nombres "
                    "inventados y un buzón de preguntas anónimas. El distanciamiento evita poner a "
                    "los estudiantes en evidencia y reduce la probabilidad de una revelación "
                    "delante de toda la clase.</p>"
                    "<h2>Adaptar las lecciones según el grado</h2>"
                    "<ul>"
                    "<li><b>De 8 a 10 años:</b> actividades breves con imágenes e historias. "
                    "Céntrese en la información personal, las personas que solo conocemos por "
                    "internet, la amabilidad y el mensaje principal: cuéntaselo a un adulto de "
                    "confianza, no te vas a meter en problemas.</li>"
                    "<li><b>De 11 a 13 años:</b> configuración de privacidad, amistades en línea y "
                    "cómo funciona el grooming, el ciberacoso y lo que pueden hacer los testigos, "
                    "la presión para compartir imágenes y cómo bloquear y denunciar.</li>"
                    "<li><b>De 14 a 17 años:</b> consentimiento y relaciones sanas, el intercambio "
                    "de imágenes íntimas y la ley (explicada sin asustar ni criminalizar), la "
                    "sextorsión, incluida la sextorsión con fines económicos, las estafas, cómo "
                    "ayudar a un amigo, cómo denunciar y cómo lograr que se eliminen "
                    "imágenes.</li>"
                    "</ul>"
                    "<p>Aplique la prueba inicial antes de la primera lección y la prueba final "
                    "después de la última; la lección cinco explica cómo usar los resultados.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Cierre cada lección con una salida",
                        "text": "<p>Termine cada lección recordando a los estudiantes con quién pueden "
                        "hablar (usted, miembros del personal con nombre, el DSL, la línea "
                        "nacional de ayuda a la infancia) y que no se van a meter en problemas "
                        "por pedir ayuda. Deje unos minutos al final para que quien quiera "
                        "pueda hablar con usted en privado.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Una estudiante empieza a contar",
                        "situation": "<p>Durante una lección sobre amistades en línea con estudiantes "
                        "de 12 años, una alumna levanta la mano y empieza: «Eso me pasó a "
                        "mí, hay un chico que no para de pedirme...»</p>",
                        "prompt": "¿Qué haría?",
                        "choices": [
                            {
                                "text": "Detenerla con delicadeza antes de que diga más delante de la "
                                "clase: «Gracias, eso suena importante y quiero escucharlo "
                                "bien. ¿Podemos hablar justo después de la clase?». Y luego "
                                "asegurarse de hacerlo.",
                                "feedback": "La mejor opción. Protege su privacidad sin descartarla, y "
                                "se da el tiempo para escucharla y seguir el procedimiento "
                                "ante revelaciones. Recuerde a la clase, con amabilidad y "
                                "sin señalarla, la regla sobre las historias personales.",
                                "best": True,
                            },
                            {
                                "text": "Dejar que continúe para que la clase aprenda de un ejemplo "
                                "real.",
                                "feedback": "Contarlo delante de sus compañeros puede exponerla a "
                                "chismes o acoso, y puede arrepentirse. Una preocupación "
                                "real requiere una conversación privada y un aviso al DSL.",
                                "best": False,
                            },
                            {
                                "text": "Decirle con firmeza que las historias personales rompen las "
                                "reglas de grupo y seguir con la lección.",
                                "feedback": "La regla existe para protegerla, pero un corte brusco "
                                "puede sentirse como un rechazo y puede que no vuelva a "
                                "intentarlo. Reconozca lo que dijo y organice una "
                                "conversación privada de inmediato.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "¿Cuál de estas es una técnica de distanciamiento?",
                        "choices": [
                            {
                                "text": "Comentar qué podría hacer un personaje ficticio, Alex, cuando "
                                "alguien en internet le pide que guarde un secreto.",
                                "correct": True,
                                "feedback": "Sí. Un personaje ficticio permite a los estudiantes "
                                "explorar la situación y las respuestas adecuadas sin hablar "
                                "de sí mismos.",
                            },
                            {
                                "text": "Pedir a los estudiantes que levanten la mano si alguna vez "
                                "sufrieron acoso en internet.",
                                "correct": False,
                                "feedback": "Esto pide a los estudiantes que revelen experiencias "
                                "personales en público. Use en su lugar métodos anónimos o "
                                "escenarios ficticios.",
                            },
                            {
                                "text": "Pedir a un estudiante involucrado en un incidente reciente que "
                                "cuente a la clase lo que aprendió.",
                                "correct": False,
                                "feedback": "Esto expone al estudiante y rompe la confidencialidad. "
                                "Use una historia inventada que transmita las mismas "
                                "ideas.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>Para formadores de docentes. Tiempo:</b> unos 20 minutos.</p>"
                    "<ol>"
                    "<li><b>Modelar (5 minutos):</b> realice la actividad de reglas de grupo con los "
                    "participantes exactamente como la harían con sus estudiantes, incluido el "
                    "buzón de preguntas.</li>"
                    "<li><b>Grupos por grado (10 minutos):</b> los docentes de la misma franja de "
                    "edad redactan reglas de grupo con el lenguaje de sus estudiantes y reescriben "
                    "un escenario del curso para estudiantes con un personaje ficticio adecuado a "
                    "su clase.</li>"
                    "<li><b>Compartir (5 minutos):</b> un grupo por franja de edad lee sus "
                    "reglas.</li>"
                    "</ol>"
                    "<p>En formaciones grandes (cientos de participantes), use grupos de trabajo "
                    "por nivel escolar y entregue a cada grupo un juego impreso de los planes de "
                    "clase. Asegúrese de que cada docente se vaya sabiendo el nombre de su propio "
                    "DSL y de su suplente; pídales que los anoten antes del descanso.</p>",
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "handling-a-disclosure-in-class",
            "title": "Manejar una revelación en clase",
            "summary": "Cómo escuchar, qué no hacer, cómo registrar las propias palabras del "
            "estudiante e informar ese mismo día.",
            "minutes": 20,
            "sensitive": True,
            "body": [
                (
                    "rich_text",
                    "<h2>Cómo puede ser una revelación</h2>"
                    "<p>Una revelación puede ser directa («alguien me está mandando mensajes que no "
                    "quiero»), parcial, insinuada («¿qué pasaría si alguien hubiera mandado una "
                    "foto?»), hecha en nombre de un «amigo», escrita en un trabajo de clase o "
                    "dejada en el buzón de preguntas anónimas. Tome en serio cada una de ellas. "
                    "Los niños a menudo cuentan un poco para ver cómo reacciona usted antes de "
                    "contar más.</p>"
                    "<h2>Cómo responder</h2>"
                    "<ul>"
                    "<li><b>Escuche y mantenga la calma.</b> Préstele toda su atención en un lugar "
                    "privado pero visible para otras personas. Mantenga la voz y la cara "
                    "tranquilas; la sorpresa o el enojo pueden hacer que un niño deje de "
                    "hablar.</li>"
                    "<li><b>Tranquilice.</b> «Gracias por contármelo. Hiciste lo correcto. No es "
                    "tu culpa». No prometa cosas que no puede controlar, como «todo va a salir "
                    "bien».</li>"
                    "<li><b>No investigue.</b> Deje que el estudiante le cuente lo que quiera "
                    "contar. Si necesita aclarar algo, use invitaciones abiertas como «Cuéntame "
                    "más», «Explícame qué quieres decir» o «Descríbeme qué pasó». No haga "
                    "preguntas que sugieran respuestas («¿Fue tu primo?»), no pida ver imágenes ni "
                    "mensajes, no revise dispositivos y no contacte usted mismo a la persona "
                    "involucrada ni a la familia.</li>"
                    "<li><b>No prometa confidencialidad.</b> Explique que tendrá que contárselo a "
                    "la persona de la escuela cuyo trabajo es proteger a los niños, y que le dirá "
                    "qué pasará después.</li>"
                    "<li><b>Registre.</b> Escriba lo que se dijo lo antes posible, con las propias "
                    "palabras del estudiante.</li>"
                    "<li><b>Informe.</b> Comuníqueselo al DSL ese mismo día, y de inmediato si el "
                    "estudiante puede estar en riesgo de sufrir daño en este momento.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Nunca prometa guardar un secreto",
                        "text": "<p>Es posible que un estudiante le pregunte «¿Me prometes que no se "
                        "lo vas a contar a nadie?» antes de hablar. Responda con honestidad: "
                        "«No puedo prometerte eso, porque si alguien te está haciendo daño "
                        "tengo que conseguir ayuda. Solo se lo diré a las personas que "
                        "necesitan saberlo, y te contaré lo que vaya pasando». Una promesa rota "
                        "le enseña a un niño que no se puede confiar en los adultos; la "
                        "honestidad mantiene la puerta abierta.</p>",
                    },
                ),
                (
                    "rich_text",
                    "<h3>Qué registrar</h3>"
                    "<ul>"
                    "<li>Fecha, hora y lugar de la conversación, y quién más estaba presente.</li>"
                    "<li>Lo que dijo el estudiante, en la medida de lo posible con sus propias "
                    "palabras, incluidas las palabras que usó para referirse a personas, partes "
                    "del cuerpo y aplicaciones.</li>"
                    "<li>Sus preguntas, palabra por palabra.</li>"
                    "<li>Lo que observó, como angustia o lesiones: hechos, no opiniones.</li>"
                    "<li>Lo que hizo después, y cuándo y a quién comunicó la información.</li>"
                    "</ul>"
                    "<p>Firme y feche el registro y entrégueselo al DSL, o introdúzcalo en el "
                    "sistema de protección de la escuela. No guarde copias personales y hable de la "
                    "revelación solo con las personas que necesitan saberlo.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "Una nota en el buzón de preguntas",
                        "situation": "<p>Después de una lección sobre amistades en línea con "
                        "estudiantes de 10 años, encuentra una nota sin firma en el buzón de "
                        "preguntas: «que haces si alguien que conociste en un juego quiere "
                        "que le mandes fotos y dice que es nuestro secreto». Cree reconocer "
                        "la letra.</p>",
                        "prompt": "¿Qué haría?",
                        "choices": [
                            {
                                "text": "Entregar la nota al DSL ese mismo día, decir de quién cree "
                                "que es la letra, responder la pregunta para toda la clase en "
                                "la próxima lección y seguir las indicaciones del DSL.",
                                "feedback": "La mejor opción. La nota puede ser una revelación, así "
                                "que el DSL la necesita ese mismo día y es quien decide qué "
                                "pasa después. Responder para toda la clase ayuda a que "
                                "todos los estudiantes sepan qué hacer sin exponer a "
                                "nadie.",
                                "best": True,
                            },
                            {
                                "text": "Llamar aparte al estudiante y seguir haciéndole preguntas "
                                "hasta que le diga quién es esa persona.",
                                "feedback": "Interrogar a un niño para obtener detalles es investigar. "
                                "No es su función y puede perjudicar una posterior "
                                "investigación policial. Comunique su preocupación al DSL, "
                                "que decidirá cómo acercarse al estudiante.",
                                "best": False,
                            },
                            {
                                "text": "Ignorarla, porque es anónima y puede ser una broma.",
                                "feedback": "Las preguntas anónimas son a menudo la forma en que los "
                                "niños comprueban si es seguro contar algo. Trátela como "
                                "una posible preocupación e informe al DSL.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "¿Cuál de estos es el mejor registro de una revelación?",
                        "choices": [
                            {
                                "text": "Dijo: «El señor del juego me dijo que me quitara la camiseta "
                                "delante de la cámara». Pregunté: «¿Qué pasó después?»",
                                "correct": True,
                                "feedback": "Sí. Las propias palabras del estudiante y su pregunta "
                                "exacta, registradas como hechos.",
                            },
                            {
                                "text": "El estudiante parece haber sido captado por un adulto en "
                                "internet.",
                                "correct": False,
                                "feedback": "Esta es su interpretación, no lo que dijo el estudiante. "
                                "El DSL y cualquier investigación posterior necesitan las "
                                "palabras del estudiante.",
                            },
                            {
                                "text": "El estudiante me contó algunas cosas privadas; le dije que "
                                "quedaría entre nosotros.",
                                "correct": False,
                                "feedback": "Esto no registra nada útil, y prometer secreto es algo "
                                "que nunca debe hacer.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "trusted_adult",
                        "title": "Usted también necesita apoyo",
                        "text": "<p>Escuchar una revelación puede ser perturbador. Una vez que la "
                        "haya comunicado, pida al DSL una breve sesión de descarga, y use los "
                        "recursos de apoyo al personal de su escuela si le sigue afectando. "
                        "Hablarlo con el DSL es apropiado; comentar los detalles con otros "
                        "colegas no lo es.</p>",
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>Para formadores de docentes. Tiempo:</b> unos 20 minutos.</p>"
                    "<ul>"
                    "<li>Haga un juego de rol en grupos de tres: un «estudiante» que lee una "
                    "tarjeta breve, un «docente» que responde y un observador con una lista de "
                    "verificación (escuchar, tranquilizar, sin preguntas que sugieran respuestas, "
                    "sin prometer secreto, explicar los siguientes pasos). Roten los papeles.</li>"
                    "<li>Después pida a cada «docente» que redacte la revelación en tres minutos "
                    "usando los apartados del registro, y compare los registros con la tarjeta. La "
                    "mayoría de las personas parafrasea; practiquen escribir las palabras exactas "
                    "del niño.</li>"
                    "<li>Use tarjetas inventadas y sin detalles explícitos. Recuerde que algunos "
                    "participantes pueden haber vivido abusos; permita que haya personas que "
                    "observen en lugar de participar.</li>"
                    "<li>Lleve el formulario de registro real de su escuela o muestre la pantalla "
                    "del sistema de protección para que los docentes sepan exactamente a dónde va "
                    "el registro.</li>"
                    "</ul>",
                ),
                (
                    "get_help",
                    {"heading": "Líneas de ayuda para compartir con los estudiantes"},
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "safeguarding-referral-route",
            "title": "La vía de derivación de protección infantil de su escuela",
            "summary": "Quién hace qué después de que se plantea una preocupación, y qué hacer "
            "cuando el DSL no está disponible.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>De la preocupación a la acción</h2>"
                    "<ol>"
                    "<li><b>Nota o escucha una preocupación</b>: una revelación, algo que ve u "
                    "oye, un cambio en un estudiante o información de una familia o de otro "
                    "estudiante.</li>"
                    "<li><b>Si un niño está en peligro inmediato</b>, llame a la policía o a los "
                    "servicios de emergencia y después informe al DSL.</li>"
                    "<li><b>Registre</b> los hechos y las propias palabras del estudiante.</li>"
                    "<li><b>Informe al DSL o a un suplente ese mismo día.</b> No necesita pruebas; "
                    "basta con comunicar la preocupación.</li>"
                    "<li><b>El DSL decide el siguiente paso</b>: por ejemplo, apoyo en la escuela, "
                    "una derivación a los servicios sociales de infancia, una denuncia ante la "
                    "policía o ayuda para eliminar imágenes. El DSL también decide si se informa a "
                    "la familia y cómo, porque en algunos casos decírselo podría poner al niño en "
                    "mayor riesgo.</li>"
                    "<li><b>Haga seguimiento.</b> Si cree que no se ha actuado ante la "
                    "preocupación, o la situación del niño no mejora, vuelva a planteárselo al DSL "
                    "y luego a la dirección de la escuela. En Inglaterra, cualquier persona puede "
                    "además hacer una derivación directa a los servicios sociales de "
                    "infancia.</li>"
                    "</ol>"
                    "<h3>Situaciones especiales</h3>"
                    "<ul>"
                    "<li><b>Una preocupación sobre un miembro del personal</b> se comunica a la "
                    "dirección de la escuela (o, si se refiere al director o directora, a la "
                    "presidencia del consejo escolar o su equivalente), no solo al DSL. No "
                    "investigue ni alerte al colega.</li>"
                    "<li><b>El abuso entre pares</b>, incluidos el acoso y el hostigamiento en "
                    "internet y el intercambio de imágenes, sigue la misma vía. Nunca lo descarte "
                    "como «bromas» o «cosas de la edad».</li>"
                    "<li><b>Material dañino en internet</b>: no lo busque, no lo vea ni lo "
                    "descargue. Dígale al DSL dónde está (la aplicación, la cuenta, la dirección "
                    "web).</li>"
                    "</ul>"
                    "<p>En Inglaterra, esta vía se establece en Keeping Children Safe in Education y "
                    "en la política de protección infantil de su escuela. En otros países los "
                    "nombres y los organismos cambian, pero los principios son los mismos: actuar "
                    "con rapidez, comunicar las preocupaciones a la persona responsable de la "
                    "protección y nunca guardarse una preocupación.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Conozca los nombres y los números",
                        "text": "<p>Anote ahora: los nombres de su DSL y de sus suplentes, cómo "
                        "localizarlos (también durante las salidas escolares y fuera del "
                        "horario escolar), dónde está el formulario o el sistema de registro, y "
                        "los datos de contacto de los servicios sociales de infancia locales y "
                        "de la policía. Guárdelos en un lugar donde pueda encontrarlos con "
                        "prisa.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "El DSL no está",
                        "situation": "<p>A las 14:45, una estudiante de 14 años le cuenta que un hombre "
                        "mayor que conoció por internet la va a recoger hoy en la puerta de "
                        "la escuela a la salida para llevarla a una fiesta. El DSL está en un "
                        "curso de formación y no contesta.</p>",
                        "prompt": "¿Qué hace?",
                        "choices": [
                            {
                                "text": "Contactar de inmediato a un DSL suplente; si no hay nadie "
                                "disponible, contactar usted mismo a los servicios sociales "
                                "de infancia o a la policía. Mientras tanto, mantener a la "
                                "estudiante segura dentro de la escuela, y después registrar "
                                "lo ocurrido e informar al DSL.",
                                "feedback": "La mejor opción. Un riesgo para esta misma tarde no puede "
                                "esperar a que vuelva el DSL. Cualquier persona puede hacer "
                                "una derivación cuando un niño está en riesgo. Manténgala a "
                                "salvo, actúe ya y registre cada paso que dio.",
                                "best": True,
                            },
                            {
                                "text": "Enviar un correo al DSL y esperar su respuesta mañana.",
                                "feedback": "El riesgo es hoy. Informar el mismo día es lo mínimo; "
                                "cuando hay un riesgo inmediato debe actuar de inmediato a "
                                "través de un suplente, los servicios sociales de infancia "
                                "o la policía.",
                                "best": False,
                            },
                            {
                                "text": "Llamar a la familia de la estudiante y dejarlo en sus manos.",
                                "feedback": "Es muy posible que haya que involucrar a la familia, pero "
                                "esa decisión corresponde a la persona responsable de "
                                "protección o a los servicios sociales, y no sustituye a una "
                                "derivación. Hable primero con un DSL suplente o con las "
                                "autoridades.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "¿Cuándo debe llegar al DSL una preocupación de protección "
                        "infantil?",
                        "choices": [
                            {
                                "text": "Ese mismo día, y de inmediato si el niño puede estar en "
                                "peligro.",
                                "correct": True,
                                "feedback": "Correcto. Las demoras pueden dejar a un niño en riesgo y "
                                "hacer que se pierdan pruebas.",
                            },
                            {
                                "text": "En la próxima reunión semanal del personal.",
                                "correct": False,
                                "feedback": "Demasiado tarde, y una reunión del personal no es un "
                                "lugar confidencial para compartir una preocupación de "
                                "protección.",
                            },
                            {
                                "text": "Solo cuando esté seguro de que hubo abuso.",
                                "correct": False,
                                "feedback": "No necesita pruebas. Comunique su preocupación; decidir "
                                "qué significa es tarea del DSL.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>Para formadores de docentes. Tiempo:</b> unos 15 minutos.</p>"
                    "<ul>"
                    "<li>Dibuje con los participantes la vía de derivación real de la escuela en un "
                    "rotafolio, con nombres reales, números de teléfono y el sistema de registro. "
                    "Si forma a docentes de muchas escuelas, entregue a cada escuela un diagrama "
                    "de flujo en blanco para completar y llevárselo.</li>"
                    "<li>Haga el escenario «El DSL no está» como ejercicio cronometrado: los grupos "
                    "tienen dos minutos para decidir a quién llamarían y en qué orden.</li>"
                    "<li>Si es posible, invite al DSL a presentar esta lección; escuchar qué pasa "
                    "después de una derivación da a los docentes confianza para hacerla.</li>"
                    "<li>Adapte los términos al sistema de su país (por ejemplo, el nombre del "
                    "organismo de protección de la infancia) antes de la sesión.</li>"
                    "</ul>",
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "nude-image-sharing-incidents",
            "title": "Responder al intercambio de imágenes íntimas entre estudiantes",
            "summary": "Qué hacer, y qué no hacer, cuando se entera de que circulan imágenes "
            "íntimas o semiíntimas de estudiantes.",
            "minutes": 20,
            "sensitive": True,
            "body": [
                (
                    "rich_text",
                    "<h2>A qué nos referimos</h2>"
                    "<p>«Intercambio de imágenes íntimas y semiíntimas» se refiere a niños, niñas y "
                    "jóvenes menores de 18 años que crean o comparten imágenes, videos o "
                    "transmisiones en vivo en las que aparecen desnudos o semidesnudos, ya sea por "
                    "redes sociales, aplicaciones de mensajería, juegos o de dispositivo a "
                    "dispositivo. Las motivaciones varían: algunas imágenes se comparten dentro de "
                    "una relación, otras bajo presión, otras a través de grooming o sextorsión, y "
                    "otras se reenvían para humillar. Crear o compartir imágenes sexuales de "
                    "menores de 18 años es ilegal en muchos países, pero las orientaciones "
                    "nacionales, como las recomendaciones de UKCIS para centros educativos, buscan "
                    "proteger a los jóvenes involucrados y evitar criminalizarlos "
                    "innecesariamente.</p>"
                    "<p><b>Si hay un adulto involucrado</b> (un adulto ha pedido, recibido o "
                    "compartido imágenes de un estudiante), se trata de abuso sexual infantil, no "
                    "de un incidente entre pares. El DSL debe derivarlo a la policía con "
                    "urgencia.</p>"
                    "<h2>Si se entera de un incidente</h2>"
                    "<ul>"
                    "<li>Infórmelo al DSL de inmediato.</li>"
                    "<li><b>Nunca vea, copie, imprima, comparta, almacene ni guarde las "
                    "imágenes</b>, y nunca pida a un estudiante que se las muestre o se las envíe. "
                    "Si las ve por accidente, por ejemplo porque un estudiante se las muestra antes "
                    "de que pueda impedirlo, dígaselo al DSL.</li>"
                    "<li>No borre las imágenes ni pida a los estudiantes que las borren, y no "
                    "revise ni confisque usted mismo los dispositivos. El DSL decide cómo se "
                    "gestionan los dispositivos y las imágenes, de acuerdo con la normativa "
                    "nacional.</li>"
                    "<li>No pida a los estudiantes involucrados detalles sobre las imágenes; esa es "
                    "función del DSL.</li>"
                    "<li>No comparta información sobre el incidente con otros miembros del "
                    "personal, estudiantes o familias.</li>"
                    "<li>No diga ni haga nada que culpe o avergüence a los jóvenes "
                    "involucrados.</li>"
                    "<li>Explique al estudiante que tiene que informar al DSL y que recibirá "
                    "apoyo.</li>"
                    "</ul>"
                    "<h3>Qué hace después el DSL</h3>"
                    "<p>Siguiendo las recomendaciones de UKCIS, el DSL realiza una revisión "
                    "inicial, habla con los jóvenes involucrados y evalúa el riesgo. Es necesario "
                    "derivar de inmediato a la policía o a los servicios sociales de infancia si, "
                    "por ejemplo, hay un adulto involucrado, hay coacción, chantaje o grooming, un "
                    "estudiante tiene menos de 13 años, las imágenes muestran actos inusuales para "
                    "el desarrollo del niño o incluyen violencia, hay dudas sobre la capacidad de "
                    "un estudiante para consentir, o un estudiante está en riesgo inmediato de "
                    "sufrir daño. Por lo general se informa a la familia, salvo que eso ponga al "
                    "niño en riesgo. El DSL también puede ayudar al joven a usar "
                    '<a href="https://www.childline.org.uk/remove">Report Remove</a> o '
                    '<a href="https://takeitdown.ncmec.org">Take It Down</a> para lograr que se '
                    "eliminen las imágenes. Lea las recomendaciones completas (en inglés): "
                    '<a href="https://www.gov.uk/government/publications/sharing-nudes-and-semi-nudes-advice-for-education-settings-working-with-children-and-young-people">'
                    "Sharing nudes and semi-nudes: advice for education settings</a>.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Ver o reenviar puede causar daño en sí mismo",
                        "text": "<p>Mirar, copiar o reenviar una imagen sexual de un niño o una niña, "
                        "aunque sea «para comprobar» o «como prueba», puede ser un delito y "
                        "aumenta el daño a la persona joven que aparece en la imagen. Solo el "
                        "DSL, en circunstancias excepcionales y de acuerdo con la normativa "
                        "nacional, debería tomar una decisión sobre verla, e incluso entonces "
                        "rara vez es necesario.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Un chat de grupo",
                        "situation": "<p>Dos chicos de 15 años se le acercan en el recreo. Le cuentan "
                        "que en un chat de grupo de la clase circula una foto íntima de una "
                        "chica de su curso, y uno de ellos le extiende el teléfono: «Mire, "
                        "es esta».</p>",
                        "prompt": "¿Qué haría?",
                        "choices": [
                            {
                                "text": "Decirle que no se la muestre, agradecer a ambos que se lo "
                                "hayan contado, pedirles que no la reenvíen y llevarlos "
                                "directamente al DSL, asegurándoles que han hecho lo "
                                "correcto.",
                                "feedback": "La mejor opción. Evita ver la imagen, detiene que se siga "
                                "compartiendo, y el DSL puede actuar rápido para apoyar a la "
                                "chica, gestionar los dispositivos y decidir las "
                                "derivaciones. Los chicos son testigos que hicieron lo "
                                "correcto, así que reconózcaselo.",
                                "best": True,
                            },
                            {
                                "text": "Mirar la foto para poder decirle al DSL de quién se trata.",
                                "feedback": "No vea la imagen. Los chicos pueden decirle al DSL quién "
                                "creen que es. Verla daña aún más la privacidad de la chica "
                                "y puede ser ilegal.",
                                "best": False,
                            },
                            {
                                "text": "Quitarle el teléfono, borrar la foto y decirle al chat de grupo "
                                "que también la borren.",
                                "feedback": "Borrar destruye información que el DSL y la policía pueden "
                                "necesitar y no detiene las copias ya compartidas. Escribir "
                                "al grupo también difunde la noticia del incidente. Deje "
                                "los dispositivos y las imágenes en manos del DSL.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Un estudiante le cuenta que un adulto le ha estado pidiendo "
                        "fotos íntimas. ¿Cómo debe tratarse esto?",
                        "choices": [
                            {
                                "text": "Como abuso sexual infantil: informar al DSL de inmediato "
                                "para que se avise a la policía con urgencia.",
                                "correct": True,
                                "feedback": "Correcto. Cualquier adulto que pide imágenes sexuales a "
                                "un niño está cometiendo abuso; el enfoque de incidente "
                                "entre pares no se aplica.",
                            },
                            {
                                "text": "Como un incidente entre pares que se gestiona dentro de la "
                                "escuela.",
                                "correct": False,
                                "feedback": "Las orientaciones sobre incidentes entre pares se "
                                "refieren a menores de 18 años que comparten imágenes entre "
                                "sí. La participación de un adulto siempre requiere una "
                                "derivación urgente a la policía a través del DSL.",
                            },
                            {
                                "text": "Como un asunto privado de la familia del estudiante.",
                                "correct": False,
                                "feedback": "El DSL puede informar a la familia, pero la escuela debe "
                                "actuar ante una preocupación de protección infantil de "
                                "este tipo.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>Para formadores de docentes. Tiempo:</b> unos 20 minutos.</p>"
                    "<ul>"
                    "<li>Nunca use imágenes reales ni descripciones realistas en la formación. El "
                    "escenario del chat de grupo y el resumen de una página de la normativa "
                    "nacional para el personal son suficientes.</li>"
                    "<li>Practiquen la primera frase: «Por favor, no me la muestres y no se la "
                    "mandes a nadie. Gracias por contármelo; vamos ahora a ver al DSL». Los docentes "
                    "que la han ensayado tienen muchas menos probabilidades de mirar una imagen "
                    "por reflejo.</li>"
                    "<li>Pida al DSL que explique el procedimiento de la escuela con los "
                    "dispositivos, incluido quién puede revisar o retener un dispositivo y cómo se "
                    "guarda.</li>"
                    "<li>Fuera de Inglaterra, sustituya las referencias a UKCIS por la normativa de "
                    "su país (Gales y Escocia tienen la suya; muchos otros países tienen "
                    "orientaciones de la policía o del ministerio de educación). Compruebe qué dice "
                    "la ley sobre los jóvenes que comparten imágenes, para poder explicarlo con "
                    "precisión sin asustar a los estudiantes.</li>"
                    "</ul>",
                ),
                ("get_help", {"heading": "Denuncia y eliminación de imágenes"}),
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "using-results-to-adapt-teaching",
            "title": "Usar el panel de la clase y los resultados inicial y final",
            "summary": "Interpretar los resultados de conocimientos, actitudes y prácticas y "
            "decidir qué enseñar a continuación.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>Qué miden las pruebas inicial y final</h2>"
                    "<p>Los estudiantes responden la misma prueba antes de la primera lección y "
                    "después de la última. La diferencia entre ambas muestra qué cambió y para "
                    "quién. Las preguntas se agrupan en tres dominios:</p>"
                    "<ul>"
                    "<li><b>Conocimientos (K):</b> por ejemplo, saber que un estudiante no se va a "
                    "meter en problemas por contar algo, o dónde denunciar.</li>"
                    "<li><b>Actitudes (A):</b> creencias e intenciones, como si una víctima tiene "
                    "la culpa o si se lo contaría a un adulto de confianza.</li>"
                    "<li><b>Prácticas (P):</b> lo que los estudiantes dicen que hacen en realidad, "
                    "como revisar quién puede ver sus publicaciones.</li>"
                    "</ul>"
                    "<p>Algunas afirmaciones tienen <b>codificación inversa</b>: estar de acuerdo "
                    "con ellas refleja una actitud o práctica menos segura (por ejemplo, «Está "
                    "bien compartir una foto de un amigo sin preguntarle»). El panel invierte esas "
                    "puntuaciones antes de combinarlas, de modo que una puntuación más alta "
                    "siempre significa un resultado más seguro.</p>"
                    "<h2>Cómo leer el panel de la clase</h2>"
                    "<ul>"
                    "<li><b>Revise primero la participación.</b> Si muchos estudiantes no hicieron "
                    "la prueba inicial o la final, la comparación puede no representar a la "
                    "clase.</li>"
                    "<li><b>Compare los dominios.</b> Los conocimientos suelen subir más rápido. "
                    "Las actitudes y las prácticas cambian más despacio y son donde la mayoría de "
                    "los programas se quedan cortos, así que incluso los avances pequeños "
                    "importan.</li>"
                    "<li><b>Mire cada pregunta.</b> Una pregunta que muchos estudiantes siguen "
                    "respondiendo mal después de las lecciones señala una idea errónea que hay que "
                    "volver a enseñar, como creer que borrar una cuenta hace desaparecer una "
                    "amenaza.</li>"
                    "<li><b>Compare a chicas y chicos</b> cuando el panel lo muestre. Los chicos "
                    "tienen menos probabilidades de denunciar abusos o de decir que pedirían "
                    "ayuda, así que conviene abordar directamente una brecha en este punto.</li>"
                    "<li><b>Tenga cuidado con los grupos pequeños.</b> En una clase pequeña, uno o "
                    "dos estudiantes pueden mover mucho un porcentaje.</li>"
                    "</ul>"
                    "<h2>Adaptar su enseñanza</h2>"
                    "<ul>"
                    "<li>Vuelva a enseñar las preguntas de conocimientos débiles con otro método, "
                    "como un juego de preguntas, una tarea con carteles o un escenario nuevo.</li>"
                    "<li>Trabaje las actitudes mediante la discusión de escenarios con "
                    "distanciamiento, las voces de los pares y la repetición, no con "
                    "sermones.</li>"
                    "<li>Haga concreto el pedir ayuda: presente al orientador escolar o al DSL, "
                    "muestre dónde está el número de la línea de ayuda y practiquen qué decir.</li>"
                    "<li>Comparta resultados generales y anónimos con las familias y los colegas "
                    "para planificar el siguiente paso.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Use los resultados con responsabilidad",
                        "text": "<p>La prueba es una herramienta de enseñanza, no una calificación ni "
                        "una herramienta de detección de abusos. Nunca muestre respuestas "
                        "individuales ni señale a estudiantes por sus respuestas; las "
                        "respuestas sinceras dependen de la confianza. Mantenga los resultados "
                        "restringidos a las personas que los necesitan. Si algo que un "
                        "estudiante dice o hace mientras responde la prueba genera una "
                        "preocupación de protección, siga su procedimiento ante revelaciones "
                        "como de costumbre.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Busque la brecha entre saber y hacer",
                        "text": "<p>Cuando los conocimientos suben pero la práctica no, los "
                        "estudiantes saben la respuesta correcta, pero algo les impide actuar en "
                        "consecuencia: a menudo la vergüenza, el miedo a meterse en problemas o "
                        "las normas del grupo. Pregunte a la clase, a través de un personaje "
                        "ficticio: «Sam sabe que debería contárselo a alguien. ¿Qué podría "
                        "impedírselo?»</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Ya están los resultados",
                        "situation": "<p>Su clase de estudiantes de 12 años ha completado la prueba "
                        "final. Los conocimientos han subido del 55 % al 82 %. Pero el "
                        "acuerdo con la afirmación «Si alguien compartiera una foto mía, "
                        "sería mi culpa» apenas ha cambiado, y menos chicos que chicas "
                        "dicen que se lo contarían a un adulto de confianza.</p>",
                        "prompt": "¿Cuál es su mejor siguiente paso?",
                        "choices": [
                            {
                                "text": "Planificar una lección de seguimiento sobre la culpa y la "
                                "búsqueda de ayuda con escenarios con distanciamiento "
                                "protagonizados por chicos y chicas, e invitar al orientador "
                                "escolar o al DSL a explicar qué pasa cuando un estudiante "
                                "pide ayuda.",
                                "feedback": "La mejor opción. Los resultados muestran exactamente dónde "
                                "la enseñanza todavía no ha calado: la culpabilización de la "
                                "víctima y la búsqueda de ayuda, sobre todo entre los chicos. "
                                "Es más probable que una discusión específica y hacer que la "
                                "ayuda se sienta concreta y segura cambien esto que repetir "
                                "datos.",
                                "best": True,
                            },
                            {
                                "text": "Celebrar el aumento de conocimientos y seguir adelante; las "
                                "actitudes no se pueden enseñar.",
                                "feedback": "El aumento de conocimientos merece celebrarse, pero las "
                                "actitudes pueden cambiar con la discusión y la repetición de "
                                "los mensajes. Los estudiantes que siguen culpándose a sí "
                                "mismos pueden no pedir ayuda cuando la necesiten.",
                                "best": False,
                            },
                            {
                                "text": "Pedir a los chicos que respondieron negativamente que se "
                                "queden después de clase y expliquen sus respuestas.",
                                "feedback": "Señalar a estudiantes por sus respuestas rompe la "
                                "confianza de la que dependen las respuestas sinceras, y es "
                                "probable que la próxima vez respondan de otra manera. Adapte "
                                "su enseñanza para toda la clase.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "¿Qué significa que una pregunta tenga codificación inversa?",
                        "choices": [
                            {
                                "text": "Estar de acuerdo con ella refleja una actitud o práctica menos "
                                "segura, así que su puntuación se invierte antes de combinar "
                                "los resultados.",
                                "correct": True,
                                "feedback": "Correcto. Las preguntas con codificación inversa evitan "
                                "que los estudiantes simplemente estén de acuerdo con todo, "
                                "y el panel las ajusta automáticamente.",
                            },
                            {
                                "text": "La pregunta se hace dos veces, una al principio y otra al "
                                "final.",
                                "correct": False,
                                "feedback": "Todas las preguntas se hacen tanto en la prueba inicial "
                                "como en la final; eso no es lo que significa la "
                                "codificación inversa.",
                            },
                            {
                                "text": "La pregunta no se incluye en la puntuación de la clase.",
                                "correct": False,
                                "feedback": "Las preguntas con codificación inversa sí se incluyen; "
                                "simplemente se invierte su puntuación para que un valor más "
                                "alto siempre signifique más seguro.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>Para formadores de docentes. Tiempo:</b> unos 15 minutos.</p>"
                    "<ul>"
                    "<li>Use la clase de demostración de la plataforma para que los docentes "
                    "practiquen con un panel real sin tocar datos reales de estudiantes.</li>"
                    "<li>Entregue a grupos pequeños un resumen impreso de resultados con un patrón "
                    "claro (por ejemplo, una pregunta de conocimientos que sigue débil después de "
                    "enseñarla, o una brecha de género en la búsqueda de ayuda) y pídales que "
                    "planifiquen una actividad de seguimiento de 15 minutos.</li>"
                    "<li>Hablen de la protección de datos: quién en la escuela puede ver los "
                    "resultados, que las respuestas individuales nunca se muestran a la clase y "
                    "cuánto tiempo se conservan los datos según la política de la escuela.</li>"
                    "<li>Cuando las escuelas comparten un dispositivo o tienen mala conectividad, "
                    "muestre cómo aplicar la prueba en papel e introducir los resultados después, "
                    "y subraye que debe usarse la misma prueba antes y después.</li>"
                    "</ul>",
                ),
            ],
        },
    ],
    "test": {
        "code": "TCH-SAFE",
        "title": "Enseñar seguridad en internet y protección infantil: conocimientos, "
        "actitudes y prácticas",
        "instructions": (
            "Complete este cuestionario antes y después del curso para que usted y su formador "
            "puedan ver qué cambió. Las respuestas se usan para mejorar la formación y solo se "
            "informan de forma anónima y agregada. En las afirmaciones, responda según lo que "
            "realmente piensa y hace. Toma unos 10 minutos."
        ),
        "items": [
            {
                "code": "K01",
                "domain": "K",
                "type": "single",
                "subscale": "disclosure",
                "text": "Al final de una lección, un estudiante le cuenta que un adulto en internet "
                "le ha estado pidiendo fotos. ¿Qué respuesta es la correcta?",
                "options": [
                    {
                        "key": "A",
                        "text": "Hacer preguntas detalladas para averiguar quién es el adulto y "
                        "luego decidir si es grave",
                        "correct": False,
                    },
                    {
                        "key": "B",
                        "text": "Escuchar con calma, no prometer secreto, registrar sus "
                        "palabras e informar al DSL ese mismo día",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "Prometer guardar el secreto para que se sienta seguro, y "
                        "estar atento a él",
                        "correct": False,
                    },
                    {
                        "key": "D",
                        "text": "Pedirle que le muestre los mensajes para comprobar que dice "
                        "la verdad",
                        "correct": False,
                    },
                ],
                "explanation": "Su función es escuchar, tranquilizar, ser honesto sobre que debe "
                "comunicarlo, registrar las propias palabras del estudiante e informar "
                "al DSL ese mismo día. Investigar, pedir ver los mensajes o prometer "
                "secreto puede perjudicar al estudiante y a cualquier investigación "
                "posterior.",
            },
            {
                "code": "K02",
                "domain": "K",
                "type": "truefalse",
                "subscale": "disclosure",
                "text": "Debe prometerle a un estudiante que guardará en secreto lo que le revela "
                "para que siga hablando.",
                "answer": False,
                "explanation": "No puede guardar en secreto una preocupación de protección, así que "
                "tendría que romper la promesa, lo que dañaría la confianza del "
                "estudiante en los adultos. Explique con honestidad que solo se lo "
                "dirá a las personas que necesitan saberlo para protegerlo.",
            },
            {
                "code": "K03",
                "domain": "K",
                "type": "multi",
                "subscale": "images",
                "text": "Un estudiante le cuenta que circula una imagen íntima de un compañero de "
                "clase. ¿Qué acciones son correctas? Elija todas las que correspondan.",
                "options": [
                    {
                        "key": "A",
                        "text": "Informar al DSL de inmediato",
                        "correct": True,
                    },
                    {
                        "key": "B",
                        "text": "Pedir al estudiante que le muestre la imagen para valorar su "
                        "gravedad",
                        "correct": False,
                    },
                    {
                        "key": "C",
                        "text": "No ver, copiar, reenviar ni guardar la imagen",
                        "correct": True,
                    },
                    {
                        "key": "D",
                        "text": "Decir a todos que la borren y dar el asunto por cerrado",
                        "correct": False,
                    },
                    {
                        "key": "E",
                        "text": "Asegurar al estudiante que hizo lo correcto y que recibirá "
                        "apoyo",
                        "correct": True,
                    },
                ],
                "explanation": "Las orientaciones nacionales, como las recomendaciones de UKCIS, son "
                "claras: informar al DSL de inmediato, nunca ver, copiar, compartir "
                "ni guardar las imágenes, no borrarlas ni pedir a los estudiantes que "
                "las borren, y no culpar a nadie. El DSL gestiona los dispositivos, "
                "evalúa el riesgo y decide las derivaciones.",
            },
            {
                "code": "K04",
                "domain": "K",
                "type": "single",
                "subscale": "teaching",
                "text": "¿Cuál es la mejor descripción de una técnica de distanciamiento?",
                "options": [
                    {
                        "key": "A",
                        "text": "Comentar la situación de un personaje ficticio en lugar de "
                        "las experiencias propias de los estudiantes",
                        "correct": True,
                    },
                    {
                        "key": "B",
                        "text": "Sentar a los estudiantes más separados durante las lecciones "
                        "delicadas",
                        "correct": False,
                    },
                    {
                        "key": "C",
                        "text": "Enseñar seguridad en internet solo con módulos en línea, sin "
                        "discusión",
                        "correct": False,
                    },
                    {
                        "key": "D",
                        "text": "Pedir a los estudiantes que describan lo que le pasó a un "
                        "amigo, usando el nombre del amigo",
                        "correct": False,
                    },
                ],
                "explanation": "El distanciamiento usa personajes ficticios, historias y preguntas "
                "en tercera persona para que los estudiantes puedan explorar "
                "situaciones difíciles sin revelar sus propias experiencias delante "
                "de otros. Nombrar a un amigo real es lo contrario: expone a un niño "
                "real.",
            },
            {
                "code": "K05",
                "domain": "K",
                "type": "truefalse",
                "subscale": "disclosure",
                "text": "Al registrar una revelación, debe anotar las propias palabras del "
                "estudiante y no su interpretación de ellas.",
                "answer": True,
                "explanation": "Las propias palabras del estudiante, junto con sus preguntas "
                "exactas, dan al DSL y a cualquier investigación posterior un relato "
                "preciso. Interpretaciones como «parece haber sido captado» pueden ser "
                "erróneas y no se pueden comprobar.",
            },
            {
                "code": "K06",
                "domain": "K",
                "type": "single",
                "subscale": "results",
                "text": "Su prueba final muestra que los conocimientos subieron, pero la pregunta "
                "sobre contárselo a un adulto de confianza no cambió. ¿Cuál es el mejor "
                "siguiente paso?",
                "options": [
                    {
                        "key": "A",
                        "text": "Concluir que las lecciones fracasaron y dejar de enseñar el "
                        "tema",
                        "correct": False,
                    },
                    {
                        "key": "B",
                        "text": "Planificar actividades que hagan concreto y seguro el pedir "
                        "ayuda, como conocer al DSL y practicar qué decir",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "Pedir a los estudiantes con puntuaciones bajas que expliquen "
                        "sus respuestas delante de la clase",
                        "correct": False,
                    },
                    {
                        "key": "D",
                        "text": "Ignorar el resultado porque las actitudes no se pueden medir",
                        "correct": False,
                    },
                ],
                "explanation": "Saber la respuesta correcta no siempre basta para actuar. La mejor "
                "respuesta son actividades específicas que aborden lo que impide a los "
                "estudiantes pedir ayuda. Señalar a estudiantes rompería la confianza "
                "de la que dependen las respuestas sinceras.",
            },
            {
                "code": "A01",
                "domain": "A",
                "type": "likert",
                "subscale": "safeguarding-role",
                "text": "Es mi responsabilidad comunicar al DSL toda preocupación de protección, "
                "incluso cuando no estoy seguro de que sea grave.",
                "reverse": False,
            },
            {
                "code": "A02",
                "domain": "A",
                "type": "likert",
                "subscale": "blame",
                "text": "Los estudiantes que comparten imágenes íntimas de sí mismos solo pueden "
                "culparse a sí mismos si las imágenes se difunden.",
                "reverse": True,
            },
            {
                "code": "A03",
                "domain": "A",
                "type": "likert",
                "subscale": "confidence",
                "text": "Me siento seguro al establecer reglas de grupo que hagan de las lecciones "
                "de seguridad en internet un espacio seguro para los estudiantes.",
                "reverse": False,
            },
            {
                "code": "P01",
                "domain": "P",
                "type": "frequency",
                "subscale": "teaching",
                "text": "¿Con qué frecuencia acuerda reglas de grupo con la clase antes de enseñar "
                "un tema delicado?",
                "reverse": False,
            },
            {
                "code": "P02",
                "domain": "P",
                "type": "frequency",
                "subscale": "teaching",
                "text": "¿Con qué frecuencia pide a los estudiantes que cuenten delante de la clase "
                "sus propias experiencias de daño en internet?",
                "reverse": True,
            },
            {
                "code": "P03",
                "domain": "P",
                "type": "yesno",
                "subscale": "referral",
                "text": "En el último trimestre, ¿comprobó quiénes son su DSL y su DSL suplente y "
                "cómo localizarlos?",
                "reverse": False,
            },
            {
                "code": "P04",
                "domain": "P",
                "type": "yesno",
                "subscale": "referral",
                "text": "En el último trimestre, ¿esperó hasta el día siguiente o más para "
                "comunicar una preocupación de protección al DSL?",
                "reverse": True,
            },
            {
                "code": "O01",
                "domain": "A",
                "type": "open",
                "text": "Describa un cambio que hará después de este curso en su forma de enseñar "
                "seguridad en internet o de responder a las preocupaciones.",
            },
        ],
    },
}
