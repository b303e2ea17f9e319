"""The deck model: what the parser produces and every later stage reads."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import SourceLocation


@dataclass(frozen=True)
class ImportStep:
    """One `src:` import that led to a slide: the importing file, its line and the src value."""

    file: Path
    line: int
    src: str


@dataclass
class Slide:
    """One rendered slide, after `src:` imports, with hidden slides already dropped.

    Lines are 1-based and inclusive. `start_line` is the opening `---` when the slide has
    dash frontmatter. `frontmatter` is the slide's own (after importer overrides), without
    the headmatter `defaults`; `effective_frontmatter` has them merged in.
    """

    no: int
    file: Path
    start_line: int
    end_line: int
    content_start_line: int
    content: str
    frontmatter: dict[str, Any]
    effective_frontmatter: dict[str, Any]
    layout: str
    frontmatter_style: str | None = None
    note: str | None = None
    text_line: int = 0              # 1-based: the line the (stripped) content starts on; 0 unknown
    title: str | None = None
    level: int | None = None
    import_chain: tuple[ImportStep, ...] = ()

    @property
    def location(self) -> SourceLocation:
        return SourceLocation(self.file, self.start_line)


@dataclass(frozen=True)
class DeckConfig:
    """Deck-wide settings from the headmatter, with Slidev's defaults."""

    title: str = "Slidev"
    export_filename: str = ""
    color_schema: str = "auto"
    aspect_ratio: float = 16 / 9
    canvas_width: int = 980
    theme: str = "default"
    author: str = ""
    keywords: tuple[str, ...] = ()
    info: str = ""
    line_numbers: bool = False
    export: dict[str, Any] = field(default_factory=dict)
    defaults: dict[str, Any] = field(default_factory=dict)
    fonts: dict[str, Any] = field(default_factory=dict)
    theme_config: dict[str, Any] = field(default_factory=dict)
    html_attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def canvas_height(self) -> int:
        # Slidev rounds up so a page never leaves a white strip or an extra page.
        return math.ceil(self.canvas_width / self.aspect_ratio)


@dataclass
class Deck:
    """A parsed deck: its config, its slides in order, and every file it read."""

    entry: Path
    root: Path
    headmatter: dict[str, Any]
    config: DeckConfig
    slides: list[Slide]
    files: list[Path]
    removed_slides: int = 0
    # `src:` imports of files that do not exist: left out with a warning, as Slidev leaves them out
    missing_imports: tuple[tuple[str, SourceLocation], ...] = ()

    @property
    def folder(self) -> Path:
        return self.entry.parent
