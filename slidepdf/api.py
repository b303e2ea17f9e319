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
from typing import TYPE_CHECKING, Callable

from .errors import SourceLocation, StrictModeError, UsageError, WarningLog
from .model import Deck
from .parser import RangeSyntaxError, load_deck, parse_range
from .policy import AccessPolicy, folder_snapshot

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


# Chunks of this many slides when a cache keeps them between exports (`--watch`): an edit
# re-renders its slide's few neighbours, not the deck.
WATCH_SLIDES_PER_CHUNK = 4


def asset_fingerprint(deck: Deck, outputs: set[Path]) -> str:
    """What a PDF may draw from files rather than from its HTML (images, fonts): every file in
    the deck's folder but its Markdown sources and the outputs, by modification time."""
    import hashlib

    sources = {path.resolve() for path in deck.files} | outputs
    snapshot = folder_snapshot(deck.folder, sources)
    return hashlib.sha256(repr(sorted((str(p), t) for p, t in snapshot.items())).encode()).hexdigest()


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
    allow_paths: tuple = (),
    strict: bool = False,
    clicks: bool | None = None,
    theme: str | None = None,
    toc: bool = True,
    notes: str | None = None,
    pdfa: bool = False,
    tagged: bool = False,
    qr: str | None = None,
    dpi: int | None = None,
    jpeg_quality: int | None = None,
    format: str = "pdf",  # noqa: A002 - the option's name
    scale: float = 2.0,
    handout: bool = False,
    handout_layout: str = "3",
    jobs: int = 1,
    chunk_pages: int = 50,
    cache: "ChunkCache | None" = None,
    cwd: str | os.PathLike | None = None,
    progress: ProgressCallback | None = None,
) -> ExportResult:
    """Export the deck at `entry` to a PDF and return what was written.

    `output` defaults to `<exportFilename>.pdf` in `cwd` (the working directory).
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
    from .document import DocumentMeta, DocumentOptions, build_document, creation_date, page_css, plain_title
    from .notes import notes_text, split_notes
    from .pdf.finish import Finish, PdfOptions, page_labels
    from .glow import glow_backgrounds
    from .pages import deck_pages
    from .pdf.writer import render_pdf
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
    policy = AccessPolicy.for_entry(entry_path, root=Path(root) if root else None, allow_remote=allow_remote,
                                    allowed_paths=tuple(Path(p) for p in allow_paths))

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
    if format not in ("pdf", "png", "html"):
        raise UsageError(f"--format {format}: choose pdf, png or html")
    default_name = default_output_name(deck)
    default_name = default_name[:-4] + ("-handout" if handout else "") + {"pdf": ".pdf", "png": "", "html": ".html"}[format]
    output_path = Path(output) if output else Path(cwd or os.getcwd()) / default_name
    for read in deck.files:
        if output_path.resolve() == read.resolve():
            raise UsageError(f"--output {output_path} is one of the deck's own files; it is never written to")
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
    timings["style"] = time.perf_counter() - mark
    mark = time.perf_counter()
    pages = deck_pages(deck, deck_theme, layouts, policy, warnings, selected, with_clicks, context)
    timings["template"] = time.perf_counter() - mark
    mark = time.perf_counter()
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
    stamp = qr if qr is not None else deck.headmatter.get("qr")
    options = DocumentOptions(outline=toc, qr=str(stamp).strip() if isinstance(stamp, str) and stamp.strip() else None)
    if handout:
        from .handout import handout_css, handout_document, handout_shape, slide_pictures

        shape = handout_shape(str(handout_layout), deck.config.canvas_width, deck.config.canvas_height)
        finals = [page for page in pages if page.click == page.total_clicks or not with_clicks]
        slides_pdf = render_pdf(build_document(finals, css, meta, dark_mode, backgrounds, DocumentOptions(outline=False)),
                                deck.folder.as_uri() + "/", policy, warnings)
        notes_of = {page.slide.no: "\n\n".join(part.text for part in split_notes(page.slide.note)) for page in finals}
        document = handout_document(
            [(picture, f"{page.slide.no} / {len(deck.slides)}  {plain_title(page.slide.title or '')}".strip(),
              notes_of[page.slide.no]) for picture, page in zip(slide_pictures(slides_pdf, shape.slide_width), finals)],
            handout_css(deck, shape), meta, shape, dark_mode)
        pages = [None] * -(-len(finals) // shape.per_page)          # what the result counts: A4 sheets
    else:
        document = None                 # one document, made below unless the pages render in chunks

        def whole_document() -> str:
            return build_document(pages, css, meta, dark_mode, backgrounds, options)
    timings["style"] += time.perf_counter() - mark

    say(f"rendering {len(pages)} pages")
    mark = time.perf_counter()
    if format == "html":
        return _finish(output_path, (document or whole_document()).encode("utf-8"), pages, deck, warnings, strict, started, timings)
    if notes not in (None, "annotations"):
        raise UsageError(f"--notes {notes}: the only way to put notes in the PDF is 'annotations'")
    finish = Finish(labels=() if handout else page_labels(pages),
                    notes=tuple(notes_text(page.notes) for page in pages) if notes == "annotations" and not handout else (),
                    page_height=deck.config.canvas_height * 0.75)
    pdf_options = PdfOptions(pdfa=pdfa, tagged=tagged, jpeg_quality=jpeg_quality, created=meta.created, finish=finish,
                             attachments=tuple((path, "Slide source (Markdown)") for path in deck.files) if pdfa else ())
    # a raster image never shows wider than the page: twice the canvas width at most (2× for
    # screens), or what `dpi` asks for at the page's printed size (the canvas at 96 dpi)
    max_side = int(deck.config.canvas_width * (dpi / 96 if dpi else 2))
    # a structure tree (tags, PDF/A) is one per document: those render whole
    chunked = not handout and not pdfa and not tagged and chunk_pages > 0 and (
        len(pages) > chunk_pages or (jobs > 1 and len(pages) > 1) or cache is not None)
    if chunked:
        from .pdf.chunks import even_chunks, slide_chunks

        # for a cache, bounds that an edit elsewhere does not move; else even work per worker
        chunks = (slide_chunks([page.slide.no for page in pages], WATCH_SLIDES_PER_CHUNK) if cache is not None
                  else even_chunks(len(pages), chunk_pages, jobs))
        say(f"rendering {len(pages)} pages in {len(chunks)} chunks, {max(1, jobs)} at a time")
        pdf = _render_in_chunks(pages, css, meta, dark_mode, backgrounds, options, chunks, jobs, deck, policy,
                                warnings, max_side, pdf_options, toc, timings, cache, output_path)
    else:
        pdf = render_pdf(document or whole_document(), deck.folder.as_uri() + "/", policy, warnings,
                         image_max_side=max_side, options=pdf_options, timings=timings)

    if format == "png":
        return _finish_png(output_path, pdf, scale, pages, deck, warnings, strict, started, timings)
    return _finish(output_path, pdf, pages, deck, warnings, strict, started, timings)


def _render_in_chunks(pages, css, meta, dark_mode, backgrounds, options, chunks, jobs, deck, policy, warnings,
                      max_side, pdf_options, toc, timings, cache, output_path) -> bytes:
    from dataclasses import replace

    from .document import build_documents, outline_entry, pdf_date
    from .pdf.chunks import render_chunks
    from .pdf.finish import Finish
    from .pdf.join import join

    # chunks are dated at the join: an edit that changes the date leaves other chunks' HTML alone
    documents = build_documents(pages, css, replace(meta, created=None), dark_mode, backgrounds, options, chunks)
    notes = pdf_options.finish.notes
    chunk_options = [replace(pdf_options, created=None,     # dates only for attachments, which chunks never have
                             finish=Finish(notes=notes[chunk.start:chunk.stop] if notes else (),
                                           page_height=pdf_options.finish.page_height))
                     for chunk in chunks]
    pdfs = render_chunks(documents, deck.folder.as_uri() + "/", policy, max_side, chunk_options, jobs, warnings,
                         timings, cache, asset_fingerprint(deck, {output_path.resolve()}) if cache is not None else "")
    first_pages: dict[int, int] = {}
    for index, page in enumerate(pages):
        first_pages.setdefault(page.slide.no, index)
    entries = ((outline_entry(pages[index].slide), index) for index in first_pages.values()) if toc else ()
    outline = [(level, title, index) for entry, index in entries if entry for level, title in [entry]]
    started = time.perf_counter()
    date = pdf_date(meta.created)
    joined = join(pdfs, pdf_options.finish.labels, outline, first_pages, {"/CreationDate": date, "/ModDate": date})
    timings["join"] = time.perf_counter() - started
    return joined


def _check_strict(strict: bool, warnings: WarningLog) -> None:
    if strict and len(warnings):
        error = StrictModeError(f"{len(warnings)} warning(s) and --strict was given; nothing written")
        error.warnings = warnings
        raise error


def _finish(output_path: Path, data: bytes, pages, deck: Deck, warnings: WarningLog, strict: bool,
            started: float, timings: dict[str, float]) -> ExportResult:
    from .pdf.writer import write_atomically

    _check_strict(strict, warnings)
    write_atomically(data, output_path)
    return ExportResult(output=output_path, pages=len(pages), slides=len(deck.slides), warnings=warnings,
                        seconds=time.perf_counter() - started, bytes=len(data), timings=timings)


def _finish_png(folder: Path, pdf: bytes, scale: float, pages, deck: Deck, warnings: WarningLog, strict: bool,
                started: float, timings: dict[str, float]) -> ExportResult:
    """One PNG per page, `001.png` …, into `folder`; each file written atomically."""
    import io

    import pypdfium2

    from .pdf.writer import write_atomically

    _check_strict(strict, warnings)
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"--output {folder} is a file; PNG pages go into a folder")
    folder.mkdir(parents=True, exist_ok=True)
    document = pypdfium2.PdfDocument(pdf)
    total = 0
    try:
        # the PDF's 0.75 pt per CSS px: `scale` is relative to the canvas size in CSS px
        for index in range(len(document)):
            image = document[index].render(scale=scale / 0.75).to_pil()
            out = io.BytesIO()
            image.save(out, "PNG", optimize=True)
            write_atomically(out.getvalue(), folder / f"{index + 1:03d}.png")
            total += out.tell()
    finally:
        document.close()
    return ExportResult(output=folder, pages=len(pages), slides=len(deck.slides), warnings=warnings,
                        seconds=time.perf_counter() - started, bytes=total, timings=timings)


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
    from .document import DocumentMeta, creation_date
    from .handout import notes_document
    from .pdf.writer import render_pdf

    started = time.perf_counter()
    warnings = WarningLog()
    entry_path = Path(entry)
    policy = AccessPolicy.for_entry(entry_path, root=Path(root) if root else None)
    deck = load_deck(entry_path, policy)
    try:
        selected = parse_range(len(deck.slides), range)
    except RangeSyntaxError as exc:
        raise UsageError(f"--range: {exc}") from None
    name = default_output_name(deck)[:-4] + "-notes.pdf"
    output_path = Path(output) if output else Path(cwd or os.getcwd()) / name
    meta = DocumentMeta(title=deck.slides[0].title or deck.config.title, author=deck.config.author,
                        subject=deck.config.info, keywords=deck.config.keywords,
                        created=creation_date(deck, os.environ.get("SOURCE_DATE_EPOCH")),
                        lang=str(deck.config.html_attrs.get("lang") or "") or None)
    pdf = render_pdf(notes_document(deck, meta, selected), deck.folder.as_uri() + "/", policy, warnings)
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    page_count = len(document)
    document.close()
    return _finish(output_path, pdf, [None] * page_count, deck, warnings, False, started, {})


@dataclass
class CheckReport:
    """What `slidepdf check` finds: the export's warnings and the pages whose content
    overflows the slide (slide, click, px to the right, px below)."""

    entry: Path
    pages: int
    warnings: WarningLog
    overflows: list

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
        }


def check(
    entry: str | os.PathLike,
    *,
    range: str | None = None,  # noqa: A002 - Slidev's option name
    dark: bool | None = None,
    root: str | os.PathLike | None = None,
    clicks: bool | None = None,
    theme: str | None = None,
    allow_remote: bool = False,
    allow_paths: tuple = (),
) -> CheckReport:
    """A preflight: everything an export would warn about, plus the pages whose content runs
    past the slide (measured from WeasyPrint's layout). No PDF is written."""
    import tempfile

    from .pdf.writer import measure_overflow

    with tempfile.TemporaryDirectory(prefix="slidepdf-check-") as folder:
        result = export(entry, Path(folder) / "deck.html", range=range, dark=dark, root=root, clicks=clicks,
                        theme=theme, allow_remote=allow_remote, allow_paths=allow_paths, format="html")
        document = result.output.read_text("utf-8")
    entry_path = Path(entry)
    policy = AccessPolicy.for_entry(entry_path, root=Path(root) if root else None, allow_remote=allow_remote,
                                    allowed_paths=tuple(Path(p) for p in allow_paths))
    deck_folder = (entry_path if entry_path.is_dir() else entry_path.parent).resolve()
    overflows = measure_overflow(document, deck_folder.as_uri() + "/", policy, result.warnings)
    return CheckReport(entry_path, result.pages, result.warnings, overflows)
