"""Dates, delivery sentences, reply-period sentences and Serbian transliteration, checked against literal text."""

import re
from datetime import date

import pytest

from foi_tracker.letters import (
    DELIVERY_FORMS,
    LetterError,
    all_letter_languages,
    cite_article,
    clean_letter_text,
    format_delivery_text,
    format_letter_date,
    format_period_length,
    format_reply_period,
    localize_article,
    to_serbian_cyrillic,
    to_serbian_latin,
)
from foi_tracker.letters.languages import LetterLanguage
from foi_tracker.letters.transliteration import transliterate_wording


@pytest.mark.parametrize(
    ("day", "language", "expected"),
    [
        (date(2026, 12, 4), "hr", "4. prosinca 2026."),
        (date(2026, 3, 1), "hr", "1. ožujka 2026."),
        (date(2026, 7, 15), "hr", "15. srpnja 2026."),
        # Serbian, Bosnian, Montenegrin and Slovenian dates take the month in the genitive.
        (date(2026, 12, 4), "sr_Latn", "4. decembra 2026."),
        (date(2026, 12, 4), "sr-Latn", "4. decembra 2026."),
        (date(2026, 8, 1), "sr_Latn", "1. avgusta 2026."),
        (date(2026, 12, 4), "sr-Cyrl", "4. децембра 2026."),
        (date(2026, 8, 1), "sr-Cyrl", "1. августа 2026."),
        (date(2026, 12, 4), "bs", "4. decembra 2026."),
        (date(2026, 7, 15), "bs", "15. jula 2026."),
        (date(2026, 8, 1), "bs", "1. augusta 2026."),
        (date(2026, 2, 1), "cnr-Latn", "1. februara 2026."),
        (date(2026, 2, 1), "cnr-Cyrl", "1. фебруара 2026."),
        (date(2026, 12, 4), "mk", "4 декември 2026\u00a0г."),
        (date(2026, 1, 15), "mk", "15 јануари 2026\u00a0г."),
        (date(2026, 12, 4), "bg", "4 декември 2026\u00a0г."),
        (date(2026, 6, 30), "bg", "30 юни 2026\u00a0г."),
        (date(2026, 12, 4), "sq", "4 dhjetor 2026"),
        (date(2026, 8, 1), "sq", "1 gusht 2026"),
        (date(2026, 12, 4), "sl", "4. decembra 2026"),
        (date(2026, 3, 1), "sl", "1. marca 2026"),
        (date(2026, 7, 15), "sl", "15. julija 2026"),
        (date(2026, 12, 4), "ro", "4 decembrie 2026"),
        (date(2026, 9, 1), "ro", "1 septembrie 2026"),
    ],
)
def test_letter_date_in_language(day: date, language: str, expected: str) -> None:
    assert format_letter_date(day, language) == expected


@pytest.mark.parametrize(
    ("language", "jurisdiction", "expected"),
    [
        ("hr", "BA-FBiH", "4. prosinca 2026."),
        ("sr-Cyrl", "BA-RS", "4. децембра 2026."),
        ("sr-Latn", "XK", "4. decembra 2026."),
        ("sr-Latn", "ME", "4. decembra 2026."),
        ("sq", "XK", "4 dhjetor 2026"),
        ("ro", "MD", "4 decembrie 2026"),
    ],
)
def test_letter_date_in_other_jurisdiction(language: str, jurisdiction: str, expected: str) -> None:
    assert format_letter_date(date(2026, 12, 4), language, jurisdiction=jurisdiction) == expected


@pytest.mark.parametrize(("language", "jurisdiction"), [("mk", "HR"), ("sr-Cyrl", "ME"), ("hr", "XX")])
def test_letter_date_rejects_language_of_other_jurisdiction(language: str, jurisdiction: str) -> None:
    with pytest.raises(LetterError):
        format_letter_date(date(2026, 12, 4), language, jurisdiction=jurisdiction)


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


LANGUAGES = all_letter_languages()
LANGUAGE_IDS = [f"{language.jurisdiction}-{language.tag}" for language in LANGUAGES]


