"""Rendering of letters from .docx templates with docxtpl."""

import logging
import zipfile
from io import BytesIO
from pathlib import Path

from docx.opc.exceptions import PackageNotFoundError
from docxtpl import DocxTemplate
from jinja2 import Environment, StrictUndefined, TemplateError
from lxml.etree import XMLSyntaxError

from foi_tracker.letters.context import LetterContext, build_template_values
from foi_tracker.letters.errors import LetterError
from foi_tracker.letters.kinds import LetterKind

__all__ = ["LetterError", "find_unknown_placeholders", "make_environment", "render_letter"]

logger = logging.getLogger(__name__)

# Errors that python-docx and docxtpl raise for a file that is not a Word document:
# not a zip archive, no main document part, another content type (.docm, .dotx)
# or broken XML.
NOT_DOCX_ERRORS = (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError)


def render_letter(
    template: Path | bytes,
    context: LetterContext,
    kind: LetterKind | str = LetterKind.REQUEST,
) -> bytes:
    """Render a .docx template of ``kind`` with ``context`` and return the document.

    ``template`` is a path or the template's bytes (an uploaded version).
    Placeholders are replaced in the body, tables, headers, footers and
    footnotes. Values are escaped for XML (Jinja autoescape), so ``&``, ``<``,
    ``>`` and quotes reach the letter unchanged. Without escaping, docxtpl's
    lenient XML parser silently drops the text after such a character. Values
    are cleaned first (see clean_letter_text). Raise LetterError when the
    template is missing or invalid, uses a placeholder that ``kind`` lacks, or
    a required value is empty.
    """
    name = template.name if isinstance(template, Path) else f"{LetterKind(kind).value} template"
    values = build_template_values(context, kind)
    document = open_template(template)
    environment = make_environment()

    unknown = find_unknown_placeholders(document, environment, values)
    if unknown:
        names = ", ".join(sorted(unknown))
        raise LetterError(f"Template {name} uses unknown placeholders: {names}.")

    try:
        document.render(values, jinja_env=environment, autoescape=True)
    except TemplateError as error:
        raise LetterError(f"Template {name} failed to render: {error}") from error

    buffer = BytesIO()
    document.save(buffer)

    logger.info("rendered %s letter from template %s", LetterKind(kind).value, name)
    return buffer.getvalue()


def find_unknown_placeholders(
    template: DocxTemplate, environment: Environment, values: dict[str, object]
) -> set[str]:
    """Parse ``template`` and return the placeholder names missing from ``values``.

    docxtpl checks the body, headers and footers. Raise LetterError when the
    template's Jinja syntax is invalid, naming the error and its line.
    """
    try:
        return set(template.get_undeclared_template_variables(jinja_env=environment, context=values))
    except TemplateError as error:
        raise LetterError(f"Template syntax is invalid: {error}") from error


def open_template(template: Path | bytes) -> DocxTemplate:
    """Open a template path or bytes as a docxtpl template, raising LetterError if it is not a .docx file."""
    if isinstance(template, Path) and not template.is_file():
        raise LetterError(f"Letter template not found: {template}.")

    source = template if isinstance(template, Path) else BytesIO(template)
    document = DocxTemplate(source)
    try:
        document.init_docx()
    except NOT_DOCX_ERRORS as error:
        label = f"Letter template {template}" if isinstance(template, Path) else "The letter template"
        raise LetterError(f"{label} is not a valid .docx file: {error}") from error

    return document


def make_environment() -> Environment:
    """Create the Jinja environment for letters: autoescaped, and strict about undefined names."""
    return Environment(autoescape=True, undefined=StrictUndefined)
