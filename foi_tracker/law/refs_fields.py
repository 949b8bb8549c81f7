"""Field readers that validate YAML values and name the field path on failure."""

import re
from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import NoReturn, TypeVar

from foi_tracker.law.errors import LegalRefsError

EnumT = TypeVar("EnumT", bound=StrEnum)

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")


class FieldReader:
    """Validating reader for the values of one file. Every failure names the file and the field path."""

    def __init__(self, file_name: str) -> None:
        self.file_name = file_name

    def fail(self, path: str, reason: str) -> NoReturn:
        raise LegalRefsError(self.file_name, path, reason)

    def mapping(
        self, value: object, path: str, required: set[str], optional: frozenset[str] = frozenset()
    ) -> Mapping[str, object]:
        if not isinstance(value, dict):
            self.fail(path, f"must be a mapping, got {describe(value)}")

        for key in value:
            if not isinstance(key, str) or key not in required | optional:
                allowed = ", ".join(sorted(required | optional))
                self.fail(f"{path}.{key}", f"unknown field; allowed fields: {allowed}")

        for key in sorted(required):
            if key not in value:
                self.fail(f"{path}.{key}", "missing required field")

        return value

    def text(self, value: object, path: str) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(path, f"must be a non-empty string, got {describe(value)}")

        return value.strip()

    def optional_text(self, value: object, path: str) -> str | None:
        if value is None:
            return None

        return self.text(value, path)

    def flag(self, value: object, path: str) -> bool:
        if not isinstance(value, bool):
            self.fail(path, f"must be true or false, got {describe(value)}")

        return value

    def positive_int(self, value: object, path: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            self.fail(path, f"must be a positive whole number, got {describe(value)}")

        return value

    def day(self, value: object, path: str) -> date:
        if isinstance(value, date) and not isinstance(value, datetime):
            return value

        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass

        self.fail(path, f"must be a date in YYYY-MM-DD form, got {describe(value)}")

    def member(self, enum_class: type[EnumT], value: object, path: str) -> EnumT:
        accepted = ", ".join(member.value for member in enum_class)
        if not isinstance(value, str) or value not in {member.value for member in enum_class}:
            self.fail(path, f"must be one of {accepted}, got {describe(value)}")

        return enum_class(value)

    def sources(self, value: object, path: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not value:
            self.fail(path, "must be a non-empty list of sources (URLs or citations)")

        return tuple(self.text(item, f"{path}[{index}]") for index, item in enumerate(value))

    def confirmation(self, fields: Mapping[str, object], path: str) -> tuple[bool, str | None]:
        """Read ``confirmed`` and ``note``, which an unconfirmed fact or an unknown article requires."""
        confirmed = self.flag(fields["confirmed"], f"{path}.confirmed")
        note = self.optional_text(fields.get("note"), f"{path}.note")
        if note is None and not confirmed:
            self.fail(f"{path}.note", "required when confirmed is false: say what is unconfirmed and why")

        if note is None and "article" in fields and fields["article"] is None:
            self.fail(f"{path}.note", "required when article is null: say why the article is unknown")

        return confirmed, note


def describe(value: object) -> str:
    if value is None:
        return "null"

    return f"{type(value).__name__} {value!r}"
