"""Letter templates: the built-in files in letter_templates/ and the versions admins upload.

An uploaded template is checked with letters.check_template before anything
is stored. A good one is written to the template store
(``LETTER_TEMPLATE_UPLOAD_DIR``, by default instance/letter_templates/) under a
random name and becomes the active version of its jurisdiction, kind and
language. Older versions stay and can be activated again. Without an active
upload, letters use the built-in file.
"""

import hashlib
import logging
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from flask import current_app
from sqlalchemy import func, select, update

from ..errors import FoiTrackerError
from ..extensions import db
from ..letters import (
    LetterError,
    LetterKind,
    TemplateProblem,
    all_letter_languages,
    check_template,
    find_template,
    resolve_letter_language,
)
from ..models import FoiRequest, GeneratedLetter, Jurisdiction, LetterTemplateVersion, User
from .errors import FieldError
from .uploads import clean_filename

logger = logging.getLogger(__name__)

# Length of the sha256 prefix shown in version labels and on the admin page.
SHORT_SHA256_LENGTH = 12


@dataclass(frozen=True)
class ResolvedTemplate:
    """The template file that renders a letter, and the label recorded with the letter."""

    path: Path
    version_label: str  # "version 2" for an upload, "built-in 3f9a0c12b4de" for a file of letter_templates/
    sha256: str
    version_id: int | None = None  # the LetterTemplateVersion row, None for a built-in file


class TemplateRejected(FoiTrackerError):
    """An uploaded template failed check_template. Nothing was stored."""

    def __init__(self, problems: list[TemplateProblem]) -> None:
        super().__init__(f"The template has {len(problems)} problem(s) and was not stored.")
        self.problems = problems


@dataclass
class TemplateSlot:
    """The built-in file and the uploaded versions of one jurisdiction, kind and language."""

    jurisdiction_code: str
    kind: LetterKind
    language: str
    builtin_sha256: str | None  # None when letter_templates/ has no file for the slot
    versions: list[LetterTemplateVersion] = field(default_factory=list)  # newest first

    @property
    def active_version(self) -> LetterTemplateVersion | None:
        """The uploaded version in use, or None when the built-in file is in use."""
        return next((version for version in self.versions if version.active), None)


def template_store_dir() -> Path:
    """Return the folder that contains the uploaded template files."""
    return Path(current_app.config["LETTER_TEMPLATE_UPLOAD_DIR"])


def stored_template_path(version: LetterTemplateVersion) -> Path:
    """Return the path of an uploaded version's file in the template store."""
    return template_store_dir() / version.stored_name


def builtin_template_path(jurisdiction_code: str, kind: LetterKind, language: str) -> Path | None:
    """Return the built-in template file of the slot, or None when letter_templates/ has none."""
    root = Path(current_app.config["LETTER_TEMPLATES_DIR"])
    try:
        return find_template(root, jurisdiction_code, kind, language)
    except LetterError:
        return None


