"""document: pages → one HTML document with a fixed-size `<section>` per page.

`build_document` joins the rendered pages (see `render.pages`) into one document: the deck's
page size, outline markers, internal links resolved to pages, the QR stamp; `build_documents` does the same for chunks of pages rendered apart.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Deck, Slide

from .meta import DocumentMeta, outline_entry

if TYPE_CHECKING:
    from ..render.pages import Page


def page_css(deck: Deck) -> str:
    """The page box: canvasWidth × ceil(canvasWidth / aspectRatio) CSS px, clipped (DESIGN rule 2)."""
    width, height = deck.config.canvas_width, deck.config.canvas_height
    return (
        f"@page {{ size: {width}px {height}px; margin: 0; }}\n"
        "html, body { margin: 0; padding: 0; }\n"
        # An absolutely positioned box that overflows is still continued on the next page
        # (seen on 70.0 when a next page exists); an inline-block is atomic and never split.
        # The section's zero font size and line height leave no strut beside it.
        f"section.slidev-page {{ position: relative; width: {width}px; height: {height}px; overflow: hidden;"
        " break-after: page; margin: 0; padding: 0; font-size: 0; line-height: 0; }\n"
        "section.slidev-page:last-child { break-after: auto; }\n"
        f"section.slidev-page > .slidev-page-content {{ display: inline-block; position: relative;"
        f" width: {width}px; height: {height}px; overflow: hidden; vertical-align: top;"
        " font-size: 1rem; line-height: 1.5; text-align: left; }\n"
        "section.slidev-page > .slidev-page-content > * { height: 100%; }\n"
    )


@dataclass(frozen=True)
class DocumentOptions:
    """What the document adds around the pages: the PDF outline, a QR code stamp."""

    outline: bool = True        # bookmarks from slide titles, nested by `level`
    qr: str | None = None       # an address stamped as a QR code on the first and last page


def build_documents(pages: list["Page"], css: str, meta: DocumentMeta, dark: bool, options: DocumentOptions,
                    chunks: list[range]) -> list[str]:
    """The document cut into one document per range of page indexes, rendered apart and joined
    after (memory stays flat as a deck grows). Every internal link becomes a `CHUNK_LINK` URI,
    which the join turns into a jump to slide N's first page; the outline is made at the join."""
    sections = page_sections(pages, DocumentOptions(outline=False, qr=options.qr))
    present = {page.anchor for page in pages}

    def link(match: re.Match) -> str:
        return f' href="{CHUNK_LINK}{match[1]}"' if f"slide-{match[1]}" in present else ""

    body = [re.sub(r'\shref="#slide-(\d+)"', link, _internal_links(section, pages)) for section in sections]
    return [html_document(meta, css, dark, "".join(body[chunk.start:chunk.stop])) for chunk in chunks]


CHUNK_LINK = "https://slidepdf.invalid/slide/"      # resolved when chunks are joined


def build_document(pages: list["Page"], css: str, meta: DocumentMeta, dark: bool,
                   options: DocumentOptions = DocumentOptions()) -> str:
    """One HTML document: metadata in <head> (WeasyPrint maps it to the PDF's), a section per page."""
    return html_document(meta, css, dark, _internal_links("".join(page_sections(pages, options)), pages))


def html_document(meta: DocumentMeta, css: str, dark: bool, body: str) -> str:
    """An HTML document for the PDF stage: the deck's metadata in <head> (WeasyPrint makes it the
    PDF's), `css`, and the document rules every slidepdf PDF shares."""
    head = [
        '<meta charset="utf-8">',
        f"<title>{html.escape(meta.title)}</title>",
        '<meta name="generator" content="slidepdf">',
    ]
    if meta.created:
        head += [f'<meta name="dcterms.created" content="{meta.created.isoformat()}">',
                 f'<meta name="dcterms.modified" content="{meta.created.isoformat()}">']
    if meta.author:
        head.append(f'<meta name="author" content="{html.escape(meta.author, quote=True)}">')
    if meta.subject:
        head.append(f'<meta name="description" content="{html.escape(meta.subject, quote=True)}">')
    if meta.keywords:
        head.append(f'<meta name="keywords" content="{html.escape(", ".join(meta.keywords), quote=True)}">')
    head.append(f"<style>\n{css}\n{_DOCUMENT_CSS}</style>")
    html_attrs = [f'class="{"dark" if dark else "light"}"']
    if meta.lang:
        html_attrs.append(f'lang="{html.escape(meta.lang, quote=True)}"')
    if meta.dir:
        html_attrs.append(f'dir="{html.escape(meta.dir, quote=True)}"')
    return (
        f"<!DOCTYPE html>\n<html {' '.join(html_attrs)}><head>{''.join(head)}</head>"
        f"<body>{body}</body></html>"
    )


