"""Generate the first versions of the letter templates in letter_templates/.

The .docx files are the source of truth: lawyers edit them in Word or LibreOffice,
and the build never runs this script. Running it again overwrites their edits, so
run it only to start a template afresh:

    .venv/bin/python -m scripts.make_letter_templates [OUTPUT_DIR]

OUTPUT_DIR defaults to letter_templates/. For every jurisdiction, letter language
and letter kind it writes ``<CODE>/<kind>.<language tag>.docx``, and it copies
the default language's request to ``<CODE>/request.docx``. The wording comes
from letter_templates/wording/<wording>.yaml, one phrase table per language
(see foi_tracker.letters.languages). The placeholders are the field names of
foi_tracker.letters.LetterContext. Each placeholder and each Jinja tag sits in
one run, and each {%p ... %} tag in a paragraph of its own, as docxtpl expects.
"""

import copy
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import docx
import yaml
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph

from foi_tracker.letters.kinds import Addressee, LetterKind, kind_spec
from foi_tracker.letters.languages import LetterLanguage, all_letter_languages
from foi_tracker.letters.templates import template_file_name
from foi_tracker.letters.transliteration import transliterate_wording

ROOT = Path(__file__).resolve().parent.parent
WORDING_DIR = ROOT / "letter_templates" / "wording"

# Times New Roman ships with Word. LibreOffice substitutes the metric-compatible
# Liberation Serif. Both cover Latin Extended-A (č ć đ š ž ș ț ă) and Cyrillic
# (ђ ћ љ њ џ ѓ ќ ѕ).
FONT_NAME = "Times New Roman"

_TERM = re.compile(r"\[\[(\w+)\]\]")

# The kinds written to the authority under a subject line; the others are
# submissions to the appeal body under a centred heading.
_SUBJECT_LINE_KINDS = (LetterKind.REQUEST, LetterKind.URGENCY, LetterKind.DECISION_IN_WRITING)

Wording = dict[str, Any]


def main(argv: list[str]) -> int:
    """Write every template under the output folder."""
    output_dir = Path(argv[1]) if len(argv) > 1 else ROOT / "letter_templates"

    for language in all_letter_languages():
        wording = load_wording(language)
        folder = output_dir / language.jurisdiction
        folder.mkdir(parents=True, exist_ok=True)

        for kind in LetterKind:
            target = folder / template_file_name(kind, language.tag)
            build_template(kind, language, wording).save(str(target))
            print(f"wrote {target}")

        if language.default:
            shutil.copyfile(folder / template_file_name(LetterKind.REQUEST, language.tag), folder / "request.docx")
            print(f"wrote {folder / 'request.docx'}")

    return 0


def load_wording(language: LetterLanguage) -> Wording:
    """Read the phrase table of ``language``, with its jurisdiction's overrides and terms applied."""
    with (WORDING_DIR / f"{language.wording}.yaml").open(encoding="utf-8") as stream:
        table: Wording = yaml.safe_load(stream)

    overrides = table.get("overrides", {}).get(language.jurisdiction, {})
    merged = merge(table, overrides)
    terms: dict[str, str] = merged.get("terms", {})
    wording: Wording = {"labels": merged["labels"], "kinds": merged["kinds"]}

    resolved: Wording = map_strings(wording, lambda text: replace_terms(text, terms, language))
    if language.is_transliterated:
        resolved = map_strings(resolved, transliterate_wording)

    return resolved


def merge(base: Wording, changes: Wording) -> Wording:
    """Return ``base`` with the mappings in ``changes`` merged into it, key by key."""
    result = copy.deepcopy(base)
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge(result[key], value)
        else:
            result[key] = value

    return result


def map_strings(value: Any, change: Any) -> Any:
    """Apply ``change`` to every string inside nested dicts and lists."""
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list):
        return [map_strings(entry, change) for entry in value]
    if isinstance(value, dict):
        return {key: map_strings(entry, change) for key, entry in value.items()}

    return value


