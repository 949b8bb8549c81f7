"""Dates, delivery sentences, reply-period sentences and Serbian transliteration, checked against literal text."""

from datetime import date

import pytest

from foi_tracker.letters import (
    LetterError,
    clean_letter_text,
    format_delivery_text,
    format_letter_date,
    format_reply_period,
    to_serbian_latin,
)


@pytest.mark.parametrize(
    ("day", "language", "expected"),
    [
        (date(2026, 12, 4), "hr", "4. prosinca 2026."),
        (date(2026, 3, 1), "hr", "1. ožujka 2026."),
        (date(2026, 7, 15), "hr", "15. srpnja 2026."),
        (date(2026, 12, 4), "sr_Latn", "4. decembar 2026."),
        (date(2026, 12, 4), "sr-Latn", "4. decembar 2026."),
        (date(2026, 8, 1), "sr_Latn", "1. avgust 2026."),
        (date(2026, 12, 4), "bs", "4. decembar 2026."),
        (date(2026, 7, 15), "bs", "15. juli 2026."),
    ],
)
def test_letter_date_in_language(day: date, language: str, expected: str) -> None:
    assert format_letter_date(day, language) == expected


@pytest.mark.parametrize("language", ["sr", "en", "de_DE", ""])
def test_letter_date_rejects_language(language: str) -> None:
    with pytest.raises(LetterError, match="Unsupported letter language"):
        format_letter_date(date(2026, 12, 4), language)


@pytest.mark.parametrize(
    ("delivery_form", "language", "expected"),
    [
        (
            "email",
            "hr",
            "Tražene informacije molimo dostaviti elektroničkom poštom na adresu pravna@udruga.example.",
        ),
        (
            "post",
            "sr_Latn",
            "Tražene informacije molimo da nam dostavite poštom na adresu Kralja Milana 4, 11000 Beograd.",
        ),
        (
            "inspection",
            "bs",
            (
                "Molimo da nam omogućite uvid u dokumente koji sadrže tražene informacije u Vašim"
                " službenim prostorijama i da nas o terminu uvida obavijestite elektronskom poštom"
                " na adresu pravna@udruga.example."
            ),
        ),
        (
            "electronic_copy_on_medium",
            "hr",
            (
                "Tražene informacije molimo dostaviti u elektroničkom obliku na prijenosnom mediju"
                " (CD, DVD ili USB memorija) poštom na adresu Kralja Milana 4, 11000 Beograd."
            ),
        ),
    ],
)
def test_delivery_text_for_form(
    delivery_form: str, language: str, expected: str
) -> None:
    text = format_delivery_text(
        delivery_form,
        language,
        "pravna@udruga.example",
        "Kralja Milana 4, 11000 Beograd",
    )

    assert text == expected


@pytest.mark.parametrize("language", ["hr", "sr_Latn", "bs"])
@pytest.mark.parametrize(
    "delivery_form", ["email", "post", "inspection", "electronic_copy_on_medium"]
)
def test_delivery_text_covers_every_form(delivery_form: str, language: str) -> None:
    text = format_delivery_text(
        delivery_form, language, "a@b.example", "Ilica 1, 10000 Zagreb"
    )

    assert text.endswith(".")
    assert "{" not in text
    assert "a@b.example" in text or "Ilica 1, 10000 Zagreb" in text


def test_delivery_text_rejects_unknown_form() -> None:
    with pytest.raises(LetterError, match="Unknown delivery form 'fax'"):
        format_delivery_text("fax", "hr", "a@b.example", "Ilica 1")


@pytest.mark.parametrize(
    ("language", "days", "article", "expected"),
    [
        (
            "hr",
            15,
            "članak 20. stavak 1.",
            (
                "Molimo da nam tražene informacije dostavite u zakonskom roku od 15 dana"
                " od dana podnošenja urednog zahtjeva (članak 20. stavak 1. Zakona)."
            ),
        ),
        (
            "sr_Latn",
            15,
            "član 16. stav 1.",
            (
                "Molimo da nam tražene informacije dostavite u zakonskom roku od 15 dana"
                " od dana prijema zahteva (član 16. stav 1. Zakona)."
            ),
        ),
    ],
)
def test_reply_period_sentence(
    language: str, days: int, article: str, expected: str
) -> None:
    assert format_reply_period(language, days, article) == expected


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Министарство унутрашњих послова", "Ministarstvo unutrašnjih poslova"),
        ("Управа за спречавање прања новца", "Uprava za sprečavanje pranja novca"),
        ("Тужилаштво за организовани криминал", "Tužilaštvo za organizovani kriminal"),
        ("Прекршајни суд у Ужицу", "Prekršajni sud u Užicu"),
        (
            "Центар за социјални рад „Ђорђе Ћирић“",
            "Centar za socijalni rad „Đorđe Ćirić“",
        ),
        ("Љубовија, Његош, Џеп", "Ljubovija, Njegoš, Džep"),
        ("ОПШТИНА ЉУБОВИЈА", "OPŠTINA LJUBOVIJA"),
        ("ЊЕГОШЕВА 12", "NJEGOŠEVA 12"),
        ("ЏЏ", "DŽDŽ"),
        ("УЏ", "UDŽ"),
        ("Љ. Петровић", "Lj. Petrović"),
        ("МУП РС", "MUP RS"),
        ("абвгдђежзијклљмнњопрстћуфхцчџш", "abvgdđežzijklljmnnjoprstćufhcčdžš"),
        ("АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ", "ABVGDĐEŽZIJKLLJMNNJOPRSTĆUFHCČDŽŠ"),
        ("Viši sud u Beogradu, 2026.", "Viši sud u Beogradu, 2026."),
    ],
)
def test_serbian_latin_transliteration(cyrillic: str, latin: str) -> None:
    assert to_serbian_latin(cyrillic) == latin


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Ministarstvo\tfinancija \n", "Ministarstvo\tfinancija"),
        ("red 1\r\nred 2\rred 3", "red 1\nred 2\nred 3"),
        ("zvono\x07, nula\x00, DEL\x7f", "zvono, nula, DEL"),
        ("Word\x0bprijelom, stranica\x0cnova", "Word\nprijelom, stranica\nnova"),
        ("NEL\x85LS\u2028PS\u2029kraj", "NEL\nLS\nPS\nkraj"),
        ("CSI\x9b i ESC\x1b", "CSI i ESC"),
        ("c\u030cac\u030cak", "čačak"),
        ("c\x07\u030c", "č"),
        ("ne\ufffeznak\uffff", "neznak"),
        ("zamjena \ud800 polovine", "zamjena  polovine"),
        ('Zavod & <Sjever> "Istok" O\'Reilly', 'Zavod & <Sjever> "Istok" O\'Reilly'),
    ],
)
def test_clean_letter_text_cases(raw: str, expected: str) -> None:
    assert clean_letter_text(raw) == expected
