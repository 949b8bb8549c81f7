"""Fixtures for letter tests: template paths, filled contexts in every language and readers of .docx output."""

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.document import Document

from foi_tracker.letters import LetterContext

TEMPLATE_ROOT = Path(__file__).resolve().parents[3] / "letter_templates"


def collect_docx_text(data: bytes) -> str:
    """Return the text of body paragraphs, table cells, headers and footers, one line each."""
    document = docx.Document(BytesIO(data))
    lines = [paragraph.text for paragraph in document.paragraphs]
    lines.extend(_table_lines(document))

    for section in document.sections:
        for part in (section.header, section.footer):
            lines.extend(paragraph.text for paragraph in part.paragraphs)
            for table in part.tables:
                lines.extend(cell.text for row in table.rows for cell in row.cells)

    return "\n".join(lines)


def _table_lines(document: Document) -> list[str]:
    return [
        cell.text
        for table in document.tables
        for row in table.rows
        for cell in row.cells
    ]


def read_word_parts(data: bytes) -> dict[str, str]:
    """Return every word/*.xml part of a .docx file, decoded as UTF-8."""
    with zipfile.ZipFile(BytesIO(data)) as archive:
        return {
            name: archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith("word/") and name.endswith(".xml")
        }


@pytest.fixture
def template_root() -> Path:
    return TEMPLATE_ROOT


@pytest.fixture
def docx_text() -> Callable[[bytes], str]:
    return collect_docx_text


@pytest.fixture
def word_parts() -> Callable[[bytes], dict[str, str]]:
    return read_word_parts


@pytest.fixture
def croatian_context() -> LetterContext:
    """A complete Croatian letter context, written out literally."""
    return LetterContext(
        sender_name="Udruga za zaštitu žrtava trgovanja ljudima",
        sender_address="Ilica 12",
        sender_city="10000 Zagreb",
        sender_email="pravna@udruga.example",
        agency_name="Ministarstvo unutarnjih poslova",
        agency_address_lines=["Ulica grada Vukovara 33", "10000 Zagreb"],
        place="Zagreb",
        date_text="4. prosinca 2026.",
        law_title="Zakon o pravu na pristup informacijama",
        law_citation="„Narodne novine“, br. 25/13, 85/15 i 69/22",
        items=[
            "Broj kaznenih prijava za trgovanje ljudima podnesenih u 2025. godini.",
            "Broj žrtava u Međimurskoj županiji te u gradovima i općinama Čakovec, Đakovo, Šibenik, Ćabar i Žminj.",
        ],
        delivery_form_text=(
            "Tražene informacije molimo dostaviti elektroničkom poštom na adresu"
            " pravna@udruga.example."
        ),
        officer_name="Ivana Šarić",
        officer_role="pravna savjetnica",
        request_article="članak 18.",
        reply_period_text=(
            "Molimo da nam tražene informacije dostavite u zakonskom roku od 15 dana"
            " od dana podnošenja urednog zahtjeva (članak 20. stavak 1. Zakona)."
        ),
        agency_reference="KLASA: 008-04/26-01/112",
        subject="kaznene prijave za trgovanje ljudima",
    )


@dataclass(frozen=True)
class LanguageSample:
    """Realistic values of one letter language, written out literally, and what to look for."""

    context: LetterContext
    letters: str  # letters of the script that the rendered letter must keep intact
    article_word: str  # the word that starts an article citation in this language
    cyrillic: bool = False


def _sample(letters: str, article_word: str, *, cyrillic: bool = False, **values: Any) -> LanguageSample:
    return LanguageSample(LetterContext(**values), letters, article_word, cyrillic)


