"""Draw a one-page course summary handout as a PDF. No database access.

Facilitators in low-connectivity settings print it before a session; learners
keep it afterwards. It lists what the course teaches and its lessons, in the
course's own words.
"""

from dataclasses import dataclass, field

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from .certificates import RTL_LANGUAGES


@dataclass(frozen=True)
class HandoutText:
    title: str
    audience_line: str
    objectives_heading: str
    objectives: list[str]
    lessons_heading: str
    lessons: list[tuple[str, str]]  # (title, summary)
    footer: str
    language: str
    extra: list[str] = field(default_factory=list)


def render_course_handout_pdf(text: HandoutText, *, font_path: str) -> bytes:
    """Return the handout as PDF bytes (A4, portrait)."""
    rtl = text.language.split("-")[0] in RTL_LANGUAGES
    pdf = FPDF(format="A4")
    pdf.set_title(text.title)
    pdf.set_lang(text.language)
    pdf.add_font("handout", fname=font_path)
    pdf.set_text_shaping(
        use_shaping_engine=True,
        direction="rtl" if rtl else "ltr",
        script="arab" if rtl else None,
        language=text.language,
    )
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_page()
    align = "R" if rtl else "L"

    def para(value: str, size: int, height: float, *, colour=(20, 20, 20)):
        pdf.set_font("handout", size=size)
        pdf.set_text_color(*colour)
        pdf.multi_cell(
            0, height, value, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )

    para(text.title, 20, 10, colour=(30, 90, 140))
    para(text.audience_line, 11, 6, colour=(90, 90, 90))
    pdf.ln(4)
    para(text.objectives_heading, 14, 8, colour=(30, 90, 140))
    for objective in text.objectives:
        para(f"• {objective}", 11, 6)
    pdf.ln(4)
    para(text.lessons_heading, 14, 8, colour=(30, 90, 140))
    for number, (title, summary) in enumerate(text.lessons, start=1):
        para(f"{number}. {title}", 12, 7)
        if summary:
            para(summary, 10, 5.5, colour=(60, 60, 60))
        pdf.ln(1)
    pdf.ln(4)
    para(text.footer, 9, 5, colour=(90, 90, 90))
    return bytes(pdf.output())
