"""Sentences that state how the requester wants to receive the information."""

from foi_tracker.letters.errors import LetterError
from foi_tracker.letters.languages import (
    WORDING_ALBANIAN,
    WORDING_BOSNIAN,
    WORDING_BULGARIAN,
    WORDING_CROATIAN,
    WORDING_MACEDONIAN,
    WORDING_MONTENEGRIN,
    WORDING_ROMANIAN,
    WORDING_SERBIAN_EKAVIAN,
    WORDING_SERBIAN_IJEKAVIAN,
    WORDING_SLOVENIAN,
    resolve_letter_language,
)
from foi_tracker.letters.transliteration import transliterate_wording

# Keys are the values of the application's DeliveryForm enum. "{email}" and
# "{postal_address}" are filled in by format_delivery_text. Serbian and
# Montenegrin sentences are written in Latin and transliterated for Cyrillic letters.
_DELIVERY_SENTENCES: dict[str, dict[str, str]] = {
    WORDING_CROATIAN: {
        "email": "Tražene informacije molimo dostaviti elektroničkom poštom na adresu {email}.",
        "post": "Tražene informacije molimo dostaviti poštom na adresu {postal_address}.",
        "inspection": (
            "Molimo omogućiti neposredan uvid u dokumente koji sadrže tražene informacije"
            " u Vašim službenim prostorijama te nas o vremenu uvida obavijestiti"
            " elektroničkom poštom na adresu {email}."
        ),
        "electronic_copy_on_medium": (
            "Tražene informacije molimo dostaviti u elektroničkom obliku na prijenosnom"
            " mediju (CD, DVD ili USB memorija) poštom na adresu {postal_address}."
        ),
    },
    WORDING_SERBIAN_EKAVIAN: {
        "email": "Tražene informacije molimo da nam dostavite elektronskom poštom na adresu {email}.",
        "post": "Tražene informacije molimo da nam dostavite poštom na adresu {postal_address}.",
        "inspection": (
            "Molimo da nam omogućite uvid u dokumente koji sadrže tražene informacije"
            " u Vašim službenim prostorijama i da nas o vremenu uvida obavestite"
            " elektronskom poštom na adresu {email}."
        ),
        "electronic_copy_on_medium": (
            "Tražene informacije molimo da nam dostavite u elektronskom obliku na nosaču"
            " podataka (CD, DVD ili USB memorija) poštom na adresu {postal_address}."
        ),
    },
    WORDING_SERBIAN_IJEKAVIAN: {
        "email": "Tražene informacije molimo da nam dostavite elektronskom poštom na adresu {email}.",
        "post": "Tražene informacije molimo da nam dostavite poštom na adresu {postal_address}.",
        "inspection": (
            "Molimo da nam omogućite uvid u dokumente koji sadrže tražene informacije"
            " u Vašim službenim prostorijama i da nas o vremenu uvida obavijestite"
            " elektronskom poštom na adresu {email}."
        ),
        "electronic_copy_on_medium": (
            "Tražene informacije molimo da nam dostavite u elektronskom obliku na nosaču"
            " podataka (CD, DVD ili USB memorija) poštom na adresu {postal_address}."
        ),
    },
    WORDING_BOSNIAN: {
        "email": "Tražene informacije molimo da nam dostavite elektronskom poštom na adresu {email}.",
        "post": "Tražene informacije molimo da nam dostavite poštom na adresu {postal_address}.",
        "inspection": (
            "Molimo da nam omogućite uvid u dokumente koji sadrže tražene informacije"
            " u Vašim službenim prostorijama i da nas o terminu uvida obavijestite"
            " elektronskom poštom na adresu {email}."
        ),
        "electronic_copy_on_medium": (
            "Tražene informacije molimo da nam dostavite u elektronskom obliku na nosaču"
            " podataka (CD, DVD ili USB memorija) poštom na adresu {postal_address}."
        ),
    },
    WORDING_MONTENEGRIN: {
        "email": "Tražene informacije molimo da nam dostavite elektronskom poštom na adresu {email}.",
        "post": "Tražene informacije molimo da nam dostavite poštom na adresu {postal_address}.",
        "inspection": (
            "Molimo da nam omogućite neposredan uvid u dokumente koji sadrže tražene"
            " informacije u Vašim službenim prostorijama i da nas o vremenu uvida"
            " obavijestite elektronskom poštom na adresu {email}."
        ),
        "electronic_copy_on_medium": (
            "Tražene informacije molimo da nam dostavite u elektronskom obliku na nosaču"
            " podataka (CD, DVD ili USB memorija) poštom na adresu {postal_address}."
        ),
    },
    WORDING_MACEDONIAN: {
        "email": "Ве молиме бараните информации да ни ги доставите по електронска пошта на адресата {email}.",
        "post": "Ве молиме бараните информации да ни ги доставите по пошта на адресата {postal_address}.",
        "inspection": (
            "Ве молиме да ни овозможите непосреден увид во документите што ги содржат"
            " бараните информации во Вашите службени простории и за времето на увидот"
            " да нѐ известите по електронска пошта на адресата {email}."
        ),
        "electronic_copy_on_medium": (
            "Ве молиме бараните информации да ни ги доставите во електронска форма на"
            " носач на податоци (CD, DVD или USB меморија) по пошта на адресата"
            " {postal_address}."
        ),
    },
    WORDING_ALBANIAN: {
        "email": "Ju lutemi të na dërgoni informacionin e kërkuar me postë elektronike në adresën {email}.",
        "post": "Ju lutemi të na dërgoni informacionin e kërkuar me postë në adresën {postal_address}.",
        "inspection": (
            "Ju lutemi të na mundësoni njohjen drejtpërdrejt me dokumentet që përmbajnë"
            " informacionin e kërkuar në ambientet tuaja zyrtare dhe të na njoftoni për"
            " kohën e njohjes me postë elektronike në adresën {email}."
        ),
        "electronic_copy_on_medium": (
            "Ju lutemi të na dërgoni informacionin e kërkuar në formë elektronike, në një"
            " mjet ruajtjeje të dhënash (CD, DVD ose memorie USB), me postë në adresën"
            " {postal_address}."
        ),
    },
    WORDING_SLOVENIAN: {
        "email": "Zahtevane informacije nam prosimo posredujte po elektronski pošti na naslov {email}.",
        "post": "Zahtevane informacije nam prosimo posredujte po pošti na naslov {postal_address}.",
        "inspection": (
            "Prosimo, da nam omogočite vpogled v dokumente, ki vsebujejo zahtevane"
            " informacije, v vaših uradnih prostorih in nas o času vpogleda obvestite"
            " po elektronski pošti na naslov {email}."
        ),
        "electronic_copy_on_medium": (
            "Zahtevane informacije nam prosimo posredujte v elektronski obliki na nosilcu"
            " podatkov (CD, DVD ali USB-ključ) po pošti na naslov {postal_address}."
        ),
    },
    WORDING_BULGARIAN: {
        "email": "Моля, предоставете ни исканата информация по електронна поща на адрес {email}.",
        "post": "Моля, предоставете ни исканата информация по пощата на адрес {postal_address}.",
        "inspection": (
            "Моля, осигурете ни преглед на документите, съдържащи исканата информация,"
            " във Вашите служебни помещения и ни уведомете за времето на прегледа по"
            " електронна поща на адрес {email}."
        ),
        "electronic_copy_on_medium": (
            "Моля, предоставете ни исканата информация в електронен вид на технически"
            " носител (CD, DVD или USB памет) по пощата на адрес {postal_address}."
        ),
    },
    WORDING_ROMANIAN: {
        "email": "Vă rugăm să ne comunicați informațiile solicitate prin poștă electronică, la adresa {email}.",
        "post": "Vă rugăm să ne comunicați informațiile solicitate prin poștă, la adresa {postal_address}.",
        "inspection": (
            "Vă rugăm să ne permiteți consultarea documentelor care conțin informațiile"
            " solicitate la sediul dumneavoastră și să ne comunicați data consultării prin"
            " poștă electronică, la adresa {email}."
        ),
        "electronic_copy_on_medium": (
            "Vă rugăm să ne comunicați informațiile solicitate în format electronic, pe un"
            " suport de date (CD, DVD sau memorie USB), prin poștă, la adresa"
            " {postal_address}."
        ),
    },
}

