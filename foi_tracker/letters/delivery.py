"""Sentences that state how the requester wants to receive the information."""

from foi_tracker.letters.errors import LetterError
from foi_tracker.letters.languages import (
    BOSNIAN,
    CROATIAN,
    SERBIAN_LATIN,
    require_letter_language,
)

# Keys are the values of the application's DeliveryForm enum. "{email}" and
# "{postal_address}" are filled in by format_delivery_text.
_DELIVERY_SENTENCES: dict[str, dict[str, str]] = {
    CROATIAN: {
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
    SERBIAN_LATIN: {
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
    BOSNIAN: {
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
}

DELIVERY_FORMS: frozenset[str] = frozenset(_DELIVERY_SENTENCES[CROATIAN])


def format_delivery_text(
    delivery_form: str, language: str, email: str, postal_address: str
) -> str:
    """Write the sentence that asks the authority to deliver in ``delivery_form``.

    ``delivery_form`` is a DeliveryForm value (a StrEnum member works as well):
    "email", "post", "inspection" or "electronic_copy_on_medium". ``email`` and
    ``postal_address`` are the requester's, and the sentence names the one that
    the form needs. Raise LetterError for an unknown form or language.
    """
    sentences = _DELIVERY_SENTENCES[require_letter_language(language)]

    template = sentences.get(str(delivery_form))
    if template is None:
        supported = ", ".join(sorted(DELIVERY_FORMS))
        raise LetterError(
            f"Unknown delivery form {delivery_form!r}; use one of: {supported}."
        )

    return template.format(email=email, postal_address=postal_address)
