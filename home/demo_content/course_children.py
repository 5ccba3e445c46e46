"""Demo course for children aged 8-12: "Safe and kind online".

Plain data only (see FORMAT.md). Messages follow widely used public guidance for
this age group (NSPCC, Childnet, CEOP/Thinkuknow, UNICEF): keep personal
information private, people online may not be who they say they are, spot
warning signs (secrets, gifts, photo requests, moving to private chats), be kind
online, and always tell a trusted adult. No shame, no frightening detail.
"""

# Reused in every facilitator note so the disclosure steps are always the same.
_DISCLOSURE_STEPS = (
    "<h3>If a child tells you something worrying</h3>"
    "<ol>"
    "<li><b>Listen and stay calm.</b> Let the child talk at their own pace. Your face and voice "
    "matter: avoid showing shock or anger.</li>"
    "<li><b>Reassure them.</b> Say: 'Thank you for telling me. You did the right thing. "
    "It is not your fault.'</li>"
    "<li><b>Do not promise to keep it a secret.</b> Explain kindly that you will need to tell "
    "someone whose job is to help keep children safe.</li>"
    "<li><b>Do not investigate.</b> Do not ask leading questions, do not ask the child to show "
    "you messages or images, and do not contact the other person.</li>"
    "<li><b>Write it down straight away</b> in the child's own words, with the date and time, "
    "and what you saw or did.</li>"
    "<li><b>Follow your school's safeguarding procedure</b> and tell the designated "
    "safeguarding lead the same day. If a child is in immediate danger, call the emergency "
    "services.</li>"
    "</ol>"
)

