"""Render the shipped HR, RS and BA request templates with realistic contexts."""

import dataclasses
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docxtpl import DocxTemplate
from lxml import etree

from foi_tracker.letters import LetterContext, render_letter

DIACRITICS = "čćđšžČĆĐŠŽ"

COMMON_PLACEHOLDERS = {
    "sender_name", "sender_address", "sender_city", "sender_email",
    "agency_name", "agency_address_lines", "place", "date_text",
    "law_title", "law_citation", "request_article", "reply_period_text",
    "items", "delivery_form_text", "agency_reference",
    "officer_name", "officer_role", "subject",
}  # fmt: skip

SERBIAN_CONTEXT = LetterContext(
    sender_name="Centar za prava žrtava – Beograd",
    sender_address="Kralja Milana 4",
    sender_city="11000 Beograd",
    sender_email="pravna@centar.example",
    agency_name="Ministarstvo unutrašnjih poslova",
    agency_address_lines=["Kneza Miloša 101", "11000 Beograd"],
    place="Beograd",
    date_text="4. decembar 2026.",
    law_title="Zakon o slobodnom pristupu informacijama od javnog značaja",
    law_citation="„Službeni glasnik RS“, br. 120/04, 54/07, 104/09, 36/10 i 105/21",
    items=[
        "Broj krivičnih prijava za krivično delo trgovine ljudima u 2025. godini.",
        "Spisak policijskih uprava (Čačak, Đakovica, Šabac, Ćuprija, Žabalj) sa brojem žrtava.",
    ],
    delivery_form_text=(
        "Tražene informacije molimo da nam dostavite elektronskom poštom na adresu"
        " pravna@centar.example."
    ),
    officer_name="Jelena Đorđević",
    officer_role="pravna savetnica",
    request_article="član 15.",
    reply_period_text=(
        "Molimo da nam tražene informacije dostavite u zakonskom roku od 15 dana"
        " od dana prijema zahteva (član 16. stav 1. Zakona)."
    ),
    agency_reference=None,
    subject=None,
)

BOSNIAN_CONTEXT = LetterContext(
    sender_name="Udruženje za borbu protiv korupcije",
    sender_address="Maršala Tita 9",
    sender_city="71000 Sarajevo",
    sender_email="pravna@udruzenje.example",
    agency_name="Ministarstvo sigurnosti Bosne i Hercegovine",
    agency_address_lines=["Trg BiH 1", "71000 Sarajevo"],
    place="Sarajevo",
    date_text="4. decembar 2026.",
    law_title="Zakon o slobodi pristupa informacijama na nivou institucija Bosne i Hercegovine",
    law_citation="„Službeni glasnik BiH“, broj 61/23",
    items=[
        "Broj identifikovanih žrtava trgovine ljudima u 2025. godini.",
        "Podaci po kantonima (Čapljina, Žepče, Šamac, Ćelić, Đurđevik).",
    ],
    delivery_form_text=(
        "Tražene informacije molimo da nam dostavite poštom na adresu"
        " Maršala Tita 9, 71000 Sarajevo."
    ),
    officer_name="Amra Čaušević",
    officer_role="pravna savjetnica",
    request_article=None,
    reply_period_text=None,
    agency_reference="Broj: 01-50-1-2345/26",
    subject="trgovina ljudima",
)


@pytest.mark.parametrize("jurisdiction", ["HR", "RS", "BA"])
def test_template_uses_known_placeholders(
    template_root: Path, jurisdiction: str
) -> None:
    template = DocxTemplate(template_root / jurisdiction / "request.docx")

    placeholders = template.get_undeclared_template_variables()

    assert placeholders == COMMON_PLACEHOLDERS


@pytest.mark.parametrize("jurisdiction", ["HR", "RS", "BA"])
def test_template_sets_font_for_every_script(
    template_root: Path, jurisdiction: str
) -> None:
    parts = _read_parts(template_root / jurisdiction / "request.docx")
    styles = etree.fromstring(parts["word/styles.xml"].encode())
    namespace = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    w = "{" + namespace["w"] + "}"

    normal_fonts = styles.find("w:style[@w:styleId='Normal']/w:rPr/w:rFonts", namespace)

    assert normal_fonts is not None
    for slot in ("ascii", "hAnsi", "cs", "eastAsia"):
        assert normal_fonts.get(w + slot) == "Times New Roman"


