"""Checks of an uploaded letter template before it is stored.

check_template reads the template the way docxtpl will: paragraph by paragraph,
in the body, the headers, the footers, the footnotes and the document
properties. It reports every problem it finds, each with a message for the
person who uploaded the file, and finally renders the template once with
sample values to catch what the static checks cannot see.
"""

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from io import BytesIO

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docxtpl import DocxTemplate
from jinja2 import TemplateError, TemplateSyntaxError, meta
from lxml import etree

from foi_tracker.letters.kinds import FLAG_FIELDS, LIST_FIELDS, LetterKind, kind_spec
from foi_tracker.letters.render import NOT_DOCX_ERRORS, make_environment

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARAGRAPH = f"{_W}p"
_RUN = f"{_W}r"
_TEXT = f"{_W}t"

# A Jinja tag as docxtpl reads it, with its optional docxtpl prefix (p, r, tr, tc).
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_OPENING = re.compile(r"\{\{|\{%|\{#")
_PARAGRAPH_TAG = re.compile(r"^\{[{%]-?p\s")
_DOCXTPL_PREFIX = re.compile(r"(\{%-?|\{\{-?)(?:tr|tc|p|r)\s")
_DOCXTPL_CELL_TAGS = re.compile(r"\{%\s*(?:vm|hm)\s*%\}")
_DOCXTPL_CELL_VALUE_TAGS = re.compile(r"\{%\s*(?:colspan|cellbg)\s+([^%]*)%\}")
# docxtpl turns typographic quotes inside tags back into straight ones.
_TYPOGRAPHIC_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})

# Elements that may sit between the runs of one split tag: docxtpl drops them.
_MARKERS = frozenset(
    f"{_W}{name}"
    for name in (
        "proofErr",
        "bookmarkStart",
        "bookmarkEnd",
        "commentRangeStart",
        "commentRangeEnd",
        "permStart",
        "permEnd",
        "lastRenderedPageBreak",
    )
)
# Containers of runs, named as Word shows them.
_CONTAINERS = {
    f"{_W}hyperlink": "a hyperlink",
    f"{_W}ins": "a tracked insertion",
    f"{_W}del": "a tracked deletion",
    f"{_W}moveTo": "a tracked move",
    f"{_W}smartTag": "a smart tag",
    f"{_W}fldSimple": "a field",
    f"{_W}sdtContent": "a content control",
    f"{_W}customXml": "a custom XML element",
}
# Text that Word keeps outside w:t: field codes and deleted text.
_HIDDEN_TEXT = frozenset({f"{_W}instrText", f"{_W}delText"})


class ProblemCode(StrEnum):
    """Kind of problem found in a template."""

    NOT_DOCX = "not_docx"
    INVALID_SYNTAX = "invalid_syntax"
    UNKNOWN_PLACEHOLDER = "unknown_placeholder"
    MISSING_PLACEHOLDER = "missing_placeholder"
    SPLIT_TAG = "split_tag"
    PARAGRAPH_TAG_WITH_TEXT = "paragraph_tag_with_text"
    RENDER_FAILED = "render_failed"


@dataclass(frozen=True)
class TemplateProblem:
    """One problem of a template, with a message in plain English for the uploader."""

    code: ProblemCode
    message: str
    location: str | None = None  # e.g. "body, paragraph 12"


@dataclass(frozen=True)
class _Paragraph:
    location: str
    text: str
    texts: tuple[etree._Element, ...]  # the w:t elements, in order
    offsets: tuple[int, ...]  # start of each w:t's text within ``text``


@dataclass(frozen=True)
class _Part:
    name: str  # "body", "header 1", "footer 2", "footnotes"
    paragraphs: tuple[_Paragraph, ...]