def compute_sha256(path: Path) -> str:
    """Return the hex SHA-256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def resolve_template(jurisdiction_code: str, kind: LetterKind | str, language: str) -> ResolvedTemplate:
    """Return the template that renders a ``kind`` letter in ``language`` to ``jurisdiction_code``.

    The active uploaded version wins over the built-in file of letter_templates/.
    Raise LetterError when the jurisdiction does not write letters in
    ``language``, when there is no template at all, or when the active
    version's file is missing from the template store. A missing upload is
    never replaced silently by the built-in file, so a letter is never
    recorded with the wrong version.
    """
    letter_kind = LetterKind(kind)
    tag = resolve_letter_language(language, jurisdiction_code).tag
    active = _active_version(jurisdiction_code, letter_kind, tag)

    if active is not None:
        path = stored_template_path(active)
        if not path.is_file():
            raise LetterError(
                f"Version {active.version} of the {letter_kind.value} template for {jurisdiction_code} in {tag}"
                f" is active, but its file {active.stored_name} is missing from the template store {path.parent}."
                " Restore the file, or let an admin activate another version on the Letter templates page."
            )
        return ResolvedTemplate(path, f"version {active.version}", active.sha256, active.id)

    root = Path(current_app.config["LETTER_TEMPLATES_DIR"])
    path = find_template(root, jurisdiction_code, letter_kind, tag)
    sha256 = compute_sha256(path)
    return ResolvedTemplate(path, f"built-in {sha256[:SHORT_SHA256_LENGTH]}", sha256)


def record_generated_letter(
    foi_request: FoiRequest,
    kind: LetterKind | str,
    language: str,
    template: ResolvedTemplate,
    author: User | None,
) -> GeneratedLetter:
    """Record that a letter of ``foi_request`` was generated from ``template``. The caller commits."""
    letter = GeneratedLetter(
        foi_request=foi_request,
        kind=LetterKind(kind),
        language=language,
        template_version_label=template.version_label,
        template_sha256=template.sha256,
        generated_by_id=author.id if author else None,
    )
    db.session.add(letter)

    logger.info(
        "foi_request %s: %s letter generated from template %s by user %s",
        foi_request.id,
        LetterKind(kind).value,
        template.version_label,
        author.id if author else None,
    )
    return letter


def upload_template(
    jurisdiction_code: str,
    kind: str,
    language: str,
    original_filename: str,
    data: bytes,
    author: User,
) -> LetterTemplateVersion:
    """Check an uploaded .docx template, store it and make it the active version of its slot.

    Raise FieldError for an unknown jurisdiction or kind, or a language the
    jurisdiction's letters do not use, and TemplateRejected with the problems
    check_template found. Nothing is stored in either case. The file is
    written before the caller commits, so a caller whose commit fails removes
    ``stored_template_path(version)``.
    """
    letter_kind, tag = _check_slot(jurisdiction_code, kind, language)

    problems = check_template(data, letter_kind)
    if problems:
        logger.info(
            "letter template upload for %s/%s/%s by user %s rejected: %s problem(s)",
            jurisdiction_code,
            letter_kind.value,
            tag,
            author.id,
            len(problems),
        )
        raise TemplateRejected(problems)

    stored_name = _write_to_store(data)
    next_number = (
        db.session.scalar(
            select(func.max(LetterTemplateVersion.version)).where(
                LetterTemplateVersion.jurisdiction_code == jurisdiction_code,
                LetterTemplateVersion.kind == letter_kind,
                LetterTemplateVersion.language == tag,
            )
        )
        or 0
    ) + 1
    _deactivate_slot(jurisdiction_code, letter_kind, tag)

    version = LetterTemplateVersion(
        jurisdiction_code=jurisdiction_code,
        kind=letter_kind,
        language=tag,
        version=next_number,
        stored_name=stored_name,
        sha256=hashlib.sha256(data).hexdigest(),
        original_filename=clean_filename(original_filename),
        uploaded_by_id=author.id,
        active=True,
    )
    db.session.add(version)
    db.session.flush()

    logger.info(
        "letter template %s/%s/%s version %s (id %s) uploaded and activated by user %s",
        jurisdiction_code,
        letter_kind.value,
        tag,
        next_number,
        version.id,
        author.id,
    )
    return version


def activate_template_version(version_id: int, author: User) -> LetterTemplateVersion:
    """Make an uploaded version the active one of its slot again. The caller commits.

    Raise FieldError when the version does not exist or its file is missing
    from the template store.
    """
    version = db.session.get(LetterTemplateVersion, version_id)
    if version is None:
        raise FieldError("version", f"Template version {version_id} was not found. Reload the page.")
    if not stored_template_path(version).is_file():
        raise FieldError(
            "version",
            f"The file of version {version.version} ({version.original_filename}) is missing from the"
            " template store, so it cannot be activated. Upload the template again.",
        )

    _deactivate_slot(version.jurisdiction_code, version.kind, version.language)
    version.active = True
    db.session.flush()

    logger.info("letter template version id %s activated by user %s", version.id, author.id)
    return version


def use_builtin_template(jurisdiction_code: str, kind: str, language: str, author: User) -> None:
    """Deactivate every uploaded version of the slot, so its letters use the built-in file again.

    Raise FieldError when the slot is unknown or has no built-in file. The
    caller commits.
    """
    letter_kind, tag = _check_slot(jurisdiction_code, kind, language)
    if builtin_template_path(jurisdiction_code, letter_kind, tag) is None:
        raise FieldError(
            "kind",
            f"There is no built-in {letter_kind.value} template for {jurisdiction_code} in {tag};"
            " activate an uploaded version instead.",
        )

    _deactivate_slot(jurisdiction_code, letter_kind, tag)
    logger.info(
        "letter template %s/%s/%s set to the built-in file by user %s",
        jurisdiction_code,
        letter_kind.value,
        tag,
        author.id,
    )


def list_template_slots() -> list[TemplateSlot]:
    """Return every jurisdiction, kind and language with letters, its built-in file and its uploads.

    Ordered by jurisdiction code, then language (the default first), then kind.
    """
    uploads: dict[tuple[str, LetterKind, str], list[LetterTemplateVersion]] = {}
    for version in db.session.scalars(
        select(LetterTemplateVersion).order_by(LetterTemplateVersion.version.desc())
    ):
        uploads.setdefault((version.jurisdiction_code, version.kind, version.language), []).append(version)

    slots: list[TemplateSlot] = []
    for language in sorted(all_letter_languages(), key=lambda item: (item.jurisdiction, not item.default)):
        for kind in LetterKind:
            path = builtin_template_path(language.jurisdiction, kind, language.tag)
            slots.append(
                TemplateSlot(
                    jurisdiction_code=language.jurisdiction,
                    kind=kind,
                    language=language.tag,
                    builtin_sha256=compute_sha256(path) if path else None,
                    versions=uploads.get((language.jurisdiction, kind, language.tag), []),
                )
            )

    return slots


def _check_slot(jurisdiction_code: str, kind: str, language: str) -> tuple[LetterKind, str]:
    """Return the kind and the normalised language tag, or raise FieldError naming the wrong field."""
    if db.session.get(Jurisdiction, jurisdiction_code) is None:
        raise FieldError("jurisdiction_code", f"Unknown jurisdiction {jurisdiction_code!r}. Choose one from the list.")

    try:
        letter_kind = LetterKind(kind)
    except ValueError:
        known = ", ".join(member.value for member in LetterKind)
        raise FieldError("kind", f"Unknown letter kind {kind!r}. Choose one of: {known}.") from None

    try:
        tag = resolve_letter_language(language, jurisdiction_code).tag
    except LetterError as error:
        raise FieldError("language", str(error)) from error

    return letter_kind, tag


def _active_version(jurisdiction_code: str, kind: LetterKind, language: str) -> LetterTemplateVersion | None:
    return db.session.scalar(
        select(LetterTemplateVersion).where(
            LetterTemplateVersion.jurisdiction_code == jurisdiction_code,
            LetterTemplateVersion.kind == kind,
            LetterTemplateVersion.language == language,
            LetterTemplateVersion.active.is_(True),
        )
    )


def _deactivate_slot(jurisdiction_code: str, kind: LetterKind, language: str) -> None:
    # Executed at once, before the caller activates another version, because
    # the partial unique index allows one active version per slot at any moment.
    db.session.execute(
        update(LetterTemplateVersion)
        .where(
            LetterTemplateVersion.jurisdiction_code == jurisdiction_code,
            LetterTemplateVersion.kind == kind,
            LetterTemplateVersion.language == language,
            LetterTemplateVersion.active.is_(True),
        )
        .values(active=False)
        .execution_options(synchronize_session="fetch")
    )


def _write_to_store(data: bytes) -> str:
    store = template_store_dir()
    store.mkdir(parents=True, exist_ok=True)
    stored_name = f"{secrets.token_hex(16)}.docx"
    temporary_path = store / f".{stored_name}.part"

    with open(temporary_path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary_path, store / stored_name)

    return stored_name