def replace_terms(text: str, terms: dict[str, str], language: LetterLanguage) -> str:
    """Replace each [[term]] marker in ``text``, failing on a term the table lacks."""

    def term(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in terms:
            raise SystemExit(f"{language.wording}.yaml: unknown term [[{name}]] for {language.jurisdiction}")
        return terms[name]

    return _TERM.sub(term, text)


def build_template(kind: LetterKind, language: LetterLanguage, wording: Wording) -> Document:
    """Build the template of ``kind`` in ``language``."""
    labels: dict[str, str] = wording["labels"]
    phrases: dict[str, Any] = wording["kinds"][kind.value]

    document = docx.Document()
    set_up_page(document)
    set_up_styles(document, language.word_language)
    set_properties(document, phrases["title"])
    write_header_and_footer(document, labels)

    write_sender(document, labels)
    if kind_spec(kind).addressee is Addressee.AUTHORITY:
        write_addressee(document, "agency_name", "agency_address_lines")
    else:
        write_addressee(document, "appeal_body_name", "appeal_body_address_lines")
        if kind in (LetterKind.COMPLAINT_SILENCE, LetterKind.APPEAL_REFUSAL):
            add_paragraph(document, "{%p if appeal_through_agency %}")
            add_labelled(document, labels["through"], "{{ agency_name }}", space_after=12)
            add_paragraph(document, "{%p endif %}")

    add_paragraph(document, "{{ place }}, {{ date_text }}", align=WD_ALIGN_PARAGRAPH.RIGHT)
    write_opening(document, kind, labels, phrases)
    BODY_WRITERS[kind](document, phrases)
    write_signature(document, labels)
    write_enclosures(document, labels, phrases.get("enclosures", []))

    return document


def write_sender(document: Document, labels: dict[str, str]) -> None:
    """Write the sender block: organisation, address and e-mail."""
    add_lines(document, ["{{ sender_name }}", "{{ sender_address }}", "{{ sender_city }}"])
    add_paragraph(document, f"{labels['email']} {{{{ sender_email }}}}", space_after=18)


def write_addressee(document: Document, name_field: str, lines_field: str) -> None:
    """Write the addressee's name and address lines, one paragraph each."""
    add_paragraph(document, f"{{{{ {name_field} }}}}", bold=True, space_after=0)
    add_paragraph(document, f"{{%p for line in {lines_field} %}}")
    add_paragraph(document, "{{ line }}", space_after=0)
    add_paragraph(document, "{%p endfor %}")
    add_paragraph(document, "", space_after=12)


def write_opening(document: Document, kind: LetterKind, labels: dict[str, str], phrases: dict[str, Any]) -> None:
    """Write the subject line or heading, the parties and the legal basis."""
    legal_basis = "{{ law_title }} ({{ law_citation }})"
    if kind is LetterKind.REQUEST:
        legal_basis += "{% if request_article %}, {{ request_article }}{% endif %}"

    if kind in _SUBJECT_LINE_KINDS:
        add_paragraph(document, "{%p if agency_reference %}")
        add_paragraph(document, f"{labels['reference']} {{{{ agency_reference }}}}")
        add_paragraph(document, "{%p endif %}")
        write_subject(document, labels, phrases["subject"])
        add_labelled(document, labels["legal_basis"], legal_basis, bold_label=False, space_after=12)
        add_paragraph(document, labels["salutation"])
        return

    if kind is LetterKind.ENFORCEMENT:
        write_subject(document, labels, phrases["subject"])
        write_parties(document, labels, labels["applicant"])
        add_labelled(document, labels["legal_basis"], legal_basis, space_after=12)
        add_paragraph(document, labels["salutation"])
        return

    heading = add_paragraph(document, phrases["heading"], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    heading.paragraph_format.space_before = Pt(12)
    heading.runs[0].font.size = Pt(14)
    add_paragraph(document, phrases["subheading"], align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)
    write_parties(document, labels, phrases.get("appellant", labels["appellant"]))
    add_labelled(document, labels["legal_basis"], legal_basis, space_after=12)


def write_subject(document: Document, labels: dict[str, str], subject: str) -> None:
    """Write the bold subject line."""
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(12)
    paragraph.add_run(f"{labels['subject']} ").bold = True
    paragraph.add_run(subject).bold = True


def write_parties(document: Document, labels: dict[str, str], sender_label: str) -> None:
    """Write who lodges the submission and against which authority."""
    add_labelled(document, sender_label, "{{ sender_name }}, {{ sender_address }}, {{ sender_city }}", space_after=0)
    add_labelled(
        document,
        labels["authority"],
        "{{ agency_name }}{% for line in agency_address_lines %}, {{ line }}{% endfor %}",
        space_after=0,
    )
    add_paragraph(document, "{%p if agency_reference %}")
    add_labelled(document, labels["authority_reference"], "{{ agency_reference }}", space_after=0)
    add_paragraph(document, "{%p endif %}")


def write_items(document: Document, variable: str = "items") -> None:
    """Write the numbered items sought, one paragraph each."""
    add_paragraph(document, f"{{%p for item in {variable} %}}")
    item = add_paragraph(document, "{{ loop.index }}.\t{{ item }}", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    item.paragraph_format.left_indent = Cm(1)
    item.paragraph_format.first_line_indent = Cm(-0.75)
    item.paragraph_format.tab_stops.add_tab_stop(Cm(1))
    add_paragraph(document, "{%p endfor %}")


def write_optional_items(document: Document, introduction: str) -> None:
    """Write the introduction and the items, both left out when there are no items."""
    add_paragraph(document, "{%p if items %}")
    add_text(document, introduction)
    write_items(document)
    add_paragraph(document, "{%p endif %}")


def write_request_body(document: Document, phrases: dict[str, Any]) -> None:
    add_paragraph(document, phrases["intro"])
    write_items(document)
    add_text(document, "{{ delivery_form_text }}")
    add_paragraph(document, "{%p if reply_period_text %}")
    add_text(document, "{{ reply_period_text }}")
    add_paragraph(document, "{%p endif %}")
    add_text(document, phrases["transfer"])


def write_urgency_body(document: Document, phrases: dict[str, Any]) -> None:
    add_text(document, phrases["intro"])
    write_items(document)
    add_text(document, phrases["period"])
    add_text(document, phrases["urge"])
    add_paragraph(document, "{%p if due_date_passed %}")
    add_text(document, phrases["warning"])
    add_paragraph(document, "{%p endif %}")


def write_complaint_silence_body(document: Document, phrases: dict[str, Any]) -> None:
    add_text(document, phrases["intro"])
    write_items(document)
    add_text(document, phrases["period"])
    add_text(document, phrases["appeal"])
    add_text(document, phrases["proposal"])


def write_appeal_refusal_body(document: Document, phrases: dict[str, Any]) -> None:
    add_text(document, phrases["intro"])
    write_optional_items(document, phrases["items_intro"])
    add_text(document, phrases["in_time"])
    add_paragraph(document, phrases["reasons_heading"], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    add_paragraph(document, "{%p for reason in appeal_reasons %}")
    add_text(document, "{{ reason }}")
    add_paragraph(document, "{%p endfor %}")
    add_text(document, phrases["reasons"])
    add_text(document, phrases["proposal"])


def write_decision_in_writing_body(document: Document, phrases: dict[str, Any]) -> None:
    add_text(document, phrases["intro"])
    write_items(document)
    add_text(document, phrases["reply"])
    add_text(document, phrases["duty"])
    add_text(document, phrases["demand"])


def write_enforcement_body(document: Document, phrases: dict[str, Any]) -> None:
    add_text(document, phrases["intro"])
    write_optional_items(document, phrases["items_intro"])
    add_text(document, phrases["non_compliance"])
    add_text(document, phrases["demand"])


BODY_WRITERS = {
    LetterKind.REQUEST: write_request_body,
    LetterKind.URGENCY: write_urgency_body,
    LetterKind.COMPLAINT_SILENCE: write_complaint_silence_body,
    LetterKind.APPEAL_REFUSAL: write_appeal_refusal_body,
    LetterKind.DECISION_IN_WRITING: write_decision_in_writing_body,
    LetterKind.ENFORCEMENT: write_enforcement_body,
}


def write_signature(document: Document, labels: dict[str, str]) -> None:
    """Write the closing and the officer's signature block."""
    add_paragraph(document, labels["closing"], space_after=30)
    add_lines(document, ["{{ officer_name }}", "{{ officer_role }}", "{{ sender_name }}"])


def write_enclosures(document: Document, labels: dict[str, str], enclosures: list[str]) -> None:
    """Write the numbered list of enclosures, if the kind has any."""
    if not enclosures:
        return

    label = add_paragraph(document, labels["enclosures"], space_after=0)
    label.paragraph_format.space_before = Pt(18)
    for number, enclosure in enumerate(enclosures, start=1):
        add_paragraph(document, f"{number}. {enclosure}", space_after=0)


def set_up_page(document: Document) -> None:
    """Use A4 portrait with 2.5 cm margins, the format of offices across the region."""
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


def write_header_and_footer(document: Document, labels: dict[str, str]) -> None:
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
    pages.add_run(f"{labels['page']} ").font.size = Pt(9)
    add_field(pages, "PAGE")
    pages.add_run(f" {labels['page_of']} ").font.size = Pt(9)
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


def add_text(document: Document, text: str) -> Paragraph:
    """Add a justified body paragraph."""
    return add_paragraph(document, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)


def add_labelled(
    document: Document,
    label: str,
    text: str,
    *,
    bold_label: bool = True,
    space_after: float | None = None,
) -> Paragraph:
    """Add a paragraph with a label run and a value run, e.g. "Žalitelj: {{ sender_name }}"."""
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{label} ").bold = bold_label
    paragraph.add_run(text)
    if space_after is not None:
        paragraph.paragraph_format.space_after = Pt(space_after)

    return paragraph


def add_lines(document: Document, lines: list[str]) -> None:
    """Add a block of lines with no space between them and the usual space after the block."""
    for index, line in enumerate(lines):
        last = index == len(lines) - 1
        add_paragraph(document, line, space_after=6 if last else 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
