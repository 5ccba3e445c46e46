"""Helplines, reporting hotlines and image-removal services shown by the get_help block.

Plain data only (see FORMAT.md). Every phone number below was checked against the public
page given in `source` (looked up on 2026-11-22). Where a second page was needed to confirm
opening hours or a detail, it is noted in a comment next to the entry. Entries whose
number could not be confirmed from a public page were left out; where the number was
confirmed but no official website address was, `url` is left empty rather than guessed.

Numbers and opening hours change: re-check each `source` before every release and update
`verified`.
"""

VERIFIED = "2026-11-22"

HELPLINES = [
    # ------------------------------------------------------------- International
    {
        "country": "*",
        "name": "Child Helpline International",
        "kind": "helpline",
        "phone": "",
        "url": "https://childhelplineinternational.org/",
        "languages": ["en"],
        "hours": "",
        "description": "The global network of child helplines; its website lists member "
        "helplines so you can find the one in your country.",
        "source": "https://childhelplineinternational.org/15-years-of-116111/",
        "verified": VERIFIED,
    },
    {
        "country": "*",
        "name": "116 111 - European harmonised child helpline number",
        "kind": "helpline",
        "phone": "116 111",
        # Answered in the national language(s) of each country that operates it.
        "languages": [],
        "url": "https://childhelplineinternational.org/15-years-of-116111/",
        "hours": "Varies by country",
        "description": "Free child helpline number reserved across the European Union and used "
        "in several other European countries; it does not work everywhere, so "
        "check your country's own entry.",
        # The page states 116 111 was operational in 23 of the 27 EU member states and in
        # seven other European countries (October 2022).
        "source": "https://childhelplineinternational.org/15-years-of-116111/",
        "verified": VERIFIED,
    },
    {
        "country": "*",
        "name": "INHOPE - international network of hotlines",
        "kind": "report",
        "phone": "",
        "url": "https://www.inhope.org/what-we-do/how-to-report",
        "languages": ["en"],
        "hours": "Online reporting",
        "description": "Global network of hotlines where anyone can anonymously report child "
        "sexual abuse material found online; use its map to find your "
        "country's hotline.",
        "source": "https://inhope.org/EN/articles/about-inhope",
        "verified": VERIFIED,
    },
    {
        "country": "*",
        "name": "Take It Down (NCMEC)",
        "kind": "removal",
        "phone": "",
        "url": "https://takeitdown.ncmec.org/",
        "languages": ["en"],
        "hours": "Online, any time",
        "description": "Free, anonymous service for anyone, anywhere, who was under 18 in a "
        "nude, partially nude or sexual image: it makes a digital fingerprint on "
        "your device so participating platforms can remove copies, without "
        "uploading the image.",
        "source": "https://takeitdown.ncmec.org/faq/",
        "verified": VERIFIED,
    },
    # ------------------------------------------------------------- United Kingdom
    {
        "country": "GB",
        "name": "Childline",
        "kind": "helpline",
        "phone": "0800 1111",
        "url": "https://www.childline.org.uk/",
        "languages": ["en"],
        "hours": "24/7",
        "description": "Free, confidential support for anyone under 19 in the UK, by phone, "
        "online chat or email.",
        # Number: Childnet page below. 24/7 also stated at
        # https://www.allsaints-academy.co.uk/safeguarding/e-safety/reporting-a-problem-online/
        # Under-19 and channels: https://learning.nspcc.org.uk/research-resources/statistics-briefings/childline-nspcc-helpline-statistics
        "source": "http://www.childnet.com/young-people/primary/need-help",
        "verified": VERIFIED,
    },
    {
        "country": "GB",
        "name": "Report Remove (Childline and Internet Watch Foundation)",
        "kind": "removal",
        "phone": "",
        "url": "https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove",
        "languages": ["en"],
        "hours": "Online",
        "description": "Lets under-18s in the UK report a nude image or video of themselves "
        "shared online to try to get it removed, with support from Childline.",
        "source": "https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove",
        "verified": VERIFIED,
    },
    {
        "country": "GB",
        "name": "CEOP Safety Centre (National Crime Agency)",
        "kind": "report",
        "phone": "",
        "url": "https://www.ceop.police.uk/Safety-Centre/",
        "languages": ["en"],
        "hours": "Online form; if a child is in immediate danger call 999",
        "description": "Report online sexual abuse or grooming of a child to CEOP's Child "
        "Protection Advisors; CEOP does not deal with bullying, fake accounts "
        "or hacking.",
        "source": "https://ceop.police.uk/Safety-Centre/How-can-CEOP-help-me-YP/"
        "How-can-CEOP-help-me-concerned-adult",
        "verified": VERIFIED,
    },
    {
        "country": "GB",
        "name": "NSPCC Helpline",
        "kind": "helpline",
        "phone": "0808 800 5000",
        "url": "https://www.nspcc.org.uk/",
        "languages": ["en"],
        "hours": "",
        "description": "Helpline for adults who are worried about a child, including parents, "
        "carers and professionals.",
        "source": "http://www.nspcc.org.uk/help-and-advice/enquiries/"
        "frequently-asked-questions_wda83770.html",
        "verified": VERIFIED,
    },
    # ------------------------------------------------------------- United States
    {
        "country": "US",
        "name": "NCMEC CyberTipline",
        "kind": "report",
        "phone": "1-800-843-5678",
        "url": "https://report.cybertip.org/",
        "languages": ["en"],
        "hours": "24/7",
        "description": "US national centre for reporting online sexual exploitation of "
        "children, including sextortion and nude images of under-18s; report "
        "online or call 1-800-THE-LOST.",
        # The source page gives the CyberTipline phone route as 1-800-THE-LOST; the numeric
        # form 1-800-843-5678 and the 24-hour hotline are stated at
        # https://cmfc.missingkids.org/FAQ
        "source": "https://takeitdown.ncmec.org/faq/",
        "verified": VERIFIED,
    },
    # ------------------------------------------------------------- Canada
    {
        "country": "CA",
        "name": "Kids Help Phone",
        "kind": "helpline",
        "phone": "1-800-668-6868",
        "url": "https://kidshelpphone.ca/",
        "languages": ["en", "fr"],
        "hours": "24/7",
        "description": "Free, confidential support for young people in Canada in English and "
        "French, by phone or by text message to 686868.",
        # 24/7 and bilingual service: https://kidshelpphone.ca/get-involved/about-us/who-is-kids-help-phone/
        "source": "https://www.cbc.ca/news/health/mental-health-crisis-text-kids-help-phone-"
        "1.4894118",
        "verified": VERIFIED,
    },
    # ------------------------------------------------------------- Kenya
    {
        "country": "KE",
        "name": "National Child Helpline 116 (Childline Kenya)",
        "kind": "helpline",
        "phone": "116",
        "url": "https://www.childlinekenya.co.ke/",
        "languages": ["en", "sw"],
        "hours": "24 hours, toll-free",
        "description": "Free national helpline run by the Department of Children's Services "
        "with Childline Kenya, for children and for reporting child abuse.",
        "source": "http://childrenscouncil.go.ke/child-help-line.html",
        "verified": VERIFIED,
    },
    # ------------------------------------------------------------- Tanzania
    {
        "country": "TZ",
        "name": "National Child Helpline 116 (C-Sema)",
        "kind": "helpline",
        "phone": "116",
        "url": "https://sematanzania.org/",
        "languages": ["sw", "en"],
        "hours": "24/7 (Tanzania Mainland call centre)",
        "description": "Free national child helpline on all networks in Tanzania Mainland and "
        "Zanzibar, run by C-Sema with the Government.",
        # Free on all networks, Mainland and Zanzibar: http://sematanzania.org/child-helpline/
        "source": "https://sematanzania.org/news/the-national-child-helpline-goes-24-hours-of-"
        "service-a-day-starting-june-1st-2019",
        "verified": VERIFIED,
    },
    # ------------------------------------------------------------- Spain
    {
        "country": "ES",
        "name": "Teléfono ANAR de Ayuda a Niños y Adolescentes",
        "kind": "helpline",
        "phone": "900 20 20 10",
        "url": "https://anar.org/",
        "languages": ["es"],
        "hours": "24/7",
        "description": "Free, confidential helpline of Fundación ANAR for children and "
        "teenagers across Spain, with psychologists, lawyers and social workers.",
        "source": "https://defensornavarra.es/es/noticias/la-fundacion-anar-se-entrevisto-con-"
        "el-defensor-del-pueblo-de-navarra-y-le-entrego-su-informe-anual-referido-a-"
        "navarra",
        "verified": VERIFIED,
    },
    # ------------------------------------------------------------- France
    {
        "country": "FR",
        "name": "119 Allô Enfance en Danger",
        "kind": "helpline",
        "phone": "119",
        "url": "https://www.allo119.gouv.fr/",
        "languages": ["fr"],
        "hours": "24/7",
        "description": "Free national number for children in danger and for anyone worried "
        "about a child; also offers a chat for under-21s.",
        "source": "https://solidarites-sante.gouv.fr/affaires-sociales/familles-enfance/"
        "pacte-pour-l-enfance/lutte-contre-les-violences-faites-aux-enfants/article/"
        "119-allo-enfance-en-danger",
        "verified": VERIFIED,
    },
    {
        "country": "FR",
        "name": "3018 (Association e-Enfance)",
        "kind": "helpline",
        "phone": "3018",
        "url": "https://3018.fr/",
        "languages": ["fr"],
        "hours": "Every day, 9:00-23:00",
        "description": "Free, anonymous, confidential national service for young people facing "
        "cyberbullying or online violence, including webcam blackmail; it can "
        "ask platforms to remove harmful content quickly.",
        "source": "https://mairie-villetaneuse.fr/actualites/le-3018-un-numero-gratuit-et-une-"
        "app-pour-les-victimes-de-cyberharcelement",
        "verified": VERIFIED,
    },
    # ------------------------------------------------------------- Portugal
    {
        "country": "PT",
        "name": "SOS-Criança (Instituto de Apoio à Criança)",
        "kind": "helpline",
        "phone": "116 111",
        "url": "https://iacrianca.pt/",
        "languages": ["pt"],
        "hours": "Weekdays 9:00-19:00",
        "description": "Free, anonymous and confidential helpline for children, young people "
        "and families in Portugal.",
        # Hours: https://www.vidaativa.pt/linha-de-apoio-a-crianca/ (also rr.sapo.pt)
        "source": "http://www.iacrianca.pt/index.php/setores-iac-sos/noticias-sos/item/"
        "787-sos-crianca-um-telefone-que-de-forma-anonima-gratuita-e-confidencial-"
        "ja-ajudou",
        "verified": VERIFIED,
    },
    # ------------------------------------------------------------- Brazil
    {
        "country": "BR",
        "name": "Disque 100 (Disque Direitos Humanos)",
        "kind": "report",
        "phone": "100",
        "url": "https://www.gov.br/pt-br/servicos/denunciar-violacao-de-direitos-humanos",
        "languages": ["pt"],
        "hours": "24/7",
        "description": "Free national line of the federal government for reporting violence "
        "against children and other human rights violations; reports can be "
        "anonymous.",
        "source": "https://cubatao.sp.gov.br/disque-100-populacao-pode-usar-canal-para-"
        "denuncias-contra-violacao-dos-direitos-humanos",
        "verified": VERIFIED,
    },
    {
        "country": "BR",
        "name": "SaferNet Brasil Helpline",
        "kind": "helpline",
        "phone": "",
        "url": "https://helpline.org.br",
        "languages": ["pt"],
        "hours": "Online",
        "description": "Anonymous, confidential online guidance from SaferNet Brasil "
        "professionals about online violence, including leaked intimate "
        "images.",
        "source": "https://helpline.org.br",
        "verified": VERIFIED,
    },
    {
        "country": "BR",
        "name": "SaferNet Brasil - Denuncie",
        "kind": "report",
        "phone": "",
        "url": "https://www.safernet.org.br/denuncie",
        "languages": ["pt"],
        "hours": "Online",
        "description": "Brazil's national hotline for anonymous reports of child sexual abuse "
        "material and other crimes online, run with the Federal Public "
        "Prosecutor's Office.",
        "source": "https://pordentrodetudo.com.br/brasil-e-5o-pais-com-mais-denuncias-de-"
        "abuso-sexual-infantil-online",
        "verified": VERIFIED,
    },
    # ------------------------------------------------------------- Egypt
    {
        "country": "EG",
        "name": "Child Helpline 16000 (National Council for Childhood and Motherhood)",
        "kind": "helpline",
        "phone": "16000",
        # No official web address could be confirmed.
        "url": "",
        "languages": ["ar"],
        "hours": "24/7",
        "description": "Free national child helpline for children and for reporting violence "
        "against children in Egypt.",
        "source": "https://www.masress.com/veto/2559543",
        "verified": VERIFIED,
    },
    # ------------------------------------------------------------- Jordan
    {
        "country": "JO",
        "name": "110 Helpline for Families and Children (Jordan River Foundation)",
        "kind": "helpline",
        "phone": "110",
        # No official web address could be confirmed.
        "url": "",
        "languages": ["ar"],
        "hours": "",
        "description": "Support helpline for children and families in Jordan, run by the "
        "Jordan River Foundation.",
        "source": "https://ncfa.org.jo/en/news/workshop-for-national-team-for-family-protection",
        "verified": VERIFIED,
    },
    # ------------------------------------------------------------- Saudi Arabia
    {
        "country": "SA",
        "name": "Child Helpline 116111 (National Family Safety Program)",
        "kind": "helpline",
        "phone": "116 111",
        # No official web address could be confirmed.
        "url": "",
        "languages": ["ar"],
        "hours": "",
        "description": "Free, confidential helpline for children in Saudi Arabia, including "
        "for abuse and neglect.",
        "source": "https://ksaplayers.com/Ksahome/NewsDetial/?nid=31847299",
        "verified": VERIFIED,
    },
]
