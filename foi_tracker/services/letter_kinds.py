"""Letters of every kind for a request: which ones fit its state, and their text.

The pure package letters/ renders; this module collects the request's facts
in the letter's language. Citations come only from articles that legal_refs/
confirms, so a letter never states a guessed article.
"""

import logging
from dataclasses import dataclass
from datetime import date

from ..law import LawVersion, PeriodName
from ..letters import (
    LetterContext,
    LetterError,
    LetterKind,
    cite_article,
    format_delivery_text,
    format_letter_date,
    format_reply_period,
    letter_languages,
    localize_article,
    resolve_letter_language,
    to_serbian_cyrillic,
    to_serbian_latin,
)
from ..models import FoiRequest, RequestState, User
from .legal import get_refs, local_today, version_for_request

logger = logging.getLogger(__name__)

# Croatia and Slovenia: an appeal against a decision is lodged through the
# authority that issued it (ZPPI Art. 25(1); ZUP of Slovenia).
APPEAL_THROUGH_AGENCY = frozenset({"HR", "SI"})

REFUSED_STATES = frozenset({RequestState.REFUSED, RequestState.PARTIALLY_GRANTED})
REPLIED_STATES = frozenset(
    {
        RequestState.GRANTED,
        RequestState.PARTIALLY_GRANTED,
        RequestState.REFUSED,
        RequestState.NOT_HELD,
        RequestState.TRANSFERRED,
    }
)


@dataclass(frozen=True)
class LetterDetails:
    """Details the officer adds to a letter beyond the request's own facts."""

    decision_reference: str = ""  # the number of the authority's decision
    appeal_reasons: tuple[str, ...] = ()  # the officer's arguments, one paragraph each
    appeal_decision_on: date | None = None  # the appeal body's decision, for enforcement
    appeal_decision_reference: str = ""


def letter_kind_availability(foi_request: FoiRequest, today: date | None = None) -> dict[LetterKind, str]:
    """Map each letter kind to "" when it fits the request now, else the reason it does not."""
    today = today or local_today(foi_request.agency.jurisdiction_code)
    state = foi_request.state
    overdue = (
        state is RequestState.AWAITING_REPLY and foi_request.due_on is not None and foi_request.due_on < today
    )
    not_sent = "The request has not been sent yet."

    return {
        LetterKind.REQUEST: "",
        LetterKind.URGENCY: "" if state is RequestState.AWAITING_REPLY else (
            not_sent if state is RequestState.DRAFT else "The request is no longer awaiting a reply."
        ),
        LetterKind.COMPLAINT_SILENCE: "" if overdue else "Only after the reply period has ended without a reply.",
        LetterKind.APPEAL_REFUSAL: "" if state in REFUSED_STATES else "Only after a refusal or a partial refusal.",
        LetterKind.DECISION_IN_WRITING: "" if state in REPLIED_STATES else "Only after the authority replied.",
        # The app records no appeal decision yet, so the officer gives its date in the form.
        LetterKind.ENFORCEMENT: "" if state in REFUSED_STATES else (
            "Only after an appeal against a refusal was decided."
        ),
    }


def _citation(article: str | None, confirmed: bool, language: str, code: str) -> str | None:
    if not article or not confirmed:
        return None

    try:
        return cite_article(article, language, jurisdiction=code)
    except LetterError:
        # An article in a form the citation writer does not know is left out
        # rather than printed half-translated.
        logger.warning("jurisdiction %s: article %r cannot be cited in %s", code, article, language)
        return None


def _period_citation(version: LawVersion, name: PeriodName, language: str, code: str) -> str | None:
    period = version.periods.get(name)
    if period is None:
        return None

    return _citation(period.article, period.confirmed, language, code)


def _article_citation(version: LawVersion, key: str, language: str, code: str) -> str | None:
    article = version.articles.get(key)
    if article is None:
        return None

    return _citation(article.article, article.confirmed, language, code)