@pytest.mark.parametrize("language", LANGUAGES, ids=LANGUAGE_IDS)
@pytest.mark.parametrize("delivery_form", sorted(DELIVERY_FORMS))
def test_delivery_text_covers_every_form(delivery_form: str, language: LetterLanguage) -> None:
    text = format_delivery_text(
        delivery_form, language.tag, "a@b.example", "Ilica 1, 10000 Zagreb", jurisdiction=language.jurisdiction
    )

    assert text.endswith(".")
    assert "{" not in text
    assert "a@b.example" in text or "Ilica 1, 10000 Zagreb" in text
    if language.script == "Cyrl":
        assert re.search(r"[čćđšž]", text) is None
        assert re.search(r"[а-я]", text) is not None


@pytest.mark.parametrize(
    ("delivery_form", "language", "jurisdiction", "expected"),
    [
        (
            "electronic_copy_on_medium",
            "sr-Cyrl",
            "RS",
            "Тражене информације молимо да нам доставите у електронском облику на носачу података"
            " (CD, DVD или USB меморија) поштом на адресу Ilica 1, 10000 Zagreb.",
        ),
        (
            "inspection",
            "sr-Latn",
            "BA-RS",
            "Molimo da nam omogućite uvid u dokumente koji sadrže tražene informacije u Vašim službenim"
            " prostorijama i da nas o vremenu uvida obavijestite elektronskom poštom na adresu a@b.example.",
        ),
        (
            "email",
            "mk",
            "MK",
            "Ве молиме бараните информации да ни ги доставите по електронска пошта на адресата a@b.example.",
        ),
        ("post", "bg", "BG", "Моля, предоставете ни исканата информация по пощата на адрес Ilica 1, 10000 Zagreb."),
        ("email", "sq", "XK", "Ju lutemi të na dërgoni informacionin e kërkuar me postë elektronike në adresën a@b.example."),
        ("email", "sl", "SI", "Zahtevane informacije nam prosimo posredujte po elektronski pošti na naslov a@b.example."),
        (
            "post",
            "ro",
            "MD",
            "Vă rugăm să ne comunicați informațiile solicitate prin poștă, la adresa Ilica 1, 10000 Zagreb.",
        ),
    ],
)
def test_delivery_text_in_language(delivery_form: str, language: str, jurisdiction: str, expected: str) -> None:
    text = format_delivery_text(
        delivery_form, language, "a@b.example", "Ilica 1, 10000 Zagreb", jurisdiction=jurisdiction
    )

    assert text == expected


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


@pytest.mark.parametrize(
    ("language", "jurisdiction", "days", "unit", "article", "expected"),
    [
        (
            "sr-Cyrl",
            "RS",
            15,
            "calendar_days",
            "члан 16. став 1.",
            "Молимо да нам тражене информације доставите у законском року од 15 дана од дана пријема"
            " захтева (члан 16. став 1. Закона).",
        ),
        (
            "sr-Latn",
            "BA-RS",
            15,
            "calendar_days",
            "član 14.",
            "Molimo da nam tražene informacije dostavite u zakonskom roku od 15 dana od dana prijema"
            " zahtjeva (član 14. Zakona).",
        ),
        (
            "cnr-Latn",
            "ME",
            15,
            "working_days",
            "član 31 stav 1",
            "Molimo da nam tražene informacije dostavite u zakonskom roku od 15 radnih dana od dana"
            " podnošenja urednog zahtjeva (član 31 stav 1 Zakona).",
        ),
        (
            "cnr-Cyrl",
            "ME",
            21,
            "working_days",
            "члан 31 став 1",
            "Молимо да нам тражене информације доставите у законском року од 21 радног дана од дана"
            " подношења уредног захтјева (члан 31 став 1 Закона).",
        ),
        (
            "mk",
            "MK",
            20,
            "calendar_days",
            "член 21 став 1",
            "Ве молиме бараните информации да ни ги доставите во законскиот рок од 20 дена од денот на"
            " приемот на барањето (член 21 став 1 од Законот).",
        ),
        (
            "bg",
            "BG",
            14,
            "calendar_days",
            "чл. 28, ал. 1",
            "Моля, предоставете ни исканата информация в законоустановения срок от 14 дни от датата на"
            " регистриране на заявлението (чл. 28, ал. 1 от закона).",
        ),
        (
            "sq",
            "AL",
            10,
            "working_days",
            "neni 15, pika 1",
            "Ju lutemi të na dërgoni informacionin e kërkuar brenda afatit ligjor prej 10 ditësh pune nga"
            " data e paraqitjes së kërkesës (neni 15, pika 1, i ligjit).",
        ),
        (
            "sq",
            "XK",
            7,
            "calendar_days",
            "neni 13",
            "Ju lutemi të na dërgoni informacionin e kërkuar brenda afatit ligjor prej 7 ditësh nga data e"
            " pranimit të kërkesës (neni 13 i ligjit).",
        ),
        (
            "sl",
            "SI",
            20,
            "working_days",
            "prvi odstavek 23. člena",
            "Zahtevane informacije nam prosimo posredujte v zakonskem roku 20 delovnih dni od prejema"
            " popolne zahteve (prvi odstavek 23. člena zakona).",
        ),
        (
            "ro",
            "RO",
            10,
            "calendar_days",
            "art. 7 alin. (1)",
            "Vă rugăm să ne comunicați informațiile solicitate în termenul legal de 10 zile de la"
            " înregistrarea cererii (art. 7 alin. (1) din lege).",
        ),
        (
            "ro",
            "MD",
            20,
            "working_days",
            "art. 16 alin. (1)",
            "Vă rugăm să ne comunicați informațiile solicitate în termenul legal de 20 de zile lucrătoare"
            " de la înregistrarea cererii (art. 16 alin. (1) din lege).",
        ),
    ],
)
def test_reply_period_sentence_in_language(
    language: str, jurisdiction: str, days: int, unit: str, article: str, expected: str
) -> None:
    assert format_reply_period(language, days, article, unit=unit, jurisdiction=jurisdiction) == expected


