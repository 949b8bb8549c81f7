"""The request letter of a request, in the default language of its authority's country."""

import logging
import re

from ..letters import LetterError, LetterKind, render_letter
from ..models import FoiRequest, User
from .legal import get_refs
from .letter_kinds import available_languages, build_kind_context
from .letter_templates import ResolvedTemplate, resolve_template

logger = logging.getLogger(__name__)


def request_letter_language(foi_request: FoiRequest) -> str:
    """Return the default letter language of the request's jurisdiction.

    Raise LetterError where legal_refs/ lists no letter language for it.
    """
    code = foi_request.agency.jurisdiction_code
    languages = available_languages(code)
    if not languages:
        raise LetterError(
            f"There is no letter template for {get_refs(code).name_en} yet; write the letter by hand "
            "and record the request as sent."
        )

    return languages[0][0]


def resolve_request_template(foi_request: FoiRequest) -> ResolvedTemplate:
    """Return the template of the request's letter: the active uploaded version, else the built-in file."""
    code = foi_request.agency.jurisdiction_code
    return resolve_template(code, LetterKind.REQUEST, request_letter_language(foi_request))


def render_request_letter(
    foi_request: FoiRequest, author: User, template: ResolvedTemplate | None = None
) -> tuple[bytes, str]:
    """Render the request letter and return the .docx bytes with a download file name.

    ``template`` defaults to resolve_request_template(); a caller that records
    the letter with record_generated_letter passes the template it recorded.
    """
    language = request_letter_language(foi_request)
    context = build_kind_context(foi_request, author, LetterKind.REQUEST, language)
    template = template or resolve_request_template(foi_request)
    data = render_letter(template.path, context, LetterKind.REQUEST)

    # Letters with diacritics stay: the download sends a UTF-8 file name.
    safe_title = re.sub(r"[^\w]+", "-", foi_request.title).strip("-_")[:60] or "request"
    return data, f"request-{foi_request.id}-{safe_title}.docx"