def check_template(data: bytes, kind: LetterKind | str) -> list[TemplateProblem]:
    """Return the problems that keep the .docx template ``data`` from rendering a ``kind`` letter.

    An empty list means the template can be stored. Checked, in order: that the
    file is a .docx document; that no tag is split between Word runs in a way
    docxtpl cannot join, and no {%p %} tag shares its paragraph; the Jinja
    syntax of each part; that every placeholder belongs to the kind and every
    required one is used. When all of that passes, the template is rendered
    with sample values and the result must be a valid document with no tag left.
    """
    letter_kind = LetterKind(kind)
    try:
        document = _open_docx(data)
    except _NotDocx as error:
        return [TemplateProblem(ProblemCode.NOT_DOCX, str(error))]

    parts = list(_read_parts(document))
    problems = [problem for part in parts for problem in _check_runs(part)]

    names: dict[str, str | None] = {}
    syntax_problems: list[TemplateProblem] = []
    for part in parts:
        syntax_problems.extend(_check_syntax(part, names))
    for name, value in _read_properties(document):
        syntax_problems.extend(_check_property(name, value, names))
    problems.extend(syntax_problems)

    # A part with a syntax error yields no placeholder names, so every required
    # one would look missing; report only the syntax error then.
    problems.extend(_check_placeholders(names, letter_kind, report_missing=not syntax_problems))

    if not problems:
        problems.extend(_check_rendering(data, letter_kind))

    return problems


class _NotDocx(Exception):
    """The uploaded bytes are not a Word document."""


def _open_docx(data: bytes) -> Document:
    if not data:
        raise _NotDocx("The file is empty. Upload a Word document (.docx).")

    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile as error:
        raise _NotDocx(
            "The file is not a .docx document: it is not a ZIP archive. An old .doc file or a PDF"
            " cannot be used; open it in Word or LibreOffice and save it as “Word Document (.docx)”."
        ) from error

    if "word/document.xml" not in names:
        raise _NotDocx(
            "The file is a ZIP archive but not a Word document: word/document.xml is missing."
            " Save the template as “Word Document (.docx)”."
        )

    try:
        return docx.Document(BytesIO(data))
    except NOT_DOCX_ERRORS as error:
        raise _NotDocx(
            f"The file cannot be opened as a Word document ({error}). Save it as “Word Document"
            " (.docx)”; macro-enabled (.docm) files and Word templates (.dotx) are not accepted."
        ) from error


def _read_parts(document: Document) -> Iterator[_Part]:
    """Yield the body, then each header, footer and the footnotes, as docxtpl renders them."""
    yield _read_part("body", document.part.blob)

    counters: dict[str, int] = {}
    labels = {RT.HEADER: "header", RT.FOOTER: "footer", RT.FOOTNOTES: "footnotes"}
    for relationship in document.part.rels.values():
        label = labels.get(relationship.reltype)
        if label is None or relationship.is_external:
            continue
        counters[label] = counters.get(label, 0) + 1
        name = label if label == "footnotes" else f"{label} {counters[label]}"
        yield _read_part(name, relationship.target_part.blob)


def _read_part(name: str, blob: bytes) -> _Part:
    root = etree.fromstring(blob)
    paragraphs: list[_Paragraph] = []

    for number, element in enumerate(root.iter(_PARAGRAPH), start=1):
        texts = tuple(text for text in element.iter(_TEXT) if _nearest_paragraph(text) is element)
        offsets: list[int] = []
        position = 0
        for text in texts:
            offsets.append(position)
            position += len(text.text or "")
        paragraphs.append(
            _Paragraph(
                location=f"{name}, paragraph {number}",
                text="".join(text.text or "" for text in texts),
                texts=texts,
                offsets=tuple(offsets),
            )
        )

    return _Part(name=name, paragraphs=tuple(paragraphs))


def _nearest_paragraph(element: etree._Element) -> etree._Element | None:
    for ancestor in element.iterancestors(_PARAGRAPH):
        return ancestor
    return None


def _read_properties(document: Document) -> list[tuple[str, str]]:
    # docxtpl renders these document properties through Jinja as well.
    properties = document.core_properties
    return [
        ("document property “title”", properties.title or ""),
        ("document property “subject”", properties.subject or ""),
        ("document property “author”", properties.author or ""),
        ("document property “comments”", properties.comments or ""),
    ]


