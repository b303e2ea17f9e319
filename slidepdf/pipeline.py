"""The stages of one export, each a plain function of what the stages before it made.

    open_deck → deck_style → deck_pages → print_document (→ handout_document) → render → write

`api.export` calls them in that order; `check`, `export_notes`, the handout and PNG output reuse
them. One `Job` per export holds what every stage reads: the options, the one access policy, the
one JavaScript engine, the deck and its selected slides, and the warnings collected so far.
The module is long (about 400 lines) because every stage's glue is here, side by side, each
stage a short function over the ones before it.
"""
from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .errors import SourceLocation, UsageError, WarningLog
from .model import Deck
from .options import ExportOptions
from .parser import RangeSyntaxError, load_deck, parse_range
from .policy import AccessPolicy
from .theme.packages import addon_packages, find_package

if TYPE_CHECKING:
    from .document.html import DocumentOptions
    from .document.meta import DocumentMeta
    from .pdf.chunks import ChunkCache
    from .pdf.finish import PdfOptions
    from .render.pages import Page
    from .style import StyleContext
    from .theme.fonts import FontCatalogue
    from .theme.themes import Theme
    from .vue.engine import JsEngine

# Chunks of this many slides when a cache keeps them between exports (`--watch`): an edit
# re-renders its slide's few neighbours, not the deck.
WATCH_SLIDES_PER_CHUNK = 4
# Below this many pages, starting worker processes costs more than it saves (measured: README)
PARALLEL_FROM_PAGES = 20
# Chunks come in multiples of this many, of even size: work for 1, 2 or 4 workers at a time
CHUNKS_PER_ROUND = 4


@dataclass(frozen=True)
class Job:
    """One export's inputs, as every stage reads them."""

    options: ExportOptions
    policy: AccessPolicy
    deck: Deck
    selected: tuple[int, ...]           # slide numbers, in order
    with_clicks: bool
    dark: bool
    engine: "JsEngine"
    warnings: WarningLog
    theme_package: object = None        # the theme's npm package (or folder), when it is one
    addons: tuple = ()                  # the addons' packages, in the order the deck names them

    @property
    def packages(self) -> tuple:
        """Theme, then addons: whose components, styles and UnoCSS config join the deck's."""
        return ((self.theme_package,) if self.theme_package is not None else ()) + self.addons

    @property
    def base_url(self) -> str:
        return self.deck.folder.as_uri() + "/"


def access_policy(entry: Path, options: ExportOptions) -> AccessPolicy:
    return AccessPolicy.for_entry(entry, root=options.root, allow_remote=options.allow_remote,
                                  allowed_paths=options.allow_paths)


def is_dark(deck: Deck, dark: bool | None) -> bool:
    """`colorSchema: dark` forces dark, `light` forces light; otherwise `--dark` decides."""
    schema = deck.config.color_schema
    if schema in ("dark", "light"):
        return schema == "dark"
    return bool(dark if dark is not None else deck.config.export.get("dark", False))


def select_slides(deck: Deck, range_text: str | None) -> tuple[int, ...]:
    try:
        selected = parse_range(len(deck.slides), None if range_text is None else str(range_text))
    except RangeSyntaxError as exc:
        raise UsageError(f"--range: {exc}") from None
    if not selected:
        raise UsageError(f"--range '{range_text}' selects no slide (the deck has {len(deck.slides)})")
    return tuple(selected)


def open_deck(entry: Path, options: ExportOptions, warnings: WarningLog) -> Job:
    """Parse: the deck read through its access policy, the slides the range selects."""
    from .vue.engine import JsEngine
    from .vue.modules import ModuleLoader

    policy = access_policy(entry, options)
    deck = load_deck(entry, policy, options.source)
    for message, location in deck.missing_imports:
        warnings.add("import", message, location)
    package = find_package(options.theme or deck.config.theme, deck.folder, policy.root)
    if package is not None:
        deck = with_theme_defaults(deck, package)
    addons = tuple(addon_packages(deck, policy.root, warnings))
    # the theme's and addons' public/ folders serve `/x.png` after the deck's own, as in Slidev
    public_dirs = tuple(p.public for p in ((package,) if package else ()) + addons if p.public.is_dir())
    if public_dirs:
        policy = replace(policy, public_dirs=public_dirs)
    export_settings = deck.config.export
    selected = select_slides(deck, options.range if options.range is not None else export_settings.get("range"))
    with_clicks = options.clicks if options.clicks is not None else bool(export_settings.get("withClicks", True))
    engine = JsEngine()
    engine.modules = ModuleLoader(policy, deck.folder, engine, warnings)     # `@/` is the deck's folder
    return Job(options, policy, deck, selected, with_clicks, is_dark(deck, options.dark), engine, warnings, package,
               addons)


