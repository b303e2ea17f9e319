"""Load a deck: split the entry file, follow `src:` imports, drop hidden slides.

Follows `@slidev/parser`'s `load`: an importing slide is replaced by the selected slides
of the imported file; the importer's frontmatter (minus `src`) overrides theirs, outer
importers winning over inner ones; `hide`/`disabled` drop a slide before its import is
followed. Unlike Slidev, a missing, circular or escaping import is an error that names the
importing line, not a silently skipped slide.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import AccessDenied, DeckError, SourceLocation
from ..model import Deck, ImportStep, Slide
from ..policy import AccessPolicy
from .config import resolve_config
from .ranges import RangeSyntaxError, parse_range
from .split import SourceSlide, split_markdown

MAX_IMPORT_DEPTH = 32


def load_deck(entry: Path, policy: AccessPolicy, text: str | None = None) -> Deck:
    """The deck whose entry is `entry`; `text` is the entry's Markdown when it does not come
    from the file (a deck read from standard input, whose files are relative to `entry`'s folder)."""
    entry = Path(entry)
    if text is not None:
        entry = entry.resolve()
    elif not entry.exists():
        raise DeckError(f"{entry} does not exist", hint="give the path of the deck's slides.md")
    if text is None and entry.is_dir():
        candidate = entry / "slides.md"
        if not candidate.is_file():
            raise DeckError(f"{entry} is a folder without a slides.md")
        entry = candidate
    entry = entry.resolve()
    loader = _Loader(policy, entry.parent)
    if text is not None:
        loader.files[entry] = split_markdown(text, entry)
    entry_slides = loader.parse_file(entry, None)
    if all(not source.raw.strip() for source in entry_slides):
        raise DeckError("the deck is empty", SourceLocation(entry), hint="write some Markdown slides")
    loader.add_slides(entry_slides, range_text=None, override={}, chain=())

    headmatter: dict[str, Any] = dict(entry_slides[0].frontmatter) if entry_slides else {}
    first_title = loader.slides[0][0].title if loader.slides else None
    config = resolve_config(headmatter, first_title, entry, 1)
    if config.title and "title" not in headmatter:
        headmatter["title"] = config.title
    defaults = config.defaults

    slides = []
    for number, (source, frontmatter, chain) in enumerate(loader.slides, start=1):
        effective = {**defaults, **frontmatter}
        layout = effective.get("layout") or ("cover" if number == 1 else "default")
        if not isinstance(layout, (str, int, float)):
            raise DeckError(f"layout must be a layout's name, not {layout!r}",
                            SourceLocation(source.file, source.start + 1), hint="write e.g. `layout: center`")
        slides.append(Slide(
            no=number, file=source.file,
            start_line=source.start + 1, end_line=source.end, content_start_line=source.content_start + 1,
            content=source.content, frontmatter=frontmatter, effective_frontmatter=effective,
            layout=str(layout), frontmatter_style=source.frontmatter_style, note=source.note,
            title=source.title, level=source.level, import_chain=chain, text_line=source.text_line + 1,
        ))
    if not slides:
        raise DeckError("the deck has no slides", SourceLocation(entry), hint="write some Markdown below the headmatter")
    return Deck(
        entry=entry, root=policy.root, headmatter=headmatter, config=config, slides=slides,
        files=list(loader.files), removed_slides=loader.removed, missing_imports=tuple(loader.missing),
    )


class _Loader:
    """Walks imports depth-first; collects (source slide, frontmatter, import chain) in order."""

    def __init__(self, policy: AccessPolicy, user_root: Path):
        self.policy = policy
        self.user_root = user_root
        self.files: dict[Path, list[SourceSlide]] = {}
        self.slides: list[tuple[SourceSlide, dict[str, Any], tuple[ImportStep, ...]]] = []
        self.removed = 0
        self.missing: list[tuple[str, SourceLocation]] = []

    def parse_file(self, path: Path, origin: SourceLocation | None) -> list[SourceSlide]:
        if path not in self.files:
            text = self.policy.read_text(path, origin)
            self.files[path] = split_markdown(text, path)
        return self.files[path]

    def add_slides(self, sources: list[SourceSlide], range_text: str | None,
                   override: dict[str, Any], chain: tuple[ImportStep, ...]) -> None:
        origin = SourceLocation(chain[-1].file, chain[-1].line) if chain else None
        try:
            numbers = parse_range(len(sources), range_text)
        except RangeSyntaxError as exc:
            raise DeckError(f"bad slide range in src: {exc}", origin) from None
        if range_text and not numbers:
            raise DeckError(f"src range '{range_text}' selects no slide ({len(sources)} in the file)", origin)
        for number in numbers:
            self.add_slide(sources[number - 1], override, chain)

    def add_slide(self, source: SourceSlide, override: dict[str, Any], chain: tuple[ImportStep, ...]) -> None:
        frontmatter = source.frontmatter
        if frontmatter.get("disabled") or frontmatter.get("hide"):
            self.removed += 1
            return
        src = frontmatter.get("src")
        if not src:
            self.slides.append((source, {**frontmatter, **override}, chain))
            return
        if not isinstance(src, str):
            raise DeckError(f"src must be a file path, not {src!r}", source.location)
        raw_path, _, range_text = src.partition("#")
        if raw_path.startswith("/"):
            target = self.user_root / raw_path[1:]
        else:
            target = source.file.parent / raw_path
        step = ImportStep(source.file, source.start + 1, src)
        try:
            real = self.policy.check_local(target)
        except AccessDenied as exc:
            raise DeckError(f"src: {raw_path} is outside the deck folder {self.policy.root}",
                            source.location, hint=exc.hint) from None
        if real == source.file or any(s.file == real for s in chain):
            cycle = " -> ".join(s.src for s in (*chain, step))
            raise DeckError(f"src: import cycle ({cycle})", source.location)
        if len(chain) >= MAX_IMPORT_DEPTH:
            raise DeckError(f"src: imports nested more than {MAX_IMPORT_DEPTH} deep", source.location)
        if not real.is_file():
            # Slidev reports the import and leaves that slide out; the rest of the deck prints
            self.missing.append((f"src: {raw_path} not found (looked for {target}); that slide is left out",
                                 source.location))
            return
        imported_override = {**frontmatter, **override}
        imported_override.pop("src", None)
        sources = self.parse_file(real, source.location)
        self.add_slides(sources, range_text or None, imported_override, (*chain, step))