# Every kind's fields are filled, with the dates as each language writes them.
# The article citations are sample text for the renderer, not statements of law.
_CROATIAN = _sample(
    "čćđšžČĆĐŠŽ",
    "članak",
    sender_name="Udruga za zaštitu žrtava trgovanja ljudima",
    sender_address="Ilica 12",
    sender_city="10000 Zagreb",
    sender_email="pravna@udruga.example",
    agency_name="Ministarstvo unutarnjih poslova",
    agency_address_lines=["Ulica grada Vukovara 33", "10000 Zagreb"],
    place="Zagreb",
    date_text="4. prosinca 2026.",
    law_title="Zakon o pravu na pristup informacijama",
    law_citation="„Narodne novine“, br. 25/13, 85/15 i 69/22",
    officer_name="Ivana Šarić",
    officer_role="pravna savjetnica",
    items=[
        "Broj kaznenih prijava za trgovanje ljudima podnesenih u 2025. godini.",
        "Podaci za ČAKOVEC, Đakovo, Šibenik, Ćabar i Žminj te za općine Međimurja, Gračac i Kaštela.",
    ],
    agency_reference="KLASA: 008-04/26-01/112",
    subject="kaznene prijave",
    delivery_form_text="Tražene informacije molimo dostaviti elektroničkom poštom na adresu pravna@udruga.example.",
    request_article="članak 18.",
    reply_period_text="Molimo odgovor u roku od 15 dana (članak 20. stavak 1. Zakona).",
    request_sent_date_text="2. studenoga 2026.",
    request_received_date_text="3. studenoga 2026.",
    due_date_text="18. studenoga 2026.",
    due_date_passed=True,
    reply_period_citation="članak 20. stavak 1. Zakona",
    appeal_silence_citation="članak 25. stavak 2. Zakona",
    appeal_body_name="Povjerenik za informiranje",
    appeal_body_address_lines=["Trg kralja Petra Krešimira IV. 2", "10000 Zagreb"],
    appeal_through_agency=True,
    decision_date_text="20. studenoga 2026.",
    decision_reference="KLASA: 008-04/26-01/113",
    decision_delivered_date_text="23. studenoga 2026.",
    partial_refusal=True,
    refusal_grounds_text="zaštita osobnih podataka",
    appeal_period_citation="članak 25. stavak 1. Zakona",
    appeal_reasons=["Tražene informacije ne sadrže osobne podatke žrtava."],
    reply_date_text="10. studenoga 2026.",
    reply_reference="URBROJ: 511-01-26-2",
    written_decision_citation="članak 23. stavak 5. Zakona",
    appeal_decision_date_text="1. prosinca 2026.",
    appeal_decision_reference="UP/II-008-07/26-01/1",
    compliance_due_date_text="3. prosinca 2026.",
    enforcement_citation="članak 36. Zakona",
)

_SERBIAN_LATIN = _sample(
    "čćđšžČĆĐŠŽ",
    "član",
    sender_name="Centar za prava žrtava – Beograd",
    sender_address="Kralja Milana 4",
    sender_city="11000 Beograd",
    sender_email="pravna@centar.example",
    agency_name="Ministarstvo unutrašnjih poslova",
    agency_address_lines=["Kneza Miloša 101", "11000 Beograd"],
    place="Beograd",
    date_text="4. decembra 2026.",
    law_title="Zakon o slobodnom pristupu informacijama od javnog značaja",
    law_citation="„Službeni glasnik RS“, br. 120/04, 54/07, 104/09, 36/10 i 105/21",
    officer_name="Jelena Đorđević",
    officer_role="pravna savetnica",
    items=[
        "Broj krivičnih prijava za trgovinu ljudima u 2025. godini.",
        "Podaci za ČAČAK, Đakovicu, Šabac, Ćupriju i Žabalj te za opštine Kučevo, Ćićevac i Đurđevo.",
    ],
    agency_reference="br. 07-00-123/2026",
    subject="trgovina ljudima",
    delivery_form_text="Tražene informacije molimo da nam dostavite elektronskom poštom na adresu pravna@centar.example.",
    request_article="član 15.",
    reply_period_text="Molimo odgovor u roku od 15 dana (član 16. stav 1. Zakona).",
    request_sent_date_text="2. novembra 2026.",
    request_received_date_text="3. novembra 2026.",
    due_date_text="18. novembra 2026.",
    due_date_passed=True,
    reply_period_citation="član 16. stav 1. Zakona",
    appeal_silence_citation="član 22. stav 1. tačka 2) Zakona",
    appeal_body_name="Poverenik za informacije od javnog značaja i zaštitu podataka o ličnosti",
    appeal_body_address_lines=["Bulevar kralja Aleksandra 15", "11000 Beograd"],
    appeal_through_agency=False,
    decision_date_text="20. novembra 2026.",
    decision_reference="br. 07-00-124/2026",
    decision_delivered_date_text="23. novembra 2026.",
    partial_refusal=False,
    refusal_grounds_text="zaštita podataka o ličnosti",
    appeal_period_citation="član 22. stav 1. Zakona",
    appeal_reasons=["Tražene informacije ne sadrže podatke o ličnosti žrtava."],
    reply_date_text="10. novembra 2026.",
    reply_reference="br. 07-00-125/2026",
    written_decision_citation="član 16. stav 12. Zakona",
    appeal_decision_date_text="1. decembra 2026.",
    appeal_decision_reference="br. 071-01-100/2026-03",
    compliance_due_date_text="3. decembra 2026.",
    enforcement_citation="član 28. Zakona",
)