def build_kind_context(
    foi_request: FoiRequest,
    author: User,
    kind: LetterKind,
    language: str,
    details: LetterDetails | None = None,
) -> LetterContext:
    """Collect the text of a ``kind`` letter about ``foi_request`` in ``language``."""
    details = details or LetterDetails()
    agency = foi_request.agency
    organisation = foi_request.organisation
    code = agency.jurisdiction_code
    refs = get_refs(code)
    version = version_for_request(foi_request)
    today = local_today(code)

    def day_text(day: date | None) -> str | None:
        return format_letter_date(day, language, jurisdiction=code) if day else None

    address_lines = [
        line for line in (agency.street_address, f"{agency.postal_code} {agency.city}".strip()) if line
    ] or [agency.city or refs.name_local]
    sender_city = f"{organisation.postal_code} {organisation.city}".strip()
    sender_email = organisation.email or author.email
    postal_address = ", ".join(part for part in (organisation.name, organisation.street_address, sender_city) if part)

    request_article = version.articles.get("request")
    request_article_text = None
    if request_article is not None and request_article.confirmed and request_article.article:
        request_article_text = localize_article(request_article.article, language, jurisdiction=code)

    reply_period = version.periods.get(PeriodName.REPLY)
    reply_text = None
    if reply_period is not None and reply_period.confirmed and reply_period.article:
        try:
            reply_text = format_reply_period(
                language,
                reply_period.length,
                localize_article(reply_period.article, language, jurisdiction=code),
                unit=reply_period.unit.value,
                jurisdiction=code,
            )
        except LetterError:
            reply_text = None

    running_period = PeriodName.EXTENSION if foi_request.extension_notified_on else PeriodName.REPLY
    grounds = [
        ground.label_local
        for citation in foi_request.refusal_grounds
        for ground in version.refusal_grounds
        if ground.code is citation.ground
    ]
    appeal_body = refs.appeal_body
    law_title = version.law_title_local
    law_citation = version.law_citation
    agency_name = agency.name
    serbian = language.startswith(("sr", "cnr"))
    script = resolve_letter_language(language, code).script
    appeal_body_name = appeal_body.name_local
    if serbian and script == "Cyrl":
        # legal_refs/ records Serbian and Montenegrin titles and the appeal body
        # in Latin script. Fixed wording transliterates safely, but names people
        # typed stay as they were entered.
        law_title = to_serbian_cyrillic(law_title)
        law_citation = to_serbian_cyrillic(law_citation)
        appeal_body_name = to_serbian_cyrillic(appeal_body_name)
    elif serbian:
        # Registers record many Serbian authorities in Cyrillic. Cyrillic to
        # Latin is one-to-one, so a Latin letter can carry the name safely.
        agency_name = to_serbian_latin(agency_name)
        address_lines = [to_serbian_latin(line) for line in address_lines]

    return LetterContext(
        sender_name=organisation.name,
        sender_address=organisation.street_address or "—",
        sender_city=sender_city or "—",
        sender_email=sender_email,
        agency_name=agency_name,
        agency_address_lines=address_lines,
        place=organisation.city or refs.name_local,
        date_text=format_letter_date(today if kind is not LetterKind.REQUEST else foi_request.sent_on or today,
                                     language, jurisdiction=code),
        law_title=law_title,
        law_citation=law_citation,
        officer_name=author.full_name,
        officer_role=author.job_title or "—",
        items=list(foi_request.items),
        agency_reference=foi_request.agency_reference or None,
        subject=foi_request.title,
        delivery_form_text=format_delivery_text(
            foi_request.preferred_form.value, language, sender_email, postal_address, jurisdiction=code
        ),
        request_article=request_article_text,
        reply_period_text=reply_text,
        request_sent_date_text=day_text(foi_request.sent_on),
        request_received_date_text=day_text(foi_request.received_on),
        due_date_text=day_text(foi_request.due_on),
        due_date_passed=foi_request.due_on is not None and foi_request.due_on < today,
        reply_period_citation=_period_citation(version, running_period, language, code),
        appeal_silence_citation=(
            _article_citation(version, "appeal_silence", language, code)
            or _period_citation(version, PeriodName.APPEAL_SILENCE, language, code)
        ),
        appeal_body_name=appeal_body_name,
        appeal_body_address_lines=[appeal_body.address] if appeal_body.address else [],
        appeal_through_agency=code in APPEAL_THROUGH_AGENCY,
        decision_date_text=day_text(foi_request.replied_on),
        decision_reference=details.decision_reference or None,
        partial_refusal=foi_request.state is RequestState.PARTIALLY_GRANTED,
        refusal_grounds_text="; ".join(grounds) or None,
        appeal_period_citation=_period_citation(version, PeriodName.APPEAL_REFUSAL, language, code),
        appeal_reasons=[reason for reason in details.appeal_reasons if reason.strip()],
        reply_date_text=day_text(foi_request.replied_on),
        written_decision_citation=(
            _article_citation(version, "refusal_decision", language, code)
            or _article_citation(version, "refusal", language, code)
        ),
        appeal_decision_date_text=day_text(details.appeal_decision_on),
        appeal_decision_reference=details.appeal_decision_reference or None,
    )


def available_languages(jurisdiction_code: str) -> list[tuple[str, bool]]:
    """List the letter languages of a jurisdiction as (tag, is_default), default first."""
    languages = sorted(letter_languages(jurisdiction_code), key=lambda language: not language.default)
    return [(language.tag, language.default) for language in languages]