def _check_runs(part: _Part) -> list[TemplateProblem]:
    """Report tags that docxtpl cannot join and {%p %} tags that share their paragraph."""
    problems: list[TemplateProblem] = []

    for paragraph in part.paragraphs:
        covered: list[tuple[int, int]] = []
        for match in _TAG.finditer(paragraph.text):
            covered.append(match.span())
            reason = _split_reason(paragraph, match.start(), match.end())
            if reason is not None:
                problems.append(
                    TemplateProblem(
                        ProblemCode.SPLIT_TAG,
                        f"The tag {_shorten(match.group())} in the {paragraph.location} is split"
                        f" between Word runs that cannot be joined: {reason}. Delete the tag and"
                        " type it again in one go, with the same formatting throughout.",
                        paragraph.location,
                    )
                )

            if _PARAGRAPH_TAG.match(match.group()):
                rest = (paragraph.text[: match.start()] + paragraph.text[match.end() :]).strip()
                if rest:
                    problems.append(
                        TemplateProblem(
                            ProblemCode.PARAGRAPH_TAG_WITH_TEXT,
                            f"The paragraph tag {_shorten(match.group())} in the {paragraph.location}"
                            f" shares its paragraph with the text {_shorten(rest)}, which would be"
                            " deleted from every letter. Put the tag in a paragraph of its own.",
                            paragraph.location,
                        )
                    )

        for opening in _OPENING.finditer(paragraph.text):
            if any(start <= opening.start() < end for start, end in covered):
                continue
            problems.append(
                TemplateProblem(
                    ProblemCode.SPLIT_TAG,
                    f"A tag starts in the {paragraph.location} ({_shorten(paragraph.text[opening.start():])})"
                    " but does not end in the same paragraph. Keep each tag on one line, and"
                    " close “{{” with “}}” and “{%” with “%}”.",
                    paragraph.location,
                )
            )

    return problems


def _split_reason(paragraph: _Paragraph, start: int, end: int) -> str | None:
    """Return why the tag at ``start``-``end`` cannot be joined by docxtpl, or None if it can."""
    spanned = [
        text
        for text, offset in zip(paragraph.texts, paragraph.offsets, strict=True)
        if offset < end and offset + len(text.text or "") > start
    ]
    if len(spanned) < 2:
        return None

    runs = [text.getparent() for text in spanned]
    containers = {run.getparent() for run in runs if run is not None}
    if any(run is None or run.tag != _RUN for run in runs) or len(containers) != 1:
        named = sorted(
            {
                _CONTAINERS.get(ancestor.tag, "another element")
                for run in runs
                if run is not None
                for ancestor in run.iterancestors()
                if ancestor.tag in _CONTAINERS
            }
        )
        inside = " and ".join(named) or "another element"
        return f"part of it is inside {inside}"

    container = containers.pop()
    children = list(container)
    first, last = children.index(runs[0]), children.index(runs[-1])
    for child in children[first : last + 1]:
        if child.tag in _CONTAINERS:
            return f"{_CONTAINERS[child.tag]} sits inside it"
        if child.tag != _RUN and child.tag not in _MARKERS:
            return "Word placed another element inside it"
        if any(element.tag in _HIDDEN_TEXT for element in child.iter()):
            return "it contains a field code or deleted text from tracked changes"

    return None


def _jinja_source(part: _Part) -> str:
    """Write the part's text as docxtpl hands it to Jinja: one line per paragraph."""
    lines = []
    for paragraph in part.paragraphs:
        line = _TAG.sub(lambda match: match.group().translate(_TYPOGRAPHIC_QUOTES), paragraph.text)
        line = _DOCXTPL_PREFIX.sub(r"\1 ", line)
        line = _DOCXTPL_CELL_TAGS.sub("", line)
        line = _DOCXTPL_CELL_VALUE_TAGS.sub(r"{{ \1 }}", line)
        lines.append(line.replace("\n", " "))

    return "\n".join(lines)


def _check_syntax(part: _Part, names: dict[str, str | None]) -> list[TemplateProblem]:
    """Parse one part with Jinja, record the placeholder names it uses, and report a syntax error."""
    environment = make_environment()
    source = _jinja_source(part)

    try:
        tree = environment.parse(source)
    except TemplateSyntaxError as error:
        index = min(max((error.lineno or 1) - 1, 0), len(part.paragraphs) - 1)
        paragraph = part.paragraphs[index] if part.paragraphs else None
        location = paragraph.location if paragraph else part.name
        context = f" ({_shorten(paragraph.text)})" if paragraph and paragraph.text else ""
        return [
            TemplateProblem(
                ProblemCode.INVALID_SYNTAX,
                f"Invalid template syntax in the {location}{context}: {error.message}."
                " Check that every “{% if %}” has its “{% endif %}”, every “{% for %}” its"
                " “{% endfor %}”, and that each tag is typed in full.",
                location,
            )
        ]

    for name in sorted(meta.find_undeclared_variables(tree)):
        names.setdefault(name, _first_use(part, name))

    return []