def page_sections(pages: list["Page"], options: DocumentOptions = DocumentOptions()) -> list[str]:
    """The `<section>` of each page: its markup, its outline marker and (first and last page)
    the QR stamp."""
    sections = []
    outlined: set[int] = set()
    for index, page in enumerate(pages):
        marks = ""
        if options.outline and page.slide.no not in outlined:
            outlined.add(page.slide.no)
            marks += _bookmark(page.slide)
        if options.qr and index in (0, len(pages) - 1):
            marks += _qr_stamp(options.qr)
        title = html.escape(page.slide.title or "", quote=True)
        sections.append(
            f'<section class="slidev-page slidev-page-{page.slide.no}" id="{page.anchor}" '
            f'data-slide="{page.slide.no}" data-click="{page.click}" data-clicks-total="{page.total_clicks}" '
            f'data-title="{title}">'
            f'<div class="slidev-page-content">{page.html}{marks}</div></section>'
        )
    return sections


# Headings do not make bookmarks of their own: the outline is one entry per slide.
_DOCUMENT_CSS = """
h1, h2, h3, h4, h5, h6 { bookmark-level: none; }
.slidepdf-bookmark { position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: hidden; }
.slidepdf-qr-stamp { position: absolute; right: 12px; bottom: 12px; width: 64px; height: 64px; padding: 4px;
  background: white; border-radius: 4px; z-index: 1000; display: block; border: none; }
.slidepdf-qr-stamp svg { width: 100%; height: 100%; display: block; }
"""


def _bookmark(slide: Slide) -> str:
    """A marker WeasyPrint turns into an outline entry for the slide's first page."""
    entry = outline_entry(slide)
    if entry is None:
        return ""
    level, title = entry
    label = title.replace("\\", "\\\\").replace('"', '\\"')
    style = html.escape(f'bookmark-level: {level}; bookmark-label: "{label}"', quote=True)
    return f'<span class="slidepdf-bookmark" style="{style}"></span>'


def _qr_stamp(address: str) -> str:
    from ..components.qr import qr_svg

    safe = html.escape(address, quote=True)
    return f'<a class="slidepdf-qr-stamp" href="{safe}" title="{safe}">{qr_svg(address, "#000000")}</a>'


def _internal_links(body: str, pages: list["Page"]) -> str:
    """Slidev's routes as links inside the PDF: `/5`, `#/5` and a slide's `routeAlias` lead to
    that slide's first page; a slide left out of this export (`--range`) leads nowhere."""
    present = {page.anchor for page in pages}
    routes = {str(page.slide.no): page.slide.no for page in pages}
    for page in pages:
        alias = page.slide.effective_frontmatter.get("routeAlias")
        if isinstance(alias, (str, int)) and str(alias).strip():
            routes.setdefault(str(alias).strip(), page.slide.no)

    def target(match: re.Match) -> str:
        route = match[1]
        number = routes.get(route)
        if number is None and route.isdigit():
            return ""                                  # a slide not in this export
        return f' href="#slide-{number}"' if number is not None else match[0]

    body = re.sub(r'\shref="(?:#)?/([^"/?#]+)"', target, body)
    return re.sub(r'\shref="#(slide-\d+)"', lambda m: m[0] if m[1] in present else "", body)