@pytest.mark.parametrize(
    ("days", "unit", "language", "expected"),
    [
        (1, "working_days", "hr", "1 radnog dana"),
        (11, "working_days", "hr", "11 radnih dana"),
        (21, "working_days", "bs", "21 radnog dana"),
        (1, "calendar_days", "sl", "1 dneva"),
        (2, "calendar_days", "sl", "2 dni"),
        (101, "working_days", "sl", "101 delovnega dneva"),
        (1, "calendar_days", "ro", "1 zi"),
        (19, "calendar_days", "ro", "19 zile"),
        (20, "calendar_days", "ro", "20 de zile"),
        (101, "calendar_days", "ro", "101 zile"),
        (120, "working_days", "ro", "120 de zile lucrătoare"),
        (1, "calendar_days", "mk", "1 ден"),
        (30, "working_days", "mk", "30 работни дена"),
        (1, "working_days", "bg", "1 работен ден"),
        (1, "calendar_days", "sq", "1 dite"),
        (30, "working_days", "sq", "30 ditësh pune"),
    ],
)
def test_period_length_in_language(days: int, unit: str, language: str, expected: str) -> None:
    assert format_period_length(days, unit, language) == expected


def test_reply_period_rejects_hours() -> None:
    with pytest.raises(LetterError, match="'hours' cannot be written"):
        format_reply_period("sr-Latn", 48, "član 16. stav 2.", unit="hours")


def test_reply_period_rejects_zero_days() -> None:
    with pytest.raises(LetterError, match="at least one day"):
        format_reply_period("hr", 0, "članak 20. stavak 1.")


