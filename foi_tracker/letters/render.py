"""Rendering of request letters from .docx templates with docxtpl."""

import logging
import zipfile
from io import BytesIO
from pathlib import Path

from docx.opc.exceptions import PackageNotFoundError
from docxtpl import DocxTemplate
from jinja2 import Environment, StrictUndefined, TemplateError

from foi_tracker.letters.context import LetterContext, build_template_values
from foi_tracker.letters.errors import LetterError

__all__ = ["LetterError", "find_unknown_placeholders", "render_letter"]

logger = logging.getLogger(__name__)


def render_letter(template_path: Path, context: LetterContext) -> bytes:
    """Render the .docx template at ``template_path`` with ``context`` and return the document.

    Placeholders are replaced in the body, tables, headers and footers. Values
    are escaped for XML (Jinja autoescape), so ``&``, ``<``, ``>`` and quotes
    reach the letter unchanged. Without escaping, docxtpl's lenient XML parser
    silently drops the text after such a character. Values are cleaned first
    (see clean_letter_text). Raise LetterError when the template is missing or
    invalid, uses a placeholder that LetterContext lacks, or a value is empty.
    """
    values = build_template_values(context)
    template = _open_template(template_path)
    environment = _make_environment()

    unknown = find_unknown_placeholders(template, environment, values)
    if unknown:
        names = ", ".join(sorted(unknown))
        raise LetterError(
            f"Template {template_path.name} uses unknown placeholders: {names}."
        )

    try:
        template.render(values, jinja_env=environment, autoescape=True)
    except TemplateError as error:
        raise LetterError(
            f"Template {template_path.name} failed to render: {error}"
        ) from error

    buffer = BytesIO()
    template.save(buffer)

    logger.info("rendered letter from template %s", template_path.name)
    return buffer.getvalue()


def find_unknown_placeholders(
    template: DocxTemplate, environment: Environment, values: dict[str, object]
) -> set[str]:
    """Parse ``template`` and return the placeholder names missing from ``values``.

    docxtpl checks the body, headers and footers. Raise LetterError when the
    template's Jinja syntax is invalid, naming the error and its line.
    """
    try:
        return set(
            template.get_undeclared_template_variables(
                jinja_env=environment, context=values
            )
        )
    except TemplateError as error:
        raise LetterError(f"Template syntax is invalid: {error}") from error


def _open_template(template_path: Path) -> DocxTemplate:
    """Open ``template_path`` as a docxtpl template, raising LetterError if it is not a .docx file."""
    if not template_path.is_file():
        raise LetterError(f"Letter template not found: {template_path}.")

    template = DocxTemplate(template_path)
    try:
        template.init_docx()
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError) as error:
        raise LetterError(
            f"Letter template {template_path} is not a valid .docx file: {error}"
        ) from error

    return template


def _make_environment() -> Environment:
    """Create the Jinja environment for letters: autoescaped, and strict about undefined names."""
    return Environment(autoescape=True, undefined=StrictUndefined)
