"""Demo course for teens aged 13-17: "Your online life: safer and in control".

Plain data only (see FORMAT.md). Messages follow widely used public guidance
(NSPCC/Childline, CEOP Education, Childnet, NCMEC, UNICEF): it is never the young
person's fault; report it, don't share it; with sextortion, don't pay, stop
contact, keep evidence (but never forward or save the image) and report; Take It
Down (NCMEC) and Report Remove (Childline/IWF) can help remove images of under-18s.
The tone is respectful and non-judgemental and never criminalises young people.
"""

_DISCLOSURE_STEPS = (
    "<h3>If a student discloses</h3>"
    "<ol>"
    "<li><b>Listen and stay calm.</b> Let them speak in their own words. Do not show shock, "
    "blame or disappointment.</li>"
    "<li><b>Reassure them.</b> 'Thank you for telling me. This is not your fault, and you are "
    "not in trouble for telling me.'</li>"
    "<li><b>Do not promise confidentiality.</b> Explain that you need to pass it on to the "
    "person whose job is to keep students safe, and tell them what will happen next.</li>"
    "<li><b>Do not investigate.</b> Do not ask leading questions, contact the other person, "
    "or search or confiscate the device unless your policy says so.</li>"
    "<li><b>Never view, copy, print, screenshot or forward a nude or sexual image</b>, even to "
    "a colleague. If you see one by accident, do not save it: report that it exists.</li>"
    "<li><b>Record and refer.</b> Write down what was said in the student's words, with the "
    "date and time, and tell the designated safeguarding lead the same day, following your "
    "school's safeguarding procedure and national guidance. If the student is in immediate "
    "danger, or talks about harming themselves, get help at once and do not leave them "
    "alone.</li>"
    "</ol>"
)

