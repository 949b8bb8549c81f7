"""Generate the first versions of the request letter templates in letter_templates/.

The .docx files are the source of truth: lawyers edit them in Word or LibreOffice,
and the build never runs this script. Running it again overwrites their edits, so
run it only to start a template afresh:

    .venv/bin/python scripts/make_letter_templates.py [OUTPUT_DIR]

OUTPUT_DIR defaults to letter_templates/. The placeholders are the field names of
foi_tracker.letters.LetterContext. Each placeholder and each Jinja tag sits in one
run, and each {%p ... %} tag in a paragraph of its own, as docxtpl expects.
"""

import sys
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph

# Times New Roman ships with Word. LibreOffice substitutes the metric-compatible
# Liberation Serif. Both cover Latin Extended-A (č ć đ š ž) and Cyrillic.
FONT_NAME = "Times New Roman"


@dataclass(frozen=True)
class LetterWording:
    """Fixed wording of one jurisdiction's request letter."""

    jurisdiction: str
    language_tag: str  # BCP 47 tag for Word's proofing tools
    title: str  # document title in the file properties
    email_label: str
    reference_label: str
    subject_label: str
    subject: str
    legal_basis_label: str
    salutation: str
    request_sentence: str
    transfer_sentence: str
    closing: str
    page_label: str
    page_of: str


WORDINGS = (
    LetterWording(
        jurisdiction="HR",
        language_tag="hr-HR",
        title="Zahtjev za pristup informacijama",
        email_label="E-pošta:",
        reference_label="Vaš broj:",
        subject_label="Predmet:",
        subject="Zahtjev za pristup informacijama",
        legal_basis_label="Pravni temelj:",
        salutation="Poštovani,",
        request_sentence=(
            "na temelju navedenog Zakona podnosimo zahtjev za pristup sljedećim informacijama:"
        ),
        transfer_sentence=(
            "Ako ne posjedujete tražene informacije, a znate koje ih tijelo javne vlasti"
            " posjeduje, molimo da zahtjev bez odgode ustupite tom tijelu i da nas o tome"
            " obavijestite."
        ),
        closing="S poštovanjem,",
        page_label="Stranica",
        page_of="od",
    ),
    LetterWording(
        jurisdiction="RS",
        language_tag="sr-Latn-RS",
        title="Zahtev za pristup informacijama od javnog značaja",
        email_label="E-pošta:",
        reference_label="Vaš broj:",
        subject_label="Predmet:",
        subject="Zahtev za pristup informacijama od javnog značaja",
        legal_basis_label="Pravni osnov:",
        salutation="Poštovani,",
        request_sentence=(
            "na osnovu navedenog Zakona podnosimo zahtev za pristup sledećim informacijama"
            " od javnog značaja:"
        ),
        transfer_sentence=(
            "Ako ne posedujete tražene informacije, molimo da nas o tome obavestite i da nam"
            " navedete organ vlasti koji ih, prema Vašim saznanjima, poseduje."
        ),
        closing="S poštovanjem,",
        page_label="Strana",
        page_of="od",
    ),
    LetterWording(
        jurisdiction="BA",
        language_tag="bs-Latn-BA",
        title="Zahtjev za pristup informacijama",
        email_label="E-pošta:",
        reference_label="Vaš broj:",
        subject_label="Predmet:",
        subject="Zahtjev za pristup informacijama",
        legal_basis_label="Pravni osnov:",
        salutation="Poštovani,",
        request_sentence=(
            "na osnovu navedenog Zakona podnosimo zahtjev za pristup sljedećim informacijama:"
        ),
        transfer_sentence=(
            "Ako ne posjedujete tražene informacije, molimo da nas o tome obavijestite i da nam"
            " navedete organ koji ih, prema vašim saznanjima, posjeduje."
        ),
        closing="S poštovanjem,",
        page_label="Stranica",
        page_of="od",
    ),
)


def main(argv: list[str]) -> int:
    """Write request.docx for each jurisdiction under the output folder."""
    root = Path(__file__).resolve().parent.parent
    output_dir = Path(argv[1]) if len(argv) > 1 else root / "letter_templates"

    for wording in WORDINGS:
        target = output_dir / wording.jurisdiction / "request.docx"
        target.parent.mkdir(parents=True, exist_ok=True)
        build_request_template(wording).save(str(target))
        print(f"wrote {target}")

    return 0