DELIVERY_FORMS: frozenset[str] = frozenset(_DELIVERY_SENTENCES[WORDING_CROATIAN])


def format_delivery_text(
    delivery_form: str,
    language: str,
    email: str,
    postal_address: str,
    *,
    jurisdiction: str | None = None,
) -> str:
    """Write the sentence that asks the authority to deliver in ``delivery_form``.

    ``delivery_form`` is a DeliveryForm value (a StrEnum member works as well):
    "email", "post", "inspection" or "electronic_copy_on_medium". ``email`` and
    ``postal_address`` are the requester's, and the sentence names the one that
    the form needs. ``jurisdiction`` picks the wording where one language has
    two (ijekavian Serbian in Republika Srpska and Montenegro). Raise
    LetterError for an unknown form or language.
    """
    letter_language = resolve_letter_language(language, jurisdiction)
    sentences = _DELIVERY_SENTENCES[letter_language.wording]

    template = sentences.get(str(delivery_form))
    if template is None:
        supported = ", ".join(sorted(DELIVERY_FORMS))
        raise LetterError(f"Unknown delivery form {delivery_form!r}; use one of: {supported}.")

    if letter_language.is_transliterated:
        # Transliterate the wording only: the address and e-mail stay as given.
        template = transliterate_wording(template)

    return template.format(email=email, postal_address=postal_address)
