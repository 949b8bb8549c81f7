"""Languages and scripts in which letters are written, per jurisdiction.

A letter language is named by the BCP 47 tag that legal_refs/ uses under
``letters`` ("hr", "sr-Latn", "sr-Cyrl", "cnr-Latn" …). The same tag names the
template file (``letter_templates/<CODE>/<kind>.<tag>.docx``). One tag can need
different wording in two jurisdictions: Serbian letters in Serbia and Kosovo are
ekavian ("zahtev"), those in Republika Srpska and Montenegro ijekavian
("zahtjev"). So most functions take the jurisdiction code as well as the tag.
"""

from dataclasses import dataclass

from foi_tracker.letters.errors import LetterError

# Tags as legal_refs/ writes them.
CROATIAN = "hr"
SERBIAN_LATIN = "sr-Latn"
SERBIAN_CYRILLIC = "sr-Cyrl"
BOSNIAN = "bs"
MONTENEGRIN_LATIN = "cnr-Latn"
MONTENEGRIN_CYRILLIC = "cnr-Cyrl"
MACEDONIAN = "mk"
ALBANIAN = "sq"
SLOVENIAN = "sl"
BULGARIAN = "bg"
ROMANIAN = "ro"

# Wording variants: one phrase table each in letter_templates/wording/ and in
# the sentence tables of delivery.py and periods.py.
WORDING_CROATIAN = "hr"
WORDING_BOSNIAN = "bs"
WORDING_SERBIAN_EKAVIAN = "sr-ekavian"
WORDING_SERBIAN_IJEKAVIAN = "sr-ijekavian"
WORDING_MONTENEGRIN = "cnr"
WORDING_MACEDONIAN = "mk"
WORDING_ALBANIAN = "sq"
WORDING_SLOVENIAN = "sl"
WORDING_BULGARIAN = "bg"
WORDING_ROMANIAN = "ro"

WORDINGS: tuple[str, ...] = (
    WORDING_CROATIAN,
    WORDING_BOSNIAN,
    WORDING_SERBIAN_EKAVIAN,
    WORDING_SERBIAN_IJEKAVIAN,
    WORDING_MONTENEGRIN,
    WORDING_MACEDONIAN,
    WORDING_ALBANIAN,
    WORDING_SLOVENIAN,
    WORDING_BULGARIAN,
    WORDING_ROMANIAN,
)

# Wordings written in Serbian Latin letters and transliterated for Cyrillic letters.
TRANSLITERATED_WORDINGS = frozenset(
    {WORDING_SERBIAN_EKAVIAN, WORDING_SERBIAN_IJEKAVIAN, WORDING_MONTENEGRIN}
)


@dataclass(frozen=True)
class LetterLanguage:
    """One language and script in which letters go to one jurisdiction's authorities."""

    jurisdiction: str  # legal_refs code, e.g. "BA-RS"
    tag: str  # BCP 47 tag as in legal_refs/ and in template file names
    script: str  # ISO 15924: Latn or Cyrl
    babel_locale: str  # Babel locale for dates
    word_language: str  # language tag for Word's proofing tools
    wording: str  # phrase table, one of WORDINGS
    citation_style: str  # key of the article citation forms in articles.py
    default: bool = False  # the jurisdiction's default letter language

    @property
    def is_transliterated(self) -> bool:
        """Tell whether the wording is written in Latin and transliterated to Cyrillic."""
        return self.script == "Cyrl" and self.wording in TRANSLITERATED_WORDINGS


def _language(
    jurisdiction: str,
    tag: str,
    babel_locale: str,
    word_language: str,
    wording: str,
    citation_style: str,
    *,
    default: bool = False,
) -> LetterLanguage:
    script = "Cyrl" if tag.endswith("-Cyrl") or tag in (MACEDONIAN, BULGARIAN) else "Latn"
    return LetterLanguage(
        jurisdiction=jurisdiction,
        tag=tag,
        script=script,
        babel_locale=babel_locale,
        word_language=word_language,
        wording=wording,
        citation_style=citation_style,
        default=default,
    )


