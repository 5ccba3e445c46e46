"""Demo course for parents and caregivers: supporting a child's online life.

Plain data only (see FORMAT.md). Content follows widely used public guidance
(NSPCC, UNICEF, CEOP Education, UKCIS, NCMEC, IWF/Childline).
"""

COURSE = {
    "slug": "supporting-your-child-online",
    "title": "Supporting your child's online life",
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
        "<p>Children and teenagers use games, video apps and messaging to learn, create and stay "
        "close to their friends. Most of what they do online is positive. This course is about "
        "staying close to that online life, so that if something does go wrong, you are the "
        "person your child comes to.</p>"
        "<p>You will practise curious, calm conversations, choose settings that fit your child's "
        "age, learn the warning signs of grooming, bullying and sextortion, and rehearse what to "
        "say and do if your child tells you something has happened. No technical knowledge is "
        "needed.</p>"
    ),
    "objectives": [
        "I can start relaxed, curious conversations with my child about the apps and games they use.",
        "I can choose settings and parental controls that suit my child's age and explain them openly.",
        "I can recognise warning signs of grooming, cyberbullying and sextortion.",
        "I can respond calmly and supportively if my child tells me something has happened online.",
        "I know how to keep evidence safely and where to report and get help.",
    ],
    "lessons": [
        # ------------------------------------------------------------------
        {
            "slug": "curious-not-furious",
            "title": "Talking with your child about their online life",
            "summary": "How to talk with your child about their online world with curiosity rather than suspicion.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>Why the conversation matters more than the rules</h2>"
                    "<p>Children who cope best with problems online are usually those who feel they "
                    "can tell a parent or another trusted adult without getting into trouble. Rules "
                    "and settings help, but they cannot cover every app, every friend's phone or every "
                    "situation. A relationship in which your child wants to talk to you goes "
                    "everywhere with them.</p>"
                    "<p>Positive parenting online means the same as offline: warmth, genuine interest, "
                    "clear and fair boundaries, and calm responses when things go wrong. Policing "
                    "(checking in secret, reacting with anger, banning devices at the first problem) "
                    "tends to teach children to hide things from you.</p>"
                    "<h3>Start with curiosity</h3>"
                    "<ul>"
                    "<li>Ask about what they enjoy: “What's the best thing you've seen online this "
                    "week?” or “Can you show me how this game works?”</li>"
                    "<li>Let your child be the expert. Playing a game together or watching their "
                    "favourite creator with them tells them you are interested, not inspecting.</li>"
                    "<li>Talk little and often (in the car, while cooking, at bedtime) rather than "
                    "saving everything for one big serious talk.</li>"
                    "<li>Share your own online life: a scam message you received, a post you "
                    "regretted, how you decide what to share about yourself and about them.</li>"
                    "</ul>"
                    "<h3>Adapt to your child's age</h3>"
                    "<ul>"
                    "<li><b>Under 8:</b> use devices together in shared rooms, choose apps and "
                    "videos with them, and teach one simple rule: if anything online makes you feel "
                    "worried, sad or confused, come and tell me.</li>"
                    "<li><b>8 to 12:</b> talk about personal information, people they only know "
                    "online and being kind. Agree which apps and games they use and look at them "
                    "together.</li>"
                    "<li><b>13 to 17:</b> give more privacy and responsibility while staying "
                    "interested. Talk openly about friendships, relationships, pressure to send "
                    "images, scams and where to get help, including from people other than you.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Say it out loud: you won't be in trouble",
                        "text": "<p>Tell your child directly, and more than once: “If anything ever "
                        "happens online that worries you, even if you think you broke a rule, "
                        "tell me. You won't be in trouble for telling me, and we'll sort it out "
                        "together.” Many children stay silent because they fear losing their "
                        "phone or being blamed.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The new game",
                        "situation": "<p>Your 10-year-old has been playing a new online game every "
                        "evening. You don't know much about it, and you notice they go "
                        "quiet when you walk past.</p>",
                        "prompt": "What would you do first?",
                        "choices": [
                            {
                                "text": "Sit down, ask them to show you the game and who they play with, "
                                "and have a go yourself.",
                                "feedback": "Best choice. Showing interest in the game itself opens the "
                                "door. While they show you, you can naturally ask whether "
                                "there is a chat, who they talk to and what they would do if "
                                "someone made them feel uncomfortable.",
                                "best": True,
                            },
                            {
                                "text": "Uninstall the game until you have had time to research it.",
                                "feedback": "This may feel safe, but your child learns that mentioning a "
                                "game can mean losing it. Look at it together first; if it "
                                "really is unsuitable, explain why and agree an alternative.",
                                "best": False,
                            },
                            {
                                "text": "Read their chat history while they are asleep.",
                                "feedback": "Secret checking damages trust and, if discovered, makes it "
                                "less likely your child will come to you. If you have a "
                                "specific worry, say so and look at it with them.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Which question is most likely to start an open conversation with a 12-year-old?",
                        "choices": [
                            {
                                "text": "What do you like most about that app, and who do you usually talk to on it?",
                                "correct": True,
                                "feedback": "Yes. An open question about what they enjoy shows interest "
                                "and leads naturally into who they talk to.",
                            },
                            {
                                "text": "You're not talking to strangers on there, are you?",
                                "correct": False,
                                "feedback": "This is a closed, suspicious question. Most children will "
                                "simply say “no” to avoid trouble, and the conversation ends.",
                            },
                            {
                                "text": "Why are you always on your phone?",
                                "correct": False,
                                "feedback": "This sounds like criticism, so it tends to end the "
                                "conversation rather than start it.",
                            },
                        ],
                    },
                ),
                (
                    "rich_text",
                    "<h3>Agree a family plan together</h3>"
                    "<p>A short family media agreement written together works better than rules "
                    "handed down. It can cover when and where devices are used (for example, not in "
                    "bedrooms overnight), which apps and games are fine, what to do if something goes "
                    "wrong, and what the adults will do too, such as asking before posting a child's "
                    "photo. Review it every few months and whenever your child starts using something "
                    "new.</p>",
                ),
                (
                    "facilitator_notes",
                    "<p><b>Timing:</b> about 15 minutes.</p>"
                    "<ol>"
                    "<li><b>Warm-up (3 minutes):</b> ask each parent to name one app or game their "
                    "child loves and one thing they would like to understand about it. Write the "
                    "apps up; you will use them in the next lesson.</li>"
                    "<li><b>Pairs (5 minutes):</b> one parent plays the child, the other practises "
                    "three open questions from the lesson. Swap roles. Ask: which questions made you, "
                    "as the “child”, want to keep talking?</li>"
                    "<li><b>Scenario (5 minutes):</b> vote on the choices, then discuss why the "
                    "first one works.</li>"
                    "<li><b>Close (2 minutes):</b> each parent chooses one conversation starter to "
                    "try this week.</li>"
                    "</ol>"
                    "<p>Do not ask parents to describe incidents involving their own children in "
                    "front of the group; offer to talk privately afterwards. Some parents have "
                    "limited digital skills or share one phone with their children: stress that "
                    "this lesson needs no technical knowledge at all. Where parents speak different "
                    "languages, pair them with someone who shares their language or use the "
                    "translated handout.</p>",
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "settings-and-controls",
            "title": "Settings and parental controls that fit your child's age",
            "summary": "Choosing age-appropriate settings and controls and being open with your child about them.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>What controls can and cannot do</h2>"
                    "<p>Parental controls and safety settings can reduce the chance that a young "
                    "child stumbles on harmful content, limit contact from strangers and prevent "
                    "surprise spending. They cannot teach judgement, and children can sometimes work "
                    "around them or use a friend's device. Use them as one layer of protection "
                    "alongside conversation, never as a replacement for it.</p>"
                    "<h3>Layers you can use</h3>"
                    "<ul>"
                    "<li><b>Device and app store:</b> content limits by age, approval before new apps "
                    "are downloaded, spending limits and screen-time settings.</li>"
                    "<li><b>Home network:</b> many internet providers offer free filters that block "
                    "adult content on every device connected to your home wi-fi.</li>"
                    "<li><b>Inside each app or game:</b> a private account, limits on who can "
                    "message or add them, location sharing switched off, voice and text chat with "
                    "strangers turned off in games, and the app's own family or supervision "
                    "tools.</li>"
                    "<li><b>Search and video:</b> safe search and child versions or restricted modes "
                    "of video platforms for younger children.</li>"
                    "</ul>"
                    "<h3>Check the minimum age and the chat settings</h3>"
                    "<p>Most major social media platforms set 13 as the minimum age in their terms of "
                    "service, and some features are only for older users. Age ratings for games and "
                    "apps describe the content; they do not tell you whether your child can chat "
                    "with strangers, so check contact and chat settings as well.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Secret monitoring can backfire",
                        "text": "<p>Apps that secretly read a child's messages or track them without "
                        "their knowledge can seem reassuring. But if your child finds out, and "
                        "they often do, trust is damaged and they may move to apps you don't "
                        "know about. For teenagers, secret surveillance also disregards their "
                        "growing right to privacy. If you use monitoring or location sharing, "
                        "tell your child what you use, why, and when you will review it.</p>",
                    },
                ),
                (
                    "rich_text",
                    "<h3>Transparent and age-appropriate</h3>"
                    "<ul>"
                    "<li><b>Younger children</b> need more protection: strong filters, approval for "
                    "new apps, devices used in shared rooms and contact limited to people you know "
                    "offline.</li>"
                    "<li><b>Pre-teens</b> can help choose the settings. Explain each one: “This "
                    "means only friends you've accepted can message you.”</li>"
                    "<li><b>Teenagers</b> need growing independence. Move from controls you set to "
                    "settings you agree together, and focus on their own skills: blocking, "
                    "reporting, checking privacy and knowing when to ask for help.</li>"
                    "<li>Set up new devices and accounts together, and check settings again after "
                    "app updates, which sometimes change the defaults.</li>"
                    "</ul>",
                ),
                (
                    "scenario",
                    {
                        "title": "A first phone",
                        "situation": "<p>Your 11-year-old is getting their first smartphone for the "
                        "move to secondary school. They want the messaging app that all "
                        "their friends use.</p>",
                        "prompt": "What is the best approach?",
                        "choices": [
                            {
                                "text": "Set up the phone together: agree the apps, turn on app approval "
                                "and content limits, set messaging so only saved contacts can "
                                "reach them, and explain each setting.",
                                "feedback": "Best choice. Doing it together means your child understands "
                                "why each setting is there and is more likely to keep it. "
                                "Check the messaging app's minimum age in its terms too, and "
                                "agree when you will review the settings as they grow.",
                                "best": True,
                            },
                            {
                                "text": "Install a hidden monitoring app so you can read everything "
                                "without them knowing.",
                                "feedback": "Hidden monitoring may show you what is happening, but it "
                                "damages trust when discovered and does nothing to build your "
                                "child's own skills. Be open about any controls you use.",
                                "best": False,
                            },
                            {
                                "text": "Let them set it up alone, since they know more about phones "
                                "than you do.",
                                "feedback": "Your child may know the technology, but they still need "
                                "your guidance on privacy and contact settings. Setting it up "
                                "together is also a natural moment to agree what to do if "
                                "something goes wrong.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Which statement about parental controls is accurate?",
                        "choices": [
                            {
                                "text": "They are a useful layer of protection but work best alongside "
                                "regular conversations.",
                                "correct": True,
                                "feedback": "Right. Controls reduce some risks, but your child's "
                                "willingness to talk to you is what helps when something gets "
                                "past them.",
                            },
                            {
                                "text": "Once controls are switched on, you no longer need to talk about "
                                "online risks.",
                                "correct": False,
                                "feedback": "No control catches everything, and children also go online "
                                "on other people's devices. Conversation is still essential.",
                            },
                            {
                                "text": "Controls should stay exactly the same from age 8 to 17.",
                                "correct": False,
                                "feedback": "Controls should change as your child grows: strong "
                                "protection for young children, agreed settings and "
                                "independent skills for teenagers.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "trusted_adult",
                        "title": "Your child needs more than one trusted adult",
                        "text": "<p>Help your child name at least three adults they could go to if "
                        "they couldn't talk to you, such as a relative, a teacher or a coach, "
                        "and make sure they know about the national child helpline. Teenagers "
                        "may want to talk to someone other than a parent first. That is not a "
                        "failure on your part; it is a safety net.</p>",
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>Timing:</b> about 15 minutes. If you can, make this a hands-on session: "
                    "invite parents to bring a device and walk through the safety settings of two or "
                    "three apps that were named in the warm-up of the first lesson.</p>"
                    "<ul>"
                    "<li>Check the settings menus yourself a day or two before the session; apps "
                    "change them often and out-of-date screenshots confuse people.</li>"
                    "<li>Show where to find the free network filter offered by local internet "
                    "providers, and the family or supervision tools of the most popular apps.</li>"
                    "<li>Have printed step-by-step guides for families who share one phone, have "
                    "limited data or cannot bring a device.</li>"
                    "<li>Remind parents not to go home and change a teenager's settings behind their "
                    "back; encourage them to plan a conversation and set things up together.</li>"
                    "</ul>",
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "warning-signs",
            "title": "Warning signs of grooming, bullying and sextortion",
            "summary": "Recognising changes that may mean your child is being groomed, bullied or blackmailed online.",
            "minutes": 15,
            "sensitive": True,
            "body": [
                (
                    "rich_text",
                    "<h2>Knowing what to look for</h2>"
                    "<p>Most children who are harmed online do not tell anyone straight away. They "
                    "may feel ashamed, fear losing their phone, or have been told to keep a secret. "
                    "Knowing the warning signs helps you notice when something is wrong and open a "
                    "gentle conversation. A single sign rarely proves anything, and many overlap "
                    "with ordinary ups and downs; look for changes and patterns, and trust your "
                    "sense that something is different.</p>"
                    "<h3>Grooming</h3>"
                    "<p>Grooming is when someone builds a relationship, trust and emotional "
                    "connection with a child so that they can manipulate, exploit or abuse them. "
                    "Online groomers may pretend to be a young person, or may be open about being "
                    "older and act as a mentor, boyfriend or girlfriend. Common tactics include "
                    "flattery and constant attention, gifts such as game currency, taking the "
                    "child's side against their parents, moving the chat to a private app, asking "
                    "for secrecy, and gradually introducing sexual talk or requests for images.</p>"
                    "<ul>"
                    "<li>Being secretive about a new online friend, or very protective of their "
                    "phone.</li>"
                    "<li>Gifts, money, game credits or new accounts you can't explain.</li>"
                    "<li>Talking about an older friend you have never met, or using words and ideas "
                    "that don't sound like their own.</li>"
                    "<li>Using devices late at night, or getting very upset when they can't go "
                    "online.</li>"
                    "<li>Withdrawing from family and friends; changes in mood, sleep or school "
                    "work.</li>"
                    "</ul>"
                    "<h3>Cyberbullying</h3>"
                    "<ul>"
                    "<li>Seeming upset, anxious or angry during or after using their phone or a "
                    "game.</li>"
                    "<li>Suddenly stopping using an app or game they used to love, or deleting "
                    "accounts.</li>"
                    "<li>Not wanting to go to school or join activities; losing friends.</li>"
                    "<li>Changes in sleep or appetite; talking about themselves negatively.</li>"
                    "</ul>"
                    "<h3>Sextortion</h3>"
                    "<p>Sextortion (sexual extortion) is blackmail using a nude or sexual image, "
                    "real or faked, to demand more images, sexual acts or money. A fast-growing form "
                    "is <b>financially motivated sextortion</b>, often carried out by organised "
                    "criminal groups. Offenders typically pose as a young person, quickly persuade "
                    "the child to share an image, then demand money and threaten to send the image "
                    "to friends and family, sometimes within an hour of first contact. Boys aged "
                    "about 14 to 17 have been targeted especially often, but any child can be.</p>"
                    "<ul>"
                    "<li>Sudden panic or fear after using their phone; checking it "
                    "compulsively.</li>"
                    "<li>Urgently asking for money or gift cards, or selling belongings, without a "
                    "clear reason.</li>"
                    "<li>Withdrawing, not sleeping, or saying they feel trapped or that their life "
                    "is over.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "If you are worried about your child's safety right now",
                        "text": "<p>If your child talks about wanting to hurt themselves or seems to be "
                        "in immediate danger, stay with them and call emergency services. "
                        "Sextortion in particular can make young people feel there is no way "
                        "out. Tell them clearly that there is always a way through, that they "
                        "are not in trouble, and that you will deal with it together.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "A sudden change",
                        "situation": "<p>Your 15-year-old son has been on edge for two days. He jumps "
                        "when his phone buzzes, has barely eaten, and this morning asked "
                        "to borrow money “for something urgent” but won't say what it "
                        "is for.</p>",
                        "prompt": "What would you do?",
                        "choices": [
                            {
                                "text": "Find a calm, private moment, tell him you've noticed he seems "
                                "worried, that he won't be in trouble whatever it is, and that "
                                "you want to help.",
                                "feedback": "Best choice. These could be signs of sextortion or another "
                                "serious problem. A calm, non-blaming approach makes it far "
                                "more likely he will tell you. If he describes blackmail, the "
                                "next steps are: don't pay, stop replying, save evidence, "
                                "and report.",
                                "best": True,
                            },
                            {
                                "text": "Give him the money; he's old enough to decide how to spend it.",
                                "feedback": "If he is being blackmailed, paying rarely ends it: "
                                "offenders usually come back for more. Handing over money "
                                "without talking also misses the chance to find out what is "
                                "wrong and protect him.",
                                "best": False,
                            },
                            {
                                "text": "Demand his phone and read his messages in front of him.",
                                "feedback": "Taking control like this is likely to increase his shame "
                                "and panic, and he may deny everything. Start with "
                                "reassurance and let him tell you; you can look at the "
                                "evidence together once he feels safe.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Which of these is a common tactic in financially motivated sextortion?",
                        "choices": [
                            {
                                "text": "Posing as a young person, quickly getting an image, then "
                                "demanding money with threats to share it.",
                                "correct": True,
                                "feedback": "Correct. Offenders move fast, often pretending to be a peer, "
                                "and threaten to send the image to the child's friends and "
                                "family unless they pay.",
                            },
                            {
                                "text": "Building a friendship slowly over several years before asking "
                                "for anything.",
                                "correct": False,
                                "feedback": "Some groomers do take a long time, but financially "
                                "motivated sextortion is usually very fast, sometimes less "
                                "than an hour from first message to threats.",
                            },
                            {
                                "text": "Only targeting children the offender already knows offline.",
                                "correct": False,
                                "feedback": "These offenders are usually strangers, often in another "
                                "country, who contact many young people at once.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>Timing:</b> about 15 minutes. This topic can be distressing: some parents "
                    "may have a child who has been harmed, or may have experienced abuse themselves. "
                    "Say at the start that anyone can step out at any time and that you will be "
                    "available afterwards.</p>"
                    "<ul>"
                    "<li>Keep the focus on patterns and responses, not frightening stories. Avoid "
                    "graphic detail and avoid naming local cases.</li>"
                    "<li>Stress that the signs overlap with ordinary teenage ups and downs. The aim "
                    "is to notice change and ask, not to diagnose or accuse.</li>"
                    "<li>Make sure fathers and carers of boys hear clearly that boys are frequent "
                    "targets of sextortion; many parents assume the risk is mainly to girls.</li>"
                    "<li>Have the national child helpline and police reporting details printed, and "
                    "know your organisation's safeguarding procedure in case a parent tells you about "
                    "a current concern during the session.</li>"
                    "</ul>",
                ),
                ("get_help", {"heading": "If you are worried about a child"}),
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "when-your-child-tells-you",
            "title": "When your child tells you something has happened",
            "summary": "How to respond calmly to a disclosure: listen, believe, don't blame, keep evidence safely and report.",
            "minutes": 15,
            "sensitive": True,
            "body": [
                (
                    "rich_text",
                    "<h2>The first few minutes matter</h2>"
                    "<p>How you react when your child first tells you can shape whether they keep "
                    "talking, to you and to anyone else. Children often test the water with a small "
                    "part of the story, or say “my friend has a problem”. Your calm response tells "
                    "them it is safe to say more.</p>"
                    "<h3>Listen</h3>"
                    "<ul>"
                    "<li>Stop what you are doing and give them your full attention. Let them tell "
                    "it in their own way and at their own pace.</li>"
                    "<li>Keep your face and voice calm, even if you feel shocked or angry. You can "
                    "deal with your own feelings later, with another adult.</li>"
                    "<li>Ask gentle, open questions such as “Can you tell me more?” rather than "
                    "firing off questions.</li>"
                    "</ul>"
                    "<h3>Believe and don't blame</h3>"
                    "<ul>"
                    "<li>Say: “Thank you for telling me. I believe you. This is not your "
                    "fault.”</li>"
                    "<li>Avoid “Why did you...?” questions. Even if your child broke a family rule "
                    "or sent an image, the responsibility lies with the person who manipulated, "
                    "threatened or abused them.</li>"
                    "</ul>"
                    "<h3>Don't punish</h3>"
                    "<ul>"
                    "<li>Don't take their phone away as a punishment. Children often say fear of "
                    "losing their phone is a main reason they don't tell. If a device needs to be "
                    "kept aside as evidence, explain that this is to protect them, not to punish "
                    "them.</li>"
                    "<li>Don't confront the other person or reply to them yourself. It can warn an "
                    "offender, lead to evidence being deleted and make things worse.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Keep evidence, but never copy or share images",
                        "text": "<p>Save evidence of what happened: screenshots of messages and "
                        "threats, usernames, profile links, dates and the names of the apps. "
                        "But <b>never screenshot, save, forward or show anyone a nude or "
                        "sexual image of a child</b>, even to report it. In many countries "
                        "this is a crime, and it spreads the harm. Tell the police or "
                        "reporting service that an image exists and where it is; they will "
                        "deal with it. Don't delete the chats or account before evidence has "
                        "been saved, and don't pay any blackmail demand.</p>",
                    },
                ),
                (
                    "rich_text",
                    "<h3>Then act together</h3>"
                    "<ol>"
                    "<li><b>Make them safe.</b> If there is immediate danger or a risk of self-harm, "
                    "call emergency services.</li>"
                    "<li><b>Stop contact.</b> Help your child stop replying. Once evidence is saved, "
                    "block and report the account on the platform.</li>"
                    "<li><b>Report.</b> Report grooming, sexual exploitation and sextortion to the "
                    "police or your national reporting service. Report bullying to the platform, and "
                    "to the school if classmates are involved.</li>"
                    "<li><b>Get the image removed.</b> If a nude image of your child has been shared "
                    "or threatened, removal tools can help (see the next lesson).</li>"
                    "<li><b>Keep supporting.</b> Check in over the following days and weeks, and "
                    "consider support from a child helpline or counsellor, for your child and for "
                    "you.</li>"
                    "</ol>"
                    "<p>As far as is safe, involve your child in decisions about what happens next "
                    "and explain each step. Feeling some control again is part of recovering.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "“Please don't be angry”",
                        "situation": "<p>Your 13-year-old daughter comes to you in tears. She says she "
                        "sent a photo of herself in her underwear to a boy she met in a "
                        "game, and now he says he will post it online unless she sends "
                        "more.</p>",
                        "prompt": "What do you say first?",
                        "choices": [
                            {
                                "text": "“Thank you for telling me. You're not in trouble and this is "
                                "not your fault. He is the one doing something wrong, and we'll "
                                "deal with it together.”",
                                "feedback": "Best choice. Reassurance first lets her keep talking. Next, "
                                "help her stop replying, save the chats and his username (not "
                                "the photo), report to the police or national reporting "
                                "service, and look at removal tools together.",
                                "best": True,
                            },
                            {
                                "text": "“How could you be so stupid? I told you never to talk to "
                                "strangers.”",
                                "feedback": "Blame adds to her shame and may push her to hide the next "
                                "problem, or to give in to his demands. She needs to hear "
                                "that the person threatening her is responsible.",
                                "best": False,
                            },
                            {
                                "text": "“Give me your phone. You're not having it back for a month.”",
                                "feedback": "Taking the phone as a punishment teaches her that telling "
                                "you means losing it. If the phone is needed as evidence, "
                                "say so clearly and without blame.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Your child shows you chats in which someone is threatening them. What should you save as evidence?",
                        "choices": [
                            {
                                "text": "Screenshots of the messages and threats, the username and "
                                "profile link, the app and the dates, but not any nude image.",
                                "correct": True,
                                "feedback": "Correct. These details help police and platforms act. "
                                "Never copy or forward a sexual image of a child; tell the "
                                "authorities it exists and where.",
                            },
                            {
                                "text": "Everything, including a copy of the nude image sent to your own "
                                "phone for safekeeping.",
                                "correct": False,
                                "feedback": "Copying or forwarding a sexual image of a child can be an "
                                "offence, even for a parent trying to help, and it spreads "
                                "the image further.",
                            },
                            {
                                "text": "Nothing: delete the whole account straight away so it is over.",
                                "correct": False,
                                "feedback": "Deleting removes evidence the police need and does not stop "
                                "the offender. Save the evidence first, then block and "
                                "report.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "trusted_adult",
                        "title": "You don't have to handle this alone",
                        "text": "<p>Hearing that your child has been harmed is upsetting. Talk to "
                        "another adult you trust, your child's school safeguarding lead or a "
                        "parent helpline. Looking after yourself helps you stay steady for "
                        "your child.</p>",
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>Timing:</b> about 15 minutes. The core of this lesson is practising the "
                    "first words.</p>"
                    "<ol>"
                    "<li>In pairs, one parent reads the child's lines from the scenario and the "
                    "other responds. Swap after two minutes.</li>"
                    "<li>Many parents notice their first instinct is to ask “why”. Acknowledge "
                    "this as normal and practise replacing it with “thank you for telling me”.</li>"
                    "<li>Give everyone a small card with three steps (listen, believe, act) and the "
                    "local reporting routes to keep in a wallet or on the fridge.</li>"
                    "</ol>"
                    "<p>Explain the law on images where you are working: in most countries, adults "
                    "who copy or share a sexual image of a child, even their own child and even to "
                    "report it, may commit an offence. If a parent discloses a current concern during "
                    "the session, follow your organisation's safeguarding procedure.</p>",
                ),
                ("get_help", {"heading": "Who can help"}),
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "reporting-routes",
            "title": "Where to report and get help",
            "summary": "Which service to contact for each kind of problem, and how to get an image taken down.",
            "minutes": 10,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>Reporting routes</h2>"
                    "<p>Reporting can stop harm to your child and to other children. Where to report "
                    "depends on what happened:</p>"
                    "<ul>"
                    "<li><b>A child in immediate danger:</b> call emergency services.</li>"
                    "<li><b>Grooming, sexual exploitation, sextortion or threats:</b> report to the "
                    "police. Many countries also have a specialist reporting service, for example "
                    "the CEOP Safety Centre in the UK or the "
                    '<a href="https://report.cybertip.org">NCMEC CyberTipline</a> in the United '
                    "States.</li>"
                    "<li><b>Sexual images or videos of children found online:</b> report the web "
                    "address to your national hotline. Hotlines in the "
                    '<a href="https://www.inhope.org">INHOPE network</a> assess reports and work '
                    "with police and internet companies to have the material removed; in the UK "
                    'this is the <a href="https://report.iwf.org.uk">Internet Watch '
                    "Foundation</a>.</li>"
                    "<li><b>Bullying, hateful or harmful content:</b> report and block on the "
                    "platform, and tell the school if other pupils are involved.</li>"
                    "<li><b>Scams:</b> report to the platform and your national fraud reporting "
                    "service, and contact your bank straight away if money was paid.</li>"
                    "</ul>"
                    "<h3>Getting a nude image taken down</h3>"
                    "<ul>"
                    '<li><a href="https://takeitdown.ncmec.org">Take It Down</a>, run by NCMEC, '
                    "helps remove or stop the online sharing of nude or sexual images taken when "
                    "someone was under 18. It creates a digital fingerprint (a “hash”) on your own "
                    "device, so the image itself is never uploaded, and participating platforms use "
                    "the hash to find and remove copies.</li>"
                    '<li><a href="https://www.childline.org.uk/remove">Report Remove</a>, run by '
                    "Childline and the Internet Watch Foundation, lets young people under 18 in the "
                    "UK report nude images or videos of themselves, with support from Childline "
                    "throughout.</li>"
                    "</ul>"
                    "<h3>Support</h3>"
                    "<p>Child helplines offer free, confidential support to children, and many also "
                    "advise parents. In many countries the child helpline number is 116 111. Your "
                    "child's school can also help, especially when other pupils are involved.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Look it up before you need it",
                        "text": "<p>Find your country's child helpline, police reporting route and "
                        "national hotline now, and save them in your phone. Ask your child to "
                        "show you where the report and block buttons are in the apps they "
                        "use.</p>",
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "You come across a sexual image of a child online. What should you do?",
                        "choices": [
                            {
                                "text": "Report the web address to the national hotline or the police, "
                                "without copying the image.",
                                "correct": True,
                                "feedback": "Correct. Hotlines and police can assess and remove the "
                                "material lawfully; all they need from you is where it is.",
                            },
                            {
                                "text": "Share it on your social media with a warning so other parents "
                                "know.",
                                "correct": False,
                                "feedback": "Sharing spreads the abuse further and may be an offence. "
                                "Report the address to a hotline or the police instead.",
                            },
                            {
                                "text": "Do nothing; it will probably be taken down eventually.",
                                "correct": False,
                                "feedback": "Images of child sexual abuse often stay online for a long "
                                "time unless someone reports them. Every report helps.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>Timing:</b> about 10 minutes, plus time for the post-test.</p>"
                    "<ul>"
                    "<li>Before the session, prepare a one-page local sheet with the child "
                    "helpline, the police reporting route, the national hotline (or the nearest "
                    "INHOPE member or reporting portal) and local support services. Check every "
                    "number and address yourself shortly before the session.</li>"
                    "<li>In communities with low connectivity, include phone and in-person routes: "
                    "the police station, a social worker, the school.</li>"
                    "<li>Close by asking parents to complete the post-test, including the open "
                    "question about what they will do differently. Their answers help you improve "
                    "the next session.</li>"
                    "</ul>",
                ),
                ("get_help", {"heading": "Helplines and reporting services"}),
            ],
        },
    ],
    "test": {
        "code": "PAR-SAFE",
        "title": "Supporting your child online: knowledge, attitudes and practices",
        "instructions": (
            "This short questionnaire is taken before and after the course so we can see what "
            "changed. There are no trick questions and your answers are not shared with your "
            "child or their school. For the statements, choose the answer that is true for you, "
            "not the one you think is expected. It takes about 10 minutes."
        ),
        "items": [
            {
                "code": "K01",
                "domain": "K",
                "type": "single",
                "subscale": "grooming",
                "text": "Which of these is a typical early tactic of someone grooming a child online?",
                "options": [
                    {
                        "key": "A",
                        "text": "Threatening the child in their first message",
                        "correct": False,
                    },
                    {
                        "key": "B",
                        "text": "Building trust with flattery, attention and gifts, and asking the child to keep the friendship secret",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "Asking to be introduced to the child's parents",
                        "correct": False,
                    },
                    {
                        "key": "D",
                        "text": "Only ever commenting publicly where everyone can see",
                        "correct": False,
                    },
                ],
                "explanation": "Groomers usually start by making a child feel special: attention, "
                "compliments, gifts such as game credits, and taking their side. "
                "Asking for secrecy and moving to private chats are key warning signs, "
                "because they cut the child off from adults who could help.",
            },
            {
                "code": "K02",
                "domain": "K",
                "type": "multi",
                "subscale": "warning-signs",
                "text": "Which of these could be warning signs that a child is being groomed, bullied or blackmailed online? Choose all that apply.",
                "options": [
                    {
                        "key": "A",
                        "text": "Being secretive about a new online friend you have never met",
                        "correct": True,
                    },
                    {
                        "key": "B",
                        "text": "Receiving gifts or game credits you can't explain",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "Seeming anxious or upset after using their phone",
                        "correct": True,
                    },
                    {
                        "key": "D",
                        "text": "Urgently needing money and refusing to say why",
                        "correct": True,
                    },
                    {
                        "key": "E",
                        "text": "Using an online app to practise maths homework",
                        "correct": False,
                    },
                ],
                "explanation": "Secrecy about a new contact and unexplained gifts are common in "
                "grooming; distress after using a device can point to bullying or "
                "threats; a sudden, urgent need for money can be a sign of "
                "financially motivated sextortion. Using a learning app is ordinary. "
                "No sign proves harm on its own, but each is a reason for a calm "
                "conversation.",
            },
            {
                "code": "K03",
                "domain": "K",
                "type": "truefalse",
                "subscale": "sextortion",
                "text": "If a child is being blackmailed over a nude image, paying the blackmailer is usually the quickest way to make it stop.",
                "answer": False,
                "explanation": "Paying rarely ends sextortion. Once an offender knows a family will "
                "pay, they usually demand more. The advice from police and child "
                "protection agencies is: don't pay, stop contact, save the evidence "
                "and report.",
            },
            {
                "code": "K04",
                "domain": "K",
                "type": "single",
                "subscale": "disclosure",
                "text": "Your child tells you that someone online is threatening to share a photo of them. What should you do first?",
                "options": [
                    {
                        "key": "A",
                        "text": "Take their phone away so it can't happen again",
                        "correct": False,
                    },
                    {
                        "key": "B",
                        "text": "Stay calm, listen, and tell them they are not to blame",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "Message the person yourself and threaten to go to the police",
                        "correct": False,
                    },
                    {
                        "key": "D",
                        "text": "Delete the chats and the account straight away",
                        "correct": False,
                    },
                ],
                "explanation": "Your first job is to make it safe for your child to keep talking: "
                "listen, believe them and make clear it is not their fault. Taking "
                "the phone feels like punishment, contacting the offender can make "
                "things worse, and deleting chats destroys evidence.",
            },
            {
                "code": "K05",
                "domain": "K",
                "type": "truefalse",
                "subscale": "evidence",
                "text": "To keep evidence, it is a good idea to screenshot a nude image of your child and send it to the police yourself.",
                "answer": False,
                "explanation": "Never copy, save or forward a sexual image of a child, even to "
                "report it: in many countries this is an offence and it spreads the "
                "image. Save the messages, usernames, links and dates, and tell the "
                "police or hotline where the image is.",
            },
            {
                "code": "K06",
                "domain": "K",
                "type": "single",
                "subscale": "settings",
                "text": "Which approach to parental controls best supports a 13-year-old's safety?",
                "options": [
                    {
                        "key": "A",
                        "text": "A hidden monitoring app that reads all their messages",
                        "correct": False,
                    },
                    {
                        "key": "B",
                        "text": "Settings agreed together, explained openly and reviewed as they grow",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "No settings and no conversations, to respect their privacy",
                        "correct": False,
                    },
                    {
                        "key": "D",
                        "text": "Banning all devices until they are 16",
                        "correct": False,
                    },
                ],
                "explanation": "Teenagers need protection and growing independence. Settings you "
                "agree and explain build their own skills and keep trust; secret "
                "monitoring damages trust, while no guidance at all or a total ban "
                "leaves them unprepared and less likely to come to you.",
            },
            {
                "code": "A01",
                "domain": "A",
                "type": "likert",
                "subscale": "positive-parenting",
                "text": "It is important to ask my child about the apps and games they enjoy, not only about the risks.",
                "reverse": False,
            },
            {
                "code": "A02",
                "domain": "A",
                "type": "likert",
                "subscale": "blame",
                "text": "If a child is tricked into sending a nude image, it is mostly their own fault.",
                "reverse": True,
            },
            {
                "code": "A03",
                "domain": "A",
                "type": "likert",
                "subscale": "disclosure",
                "text": "Taking away a child's phone is the best response when they tell you about a problem online.",
                "reverse": True,
            },
            {
                "code": "P01",
                "domain": "P",
                "type": "frequency",
                "subscale": "communication",
                "text": "How often do you talk with your child about what they do online?",
                "reverse": False,
            },
            {
                "code": "P02",
                "domain": "P",
                "type": "frequency",
                "subscale": "settings",
                "text": "How often do you check or change your child's settings or messages without telling them?",
                "reverse": True,
            },
            {
                "code": "P03",
                "domain": "P",
                "type": "yesno",
                "subscale": "settings",
                "text": "In the last month, have you looked at privacy or safety settings together with your child?",
                "reverse": False,
            },
            {
                "code": "P04",
                "domain": "P",
                "type": "yesno",
                "subscale": "privacy",
                "text": "In the last month, have you posted a photo of your child publicly online showing their full name, school or location?",
                "reverse": True,
            },
            {
                "code": "O01",
                "domain": "A",
                "type": "open",
                "text": "What is one thing you will do differently to support your child online after this course?",
            },
        ],
    },
}