def _check_property(name: str, value: str, names: dict[str, str | None]) -> list[TemplateProblem]:
    if not _OPENING.search(value):
        return []

    try:
        tree = make_environment().parse(value)
    except TemplateSyntaxError as error:
        return [
            TemplateProblem(
                ProblemCode.INVALID_SYNTAX,
                f"Invalid template syntax in the {name} ({_shorten(value)}): {error.message}."
                " Edit it under File > Properties in Word.",
                name,
            )
        ]

    for placeholder in meta.find_undeclared_variables(tree):
        names.setdefault(placeholder, name)

    return []


def _first_use(part: _Part, name: str) -> str | None:
    pattern = re.compile(rf"\b{re.escape(name)}\b")
    for paragraph in part.paragraphs:
        if any(pattern.search(match.group()) for match in _TAG.finditer(paragraph.text)):
            return paragraph.location
    return None


def _check_placeholders(
    names: dict[str, str | None], kind: LetterKind, *, report_missing: bool
) -> list[TemplateProblem]:
    spec = kind_spec(kind)
    problems: list[TemplateProblem] = []

    allowed = ", ".join(sorted(spec.placeholders))
    for name, location in sorted(names.items()):
        if name in spec.placeholders:
            continue
        where = f" in the {location}" if location else ""
        problems.append(
            TemplateProblem(
                ProblemCode.UNKNOWN_PLACEHOLDER,
                f"The placeholder “{name}”{where} is not available in a {kind.value} letter."
                f" Check its spelling; the placeholders of this kind are: {allowed}.",
                location,
            )
        )

    missing = spec.required_placeholders - names.keys() if report_missing else frozenset()
    for name in sorted(missing):
        problems.append(
            TemplateProblem(
                ProblemCode.MISSING_PLACEHOLDER,
                f"The template does not use the placeholder {{{{ {name} }}}}, which every"
                f" {kind.value} template must contain.",
            )
        )

    return problems


def _check_rendering(data: bytes, kind: LetterKind) -> list[TemplateProblem]:
    """Render the template with full and with minimal sample values and inspect the result."""
    spec = kind_spec(kind)
    problems: list[TemplateProblem] = []

    for label, filled in (("all values", True), ("only the required values", False)):
        values = {name: _sample_value(name, filled or name in spec.required) for name in spec.placeholders}
        template = DocxTemplate(BytesIO(data))
        try:
            template.init_docx()
            template.render(values, jinja_env=make_environment(), autoescape=True)
            buffer = BytesIO()
            template.save(buffer)
            leftover = _find_leftover_tags(buffer.getvalue())
        except (TemplateError, etree.XMLSyntaxError, *NOT_DOCX_ERRORS) as error:
            problems.append(
                TemplateProblem(
                    ProblemCode.RENDER_FAILED,
                    f"A test letter with {label} could not be produced from the template: {error}.",
                )
            )
            continue

        if leftover:
            problems.append(
                TemplateProblem(
                    ProblemCode.RENDER_FAILED,
                    f"A test letter with {label} still contains template tags in {leftover}."
                    " Retype the tags there in one go, with the same formatting throughout.",
                )
            )

    return problems


def _sample_value(name: str, filled: bool) -> object:
    if name in FLAG_FIELDS:
        return filled
    if name in LIST_FIELDS:
        return ["Test"] if filled else []
    return "Test" if filled else None


def _find_leftover_tags(data: bytes) -> str | None:
    """Return the first part of a rendered document that is invalid XML or still contains a tag."""
    with zipfile.ZipFile(BytesIO(data)) as archive:
        for name in archive.namelist():
            if not (name.startswith("word/") and name.endswith(".xml")):
                continue
            xml = archive.read(name)
            try:
                root = etree.fromstring(xml)
            except etree.XMLSyntaxError:
                return f"{name} (invalid XML)"
            text = "".join(root.itertext())
            if _OPENING.search(text) or "%}" in text or "}}" in text:
                return name

    return None


def _shorten(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    quoted = flat if len(flat) <= limit else flat[: limit - 1] + "…"
    return f"“{quoted}”"
