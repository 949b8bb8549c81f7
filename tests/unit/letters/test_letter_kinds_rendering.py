"""Render every letter kind in every jurisdiction and language with realistic values."""

import dataclasses
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from foi_tracker.law import load_legal_refs
from foi_tracker.letters import (
    LetterContext,
    LetterKind,
    LetterLanguage,
    all_letter_languages,
    find_template,
    render_letter,
)

from .conftest import LanguageSample

LEGAL_REFS_DIR = Path(__file__).resolve().parents[3] / "legal_refs"

LANGUAGES = all_letter_languages()
LANGUAGE_IDS = [f"{language.jurisdiction}-{language.tag}" for language in LANGUAGES]

# The date fields that each kind's letter must print.
KIND_DATES: dict[LetterKind, tuple[str, ...]] = {
    LetterKind.REQUEST: ("date_text",),
    LetterKind.URGENCY: ("date_text", "request_sent_date_text", "request_received_date_text", "due_date_text"),
    LetterKind.COMPLAINT_SILENCE: (
        "date_text",
        "request_sent_date_text",
        "request_received_date_text",
        "due_date_text",
    ),
    LetterKind.APPEAL_REFUSAL: (
        "date_text",
        "request_sent_date_text",
        "decision_date_text",
        "decision_delivered_date_text",
    ),
    LetterKind.DECISION_IN_WRITING: ("date_text", "request_sent_date_text", "reply_date_text"),
    LetterKind.ENFORCEMENT: (
        "date_text",
        "request_sent_date_text",
        "appeal_decision_date_text",
        "compliance_due_date_text",
    ),
}

# The article fields that each kind's letter cites when the context has them.
KIND_ARTICLES: dict[LetterKind, tuple[str, ...]] = {
    LetterKind.REQUEST: ("request_article",),
    LetterKind.URGENCY: ("reply_period_citation",),
    LetterKind.COMPLAINT_SILENCE: ("reply_period_citation", "appeal_silence_citation"),
    LetterKind.APPEAL_REFUSAL: ("appeal_period_citation",),
    LetterKind.DECISION_IN_WRITING: ("written_decision_citation",),
    LetterKind.ENFORCEMENT: ("enforcement_citation",),
}

ARTICLE_FIELDS = (
    "request_article",
    "reply_period_text",
    "reply_period_citation",
    "appeal_silence_citation",
    "appeal_period_citation",
    "written_decision_citation",
    "enforcement_citation",
)

APPEAL_BODY_KINDS = (LetterKind.COMPLAINT_SILENCE, LetterKind.APPEAL_REFUSAL, LetterKind.ENFORCEMENT)
DELIMITERS = ("{{", "}}", "{%", "%}", "{#", "#}")
LATIN_LETTERS = re.compile(r"[A-Za-zČĆĐŠŽčćđšž]")
CYRILLIC_LETTERS = re.compile(r"[\u0400-\u04ff]")
# Latin text that a Cyrillic letter may contain: e-mail addresses and data carriers.
ALLOWED_LATIN = re.compile(r"\S+@\S+|\b(?:CD|DVD|USB)\b")


def _render(
    template_root: Path, language: LetterLanguage, kind: LetterKind, context: LetterContext
) -> bytes:
    template = find_template(template_root, language.jurisdiction, kind, language.tag)
    return render_letter(template, context, kind)


def test_every_legal_refs_language_has_templates(template_root: Path) -> None:
    all_refs = load_legal_refs(LEGAL_REFS_DIR)

    assert len(all_refs) == 13
    for code, refs in all_refs.items():
        for letter in refs.letters:
            for kind in LetterKind:
                assert find_template(template_root, code, kind, letter.language).is_file(), (code, letter, kind)
        assert (template_root / code / "request.docx").is_file(), code