_SERBIAN_CYRILLIC = _sample(
    "ђћљњџЂЋЉЊЏ",
    "члан",
    cyrillic=True,
    sender_name="Центар за права жртава – Београд",
    sender_address="Краља Милана 4",
    sender_city="11000 Београд",
    sender_email="pravna@centar.example",
    agency_name="Министарство унутрашњих послова",
    agency_address_lines=["Кнеза Милоша 101", "11000 Београд"],
    place="Београд",
    date_text="4. децембра 2026.",
    law_title="Закон о слободном приступу информацијама од јавног значаја",
    law_citation="„Службени гласник РС“, бр. 120/04, 54/07, 104/09, 36/10 и 105/21",
    officer_name="Јелена Ђорђевић",
    officer_role="правна саветница",
    items=[
        "Број кривичних пријава за трговину људима у 2025. години.",
        "Подаци за ЂАКОВИЦУ, Ћуприју, Љубовију, Његошеву улицу, Џеп и насеље Баџаци.",
    ],
    agency_reference="бр. 07-00-123/2026",
    subject="трговина људима",
    delivery_form_text="Тражене информације молимо да нам доставите електронском поштом на адресу pravna@centar.example.",
    request_article="члан 15.",
    reply_period_text="Молимо одговор у року од 15 дана (члан 16. став 1. Закона).",
    request_sent_date_text="2. новембра 2026.",
    request_received_date_text="3. новембра 2026.",
    due_date_text="18. новембра 2026.",
    due_date_passed=False,
    reply_period_citation="члан 16. став 1. Закона",
    appeal_silence_citation="члан 22. став 1. тачка 2) Закона",
    appeal_body_name="Повереник за информације од јавног значаја и заштиту података о личности",
    appeal_body_address_lines=["Булевар краља Александра 15", "11000 Београд"],
    appeal_through_agency=True,
    decision_date_text="20. новембра 2026.",
    decision_reference="бр. 07-00-124/2026",
    decision_delivered_date_text="23. новембра 2026.",
    partial_refusal=True,
    refusal_grounds_text="заштита података о личности",
    appeal_period_citation="члан 22. став 1. Закона",
    appeal_reasons=["Тражене информације не садрже податке о личности жртава."],
    reply_date_text="10. новембра 2026.",
    reply_reference="бр. 07-00-125/2026",
    written_decision_citation="члан 16. став 12. Закона",
    appeal_decision_date_text="1. децембра 2026.",
    appeal_decision_reference="бр. 071-01-100/2026-03",
    compliance_due_date_text="3. децембра 2026.",
    enforcement_citation="члан 28. Закона",
)

_BOSNIAN = _sample(
    "čćđšžČĆĐŠŽ",
    "član",
    sender_name="Udruženje za borbu protiv korupcije",
    sender_address="Maršala Tita 9",
    sender_city="71000 Sarajevo",
    sender_email="pravna@udruzenje.example",
    agency_name="Ministarstvo sigurnosti Bosne i Hercegovine",
    agency_address_lines=["Trg BiH 1", "71000 Sarajevo"],
    place="Sarajevo",
    date_text="4. decembra 2026.",
    law_title="Zakon o slobodi pristupa informacijama na nivou institucija Bosne i Hercegovine",
    law_citation="„Službeni glasnik BiH“, broj 61/23",
    officer_name="Amra Čaušević",
    officer_role="pravna savjetnica",
    items=[
        "Broj identifikovanih žrtava trgovine ljudima u 2025. godini.",
        "Podaci za ČAPLJINU, Žepče, Šamac, Ćelić i Đurđevik.",
    ],
    agency_reference="Broj: 01-50-1-2345/26",
    subject="trgovina ljudima",
    delivery_form_text="Tražene informacije molimo da nam dostavite poštom na adresu Maršala Tita 9, 71000 Sarajevo.",
    request_article="član 12.",
    reply_period_text="Molimo odgovor u roku od 15 dana (član 14. stav 1. Zakona).",
    request_sent_date_text="2. novembra 2026.",
    request_received_date_text="3. novembra 2026.",
    due_date_text="18. novembra 2026.",
    due_date_passed=True,
    reply_period_citation="član 14. stav 1. Zakona",
    appeal_silence_citation="član 20. stav 2. Zakona",
    appeal_body_name="Žalbeno vijeće pri Vijeću ministara Bosne i Hercegovine",
    appeal_body_address_lines=["Trg BiH 1", "71000 Sarajevo"],
    appeal_through_agency=True,
    decision_date_text="20. novembra 2026.",
    decision_reference="Broj: 01-50-1-2346/26",
    decision_delivered_date_text="23. novembra 2026.",
    partial_refusal=True,
    refusal_grounds_text="zaštita ličnih podataka",
    appeal_period_citation="član 20. stav 1. Zakona",
    appeal_reasons=["Tražene informacije ne sadrže lične podatke žrtava."],
    reply_date_text="10. novembra 2026.",
    reply_reference="Broj: 01-50-1-2347/26",
    written_decision_citation="član 14. stav 3. Zakona",
    appeal_decision_date_text="1. decembra 2026.",
    appeal_decision_reference="Broj: ŽV-100/26",
    compliance_due_date_text="3. decembra 2026.",
    enforcement_citation="član 22. Zakona",
)