def with_theme_defaults(deck: Deck, package) -> Deck:
    """The deck's config with its theme's `slidev.defaults` under the headmatter."""
    from .parser.config import resolve_config
    from .theme.packages import with_defaults

    headmatter = with_defaults(deck.headmatter, package)
    if headmatter == deck.headmatter:
        return deck
    return replace(deck, config=resolve_config(headmatter, deck.slides[0].title if deck.slides else None, deck.entry, 1))


def default_output_name(deck: Deck) -> str:
    """`exportFilename` from the headmatter, else `<entry name>-export`, as Slidev names it."""
    name = deck.config.export_filename or f"{deck.entry.stem}-export"
    name = re.sub(r"[\x00/\\]", "-", name)
    return name if name.lower().endswith(".pdf") else f"{name}.pdf"


def output_path(job: Job, output: str | os.PathLike | None, cwd: str | os.PathLike | None) -> Path:
    """Where the export goes; never one of the deck's own files."""
    options = job.options
    name = default_output_name(job.deck)[:-4] + ("-handout" if options.handout else "") + \
        {"pdf": ".pdf", "png": "", "html": ".html", "pptx": ".pptx", "md": ".md"}[options.format]
    path = Path(output) if output else Path(cwd or os.getcwd()) / name
    for read in job.deck.files:
        if path.resolve() == read.resolve():
            raise UsageError(f"--output {path} is one of the deck's own files; it is never written to")
    return path


@dataclass(frozen=True)
class DeckStyle:
    """Theme and styling, decided once for the deck: its layouts, fonts and utility context."""

    theme: "Theme"
    layouts: dict[int, str]             # slide number → layout name
    stacks: dict[str, str]              # font family stacks (sans, serif, mono)
    fonts: "FontCatalogue"
    context: "StyleContext"
    mermaid: dict = field(default_factory=dict)     # the setup/mermaid.ts files' configuration
    code_css: str = ""                  # the code colours of the Shiki themes setup/shiki.ts names
    markdown_plugins: tuple = ()        # markdown-it extensions the Vite configs turn on


def deck_style(job: Job) -> DeckStyle:
    """Theme: the deck's theme with its own layouts, the UnoCSS config, fonts, the style context."""
    from .components.layers import deck_layouts, folder_layouts
    from .style import StyleContext
    from .style.deckconfig import font_families, read_deck_config, theme_uno_config
    from .theme.fonts import catalogue, check_requested_families
    from .theme.codethemes import code_theme_css
    from .theme.markdownit import markdown_plugins
    from .theme.setups import merged_setups
    from .theme.themes import check_layouts, font_stacks, load_theme, with_deck_layouts

    deck, policy, warnings = job.deck, job.policy, job.warnings
    package = job.theme_package
    theme = load_theme(job.options.theme or deck.config.theme, deck.folder, warnings, package)
    # layouts: the deck's own, then its theme's, then the built-ins (Slidev's order)
    found: dict = {}
    for source in reversed(job.packages):           # addons under the theme, the theme under the deck
        found.update(folder_layouts(source.folder, policy, job.engine, warnings))
    theme = with_deck_layouts(theme, {**found, **deck_layouts(deck, policy, job.engine, warnings)},
                              tuple(source.components for source in job.addons if source.components.is_dir()))
    layouts = check_layouts(deck, theme, warnings)
    uno = read_deck_config(deck.folder, policy, job.engine)
    for source in job.packages:
        uno = theme_uno_config(read_deck_config(source.folder, policy, job.engine), uno)
    for problem in uno.problems:
        warnings.add("uno-config", problem, SourceLocation(uno.file) if uno.file else None)
    stacks = font_families(uno, font_stacks(deck.config, theme))
    fonts = catalogue(deck.folder, policy, warnings)
    requested = {f"fonts.{k}": v for k, v in deck.config.fonts.items() if k in ("sans", "serif", "mono", "local")}
    requested.update({f"{uno.file.name if uno.file else 'uno.config'} fonts.{k}": v for k, v in uno.fonts.items()})
    check_requested_families(requested, fonts, warnings, SourceLocation(deck.entry, 1))
    context = StyleContext(dark=job.dark, canvas_width=deck.config.canvas_width,
                           font_families=tuple(stacks.items()), shortcuts=tuple(uno.shortcuts),
                           rules=tuple(uno.rules))
    setup_folders = [source.folder for source in job.packages] + [deck.folder]
    mermaid = merged_setups(setup_folders, "mermaid", policy, job.engine, warnings)
    code_css = code_theme_css(merged_setups(setup_folders, "shiki", policy, job.engine, warnings), warnings)
    plugins = markdown_plugins(setup_folders, policy, warnings)
    return DeckStyle(theme, layouts, stacks, fonts, context, mermaid, code_css,
                     plugins)


