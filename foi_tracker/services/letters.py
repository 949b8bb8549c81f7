"""Build a request's letter from the request, its authority and the law."""

import logging
import re
from pathlib import Path

from flask import current_app

from ..law import PeriodName
from ..letters import (
    JURISDICTION_LANGUAGES,
    LetterContext,
    LetterError,
    format_delivery_text,
    format_letter_date,
    format_reply_period,
    render_letter,
    to_serbian_latin,
)
from ..letters.articles import localize_article
from ..models import FoiRequest, User
from .legal import get_refs, local_today, version_for_request

logger = logging.getLogger(__name__)


def build_letter_context(foi_request: FoiRequest, author: User) -> LetterContext:
    """Collect the letter's text: sender, authority, law, items, dates.

    The law version in force on the sending date applies, and a draft uses
    today's. An article or period that legal_refs/ marks unconfirmed is left
    out of the letter rather than guessed.
    """
    agency = foi_request.agency
    organisation = foi_request.organisation
    code = agency.jurisdiction_code
    refs = get_refs(code)
    language = JURISDICTION_LANGUAGES.get(code)
    if language is None:
        raise LetterError(
            f"There is no letter template for {refs.name_en} yet; write the letter by hand "
            "and record the request as sent."
        )

    today = local_today(code)
    version = version_for_request(foi_request)

    request_article = version.articles.get("request")
    article_text = None
    if request_article is not None and request_article.confirmed and request_article.article:
        article_text = localize_article(request_article.article, language)

    reply_period = version.periods.get(PeriodName.REPLY)
    reply_text = None
    if reply_period is not None and reply_period.confirmed and reply_period.article:
        reply_text = format_reply_period(
            language, reply_period.length, localize_article(reply_period.article, language)
        )

    def script(text: str) -> str:
        # Serbian letters are in Latin script, but some authority names are stored in Cyrillic.
        return to_serbian_latin(text) if code == "RS" else text

    address_lines = [line for line in (agency.street_address, f"{agency.postal_code} {agency.city}".strip()) if line]
    sender_city = f"{organisation.postal_code} {organisation.city}".strip()
    postal_address = ", ".join(part for part in (organisation.name, organisation.street_address, sender_city) if part)

    return LetterContext(
        sender_name=organisation.name,
        sender_address=organisation.street_address or "—",
        sender_city=sender_city or "—",
        sender_email=organisation.email or author.email,
        agency_name=script(agency.name),
        agency_address_lines=[script(line) for line in address_lines] or [script(agency.city or refs.name_local)],
        place=organisation.city or refs.name_local,
        date_text=format_letter_date(foi_request.sent_on or today, language),
        law_title=version.law_title_local,
        law_citation=version.law_citation,
        items=list(foi_request.items),
        delivery_form_text=format_delivery_text(
            foi_request.preferred_form.value, language, organisation.email or author.email, postal_address
        ),
        officer_name=author.full_name,
        officer_role=author.job_title or "—",
        request_article=article_text,
        reply_period_text=reply_text,
        agency_reference=foi_request.agency_reference or None,
        subject=foi_request.title,
    )


def render_request_letter(foi_request: FoiRequest, author: User) -> tuple[bytes, str]:
    """Render the request letter and return the .docx bytes with a download file name."""
    code = foi_request.agency.jurisdiction_code
    template_path = Path(current_app.config["LETTER_TEMPLATES_DIR"]) / code / "request.docx"
    data = render_letter(template_path, build_letter_context(foi_request, author))
    # Letters with diacritics stay: the download sends a UTF-8 file name.
    safe_title = re.sub(r"[^\w]+", "-", foi_request.title).strip("-_")[:60] or "request"
    return data, f"request-{foi_request.id}-{safe_title}.docx"
