"""Values that fill a request letter's placeholders."""

from collections.abc import Sequence
from dataclasses import dataclass, fields

from foi_tracker.letters.errors import LetterError
from foi_tracker.letters.sanitize import clean_letter_text

# Fields that a template may leave out by wrapping them in {% if name %}.
_OPTIONAL_FIELDS = frozenset(
    {"request_article", "reply_period_text", "agency_reference", "subject"}
)
_LIST_FIELDS = frozenset({"agency_address_lines", "items"})


@dataclass(frozen=True)
class LetterContext:
    """Text of one request letter, already written in the letter's language.

    Every value is plain text. The renderer escapes XML characters itself, so a
    caller must not escape ``&``, ``<`` or quotes. A newline inside a value
    becomes a line break in the letter. The field names are the placeholder names
    in letter_templates/.
    """

    sender_name: str  # the requesting organisation, also shown in the page header
    sender_address: str  # street and number
    sender_city: str  # postal code and city, e.g. "10000 Zagreb"
    sender_email: str
    agency_name: str
    agency_address_lines: Sequence[str]
    place: str  # where the letter is signed, e.g. "Zagreb"
    date_text: str  # from format_letter_date
    law_title: str  # in the nominative, e.g. "Zakon o pravu na pristup informacijama"
    law_citation: str  # the official gazette reference
    items: Sequence[str]  # the information sought, one entry per numbered item
    delivery_form_text: str  # from format_delivery_text
    officer_name: str
    officer_role: str
    # The request article as a nominative phrase, e.g. "članak 18." (HR) or
    # "član 15." (RS). None where the article is not confirmed (BA, 2023 law).
    request_article: str | None = None
    # A whole sentence on the reply period with its article, from
    # format_reply_period, or None where the period is not confirmed.
    reply_period_text: str | None = None
    agency_reference: str | None = None  # the agency's own file number, if known
    subject: str | None = None  # topic appended to the fixed subject line

    def __post_init__(self) -> None:
        # Store tuples, so the frozen context cannot change after it is built.
        object.__setattr__(
            self, "agency_address_lines", tuple(self.agency_address_lines)
        )
        object.__setattr__(self, "items", tuple(self.items))


def build_template_values(context: LetterContext) -> dict[str, object]:
    """Clean every value of ``context`` and return them keyed by placeholder name.

    Raise LetterError naming each required field that is empty after cleaning,
    and each empty entry of a list, because a letter with a blank addressee or
    a blank numbered item must not go out.
    """
    values: dict[str, object] = {}
    problems: list[str] = []

    for field in fields(context):
        raw = getattr(context, field.name)

        if field.name in _LIST_FIELDS:
            entries = [clean_letter_text(entry) for entry in raw]
            problems.extend(
                f"{field.name}[{position}] is empty"
                for position, entry in enumerate(entries, start=1)
                if not entry
            )
            if field.name == "items" and not entries:
                problems.append("items is empty")
            values[field.name] = entries
            continue

        cleaned = clean_letter_text(raw) if raw is not None else ""
        if not cleaned and field.name not in _OPTIONAL_FIELDS:
            problems.append(f"{field.name} is empty")
        values[field.name] = cleaned or None

    if problems:
        raise LetterError("Invalid letter values: " + "; ".join(problems) + ".")

    return values