_MONTENEGRIN_LATIN = _sample(
    "čćđšžČĆĐŠŽ",
    "član",
    sender_name="Centar za prava žrtava – Podgorica",
    sender_address="Njegoševa 12",
    sender_city="81000 Podgorica",
    sender_email="pravna@centar-me.example",
    agency_name="Ministarstvo unutrašnjih poslova",
    agency_address_lines=["Ulica 1", "81000 Podgorica"],
    place="Podgorica",
    date_text="4. decembra 2026.",
    law_title="Zakon o slobodnom pristupu informacijama",
    law_citation="„Službeni list CG“, br. 44/12 i 30/17",
    officer_name="Milena Vuković",
    officer_role="pravna savjetnica",
    items=[
        "Broj krivičnih prijava za trgovinu ljudima u 2025. godini.",
        "Podaci za ŽABLJAK, Šavnik, Đurđeviće, Čevo i Ćemovsko polje.",
    ],
    agency_reference="br. 01-050/26-123",
    subject="trgovina ljudima",
    delivery_form_text="Tražene informacije molimo da nam dostavite elektronskom poštom na adresu pravna@centar-me.example.",
    request_article="član 18",
    reply_period_text="Molimo odgovor u roku od 15 radnih dana (član 31 stav 1 Zakona).",
    request_sent_date_text="2. novembra 2026.",
    request_received_date_text="3. novembra 2026.",
    due_date_text="24. novembra 2026.",
    due_date_passed=True,
    reply_period_citation="član 31 stav 1 Zakona",
    appeal_silence_citation="član 34 stav 1 Zakona",
    appeal_body_name="Agencija za zaštitu ličnih podataka i slobodan pristup informacijama",
    appeal_body_address_lines=["Ulica 2", "81000 Podgorica"],
    appeal_through_agency=False,
    decision_date_text="20. novembra 2026.",
    decision_reference="br. 01-050/26-124",
    decision_delivered_date_text="23. novembra 2026.",
    partial_refusal=False,
    refusal_grounds_text="zaštita ličnih podataka",
    appeal_period_citation="član 34 stav 1 Zakona",
    appeal_reasons=["Tražene informacije ne sadrže lične podatke žrtava."],
    reply_date_text="10. novembra 2026.",
    reply_reference="br. 01-050/26-125",
    written_decision_citation="član 30 stav 2 Zakona",
    appeal_decision_date_text="1. decembra 2026.",
    appeal_decision_reference="UP II 07-30-100/26",
    compliance_due_date_text="3. decembra 2026.",
    enforcement_citation="član 38 Zakona",
)

_MONTENEGRIN_CYRILLIC = _sample(
    "ђћљњџжшчЖШЧ",
    "члан",
    cyrillic=True,
    sender_name="Центар за права жртава – Подгорица",
    sender_address="Његошева 12",
    sender_city="81000 Подгорица",
    sender_email="pravna@centar-me.example",
    agency_name="Министарство унутрашњих послова",
    agency_address_lines=["Улица 1", "81000 Подгорица"],
    place="Подгорица",
    date_text="4. децембра 2026.",
    law_title="Закон о слободном приступу информацијама",
    law_citation="„Службени лист ЦГ“, бр. 44/12 и 30/17",
    officer_name="Милена Вуковић",
    officer_role="правна савјетница",
    items=[
        "Број кривичних пријава за трговину људима у 2025. години.",
        "Подаци за ЖАБЉАК, Шавник, Ђурђевиће, Чево, Ћемовско поље и насеље Баџаци.",
    ],
    agency_reference="бр. 01-050/26-123",
    subject="трговина људима",
    delivery_form_text="Тражене информације молимо да нам доставите електронском поштом на адресу pravna@centar-me.example.",
    request_article="члан 18",
    reply_period_text="Молимо одговор у року од 15 радних дана (члан 31 став 1 Закона).",
    request_sent_date_text="2. новембра 2026.",
    request_received_date_text="3. новембра 2026.",
    due_date_text="24. новембра 2026.",
    due_date_passed=False,
    reply_period_citation="члан 31 став 1 Закона",
    appeal_silence_citation="члан 34 став 1 Закона",
    appeal_body_name="Агенција за заштиту личних података и слободан приступ информацијама",
    appeal_body_address_lines=["Улица 2", "81000 Подгорица"],
    appeal_through_agency=True,
    decision_date_text="20. новембра 2026.",
    decision_reference="бр. 01-050/26-124",
    decision_delivered_date_text="23. новембра 2026.",
    partial_refusal=True,
    refusal_grounds_text="заштита личних података",
    appeal_period_citation="члан 34 став 1 Закона",
    appeal_reasons=["Тражене информације не садрже личне податке жртава."],
    reply_date_text="10. новембра 2026.",
    reply_reference="бр. 01-050/26-125",
    written_decision_citation="члан 30 став 2 Закона",
    appeal_decision_date_text="1. децембра 2026.",
    appeal_decision_reference="бр. УП-07-30-100/26",
    compliance_due_date_text="3. децембра 2026.",
    enforcement_citation="члан 38 Закона",
)

