"""Kinds of letter and the placeholders that each kind's template uses.

Every placeholder is a field of LetterContext. For each kind the tables below
say which fields a template must use and which must hold a value:

- ``required``: the template must use the placeholder and the value must not be
  empty (render_letter raises LetterError otherwise);
- ``expected``: the template must use the placeholder, but the value may be
  empty or False, and the template then leaves the sentence out (a decision
  without a number, an article that legal_refs/ does not confirm);
- ``optional``: the template may use the placeholder.

check_template reports a template that lacks a required or expected
placeholder, or that uses one outside the three sets.
"""

from dataclasses import dataclass
from enum import StrEnum


class LetterKind(StrEnum):
    """Letter that a requester sends while a request runs its course."""

    REQUEST = "request"  # the request for access to information
    URGENCY = "urgency"  # reminder that the reply period ran out or is running out
    COMPLAINT_SILENCE = "complaint_silence"  # appeal to the appeal body after the authority's silence
    APPEAL_REFUSAL = "appeal_refusal"  # appeal against a refusal or a partial refusal
    DECISION_IN_WRITING = "decision_in_writing"  # asks the authority to issue a formal written decision
    ENFORCEMENT = "enforcement"  # asks the appeal body to have its own decision enforced


class Addressee(StrEnum):
    """Whom a letter is addressed to."""

    AUTHORITY = "authority"  # the public authority that holds the information
    APPEAL_BODY = "appeal_body"  # legal_refs appeal_body: commissioner, agency, head of the authority, court


@dataclass(frozen=True)
class KindSpec:
    """Placeholders of one letter kind and the legal_refs facts its letter cites."""

    kind: LetterKind
    addressee: Addressee
    required: frozenset[str]
    expected: frozenset[str]
    optional: frozenset[str]
    # Source of each citation field in legal_refs/, for the code that fills the context.
    cited_facts: tuple[tuple[str, str], ...]

    @property
    def required_placeholders(self) -> frozenset[str]:
        """Placeholders that a template of this kind must use."""
        return self.required | self.expected

    @property
    def placeholders(self) -> frozenset[str]:
        """Every placeholder that a template of this kind may use."""
        return self.required | self.expected | self.optional


# Used by every kind: the sender, the authority, the place and date, the law and
# the signature.
_COMMON_REQUIRED = frozenset(
    {
        "sender_name",
        "sender_address",
        "sender_city",
        "sender_email",
        "agency_name",
        "place",
        "date_text",
        "law_title",
        "law_citation",
        "officer_name",
        "officer_role",
    }
)
_COMMON_OPTIONAL = frozenset({"agency_reference", "subject"})

# Fields that hold a list of lines and fields that hold a yes/no flag.
LIST_FIELDS = frozenset({"agency_address_lines", "items", "appeal_body_address_lines", "appeal_reasons"})
FLAG_FIELDS = frozenset({"due_date_passed", "appeal_through_agency", "partial_refusal"})

_APPEAL_BODY_OPTIONAL = frozenset({"appeal_body_address_lines", "agency_address_lines"})


def _spec(
    kind: LetterKind,
    addressee: Addressee,
    *,
    required: set[str],
    expected: set[str] | None = None,
    optional: frozenset[str] | set[str] | None = None,
    cited_facts: tuple[tuple[str, str], ...] = (),
) -> KindSpec:
    return KindSpec(
        kind=kind,
        addressee=addressee,
        required=_COMMON_REQUIRED | required,
        expected=frozenset(expected or ()),
        optional=_COMMON_OPTIONAL | frozenset(optional or ()),
        cited_facts=cited_facts,
    )


KIND_SPECS: dict[LetterKind, KindSpec] = {
    LetterKind.REQUEST: _spec(
        LetterKind.REQUEST,
        Addressee.AUTHORITY,
        required={"agency_address_lines", "items", "delivery_form_text"},
        optional={"request_article", "reply_period_text"},
        cited_facts=(
            ("request_article", "articles.request, through localize_article"),
            ("reply_period_text", "periods.reply (length, unit, article), through format_reply_period"),
        ),
    ),
    LetterKind.URGENCY: _spec(
        LetterKind.URGENCY,
        Addressee.AUTHORITY,
        required={"agency_address_lines", "items", "request_sent_date_text", "due_date_text"},
        expected={"due_date_passed", "reply_period_citation"},
        optional={"request_received_date_text", "appeal_silence_citation"},
        cited_facts=(
            ("reply_period_citation", "periods.reply.article, or periods.extension.article after an extension"),
            ("appeal_silence_citation", "articles.appeal_silence, else periods.appeal_silence.article"),
        ),
    ),
    LetterKind.COMPLAINT_SILENCE: _spec(
        LetterKind.COMPLAINT_SILENCE,
        Addressee.APPEAL_BODY,
        required={"appeal_body_name", "items", "request_sent_date_text", "due_date_text"},
        expected={"appeal_silence_citation"},
        optional=_APPEAL_BODY_OPTIONAL
        | {"request_received_date_text", "reply_period_citation", "appeal_through_agency"},
        cited_facts=(
            ("appeal_silence_citation", "articles.appeal_silence, else periods.appeal_silence.article"),
            ("reply_period_citation", "periods.reply.article, or periods.extension.article after an extension"),
        ),
    ),
    LetterKind.APPEAL_REFUSAL: _spec(
        LetterKind.APPEAL_REFUSAL,
        Addressee.APPEAL_BODY,
        required={"appeal_body_name", "request_sent_date_text", "decision_date_text"},
        expected={"decision_reference", "partial_refusal", "appeal_period_citation"},
        optional=_APPEAL_BODY_OPTIONAL
        | {
            "items",
            "decision_delivered_date_text",
            "refusal_grounds_text",
            "appeal_reasons",
            "appeal_through_agency",
        },
        cited_facts=(
            ("appeal_period_citation", "periods.appeal_refusal.article"),
            ("refusal_grounds_text", "refusal_grounds[].label_local and article of the grounds the authority cited"),
        ),
    ),
    LetterKind.DECISION_IN_WRITING: _spec(
        LetterKind.DECISION_IN_WRITING,
        Addressee.AUTHORITY,
        required={"agency_address_lines", "items", "request_sent_date_text", "reply_date_text"},
        expected={"written_decision_citation"},
        optional={"reply_reference"},
        cited_facts=(("written_decision_citation", "articles.refusal_decision, else articles.refusal"),),
    ),
    LetterKind.ENFORCEMENT: _spec(
        LetterKind.ENFORCEMENT,
        Addressee.APPEAL_BODY,
        required={"appeal_body_name", "request_sent_date_text", "appeal_decision_date_text"},
        expected={"appeal_decision_reference"},
        optional=_APPEAL_BODY_OPTIONAL | {"items", "compliance_due_date_text", "enforcement_citation"},
        cited_facts=(("enforcement_citation", "articles.enforcement (no jurisdiction records it yet)"),),
    ),
}


def kind_spec(kind: LetterKind | str) -> KindSpec:
    """Return the placeholder sets of ``kind``; a plain string value works as well.

    Raise ValueError for an unknown kind.
    """
    return KIND_SPECS[LetterKind(kind)]
