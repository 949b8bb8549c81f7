"""Rows of the side-by-side table shown when a save is rejected because someone else saved first."""

from dataclasses import dataclass


@dataclass(frozen=True)
class ConflictRow:
    """One field: the value the user typed and the value saved by the other person."""

    label: str
    typed: str
    saved: str

    @property
    def differs(self) -> bool:
        """Whether the two values differ, ignoring surrounding blanks."""
        return self.typed.strip() != self.saved.strip()


def compare_values(fields: list[tuple[str, str, str]]) -> list[ConflictRow]:
    """Build the rows from ``(label, typed, saved)`` triples, keeping their order."""
    return [ConflictRow(label, typed, saved) for label, typed, saved in fields]