_MACEDONIAN = _sample(
    "ѓќѕџЃЌЅЉЊ",
    "член",
    cyrillic=True,
    sender_name="Здружение за заштита на жртвите",
    sender_address="ул. „Македонија“ 12",
    sender_city="1000 Скопје",
    sender_email="pravno@zdruzenie.example",
    agency_name="Министерство за внатрешни работи",
    agency_address_lines=["ул. „Димче Мирчев“ бб", "1000 Скопје"],
    place="Скопје",
    date_text="4 декември 2026\u00a0г.",
    law_title="Закон за слободен пристап до информации од јавен карактер",
    law_citation="„Службен весник на Република Северна Македонија“, бр. 101/2019",
    officer_name="Ана Ѓорѓиевска",
    officer_role="правна советничка",
    items=[
        "Број на кривични пријави за трговија со луѓе во 2025 година.",
        "Податоци за ЃЕВГЕЛИЈА, Ќичево, Ѕвегор и Љубојно, како и за селата Куќиште, Њивиште, Оџаци и ѕидарските работилници.",
    ],
    agency_reference="бр. 12-3456/1",
    subject="трговија со луѓе",
    delivery_form_text="Ве молиме бараните информации да ни ги доставите по електронска пошта на адресата pravno@zdruzenie.example.",
    request_article="член 12",
    reply_period_text="Ве молиме за одговор во рок од 20 дена (член 21 став 1 од Законот).",
    request_sent_date_text="2 ноември 2026\u00a0г.",
    request_received_date_text="3 ноември 2026\u00a0г.",
    due_date_text="23 ноември 2026\u00a0г.",
    due_date_passed=True,
    reply_period_citation="член 21 став 1 од Законот",
    appeal_silence_citation="член 28 став 2 од Законот",
    appeal_body_name="Агенција за заштита на правото за слободен пристап до информациите од јавен карактер",
    appeal_body_address_lines=["ул. „Св. Кирил и Методиј“ 54", "1000 Скопје"],
    appeal_through_agency=True,
    decision_date_text="25 ноември 2026\u00a0г.",
    decision_reference="бр. 12-3456/2",
    decision_delivered_date_text="26 ноември 2026\u00a0г.",
    partial_refusal=False,
    refusal_grounds_text="заштита на личните податоци",
    appeal_period_citation="член 28 став 1 од Законот",
    appeal_reasons=["Бараните информации не содржат лични податоци на жртвите."],
    reply_date_text="10 ноември 2026\u00a0г.",
    reply_reference="бр. 12-3456/3",
    written_decision_citation="член 23 од Законот",
    appeal_decision_date_text="1 декември 2026\u00a0г.",
    appeal_decision_reference="бр. 08-100",
    compliance_due_date_text="3 декември 2026\u00a0г.",
    enforcement_citation="член 31 од Законот",
)

_BULGARIAN = _sample(
    "щъюяЩЮЯ",
    "чл.",
    cyrillic=True,
    sender_name="Сдружение „Прозрачност“",
    sender_address="ул. „Шипка“ 5",
    sender_city="1000 София",
    sender_email="pravno@sdruzhenie.example",
    agency_name="Министерство на вътрешните работи",
    agency_address_lines=["ул. „Шести септември“ 29", "1000 София"],
    place="София",
    date_text="4 декември 2026\u00a0г.",
    law_title="Закон за достъп до обществена информация",
    law_citation="ДВ, бр. 55 от 2000 г.",
    officer_name="Юлия Щерева",
    officer_role="юрист",
    items=[
        "Брой на досъдебните производства за трафик на хора през 2025 г.",
        "Данни за ЩИП, Ямбол, Гоце Делчев, Бургас и Ючбунар.",
    ],
    agency_reference="изх. № 812100-1234",
    subject="трафик на хора",
    delivery_form_text="Моля, предоставете ни исканата информация по електронна поща на адрес pravno@sdruzhenie.example.",
    request_article="чл. 24, ал. 1",
    reply_period_text="Моля за отговор в срок от 14 дни (чл. 28, ал. 1 от закона).",
    request_sent_date_text="2 ноември 2026\u00a0г.",
    request_received_date_text="3 ноември 2026\u00a0г.",
    due_date_text="17 ноември 2026\u00a0г.",
    due_date_passed=True,
    reply_period_citation="чл. 28, ал. 1 от закона",
    appeal_silence_citation="чл. 149, ал. 2 от АПК",
    appeal_body_name="Административен съд – София-град",
    appeal_body_address_lines=["бул. „Витоша“ 2", "1000 София"],
    appeal_through_agency=True,
    decision_date_text="20 ноември 2026\u00a0г.",
    decision_reference="№ 812100-1235",
    decision_delivered_date_text="23 ноември 2026\u00a0г.",
    partial_refusal=True,
    refusal_grounds_text="защита на личните данни",
    appeal_period_citation="чл. 149, ал. 1 от АПК",
    appeal_reasons=["Исканата информация не съдържа лични данни на пострадалите."],
    reply_date_text="10 ноември 2026\u00a0г.",
    reply_reference="изх. № 812100-1236",
    written_decision_citation="чл. 38 от закона",
    appeal_decision_date_text="1 декември 2026\u00a0г.",
    appeal_decision_reference="Решение № 100",
    compliance_due_date_text="3 декември 2026\u00a0г.",
    enforcement_citation="чл. 41 от закона",
)