def test_default_languages_match_legal_refs() -> None:
    all_refs = load_legal_refs(LEGAL_REFS_DIR)
    defaults = {language.jurisdiction: language.tag for language in LANGUAGES if language.default}

    assert defaults == {code: refs.language for code, refs in all_refs.items()}


@pytest.mark.parametrize("kind", list(LetterKind))
@pytest.mark.parametrize("language", LANGUAGES, ids=LANGUAGE_IDS)
def test_letter_kind_renders_in_language(
    template_root: Path,
    language_samples: dict[tuple[str, str], LanguageSample],
    docx_text: Callable[[bytes], str],
    word_parts: Callable[[bytes], dict[str, str]],
    language: LetterLanguage,
    kind: LetterKind,
) -> None:
    sample = language_samples[(language.jurisdiction, language.tag)]
    context = sample.context

    data = _render(template_root, language, kind, context)
    text = docx_text(data)
    parts = word_parts(data)

    for name, xml in parts.items():
        etree.fromstring(xml.encode("utf-8"))
        for delimiter in DELIMITERS:
            assert delimiter not in xml, (name, delimiter)
    assert context.agency_name in text
    if kind in APPEAL_BODY_KINDS:
        assert context.appeal_body_name is not None
        assert context.appeal_body_name in text
    for field in KIND_DATES[kind]:
        value = getattr(context, field)
        if value is not None:
            assert value in text, field
    for field in KIND_ARTICLES[kind]:
        value = getattr(context, field)
        if value is not None:
            assert value in text, field
    if kind is not LetterKind.ENFORCEMENT:
        for number, item in enumerate(context.items, start=1):
            assert f"{number}.\t{item}" in text
    for letter in sample.letters:
        assert letter in text, letter
    header = "".join(xml for name, xml in parts.items() if name.startswith("word/header"))
    footer = "".join(xml for name, xml in parts.items() if name.startswith("word/footer"))
    assert context.sender_name in header
    assert context.sender_email in footer
    assert context.officer_name in text


@pytest.mark.parametrize("kind", list(LetterKind))
@pytest.mark.parametrize("language", LANGUAGES, ids=LANGUAGE_IDS)
def test_letter_wording_stays_in_script(
    template_root: Path,
    language_samples: dict[tuple[str, str], LanguageSample],
    docx_text: Callable[[bytes], str],
    language: LetterLanguage,
    kind: LetterKind,
) -> None:
    sample = language_samples[(language.jurisdiction, language.tag)]

    text = docx_text(_render(template_root, language, kind, sample.context))

    assert sample.cyrillic == (language.script == "Cyrl")
    if sample.cyrillic:
        assert LATIN_LETTERS.findall(ALLOWED_LATIN.sub("", text)) == []
    else:
        assert CYRILLIC_LETTERS.findall(text) == []


@pytest.mark.parametrize("kind", list(LetterKind))
@pytest.mark.parametrize("language", LANGUAGES, ids=LANGUAGE_IDS)
def test_letter_omits_articles_not_given(
    template_root: Path,
    language_samples: dict[tuple[str, str], LanguageSample],
    docx_text: Callable[[bytes], str],
    language: LetterLanguage,
    kind: LetterKind,
) -> None:
    sample = language_samples[(language.jurisdiction, language.tag)]
    context = dataclasses.replace(
        sample.context,
        refusal_grounds_text=None,
        **dict.fromkeys(ARTICLE_FIELDS),  # type: ignore[arg-type]
    )

    text = docx_text(_render(template_root, language, kind, context))

    assert re.search(rf"(?<!\w){re.escape(sample.article_word)}(?!\w)", text) is None
    assert "()" not in text
    assert " )" not in text
    assert ".." not in text


