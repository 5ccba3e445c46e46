"""Demo course for teachers: teaching online safety and safeguarding pupils.

Plain data only (see FORMAT.md). Content follows widely used public guidance
(NSPCC, UKCIS "Sharing nudes and semi-nudes", Keeping Children Safe in Education,
CEOP Education, UNICEF).
"""

COURSE = {
    "slug": "teaching-online-safety-and-safeguarding",
    "title": "Teaching online safety and safeguarding your pupils",
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
        "<p>This course prepares you to teach the online-safety lessons on this platform and to "
        "respond well when a lesson brings a worry to the surface. It covers creating a safe "
        "space in class, adapting lessons to each grade, handling a disclosure, following your "
        "school's safeguarding referral route, responding to incidents where nude images are "
        "shared between pupils, and using your class's pre- and post-test results to adapt "
        "your teaching.</p>"
        "<p>Examples refer to guidance used in England, such as Keeping Children Safe in "
        "Education and the UK Council for Internet Safety (UKCIS) advice on sharing nudes and "
        "semi-nudes. Wherever you teach, your school's child protection policy and national "
        "guidance come first.</p>"
    ),
    "objectives": [
        "I can set ground rules and use distancing techniques so online-safety lessons are a safe space.",
        "I can adapt online-safety lessons to the age and stage of my class.",
        "I can respond to a disclosure calmly, without investigating or promising confidentiality, and record it accurately.",
        "I can follow my school's safeguarding referral route and report to the designated safeguarding lead the same day.",
        "I can respond correctly to an incident involving nude image sharing between pupils.",
        "I can read my class's pre- and post-test results and adapt my teaching.",
    ],
    "lessons": [
        # ------------------------------------------------------------------
        {
            "slug": "delivering-lessons-by-grade",
            "title": "Delivering online-safety lessons by grade",
            "summary": "Preparing, setting ground rules, using distancing techniques and tailoring lessons to each age group.",
            "minutes": 20,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>Before you teach</h2>"
                    "<ul>"
                    "<li>Read the lesson plan and the learner pages in full, and note where "
                    "sensitive topics come up.</li>"
                    "<li>Tell your designated safeguarding lead (DSL) when you will teach lessons on "
                    "grooming, nude images, sextortion or abuse: disclosures are more likely in the "
                    "days that follow. Ask whether any pupil has a known history that could make the "
                    "content especially hard for them, and plan together, for example a quiet word "
                    "beforehand or an alternative activity.</li>"
                    "<li>Know the helplines and reporting routes shown on the platform and display "
                    "them in the classroom.</li>"
                    "</ul>"
                    "<h2>Ground rules and a safe space</h2>"
                    "<p>Agree ground rules with the class at the start of the first lesson, write "
                    "them up and refer back to them. Effective ground rules include:</p>"
                    "<ul>"
                    "<li>We respect each other's views and nobody laughs at a question.</li>"
                    "<li>We don't share personal stories or name people; we talk about “someone” or "
                    "“a young person”.</li>"
                    "<li>Everyone has the right to pass.</li>"
                    "<li>Questions can be asked anonymously using the question box.</li>"
                    "<li>If something worries us, we can talk to the teacher privately afterwards. "
                    "The teacher will explain that some things have to be passed on to keep us "
                    "safe.</li>"
                    "</ul>"
                    "<h3>Distancing techniques</h3>"
                    "<p>Distancing lets pupils explore difficult situations without revealing their "
                    "own experiences. Use fictional characters and stories (“What could Sam do "
                    "next?”), third-person questions (“Why might a young person not tell anyone?”), "
                    "role-play with invented names and an anonymous question box. Distancing "
                    "protects pupils from being put on the spot and reduces the chance of a "
                    "disclosure in front of the whole class.</p>"
                    "<h2>Tailoring lessons by grade</h2>"
                    "<ul>"
                    "<li><b>Ages 8 to 10:</b> short activities with pictures and stories. Focus on "
                    "personal information, people we only know online, kindness, and the main "
                    "message: tell a trusted adult, you won't be in trouble.</li>"
                    "<li><b>Ages 11 to 13:</b> privacy settings, online friendships and how "
                    "grooming works, cyberbullying and what bystanders can do, pressure to share "
                    "images, and how to block and report.</li>"
                    "<li><b>Ages 14 to 17:</b> consent and healthy relationships, sharing nudes and "
                    "the law (explained without scaring or criminalising), sextortion including "
                    "financially motivated sextortion, scams, helping a friend, reporting and getting "
                    "images removed.</li>"
                    "</ul>"
                    "<p>Run the pre-test before the first lesson and the post-test after the last; "
                    "lesson five explains how to use the results.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Close every lesson with a way out",
                        "text": "<p>End each lesson by reminding pupils who they can talk to (you, "
                        "named staff, the DSL, the national child helpline) and that they "
                        "won't be in trouble for asking for help. Leave a few minutes at the "
                        "end so anyone who wants to can speak to you privately.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "A pupil starts to share",
                        "situation": "<p>During a lesson on online friendships with 12-year-olds, a "
                        "pupil puts up her hand and begins: “That happened to me, "
                        "there's this guy who keeps asking me for...”</p>",
                        "prompt": "What would you do?",
                        "choices": [
                            {
                                "text": "Gently stop her before she says more in front of the class: "
                                "“Thank you, that sounds important and I want to hear it "
                                "properly. Can we talk straight after the lesson?” Then make "
                                "sure you do.",
                                "feedback": "Best choice. You protect her privacy without dismissing "
                                "her, and you make time to listen and follow the disclosure "
                                "procedure. Remind the class of the ground rule about "
                                "personal stories kindly, without singling her out.",
                                "best": True,
                            },
                            {
                                "text": "Let her carry on so the class can learn from a real example.",
                                "feedback": "Sharing in front of classmates may expose her to gossip or "
                                "bullying, and she may regret it. A real concern needs a "
                                "private conversation and a report to the DSL.",
                                "best": False,
                            },
                            {
                                "text": "Tell her firmly that personal stories break the ground rules "
                                "and move on with the lesson.",
                                "feedback": "The ground rule exists to protect her, but a firm brush-off "
                                "can feel like rejection and she may not try again. "
                                "Acknowledge her and arrange to talk privately straight "
                                "away.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Which of these is a distancing technique?",
                        "choices": [
                            {
                                "text": "Discussing what a fictional character, Alex, could do when "
                                "someone online asks them to keep a secret.",
                                "correct": True,
                                "feedback": "Yes. A fictional character lets pupils explore the "
                                "situation and the right responses without talking about "
                                "themselves.",
                            },
                            {
                                "text": "Asking pupils to raise their hands if they have ever been "
                                "bullied online.",
                                "correct": False,
                                "feedback": "This asks pupils to reveal personal experiences in public. "
                                "Use anonymous methods or fictional scenarios instead.",
                            },
                            {
                                "text": "Asking a pupil involved in a recent incident to tell the class "
                                "what they learnt.",
                                "correct": False,
                                "feedback": "This exposes the pupil and breaks confidentiality. Use an "
                                "invented story that makes the same points.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>For teacher trainers. Timing:</b> about 20 minutes.</p>"
                    "<ol>"
                    "<li><b>Model it (5 minutes):</b> run the ground-rules activity with "
                    "participants exactly as they would with pupils, including the question box.</li>"
                    "<li><b>Groups by grade (10 minutes):</b> teachers of the same age band draft "
                    "ground rules in their pupils' language and rewrite one scenario from the "
                    "learner course with a fictional character suited to their class.</li>"
                    "<li><b>Share (5 minutes):</b> one group per age band reads out its rules.</li>"
                    "</ol>"
                    "<p>In large trainings (hundreds of participants), use breakout groups by school "
                    "level and give each group a printed set of the lesson plans. Make sure every "
                    "teacher leaves knowing the name of their own DSL and deputy; ask them to write "
                    "these down before the break.</p>",
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "handling-a-disclosure-in-class",
            "title": "Handling a disclosure in class",
            "summary": "How to listen, what not to do, how to record the pupil's own words and report the same day.",
            "minutes": 20,
            "sensitive": True,
            "body": [
                (
                    "rich_text",
                    "<h2>What a disclosure can look like</h2>"
                    "<p>A disclosure may be direct (“someone is sending me messages I don't want”), "
                    "partial, hinted at (“what would happen if someone had sent a picture?”), made "
                    "on behalf of a “friend”, written in class work, or left in the anonymous "
                    "question box. Take every one of these seriously. Children often tell a little "
                    "to see how you react before they tell more.</p>"
                    "<h2>How to respond</h2>"
                    "<ul>"
                    "<li><b>Listen and stay calm.</b> Give the pupil your full attention in a place "
                    "that is private but visible to others. Keep your voice and face calm; shock or "
                    "anger can make a child stop talking.</li>"
                    "<li><b>Reassure.</b> “Thank you for telling me. You've done the right thing. "
                    "It's not your fault.” Don't promise things you can't control, such as "
                    "“everything will be fine”.</li>"
                    "<li><b>Don't investigate.</b> Let the pupil tell you what they want to. If you "
                    "need to clarify, use open prompts such as “Tell me more”, “Explain what you "
                    "mean” or “Describe what happened”. Don't ask leading questions (“Was it your "
                    "cousin?”), don't ask to see images or messages, don't search devices, and don't "
                    "contact the person involved or the family yourself.</li>"
                    "<li><b>Don't promise confidentiality.</b> Explain that you will have to tell "
                    "the person at school whose job is to keep children safe, and that you will let "
                    "them know what happens next.</li>"
                    "<li><b>Record.</b> Write down what was said as soon as possible, in the pupil's "
                    "own words.</li>"
                    "<li><b>Report.</b> Pass it to the DSL the same day, and immediately if the "
                    "pupil may be at risk of harm now.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Never promise to keep a secret",
                        "text": "<p>A pupil may ask “Promise you won't tell anyone?” before they "
                        "speak. Answer honestly: “I can't promise that, because if someone is "
                        "hurting you I need to get help. I will only tell people who need to "
                        "know, and I'll tell you what is happening.” A broken promise teaches "
                        "a child that adults can't be trusted; honesty keeps the door "
                        "open.</p>",
                    },
                ),
                (
                    "rich_text",
                    "<h3>What to record</h3>"
                    "<ul>"
                    "<li>Date, time and place of the conversation, and who else was present.</li>"
                    "<li>What the pupil said, in their own words as far as possible, including the "
                    "words they used for people, body parts and apps.</li>"
                    "<li>Your questions, word for word.</li>"
                    "<li>What you observed, such as distress or injuries: facts, not opinions.</li>"
                    "<li>What you did next, and when and to whom you passed the information.</li>"
                    "</ul>"
                    "<p>Sign and date the record and give it to the DSL, or enter it in the school's "
                    "safeguarding system. Don't keep personal copies, and only discuss the "
                    "disclosure with people who need to know.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "A note in the question box",
                        "situation": "<p>After a lesson on online friendships with 10-year-olds, "
                        "you find an unsigned note in the question box: “what do you do "
                        "if someone you met on a game wants you to send pictures and "
                        "says its our secret”. You think you recognise the handwriting.</p>",
                        "prompt": "What would you do?",
                        "choices": [
                            {
                                "text": "Give the note to the DSL the same day, say whose handwriting "
                                "you think it is, answer the question for the whole class next "
                                "lesson, and follow the DSL's advice.",
                                "feedback": "Best choice. The note may be a disclosure, so the DSL needs "
                                "it the same day and decides what happens next. Answering "
                                "for the whole class helps every pupil know what to do "
                                "without exposing anyone.",
                                "best": True,
                            },
                            {
                                "text": "Take the pupil aside and keep asking questions until they tell "
                                "you who the person is.",
                                "feedback": "Questioning a child for details is investigating. It is not "
                                "your role and can harm a later police investigation. Pass "
                                "your concern to the DSL, who will decide how to approach "
                                "the pupil.",
                                "best": False,
                            },
                            {
                                "text": "Ignore it, because it is anonymous and may be a joke.",
                                "feedback": "Anonymous questions are often how children test whether it "
                                "is safe to tell. Treat it as a possible concern and tell "
                                "the DSL.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Which of these is the best record of a disclosure?",
                        "choices": [
                            {
                                "text": "He said: “The man in the game told me to take my top off on "
                                "camera.” I asked: “What happened next?”",
                                "correct": True,
                                "feedback": "Yes. The pupil's own words and your exact question, "
                                "recorded as facts.",
                            },
                            {
                                "text": "Pupil appears to have been groomed by an adult online.",
                                "correct": False,
                                "feedback": "This is your interpretation, not what the pupil said. The "
                                "DSL and any later investigation need the pupil's words.",
                            },
                            {
                                "text": "Pupil told me some private things; I said I'd keep it between "
                                "us.",
                                "correct": False,
                                "feedback": "This records nothing useful, and promising secrecy is "
                                "something you must never do.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "trusted_adult",
                        "title": "You need support too",
                        "text": "<p>Hearing a disclosure can be upsetting. Once you have passed it "
                        "on, ask the DSL for a short debrief, and use your school's staff "
                        "support if it stays with you. Talking it through with the DSL is "
                        "appropriate; discussing details with other colleagues is not.</p>",
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>For teacher trainers. Timing:</b> about 20 minutes.</p>"
                    "<ul>"
                    "<li>Run a role-play in threes: a “pupil” reading a short card, a “teacher” "
                    "responding and an observer with a checklist (listen, reassure, no leading "
                    "questions, no promise of secrecy, explain next steps). Rotate roles.</li>"
                    "<li>Then ask each “teacher” to write up the disclosure in three minutes using "
                    "the recording headings, and compare records with the card. Most people "
                    "paraphrase; practise writing the child's exact words.</li>"
                    "<li>Use invented, non-graphic cards. Remind participants that some of them may "
                    "have personal experience of abuse; allow people to observe rather than "
                    "play.</li>"
                    "<li>Bring your school's actual recording form or show the safeguarding system "
                    "screen so teachers know exactly where the record goes.</li>"
                    "</ul>",
                ),
                ("get_help", {"heading": "Helplines to share with pupils"}),
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "safeguarding-referral-route",
            "title": "Your school's safeguarding referral route",
            "summary": "Who does what after a concern is raised, and what to do when the DSL is not available.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>From concern to action</h2>"
                    "<ol>"
                    "<li><b>Notice or hear a concern</b>: a disclosure, something you see or "
                    "overhear, a change in a pupil, or information from a parent or another "
                    "pupil.</li>"
                    "<li><b>If a child is in immediate danger</b>, call the police or emergency "
                    "services, then tell the DSL.</li>"
                    "<li><b>Record</b> the facts and the pupil's own words.</li>"
                    "<li><b>Tell the DSL or a deputy the same day.</b> You do not need proof; "
                    "passing on a worry is enough.</li>"
                    "<li><b>The DSL decides the next step</b>: for example, support in school, a "
                    "referral to children's social care, a report to the police, or help to "
                    "remove images. The DSL also decides whether and how parents are told, because "
                    "in some cases telling them could put the child at greater risk.</li>"
                    "<li><b>Follow up.</b> If you don't think the concern has been acted on, or the "
                    "child's situation doesn't improve, raise it again with the DSL and then with "
                    "the head teacher. In England, anyone can also make a referral to children's "
                    "social care directly.</li>"
                    "</ol>"
                    "<h3>Special situations</h3>"
                    "<ul>"
                    "<li><b>A concern about a member of staff</b> goes to the head teacher (or, if "
                    "it is about the head teacher, to the chair of governors or equivalent), not to "
                    "the DSL alone. Don't investigate or warn the colleague.</li>"
                    "<li><b>Child-on-child abuse</b>, including online bullying, harassment and "
                    "sharing images, follows the same route. Never dismiss it as “banter” or "
                    "“part of growing up”.</li>"
                    "<li><b>Harmful material online</b>: don't search for it, view it or download "
                    "it. Tell the DSL where it is (the app, the account, the web address).</li>"
                    "</ul>"
                    "<p>In England this route is set out in Keeping Children Safe in Education and "
                    "your school's child protection policy. In other countries, the names and "
                    "agencies differ, but the principles are the same: act promptly, pass concerns "
                    "to the person responsible for safeguarding, and never keep a concern to "
                    "yourself.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Know your names and numbers",
                        "text": "<p>Write down now: the names of your DSL and deputies, how to reach "
                        "them (including during school trips and outside school hours), "
                        "where the recording form or system is, and the contact details of "
                        "local children's social care and the police. Keep them somewhere "
                        "you can find them in a hurry.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The DSL is away",
                        "situation": "<p>At 2.45 pm, a 14-year-old pupil tells you that an older man "
                        "she met online is picking her up from the school gate after "
                        "school today to take her to a party. The DSL is on a training "
                        "course and not answering.</p>",
                        "prompt": "What do you do?",
                        "choices": [
                            {
                                "text": "Contact a deputy DSL at once; if no one is available, contact "
                                "children's social care or the police yourself. Keep the pupil "
                                "safely in school meanwhile, then record what happened and "
                                "inform the DSL.",
                                "feedback": "Best choice. A risk this afternoon cannot wait for the DSL "
                                "to return. Anyone can make a referral when a child is at "
                                "risk. Keep her safe, act now and record every step you "
                                "took.",
                                "best": True,
                            },
                            {
                                "text": "Email the DSL and wait for a reply tomorrow.",
                                "feedback": "The risk is today. Same-day reporting is the minimum; when "
                                "there is an immediate risk you must act at once through a "
                                "deputy, children's social care or the police.",
                                "best": False,
                            },
                            {
                                "text": "Phone the pupil's parents and leave it to them.",
                                "feedback": "Parents may well need to be involved, but that decision "
                                "belongs to the safeguarding lead or social care, and it "
                                "doesn't replace a referral. Speak to a deputy DSL or the "
                                "authorities first.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "When should a safeguarding concern reach the DSL?",
                        "choices": [
                            {
                                "text": "The same day, and immediately if the child may be in danger.",
                                "correct": True,
                                "feedback": "Correct. Delays can leave a child at risk and allow "
                                "evidence to be lost.",
                            },
                            {
                                "text": "At the next weekly staff meeting.",
                                "correct": False,
                                "feedback": "Far too late, and a staff meeting is not a confidential "
                                "place to share a safeguarding concern.",
                            },
                            {
                                "text": "Only once you are sure abuse has happened.",
                                "correct": False,
                                "feedback": "You don't need proof. Pass on your concern; deciding what "
                                "it means is the DSL's job.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>For teacher trainers. Timing:</b> about 15 minutes.</p>"
                    "<ul>"
                    "<li>Draw the school's real referral route on a flipchart with participants, "
                    "filling in actual names, phone numbers and the recording system. If you are "
                    "training teachers from many schools, give each school a blank flowchart to "
                    "complete and take back.</li>"
                    "<li>Run the “DSL is away” scenario as a timed exercise: groups have two "
                    "minutes to decide who they would call, in what order.</li>"
                    "<li>Invite the DSL to present this lesson if possible; hearing what happens "
                    "after a referral builds teachers' confidence to make one.</li>"
                    "<li>Adapt the terms to your country's system (for example, the name of the "
                    "child protection agency) before the session.</li>"
                    "</ul>",
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "nude-image-sharing-incidents",
            "title": "Responding to nude image sharing between pupils",
            "summary": "What to do, and not do, when you learn that nude or semi-nude images of pupils are being shared.",
            "minutes": 20,
            "sensitive": True,
            "body": [
                (
                    "rich_text",
                    "<h2>What we mean</h2>"
                    "<p>“Sharing nudes and semi-nudes” means children and young people under 18 "
                    "creating or sharing nude or semi-nude images, videos or live streams, whether "
                    "through social media, messaging apps, games or device-to-device sharing. "
                    "Motivations vary: some images are shared within a relationship, some under "
                    "pressure, some through grooming or sextortion, and some are forwarded to "
                    "humiliate. Creating or sharing sexual images of under-18s is illegal in many "
                    "countries, but national guidance such as the UKCIS advice for education "
                    "settings aims to safeguard the young people involved and avoid unnecessarily "
                    "criminalising them.</p>"
                    "<p><b>If an adult is involved</b> (an adult has asked for, received or shared "
                    "images of a pupil), this is child sexual abuse, not a peer incident. The DSL "
                    "must refer it to the police urgently.</p>"
                    "<h2>If an incident comes to your attention</h2>"
                    "<ul>"
                    "<li>Report it to the DSL immediately.</li>"
                    "<li><b>Never view, copy, print, share, store or save the imagery</b>, and never "
                    "ask a pupil to show it to you or send it. If you see it by accident, for "
                    "example because a pupil shows it to you before you can stop them, tell the "
                    "DSL.</li>"
                    "<li>Don't delete the imagery or ask pupils to delete it, and don't search or "
                    "confiscate devices yourself. The DSL decides how devices and images are "
                    "handled, in line with national guidance.</li>"
                    "<li>Don't ask the pupils involved for details about the imagery; that is the "
                    "DSL's role.</li>"
                    "<li>Don't share information about the incident with other staff, pupils or "
                    "parents.</li>"
                    "<li>Don't say or do anything that blames or shames the young people "
                    "involved.</li>"
                    "<li>Explain to the pupil that you have to tell the DSL and that they will be "
                    "given support.</li>"
                    "</ul>"
                    "<h3>What the DSL does next</h3>"
                    "<p>Following the UKCIS advice, the DSL holds an initial review, talks to the "
                    "young people involved, and assesses risk. Referral to the police or children's "
                    "social care is needed straight away if, for example, an adult is involved, "
                    "there is coercion, blackmail or grooming, a pupil is under 13, the imagery "
                    "shows acts unusual for the child's development or involves violence, there are "
                    "concerns about a pupil's capacity to consent, or a pupil is at immediate risk "
                    "of harm. Parents are usually informed unless that would put the child at "
                    "risk. The DSL can also help the young person use "
                    '<a href="https://www.childline.org.uk/remove">Report Remove</a> or '
                    '<a href="https://takeitdown.ncmec.org">Take It Down</a> to get images removed. '
                    "Read the full advice: "
                    '<a href="https://www.gov.uk/government/publications/sharing-nudes-and-semi-nudes-advice-for-education-settings-working-with-children-and-young-people">'
                    "Sharing nudes and semi-nudes: advice for education settings</a>.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Viewing or forwarding can itself cause harm",
                        "text": "<p>Looking at, copying or forwarding a sexual image of a child, even "
                        "“to check” or “as evidence”, can be an offence and adds to the harm "
                        "done to the young person in the image. Only the DSL, in exceptional "
                        "circumstances and in line with national guidance, should ever make a "
                        "decision about viewing, and even then it is rarely necessary.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "A group chat",
                        "situation": "<p>Two 15-year-old boys come to you at break. They say a nude "
                        "photo of a girl in their year is going round a class group "
                        "chat, and one of them holds out his phone: “Look, this is "
                        "it.”</p>",
                        "prompt": "What would you do?",
                        "choices": [
                            {
                                "text": "Tell him not to show you, thank them both for telling you, ask "
                                "them not to forward it, and take them to the DSL straight away, "
                                "reassuring them they have done the right thing.",
                                "feedback": "Best choice. You avoid viewing the image, you stop further "
                                "sharing, and the DSL can act quickly to support the girl, "
                                "manage devices and decide on referrals. The boys are "
                                "bystanders who did the right thing, so praise them for it.",
                                "best": True,
                            },
                            {
                                "text": "Look at the photo so you can tell the DSL who it is.",
                                "feedback": "Don't view the image. The boys can tell the DSL who they "
                                "believe it is. Viewing it harms the girl's privacy further "
                                "and may break the law.",
                                "best": False,
                            },
                            {
                                "text": "Take his phone, delete the photo and tell the group chat to "
                                "delete it too.",
                                "feedback": "Deleting destroys information the DSL and police may need "
                                "and doesn't stop copies already shared. Messaging the group "
                                "also spreads news of the incident. Leave devices and images "
                                "to the DSL.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "A pupil tells you that an adult has been asking them for nude pictures. How should this be treated?",
                        "choices": [
                            {
                                "text": "As child sexual abuse: tell the DSL immediately so the police "
                                "can be informed urgently.",
                                "correct": True,
                                "feedback": "Correct. Any adult asking a child for sexual images is "
                                "committing abuse; the peer-incident approach does not "
                                "apply.",
                            },
                            {
                                "text": "As a peer incident to be managed within school.",
                                "correct": False,
                                "feedback": "Peer-incident guidance covers under-18s sharing with each "
                                "other. Adult involvement always needs an urgent police "
                                "referral through the DSL.",
                            },
                            {
                                "text": "As a private matter for the pupil's parents.",
                                "correct": False,
                                "feedback": "Parents may be informed by the DSL, but the school must "
                                "act on a child protection concern of this kind.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>For teacher trainers. Timing:</b> about 20 minutes.</p>"
                    "<ul>"
                    "<li>Never use real images or realistic descriptions in training. The group-chat "
                    "scenario and the one-page staff summary of the national guidance are "
                    "enough.</li>"
                    "<li>Practise the first sentence: “Please don't show me, and don't send it to "
                    "anyone. Thank you for telling me; we're going to the DSL now.” Teachers who "
                    "have rehearsed it are far less likely to look at an image by reflex.</li>"
                    "<li>Ask the DSL to explain the school's procedure for devices, including who "
                    "may search or hold a device and how it is stored.</li>"
                    "<li>Outside England, replace the UKCIS references with your national guidance "
                    "(Wales and Scotland have their own; many other countries have police or "
                    "education ministry guidance). Check what the law says about young people who "
                    "share images, so you can explain it accurately without frightening "
                    "pupils.</li>"
                    "</ul>",
                ),
                ("get_help", {"heading": "Reporting and image removal"}),
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "using-results-to-adapt-teaching",
            "title": "Using the class dashboard and pre/post results",
            "summary": "Reading knowledge, attitude and practice results and deciding what to teach next.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>What the pre- and post-test measure</h2>"
                    "<p>Pupils take the same test before the first lesson and after the last. The "
                    "change between them shows what shifted, and for whom. Items fall into three "
                    "domains:</p>"
                    "<ul>"
                    "<li><b>Knowledge (K):</b> for example, knowing that a pupil will not be in "
                    "trouble for telling, or where to report.</li>"
                    "<li><b>Attitudes (A):</b> beliefs and intentions, such as whether a victim is "
                    "to blame or whether they would tell a trusted adult.</li>"
                    "<li><b>Practices (P):</b> what pupils say they actually do, such as checking "
                    "who can see their posts.</li>"
                    "</ul>"
                    "<p>Some statements are <b>reverse-coded</b>: agreeing with them reflects a less "
                    "safe attitude or practice (for example, “It's fine to share a photo of a "
                    "friend without asking”). The dashboard flips these scores before combining "
                    "them, so a higher score always means a safer result.</p>"
                    "<h2>Reading the class dashboard</h2>"
                    "<ul>"
                    "<li><b>Check completion first.</b> If many pupils missed the pre- or "
                    "post-test, the comparison may not represent the class.</li>"
                    "<li><b>Compare domains.</b> Knowledge usually rises fastest. Attitudes and "
                    "practices change more slowly and are where most programmes fall short, so even "
                    "small gains matter.</li>"
                    "<li><b>Look at individual items.</b> An item that many pupils still get wrong "
                    "after the lessons points to a misconception to re-teach, such as believing "
                    "that deleting an account makes a threat go away.</li>"
                    "<li><b>Compare girls and boys</b> where the dashboard shows this. Boys are less "
                    "likely to report abuse or to say they would seek help, so a gap here is worth "
                    "addressing directly.</li>"
                    "<li><b>Be careful with small groups.</b> In a small class, one or two pupils "
                    "can move a percentage a long way.</li>"
                    "</ul>"
                    "<h2>Adapting your teaching</h2>"
                    "<ul>"
                    "<li>Re-teach weak knowledge items with a different method, such as a quiz "
                    "game, a poster task or a new scenario.</li>"
                    "<li>Shift attitudes through discussion of distanced scenarios, peer voices and "
                    "repetition, not lectures.</li>"
                    "<li>Make help-seeking concrete: introduce the school counsellor or DSL, show "
                    "where the helpline number is, and practise what to say.</li>"
                    "<li>Share general, anonymous findings with parents and colleagues to plan the "
                    "next step.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Use results responsibly",
                        "text": "<p>The test is a teaching tool, not a grade and not a screening tool "
                        "for abuse. Never display individual answers or single out pupils "
                        "because of their responses; honest answers depend on trust. Keep "
                        "results private to the people who need them. If something a pupil "
                        "says or does while taking the test raises a safeguarding concern, "
                        "follow your disclosure procedure as usual.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Look for the gap between knowing and doing",
                        "text": "<p>When knowledge goes up but practice doesn't, pupils know the right "
                        "answer but something stops them acting on it, often embarrassment, "
                        "fear of getting into trouble or peer norms. Ask the class, through "
                        "a fictional character: “Sam knows they should tell someone. What "
                        "might stop them?”</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The results are in",
                        "situation": "<p>Your class of 12-year-olds has completed the post-test. "
                        "Knowledge has risen from 55% to 82%. But agreement with the "
                        "statement “If someone shared a photo of me, it would be my own "
                        "fault” has barely changed, and fewer boys than girls say they "
                        "would tell a trusted adult.</p>",
                        "prompt": "What is your best next step?",
                        "choices": [
                            {
                                "text": "Plan a follow-up lesson on blame and help-seeking with distanced "
                                "scenarios featuring boys and girls, and invite the school "
                                "counsellor or DSL to explain what happens when a pupil asks for "
                                "help.",
                                "feedback": "Best choice. The results show exactly where teaching has not "
                                "landed yet: victim-blaming and help-seeking, especially "
                                "among boys. Targeted discussion and making help feel "
                                "concrete and safe are more likely to shift these than "
                                "repeating facts.",
                                "best": True,
                            },
                            {
                                "text": "Celebrate the knowledge gain and move on; attitudes can't be "
                                "taught.",
                                "feedback": "The knowledge gain is worth celebrating, but attitudes can "
                                "shift through discussion and repeated messages. Pupils who "
                                "still blame themselves may not ask for help when they need "
                                "it.",
                                "best": False,
                            },
                            {
                                "text": "Ask the boys who answered negatively to stay behind and explain "
                                "their answers.",
                                "feedback": "Singling out pupils because of their answers breaks the "
                                "trust that honest answers depend on, and they are likely to "
                                "answer differently next time. Adapt your teaching for the "
                                "whole class.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "What does it mean when an item is reverse-coded?",
                        "choices": [
                            {
                                "text": "Agreeing with it reflects a less safe attitude or practice, so "
                                "its score is flipped before results are combined.",
                                "correct": True,
                                "feedback": "Correct. Reverse-coded items stop pupils from simply "
                                "agreeing with everything, and the dashboard adjusts for them "
                                "automatically.",
                            },
                            {
                                "text": "The item is asked twice, once at the start and once at the end.",
                                "correct": False,
                                "feedback": "All items are asked at both the pre- and post-test; that is "
                                "not what reverse coding means.",
                            },
                            {
                                "text": "The item is not included in the class score.",
                                "correct": False,
                                "feedback": "Reverse-coded items are included; their scores are simply "
                                "flipped so that higher always means safer.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>For teacher trainers. Timing:</b> about 15 minutes.</p>"
                    "<ul>"
                    "<li>Use the demo class on the platform so teachers can practise on a real "
                    "dashboard without touching real pupils' data.</li>"
                    "<li>Give small groups a printed results summary with one clear pattern (for "
                    "example, a knowledge item still weak after teaching, or a gender gap in "
                    "help-seeking) and ask them to plan one 15-minute follow-up activity.</li>"
                    "<li>Discuss data protection: who in school can see results, that individual "
                    "answers are never displayed to the class, and how long data is kept under the "
                    "school's policy.</li>"
                    "<li>Where schools share a device or have poor connectivity, show how to run the "
                    "test on paper and enter results later, and stress that the same test must be "
                    "used before and after.</li>"
                    "</ul>",
                ),
            ],
        },
    ],
    "test": {
        "code": "TCH-SAFE",
        "title": "Teaching online safety and safeguarding: knowledge, attitudes and practices",
        "instructions": (
            "Complete this questionnaire before and after the course so that you and your trainer "
            "can see what changed. Answers are used to improve the training and are reported only "
            "in anonymous, combined form. For the statements, answer according to what you "
            "actually think and do. It takes about 10 minutes."
        ),
        "items": [
            {
                "code": "K01",
                "domain": "K",
                "type": "single",
                "subscale": "disclosure",
                "text": "At the end of a lesson, a pupil tells you an adult online has been asking them for pictures. Which response is right?",
                "options": [
                    {
                        "key": "A",
                        "text": "Ask detailed questions to find out who the adult is, then decide whether it is serious",
                        "correct": False,
                    },
                    {
                        "key": "B",
                        "text": "Listen calmly, don't promise secrecy, record their words and tell the DSL the same day",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "Promise to keep it secret so they feel safe, and keep an eye on them",
                        "correct": False,
                    },
                    {
                        "key": "D",
                        "text": "Ask them to show you the messages so you can check they are telling the truth",
                        "correct": False,
                    },
                ],
                "explanation": "Your role is to listen, reassure, be honest that you must pass it on, "
                "record the pupil's own words and report to the DSL the same day. "
                "Investigating, asking to see messages or promising secrecy can harm "
                "the pupil and any later investigation.",
            },
            {
                "code": "K02",
                "domain": "K",
                "type": "truefalse",
                "subscale": "disclosure",
                "text": "You should promise a pupil you will keep a disclosure secret so that they keep talking.",
                "answer": False,
                "explanation": "You cannot keep a safeguarding concern secret, so a promise would have "
                "to be broken, damaging the pupil's trust in adults. Explain honestly "
                "that you will only tell the people who need to know in order to keep "
                "them safe.",
            },
            {
                "code": "K03",
                "domain": "K",
                "type": "multi",
                "subscale": "images",
                "text": "A pupil tells you a nude image of a classmate is being shared. Which actions are correct? Choose all that apply.",
                "options": [
                    {
                        "key": "A",
                        "text": "Report it to the DSL immediately",
                        "correct": True,
                    },
                    {
                        "key": "B",
                        "text": "Ask the pupil to show you the image so you can judge how serious it is",
                        "correct": False,
                    },
                    {
                        "key": "C",
                        "text": "Do not view, copy, forward or save the image",
                        "correct": True,
                    },
                    {
                        "key": "D",
                        "text": "Tell everyone to delete it and treat the matter as closed",
                        "correct": False,
                    },
                    {
                        "key": "E",
                        "text": "Reassure the pupil that they did the right thing and will be supported",
                        "correct": True,
                    },
                ],
                "explanation": "National guidance such as the UKCIS advice is clear: report to the DSL "
                "immediately, never view, copy, share or save the imagery, don't "
                "delete it or ask pupils to delete it, and don't blame anyone. The DSL "
                "manages devices, assesses risk and decides on referrals.",
            },
            {
                "code": "K04",
                "domain": "K",
                "type": "single",
                "subscale": "teaching",
                "text": "Which is the best description of a distancing technique?",
                "options": [
                    {
                        "key": "A",
                        "text": "Discussing a fictional character's situation rather than pupils' own experiences",
                        "correct": True,
                    },
                    {
                        "key": "B",
                        "text": "Seating pupils further apart during sensitive lessons",
                        "correct": False,
                    },
                    {
                        "key": "C",
                        "text": "Teaching online safety only through online modules without discussion",
                        "correct": False,
                    },
                    {
                        "key": "D",
                        "text": "Asking pupils to describe what happened to a friend, using the friend's name",
                        "correct": False,
                    },
                ],
                "explanation": "Distancing uses fictional characters, stories and third-person "
                "questions so pupils can explore difficult situations without "
                "disclosing their own experiences in front of others. Naming a real "
                "friend is the opposite: it exposes a real child.",
            },
            {
                "code": "K05",
                "domain": "K",
                "type": "truefalse",
                "subscale": "disclosure",
                "text": "When recording a disclosure, you should write down the pupil's own words rather than your interpretation of them.",
                "answer": True,
                "explanation": "The pupil's own words, together with your exact questions, give the "
                "DSL and any later investigation an accurate account. Interpretations "
                "such as “appears to have been groomed” can be wrong and cannot be "
                "checked.",
            },
            {
                "code": "K06",
                "domain": "K",
                "type": "single",
                "subscale": "results",
                "text": "Your post-test shows knowledge rose, but the item about telling a trusted adult did not change. What is the best next step?",
                "options": [
                    {
                        "key": "A",
                        "text": "Conclude that the lessons failed and stop teaching the topic",
                        "correct": False,
                    },
                    {
                        "key": "B",
                        "text": "Plan activities that make help-seeking concrete and safe, such as meeting the DSL and practising what to say",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "Ask the pupils with low scores to explain their answers in front of the class",
                        "correct": False,
                    },
                    {
                        "key": "D",
                        "text": "Ignore the result because attitudes cannot be measured",
                        "correct": False,
                    },
                ],
                "explanation": "Knowing the right answer isn't always enough to act on it. Targeted "
                "activities that address what stops pupils seeking help are the best "
                "response. Singling out pupils would break the trust honest answers "
                "depend on.",
            },
            {
                "code": "A01",
                "domain": "A",
                "type": "likert",
                "subscale": "safeguarding-role",
                "text": "It is my responsibility to pass every safeguarding concern to the DSL, even when I am not sure it is serious.",
                "reverse": False,
            },
            {
                "code": "A02",
                "domain": "A",
                "type": "likert",
                "subscale": "blame",
                "text": "Pupils who share nude images of themselves have only themselves to blame if the images spread.",
                "reverse": True,
            },
            {
                "code": "A03",
                "domain": "A",
                "type": "likert",
                "subscale": "confidence",
                "text": "I feel confident setting ground rules that make online-safety lessons a safe space for pupils.",
                "reverse": False,
            },
            {
                "code": "P01",
                "domain": "P",
                "type": "frequency",
                "subscale": "teaching",
                "text": "How often do you agree ground rules with the class before teaching a sensitive topic?",
                "reverse": False,
            },
            {
                "code": "P02",
                "domain": "P",
                "type": "frequency",
                "subscale": "teaching",
                "text": "How often do you ask pupils to share their own experiences of online harm in front of the class?",
                "reverse": True,
            },
            {
                "code": "P03",
                "domain": "P",
                "type": "yesno",
                "subscale": "referral",
                "text": "In the past term, have you checked who your DSL and deputy DSL are and how to reach them?",
                "reverse": False,
            },
            {
                "code": "P04",
                "domain": "P",
                "type": "yesno",
                "subscale": "referral",
                "text": "In the past term, have you waited until the next day or later to pass a safeguarding concern to the DSL?",
                "reverse": True,
            },
            {
                "code": "O01",
                "domain": "A",
                "type": "open",
                "text": "Describe one change you will make to how you teach online safety or respond to concerns after this course.",
            },
        ],
    },
}