def test_croatian_letter_contains_request(
    template_root: Path,
    croatian_context: LetterContext,
    docx_text: Callable[[bytes], str],
) -> None:
    data = render_letter(template_root / "HR" / "request.docx", croatian_context)
    text = docx_text(data)

    assert (
        "Predmet: Zahtjev za pristup informacijama – kaznene prijave za trgovanje ljudima"
        in text
    )
    assert "Ministarstvo unutarnjih poslova" in text
    assert "Ulica grada Vukovara 33" in text
    assert "Zagreb, 4. prosinca 2026." in text
    assert (
        "Pravni temelj: Zakon o pravu na pristup informacijama"
        " („Narodne novine“, br. 25/13, 85/15 i 69/22), članak 18."
    ) in text
    assert (
        "1.\tBroj kaznenih prijava za trgovanje ljudima podnesenih u 2025. godini."
        in text
    )
    assert (
        "2.\tBroj žrtava u Međimurskoj županiji te u gradovima i općinama Čakovec, Đakovo, Šibenik, Ćabar i Žminj."
        in text
    )
    assert "(članak 20. stavak 1. Zakona)" in text
    assert "Vaš broj: KLASA: 008-04/26-01/112" in text
    assert "elektroničkom poštom na adresu pravna@udruga.example." in text
    assert (
        "Ivana Šarić\npravna savjetnica\nUdruga za zaštitu žrtava trgovanja ljudima"
        in text
    )
    for letter in DIACRITICS:
        assert letter in text, letter


def test_serbian_letter_contains_request(
    template_root: Path, docx_text: Callable[[bytes], str]
) -> None:
    data = render_letter(template_root / "RS" / "request.docx", SERBIAN_CONTEXT)
    text = docx_text(data)

    assert "Predmet: Zahtev za pristup informacijama od javnog značaja\n" in text
    assert "Ministarstvo unutrašnjih poslova\nKneza Miloša 101\n11000 Beograd" in text
    assert "Beograd, 4. decembar 2026." in text
    assert (
        "Pravni osnov: Zakon o slobodnom pristupu informacijama od javnog značaja"
        " („Službeni glasnik RS“, br. 120/04, 54/07, 104/09, 36/10 i 105/21), član 15."
    ) in text
    assert (
        "1.\tBroj krivičnih prijava za krivično delo trgovine ljudima u 2025. godini."
        in text
    )
    assert (
        "2.\tSpisak policijskih uprava (Čačak, Đakovica, Šabac, Ćuprija, Žabalj) sa brojem žrtava."
        in text
    )
    assert "(član 16. stav 1. Zakona)" in text
    assert "Vaš broj:" not in text
    for letter in DIACRITICS:
        assert letter in text, letter


def test_bosnian_letter_states_no_article(
    template_root: Path, docx_text: Callable[[bytes], str]
) -> None:
    data = render_letter(template_root / "BA" / "request.docx", BOSNIAN_CONTEXT)
    text = docx_text(data)

    assert "Predmet: Zahtjev za pristup informacijama – trgovina ljudima" in text
    assert (
        "Ministarstvo sigurnosti Bosne i Hercegovine\nTrg BiH 1\n71000 Sarajevo" in text
    )
    assert "Sarajevo, 4. decembar 2026." in text
    assert (
        "Pravni osnov: Zakon o slobodi pristupa informacijama na nivou institucija"
        " Bosne i Hercegovine („Službeni glasnik BiH“, broj 61/23)\n"
    ) in text
    assert "1.\tBroj identifikovanih žrtava trgovine ljudima u 2025. godini." in text
    assert "2.\tPodaci po kantonima (Čapljina, Žepče, Šamac, Ćelić, Đurđevik)." in text
    assert "Vaš broj: Broj: 01-50-1-2345/26" in text
    assert "Amra Čaušević" in text
    # The 2023 law's procedural articles are not confirmed, so no article or period appears.
    assert re.search(r"\bčlan", text) is None
    assert "zakonskom roku" not in text
    for letter in DIACRITICS:
        assert letter in text, letter


def test_bosnian_letter_prints_given_period(
    template_root: Path, docx_text: Callable[[bytes], str]
) -> None:
    context = dataclasses.replace(
        BOSNIAN_CONTEXT,
        request_article="član 12.",
        reply_period_text="Molimo odgovor u roku od 15 dana (član 14. stav 1. Zakona).",
    )

    text = docx_text(render_letter(template_root / "BA" / "request.docx", context))

    assert "(„Službeni glasnik BiH“, broj 61/23), član 12." in text
    assert "Molimo odgovor u roku od 15 dana (član 14. stav 1. Zakona)." in text


@pytest.mark.parametrize("jurisdiction", ["HR", "RS", "BA"])
def test_rendered_template_has_clean_parts(
    template_root: Path,
    croatian_context: LetterContext,
    docx_text: Callable[[bytes], str],
    word_parts: Callable[[bytes], dict[str, str]],
    jurisdiction: str,
) -> None:
    data = render_letter(
        template_root / jurisdiction / "request.docx", croatian_context
    )
    parts = word_parts(data)
    text = docx_text(data)

    assert "word/document.xml" in parts
    assert any(name.startswith("word/header") for name in parts)
    assert any(name.startswith("word/footer") for name in parts)
    for name, xml in parts.items():
        etree.fromstring(xml.encode("utf-8"))
        for delimiter in ("{{", "}}", "{%", "%}"):
            assert delimiter not in xml, (name, delimiter)
    # The organisation appears in the page header and footer as well as in the body.
    assert text.count("Udruga za zaštitu žrtava trgovanja ljudima") == 4
    assert "pravna@udruga.example" in "".join(
        xml for name, xml in parts.items() if name.startswith("word/footer")
    )


def _read_parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {
            name: archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.endswith(".xml")
        }