# Babel 2.19 has no Montenegrin ("cnr") locale, so Montenegrin dates use the
# Serbian locales for Montenegro (sr_Latn_ME, sr_Cyrl_ME): the month names are
# the same ("decembar").
# Serbia's letters come in both scripts: Cyrillic is the official script under
# the Constitution (Art. 10), and Latin is in everyday official use.
_LANGUAGES: tuple[LetterLanguage, ...] = (
    _language("HR", CROATIAN, "hr_HR", "hr-HR", WORDING_CROATIAN, "hr", default=True),
    _language("RS", SERBIAN_LATIN, "sr_Latn_RS", "sr-Latn-RS", WORDING_SERBIAN_EKAVIAN, "sr", default=True),
    _language("RS", SERBIAN_CYRILLIC, "sr_Cyrl_RS", "sr-Cyrl-RS", WORDING_SERBIAN_EKAVIAN, "sr"),
    _language("BA", BOSNIAN, "bs_Latn_BA", "bs-Latn-BA", WORDING_BOSNIAN, "bs", default=True),
    _language("BA-FBiH", BOSNIAN, "bs_Latn_BA", "bs-Latn-BA", WORDING_BOSNIAN, "bs", default=True),
    _language("BA-FBiH", CROATIAN, "hr_BA", "hr-BA", WORDING_CROATIAN, "hr"),
    _language("BA-RS", SERBIAN_CYRILLIC, "sr_Cyrl_BA", "sr-Cyrl-BA", WORDING_SERBIAN_IJEKAVIAN, "sr", default=True),
    _language("BA-RS", SERBIAN_LATIN, "sr_Latn_BA", "sr-Latn-BA", WORDING_SERBIAN_IJEKAVIAN, "sr"),
    _language("ME", MONTENEGRIN_LATIN, "sr_Latn_ME", "sr-Latn-ME", WORDING_MONTENEGRIN, "cnr", default=True),
    _language("ME", MONTENEGRIN_CYRILLIC, "sr_Cyrl_ME", "sr-Cyrl-ME", WORDING_MONTENEGRIN, "cnr"),
    _language("ME", SERBIAN_LATIN, "sr_Latn_ME", "sr-Latn-ME", WORDING_SERBIAN_IJEKAVIAN, "cnr"),
    _language("MK", MACEDONIAN, "mk_MK", "mk-MK", WORDING_MACEDONIAN, "mk", default=True),
    _language("AL", ALBANIAN, "sq_AL", "sq-AL", WORDING_ALBANIAN, "sq-AL", default=True),
    _language("XK", ALBANIAN, "sq_XK", "sq-XK", WORDING_ALBANIAN, "sq-XK", default=True),
    _language("XK", SERBIAN_LATIN, "sr_Latn_XK", "sr-Latn-XK", WORDING_SERBIAN_EKAVIAN, "sr"),
    _language("XK", SERBIAN_CYRILLIC, "sr_Cyrl_XK", "sr-Cyrl-XK", WORDING_SERBIAN_EKAVIAN, "sr"),
    _language("SI", SLOVENIAN, "sl_SI", "sl-SI", WORDING_SLOVENIAN, "sl", default=True),
    _language("BG", BULGARIAN, "bg_BG", "bg-BG", WORDING_BULGARIAN, "bg", default=True),
    _language("RO", ROMANIAN, "ro_RO", "ro-RO", WORDING_ROMANIAN, "ro", default=True),
    _language("MD", ROMANIAN, "ro_MD", "ro-MD", WORDING_ROMANIAN, "ro", default=True),
)

JURISDICTIONS: tuple[str, ...] = tuple(dict.fromkeys(language.jurisdiction for language in _LANGUAGES))

LETTER_LANGUAGES: frozenset[str] = frozenset(language.tag for language in _LANGUAGES)