def build_request_template(wording: LetterWording) -> Document:
    """Build the request letter template for one jurisdiction."""
    document = docx.Document()
    set_up_page(document)
    set_up_styles(document, wording.language_tag)
    set_properties(document, wording.title)
    write_header_and_footer(document, wording)

    # Sender block.
    add_lines(
        document, ["{{ sender_name }}", "{{ sender_address }}", "{{ sender_city }}"]
    )
    add_paragraph(
        document, f"{wording.email_label} {{{{ sender_email }}}}", space_after=18
    )

    # Addressee block: the agency and its address lines, one paragraph each.
    add_paragraph(document, "{{ agency_name }}", bold=True, space_after=0)
    add_paragraph(document, "{%p for line in agency_address_lines %}")
    add_paragraph(document, "{{ line }}", space_after=0)
    add_paragraph(document, "{%p endfor %}")
    add_paragraph(document, "", space_after=12)

    # Place and date, then the agency's file number when it is known.
    add_paragraph(
        document, "{{ place }}, {{ date_text }}", align=WD_ALIGN_PARAGRAPH.RIGHT
    )
    add_paragraph(document, "{%p if agency_reference %}")
    add_paragraph(document, f"{wording.reference_label} {{{{ agency_reference }}}}")
    add_paragraph(document, "{%p endif %}")

    # Subject line and legal basis. The article is printed only when the context has it.
    subject = document.add_paragraph()
    subject.paragraph_format.space_before = Pt(12)
    subject.add_run(f"{wording.subject_label} ").bold = True
    subject.add_run(
        wording.subject + "{% if subject %} – {{ subject }}{% endif %}"
    ).bold = True
    add_paragraph(
        document,
        f"{wording.legal_basis_label} {{{{ law_title }}}} ({{{{ law_citation }}}})"
        "{% if request_article %}, {{ request_article }}{% endif %}",
        space_after=12,
    )

    # Body: the request and the numbered items.
    add_paragraph(document, wording.salutation)
    add_paragraph(document, wording.request_sentence)
    add_paragraph(document, "{%p for item in items %}")
    item = add_paragraph(
        document, "{{ loop.index }}.\t{{ item }}", align=WD_ALIGN_PARAGRAPH.JUSTIFY
    )
    item.paragraph_format.left_indent = Cm(1)
    item.paragraph_format.first_line_indent = Cm(-0.75)
    item.paragraph_format.tab_stops.add_tab_stop(Cm(1))
    add_paragraph(document, "{%p endfor %}")

    # Delivery form, reply period and transfer request.
    add_paragraph(
        document, "{{ delivery_form_text }}", align=WD_ALIGN_PARAGRAPH.JUSTIFY
    )
    add_paragraph(document, "{%p if reply_period_text %}")
    add_paragraph(document, "{{ reply_period_text }}", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    add_paragraph(document, "{%p endif %}")
    add_paragraph(document, wording.transfer_sentence, align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    # Signature block.
    add_paragraph(document, wording.closing, space_after=30)
    add_lines(
        document, ["{{ officer_name }}", "{{ officer_role }}", "{{ sender_name }}"]
    )

    return document


def set_up_page(document: Document) -> None:
    """Use A4 portrait with 2.5 cm margins, the format of Croatian, Serbian and Bosnian offices."""
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Cm(21)
    section.page_height = Cm(29.7)

    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))


def set_up_styles(document: Document, language_tag: str) -> None:
    """Set the font for every script slot and the proofing language, in defaults and in Normal.

    Word picks the font per character class (ascii, hAnsi, cs, eastAsia). A slot
    left empty falls back to the theme font, which may lack č or Cyrillic.
    """
    styles_root = document.styles.element
    defaults = styles_root.find(qn("w:docDefaults"))
    if defaults is not None:
        default_run = defaults.find(qn("w:rPrDefault"))
        if default_run is not None:
            run_properties = default_run.find(qn("w:rPr"))
            if run_properties is not None:
                set_run_fonts(run_properties, language_tag)

    normal = document.styles["Normal"]
    assert isinstance(normal, ParagraphStyle)
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(6)
    set_run_fonts(normal.element.get_or_add_rPr(), language_tag)


def set_run_fonts(run_properties: BaseOxmlElement, language_tag: str) -> None:
    """Replace the rFonts and lang children of ``run_properties``."""
    for tag in ("w:rFonts", "w:lang"):
        for old in run_properties.findall(qn(tag)):
            run_properties.remove(old)

    fonts = OxmlElement("w:rFonts")
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), FONT_NAME)
    run_properties.insert(0, fonts)

    language = OxmlElement("w:lang")
    language.set(qn("w:val"), language_tag)
    run_properties.append(language)


def set_properties(document: Document, title: str) -> None:
    """Set the title and clear the generator's default author and comment."""
    properties = document.core_properties
    properties.title = title
    properties.author = ""
    properties.last_modified_by = ""
    properties.comments = ""
    properties.subject = ""
    properties.keywords = ""


def write_header_and_footer(document: Document, wording: LetterWording) -> None:
    """Put the organisation in the header, its contact details and the page number in the footer."""
    section = document.sections[0]

    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header.add_run("{{ sender_name }}").font.size = Pt(10)

    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    contact = "{{ sender_name }} · {{ sender_address }}, {{ sender_city }} · {{ sender_email }}"
    footer.add_run(contact).font.size = Pt(9)

    pages = section.footer.add_paragraph(style="Footer")
    pages.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pages.add_run(f"{wording.page_label} ").font.size = Pt(9)
    add_field(pages, "PAGE")
    pages.add_run(f" {wording.page_of} ").font.size = Pt(9)
    add_field(pages, "NUMPAGES")


def add_field(paragraph: Paragraph, instruction: str) -> None:
    """Append a simple field such as PAGE, which Word updates when it lays out the page."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")

    run = OxmlElement("w:r")
    run_properties = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "18")
    run_properties.append(size)
    run.append(run_properties)

    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def add_paragraph(
    document: Document,
    text: str,
    *,
    bold: bool = False,
    space_after: float | None = None,
    align: WD_ALIGN_PARAGRAPH | None = None,
) -> Paragraph:
    """Add a paragraph holding ``text`` in a single run."""
    paragraph = document.add_paragraph()
    if text:
        paragraph.add_run(text).bold = bold
    if space_after is not None:
        paragraph.paragraph_format.space_after = Pt(space_after)
    if align is not None:
        paragraph.alignment = align

    return paragraph


def add_lines(document: Document, lines: list[str]) -> None:
    """Add a block of lines with no space between them and the usual space after the block."""
    for index, line in enumerate(lines):
        last = index == len(lines) - 1
        add_paragraph(document, line, space_after=6 if last else 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