_ALBANIAN_ALBANIA = _sample(
    "ëçËÇ",
    "neni",
    sender_name="Shoqata për Mbrojtjen e Viktimave",
    sender_address="Rruga e Kavajës 10",
    sender_city="1001 Tiranë",
    sender_email="ligjore@shoqata.example",
    agency_name="Ministria e Brendshme",
    agency_address_lines=["Sheshi Skënderbej 3", "1001 Tiranë"],
    place="Tiranë",
    date_text="4 dhjetor 2026",
    law_title="Ligji nr. 119/2014 „Për të drejtën e informimit“",
    law_citation="Fletorja Zyrtare nr. 160/2014",
    officer_name="Ermira Çela",
    officer_role="juriste",
    items=[
        "Numri i procedimeve penale dhe i çështjeve për trafikim të qenieve njerëzore në vitin 2025.",
        "Të dhëna për KORÇËN, Gjirokastrën, Çorovodën dhe Shkodrën.",
    ],
    agency_reference="Prot. nr. 1234/1",
    subject="trafikimi i qenieve njerëzore",
    delivery_form_text="Ju lutemi të na dërgoni informacionin e kërkuar me postë elektronike në adresën ligjore@shoqata.example.",
    request_article="neni 11",
    reply_period_text="Ju lutemi për përgjigje brenda 10 ditësh pune (neni 15, pika 1, i ligjit).",
    request_sent_date_text="2 nëntor 2026",
    request_received_date_text="2 nëntor 2026",
    due_date_text="16 nëntor 2026",
    due_date_passed=True,
    reply_period_citation="neni 15, pika 1, i ligjit",
    appeal_silence_citation="neni 24, pika 2, shkronja “b”, i ligjit",
    appeal_body_name="Komisioneri për të Drejtën e Informimit dhe Mbrojtjen e të Dhënave Personale",
    appeal_body_address_lines=["Rr. Abdi Toptani, Nd. 5", "1001 Tiranë"],
    appeal_through_agency=False,
    decision_date_text="20 nëntor 2026",
    decision_reference="Prot. nr. 1234/2",
    decision_delivered_date_text="23 nëntor 2026",
    partial_refusal=False,
    refusal_grounds_text="mbrojtja e të dhënave personale",
    appeal_period_citation="neni 24, pika 2, shkronja “a”, i ligjit",
    appeal_reasons=["Informacioni i kërkuar nuk përmban të dhëna personale të viktimave."],
    reply_date_text="10 nëntor 2026",
    reply_reference="Prot. nr. 1234/3",
    written_decision_citation="neni 15, pika 4, i ligjit",
    appeal_decision_date_text="1 dhjetor 2026",
    appeal_decision_reference="Vendimi nr. 100",
    compliance_due_date_text="3 dhjetor 2026",
    enforcement_citation="neni 25 i ligjit",
)

_ALBANIAN_KOSOVO = _sample(
    "ëçÇ",
    "neni",
    sender_name="Qendra për Mbrojtjen e Viktimave",
    sender_address="Rruga Agim Ramadani 5",
    sender_city="10000 Prishtinë",
    sender_email="ligjore@qendra.example",
    agency_name="Ministria e Punëve të Brendshme",
    agency_address_lines=["Rruga 1", "10000 Prishtinë"],
    place="Prishtinë",
    date_text="4 dhjetor 2026",
    law_title="Ligji Nr. 06/L-081 për Qasje në Dokumente Publike",
    law_citation="Gazeta Zyrtare nr. 13/2019",
    officer_name="Drita Çeku",
    officer_role="juriste",
    items=[
        "Numri i çështjeve të trafikimit me njerëz të raportuara në vitin 2025.",
        "Të dhëna për FERIZAJ, Gjakovën, Mitrovicën dhe Podujevën, të ndara sipas gjinisë së viktimave.",
    ],
    agency_reference="Nr. 01/1234",
    subject="trafikimi me njerëz",
    delivery_form_text="Ju lutemi të na dërgoni informacionin e kërkuar me postë elektronike në adresën ligjore@qendra.example.",
    request_article="neni 8",
    reply_period_text="Ju lutemi për përgjigje brenda 7 ditësh (neni 13, paragrafi 1, i ligjit).",
    request_sent_date_text="2 nëntor 2026",
    request_received_date_text="3 nëntor 2026",
    due_date_text="10 nëntor 2026",
    due_date_passed=False,
    reply_period_citation="neni 13, paragrafi 1, i ligjit",
    appeal_silence_citation="neni 21, paragrafi 1, i ligjit",
    appeal_body_name="Agjencia për Informim dhe Privatësi",
    appeal_body_address_lines=["Rruga 2", "10000 Prishtinë"],
    appeal_through_agency=True,
    decision_date_text="20 nëntor 2026",
    decision_reference="Nr. 01/1235",
    decision_delivered_date_text="23 nëntor 2026",
    partial_refusal=True,
    refusal_grounds_text="mbrojtja e të dhënave personale",
    appeal_period_citation="neni 21, paragrafi 2, i ligjit",
    appeal_reasons=["Dokumentet e kërkuara nuk përmbajnë të dhëna personale të viktimave."],
    reply_date_text="10 nëntor 2026",
    reply_reference="Nr. 01/1236",
    written_decision_citation="neni 14, paragrafi 2, i ligjit",
    appeal_decision_date_text="1 dhjetor 2026",
    appeal_decision_reference="Vendimi nr. 100",
    compliance_due_date_text="3 dhjetor 2026",
    enforcement_citation="neni 23 i ligjit",
)