def deck_pages(job: Job, style: DeckStyle) -> list["Page"]:
    """Slides → click states → page HTML, for the selected slides."""
    from .render.pages import deck_pages as pages_of

    return pages_of(job.deck, style.theme, style.layouts, job.policy, job.warnings, list(job.selected),
                    job.with_clicks, style.context, job.engine,
                    mermaid=style.mermaid, markdown_plugins=style.markdown_plugins)


def document_meta(deck: Deck) -> "DocumentMeta":
    """Title, author, subject, keywords, language and a reproducible creation date."""
    from .document.meta import DocumentMeta, creation_date

    return DocumentMeta(
        title=deck.slides[0].title or deck.config.title,
        author=deck.config.author,
        subject=deck.config.info,
        keywords=deck.config.keywords,
        created=creation_date(deck, os.environ.get("SOURCE_DATE_EPOCH")),
        lang=str(deck.config.html_attrs.get("lang") or "") or None,
        dir=str(deck.config.html_attrs.get("dir") or "") or None,
    )


def document_css(job: Job, style: DeckStyle, pages: list["Page"]) -> str:
    """CSS: the page box, the theme's layouts, the theme's, addons' and deck's own CSS, the
    utilities the pages use, and the slides' scoped styles, in that order (later wins): Slidev
    imports `uno.css` after every styles/ folder, and a slide's style comes with the slide."""
    from .document.html import page_css
    from .style import utilities_css
    from .style.deckcss import deck_css, deck_stylesheets
    from .assets import resolve_css_urls
    from .theme.packages import package_imports_resolved
    from .theme.themes import theme_css

    deck, policy, warnings = job.deck, job.policy, job.warnings
    sheet = utilities_css(set().union(*(page.tokens for page in pages)), style.context)
    for token, dropped in sheet.unsupported.items():
        warnings.add("css", f"{token}: {', '.join(dropped)} cannot be drawn in the PDF; left out")
    utilities = resolve_css_urls(sheet.css, deck.folder, policy, warnings, SourceLocation(deck.entry))
    own = deck_css(deck.folder, deck_stylesheets(deck.folder, policy, warnings), style.context, policy, warnings)
    for package in reversed(job.packages):   # the theme's and addons' styles come before the deck's own
        sheets = [(path, package_imports_resolved(policy.read_text(path), path, policy, warnings))
                  for path in package.stylesheets()]
        own = deck_css(package.folder, sheets, style.context, policy, warnings) + "\n" + own
    slide_styles = "\n".join(dict.fromkeys(page.css for page in pages if page.css))
    if job.options.omit_background:       # transparent pages, as Slidev's --omit-background
        own += ("\nhtml, body, section.slidev-page, .slidev-page-content, .slidev-layout "
                "{ background: transparent !important; }")
    used_layouts = {style.layouts[n] for n in job.selected}
    return "\n".join((page_css(deck) + theme_css(style.theme, deck.config, used_layouts, style.stacks, style.fonts.css()),
                      style.code_css, own, utilities, slide_styles))