COURSE = {
    "slug": "your-online-life",
    "title": "Your online life: safer and in control",
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
        "<p>Being online is part of everyday life: friends, relationships, games, creativity, "
        "news. This course is about keeping control of your privacy and your images, spotting "
        "manipulation and scams, respecting consent, and knowing what to do, and where to go, "
        "when something goes wrong.</p>"
        "<p>Nothing here is about blaming you. If something has already happened, you are not "
        "in trouble for reaching out, and there are people and tools that can help. Some lessons "
        "cover grooming and sextortion; those lessons have a quick-exit button you can use at "
        "any time.</p>"
    ),
    "objectives": [
        "I can set up the privacy and security settings on the apps I use.",
        "I can recognise common grooming and manipulation tactics.",
        "I know what to do if someone pressures or threatens me over images: don't pay, stop "
        "contact, keep evidence and report.",
        "I know how tools such as Take It Down and Report Remove help remove images of "
        "under-18s.",
        "I understand consent online and can spot common scams.",
        "I know how to support a friend and where to get help.",
    ],
    "lessons": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "privacy-and-settings",
            "title": "Privacy and settings: you decide who sees what",
            "summary": "Take control of who can see you, contact you and find you.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>You decide who sees what</h2>"
                    "<p>Every app collects and shows information about you. Privacy and security "
                    "settings let you decide how much. A ten-minute settings check is one of the "
                    "most effective things you can do.</p>"
                    "<h3>Settings check</h3>"
                    "<ul>"
                    "<li><b>Account:</b> make it private where you can, and review who follows "
                    "you. Remove people you don't actually know.</li>"
                    "<li><b>Messages:</b> limit who can message you, add you to groups or call "
                    "you.</li>"
                    "<li><b>Location:</b> turn off location sharing on maps and in posts. Think "
                    "twice about live location and about photos that show your school, street or "
                    "home.</li>"
                    "<li><b>Tags and mentions:</b> choose to approve tags before they appear on "
                    "your profile.</li>"
                    "<li><b>Security:</b> use a different strong password for each important "
                    "account, and turn on two-step verification (2FA).</li>"
                    "</ul>"
                    "<h3>Private is not the same as secret</h3>"
                    "<p>Anyone who can see your posts can screenshot or screen-record them. Before "
                    "posting, ask yourself: would I be OK if this was seen by people I didn't "
                    "choose?</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Do a settings check now",
                        "text": (
                            "<p>Open the privacy and security menu of one app you use every day "
                            "and go through it line by line. Most apps have a safety or help "
                            "centre that explains each option. Check again whenever an app "
                            "updates, because new features often arrive switched on.</p>"
                        ),
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Your account is private. Can a follower still screenshot your "
                        "story and share it?",
                        "choices": [
                            {
                                "text": "No, private accounts stop that from happening.",
                                "correct": False,
                                "feedback": "A private account controls who can see your posts, not "
                                "what they do with them. Most apps cannot stop screenshots "
                                "or a second phone filming the screen.",
                            },
                            {
                                "text": "Yes. Anyone who can see your content can copy it.",
                                "correct": True,
                                "feedback": "Right. Private settings reduce who sees your content; "
                                "choosing carefully who you let in, and what you post, "
                                "does the rest.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<h3>Timing (15 minutes)</h3>"
                    "<ul>"
                    "<li>3 min: introduce the idea of control. Ask: which app knows the most "
                    "about you?</li>"
                    "<li>8 min: settings check in pairs. Students who have phones and permission "
                    "can open the settings of one app; others use printed screenshots of settings "
                    "menus. Each pair agrees their 'top three settings' to change.</li>"
                    "<li>4 min: collect top-three lists on the board, then the quick check.</li>"
                    "</ul>"
                    "<h3>Tips</h3>"
                    "<p>Never ask students to show their profiles, followers or messages to the "
                    "class. Respect that some students share devices or have no device: the "
                    "printed version works offline. Keep the message positive: settings are about "
                    "control, not fear. Avoid recommending specific apps or banning them.</p>"
                    + _DISCLOSURE_STEPS,
                ),
            ],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "how-grooming-works",
            "title": "How grooming works",
            "summary": "Recognise the tactics people use to manipulate young people online.",
            "minutes": 15,
            "sensitive": True,
            "body": [
                (
                    "rich_text",
                    "<h2>How grooming works</h2>"
                    "<p>Grooming is when someone builds a relationship with a young person so they "
                    "can manipulate, exploit or abuse them. Online, it can happen in games, social "
                    "media, messaging apps and live streams. The person can be an adult or another "
                    "young person, a stranger or someone you already know. Some pretend to be a "
                    "teenager.</p>"
                    "<h3>Common tactics</h3>"
                    "<ul>"
                    "<li><b>Attention and flattery:</b> lots of compliments, always available, "
                    "'you're so mature for your age'.</li>"
                    "<li><b>Gifts and favours:</b> game currency, skins, money, phone credit, "
                    "followers.</li>"
                    "<li><b>Isolation:</b> 'your friends don't get you like I do', 'your parents "
                    "would overreact'.</li>"
                    "<li><b>Secrecy and moving platforms:</b> asking to move to a private or "
                    "disappearing-message app, and to keep things between you.</li>"
                    "<li><b>Testing boundaries:</b> sexual jokes or questions that slowly get more "
                    "personal, then requests for photos or private video calls.</li>"
                    "<li><b>Pressure and threats:</b> guilt ('after everything I've done for you') "
                    "or threats to share your messages or images.</li>"
                    "</ul>"
                    "<p>Grooming is designed to be confusing. It can feel like a real friendship or "
                    "relationship, and that is exactly how it works. If you recognise some of this, "
                    "you haven't done anything wrong. The responsibility is always on the person "
                    "doing it.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Red flags that need action now",
                        "text": (
                            "<p>Someone asks you for sexual images, wants a private video call, "
                            "asks to meet up, or threatens you. Stop replying, don't agree to "
                            "anything, save the evidence and tell a trusted adult or contact a "
                            "helpline. You can report the account to the platform and to the "
                            "police or your national reporting service.</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The helpful older gamer",
                        "situation": (
                            "<p>Jordan, 14, has been gaming with 'Kai' for a month. Kai says he's 17, "
                            "always helps Jordan win, and has bought Jordan two skins.</p>"
                            "<p>Last night Kai wrote: 'Let's move to a private messaging app, this "
                            "game's chat is monitored. You can tell me anything, I won't judge you "
                            "like your parents do. Keep this between us, yeah?'</p>"
                        ),
                        "prompt": "What should Jordan do?",
                        "choices": [
                            {
                                "text": "Move apps. Kai has been a good friend and the gifts show he "
                                "cares.",
                                "feedback": "It's understandable to trust someone who has been kind "
                                "for weeks. But gifts, moving to a private app and 'keep "
                                "this between us' are three classic grooming tactics in "
                                "one message. Jordan doesn't owe Kai anything for the "
                                "skins.",
                                "best": False,
                            },
                            {
                                "text": "Say no to moving apps, keep chatting only where it's "
                                "moderated, and talk to a trusted adult about the messages.",
                                "feedback": "Strong choice. Jordan keeps control and gets a second "
                                "opinion from someone they trust. If Kai gets pushy or "
                                "angry about a 'no', that confirms the concern: save the "
                                "messages, block and report.",
                                "best": True,
                            },
                            {
                                "text": "Ask Kai for a photo to prove he's really 17.",
                                "feedback": "Wanting to check is a good instinct, but a photo proves "
                                "nothing: photos are easy to fake or steal. It also keeps "
                                "the private conversation going. Talking to a trusted "
                                "adult is a better way to check.",
                                "best": False,
                            },
                            {
                                "text": "Block Kai and tell no one.",
                                "feedback": "Blocking is a reasonable step, but telling someone "
                                "matters: Kai may be doing this to other young people, and "
                                "a report helps stop that. Save the messages before "
                                "blocking, so there is evidence.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Which statement about grooming is true?",
                        "choices": [
                            {
                                "text": "Groomers are always strangers who are much older.",
                                "correct": False,
                                "feedback": "Not always. They can be people you know, and some "
                                "pretend to be close to your age.",
                            },
                            {
                                "text": "Groomers can be people you know, and may pretend to be your "
                                "age.",
                                "correct": True,
                                "feedback": "Correct. That's why the tactics matter more than who the "
                                "person says they are.",
                            },
                            {
                                "text": "If a young person went along with it, it's partly their "
                                "fault.",
                                "correct": False,
                                "feedback": "No. Grooming works by manipulation. The responsibility "
                                "always lies with the person doing the grooming.",
                            },
                        ],
                    },
                ),
                ("get_help", {"heading": "Who can help"}),
                (
                    "facilitator_notes",
                    "<h3>Before the lesson</h3>"
                    "<p>Tell your designated safeguarding lead when you will teach this, and ask "
                    "whether any student is known to be affected. Give the class advance notice of "
                    "the topic, explain they can step out at any time without giving a reason, and "
                    "agree where they can go and who will check on them.</p>"
                    "<h3>Timing (15 minutes)</h3>"
                    "<ul>"
                    "<li>4 min: read the tactics. Ask students to match each tactic to a line from "
                    "Kai's message.</li>"
                    "<li>7 min: scenario in groups of four. Give each group one option to defend, "
                    "then reveal the feedback.</li>"
                    "<li>4 min: quick check and where to get help.</li>"
                    "</ul>"
                    "<h3>How to talk about it</h3>"
                    "<p>Use the fictional characters; never ask students to share their own "
                    "experiences in class. Challenge victim-blaming language such as 'why didn't "
                    "they just block him?' by pointing back to how manipulation works. Be clear "
                    "that boys and girls are both targeted, and that people who groom can be "
                    "known to the young person. Finish by showing the help options for your "
                    "country.</p>" + _DISCLOSURE_STEPS,
                ),
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "images-and-sextortion",
            "title": "Images, sextortion and what to do",
            "summary": "Know your rights with images, and exactly what to do if someone "
            "threatens you.",
            "minutes": 20,
            "sensitive": True,
            "body": [
                (
                    "rich_text",
                    "<h2>Images, pressure and your rights</h2>"
                    "<p>Some young people share nude or sexual images. Sometimes it happens in a "
                    "relationship, sometimes because of pressure, and sometimes because someone "
                    "lied about who they were. Whatever happened, nobody has the right to pressure "
                    "you, to share your images without your consent, or to threaten you.</p>"
                    "<h3>Know the facts</h3>"
                    "<ul>"
                    "<li>In many countries, a sexual image of anyone under 18 is treated as child "
                    "sexual abuse material, even if a young person took it of themselves. These "
                    "laws exist to protect young people. Helplines and removal tools are there to "
                    "help you, not to get you into trouble.</li>"
                    "<li>Once an image is sent, the sender loses control of it. It can be "
                    "screenshotted, saved or forwarded.</li>"
                    "<li>It is never OK to pressure someone for an image. 'No' is a complete "
                    "answer.</li>"
                    "</ul>"
                    "<h3>Report it, don't share it</h3>"
                    "<p>If someone sends you a nude or sexual image of another young person, don't "
                    "forward it, screenshot it or show anyone. Report it to the platform and tell a "
                    "trusted adult. Sharing it harms the person in it and can be a crime.</p>",
                ),
                (
                    "rich_text",
                    "<h2>Sextortion: what it is</h2>"
                    "<p>Sextortion is when someone threatens to share a nude or sexual image of you "
                    "unless you pay money, send more images or do something else they want. Often "
                    "the person pretends to be a young person, sends an image first to build trust, "
                    "and starts threatening very quickly. Some use fake or edited images, so it can "
                    "happen even to someone who never sent anything.</p>"
                    "<p>It is a crime, and <b>it is never your fault</b>. Many young people have "
                    "been targeted, and there is a way through this.</p>"
                    "<h3>What to do</h3>"
                    "<ol>"
                    "<li><b>Don't pay and don't send anything else.</b> Paying or sending more "
                    "usually leads to more demands, not fewer.</li>"
                    "<li><b>Stop contact.</b> Don't reply or negotiate. Once you have saved the "
                    "evidence, block the account.</li>"
                    "<li><b>Keep evidence, but not the images.</b> Screenshot the messages, the "
                    "username, the profile link and any payment details they gave. Don't "
                    "screenshot, save or forward any nude image. Don't delete the chat or your "
                    "account until you have saved what you need.</li>"
                    "<li><b>Report it.</b> Report the account on the platform. Tell a trusted adult, "
                    "contact a child helpline, or report to the police or your national reporting "
                    "service, for example CEOP in the UK or the NCMEC CyberTipline in the US.</li>"
                    "<li><b>Get images taken down.</b> If you were under 18 in the image, NCMEC's "
                    '<a href="https://takeitdown.ncmec.org/">Take It Down</a> service can create a '
                    "digital fingerprint (a 'hash') of the image on your own device, so that "
                    "participating platforms can find and remove copies. The image itself is not "
                    "uploaded, and you don't have to give your name. In the UK, the "
                    '<a href="https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove">Report '
                    "Remove</a> tool from Childline and the Internet Watch Foundation helps under-18s "
                    "get nude images removed, with support from Childline.</li>"
                    "</ol>"
                    "<p>Removal tools work on public platforms that take part; they cannot reach "
                    "private, encrypted chats. Reporting the person is still important.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "trusted_adult",
                        "title": "If you're feeling overwhelmed",
                        "text": (
                            "<p>Sextortion is designed to make you panic and feel alone. You are "
                            "not alone, and this can be sorted out. Talk to a trusted adult or a "
                            "child helpline today. If you are having thoughts of hurting "
                            "yourself, contact a helpline or emergency services right now.</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The threat",
                        "situation": (
                            "<p>Ali, 15, matched with someone called 'Maya' on a social app. Maya "
                            "seemed about the same age, flirted, sent a photo and asked for one "
                            "back. Ali sent a nude.</p>"
                            "<p>Within minutes, Maya's messages changed: 'Pay 200 in gift cards in "
                            "the next hour or I send this to all your followers. I've got your "
                            "friend list.'</p>"
                        ),
                        "prompt": "What is the best thing Ali can do right now?",
                        "choices": [
                            {
                                "text": "Pay quickly so it all goes away.",
                                "feedback": "Wanting it to stop is completely understandable. But "
                                "paying rarely ends it: people who pay are often asked for "
                                "more. Ali should not pay.",
                                "best": False,
                            },
                            {
                                "text": "Stop replying, screenshot the messages and account details "
                                "(not the image), tell a trusted adult or helpline, report the "
                                "account, and use Take It Down.",
                                "feedback": "This is the best plan. Ali isn't in trouble and did "
                                "nothing to deserve this: the person threatening him is "
                                "committing a crime. Evidence helps reporting, and acting "
                                "quickly can stop the image spreading.",
                                "best": True,
                            },
                            {
                                "text": "Delete every account straight away and tell no one.",
                                "feedback": "Going offline can feel like the fastest way out, but "
                                "deleting everything first can remove the evidence that "
                                "helps platforms and police act, and Ali would be dealing "
                                "with this alone. Save the evidence, then block and "
                                "report.",
                                "best": False,
                            },
                            {
                                "text": "Send a different picture to calm things down.",
                                "feedback": "Sending more gives the person more to threaten Ali with. "
                                "Stopping contact is safer.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Someone is threatening to share an image of you. Which of "
                        "these is a good idea?",
                        "choices": [
                            {
                                "text": "Save evidence of the messages and account, then block and "
                                "report.",
                                "correct": True,
                                "feedback": "Yes. Evidence helps the platform, helplines and police "
                                "act, and blocking stops the contact.",
                            },
                            {
                                "text": "Negotiate a lower payment.",
                                "correct": False,
                                "feedback": "Any payment tends to lead to more demands. Don't pay.",
                            },
                            {
                                "text": "Forward the image to a friend to ask for advice.",
                                "correct": False,
                                "feedback": "Forwarding the image spreads it further. Describe what "
                                "happened instead, and ask a trusted adult or helpline for "
                                "help.",
                            },
                        ],
                    },
                ),
                ("get_help", {"heading": "Get help and get images removed"}),
                (
                    "facilitator_notes",
                    "<h3>Before the lesson</h3>"
                    "<p>Agree the lesson with your designated safeguarding lead and check whether "
                    "any student is known to be affected. Give advance notice of the topic and the "
                    "right to step out. Have helpline details for your country ready to display and "
                    "to hand out on paper.</p>"
                    "<h3>Timing (20 minutes)</h3>"
                    "<ul>"
                    "<li>5 min: 'Images, pressure and your rights'. Emphasise 'report it, don't "
                    "share it'.</li>"
                    "<li>5 min: sextortion and the five steps. Write them on the board: don't pay, "
                    "stop contact, keep evidence (not the image), report, get it taken down.</li>"
                    "<li>7 min: scenario in small groups. Ask groups to write what Ali should do in "
                    "the first ten minutes.</li>"
                    "<li>3 min: quick check and help options.</li>"
                    "</ul>"
                    "<h3>How to talk about it</h3>"
                    "<p>Avoid shame and 'just don't send nudes' as the only message: shame stops "
                    "young people asking for help, which is what offenders rely on. Say clearly "
                    "that the person threatening is the one committing a crime and that boys are "
                    "often targeted for money. Do not describe images or go into graphic detail. "
                    "Do not suggest students will be prosecuted; the focus is safety and "
                    "support.</p>"
                    "<p>If a student tells you this is happening to them now, treat it as urgent: "
                    "stay with them, do not look at the image, reassure them, and contact your "
                    "designated safeguarding lead immediately. Follow your national guidance for "
                    "schools on incidents involving nude images.</p>"
                    + _DISCLOSURE_STEPS,
                ),
            ],
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "consent-and-respect",
            "title": "Consent and respect online",
            "summary": "What consent means for photos, messages and relationships online.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>Consent online</h2>"
                    "<p>Consent means freely agreeing to something, knowing what you are agreeing "
                    "to, with the right to change your mind. It applies online as much as "
                    "offline.</p>"
                    "<ul>"
                    "<li><b>Freely given:</b> no pressure, guilt, threats or 'you would if you "
                    "loved me'.</li>"
                    "<li><b>Specific:</b> agreeing to one photo, one platform or one audience is "
                    "not agreeing to everything.</li>"
                    "<li><b>Reversible:</b> someone can say no later, even after saying yes.</li>"
                    "<li><b>Never assumed:</b> silence, no reply or 'they didn't say no' is not "
                    "consent.</li>"
                    "</ul>"
                    "<h3>Everyday consent</h3>"
                    "<p>Ask before posting or tagging a photo of someone. Don't share screenshots of "
                    "private chats. Take something down if a friend asks you to.</p>"
                    "<h3>Handling pressure for images</h3>"
                    "<p>You never owe anyone a picture. Some ways to say no: 'Not happening.' 'I'm "
                    "not into that.' 'If you respect me, you'll drop it.' Someone who keeps pushing "
                    "after a no is showing you how they treat other people's boundaries. You can "
                    "talk to a trusted adult or helpline about it.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Ask first",
                        "text": (
                            "<p>A quick 'OK if I post this?' before sharing a photo of someone is "
                            "the easiest habit to build. It also makes it normal for others to "
                            "ask you.</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The group chat screenshot",
                        "situation": (
                            "<p>Someone in your year's group chat posts a screenshot of a private "
                            "message that a classmate, Priya, sent to her ex. People react with "
                            "laughing emojis, and a friend messages you: 'Send it to the other "
                            "group, it's hilarious.'</p>"
                        ),
                        "prompt": "What do you do?",
                        "choices": [
                            {
                                "text": "Forward it. Everyone has already seen it.",
                                "feedback": "It can feel like the damage is done, but every share "
                                "spreads it further and adds to what Priya is going "
                                "through. Sharing private messages without consent is a "
                                "form of bullying.",
                                "best": False,
                            },
                            {
                                "text": "Don't forward it. Report the post, check in privately with "
                                "Priya, and tell a trusted adult if it keeps spreading.",
                                "feedback": "This is what an upstander does. It stops with you, a "
                                "report can get it removed, and a private message reminds "
                                "Priya she isn't alone. If the post had included a nude or "
                                "sexual image, tell an adult straight away: report it, "
                                "don't share it.",
                                "best": True,
                            },
                            {
                                "text": "Say nothing and leave the chat.",
                                "feedback": "Not sharing is a good start, and leaving a toxic chat can "
                                "be the right call for you. But Priya may need support, "
                                "and a report can get the content taken down.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Your friend said yes to you posting a photo of them last week. "
                        "Today they ask you to delete it. What does consent mean here?",
                        "choices": [
                            {
                                "text": "Delete it. People can withdraw consent at any time.",
                                "correct": True,
                                "feedback": "Exactly. A yes last week doesn't mean a yes today.",
                            },
                            {
                                "text": "Keep it. They already agreed.",
                                "correct": False,
                                "feedback": "Consent can be taken back. Respecting that keeps trust "
                                "between you.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<h3>Timing (15 minutes)</h3>"
                    "<ul>"
                    "<li>4 min: the four parts of consent. Ask for one online example of each.</li>"
                    "<li>5 min: 'consent line'. Read short statements (for example 'They left me "
                    "on read, so it's fine to post it', 'She said yes to this photo on my story, "
                    "not on my public page') and ask students to stand along a line from 'consent' "
                    "to 'not consent'. Discuss the ones people disagree on.</li>"
                    "<li>4 min: scenario, in pairs.</li>"
                    "<li>2 min: quick check.</li>"
                    "</ul>"
                    "<h3>Tips</h3>"
                    "<p>Let students practise the 'ways to say no' aloud if they are comfortable; "
                    "never make anyone role-play pressure. Some students may be in controlling or "
                    "abusive relationships: mention that pressure, monitoring a partner's phone and "
                    "threats are signs of an unhealthy relationship and that help is available. "
                    "Link to your school's relationships education and anti-bullying policy.</p>"
                    + _DISCLOSURE_STEPS,
                ),
            ],
        },
        # ------------------------------------------------------------------ 5
        {
            "slug": "scams-and-fake-accounts",
            "title": "Scams and fake accounts",
            "summary": "Spot the tricks scammers use and know what to do if you're caught out.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>Scams and fake accounts</h2>"
                    "<p>Scammers target young people because they know what you want: free skins, "
                    "followers, gift cards, cheap trainers, a job or attention. Common scams "
                    "include:</p>"
                    "<ul>"
                    "<li><b>Fake giveaways:</b> 'You've won! Click to claim.'</li>"
                    "<li><b>Phishing:</b> messages or pages that copy a real app to steal your "
                    "password.</li>"
                    "<li><b>Verification-code scams:</b> 'I sent my code to your number by mistake, "
                    "can you send it to me?' That code unlocks your account.</li>"
                    "<li><b>Account takeovers:</b> a friend's hacked account messaging you for "
                    "money or codes.</li>"
                    "<li><b>'Easy money' offers:</b> being asked to receive money into your account "
                    "and send it on. This is money laundering, and the person doing it is called a "
                    "money mule.</li>"
                    "<li><b>Fake profiles:</b> attractive or 'same age' profiles used for romance "
                    "scams and sextortion.</li>"
                    "</ul>"
                    "<h3>Red flags</h3>"
                    "<ul>"
                    "<li>Urgency: 'only 10 minutes left'.</li>"
                    "<li>Requests for passwords, codes, or payment in gift cards or crypto.</li>"
                    "<li>Pushing you to move to another app or website.</li>"
                    "<li>Web addresses that are nearly, but not exactly, right.</li>"
                    "</ul>"
                    "<h3>If you've been caught out</h3>"
                    "<p>It happens to adults too. Change your passwords, turn on 2FA, report the "
                    "account to the platform and tell a trusted adult. If money or bank details "
                    "are involved, tell whoever manages the payment (a parent or carer, the bank or "
                    "the app store) as soon as possible.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Never share codes",
                        "text": (
                            "<p>No real company, friend or moderator needs your password or a "
                            "verification code sent to your phone. Anyone who asks for one is "
                            "trying to get into your account.</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "The giveaway",
                        "situation": (
                            "<p>You get a direct message from an account with your favourite "
                            "streamer's name and picture: 'Giveaway winner! Log in here in the next "
                            "15 minutes to claim 5,000 credits.' The link looks almost like the "
                            "game's real website.</p>"
                        ),
                        "prompt": "What do you do?",
                        "choices": [
                            {
                                "text": "Click quickly and log in before the time runs out.",
                                "feedback": "The countdown is there to stop you thinking. A page that "
                                "looks almost like the real one is a classic phishing "
                                "trick to steal your login.",
                                "best": False,
                            },
                            {
                                "text": "Don't click. Check the streamer's official channel or open the "
                                "game app yourself, and report the account.",
                                "feedback": "Well done. Going to the official source yourself is the "
                                "safest way to check. Reporting helps protect other "
                                "players.",
                                "best": True,
                            },
                            {
                                "text": "Send the link to friends so they can win too.",
                                "feedback": "That's generous, but it would spread the scam. Warn "
                                "friends about it instead of sharing the link.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Which of these gives the best protection if someone steals your "
                        "password?",
                        "choices": [
                            {
                                "text": "Two-step verification (2FA)",
                                "correct": True,
                                "feedback": "Yes. With 2FA, a password alone is not enough to get "
                                "into your account.",
                            },
                            {
                                "text": "A private account",
                                "correct": False,
                                "feedback": "A private account limits who sees your posts, but it "
                                "doesn't stop someone logging in with your password.",
                            },
                            {
                                "text": "A more unusual username",
                                "correct": False,
                                "feedback": "Usernames are usually public, so they don't protect your "
                                "account.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<h3>Timing (15 minutes)</h3>"
                    "<ul>"
                    "<li>4 min: common scams. Ask who has seen a message like these (no details "
                    "needed).</li>"
                    "<li>6 min: 'spot the scam'. Hand out 6 to 8 printed example messages you have "
                    "written (mix real-looking and scam messages, using made-up brand names). "
                    "Groups sort them and circle the red flags.</li>"
                    "<li>3 min: scenario.</li>"
                    "<li>2 min: quick check and 'if you've been caught out'.</li>"
                    "</ul>"
                    "<h3>Tips</h3>"
                    "<p>Young people who have lost money or accounts often feel embarrassed; keep "
                    "the tone practical and shame-free. If a student may be acting as a money mule, "
                    "or is being threatened by a scammer, treat it as a safeguarding concern and "
                    "refer it to your designated safeguarding lead.</p>"
                    + _DISCLOSURE_STEPS,
                ),
            ],
        },
        # ------------------------------------------------------------------ 6
        {
            "slug": "helping-a-friend-and-getting-help",
            "title": "Helping a friend and getting help",
            "summary": "How to support a friend, and where to go for help and reporting.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>When a friend tells you something</h2>"
                    "<p>Young people often tell a friend first. If a friend tells you something is "
                    "wrong online, you can make a big difference.</p>"
                    "<ol>"
                    "<li><b>Listen</b> without judging. 'Thanks for telling me' is a great "
                    "start.</li>"
                    "<li><b>Believe them</b> and remind them it's not their fault.</li>"
                    "<li><b>Don't share</b> what they told you around your friendship group, and "
                    "never forward any images.</li>"
                    "<li><b>Encourage them</b> to talk to a trusted adult or a helpline. Offer to go "
                    "with them, or to sit with them while they call.</li>"
                    "<li><b>Tell an adult yourself</b> if they are in danger, being threatened, "
                    "talking about hurting themselves, or if an adult is involved. You can't keep "
                    "a secret like that, even if you promised. That is what a good friend "
                    "does.</li>"
                    "</ol>"
                    "<h3>Look after yourself too</h3>"
                    "<p>Supporting a friend can be heavy. You can talk to someone about how you "
                    "feel as well.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "trusted_adult",
                        "title": "Telling isn't betraying",
                        "text": (
                            "<p>Telling an adult when a friend is at risk isn't snitching or "
                            "betraying them. It makes sure they get help you can't give on your "
                            "own.</p>"
                        ),
                    },
                ),
                (
                    "rich_text",
                    "<h2>Where to get help</h2>"
                    "<ul>"
                    "<li><b>A trusted adult:</b> a parent or carer, relative, teacher, school "
                    "counsellor, coach or youth worker.</li>"
                    "<li><b>A child helpline:</b> free, confidential and answered by trained "
                    "counsellors. The list below shows helplines for your country.</li>"
                    "<li><b>The platform:</b> use the report and block tools in the app.</li>"
                    "<li><b>Reporting services and police:</b> they can act against people who "
                    "abuse or exploit young people.</li>"
                    "<li><b>Image removal:</b> Take It Down, for images taken when you were under "
                    "18, and, in the UK, Report Remove.</li>"
                    "</ul>"
                    "<p>If you or someone else is in immediate danger, call your local emergency "
                    "number.</p>",
                ),
                (
                    "quick_check",
                    {
                        "question": "A friend says an adult they met online wants to meet up and "
                        "keep it secret. They make you promise not to tell. What should "
                        "you do?",
                        "choices": [
                            {
                                "text": "Keep the promise. It's their decision.",
                                "correct": False,
                                "feedback": "Loyalty matters, but this is a situation where your "
                                "friend could be seriously hurt. Some secrets are not safe "
                                "to keep.",
                            },
                            {
                                "text": "Tell a trusted adult, even though you promised, and let your "
                                "friend know you're doing it because you care.",
                                "correct": True,
                                "feedback": "Yes. An adult asking to meet in secret is a serious red "
                                "flag. Telling is how you protect your friend.",
                            },
                        ],
                    },
                ),
                ("get_help", {"heading": "Who can help"}),
                (
                    "facilitator_notes",
                    "<h3>Timing (15 minutes)</h3>"
                    "<ul>"
                    "<li>5 min: the five steps. In pairs, students practise the first line of a "
                    "supportive reply to a friend's message ('I think someone's been using my pics "
                    "to mess with me').</li>"
                    "<li>5 min: 'circle of support'. Each student privately writes down two "
                    "trusted adults, one helpline and one reporting tool they could use. They keep "
                    "the paper.</li>"
                    "<li>3 min: quick check.</li>"
                    "<li>2 min: show the helplines for your country and where posters are in "
                    "school.</li>"
                    "</ul>"
                    "<h3>Tips</h3>"
                    "<p>Explain honestly what staff must do with a disclosure (listen, not keep it "
                    "secret, pass it to the safeguarding lead) so students can make informed "
                    "choices about telling. This is the last lesson of the course: allow time at "
                    "the end for students to talk to you privately, and check in with any student "
                    "who seemed affected during earlier lessons.</p>"
                    + _DISCLOSURE_STEPS,
                ),
            ],
        },
    ],
    "test": {
        "code": "TEEN-SAFE",
        "title": "Your online life: knowledge, views and habits",
        "instructions": (
            "This questionnaire is not graded. It helps us understand what young people know, "
            "think and do online, so the course can be improved. Answer honestly: there are no "
            "right or wrong answers to the questions about your views and habits, and your "
            "answers are not shown to your classmates. You can skip any question you don't want "
            "to answer."
        ),
        "items": [
            # ---- Knowledge
            {
                "code": "K01",
                "domain": "K",
                "type": "single",
                "subscale": "sextortion",
                "text": "Someone you met online threatens to share a nude image of you unless you "
                "pay them. What is the best thing to do?",
                "options": [
                    {
                        "key": "A",
                        "text": "Pay, so they delete the image",
                        "correct": False,
                    },
                    {
                        "key": "B",
                        "text": "Send another image so they calm down",
                        "correct": False,
                    },
                    {
                        "key": "C",
                        "text": "Stop replying and don't pay; save evidence of the "
                        "messages and account; block, report and tell a trusted "
                        "adult or helpline",
                        "correct": True,
                    },
                    {
                        "key": "D",
                        "text": "Delete all your accounts straight away and tell no one",
                        "correct": False,
                    },
                ],
                "explanation": "Paying or sending more usually leads to more demands. Stopping "
                "contact, keeping evidence of the messages (never the image) and "
                "reporting lets platforms, helplines and police act, and tools like "
                "Take It Down can help remove the image. It is never the young "
                "person's fault.",
            },
            {
                "code": "K02",
                "domain": "K",
                "type": "multi",
                "subscale": "grooming",
                "text": "Which of these are common grooming tactics? Choose all that apply.",
                "options": [
                    {
                        "key": "A",
                        "text": "Giving gifts such as game currency, skins or money",
                        "correct": True,
                    },
                    {
                        "key": "B",
                        "text": "Asking you to keep the relationship secret",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "Asking to move to a private or disappearing-message app",
                        "correct": True,
                    },
                    {
                        "key": "D",
                        "text": "Saying 'good game' after a match in a public lobby",
                        "correct": False,
                    },
                    {
                        "key": "E",
                        "text": "Telling you that your friends and family don't "
                        "understand you like they do",
                        "correct": True,
                    },
                ],
                "explanation": "Gifts, secrecy, moving to private apps and isolating someone from "
                "friends and family are all ways people build control over a young "
                "person. A friendly 'good game' in a public lobby is ordinary "
                "behaviour.",
            },
            {
                "code": "K03",
                "domain": "K",
                "type": "truefalse",
                "subscale": "images",
                "text": "If a young person sent a nude image and it was then shared or used to "
                "threaten them, it is their own fault.",
                "answer": False,
                "explanation": "False. The responsibility lies with the person who shares the image "
                "without consent or uses it to threaten. Blaming the young person "
                "stops them asking for help, which is what offenders rely on.",
            },
            {
                "code": "K04",
                "domain": "K",
                "type": "single",
                "subscale": "images",
                "text": "What does NCMEC's Take It Down service do?",
                "options": [
                    {
                        "key": "A",
                        "text": "It creates a digital fingerprint (hash) of the image on "
                        "your device so participating platforms can find and "
                        "remove copies, without the image being uploaded",
                        "correct": True,
                    },
                    {
                        "key": "B",
                        "text": "You email the image to a staff member who deletes it "
                        "everywhere",
                        "correct": False,
                    },
                    {
                        "key": "C",
                        "text": "It deletes the image from every phone it was sent to",
                        "correct": False,
                    },
                    {
                        "key": "D",
                        "text": "It automatically reports you to the police",
                        "correct": False,
                    },
                ],
                "explanation": "Take It Down is for images taken when the person was under 18. It "
                "turns the image into a hash on your own device; only the hash is "
                "shared, and participating platforms use it to find and remove "
                "copies. You never send the image to anyone and can stay anonymous. "
                "It cannot reach private, encrypted chats or other people's "
                "phones.",
            },
            {
                "code": "K05",
                "domain": "K",
                "type": "truefalse",
                "subscale": "privacy",
                "text": "If your account is set to private, nobody can screenshot or share what you "
                "post.",
                "answer": False,
                "explanation": "False. A private account controls who can see your posts, but "
                "anyone who can see them can still screenshot or film the screen. "
                "Choose carefully who you let in and what you post.",
            },
            {
                "code": "K06",
                "domain": "K",
                "type": "multi",
                "subscale": "scams",
                "text": "Which of these are warning signs of a scam? Choose all that apply.",
                "options": [
                    {
                        "key": "A",
                        "text": "A message saying you must act within 15 minutes",
                        "correct": True,
                    },
                    {
                        "key": "B",
                        "text": "Someone asking you to send them a code that was texted "
                        "to your phone",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "A prize from a competition you never entered",
                        "correct": True,
                    },
                    {
                        "key": "D",
                        "text": "Being asked to pay with gift cards",
                        "correct": True,
                    },
                    {
                        "key": "E",
                        "text": "Your app's own settings page suggesting you turn on "
                        "two-step verification",
                        "correct": False,
                    },
                ],
                "explanation": "Urgency, requests for codes, surprise prizes and gift-card payments "
                "are classic scam tactics. An app's own settings suggesting 2FA is "
                "a normal security feature that helps protect you.",
            },
            {
                "code": "K07",
                "domain": "K",
                "type": "single",
                "subscale": "consent",
                "text": "A friend agreed last week to you posting a photo of them. Today they ask "
                "you to take it down. What should you do?",
                "options": [
                    {
                        "key": "A",
                        "text": "Take it down: people can withdraw consent at any time",
                        "correct": True,
                    },
                    {
                        "key": "B",
                        "text": "Leave it up: they already said yes",
                        "correct": False,
                    },
                    {
                        "key": "C",
                        "text": "Leave it up but remove the tag",
                        "correct": False,
                    },
                ],
                "explanation": "Consent is freely given, specific and reversible. Agreeing once "
                "does not mean agreeing forever, so the respectful thing is to take "
                "the photo down.",
            },
            {
                "code": "K08",
                "domain": "K",
                "type": "truefalse",
                "subscale": "help-seeking",
                "text": "If a friend tells you an adult they met online wants to meet up in "
                "secret, you should keep it to yourself because they asked you to.",
                "answer": False,
                "explanation": "False. An adult asking a young person to meet in secret is a serious "
                "warning sign. Telling a trusted adult, even after promising not to, "
                "is how you protect your friend.",
            },
            # ---- Attitudes
            {
                "code": "A01",
                "domain": "A",
                "type": "likert",
                "subscale": "help-seeking",
                "text": "If someone online pressured or threatened me, I would tell a trusted adult "
                "or contact a helpline.",
                "reverse": False,
            },
            {
                "code": "A02",
                "domain": "A",
                "type": "likert",
                "subscale": "victim-blaming",
                "text": "If someone's nude image gets shared around, it's their own fault for "
                "taking it.",
                "reverse": True,
            },
            {
                "code": "A03",
                "domain": "A",
                "type": "likert",
                "subscale": "consent",
                "text": "It's OK to say no to someone who asks me for a nude image, even if they "
                "say they'll be upset.",
                "reverse": False,
            },
            # ---- Practices
            {
                "code": "P01",
                "domain": "P",
                "type": "frequency",
                "subscale": "privacy",
                "text": "How often do you check the privacy and security settings on the apps you "
                "use?",
                "reverse": False,
            },
            {
                "code": "P02",
                "domain": "P",
                "type": "yesno",
                "subscale": "contact",
                "text": "In the last three months, have you moved a conversation to a private or "
                "disappearing-message app with someone you only know online?",
                "reverse": True,
            },
            {
                "code": "P03",
                "domain": "P",
                "type": "frequency",
                "subscale": "consent",
                "text": "How often do you forward screenshots of other people's private messages "
                "or photos without asking them?",
                "reverse": True,
            },
        ],
    },
}