_SLOVENIAN = _sample(
    "čšžČŠŽ",
    "člen",
    sender_name="Društvo za pomoč žrtvam",
    sender_address="Slovenska cesta 5",
    sender_city="1000 Ljubljana",
    sender_email="pravna@drustvo.example",
    agency_name="Ministrstvo za notranje zadeve",
    agency_address_lines=["Štefanova ulica 2", "1000 Ljubljana"],
    place="Ljubljana",
    date_text="4. decembra 2026",
    law_title="Zakon o dostopu do informacij javnega značaja (ZDIJZ)",
    law_citation="Uradni list RS, št. 51/06 – uradno prečiščeno besedilo, s spremembami",
    officer_name="Maja Žagar",
    officer_role="pravna svetovalka",
    items=[
        "Število kazenskih ovadb zaradi trgovine z ljudmi v letu 2025.",
        "Podatki za ŠKOFJO LOKO, Črnomelj, Žalec in Šentjur.",
    ],
    agency_reference="št. 090-123/2026",
    subject="trgovina z ljudmi",
    delivery_form_text="Zahtevane informacije nam prosimo posredujte po elektronski pošti na naslov pravna@drustvo.example.",
    request_article="12. člen",
    reply_period_text="Prosimo za odgovor v roku 20 delovnih dni (prvi odstavek 23. člena zakona).",
    request_sent_date_text="2. novembra 2026",
    request_received_date_text="3. novembra 2026",
    due_date_text="1. decembra 2026",
    due_date_passed=True,
    reply_period_citation="prvi odstavek 23. člena zakona",
    appeal_silence_citation="peti odstavek 222. člena ZUP",
    appeal_body_name="Informacijski pooblaščenec",
    appeal_body_address_lines=["Dunajska cesta 22", "1000 Ljubljana"],
    appeal_through_agency=True,
    decision_date_text="20. novembra 2026",
    decision_reference="št. 090-123/2026/2",
    decision_delivered_date_text="23. novembra 2026",
    partial_refusal=True,
    refusal_grounds_text="varstvo osebnih podatkov",
    appeal_period_citation="prvi odstavek 27. člena zakona",
    appeal_reasons=["Zahtevane informacije ne vsebujejo osebnih podatkov žrtev."],
    reply_date_text="10. novembra 2026",
    reply_reference="št. 090-123/2026/3",
    written_decision_citation="prvi odstavek 22. člena zakona",
    appeal_decision_date_text="1. decembra 2026",
    appeal_decision_reference="št. 090-100/2026/4",
    compliance_due_date_text="3. decembra 2026",
    enforcement_citation="15. člen zakona",
)

_ROMANIAN_ROMANIA = _sample(
    "ăâîșțĂȘȚ",
    "art.",
    sender_name="Asociația pentru Transparență",
    sender_address="Strada Știrbei Vodă 12",
    sender_city="010113 București",
    sender_email="juridic@asociatia.example",
    agency_name="Ministerul Afacerilor Interne",
    agency_address_lines=["Piața Revoluției nr. 1A", "010086 București"],
    place="București",
    date_text="4 decembrie 2026",
    law_title="Legea nr. 544/2001 privind liberul acces la informațiile de interes public",
    law_citation="Monitorul Oficial nr. 663 din 23 octombrie 2001",
    officer_name="Ioana Știrbu",
    officer_role="consilier juridic",
    items=[
        "Numărul dosarelor penale privind traficul de persoane în anul 2025.",
        "Date pentru BRĂILA, Târgu Jiu, Iași și Țăndărei.",
    ],
    agency_reference="nr. 1234/2026",
    subject="traficul de persoane",
    delivery_form_text="Vă rugăm să ne comunicați informațiile solicitate prin poștă electronică, la adresa juridic@asociatia.example.",
    request_article="art. 6 alin. (3)",
    reply_period_text="Vă rugăm să ne răspundeți în termen de 10 zile (art. 7 alin. (1) din lege).",
    request_sent_date_text="2 noiembrie 2026",
    request_received_date_text="3 noiembrie 2026",
    due_date_text="13 noiembrie 2026",
    due_date_passed=True,
    reply_period_citation="art. 7 alin. (1) din lege",
    appeal_silence_citation="art. 22 alin. (1) din lege",
    appeal_body_name="Conducătorul Ministerului Afacerilor Interne",
    appeal_body_address_lines=["Piața Revoluției nr. 1A", "010086 București"],
    appeal_through_agency=False,
    decision_date_text="20 noiembrie 2026",
    decision_reference="nr. 1234/2/2026",
    decision_delivered_date_text="23 noiembrie 2026",
    partial_refusal=True,
    refusal_grounds_text="protecția datelor cu caracter personal",
    appeal_period_citation="art. 21 alin. (2) din lege",
    appeal_reasons=["Informațiile solicitate nu conțin date personale ale victimelor."],
    reply_date_text="10 noiembrie 2026",
    reply_reference="nr. 1234/3/2026",
    written_decision_citation="art. 7 alin. (2) din lege",
    appeal_decision_date_text="1 decembrie 2026",
    appeal_decision_reference="nr. 1234/4/2026",
    compliance_due_date_text="3 decembrie 2026",
    enforcement_citation="art. 23 din lege",
)