COURSE = {
    "slug": "safe-and-kind-online",
    "title": "Safe and kind online",
    "audience": "children",
    "age_min": 8,
    "age_max": 12,
    "minutes": 75,
    "topics": ["privacy", "grooming", "cyberbullying", "reporting", "wellbeing"],
    "intro": (
        "<p>The internet is a great place to play, learn, make things and chat with friends. "
        "In this course you will learn how to keep your personal information safe, how to spot "
        "tricky behaviour, how to be kind online, and how to get help when something does not "
        "feel right.</p>"
        "<p>The most important thing to remember is this: <b>if anything online makes you feel "
        "worried, scared or confused, tell a trusted adult.</b> You will not be in trouble.</p>"
    ),
    "objectives": [
        "I can say which personal information I should keep private online.",
        "I know that people I only know online may not be who they say they are.",
        "I can spot warning signs, like someone asking me to keep a secret or send a photo.",
        "I can be kind online and help someone who is being treated unkindly.",
        "I can name my trusted adults, and I know how to block, report and tell.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "my-personal-information",
            "title": "My personal information",
            "summary": "Learn which things about you are private and how to keep them safe.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>What is personal information?</h2>"
                    "<p>Personal information is anything that tells people who you are or where to "
                    "find you. For example:</p>"
                    "<ul>"
                    "<li>your full name</li>"
                    "<li>your home address</li>"
                    "<li>the name of your school</li>"
                    "<li>your phone number</li>"
                    "<li>your passwords</li>"
                    "<li>photos that show where you live or go to school, like your street or your "
                    "school uniform</li>"
                    "</ul>"
                    "<p>This information belongs to you. You get to keep it safe.</p>"
                    "<h3>Share or keep safe?</h3>"
                    "<p>Some things are fine to share, like your favourite colour, your favourite "
                    "animal or a game you like. Other things should stay private online, like your "
                    "address or your school. If you are not sure, ask a trusted adult first.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Passwords are private",
                        "text": (
                            "<p>Keep your passwords secret, even from your friends. Only the "
                            "grown-ups who look after you should know them. A good password is "
                            "long and hard to guess. One easy way is to join three random words "
                            "together.</p>"
                        ),
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "A player in your game asks: 'What school do you go to?' "
                        "What should you do?",
                        "choices": [
                            {
                                "text": "Tell them. They seem nice.",
                                "correct": False,
                                "feedback": "Even people who seem nice should not know your school. "
                                "It could help someone find you in real life. You can say "
                                "'I don't share that' or just not answer.",
                            },
                            {
                                "text": "Don't tell them. Change the subject or leave the chat, and "
                                "tell a trusted adult if it worries you.",
                                "correct": True,
                                "feedback": "Well done! Your school is personal information. You can "
                                "keep playing without sharing it.",
                            },
                            {
                                "text": "Tell them the name of the town instead.",
                                "correct": False,
                                "feedback": "Good thinking to share less, but it is still safest to "
                                "keep where you live private. You do not have to explain "
                                "why.",
                            },
                        ],
                    },
                ),
                (
                    "rich_text",
                    "<h3>Pictures can tell a story</h3>"
                    "<p>Before you share a photo, look at the background. Can you see your house "
                    "number, a street sign or your school badge? These can show people where you "
                    "are.</p>"
                    "<p>Once a picture is online, other people can copy it and share it. Ask a "
                    "trusted adult before you post pictures of yourself. Ask your friends before "
                    "you post pictures of them.</p>",
                ),
                (
                    "facilitator_notes",
                    "<h3>Timing (15 minutes)</h3>"
                    "<ul>"
                    "<li>2 min: agree ground rules. We don't use real names when we tell stories. "
                    "It's OK to pass. If you want to talk about something private, you can come and "
                    "find me afterwards.</li>"
                    "<li>5 min: read the first section aloud together.</li>"
                    "<li>5 min: 'Share or keep safe?' card sort in pairs (see below).</li>"
                    "<li>3 min: quick check and class discussion.</li>"
                    "</ul>"
                    "<h3>How to run the card sort</h3>"
                    "<p>Before the lesson, print or write cards: favourite food, full name, home "
                    "address, favourite football team, school name, password, pet's name, phone "
                    "number, favourite game, photo in school uniform. Pairs sort them into 'OK to "
                    "share' and 'Keep safe'. Some cards are 'it depends' (a pet's name is often "
                    "used in passwords, for example). Praise good reasoning rather than one right "
                    "answer. No devices are needed, so this works in classes with no internet.</p>"
                    "<p>Read text aloud for younger or less confident readers, and pair readers "
                    "with non-readers. Keep the tone positive: the internet is a good place, and "
                    "these are skills, not rules to be scared of.</p>"
                    + _DISCLOSURE_STEPS,
                ),
            ],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "people-you-only-know-online",
            "title": "People you only know online",
            "summary": "Find out why people online may not be who they say they are.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>Friends you only know online</h2>"
                    "<p>Lots of people play games and chat online. Many of them are kind. But when "
                    "you only know someone online, you cannot be sure who they really are.</p>"
                    "<p>Anyone can use a made-up name and a picture that is not them. Someone who "
                    "says they are 11 could be much older.</p>"
                    "<h3>Three safe habits</h3>"
                    "<ol>"
                    "<li>Keep your personal information private.</li>"
                    "<li>Never agree to meet someone you only know online. If someone asks, tell a "
                    "trusted adult.</li>"
                    "<li>If a chat makes you feel funny, worried or uncomfortable, stop and tell a "
                    "trusted adult.</li>"
                    "</ol>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "If someone asks to meet you",
                        "text": (
                            "<p>Never go to meet someone you only know online. If someone asks "
                            "to meet you, or asks where you live, tell a trusted adult straight "
                            "away. You will not be in trouble.</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "A photo request in a game",
                        "situation": (
                            "<p>Sam is 10. Sam plays a building game every day after school. A "
                            "player called StarBuilder has been really friendly for two weeks.</p>"
                            "<p>Today StarBuilder writes: 'You're my best friend in this game. Send "
                            "me a photo of you so I know what you look like. Don't tell your mum, "
                            "she won't get it.'</p>"
                        ),
                        "prompt": "What should Sam do?",
                        "choices": [
                            {
                                "text": "Send a photo. StarBuilder has been friendly for ages.",
                                "feedback": "It makes sense that Sam likes StarBuilder. But a real "
                                "friend would not ask Sam to keep secrets from a parent. "
                                "Photos sent online can be copied and shared, so Sam "
                                "should not send one.",
                                "best": False,
                            },
                            {
                                "text": "Don't send a photo. Stop chatting, block and report "
                                "StarBuilder, and tell a trusted adult.",
                                "feedback": "Great choice! Asking for a photo and asking Sam to keep "
                                "it secret are both warning signs. Sam has done nothing "
                                "wrong. A trusted adult can help Sam save the messages and "
                                "report the player.",
                                "best": True,
                            },
                            {
                                "text": "Send a picture of a cartoon instead and keep chatting.",
                                "feedback": "That is clever thinking, but StarBuilder is still asking "
                                "Sam to keep a secret from a parent. That is a warning "
                                "sign. The safest thing is to stop chatting and tell a "
                                "trusted adult.",
                                "best": False,
                            },
                            {
                                "text": "Keep it a secret so Sam is not told to stop playing.",
                                "feedback": "Sam might worry about losing the game, and that is a real "
                                "feeling. But secrets like this should always be told. "
                                "Sam will not be in trouble for telling.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Can you always tell how old someone is online?",
                        "choices": [
                            {
                                "text": "Yes, it says their age on their profile.",
                                "correct": False,
                                "feedback": "A profile can say anything. People can type any age and "
                                "use any picture.",
                            },
                            {
                                "text": "No, people can pretend to be someone else.",
                                "correct": True,
                                "feedback": "That's right. This is why we keep personal information "
                                "private and tell a trusted adult if a chat feels "
                                "wrong.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<h3>Timing (15 minutes)</h3>"
                    "<ul>"
                    "<li>4 min: read 'Friends you only know online' and the three safe habits.</li>"
                    "<li>8 min: the scenario. Read it aloud. Give each answer a corner of the room "
                    "(or use fingers 1 to 4) and let children choose. Ask one or two children per "
                    "corner why they chose it, then read the feedback.</li>"
                    "<li>3 min: quick check and recap of the three habits.</li>"
                    "</ul>"
                    "<h3>Tips</h3>"
                    "<p>Many children have friends they met through games, and most of those "
                    "friendships are fine. Do not shame children who chat online; focus on the "
                    "warning signs (secrets, photo requests, meeting up) and on telling. Point out "
                    "the exact words that are warning signs: 'Don't tell your mum' and 'Send me a "
                    "photo'. Keep examples non-sexual and non-graphic for this age group.</p>"
                    "<p>If a child says they have already sent a photo or met someone, thank them "
                    "calmly, do not discuss it in front of the class, and follow the steps "
                    "below.</p>" + _DISCLOSURE_STEPS,
                ),
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "spotting-tricky-behaviour",
            "title": "Spotting tricky behaviour",
            "summary": "Learn the warning signs that someone online is trying to trick you.",
            "minutes": 15,
            "sensitive": True,
            "body": [
                (
                    "rich_text",
                    "<h2>Spotting tricky behaviour</h2>"
                    "<p>Most people online are kind. But a few people try to trick children. They "
                    "are often very nice at first, so that the child trusts them. This is called "
                    "grooming.</p>"
                    "<h3>Warning signs</h3>"
                    "<ul>"
                    "<li>They ask you to keep your chats a secret.</li>"
                    "<li>They give you presents, like game coins, skins or gift cards.</li>"
                    "<li>They ask for photos or videos of you.</li>"
                    "<li>They want to chat somewhere more private, like a different app.</li>"
                    "<li>They say things like 'Nobody understands you like I do.'</li>"
                    "<li>They ask questions about your body, or tell jokes that make you feel "
                    "uncomfortable.</li>"
                    "<li>They ask to meet you.</li>"
                    "</ul>"
                    "<p>If you notice any of these, it is not your fault. Stop chatting and tell a "
                    "trusted adult.</p>",
                ),
                (
                    "rich_text",
                    "<h3>Good secrets and bad secrets</h3>"
                    "<p>A good secret is a happy surprise that everyone will find out about soon, "
                    "like a birthday present.</p>"
                    "<p>A bad secret makes you feel worried, scared or confused. Nobody should ask "
                    "you to keep a bad secret. You can always tell a trusted adult, even if you "
                    "promised not to.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "Free coins and a secret",
                        "situation": (
                            "<p>Aisha is 9. A player she has never met sends her 500 free game "
                            "coins.</p>"
                            "<p>Then the player writes: 'That was a gift just for you. Let's chat on "
                            "a different app where nobody can see. This is our secret, OK?'</p>"
                        ),
                        "prompt": "What would you do if you were Aisha?",
                        "choices": [
                            {
                                "text": "Say thank you and move to the other app.",
                                "feedback": "Saying thank you is polite. But moving to a private app "
                                "is a warning sign. Gifts can be used to make children "
                                "feel they owe someone something. Aisha does not owe this "
                                "player anything.",
                                "best": False,
                            },
                            {
                                "text": "Don't move to the other app. Tell a trusted adult about the "
                                "gift and the secret, and report the player.",
                                "feedback": "Yes! Aisha is not in trouble for getting a gift. A "
                                "trusted adult can help her report the player and decide "
                                "what to do about the coins.",
                                "best": True,
                            },
                            {
                                "text": "Keep the coins and the secret, but stay in the game chat.",
                                "feedback": "Not moving apps is a good step. But the secret is the "
                                "problem. A bad secret should always be told. Telling a "
                                "trusted adult keeps Aisha safe.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "trusted_adult",
                        "title": "It is never your fault",
                        "text": (
                            "<p>If someone online has tricked you, asked you for photos or made "
                            "you feel scared, it is never your fault. Even if you said yes to "
                            "something. Even if you broke a rule. Tell a trusted adult. They "
                            "will want to help you.</p>"
                        ),
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Which of these is a warning sign?",
                        "choices": [
                            {
                                "text": "A player says 'good game' at the end of a match.",
                                "correct": False,
                                "feedback": "That is friendly and normal in games.",
                            },
                            {
                                "text": "A player asks you to keep your chats secret from your family.",
                                "correct": True,
                                "feedback": "Yes. Asking you to keep secrets is a warning sign. Tell "
                                "a trusted adult.",
                            },
                            {
                                "text": "A player asks which level you have reached.",
                                "correct": False,
                                "feedback": "Talking about the game is usually fine. Just keep your "
                                "personal information private.",
                            },
                        ],
                    },
                ),
                ("get_help", {"heading": "Who can help"}),
                (
                    "facilitator_notes",
                    "<h3>Before the lesson</h3>"
                    "<p>This lesson is about grooming, a form of abuse. Tell your designated "
                    "safeguarding lead when you will teach it, and ask whether any child in the "
                    "class is known to be affected so you can prepare (for example, a quiet "
                    "conversation beforehand). Plan where a child can go if they need a break, "
                    "and who will be with them.</p>"
                    "<h3>Timing (15 minutes)</h3>"
                    "<ul>"
                    "<li>4 min: warning signs. Read them aloud; ask children to put a thumb up "
                    "when they hear one they already knew.</li>"
                    "<li>3 min: good secrets and bad secrets. Ask for examples of good surprises "
                    "(birthday present, party).</li>"
                    "<li>5 min: scenario in small groups, then share answers.</li>"
                    "<li>3 min: quick check, then show where to find help on the screen or on a "
                    "printed poster.</li>"
                    "</ul>"
                    "<h3>How to talk about it</h3>"
                    "<p>Use the characters (Sam, Aisha) so that no child has to talk about their "
                    "own life. Never ask the class 'Has this happened to anyone?'. Keep language "
                    "simple and non-graphic. Repeat often: it is never the child's fault, and "
                    "they will not be in trouble for telling. Avoid phrases such as 'stranger "
                    "danger' on their own: people who groom children can also be people the child "
                    "knows.</p>"
                    "<p>At the end, remind children who they can talk to, in school and at home, "
                    "and watch for any child who becomes quiet or upset. Check in with them "
                    "privately afterwards.</p>" + _DISCLOSURE_STEPS,
                ),
            ],
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "being-kind-online",
            "title": "Being kind online",
            "summary": "Understand cyberbullying and how to be an upstander.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>What is cyberbullying?</h2>"
                    "<p>Cyberbullying is when someone uses phones, games or the internet to hurt, "
                    "scare or embarrass someone, usually again and again. It can be:</p>"
                    "<ul>"
                    "<li>sending mean messages or comments</li>"
                    "<li>leaving someone out of a group or game on purpose</li>"
                    "<li>sharing embarrassing pictures of someone</li>"
                    "<li>spreading rumours or lies</li>"
                    "</ul>"
                    "<h3>If it happens to you</h3>"
                    "<ul>"
                    "<li>Don't reply to mean messages.</li>"
                    "<li>Ask a trusted adult to help you save the messages, so you can show what "
                    "happened.</li>"
                    "<li>Block the person and use the report button.</li>"
                    "<li>Tell a trusted adult. You do not have to deal with it on your own.</li>"
                    "</ul>"
                    "<h3>Be an upstander</h3>"
                    "<p>An upstander is someone who helps. You can send a kind message to the person "
                    "being hurt, refuse to share or 'like' unkind posts, and tell a trusted "
                    "adult.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Think before you send",
                        "text": (
                            "<p>Before you post or send something, ask yourself: Is it true? Is "
                            "it kind? Would I say it to their face? Would I be happy for a "
                            "grown-up I trust to see it?</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "A photo in the class chat",
                        "situation": (
                            "<p>In a class group chat, someone posts a silly photo of Leo that he did "
                            "not want shared. Lots of people add laughing faces. Someone writes: "
                            "'Send it to everyone!'</p>"
                        ),
                        "prompt": "What could you do?",
                        "choices": [
                            {
                                "text": "Share it. Everyone else is laughing.",
                                "feedback": "It can feel hard to be the only one not joining in. But "
                                "sharing the photo would spread it further and hurt Leo "
                                "more.",
                                "best": False,
                            },
                            {
                                "text": "Don't share it. Send Leo a kind message and tell a trusted "
                                "adult.",
                                "feedback": "That is what an upstander does. Leo will know someone is "
                                "on his side, and a trusted adult can help get the photo "
                                "taken down.",
                                "best": True,
                            },
                            {
                                "text": "Say nothing and leave the chat.",
                                "feedback": "Not joining in is a good start. But Leo may still feel "
                                "alone, and the photo is still there. Telling a trusted "
                                "adult helps stop it.",
                                "best": False,
                            },
                            {
                                "text": "Post something mean about the person who shared it.",
                                "feedback": "It is good that you want to stand up for Leo. But being "
                                "unkind back can make things worse. A kind message to Leo "
                                "and telling an adult works better.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Someone keeps sending you mean messages in a game. What is the "
                        "best thing to do?",
                        "choices": [
                            {
                                "text": "Send mean messages back so they stop.",
                                "correct": False,
                                "feedback": "Replying can make it go on for longer. It is better not "
                                "to reply.",
                            },
                            {
                                "text": "Don't reply. Block and report them, and tell a trusted adult.",
                                "correct": True,
                                "feedback": "Yes. Blocking stops the messages, reporting tells the "
                                "game, and a trusted adult can help you.",
                            },
                            {
                                "text": "Stop playing and keep it to yourself.",
                                "correct": False,
                                "feedback": "You should not have to stop doing something you enjoy, "
                                "and you do not have to deal with this alone. Tell a "
                                "trusted adult.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<h3>Timing (15 minutes)</h3>"
                    "<ul>"
                    "<li>4 min: what cyberbullying is. Ask children how it might feel to be left "
                    "out of a group chat on purpose.</li>"
                    "<li>6 min: scenario. In pairs, children practise a short kind message to Leo "
                    "and a sentence to tell an adult ('Something unkind is happening in the class "
                    "chat and I need help').</li>"
                    "<li>5 min: quick check and 'Think before you send' questions.</li>"
                    "</ul>"
                    "<h3>Tips</h3>"
                    "<p>Do not use real incidents from your class or school. Link the lesson to your "
                    "school's anti-bullying policy and tell children who deals with bullying. "
                    "Children who have been unkind online also need support and a chance to put "
                    "things right; avoid labelling anyone as 'a bully'.</p>"
                    "<p>If a child tells you they are being bullied, take it seriously and follow "
                    "your anti-bullying procedure. If what they describe involves threats, sexual "
                    "content, an adult, or a child at risk of harm, treat it as a safeguarding "
                    "concern and follow the steps below.</p>" + _DISCLOSURE_STEPS,
                ),
            ],
        },
        # ------------------------------------------------------------------ 5
        {
            "slug": "telling-and-reporting",
            "title": "Telling a trusted adult and reporting",
            "summary": "Name your trusted adults and learn how to block, report and tell.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>Who are my trusted adults?</h2>"
                    "<p>A trusted adult is a grown-up who listens to you, believes you and helps you "
                    "stay safe. It could be a parent or carer, a grandparent, an aunt or uncle, a "
                    "teacher, a school counsellor or a sports coach.</p>"
                    "<h3>My helping hand</h3>"
                    "<p>Draw around your hand. On each finger, write the name of one trusted adult. "
                    "Try to include someone at home and someone at school. Now you have five people "
                    "you can go to.</p>"
                    "<h3>How to tell</h3>"
                    "<ul>"
                    "<li>Choose a time when the adult can listen.</li>"
                    "<li>You can say: 'Something happened online and I need help.'</li>"
                    "<li>If it is hard to say out loud, you can write it down or show them the "
                    "screen.</li>"
                    "<li>If the first adult does not help, keep telling until someone does.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "trusted_adult",
                        "title": "You can always tell",
                        "text": (
                            "<p>You will not be in trouble for telling, even if you were on a "
                            "game or app you were not allowed to use. Keeping you safe is the "
                            "most important thing.</p>"
                        ),
                    },
                ),
                (
                    "rich_text",
                    "<h2>Block and report</h2>"
                    "<p>Most games and apps have a <b>block</b> button and a <b>report</b> button.</p>"
                    "<ul>"
                    "<li><b>Blocking</b> stops a person from contacting you.</li>"
                    "<li><b>Reporting</b> tells the game or app that something is wrong, so they "
                    "can check it.</li>"
                    "</ul>"
                    "<p>Ask a trusted adult to show you where these buttons are in the games and "
                    "apps you use.</p>"
                    "<p>You can also call or message a children's helpline. Helplines are for "
                    "children, and the people there are kind and trained to help. You can find the "
                    "helplines for your country below.</p>",
                ),
                (
                    "quick_check",
                    {
                        "question": "You tried to tell a trusted adult, but they were too busy to "
                        "listen. What should you do?",
                        "choices": [
                            {
                                "text": "Give up and keep it to yourself.",
                                "correct": False,
                                "feedback": "Please don't give up. What happened to you matters.",
                            },
                            {
                                "text": "Try again later, or tell another trusted adult from your "
                                "helping hand.",
                                "correct": True,
                                "feedback": "Yes! Keep telling until someone helps. You can also call "
                                "a children's helpline.",
                            },
                        ],
                    },
                ),
                ("get_help", {"heading": "Who can help"}),
                (
                    "facilitator_notes",
                    "<h3>Timing (15 minutes)</h3>"
                    "<ul>"
                    "<li>6 min: 'My helping hand'. Children draw around their hand and write or "
                    "draw five trusted adults. Have paper and pencils ready.</li>"
                    "<li>4 min: practise telling. In pairs, one child says 'Something happened "
                    "online and I need help', the other practises being a good listener.</li>"
                    "<li>3 min: block and report. If you have a device and projector, show where "
                    "these buttons are in one app the children know; if not, draw them on the "
                    "board.</li>"
                    "<li>2 min: show the helpline numbers for your country and put them on a "
                    "poster in the classroom.</li>"
                    "</ul>"
                    "<h3>Tips</h3>"
                    "<p>Encourage children to include at least one adult outside their home, in "
                    "case the worry is about someone at home. Let children keep their helping hand "
                    "private if they prefer. Some children may not be able to name five adults; "
                    "help them find people in school. End on a positive note: the internet is a "
                    "great place, and knowing how to get help makes it better.</p>"
                    "<p>This lesson often prompts children to tell. Make time at the end when "
                    "children can talk to you privately.</p>" + _DISCLOSURE_STEPS,
                ),
            ],
        },
    ],
    "test": {
        "code": "CH-SAFE",
        "title": "Safe and kind online: what I know and do",
        "instructions": (
            "This is not a test you can pass or fail. It helps us find out what you know and how "
            "you feel about being online. Read each question, or ask your teacher to read it to "
            "you. Choose the answer you think is right. For the questions about what you feel "
            "and what you do, there are no right or wrong answers: just choose what is true for "
            "you."
        ),
        "items": [
            # ---- Knowledge
            {
                "code": "K01",
                "domain": "K",
                "type": "single",
                "subscale": "privacy",
                "text": "Which of these should you keep private online?",
                "options": [
                    {"key": "A", "text": "Your favourite colour", "correct": False},
                    {"key": "B", "text": "Your home address", "correct": True},
                    {"key": "C", "text": "Your favourite animal", "correct": False},
                    {"key": "D", "text": "A game you like to play", "correct": False},
                ],
                "explanation": "Your home address tells people where to find you in real life, so "
                "it is personal information that you keep private. Your favourite "
                "colour, animal or game do not show where you are, so they are "
                "usually fine to share.",
            },
            {
                "code": "K02",
                "domain": "K",
                "type": "multi",
                "subscale": "grooming",
                "text": "Someone you only know online does these things. Which are warning signs? "
                "Choose all that apply.",
                "options": [
                    {
                        "key": "A",
                        "text": "Asks you to keep your chats a secret",
                        "correct": True,
                    },
                    {
                        "key": "B",
                        "text": "Asks you to send a photo of yourself",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "Says 'good game' at the end of a match",
                        "correct": False,
                    },
                    {
                        "key": "D",
                        "text": "Gives you free game coins and wants something back",
                        "correct": True,
                    },
                    {
                        "key": "E",
                        "text": "Asks you to chat on a different, private app",
                        "correct": True,
                    },
                ],
                "explanation": "Asking for secrets, asking for photos, giving gifts and moving to a "
                "private app are all ways people try to trick children. Saying "
                "'good game' is normal and friendly. If you see a warning sign, stop "
                "chatting and tell a trusted adult.",
            },
            {
                "code": "K03",
                "domain": "K",
                "type": "truefalse",
                "subscale": "grooming",
                "text": "People online are always who they say they are.",
                "answer": False,
                "explanation": "False. Anyone can use a made-up name, age or picture online. That "
                "is why we keep personal information private and tell a trusted "
                "adult if a chat feels wrong.",
            },
            {
                "code": "K04",
                "domain": "K",
                "type": "single",
                "subscale": "reporting",
                "text": "A message online makes you feel worried. What is the best thing to do?",
                "options": [
                    {
                        "key": "A",
                        "text": "Reply with an angry message",
                        "correct": False,
                    },
                    {"key": "B", "text": "Keep it a secret", "correct": False},
                    {"key": "C", "text": "Tell a trusted adult", "correct": True},
                    {
                        "key": "D",
                        "text": "Forget about it and keep chatting",
                        "correct": False,
                    },
                ],
                "explanation": "A trusted adult can help you work out what to do, like saving the "
                "message, blocking and reporting. You will not be in trouble for "
                "telling.",
            },
            {
                "code": "K05",
                "domain": "K",
                "type": "truefalse",
                "subscale": "cyberbullying",
                "text": "Posting mean comments about someone again and again in a game chat can be "
                "bullying.",
                "answer": True,
                "explanation": "True. Cyberbullying is when someone uses phones, games or the "
                "internet to hurt, scare or embarrass someone, usually again and "
                "again. It can happen in games, chats, videos and social media.",
            },
            {
                "code": "K06",
                "domain": "K",
                "type": "multi",
                "subscale": "reporting",
                "text": "Someone online is upsetting you. Which of these can help? Choose all that "
                "apply.",
                "options": [
                    {"key": "A", "text": "Telling a trusted adult", "correct": True},
                    {"key": "B", "text": "Blocking them", "correct": True},
                    {"key": "C", "text": "Using the report button", "correct": True},
                    {
                        "key": "D",
                        "text": "Sending a mean message back",
                        "correct": False,
                    },
                    {"key": "E", "text": "Keeping it to yourself", "correct": False},
                ],
                "explanation": "Telling, blocking and reporting all help. Blocking stops the person "
                "contacting you, reporting tells the app, and a trusted adult can "
                "help. Sending mean messages back can make things worse, and you do "
                "not have to deal with it on your own.",
            },
            # ---- Attitudes
            {
                "code": "A01",
                "domain": "A",
                "type": "likert",
                "subscale": "help-seeking",
                "text": "If something online worried me, I would tell a trusted adult.",
                "reverse": False,
            },
            {
                "code": "A02",
                "domain": "A",
                "type": "likert",
                "subscale": "help-seeking",
                "text": "Telling an adult about something that happened online would only get me "
                "into trouble.",
                "reverse": True,
            },
            {
                "code": "A03",
                "domain": "A",
                "type": "likert",
                "subscale": "kindness",
                "text": "It is important to help someone who is being treated unkindly online.",
                "reverse": False,
            },
            # ---- Practices
            {
                "code": "P01",
                "domain": "P",
                "type": "frequency",
                "subscale": "privacy",
                "text": "How often do you ask a trusted adult before you post a photo of yourself "
                "online?",
                "reverse": False,
            },
            {
                "code": "P02",
                "domain": "P",
                "type": "yesno",
                "subscale": "privacy",
                "text": "In the last month, have you told someone you only know online where you "
                "live or which school you go to?",
                "reverse": True,
            },
            {
                "code": "P03",
                "domain": "P",
                "type": "frequency",
                "subscale": "contact",
                "text": "How often do you accept friend requests from people you do not know in "
                "real life?",
                "reverse": True,
            },
        ],
    },
}
