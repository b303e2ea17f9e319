"""What a user can ask of an export, as one frozen value: built once (by the CLI, or from
`export()`'s keyword arguments) and handed to every stage that needs a part of it."""
from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from .errors import UsageError

FORMATS = ("pdf", "png", "html", "pptx", "md")
# what an output file's name says its format is, when none is asked for
FORMAT_OF_SUFFIX = {".pdf": "pdf", ".png": "png", ".html": "html", ".htm": "html", ".pptx": "pptx", ".md": "md"}
HANDOUT_LAYOUTS = ("1", "2", "3", "4", "6")


@dataclass(frozen=True)
class ExportOptions:
    """Every option of `slidepdf export`; see `export()` for what each means."""

    range: str | None = None                # noqa: A003 - Slidev's option name
    dark: bool | None = None
    root: Path | None = None
    allow_remote: bool = False
    allow_paths: tuple[Path, ...] = ()
    strict: bool = False
    clicks: bool | None = None
    theme: str | None = None
    toc: bool = True
    notes: str | None = None
    pdfa: bool = False
    tagged: bool = False
    qr: str | None = None
    dpi: int | None = None
    jpeg_quality: int | None = None
    format: str = "pdf"                     # noqa: A003 - the option's name
    scale: float = 2.0
    handout: bool = False
    handout_layout: str = "3"
    jobs: int | None = None               # None: as many as the cores this process may use
    omit_background: bool = False          # Slidev's --omit-background: pages without their background
    chunk_pages: int = 50
    source: str | None = None              # the entry's Markdown, when it was read from standard input

    def __post_init__(self) -> None:
        # paths as paths, whatever the caller gave (str, os.PathLike)
        if self.root is not None:
            object.__setattr__(self, "root", Path(self.root))
        object.__setattr__(self, "allow_paths", tuple(Path(p) for p in self.allow_paths))
        object.__setattr__(self, "handout_layout", str(self.handout_layout))
        if self.format not in FORMATS:
            raise UsageError(f"--format {self.format}: choose pdf, png, html, pptx or md")
        if self.notes not in (None, "annotations"):
            raise UsageError(f"--notes {self.notes}: the only way to put notes in the PDF is 'annotations'")

    @property
    def workers(self) -> int:
        """Processes to render with: `jobs`, else the cores this process may use."""
        return max(1, self.jobs if self.jobs else available_cores())

    @classmethod
    def of(cls, **settings) -> "ExportOptions":
        """From keyword arguments, naming an unknown one as a usage error (not a TypeError)."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(settings) - known)
        if unknown:
            raise UsageError(f"unknown export option(s): {', '.join(unknown)}")
        return cls(**settings)


def available_cores() -> int:
    import os

    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1
