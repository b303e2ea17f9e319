"""The public library API: `export(...)` runs the pipeline's stages (`pipeline.py`) for one deck;
`check` and `export_notes` reuse them.

parse → slides → pages (click states) → HTML + CSS → PDF, each stage a plain function of
its inputs. Errors are typed `SlidepdfError`s; warnings come back as data in the result.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from . import pipeline as stages
from .errors import StrictModeError, UsageError, WarningLog
from .options import ExportOptions
from .parser import RangeSyntaxError, load_deck, parse_range
from .pdf.output import page_count, png_pages

if TYPE_CHECKING:
    from .pdf.chunks import ChunkCache

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


def _options(options: ExportOptions | None, settings: dict) -> ExportOptions:
    if options is None:
        return ExportOptions.of(**settings)
    return replace(options, **settings) if settings else options


def export(
    entry: str | os.PathLike,
    output: str | os.PathLike | None = None,
    *,
    options: ExportOptions | None = None,
    cache: "ChunkCache | None" = None,
    cwd: str | os.PathLike | None = None,
    progress: ProgressCallback | None = None,
    **settings,
) -> ExportResult:
    """Export the deck at `entry` to a PDF and return what was written.

    The export's options are an `ExportOptions` (`options=`), or its fields as keyword arguments
    (`range="2-5", dark=True`), or both (the keywords replace those fields). `output` defaults to
    `<exportFilename>.pdf` in `cwd` (the working directory).
    `range` selects slides with Slidev's grammar (`"1,3-5"`). `clicks` gives one page per
    click state (the default) or, when False, one page per slide in its final state; None
    defers to the headmatter's `export.withClicks`. `allow_paths` are folders outside the deck's
    that it may also read (fonts, shared images). `theme` (a bundled theme's name or a theme
    folder) replaces the headmatter's `theme:`. `toc` writes the PDF outline; `notes="annotations"`
    puts each page's notes in a text annotation; `pdfa` writes PDF/A-3b with the deck's Markdown
    attached; `tagged` asks WeasyPrint for PDF/UA tags; `qr` (else the headmatter's `qr:`) stamps a
    QR code of that address on the first and last page; `dpi` and `jpeg_quality` set how images
    are kept (default: twice the canvas width, WeasyPrint's quality). `format` is "pdf", "png"
    (a folder with one image per page, `scale` × the canvas size) or "html" (the print document,
    for looking at styles in a browser). `handout` writes A4 pages instead, each slide (in its
    final state) with its notes, `handout_layout` of them per page ("1", "2", "3", "4", "6").
    A deck of more than `chunk_pages` pages is rendered in chunks of pages, `jobs` at a time in
    worker processes, and joined (memory stays flat; links, outline and labels span the chunks).
    Given a `ChunkCache` (what `--watch` keeps between exports), the pages are cut into chunks of
    a few slides and only the chunks whose content changed since the last export are rendered.
    Raises `SlidepdfError`.
    """
    options = _options(options, settings)
    timer = stages.Timer()
    say = progress or (lambda message: None)
    say("parsing")
    job = stages.open_deck(Path(entry), options, WarningLog())
    output_path = stages.output_path(job, output, cwd)
    mark = timer.lap("parse", timer.started)
    say("styling")
    style = stages.deck_style(job)
    mark = timer.lap("style", mark)
    pages = stages.deck_pages(job, style)
    mark = timer.lap("template", mark)
    document = stages.print_document(job, style, pages)
    if options.handout:
        document = stages.handout_document(job, document)
    timer.lap("style", mark)
    say(f"rendering {len(document.pages)} pages")
    if options.format == "html":
        return _write(job, output_path, document.html().encode("utf-8"), len(document.pages), timer)
    pdf = stages.render(job, document, timer.timings, cache, output_path, say)
    if options.format == "png":
        return _write_pictures(job, output_path, png_pages(pdf, options.scale), len(document.pages), timer)
    if options.format in ("pptx", "md"):
        return _write_slides(job, output_path, pdf, document, timer)
    return _write(job, output_path, pdf, len(document.pages), timer)


def _write_slides(job: "stages.Job", output_path: Path, pdf: bytes, document, timer: "stages.Timer") -> ExportResult:
    """pptx: a slide per page, its picture and notes; md: the pictures in a folder beside the
    Markdown file that shows them with their notes (Slidev's two picture exports)."""
    from .clicks.notes import notes_text
    from .document.meta import plain_title
    from .pdf.pictures import PageNotes, markdown_page, pptx_bytes

    pictures = png_pages(pdf, job.options.scale)
    pages = [PageNotes(page.slide.no, plain_title(page.slide.title or ""), notes_text(page.notes)) for page in document.pages]
    config = job.deck.config
    if job.options.format == "pptx":
        data = pptx_bytes(pictures, pages, config.canvas_width, config.canvas_height, document.meta.title,
                          document.meta.author, document.meta.subject)
        return _write(job, output_path, data, len(pages), timer)
    folder = output_path.with_suffix("")
    result = _write_pictures(job, folder, pictures, len(pages), timer)
    text = markdown_page([f"{folder.name}/{index + 1:03d}.png" for index in range(len(pictures))], pages)
    written = _write(job, output_path, text.encode("utf-8"), len(pages), timer)
    return replace(written, bytes=written.bytes + result.bytes)


def _check_strict(strict: bool, warnings: WarningLog) -> None:
    if strict and len(warnings):
        error = StrictModeError(f"{len(warnings)} warning(s) and --strict was given; nothing written")
        error.warnings = warnings
        raise error


def _write(job: "stages.Job", output_path: Path, data: bytes, pages: int, timer: "stages.Timer") -> ExportResult:
    from .pdf.output import write_atomically

    _check_strict(job.options.strict, job.warnings)
    write_atomically(data, output_path)
    return ExportResult(output=output_path, pages=pages, slides=len(job.deck.slides), warnings=job.warnings,
                        seconds=time.perf_counter() - timer.started, bytes=len(data), timings=timer.timings)


def _write_pictures(job: "stages.Job", folder: Path, pictures: list[bytes], pages: int,
                    timer: "stages.Timer") -> ExportResult:
    """One PNG per page, `001.png` …, into `folder`; each file written atomically."""
    from .pdf.output import write_atomically

    _check_strict(job.options.strict, job.warnings)
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"--output {folder} is a file; PNG pages go into a folder")
    folder.mkdir(parents=True, exist_ok=True)
    for index, picture in enumerate(pictures):
        write_atomically(picture, folder / f"{index + 1:03d}.png")
    return ExportResult(output=folder, pages=pages, slides=len(job.deck.slides), warnings=job.warnings,
                        seconds=time.perf_counter() - timer.started, bytes=sum(map(len, pictures)),
                        timings=timer.timings)


def export_notes(
    entry: str | os.PathLike,
    output: str | os.PathLike | None = None,
    *,
    range: str | None = None,  # noqa: A002 - Slidev's option name
    root: str | os.PathLike | None = None,
    cwd: str | os.PathLike | None = None,
) -> ExportResult:
    """The speaker's notes as their own PDF (A4): title and date, then each slide's number,
    title and notes, Markdown rendered — what Slidev's `export-notes` sets out to make."""
    from .document.handout import notes_document
    from .pdf.writer import render_pdf
    from .vue.engine import JsEngine

    timer = stages.Timer()
    options = ExportOptions(range=range, root=root)
    entry_path = Path(entry)
    policy = stages.access_policy(entry_path, options)
    deck = load_deck(entry_path, policy)
    try:
        selected = tuple(parse_range(len(deck.slides), range))
    except RangeSyntaxError as exc:
        raise UsageError(f"--range: {exc}") from None
    job = stages.Job(options, policy, deck, selected, True, False, JsEngine(), WarningLog())
    name = stages.default_output_name(deck)[:-4] + "-notes.pdf"
    output_path = Path(output) if output else Path(cwd or os.getcwd()) / name
    meta = replace(stages.document_meta(deck), dir=None)
    pdf = render_pdf(notes_document(deck, meta, list(selected)), job.base_url, policy, job.warnings)
    return _write(job, output_path, pdf, page_count(pdf), timer)


@dataclass
class CheckReport:
    """What `slidepdf check` finds: the export's warnings and the pages whose content
    overflows the slide (slide, click, px to the right, px below)."""

    entry: Path
    pages: int
    warnings: WarningLog
    overflows: list
    slides: list[tuple[int, list[int]]] = field(default_factory=list)   # (slide no, its pages' clicks)

    @property
    def ok(self) -> bool:
        return not len(self.warnings) and not self.overflows

    def as_dict(self) -> dict:
        return {
            "entry": str(self.entry), "pages": self.pages, "ok": self.ok,
            "warnings": [{"kind": w.kind, "message": w.message,
                          "file": str(w.location.file) if w.location else None,
                          "line": w.location.line if w.location else None} for w in self.warnings],
            "overflows": [{"slide": o.slide, "click": o.click, "right_px": o.right, "bottom_px": o.bottom}
                          for o in self.overflows],
            # the page map in the shape of Slidev's `--with-clicks` export map, to pair pages by slide
            "slides": [{"no": no, "clicks": clicks} for no, clicks in self.slides],
        }


def check(
    entry: str | os.PathLike,
    *,
    options: ExportOptions | None = None,
    **settings,
) -> CheckReport:
    """A preflight: everything an export would warn about, plus the pages whose content runs
    past the slide (measured from WeasyPrint's layout). No PDF is written. Takes the options
    `export()` takes (those that only change how a PDF is written make no difference)."""
    from .pdf.overflow import measure_overflow

    options = _options(options, settings)
    job = stages.open_deck(Path(entry), options, WarningLog())
    style = stages.deck_style(job)
    pages = stages.deck_pages(job, style)
    document = stages.print_document(job, style, pages)
    overflows = measure_overflow(document.html(), job.base_url, job.policy, job.warnings)
    slides: dict[int, list[int]] = {}
    for page in pages:
        slides.setdefault(page.slide.no, []).append(page.click)
    return CheckReport(Path(entry), len(document.pages), job.warnings, overflows, list(slides.items()))