@pytest.mark.parametrize("kind", list(LetterKind))
@pytest.mark.parametrize("language", LANGUAGES, ids=LANGUAGE_IDS)
def test_letter_renders_with_optional_values_empty(
    template_root: Path,
    language_samples: dict[tuple[str, str], LanguageSample],
    docx_text: Callable[[bytes], str],
    language: LetterLanguage,
    kind: LetterKind,
) -> None:
    sample = language_samples[(language.jurisdiction, language.tag)]
    context = dataclasses.replace(
        sample.context,
        agency_reference=None,
        subject=None,
        request_received_date_text=None,
        appeal_body_address_lines=[],
        decision_reference=None,
        decision_delivered_date_text=None,
        appeal_reasons=[],
        reply_reference=None,
        appeal_decision_reference=None,
        compliance_due_date_text=None,
        **dict.fromkeys(ARTICLE_FIELDS),  # type: ignore[arg-type]
    )
    if kind in (LetterKind.APPEAL_REFUSAL, LetterKind.ENFORCEMENT):
        context = dataclasses.replace(context, items=[])

    text = docx_text(_render(template_root, language, kind, context))

    assert context.agency_name in text
    assert "()" not in text
    assert ".." not in text
    assert "\n1.\t" not in text or kind not in (LetterKind.APPEAL_REFUSAL, LetterKind.ENFORCEMENT)


@pytest.mark.parametrize(
    ("jurisdiction", "tag", "kind", "expected"),
    [
        ("HR", "hr", LetterKind.APPEAL_REFUSAL, "ŽALBA"),
        ("BA-FBiH", "bs", LetterKind.APPEAL_REFUSAL, "PRIGOVOR"),
        ("BA-FBiH", "hr", LetterKind.APPEAL_REFUSAL, "Podnositelj prigovora:"),
        ("BA-FBiH", "bs", LetterKind.COMPLAINT_SILENCE, "ŽALBA"),
        ("RO", "ro", LetterKind.APPEAL_REFUSAL, "RECLAMAȚIE ADMINISTRATIVĂ"),
        ("MD", "ro", LetterKind.COMPLAINT_SILENCE, "CERERE PREALABILĂ"),
        ("MD", "ro", LetterKind.APPEAL_REFUSAL, "Furnizorul de informații:"),
        ("AL", "sq", LetterKind.REQUEST, "Lënda: Kërkesë për informacion"),
        ("XK", "sq", LetterKind.REQUEST, "Lënda: Kërkesë për qasje në dokumente publike"),
        ("XK", "sq", LetterKind.APPEAL_REFUSAL, "Institucioni publik:"),
        ("RS", "sr-Latn", LetterKind.REQUEST, "Predmet: Zahtev za pristup informacijama od javnog značaja"),
        ("XK", "sr-Latn", LetterKind.REQUEST, "Predmet: Zahtev za pristup javnim dokumentima"),
        ("RS", "sr-Cyrl", LetterKind.URGENCY, "Предмет: Ургенција – захтев од"),
        ("BA-RS", "sr-Cyrl", LetterKind.URGENCY, "Предмет: Ургенција – захтјев од"),
        ("BA-RS", "sr-Latn", LetterKind.COMPLAINT_SILENCE, "Javni organ:"),
        ("ME", "sr-Latn", LetterKind.COMPLAINT_SILENCE, "Organ vlasti:"),
        ("ME", "cnr-Cyrl", LetterKind.APPEAL_REFUSAL, "ЖАЛБА"),
        ("MK", "mk", LetterKind.COMPLAINT_SILENCE, "Жалител:"),
        ("BG", "bg", LetterKind.COMPLAINT_SILENCE, "срещу мълчалив отказ"),
        ("SI", "sl", LetterKind.COMPLAINT_SILENCE, "zaradi molka organa"),
    ],
)
def test_letter_uses_jurisdiction_wording(
    template_root: Path,
    language_samples: dict[tuple[str, str], LanguageSample],
    docx_text: Callable[[bytes], str],
    jurisdiction: str,
    tag: str,
    kind: LetterKind,
    expected: str,
) -> None:
    context = language_samples[(jurisdiction, tag)].context
    template = find_template(template_root, jurisdiction, kind, tag)

    text = docx_text(render_letter(template, context, kind))

    assert expected in text