_ROMANIAN_MOLDOVA = _sample(
    "ăâîșțĂȘȚ",
    "art.",
    sender_name="Asociația „Acces la Informație”",
    sender_address="str. București 12",
    sender_city="MD-2012 Chișinău",
    sender_email="juridic@acces.example",
    agency_name="Ministerul Afacerilor Interne al Republicii Moldova",
    agency_address_lines=["bd. Ștefan cel Mare și Sfânt 75", "MD-2012 Chișinău"],
    place="Chișinău",
    date_text="4 decembrie 2026",
    law_title="Legea nr. 148/2023 privind accesul la informațiile de interes public",
    law_citation="Monitorul Oficial nr. 234 din 8 iulie 2023",
    officer_name="Ana Țurcanu",
    officer_role="juristă",
    items=[
        "Numărul cauzelor penale privind traficul de ființe umane în anul 2025.",
        "Date pentru BĂLȚI, Cahul, Ungheni și Ștefan Vodă.",
    ],
    agency_reference="nr. 12/345",
    subject="traficul de ființe umane",
    delivery_form_text="Vă rugăm să ne comunicați informațiile solicitate prin poștă electronică, la adresa juridic@acces.example.",
    request_article="art. 13–16",
    reply_period_text=None,
    request_sent_date_text="2 noiembrie 2026",
    request_received_date_text="3 noiembrie 2026",
    due_date_text="13 noiembrie 2026",
    due_date_passed=False,
    reply_period_citation=None,
    appeal_silence_citation=None,
    appeal_body_name="Ministerul Afacerilor Interne al Republicii Moldova",
    appeal_body_address_lines=["bd. Ștefan cel Mare și Sfânt 75", "MD-2012 Chișinău"],
    appeal_through_agency=False,
    decision_date_text="20 noiembrie 2026",
    decision_reference=None,
    decision_delivered_date_text=None,
    partial_refusal=False,
    refusal_grounds_text=None,
    appeal_period_citation=None,
    appeal_reasons=[],
    reply_date_text="10 noiembrie 2026",
    reply_reference=None,
    written_decision_citation=None,
    appeal_decision_date_text="1 decembrie 2026",
    appeal_decision_reference=None,
    compliance_due_date_text=None,
    enforcement_citation=None,
)

# One sample per (jurisdiction, language tag) that has templates.
LANGUAGE_SAMPLES: dict[tuple[str, str], LanguageSample] = {
    ("HR", "hr"): _CROATIAN,
    ("RS", "sr-Latn"): _SERBIAN_LATIN,
    ("RS", "sr-Cyrl"): _SERBIAN_CYRILLIC,
    ("BA", "bs"): _BOSNIAN,
    ("BA-FBiH", "bs"): _BOSNIAN,
    ("BA-FBiH", "hr"): _CROATIAN,
    ("BA-RS", "sr-Cyrl"): _SERBIAN_CYRILLIC,
    ("BA-RS", "sr-Latn"): _SERBIAN_LATIN,
    ("ME", "cnr-Latn"): _MONTENEGRIN_LATIN,
    ("ME", "cnr-Cyrl"): _MONTENEGRIN_CYRILLIC,
    ("ME", "sr-Latn"): _MONTENEGRIN_LATIN,
    ("MK", "mk"): _MACEDONIAN,
    ("AL", "sq"): _ALBANIAN_ALBANIA,
    ("XK", "sq"): _ALBANIAN_KOSOVO,
    ("XK", "sr-Latn"): _SERBIAN_LATIN,
    ("XK", "sr-Cyrl"): _SERBIAN_CYRILLIC,
    ("SI", "sl"): _SLOVENIAN,
    ("BG", "bg"): _BULGARIAN,
    ("RO", "ro"): _ROMANIAN_ROMANIA,
    ("MD", "ro"): _ROMANIAN_MOLDOVA,
}


@pytest.fixture
def language_samples() -> dict[tuple[str, str], LanguageSample]:
    return LANGUAGE_SAMPLES
