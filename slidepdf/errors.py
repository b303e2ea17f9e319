"""Typed errors and collected warnings.

Errors stop an export: the user must fix something (bad YAML, a missing deck, a broken
`src:` import). Warnings leave a faithful PDF possible (a missing image, an unsupported
layout): they are collected as data and reported once, grouped, at the end.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class SourceLocation:
    """A place in a deck file: the path and a 1-based line (None when unknown)."""

    file: Path
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.file}:{self.line}" if self.line else str(self.file)


class SlidepdfError(Exception):
    """An error the user can fix. `str()` gives the one-line message the CLI prints."""

    exit_code = 1

    def __init__(self, message: str, location: SourceLocation | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.location = location
        self.hint = hint

    def __str__(self) -> str:
        text = f"{self.location}: {self.message}" if self.location else self.message
        return f"{text} ({self.hint})" if self.hint else text


class DeckError(SlidepdfError):
    """The deck itself is broken: unreadable, bad frontmatter, bad import, unknown layout."""


class AccessDenied(SlidepdfError):
    """The deck asked for a file or URL the access policy does not allow."""


class UsageError(SlidepdfError):
    """The command line or API call is wrong (bad range, bad option)."""

    exit_code = 2


class OutputError(SlidepdfError):
    """The PDF could not be written."""


class StrictModeError(SlidepdfError):
    """`--strict` was given and the export produced warnings."""


@dataclass(frozen=True)
class ExportWarning:
    """Something that did not stop the export but may not look like the talk.

    `kind` groups warnings for the report ("missing-image", "layout", ...).
    """

    kind: str
    message: str
    location: SourceLocation | None = None

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


@dataclass
class WarningLog:
    """Warnings collected during one export, each reported once."""

    items: list[ExportWarning] = field(default_factory=list)

    def add(self, kind: str, message: str, location: SourceLocation | None = None) -> None:
        warning = ExportWarning(kind, message, location)
        if warning not in self.items:
            self.items.append(warning)

    def grouped(self) -> dict[str, list[ExportWarning]]:
        groups: dict[str, list[ExportWarning]] = defaultdict(list)
        for item in self.items:
            groups[item.kind].append(item)
        return dict(groups)

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self):
        return iter(self.items)