@dataclass(frozen=True)
class PrintDocument:
    """What is rendered: the pages and everything around them. `pages` is what the result counts
    (A4 sheets for a handout); `html()` makes the whole document only when it is rendered whole."""

    pages: list
    css: str
    meta: "DocumentMeta"
    dark: bool
    settings: "DocumentOptions"
    handout_html: str | None = None

    def html(self) -> str:
        from .document.html import build_document

        if self.handout_html is not None:
            return self.handout_html
        return build_document(self.pages, self.css, self.meta, self.dark, self.settings)


def print_document(job: Job, style: DeckStyle, pages: list["Page"]) -> PrintDocument:
    """Document: pages, CSS, metadata and the QR stamp, ready to render."""
    from .document.html import DocumentOptions

    deck = job.deck
    css = document_css(job, style, pages)
    stamp = job.options.qr if job.options.qr is not None else deck.headmatter.get("qr")
    settings = DocumentOptions(outline=job.options.toc,
                               qr=str(stamp).strip() if isinstance(stamp, str) and stamp.strip() else None)
    return PrintDocument(pages, css, document_meta(deck), job.dark, settings)


def handout_document(job: Job, document: PrintDocument) -> PrintDocument:
    """A4 sheets: each slide in its final state (a picture of its page), with its notes."""
    from .clicks.notes import split_notes
    from .document.handout import handout_css, handout_document as sheets, handout_shape, slide_pictures
    from .document.html import DocumentOptions, build_document
    from .document.meta import plain_title
    from .pdf.writer import render_pdf

    deck = job.deck
    shape = handout_shape(job.options.handout_layout, deck.config.canvas_width, deck.config.canvas_height)
    finals = [page for page in document.pages if page.click == page.total_clicks or not job.with_clicks]
    slides_pdf = render_pdf(build_document(finals, document.css, document.meta, document.dark,
                                           DocumentOptions(outline=False)), job.base_url, job.policy, job.warnings)
    notes_of = {page.slide.no: "\n\n".join(part.text for part in split_notes(page.slide.note)) for page in finals}
    markup = sheets(
        [(picture, f"{page.slide.no} / {len(deck.slides)}  {plain_title(page.slide.title or '')}".strip(),
          notes_of[page.slide.no]) for picture, page in zip(slide_pictures(slides_pdf, shape.slide_width), finals)],
        handout_css(deck, shape), document.meta, shape, document.dark)
    return replace(document, pages=[None] * -(-len(finals) // shape.per_page), handout_html=markup)


def pdf_options(job: Job, document: PrintDocument) -> "PdfOptions":
    """How WeasyPrint writes: PDF/A, tags, JPEG quality, page labels, notes, attachments."""
    from .clicks.notes import notes_text
    from .pdf.finish import Finish, PdfOptions, page_labels

    options, deck = job.options, job.deck
    handout = document.handout_html is not None
    finish = Finish(labels=() if handout else page_labels(document.pages),
                    notes=tuple(notes_text(page.notes) for page in document.pages)
                    if options.notes == "annotations" and not handout else (),
                    page_height=deck.config.canvas_height * 0.75)
    return PdfOptions(pdfa=options.pdfa, tagged=options.tagged, jpeg_quality=options.jpeg_quality,
                      created=document.meta.created, finish=finish,
                      attachments=tuple((path, "Slide source (Markdown)") for path in deck.files) if options.pdfa else ())


def render(job: Job, document: PrintDocument, timings: dict[str, float], cache: "ChunkCache | None" = None,
           output: Path | None = None, say: Callable[[str], None] = lambda message: None) -> bytes:
    """PDF: the document rendered whole, or in chunks of pages (in worker processes) and joined."""
    from .pdf.writer import render_pdf

    options, deck = job.options, job.deck
    settings = pdf_options(job, document)
    # a raster image never shows wider than the page: twice the canvas width at most (2× for
    # screens), or what `dpi` asks for at the page's printed size (the canvas at 96 dpi)
    max_side = int(deck.config.canvas_width * (options.dpi / 96 if options.dpi else 2))
    pages = document.pages
    # a structure tree (tags, PDF/A) is one per document: those render whole
    workers = options.workers
    # Whether and where the pages are cut depends on the deck alone, never on the machine's cores
    # or --jobs, so that the same deck gives the same bytes everywhere; workers only share the work
    chunked = document.handout_html is None and not options.pdfa and not options.tagged and options.chunk_pages > 0 \
        and (len(pages) >= PARALLEL_FROM_PAGES or cache is not None)
    if not chunked:
        return render_pdf(document.html(), job.base_url, job.policy, job.warnings, image_max_side=max_side,
                          options=settings, timings=timings)
    from .pdf.chunks import at_slide_starts, even_chunks, slide_chunks

    # for a cache, bounds that an edit elsewhere does not move; else even work per worker, cut
    # between slides (a slide's click states share one layout when they render together)
    slide_numbers = [page.slide.no for page in pages]
    chunks = (slide_chunks(slide_numbers, WATCH_SLIDES_PER_CHUNK) if cache is not None
              else at_slide_starts(even_chunks(len(pages), options.chunk_pages, CHUNKS_PER_ROUND), slide_numbers))
    say(f"rendering {len(pages)} pages in {len(chunks)} chunks, {min(workers, len(chunks))} at a time")
    return _render_in_chunks(job, document, chunks, max_side, settings, timings, cache, output, say)


def _render_in_chunks(job: Job, document: PrintDocument, chunks, max_side: int, settings: "PdfOptions",
                      timings: dict[str, float], cache: "ChunkCache | None", output: Path | None,
                      say: Callable[[str], None] = lambda message: None) -> bytes:
    from .document.html import build_documents
    from .document.meta import outline_entry, pdf_date
    from .pdf.chunks import asset_fingerprint, render_chunks
    from .pdf.finish import Finish
    from .pdf.join import join

    pages, deck = document.pages, job.deck
    # chunks are dated at the join: an edit that changes the date leaves other chunks' HTML alone
    documents = build_documents(pages, document.css, replace(document.meta, created=None), document.dark,
                                document.settings, chunks)
    notes = settings.finish.notes
    chunk_settings = [replace(settings, created=None,     # dates only for attachments, which chunks never have
                              finish=Finish(notes=notes[chunk.start:chunk.stop] if notes else (),
                                            page_height=settings.finish.page_height,
                                            names=settings.finish.labels[chunk.start:chunk.stop]))
                      for chunk in chunks]
    fingerprint = asset_fingerprint(deck, {output.resolve()} if output else set()) if cache is not None else ""
    started, finished = time.perf_counter(), [0]

    def done(index: int) -> None:           # pages done of all, the rate and what is left
        finished[0] += len(chunks[index])
        rate = finished[0] / max(time.perf_counter() - started, 1e-6)
        left = (len(pages) - finished[0]) / rate if rate else 0
        say(f"{finished[0]}/{len(pages)} pages, {rate:.1f} pages/s" + (f", about {left:.0f} s left" if left >= 1 else ""))

    pdfs = render_chunks(documents, job.base_url, job.policy, max_side, chunk_settings, job.options.workers,
                         job.warnings, timings, cache, fingerprint, done)
    first_pages: dict[int, int] = {}
    for index, page in enumerate(pages):
        first_pages.setdefault(page.slide.no, index)
    entries = ((outline_entry(pages[index].slide), index) for index in first_pages.values()) if job.options.toc else ()
    outline = [(level, title, index) for entry, index in entries if entry for level, title in [entry]]
    started = time.perf_counter()
    date = pdf_date(document.meta.created)
    joined = join(pdfs, settings.finish.labels, outline, first_pages, {"/CreationDate": date, "/ModDate": date})
    timings["join"] = time.perf_counter() - started
    return joined


@dataclass
class Timer:
    """Seconds per stage, for the result's `timings` (and the benchmark)."""

    started: float = field(default_factory=time.perf_counter)
    timings: dict[str, float] = field(default_factory=dict)

    def lap(self, name: str, since: float) -> float:
        now = time.perf_counter()
        self.timings[name] = self.timings.get(name, 0.0) + now - since
        return now
