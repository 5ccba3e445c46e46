"""Arabic text of the demo helplines that serve Arabic speakers.

Keyed by the English entry's ``name`` in ``helplines.py``. Only human text is
here (name, opening hours, description); phone, website, country and source are
synchronised from the English entry by wagtail-localize. Entries: the contacts
for every country and the helplines of Egypt, Jordan and Saudi Arabia.
"""

HELPLINES = {
    "Child Helpline International": {
        "name": "Child Helpline International (الشبكة الدولية لخطوط مساعدة الأطفال)",
        "description": "الشبكة العالمية لخطوط مساعدة الأطفال؛ يعرض موقعها الخطوط "
        "الأعضاء لتجد الخط الموجود في بلدك.",
    },
    "116 111 - European harmonised child helpline number": {
        "name": "116 111 - الرقم الأوروبي الموحّد لمساعدة الأطفال",
        "hours": "يختلف من بلد إلى آخر",
        "description": "رقم مجاني لمساعدة الأطفال مخصّص في كل دول الاتحاد الأوروبي "
        "ومستخدم في بعض الدول الأوروبية الأخرى؛ لا يعمل في كل مكان، فتحقّق من "
        "الخط الخاص ببلدك.",
    },
    "INHOPE - international network of hotlines": {
        "name": "INHOPE - الشبكة الدولية لخطوط الإبلاغ",
        "hours": "إبلاغ عبر الإنترنت",
        "description": "شبكة عالمية لخطوط الإبلاغ يستطيع فيها أي شخص أن يبلّغ دون "
        "ذكر اسمه عن مواد الاعتداء الجنسي على الأطفال التي يجدها على الإنترنت؛ "
        "استخدم خريطتها للعثور على خط الإبلاغ في بلدك.",
    },
    "Take It Down (NCMEC)": {
        "name": "Take It Down (NCMEC)",
        "hours": "عبر الإنترنت، في أي وقت",
        "description": "خدمة مجانية لا تتطلب ذكر الاسم، لأي شخص في أي مكان كان عمره "
        "أقل من 18 عامًا في صورة عارية أو شبه عارية أو جنسية: تصنع بصمة رقمية على "
        "جهازك كي تستطيع المنصات المشاركة حذف النسخ، دون رفع الصورة.",
    },
    "Child Helpline 16000 (National Council for Childhood and Motherhood)": {
        "name": "خط نجدة الطفل 16000 (المجلس القومي للطفولة والأمومة)",
        "hours": "على مدار الساعة طوال أيام الأسبوع",
        "description": "خط وطني مجاني لمساعدة الأطفال وللإبلاغ عن العنف ضد الأطفال "
        "في مصر.",
    },
    "110 Helpline for Families and Children (Jordan River Foundation)": {
        "name": "خط المساندة 110 للأسرة والطفل (مؤسسة نهر الأردن)",
        "description": "خط مساندة للأطفال والأسر في الأردن، تديره مؤسسة نهر الأردن.",
    },
    "Child Helpline 116111 (National Family Safety Program)": {
        "name": "خط مساندة الطفل 116111 (برنامج الأمان الأسري الوطني)",
        "description": "خط مجاني وسرّي لمساعدة الأطفال في المملكة العربية السعودية، "
        "بما في ذلك حالات الإيذاء والإهمال.",
    },
}
