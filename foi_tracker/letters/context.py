"""Values that fill a letter's placeholders."""

from collections.abc import Sequence
from dataclasses import dataclass

from foi_tracker.letters.errors import LetterError
from foi_tracker.letters.kinds import FLAG_FIELDS, LIST_FIELDS, LetterKind, kind_spec
from foi_tracker.letters.sanitize import clean_letter_text


@dataclass(frozen=True, kw_only=True)
class LetterContext:
    """Text of one letter, already written in the letter's language.

    Every value is plain text. The renderer escapes XML characters itself, so a
    caller must not escape ``&``, ``<`` or quotes. A newline inside a value
    becomes a line break in the letter. The field names are the placeholder names
    in letter_templates/. Which fields a kind needs is set in kinds.py: a kind
    ignores the fields it does not use. Dates are text from format_letter_date.
    A ``*_citation`` field is a citation from cite_article that names its act
    ("članak 25. stavak 1. Zakona"); ``request_article`` is the bare article
    phrase from localize_article. Leave a citation None when legal_refs/ does
    not confirm the article.
    """

    # Every kind.
    sender_name: str  # the requesting organisation, also shown in the page header
    sender_address: str  # street and number
    sender_city: str  # postal code and city, e.g. "10000 Zagreb"
    sender_email: str
    agency_name: str  # the public authority that holds the information
    place: str  # where the letter is signed, e.g. "Zagreb"
    date_text: str  # the letter's date
    law_title: str  # in the nominative, e.g. "Zakon o pravu na pristup informacijama"
    law_citation: str  # the official gazette reference
    officer_name: str
    officer_role: str
    agency_address_lines: Sequence[str] = ()
    items: Sequence[str] = ()  # the information sought, one entry per numbered item
    agency_reference: str | None = None  # the authority's own file number of the request
    subject: str | None = None  # topic appended to the fixed subject line

    # The request.
    delivery_form_text: str | None = None  # from format_delivery_text
    # The request article as a nominative phrase, e.g. "članak 18." (HR) or
    # "član 15." (RS). None where the article is not confirmed (BA, 2023 law).
    request_article: str | None = None
    # A whole sentence on the reply period with its article, from
    # format_reply_period, or None where the period is not confirmed.
    reply_period_text: str | None = None

    # The request's course: urgency, complaint, appeal, written decision, enforcement.
    request_sent_date_text: str | None = None  # the day the request was sent
    request_received_date_text: str | None = None  # the day the authority received it
    due_date_text: str | None = None  # last day of the reply period, extended if it was
    due_date_passed: bool = False  # True once the reply period has ended
    reply_period_citation: str | None = None
    appeal_silence_citation: str | None = None

    # The appeal body (legal_refs appeal_body) for complaints, appeals and enforcement.
    appeal_body_name: str | None = None
    appeal_body_address_lines: Sequence[str] = ()
    appeal_through_agency: bool = False  # the appeal is lodged through the authority

    # The authority's decision that the appeal contests.
    decision_date_text: str | None = None
    decision_reference: str | None = None  # the decision's number
    decision_delivered_date_text: str | None = None
    partial_refusal: bool = False  # True when the decision refused only part of the request
    refusal_grounds_text: str | None = None  # the grounds the decision invoked, in the letter's language
    appeal_period_citation: str | None = None
    appeal_reasons: Sequence[str] = ()  # the officer's own arguments, one paragraph each

    # The authority's informal reply, for a request for a written decision.
    reply_date_text: str | None = None
    reply_reference: str | None = None
    written_decision_citation: str | None = None

    # The appeal body's decision, for an enforcement request.
    appeal_decision_date_text: str | None = None
    appeal_decision_reference: str | None = None
    compliance_due_date_text: str | None = None  # the day by which the authority had to comply
    enforcement_citation: str | None = None

    def __post_init__(self) -> None:
        # Store tuples, so the frozen context cannot change after it is built.
        for name in LIST_FIELDS:
            object.__setattr__(self, name, tuple(getattr(self, name)))


def build_template_values(
    context: LetterContext, kind: LetterKind | str = LetterKind.REQUEST
) -> dict[str, object]:
    """Clean the values that ``kind`` uses and return them keyed by placeholder name.

    Only the kind's placeholders are returned, so a template of another kind
    fails on the first placeholder it does not have. Raise LetterError naming
    each required field that is empty after cleaning, and each empty entry of a
    list, because a letter with a blank addressee or a blank numbered item must
    not go out.
    """
    spec = kind_spec(kind)
    values: dict[str, object] = {}
    problems: list[str] = []

    for name in sorted(spec.placeholders):
        raw = getattr(context, name)

        if name in FLAG_FIELDS:
            values[name] = bool(raw)
            continue

        if name in LIST_FIELDS:
            entries = [clean_letter_text(entry) for entry in raw]
            problems.extend(
                f"{name}[{position}] is empty"
                for position, entry in enumerate(entries, start=1)
                if not entry
            )
            if name in spec.required and not entries:
                problems.append(f"{name} is empty")
            values[name] = entries
            continue

        cleaned = clean_letter_text(raw) if raw is not None else ""
        if not cleaned and name in spec.required:
            problems.append(f"{name} is empty")
        values[name] = cleaned or None

    if problems:
        raise LetterError(
            f"Invalid values for the {LetterKind(kind).value.replace('_', ' ')} letter: "
            + "; ".join(problems)
            + "."
        )

    return values
