"""Draw a course certificate as a PDF. No database access: callers pass text.

fpdf2 with text shaping (HarfBuzz, through ``uharfbuzz``) joins Arabic letters
into their contextual forms and lays out right-to-left text in the right order,
using the Unicode bidirectional algorithm. The font must have glyphs for every
script we print: DejaVu Sans covers Latin and Arabic (see ``fonts/``).
"""

from dataclasses import dataclass

from fpdf import FPDF
from fpdf.enums import Align, XPos, YPos

RTL_LANGUAGES = {"ar", "fa", "he", "ur"}


@dataclass(frozen=True)
class CertificateText:
    """Everything printed on a certificate, already translated."""

    heading: str
    certifies: str
    learner_name: str
    completed: str
    course_title: str
    date_line: str
    site_name: str
    language: str

    @property
    def is_rtl(self) -> bool:
        return self.language.split("-")[0] in RTL_LANGUAGES


def render_certificate_pdf(text: CertificateText, *, font_path: str) -> bytes:
    """Return the certificate as PDF bytes (A4, landscape)."""
    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_title(text.heading)
    pdf.set_lang(text.language)
    pdf.set_creator(text.site_name)
    pdf.set_auto_page_break(auto=False)
    pdf.add_font("certificate", fname=font_path)
    # Shaping: "rtl" makes paragraphs right-to-left; each run keeps its own
    # direction, so a Latin name inside Arabic text still reads correctly.
    pdf.set_text_shaping(
        use_shaping_engine=True,
        direction="rtl" if text.is_rtl else "ltr",
        script="arab" if text.is_rtl else None,
        language=text.language,
    )
    pdf.add_page()
    width = pdf.w - 2 * pdf.l_margin

    pdf.set_draw_color(30, 90, 140)
    pdf.set_line_width(1.5)
    pdf.rect(10, 10, pdf.w - 20, pdf.h - 20)
    pdf.set_line_width(0.4)
    pdf.rect(14, 14, pdf.w - 28, pdf.h - 28)

    def line(value: str, size: int, height: float, *, colour=(20, 20, 20)):
        pdf.set_font("certificate", size=size)
        pdf.set_text_color(*colour)
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(
            width,
            height,
            value,
            align=Align.C,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )

    pdf.set_y(36)
    line(text.heading, 30, 16, colour=(30, 90, 140))
    pdf.ln(8)
    line(text.certifies, 14, 9)
    line(text.learner_name, 26, 16)
    pdf.ln(2)
    line(text.completed, 14, 9)
    line(text.course_title, 20, 12, colour=(30, 90, 140))
    pdf.ln(10)
    line(text.date_line, 13, 8)
    pdf.set_y(pdf.h - 38)
    line(text.site_name, 11, 7, colour=(90, 90, 90))
    return bytes(pdf.output())