# The jurisdiction whose wording a bare language tag gets when no jurisdiction
# is named: "sr-Latn" alone means Serbian as written in Serbia.
_HOME_JURISDICTIONS: dict[str, str] = {
    CROATIAN: "HR",
    SERBIAN_LATIN: "RS",
    SERBIAN_CYRILLIC: "RS",
    BOSNIAN: "BA",
    MONTENEGRIN_LATIN: "ME",
    MONTENEGRIN_CYRILLIC: "ME",
    MACEDONIAN: "MK",
    ALBANIAN: "AL",
    SLOVENIAN: "SI",
    BULGARIAN: "BG",
    ROMANIAN: "RO",
}

# Default letter language of every jurisdiction with templates.
DEFAULT_LETTER_LANGUAGES: dict[str, str] = {
    language.jurisdiction: language.tag for language in _LANGUAGES if language.default
}

# The jurisdictions whose request letters the application served before the
# other eleven were added. services/letters.py reads this mapping and calls
# format_reply_period without a unit, which is right only for these three laws
# (calendar days). NOTE: remove it once the service passes the period's unit
# and reads DEFAULT_LETTER_LANGUAGES.
JURISDICTION_LANGUAGES: dict[str, str] = {
    code: DEFAULT_LETTER_LANGUAGES[code] for code in ("HR", "RS", "BA")
}


def normalize_language_tag(language: str) -> str:
    """Return ``language`` as a supported BCP 47 tag or raise LetterError.

    Underscores are accepted for hyphens ("sr_Latn"), because Babel and some
    configuration files write tags that way. The case of each subtag is fixed
    ("SR-latn" becomes "sr-Latn").
    """
    parts = language.strip().replace("_", "-").split("-")
    normalized = "-".join([parts[0].lower(), *(part.title() for part in parts[1:])])
    if normalized not in LETTER_LANGUAGES:
        supported = ", ".join(sorted(LETTER_LANGUAGES))
        raise LetterError(f"Unsupported letter language {language!r}; use one of: {supported}.")

    return normalized


def require_letter_language(language: str) -> str:
    """Return ``language`` as a supported BCP 47 tag or raise LetterError.

    "sr" alone is rejected, because Serbian letters need a script.
    """
    return normalize_language_tag(language)


def resolve_letter_language(language: str, jurisdiction: str | None = None) -> LetterLanguage:
    """Return the letter language ``language`` of ``jurisdiction``.

    Without a jurisdiction the language's home jurisdiction applies (Serbia for
    "sr-Latn", Albania for "sq", Romania for "ro"). Raise LetterError when the
    tag is unknown or the jurisdiction's letters do not use it.
    """
    tag = normalize_language_tag(language)
    code = jurisdiction or _HOME_JURISDICTIONS[tag]

    for candidate in _LANGUAGES:
        if candidate.jurisdiction == code and candidate.tag == tag:
            return candidate

    if code not in JURISDICTIONS:
        known = ", ".join(JURISDICTIONS)
        raise LetterError(f"No letter languages are defined for jurisdiction {code!r}; use one of: {known}.")

    offered = ", ".join(language.tag for language in letter_languages(code))
    raise LetterError(
        f"Letters to authorities in {code} are not written in {tag!r}; use one of: {offered}."
    )


def letter_languages(jurisdiction: str) -> tuple[LetterLanguage, ...]:
    """Return the languages of ``jurisdiction``'s letters, the default first.

    Raise LetterError for a jurisdiction without templates.
    """
    found = [language for language in _LANGUAGES if language.jurisdiction == jurisdiction]
    if not found:
        known = ", ".join(JURISDICTIONS)
        raise LetterError(f"No letter languages are defined for jurisdiction {jurisdiction!r}; use one of: {known}.")

    return tuple(sorted(found, key=lambda language: not language.default))


def all_letter_languages() -> tuple[LetterLanguage, ...]:
    """Return every (jurisdiction, language) pair that has letter templates."""
    return _LANGUAGES