def test_croatian_urgency_after_due_date(
    template_root: Path,
    language_samples: dict[tuple[str, str], LanguageSample],
    docx_text: Callable[[bytes], str],
) -> None:
    context = language_samples[("HR", "hr")].context

    text = docx_text(render_letter(template_root / "HR" / "urgency.hr.docx", context, "urgency"))

    assert "Predmet: Požurnica – zahtjev za pristup informacijama od 2. studenoga 2026. – kaznene prijave" in text
    assert (
        "Rok za rješavanje zahtjeva istekao je 18. studenoga 2026. (članak 20. stavak 1. Zakona),"
        " a do danas nismo primili ni tražene informacije ni rješenje o zahtjevu."
    ) in text
    assert "zbog nepostupanja po zahtjevu (članak 25. stavak 2. Zakona)." in text
    assert "najkasnije" not in text


def test_croatian_urgency_before_due_date(
    template_root: Path,
    language_samples: dict[tuple[str, str], LanguageSample],
    docx_text: Callable[[bytes], str],
) -> None:
    context = dataclasses.replace(language_samples[("HR", "hr")].context, due_date_passed=False)

    text = docx_text(render_letter(template_root / "HR" / "urgency.hr.docx", context, "urgency"))

    assert "Rok za rješavanje zahtjeva istječe 18. studenoga 2026." in text
    assert "bez daljnjeg odgađanja, a najkasnije do 18. studenoga 2026., dostavite" in text
    assert "pravnu zaštitu" not in text


def test_croatian_appeal_states_decision(
    template_root: Path,
    language_samples: dict[tuple[str, str], LanguageSample],
    docx_text: Callable[[bytes], str],
) -> None:
    context = language_samples[("HR", "hr")].context

    text = docx_text(render_letter(template_root / "HR" / "appeal_refusal.hr.docx", context, "appeal_refusal"))

    assert "Povjerenik za informiranje\nTrg kralja Petra Krešimira IV. 2\n10000 Zagreb" in text
    assert "Putem tijela javne vlasti: Ministarstvo unutarnjih poslova" in text
    assert "protiv rješenja od 20. studenoga 2026. (KLASA: 008-04/26-01/113)" in text
    assert (
        "Pobijanim rješenjem tijelo javne vlasti djelomično je odbilo naš zahtjev od"
        " 2. studenoga 2026. za pristup informacijama, pozivajući se na sljedeći razlog:"
        " zaštita osobnih podataka."
    ) in text
    assert (
        "Dana 23. studenoga 2026. zaprimili smo pobijano rješenje. Ovu žalbu podnosimo u"
        " zakonskom roku (članak 25. stavak 1. Zakona)."
    ) in text
    assert "Tražene informacije ne sadrže osobne podatke žrtava." in text
    assert "1. preslika zahtjeva od 2. studenoga 2026." in text


def test_serbian_cyrillic_complaint_is_cyrillic(
    template_root: Path,
    language_samples: dict[tuple[str, str], LanguageSample],
    docx_text: Callable[[bytes], str],
) -> None:
    context = language_samples[("RS", "sr-Cyrl")].context

    text = docx_text(
        render_letter(template_root / "RS" / "complaint_silence.sr-Cyrl.docx", context, "complaint_silence")
    )

    assert "ЖАЛБА\nзбог непоступања по захтеву од 2. новембра 2026. за приступ информацијама од јавног значаја" in text
    assert "Жалилац: Центар за права жртава – Београд, Краља Милана 4, 11000 Београд" in text
    assert "Стога изјављујемо ову жалбу због непоступања по захтеву (члан 22. став 1. тачка 2) Закона)." in text
    assert "Преко органа власти: Министарство унутрашњих послова" in text