@pytest.mark.parametrize(
    ("article", "language", "jurisdiction", "expected"),
    [
        ("Art. 18", "hr", None, "članak 18."),
        ("Art. 20(1)", "hr", None, "članak 20. stavak 1."),
        ("Art. 15(2) item 1", "hr", None, "članak 15. stavak 2. točka 1."),
        ("Art. 16(1)", "sr-Latn", None, "član 16. stav 1."),
        ("Art. 22(1) item 2", "sr-Latn", None, "član 22. stav 1. tačka 2)"),
        ("Art. 16(1)", "sr-Cyrl", None, "члан 16. став 1."),
        ("Art. 22(1) item 2", "sr-Cyrl", "BA-RS", "члан 22. став 1. тачка 2)"),
        ("Art. 14(4)", "bs", "BA-FBiH", "član 14. stav 4."),
        ("Art. 16(1)", "cnr-Latn", None, "član 16 stav 1"),
        ("Art. 16(1)", "cnr-Cyrl", None, "члан 16 став 1"),
        ("Art. 24", "sr-Latn", "ME", "član 24"),
        ("Art. 16(1)", "mk", None, "член 16 став 1"),
        ("Art. 15(2) item 3", "mk", None, "член 15 став 2 точка 3"),
        ("Art. 28(1)", "bg", None, "чл. 28, ал. 1"),
        ("Art. 37(1) item 2", "bg", None, "чл. 37, ал. 1, т. 2"),
        ("АПК Art. 149(1)", "bg", None, "чл. 149, ал. 1 от АПК"),
        ("Art. 15(1)", "sq", "AL", "neni 15, pika 1"),
        ("Art. 24(2)(a)", "sq", "AL", "neni 24, pika 2, shkronja “a”"),
        ("Art. 16(1)", "sq", "XK", "neni 16, paragrafi 1"),
        ("Art. 12(2) item 1", "sq", "XK", "neni 12, paragrafi 2, nënparagrafi 2.1"),
        ("Art. 12", "sl", None, "12. člen"),
        ("Art. 16(1)", "sl", None, "prvi odstavek 16. člena"),
        ("Art. 6(1) item 3", "sl", None, "3. točka prvega odstavka 6. člena"),
        ("Art. 5a", "sl", None, "5.a člen"),
        ("ZUP Art. 222(5)", "sl", None, "peti odstavek 222. člena ZUP"),
        ("Art. 16(1)", "ro", None, "art. 16 alin. (1)"),
        ("Art. 24(2)(a)", "ro", None, "art. 24 alin. (2) lit. a)"),
        ("Arts. 13-16", "ro", "MD", "art. 13–16"),
    ],
)
def test_localize_article_in_language(article: str, language: str, jurisdiction: str | None, expected: str) -> None:
    assert localize_article(article, language, jurisdiction=jurisdiction) == expected


@pytest.mark.parametrize(
    ("article", "language", "jurisdiction", "expected"),
    [
        ("Art. 25(1)", "hr", None, "članak 25. stavak 1. Zakona"),
        ("Art. 22(1)", "sr-Cyrl", None, "члан 22. став 1. Закона"),
        ("Art. 14(4)", "hr", "BA-FBiH", "članak 14. stavak 4. Zakona"),
        ("Art. 22(1)", "cnr-Latn", None, "član 22 stav 1 Zakona"),
        ("Art. 32", "mk", None, "член 32 од Законот"),
        ("Art. 28(1)", "bg", None, "чл. 28, ал. 1 от закона"),
        ("АПК Art. 149(1)", "bg", None, "чл. 149, ал. 1 от АПК"),
        ("Art. 24(1)", "sq", "AL", "neni 24, pika 1, i ligjit"),
        ("Art. 13", "sq", "XK", "neni 13 i ligjit"),
        ("Art. 27", "sl", None, "27. člen zakona"),
        ("ZUP Art. 222(5)", "sl", None, "peti odstavek 222. člena ZUP"),
        ("Art. 21(2)", "ro", None, "art. 21 alin. (2) din lege"),
    ],
)
def test_cite_article_names_act(article: str, language: str, jurisdiction: str | None, expected: str) -> None:
    assert cite_article(article, language, jurisdiction=jurisdiction) == expected


@pytest.mark.parametrize("article", ["Article 20", "Art. 20(1)(a)(b)", "čl. 20", "Art. X", ""])
def test_localize_article_rejects_other_forms(article: str) -> None:
    with pytest.raises(LetterError, match="Cannot write the article"):
        localize_article(article, "hr")


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Ministarstvo unutrašnjih poslova", "Министарство унутрашњих послова"),
        ("Ljubovija, Njegoš, Džep", "Љубовија, Његош, Џеп"),
        ("LJUBOVIJA NJEGOŠ DŽEP", "ЉУБОВИЈА ЊЕГОШ ЏЕП"),
        ("Đorđe Ćirić, Čačak, Žabalj", "Ђорђе Ћирић, Чачак, Жабаљ"),
        ("član 16. stav 1. Zakona", "члан 16. став 1. Закона"),
        ("śeverni, źenica", "с\u0301еверни, з\u0301еница"),
    ],
)
def test_serbian_cyrillic_transliteration(latin: str, cyrillic: str) -> None:
    assert to_serbian_cyrillic(latin) == cyrillic


def test_wording_transliteration_keeps_tags() -> None:
    wording = "Dana {{ request_sent_date_text }} na adresu {email}{% if subject %} – {{ subject }}{% endif %} (CD, DVD ili USB)"

    assert transliterate_wording(wording) == (
        "Дана {{ request_sent_date_text }} на адресу {email}{% if subject %} – {{ subject }}{% endif %}"
        " (CD, DVD или USB)"
    )
