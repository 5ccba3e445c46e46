"""Demo course for child-helpline counsellors and frontline workers.

Plain data only (see FORMAT.md). Content follows widely used public guidance
(Luxembourg Terminology Guidelines, Child Helpline International, INHOPE, IWF,
NCMEC, WeProtect Global Alliance, UNICEF, NSPCC).
"""

COURSE = {
    "slug": "responding-to-online-child-sexual-exploitation",
    "title": "Responding to online child sexual exploitation and abuse",
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
        "<p>This course is for child-helpline counsellors and frontline workers such as social "
        "workers, health workers and police officers who may be the first person a child tells "
        "about online sexual exploitation or abuse. It covers recognising the main forms of "
        "abuse and naming them correctly, responding in a survivor-centred way, documenting "
        "cases so that referral partners understand them, referring to hotlines and law "
        "enforcement, helping children get images removed, and looking after yourself in work "
        "that can take a heavy toll.</p>"
        "<p>The course contains no abuse images and no graphic descriptions. Some lessons deal "
        "with child sexual abuse; a quick-exit button is available on those lessons, and you "
        "can pause at any time.</p>"
    ),
    "objectives": [
        "I can recognise grooming, sexual extortion, live online child sexual abuse and child sexual abuse material, and name them using the Luxembourg Terminology Guidelines.",
        "I can respond to a child in a survivor-centred way: believing them, without blame, at their pace, with safety first.",
        "I can explain the limits of confidentiality and seek informed consent to referral wherever possible.",
        "I can document a case consistently using agreed categories, without collecting or forwarding abuse images.",
        "I can refer to hotlines, law enforcement and removal tools such as Take It Down and Report Remove.",
        "I can recognise signs of vicarious trauma in myself and colleagues and use supervision and debriefing.",
    ],
    "lessons": [
        # ------------------------------------------------------------------
        {
            "slug": "recognising-ocsea",
            "title": "Recognising online child sexual exploitation and abuse",
            "summary": "The main forms of online sexual exploitation and abuse, how they present in a contact, and the right words to use.",
            "minutes": 25,
            "sensitive": True,
            "body": [
                (
                    "rich_text",
                    "<h2>What we are talking about</h2>"
                    "<p>Online child sexual exploitation and abuse (OCSEA) is sexual abuse or "
                    "exploitation of children that is facilitated by, or linked to, digital "
                    "technology. Children rarely contact a helpline saying “I am being sexually "
                    "exploited online”. They may talk about a “scam”, “hacking”, a relationship, a "
                    "friend's problem, or another issue entirely (exam stress, conflict at home, "
                    "self-harm), with the online abuse emerging later in the conversation.</p>"
                    "<h3>Main forms</h3>"
                    "<ul>"
                    "<li><b>Grooming (solicitation of children for sexual purposes):</b> an adult "
                    "builds trust and emotional dependence to manipulate a child into sexual "
                    "contact, online or offline. Tactics include flattery, gifts and game credits, "
                    "pretending to be a peer, isolating the child from family, moving to private or "
                    "encrypted apps and demanding secrecy.</li>"
                    "<li><b>Sexual extortion of children (“sextortion”):</b> threatening to share "
                    "sexual images of a child, real or digitally manipulated, to coerce more "
                    "images, sexual acts, money or something else. In <b>financially motivated "
                    "sextortion</b>, often run by organised criminal groups abroad, offenders pose "
                    "as a young person, obtain an image quickly and demand money or gift cards, "
                    "sometimes within an hour of first contact. Boys aged about 14 to 17 have been "
                    "targeted especially often.</li>"
                    "<li><b>Live online child sexual abuse (livestreamed abuse):</b> abuse "
                    "transmitted in real time. A child may be coerced to perform on webcam, or an "
                    "adult in the child's own environment, sometimes a family member, may abuse the "
                    "child on camera for offenders who pay to watch and direct it.</li>"
                    "<li><b>Child sexual abuse material (CSAM):</b> images, videos and recordings "
                    "that depict the sexual abuse or exploitation of a child, including material "
                    "produced by children themselves under pressure or manipulation "
                    "(“self-generated”) and material that is computer-generated or manipulated, "
                    "such as AI “deepfakes”. Every time it is shared, the child is harmed "
                    "again.</li>"
                    "</ul>"
                    "<h2>Words matter: the Luxembourg Terminology Guidelines</h2>"
                    "<p>The Terminology Guidelines for the Protection of Children from Sexual "
                    "Exploitation and Sexual Abuse, known as the Luxembourg Guidelines, were adopted "
                    "in 2016 by an interagency working group of UN bodies, international "
                    "organisations and NGOs. They help practitioners, police and policy makers use "
                    "the same words for the same harms.</p>"
                    "<ul>"
                    "<li>Say <b>child sexual abuse material</b>, not “child pornography”. "
                    "“Pornography” suggests legitimate, consenting adults and hides the abuse. The "
                    "older term survives in some laws; use it only when quoting a law.</li>"
                    "<li>Avoid words that imply a child consented to or is responsible for their "
                    "own exploitation, such as “child prostitute”, “relationship” for an adult's "
                    "abuse of a child, or “sexting” for images obtained through coercion.</li>"
                    "<li>Use “self-generated” with care: it describes how material was produced, "
                    "not whether the child freely chose to produce it.</li>"
                    "</ul>"
                    "<h3>Listen for how it presents</h3>"
                    "<ul>"
                    "<li>“I did something stupid and now someone has my pictures.”</li>"
                    "<li>Panic, a deadline, questions about paying with gift cards or transferring "
                    "money, “my life is over”.</li>"
                    "<li>A much older online “boyfriend” or “girlfriend”, unexplained gifts, secrecy, "
                    "plans to meet.</li>"
                    "<li>A parent or teacher calling because they found messages or images.</li>"
                    "<li>Boys are less likely to disclose sexual abuse and may describe it as a scam "
                    "or hacking. Don't let the framing hide the abuse.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Sextortion and suicide risk",
                        "text": "<p>Children who are being sexually extorted can feel overwhelming "
                        "shame and hopelessness within hours, and some young people have taken "
                        "their own lives. In every sextortion contact, ask directly and calmly "
                        "about thoughts of suicide or self-harm and follow your service's risk "
                        "protocol. Asking does not put the idea in a child's head; it tells "
                        "them they can talk about it.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "“I got scammed”",
                        "situation": "<p>A 16-year-old boy contacts the helpline by chat late at "
                        "night. He says he “got scammed” by a girl on social media, that "
                        "she is “going to ruin his life”, and asks whether it is illegal "
                        "to send money with gift cards.</p>",
                        "prompt": "What is your best response?",
                        "choices": [
                            {
                                "text": "Thank him for reaching out, tell him he is not in trouble, and "
                                "gently ask what she is threatening to do, while checking how he "
                                "is feeling and whether he is safe right now.",
                                "feedback": "Best choice. Scam, threats, gift cards, late at night: these "
                                "fit financially motivated sextortion. A calm, non-judgemental "
                                "opening lets him say more, and an early check on his safety "
                                "matters because distress can escalate quickly.",
                                "best": True,
                            },
                            {
                                "text": "Answer his question about gift cards and advise him to report "
                                "the scam to his bank.",
                                "feedback": "This treats the contact as a simple fraud and may miss "
                                "sexual extortion, a form of child sexual abuse with a serious "
                                "risk of harm. Explore what is happening before giving "
                                "practical advice.",
                                "best": False,
                            },
                            {
                                "text": "Ask him to send a screenshot of the image so you can see what "
                                "she has.",
                                "feedback": "Never ask a child to send or show a sexual image. It adds to "
                                "his shame and you would be receiving child sexual abuse "
                                "material. Ask him to describe what is happening instead.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Which term should you use in case notes for sexual images of a 14-year-old being shared online?",
                        "choices": [
                            {
                                "text": "Child sexual abuse material (CSAM)",
                                "correct": True,
                                "feedback": "Correct. This is the term recommended by the Luxembourg "
                                "Guidelines and used by hotlines and police.",
                            },
                            {
                                "text": "Child pornography",
                                "correct": False,
                                "feedback": "This term remains in some laws, but it implies consent and "
                                "legitimacy. Use “child sexual abuse material” except when "
                                "quoting a law.",
                            },
                            {
                                "text": "Underage sexting",
                                "correct": False,
                                "feedback": "“Sexting” suggests a consensual exchange and can hide "
                                "coercion or abuse. It is also not a category that referral "
                                "partners use.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>Timing:</b> about 25 minutes.</p>"
                    "<ul>"
                    "<li>Open with a content note and agree how participants can step out. Never "
                    "use real abuse images, real case transcripts or graphic descriptions; invented, "
                    "non-graphic vignettes are enough to build skills.</li>"
                    "<li><b>Terminology exercise (10 minutes):</b> give small groups cards with "
                    "terms heard in the media and in old case files (“child porn”, “teen sexting”, "
                    "“child prostitute”, “webcam sex tourism”) and ask them to replace each one with "
                    "the Luxembourg Guidelines term and explain why.</li>"
                    "<li><b>Presentation exercise (10 minutes):</b> read three short contact "
                    "openings (a “scam”, a “hacked account”, a parent's call) and ask which forms of "
                    "abuse might lie behind each and what the counsellor would ask next.</li>"
                    "<li>Add national specifics before the session: the legal terms in your "
                    "country's law, the age of consent, and any mandatory reporting duties.</li>"
                    "</ul>",
                ),
                ("get_help", {"heading": "Helplines and hotlines"}),
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "survivor-centred-response",
            "title": "Responding in a survivor-centred way",
            "summary": "Believing the child, no blame, their pace, safety first, informed consent and honest limits of confidentiality.",
            "minutes": 25,
            "sensitive": True,
            "body": [
                (
                    "rich_text",
                    "<h2>Principles</h2>"
                    "<ul>"
                    "<li><b>Safety first.</b> Early in the contact, check whether the child is in "
                    "immediate danger: Is someone contacting or threatening them right now? Is a "
                    "meeting planned? Are they thinking of harming themselves? Is the abuser in "
                    "their home? If the risk is immediate, follow your emergency protocol.</li>"
                    "<li><b>Believe.</b> Take what the child says seriously. Your job is not to "
                    "decide whether it is true but to respond to a child who may be at risk.</li>"
                    "<li><b>No blame.</b> Responsibility lies with the person who groomed, "
                    "threatened or abused the child, whatever the child did, sent or agreed to. "
                    "Avoid “why did you...?” questions.</li>"
                    "<li><b>The child's pace.</b> Let them tell it in their own way. Ask only what "
                    "you need for safety and referral; detailed accounts are for specialist "
                    "interviewers later. Pushing for detail can re-traumatise a child and can "
                    "affect the quality of later evidence.</li>"
                    "<li><b>Choice and control.</b> Abuse takes control away. Give as much back as "
                    "safety allows: explain options, ask what they want, and tell them what will "
                    "happen before it happens.</li>"
                    "<li><b>Sensitivity to gender, age, disability and culture.</b> Boys, LGBTQ+ "
                    "young people and children with disabilities may face extra barriers to telling; "
                    "adapt your language and never assume the gender of an offender or victim.</li>"
                    "</ul>"
                    "<h2>Confidentiality and its limits</h2>"
                    "<p>Explain the limits of confidentiality early, in plain words, before the "
                    "child has told you a great deal: “What you tell me stays private, unless I'm "
                    "worried that you or someone else is in danger. Then I might need to tell "
                    "someone who can help, and if I can, I'll talk to you about it first.” Many "
                    "helplines allow children to stay anonymous; respect this unless your protocol "
                    "and the level of risk require otherwise.</p>"
                    "<h2>Informed consent to referral</h2>"
                    "<p>Wherever possible, refer with the child's informed consent. That means "
                    "explaining who the referral goes to, what information is shared, what is "
                    "likely to happen next (for example, whether police may contact them) and what "
                    "support they will have. Listen to their fears; many children agree once they "
                    "understand the process. Where the law or your protocol requires a referral "
                    "without consent, for instance because a child is in danger, tell the child "
                    "what you are doing and why, and stay with them through it.</p>"
                    "<h2>Practical advice in a sextortion case</h2>"
                    "<ul>"
                    "<li><b>Don't pay</b>, or don't pay any more. Paying rarely ends the threats.</li>"
                    "<li><b>Stop contact</b>: don't reply or negotiate.</li>"
                    "<li><b>Don't delete</b> chats or accounts yet. Save evidence: screenshots of "
                    "messages and threats, usernames, profile links, payment details requested. "
                    "Never save or send the images themselves.</li>"
                    "<li><b>Then block and report</b> the account on the platform.</li>"
                    "<li><b>Tell a safe adult</b> and <b>report</b> to police or a hotline; consider "
                    "removal tools.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Phrases that help",
                        "text": "<ul>"
                        "<li>“Thank you for telling me. That took courage.”</li>"
                        "<li>“This is not your fault. The person who did this is responsible.”</li>"
                        "<li>“We can go at your pace. You don't have to tell me everything.”</li>"
                        "<li>“I'll be honest with you about what I can and can't keep private.”</li>"
                        "<li>“There is a way through this, and you don't have to do it alone.”</li>"
                        "</ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "trusted_adult",
                        "title": "Help the child find a safe adult",
                        "text": "<p>Ask who in the child's life they trust: a parent, relative, "
                        "teacher or youth worker. A safe adult nearby can support them after "
                        "the contact ends. But don't assume family is safe: in livestreamed "
                        "abuse the abuser is sometimes a parent or relative. Assess before "
                        "suggesting who to tell, and never contact the family without "
                        "considering whether that could increase the risk.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "“Please don't tell anyone”",
                        "situation": "<p>A 14-year-old girl tells you in a chat that a man she met "
                        "in a game recorded her on a video call with her top off and is "
                        "now demanding more. She begs you not to tell anyone, especially "
                        "not her parents or the police.</p>",
                        "prompt": "How do you respond?",
                        "choices": [
                            {
                                "text": "Acknowledge her fear, explain honestly what stays private and "
                                "what you may have to share to keep her safe, explore her "
                                "worries and options, and work towards a referral she "
                                "understands, following your protocol on risk.",
                                "feedback": "Best choice. You are honest about the limits of "
                                "confidentiality without abandoning her, and you give her as "
                                "much control as safety allows. An adult sexually extorting a "
                                "child is a crime that most protocols require you to act on; "
                                "explain what you will do, and why, before you do it.",
                                "best": True,
                            },
                            {
                                "text": "Promise you won't tell anyone so that she keeps talking.",
                                "feedback": "A promise you may not be able to keep destroys trust when "
                                "it is broken, and may stop her seeking help again. Be honest "
                                "about confidentiality from the start.",
                                "best": False,
                            },
                            {
                                "text": "Tell her you must call the police and her parents now, and end "
                                "the chat to make the calls.",
                                "feedback": "Acting without explanation takes away all her control and "
                                "she may disengage or deny everything. Even when you must "
                                "refer, stay with her, explain each step and consider whether "
                                "involving her parents is safe and helpful.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Which statement reflects a survivor-centred response?",
                        "choices": [
                            {
                                "text": "Letting the child set the pace, while checking their immediate "
                                "safety early in the contact.",
                                "correct": True,
                                "feedback": "Correct. Safety comes first, and within that the child "
                                "decides how much to tell and when.",
                            },
                            {
                                "text": "Getting a complete, detailed account in the first contact so "
                                "the police have everything.",
                                "correct": False,
                                "feedback": "Pressing for detail can re-traumatise the child and affect "
                                "later investigative interviews. Gather what you need for "
                                "safety and referral; specialists interview later.",
                            },
                            {
                                "text": "Explaining to the child what they did wrong so it won't happen "
                                "again.",
                                "correct": False,
                                "feedback": "Blame increases shame and silence. Prevention advice can "
                                "come later, framed around the offender's tactics, not the "
                                "child's mistakes.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>Timing:</b> about 25 minutes.</p>"
                    "<ul>"
                    "<li>Ask each participant to write, in their own words and language, how they "
                    "would explain the limits of confidentiality to a 10-year-old and to a "
                    "16-year-old. Read some aloud and refine them together; counsellors should leave "
                    "with a script they are comfortable saying.</li>"
                    "<li>Role-play the scenario in pairs with an observer checking: safety question "
                    "asked early, no blame, confidentiality explained, consent sought, next steps "
                    "explained.</li>"
                    "<li>Review your service's protocol for when a referral must be made without "
                    "consent and for suicide risk, and make sure everyone knows where to find "
                    "it.</li>"
                    "<li>For mixed groups (helpline staff, social workers, police), discuss how each "
                    "role's duties differ, for example mandatory reporting or evidential "
                    "requirements.</li>"
                    "</ul>",
                ),
                ("get_help", {"heading": "Support services"}),
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "documenting-a-case",
            "title": "Documenting a case consistently",
            "summary": "What to record, what never to collect, and why common categories make referrals work.",
            "minutes": 20,
            "sensitive": True,
            "body": [
                (
                    "rich_text",
                    "<h2>Why consistent documentation matters</h2>"
                    "<p>Helplines, hotlines, social services and police often record the same abuse "
                    "in different ways. If a helpline files a case as “online problem” and the "
                    "police look for “sexual extortion of a child”, the case can be lost, delayed or "
                    "given the wrong priority, and national figures under-count the harm. "
                    "Consistent, factual records protect the child, make referrals understood and "
                    "show trends that shape prevention.</p>"
                    "<h3>What to record</h3>"
                    "<ul>"
                    "<li><b>What:</b> a brief, factual account, with key statements in the child's "
                    "own words.</li>"
                    "<li><b>When:</b> the date and time of the contact, and the approximate dates of "
                    "events such as first contact, threats and any deadline.</li>"
                    "<li><b>Where:</b> the platforms, apps or games involved, and whether the "
                    "conversation moved from one to another.</li>"
                    "<li><b>Who:</b> usernames, display names, profile links (URLs), user IDs, phone "
                    "numbers or email addresses, and payment details demanded, copied exactly.</li>"
                    "<li><b>The child:</b> age, gender and location, as far as the child shares "
                    "them and your policy allows.</li>"
                    "<li><b>Risk and safety:</b> your risk assessment and any immediate actions.</li>"
                    "<li><b>Category:</b> the type of harm, using the agreed categories.</li>"
                    "<li><b>Consent and referral:</b> what the child wants, what they agreed to, "
                    "referrals made (to whom, when, reference number) and planned follow-up.</li>"
                    "</ul>"
                    "<h3>What never to do</h3>"
                    "<ul>"
                    "<li>Never ask a child to send, forward or show you an image or video.</li>"
                    "<li>Never download, screenshot, save or forward abuse material, not even to a "
                    "hotline or the police. Record that it exists and where (the platform and URL), "
                    "and let the hotline or police obtain it lawfully.</li>"
                    "<li>If a child sends an image without being asked, don't open it again or "
                    "forward it. Tell your supervisor and follow your organisation's procedure, "
                    "which should be agreed with law enforcement.</li>"
                    "<li>Don't describe images in graphic detail; a short factual description of "
                    "what the child reports is enough.</li>"
                    "</ul>"
                    "<h3>Use common categories</h3>"
                    "<p>Agree a shared set of categories with your referral partners, based on the "
                    "Luxembourg Guidelines terms, for example:</p>"
                    "<ul>"
                    "<li>Online grooming (solicitation for sexual purposes)</li>"
                    "<li>Sexual extortion, with a flag for financially motivated cases</li>"
                    "<li>Child sexual abuse material: production or sharing, with flags for "
                    "self-generated and computer-generated material</li>"
                    "<li>Live online child sexual abuse</li>"
                    "<li>Non-consensual sharing of images between peers</li>"
                    "<li>Unwanted exposure to sexual content or sexual messages</li>"
                    "</ul>"
                    "<p>A case can have more than one category. Where your helpline reports data to "
                    "Child Helpline International or national bodies, map your categories to theirs "
                    "so figures can be compared.</p>"
                    "<h3>Protect the record</h3>"
                    "<p>Collect only what you need, store it in your secure case system, limit "
                    "access to people who need it, and follow your retention policy.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Describe, never collect",
                        "text": "<p>Receiving, storing or forwarding a sexual image of a child is "
                        "illegal in most countries, even for professionals, unless done by "
                        "authorised staff under specific legal rules. It also exposes the "
                        "child to further harm and exposes you to distressing material. Your "
                        "record describes; the hotline or police collect.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Copy identifiers exactly",
                        "text": "<p>Usernames often contain underscores, dots, numbers and look-alike "
                        "letters. One wrong character and police or a platform cannot find the "
                        "account. Ask the child to read the username out letter by letter, or "
                        "copy the text of the profile link, and note any earlier usernames the "
                        "account used.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Rewriting a case note",
                        "situation": "<p>A colleague's draft note reads: “Girl, 15, sexting problem "
                        "with boyfriend, pics leaked. Advised her to be more careful.” "
                        "From the call you know that she is 15, that a 24-year-old man "
                        "she met on a social media app asked her for images over three "
                        "weeks, and that he is now threatening to send them to her school "
                        "unless she sends a video by Friday. She gave his username.</p>",
                        "prompt": "How should the note be rewritten?",
                        "choices": [
                            {
                                "text": "Record her age, the app, the username exactly, the dates and the "
                                "Friday deadline, her own words about the threat, the categories "
                                "“grooming” and “sexual extortion”, the risk assessment, her "
                                "consent and the referral made.",
                                "feedback": "Best choice. The note is now factual, uses categories that "
                                "police and hotlines understand, and contains the identifiers "
                                "they need to act before the deadline. It also removes the "
                                "blaming advice.",
                                "best": True,
                            },
                            {
                                "text": "Keep it short, but change “sexting problem” to “online issue”.",
                                "feedback": "“Online issue” is too vague for any partner to act on or "
                                "count, and the case would probably be misfiled. Use the "
                                "agreed categories and record the identifiers.",
                                "best": False,
                            },
                            {
                                "text": "Ask her to send the images so they can be attached to the case "
                                "file.",
                                "feedback": "Never request or store abuse images. Record that images "
                                "exist and where, and let the hotline or police handle the "
                                "material lawfully.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Why should helplines and police use common case categories?",
                        "choices": [
                            {
                                "text": "So referrals are understood and prioritised correctly and cases "
                                "are counted consistently.",
                                "correct": True,
                                "feedback": "Correct. Shared categories mean a sextortion case recorded "
                                "by a helpline is recognised as sextortion by the police, "
                                "and national data reflect what children experience.",
                            },
                            {
                                "text": "So counsellors have less to write.",
                                "correct": False,
                                "feedback": "Categories don't replace a factual account and identifiers; "
                                "they make the account easy to route and count.",
                            },
                            {
                                "text": "Because the child's own words are not useful to police.",
                                "correct": False,
                                "feedback": "The child's own words are very useful. Categories sit "
                                "alongside them; they don't replace them.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>Timing:</b> about 20 minutes.</p>"
                    "<ul>"
                    "<li>Before the session, obtain your service's current category list and, if "
                    "possible, the categories used by your national police unit and hotline. Show "
                    "them side by side and identify where they don't match; this is often the most "
                    "useful discussion of the course.</li>"
                    "<li>Give participants three invented case summaries and ask them to write a "
                    "case note in ten minutes. Swap notes and check them against the “what to "
                    "record” list.</li>"
                    "<li>Walk through your procedure for an image sent without being asked: who to "
                    "tell, what to record and how the device or system is handled. If no procedure "
                    "exists, note this as an action for management and agree it with law "
                    "enforcement.</li>"
                    "</ul>",
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "referral-and-image-removal",
            "title": "Referral to hotlines and law enforcement, and image removal",
            "summary": "Where to refer each kind of case and how to help a child get images taken down.",
            "minutes": 25,
            "sensitive": True,
            "body": [
                (
                    "rich_text",
                    "<h2>Know your referral map</h2>"
                    "<p>Before you need it, build a referral map for your country: who to contact "
                    "for each kind of case, what information they need, how to send it securely and "
                    "how they will let you know what happened. Review it at least once a year.</p>"
                    "<h3>Internet hotlines</h3>"
                    "<p>Hotlines receive reports, often anonymous, of child sexual abuse material "
                    "online. Trained analysts assess whether the material is illegal, inform law "
                    "enforcement and ask hosting providers to remove it. "
                    '<a href="https://www.inhope.org">INHOPE</a> is the global network of '
                    "hotlines; its members exchange reports through a secure system so that "
                    "material hosted in another country reaches the hotline there. Examples include "
                    'the <a href="https://report.iwf.org.uk">Internet Watch Foundation</a> (UK) '
                    'and the <a href="https://report.cybertip.org">NCMEC CyberTipline</a> (United '
                    "States). The CyberTipline also receives reports from US-based online platforms "
                    "about abuse material they detect worldwide and makes them available to law "
                    "enforcement in the relevant country. Where a country has no national hotline, "
                    "an IWF reporting portal or another INHOPE member may accept reports.</p>"
                    "<h3>Law enforcement</h3>"
                    "<ul>"
                    "<li><b>Immediate danger:</b> the emergency number, at once.</li>"
                    "<li><b>Grooming, sexual extortion, livestreamed abuse, CSAM involving an "
                    "identifiable child:</b> the national or regional specialist unit for online "
                    "child abuse or cybercrime, through the channel agreed with your service.</li>"
                    "<li>Send the documented case: identifiers, dates, platforms, the child's "
                    "account and your risk assessment. Never attach images.</li>"
                    "</ul>"
                    "<h3>Child protection services</h3>"
                    "<p>Refer to child protection or social services when a child needs ongoing "
                    "protection or support, and always when the abuser may be in the child's home or "
                    "family, as in some livestreamed abuse.</p>"
                    "<h3>Platforms</h3>"
                    "<p>Help the child report the account and content through the platform's own "
                    "tools after evidence has been saved. Many platforms are required or have "
                    "committed to report child sexual abuse material to NCMEC or national "
                    "authorities.</p>"
                    "<h2>Image removal tools</h2>"
                    "<ul>"
                    '<li><a href="https://takeitdown.ncmec.org">Take It Down</a> (NCMEC) helps '
                    "remove or stop the online sharing of nude or sexual images or videos taken when "
                    "the person was under 18. The tool creates a hash (a digital fingerprint) on the "
                    "young person's own device; the image itself is never uploaded. Participating "
                    "platforms use the hash to find and remove copies on their public or unencrypted "
                    "services. It can be used anonymously, and a trusted adult can help.</li>"
                    '<li><a href="https://www.childline.org.uk/remove">Report Remove</a> '
                    "(Childline and the Internet Watch Foundation) lets young people under 18 in the "
                    "UK report nude images or videos of themselves. Young people confirm their age, "
                    "create a Childline account so they can be supported and kept informed, and the "
                    "IWF assesses the content, works to remove it and shares a hash with internet "
                    "companies to prevent re-uploads.</li>"
                    "<li>StopNCII.org serves adults aged 18 and over whose intimate images are shared "
                    "or threatened without consent; it is not the route for images of "
                    "children.</li>"
                    "</ul>"
                    "<p>Be honest with the child: these tools help a great deal, but no tool can "
                    "guarantee that every copy is removed. Hash matching works only on participating "
                    "services and not inside end-to-end encrypted chats.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Make referrals warm",
                        "text": "<p>Where you can, make the referral with the child rather than handing "
                        "them a link: explain what will happen, stay on the line while they "
                        "start a removal report, or agree a time to call back. Record the "
                        "reference number and follow up to check the referral was received "
                        "and acted on.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Which route?",
                        "situation": "<p>A 17-year-old in the UK calls. A week ago, her ex-partner, "
                        "also 17, posted a nude video of her on a file-sharing site. She "
                        "has the link. She is not in immediate danger and wants the video "
                        "gone more than anything; she is unsure about the police.</p>",
                        "prompt": "What do you suggest?",
                        "choices": [
                            {
                                "text": "Explain Report Remove and Take It Down, help her use them "
                                "without sending the video to anyone, discuss her options for "
                                "reporting to the police and her school, and follow your protocol "
                                "on referral.",
                                "feedback": "Best choice. Removal is her priority, and Report Remove is "
                                "designed for under-18s in the UK, with Childline support "
                                "throughout. Take It Down adds protection on participating "
                                "platforms. You also set out her other options honestly and "
                                "follow your service's referral protocol.",
                                "best": True,
                            },
                            {
                                "text": "Tell her to use StopNCII.org.",
                                "feedback": "StopNCII is designed for adults aged 18 and over. For images "
                                "taken when someone was under 18, Report Remove or Take It "
                                "Down are the right tools.",
                                "best": False,
                            },
                            {
                                "text": "Ask her to send you the video and the link so you can forward "
                                "them to the hotline.",
                                "feedback": "Never request or forward the video. A link can be reported "
                                "to a hotline through your agreed route, but the better "
                                "option is to help her report it herself through a tool "
                                "built for young people.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "How does Take It Down protect a young person's privacy?",
                        "choices": [
                            {
                                "text": "The image stays on their device; only a hash (digital "
                                "fingerprint) is shared with participating platforms.",
                                "correct": True,
                                "feedback": "Correct. Nobody at NCMEC or the platforms needs to receive "
                                "the image for the hash to work.",
                            },
                            {
                                "text": "NCMEC staff review a copy of the image before it is removed.",
                                "correct": False,
                                "feedback": "The image is not uploaded to Take It Down; only the hash "
                                "is.",
                            },
                            {
                                "text": "It removes the image from private, end-to-end encrypted chats.",
                                "correct": False,
                                "feedback": "Hash matching works on participating platforms' public or "
                                "unencrypted services, not inside encrypted chats. Be honest "
                                "with children about this limit.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>Timing:</b> about 25 minutes.</p>"
                    "<ul>"
                    "<li><b>Referral map exercise (15 minutes):</b> in groups, fill in a blank map "
                    "for your country: emergency number, specialist police unit, national hotline "
                    "or nearest reporting portal, child protection services, removal tools "
                    "available to local children, and the secure method for sending each referral. "
                    "Gaps are action points for management.</li>"
                    "<li>Check every address and number yourself shortly before the session and "
                    "note the date you checked.</li>"
                    "<li>If possible, invite someone from the national hotline or the police unit "
                    "to explain what happens to a referral after it leaves the helpline and what "
                    "information makes their work faster.</li>"
                    "<li>Demonstrate the removal tools' start pages only. Never upload anything, "
                    "even a test image, in training.</li>"
                    "</ul>",
                ),
                ("get_help", {"heading": "Hotlines, helplines and removal tools"}),
            ],
        },
        # ------------------------------------------------------------------
        {
            "slug": "looking-after-yourself",
            "title": "Looking after yourself: vicarious trauma, supervision and debriefing",
            "summary": "Recognising the effects of this work on you and using supervision, debriefing and self-care.",
            "minutes": 15,
            "sensitive": False,
            "body": [
                (
                    "rich_text",
                    "<h2>This work affects the people who do it</h2>"
                    "<p>Listening to children describe abuse, day after day, affects even "
                    "experienced professionals. This is a normal occupational risk, not a personal "
                    "weakness, and organisations share responsibility for managing it.</p>"
                    "<ul>"
                    "<li><b>Vicarious trauma:</b> a gradual change in how you see yourself, other "
                    "people and the world (safety, trust, control) that comes from repeated "
                    "empathic engagement with survivors' experiences.</li>"
                    "<li><b>Secondary traumatic stress:</b> symptoms similar to post-traumatic "
                    "stress, such as intrusive images, avoidance and being constantly on alert, "
                    "after hearing about others' trauma.</li>"
                    "<li><b>Burnout:</b> exhaustion, cynicism and a sense of ineffectiveness caused "
                    "by chronic workload and working conditions.</li>"
                    "</ul>"
                    "<h3>Signs to notice in yourself and colleagues</h3>"
                    "<ul>"
                    "<li>Intrusive thoughts or images from children's accounts; nightmares or poor "
                    "sleep.</li>"
                    "<li>Feeling numb, detached or cynical; dreading shifts.</li>"
                    "<li>Becoming hyper-vigilant, for example constantly checking your own "
                    "children's devices or distrusting everyone around them.</li>"
                    "<li>Irritability, withdrawal from friends and family, more alcohol or other "
                    "substances.</li>"
                    "<li>Overworking, skipping breaks, or believing that nobody else can handle your "
                    "cases.</li>"
                    "</ul>"
                    "<h2>What helps</h2>"
                    "<h3>From the organisation</h3>"
                    "<ul>"
                    "<li>Regular supervision, individual or group, focused on the emotional impact "
                    "of the work as well as the cases.</li>"
                    "<li>A short debrief after distressing contacts, on the same shift where "
                    "possible.</li>"
                    "<li>Manageable caseloads, protected breaks and a mix of contact types.</li>"
                    "<li>Access to confidential counselling, and a culture where asking for help is "
                    "expected.</li>"
                    "<li>No unnecessary exposure to abuse material: counsellors should never need to "
                    "view it.</li>"
                    "</ul>"
                    "<h3>For yourself</h3>"
                    "<ul>"
                    "<li>A written self-care plan: what drains you, early warning signs, and what "
                    "restores you.</li>"
                    "<li>Boundaries between work and home, including not taking case details home "
                    "on your phone.</li>"
                    "<li>Sleep, movement, time outdoors and time with people who matter to you.</li>"
                    "<li>Remembering why the work matters: children you helped are safer because you "
                    "listened.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "A transition ritual",
                        "text": "<p>Mark the end of each shift with a small, regular action: write down "
                        "anything unfinished for the next shift, wash your hands, change your "
                        "clothes, or take a short walk before going home. A routine signals to "
                        "your mind that work is over and helps stop cases following you "
                        "home.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "trusted_adult",
                        "title": "You need a trusted person too",
                        "text": "<p>We ask children to tell a trusted adult. The same applies to you: "
                        "your supervisor, a senior colleague or a counsellor outside the "
                        "organisation. If a contact stays with you, tell someone within a day. "
                        "Reaching out early is professional practice, not failure.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "After a hard month",
                        "situation": "<p>A counsellor in her second year has handled several "
                        "sextortion contacts this month, including one with a child at "
                        "high risk. She has started checking her own son's phone every "
                        "night, is sleeping badly and has skipped the team debrief "
                        "because “others have it worse”.</p>",
                        "prompt": "What is the most helpful response from her team leader?",
                        "choices": [
                            {
                                "text": "Name the signs kindly and privately, describe them as a common "
                                "reaction to this work, arrange supervision and a debrief, review "
                                "her mix of contacts, and remind her of confidential counselling "
                                "support.",
                                "feedback": "Best choice. Naming the signs without judgement and "
                                "offering practical support early helps her recover and "
                                "keeps her in the work. It also shows the whole team that "
                                "asking for help is normal.",
                                "best": True,
                            },
                            {
                                "text": "Tell her that everyone finds it hard and she needs to toughen up.",
                                "feedback": "This reinforces the belief that struggling is weakness, "
                                "makes her less likely to speak up, and increases the risk of "
                                "burnout and mistakes with children.",
                                "best": False,
                            },
                            {
                                "text": "Move her off the helpline permanently without discussing it.",
                                "feedback": "Removing someone without discussion can feel like "
                                "punishment and may stop colleagues admitting difficulties. "
                                "Temporary adjustments agreed with her are usually more "
                                "helpful.",
                                "best": False,
                            },
                        ],
                    },
                ),
                (
                    "quick_check",
                    {
                        "question": "Which of these is a sign of vicarious trauma?",
                        "choices": [
                            {
                                "text": "A lasting change in how safe or trusting you feel about the "
                                "world, with intrusive images from children's accounts.",
                                "correct": True,
                                "feedback": "Correct. These are classic signs; they call for supervision "
                                "and support, not silence.",
                            },
                            {
                                "text": "Feeling tired after a busy shift and fine again after a "
                                "weekend's rest.",
                                "correct": False,
                                "feedback": "Ordinary tiredness that recovers with rest is normal. "
                                "Vicarious trauma is a deeper, lasting change.",
                            },
                            {
                                "text": "Wanting more training on handling sextortion contacts.",
                                "correct": False,
                                "feedback": "Wanting to build skills is healthy professional "
                                "development, not a sign of harm.",
                            },
                        ],
                    },
                ),
                (
                    "facilitator_notes",
                    "<p><b>Timing:</b> about 15 minutes. Run this lesson last, and do not cut it "
                    "when time is short.</p>"
                    "<ul>"
                    "<li>Open with a one-minute grounding exercise (feet on the floor, three slow "
                    "breaths, name five things you can see) and explain that participants can use it "
                    "between contacts.</li>"
                    "<li>Give each participant a self-care plan template to complete privately: "
                    "three early warning signs, three things that help, and the name of the person "
                    "they will talk to. Don't collect the plans.</li>"
                    "<li>Invite supervisors and managers to attend, and ask them to state the "
                    "service's actual arrangements: supervision frequency, debriefing after "
                    "high-risk contacts and how to access confidential counselling.</li>"
                    "<li>Close the course by asking participants to complete the post-test, "
                    "including the open question.</li>"
                    "</ul>",
                ),
                ("get_help", {"heading": "Support for children and for you"}),
            ],
        },
    ],
    "test": {
        "code": "CNS-SAFE",
        "title": "Responding to online child sexual exploitation and abuse: knowledge, attitudes and practices",
        "instructions": (
            "Complete this questionnaire before and after the course. It measures knowledge, "
            "attitudes and practice, and results are reported only in anonymous, combined form to "
            "improve training. For the statements, answer according to what you actually think and "
            "do in your work. It takes about 10 to 15 minutes."
        ),
        "items": [
            {
                "code": "K01",
                "domain": "K",
                "type": "single",
                "subscale": "terminology",
                "text": "Which term do the Luxembourg Terminology Guidelines recommend for sexual images and videos of children?",
                "options": [
                    {"key": "A", "text": "Child pornography", "correct": False},
                    {
                        "key": "B",
                        "text": "Child sexual abuse material",
                        "correct": True,
                    },
                    {"key": "C", "text": "Explicit underage content", "correct": False},
                    {"key": "D", "text": "Teen sexting material", "correct": False},
                ],
                "explanation": "“Child sexual abuse material” names what the content is: a record of "
                "a child's abuse. “Child pornography” implies consent and legitimacy "
                "and should be used only when quoting a law that still uses it.",
            },
            {
                "code": "K02",
                "domain": "K",
                "type": "multi",
                "subscale": "sextortion",
                "text": "Which are typical features of financially motivated sextortion? Choose all that apply.",
                "options": [
                    {
                        "key": "A",
                        "text": "Very rapid escalation, sometimes within an hour of first contact",
                        "correct": True,
                    },
                    {
                        "key": "B",
                        "text": "Demands for money or gift cards",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "The offender poses as a young person of a similar age",
                        "correct": True,
                    },
                    {
                        "key": "D",
                        "text": "The offender is usually someone the child has known offline for years",
                        "correct": False,
                    },
                    {
                        "key": "E",
                        "text": "Threats to send images to the child's friends, family or followers",
                        "correct": True,
                    },
                ],
                "explanation": "Financially motivated sextortion is usually carried out by strangers, "
                "often organised groups abroad, who pose as peers, obtain an image "
                "quickly and then demand money with threats to share it with the "
                "child's contacts. Speed and panic are part of the tactic.",
            },
            {
                "code": "K03",
                "domain": "K",
                "type": "truefalse",
                "subscale": "documentation",
                "text": "If a child offers to send you the image to prove what happened, accepting it will strengthen the referral.",
                "answer": False,
                "explanation": "Never request or accept abuse images. Receiving or forwarding them is "
                "illegal in most countries, harms the child again and is not needed "
                "for a referral. Record that the image exists and where; hotlines and "
                "police obtain material lawfully.",
            },
            {
                "code": "K04",
                "domain": "K",
                "type": "single",
                "subscale": "confidentiality",
                "text": "When should you explain the limits of confidentiality to a child?",
                "options": [
                    {
                        "key": "A",
                        "text": "Only if you decide a referral is needed",
                        "correct": False,
                    },
                    {
                        "key": "B",
                        "text": "Early in the contact, in simple words, before they have disclosed a great deal",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "At the end of the contact, once you have all the facts",
                        "correct": False,
                    },
                    {
                        "key": "D",
                        "text": "Never; it may stop the child talking",
                        "correct": False,
                    },
                ],
                "explanation": "Explaining early lets the child decide what to share with full "
                "knowledge, and avoids a sense of betrayal if you later need to refer. "
                "Honest, simple explanations rarely stop children talking; broken "
                "promises often do.",
            },
            {
                "code": "K05",
                "domain": "K",
                "type": "single",
                "subscale": "removal",
                "text": "Which statement about NCMEC's Take It Down tool is correct?",
                "options": [
                    {
                        "key": "A",
                        "text": "The young person must upload the image to NCMEC for review",
                        "correct": False,
                    },
                    {
                        "key": "B",
                        "text": "It creates a hash on the young person's device, so the image itself is not uploaded",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "It is only for adults whose images were shared after they turned 18",
                        "correct": False,
                    },
                    {
                        "key": "D",
                        "text": "It removes images from end-to-end encrypted private chats",
                        "correct": False,
                    },
                ],
                "explanation": "Take It Down is for images taken when the person was under 18. It "
                "generates a digital fingerprint on the device and shares only that "
                "hash with participating platforms, which use it to find copies on "
                "their public or unencrypted services.",
            },
            {
                "code": "K06",
                "domain": "K",
                "type": "multi",
                "subscale": "referral",
                "text": "A child tells you that sexual images of them are on a website. Which are appropriate routes? Choose all that apply.",
                "options": [
                    {
                        "key": "A",
                        "text": "The national INHOPE member hotline, or the nearest reporting portal",
                        "correct": True,
                    },
                    {
                        "key": "B",
                        "text": "Law enforcement, through your agreed referral channel",
                        "correct": True,
                    },
                    {
                        "key": "C",
                        "text": "A removal tool such as Take It Down or, in the UK, Report Remove",
                        "correct": True,
                    },
                    {
                        "key": "D",
                        "text": "Sharing the link in a professional messaging group so colleagues can check it",
                        "correct": False,
                    },
                    {
                        "key": "E",
                        "text": "The platform's own reporting tool",
                        "correct": True,
                    },
                ],
                "explanation": "Hotlines, police, removal tools and platform reports all have a role, "
                "and several can be used together. Circulating the link, even among "
                "professionals, spreads the abuse and is not a reporting route.",
            },
            {
                "code": "K07",
                "domain": "K",
                "type": "truefalse",
                "subscale": "self-care",
                "text": "Intrusive images and feeling numb after hearing children's accounts of abuse mean a counsellor is unsuited to this work.",
                "answer": False,
                "explanation": "These are common signs of vicarious trauma and secondary traumatic "
                "stress, a normal occupational risk of this work. They call for "
                "supervision, debriefing and support, not for leaving the profession.",
            },
            {
                "code": "A01",
                "domain": "A",
                "type": "likert",
                "subscale": "blame",
                "text": "A child who sent an image to someone online shares some of the blame for what happened next.",
                "reverse": True,
            },
            {
                "code": "A02",
                "domain": "A",
                "type": "likert",
                "subscale": "survivor-centred",
                "text": "It is right to let the child set the pace of the conversation, even when I want more details.",
                "reverse": False,
            },
            {
                "code": "A03",
                "domain": "A",
                "type": "likert",
                "subscale": "self-care",
                "text": "Regular supervision and debriefing are a necessary part of this work, not a sign of weakness.",
                "reverse": False,
            },
            {
                "code": "P01",
                "domain": "P",
                "type": "frequency",
                "subscale": "documentation",
                "text": "How often do you record the platform, usernames and dates of an online abuse case using the agreed categories?",
                "reverse": False,
            },
            {
                "code": "P02",
                "domain": "P",
                "type": "yesno",
                "subscale": "documentation",
                "text": "In the last month, have you asked a child to send or show you an image as evidence?",
                "reverse": True,
            },
            {
                "code": "P03",
                "domain": "P",
                "type": "frequency",
                "subscale": "self-care",
                "text": "How often do you take part in supervision or a debrief after a distressing contact?",
                "reverse": False,
            },
            {
                "code": "O01",
                "domain": "A",
                "type": "open",
                "text": "What is the biggest obstacle in your service to referring online abuse cases consistently, and what would help?",
            },
        ],
    },
}
