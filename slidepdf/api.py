"""The public library API: `export(...)` runs the pipeline for one deck.

parse → slides → pages (click states) → HTML + CSS → PDF, each stage a plain function of
its inputs. Errors are typed `SlidepdfError`s; warnings come back as data in the result.
"""
from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .errors import SourceLocation, StrictModeError, UsageError, WarningLog
from .model import Deck
from .parser import RangeSyntaxError, load_deck, parse_range
from .policy import AccessPolicy

ProgressCallback = Callable[[str], None]


@dataclass
class ExportResult:
    """What an export produced: the file, its pages, the warnings, and how long it took."""

    output: Path
    pages: int
    slides: int
    warnings: WarningLog
    seconds: float
    bytes: int
    timings: dict[str, float] = field(default_factory=dict)


def default_output_name(deck: Deck) -> str:
    """`exportFilename` from the headmatter, else `<entry name>-export`, as Slidev names it."""
    name = deck.config.export_filename or f"{deck.entry.stem}-export"
    name = re.sub(r"[\x00/\\]", "-", name)
    return name if name.lower().endswith(".pdf") else f"{name}.pdf"


def is_dark(deck: Deck, dark: bool | None) -> bool:
    """`colorSchema: dark` forces dark, `light` forces light; otherwise `--dark` decides."""
    schema = deck.config.color_schema
    if schema in ("dark", "light"):
        return schema == "dark"
    return bool(dark if dark is not None else deck.config.export.get("dark", False))


def export(
    entry: str | os.PathLike,
    output: str | os.PathLike | None = None,
    *,
    range: str | None = None,  # noqa: A002 - Slidev's option name
    dark: bool | None = None,
    root: str | os.PathLike | None = None,
    allow_remote: bool = False,
    strict: bool = False,
    clicks: bool | None = None,
    theme: str | None = None,
    cwd: str | os.PathLike | None = None,
    progress: ProgressCallback | None = None,
) -> ExportResult:
    """Export the deck at `entry` to a PDF and return what was written.

    `output` defaults to `<exportFilename>.pdf` in `cwd` (the working directory).
    `range` selects slides with Slidev's grammar (`"1,3-5"`). `clicks` gives one page per
    click state (the default) or, when False, one page per slide in its final state; None
    defers to the headmatter's `export.withClicks`. `theme` (a bundled theme's name or a theme
    folder) replaces the headmatter's `theme:`. Raises `SlidepdfError`.
    """
    from .document import DocumentMeta, build_document, creation_date, page_css
    from .glow import glow_backgrounds
    from .pages import deck_pages
    from .pdf.writer import render_pdf, write_atomically
    from .assets import resolve_css_urls
    from .jsengine import JsEngine
    from .style import StyleContext, utilities_css
    from .style.deckconfig import font_families, read_deck_config
    from .style.deckcss import deck_css, deck_stylesheets
    from .fonts import catalogue as font_catalogue, check_requested_families
    from .layers import deck_layouts
    from .theme import check_layouts, font_stacks, load_theme, theme_css, with_deck_layouts

    started = time.perf_counter()
    timings: dict[str, float] = {}
    say = progress or (lambda message: None)
    warnings = WarningLog()
    entry_path = Path(entry)
    policy = AccessPolicy.for_entry(entry_path, root=Path(root) if root else None, allow_remote=allow_remote)

    say("parsing")
    deck = load_deck(entry_path, policy)
    export_options = deck.config.export
    range_text = range if range is not None else export_options.get("range")
    try:
        selected = parse_range(len(deck.slides), None if range_text is None else str(range_text))
    except RangeSyntaxError as exc:
        raise UsageError(f"--range: {exc}") from None
    if not selected:
        raise UsageError(f"--range '{range_text}' selects no slide (the deck has {len(deck.slides)})")
    with_clicks = clicks if clicks is not None else bool(export_options.get("withClicks", True))
    output_path = Path(output) if output else Path(cwd or os.getcwd()) / default_output_name(deck)
    timings["parse"] = time.perf_counter() - started

    say("styling")
    mark = time.perf_counter()
    engine = JsEngine()
    theme_name = theme or deck.config.theme
    deck_theme = with_deck_layouts(load_theme(theme_name, deck.folder, warnings),
                              deck_layouts(deck, policy, engine, warnings))
    layouts = check_layouts(deck, deck_theme, warnings)
    dark_mode = is_dark(deck, dark)
    uno = read_deck_config(deck.folder, policy, engine)
    for problem in uno.problems:
        warnings.add("uno-config", problem, SourceLocation(uno.file) if uno.file else None)
    stacks = font_families(uno, font_stacks(deck.config, deck_theme))
    fonts = font_catalogue(deck.folder, policy, warnings)
    requested = {f"fonts.{k}": v for k, v in deck.config.fonts.items() if k in ("sans", "serif", "mono", "local")}
    requested.update({f"{uno.file.name if uno.file else 'uno.config'} fonts.{k}": v for k, v in uno.fonts.items()})
    check_requested_families(requested, fonts, warnings, SourceLocation(deck.entry, 1))
    context = StyleContext(dark=dark_mode, canvas_width=deck.config.canvas_width,
                           font_families=tuple(stacks.items()), shortcuts=tuple(uno.shortcuts),
                           rules=tuple(uno.rules))
    pages = deck_pages(deck, deck_theme, layouts, policy, warnings, selected, with_clicks, context)
    sheet = utilities_css(set().union(*(page.tokens for page in pages)), context)
    for token, dropped in sheet.unsupported.items():
        warnings.add("css", f"{token}: {', '.join(dropped)} cannot be drawn in the PDF; left out")
    utilities = resolve_css_urls(sheet.css, deck.folder, policy, warnings, SourceLocation(deck.entry))
    own = deck_css(deck.folder, deck_stylesheets(deck.folder, policy, warnings), context, policy, warnings)
    slide_styles = "\n".join(dict.fromkeys(page.css for page in pages if page.css))
    css = "\n".join((page_css(deck) + theme_css(deck_theme, deck.config, {layouts[n] for n in selected}, stacks,
                                                     fonts.css()),
                     utilities, own, slide_styles))
    first = deck.slides[0]
    meta = DocumentMeta(
        title=first.title or deck.config.title,
        author=deck.config.author,
        subject=deck.config.info,
        keywords=deck.config.keywords,
        created=creation_date(deck, os.environ.get("SOURCE_DATE_EPOCH")),
        lang=str(deck.config.html_attrs.get("lang") or "") or None,
        dir=str(deck.config.html_attrs.get("dir") or "") or None,
    )
    backgrounds = glow_backgrounds(deck, sorted({page.slide.no for page in pages}), policy, dark_mode)
    document = build_document(pages, css, meta, dark_mode, backgrounds)
    timings["html"] = time.perf_counter() - mark

    say(f"rendering {len(pages)} pages")
    mark = time.perf_counter()
    # a raster image never shows wider than the page: keep twice the canvas width at most
    pdf = render_pdf(document, deck.folder.as_uri() + "/", policy, warnings,
                     image_max_side=2 * int(deck.config.canvas_width))
    timings["pdf"] = time.perf_counter() - mark

    if strict and len(warnings):
        error = StrictModeError(f"{len(warnings)} warning(s) and --strict was given; no PDF written")
        error.warnings = warnings
        raise error
    write_atomically(pdf, output_path)
    return ExportResult(
        output=output_path, pages=len(pages), slides=len(deck.slides), warnings=warnings,
        seconds=time.perf_counter() - started, bytes=len(pdf), timings=timings,
    )
