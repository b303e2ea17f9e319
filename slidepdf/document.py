"""document: slides → one HTML document with a fixed-size `<section>` per page.

`slide_template` turns a slide's Markdown into its template tree; `render_page` wraps a
rendered tree (one click state, see `pages`) in the layout's markup from the theme
(`LayoutShape`), leaving Vue-only attributes (directives, bindings, events) out of the
HTML WeasyPrint reads; `build_document` joins the pages into one document.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from markdown_it import MarkdownIt

from .assets import resolve_asset_ref
from .errors import WarningLog
from .markdown import render_slots
from .model import Deck, Slide
from .policy import AccessPolicy
from .snippets import expand_snippets
from .template import Element, Node, Text, parse_template, replace_elements, serialize
from .theme import LayoutShape

if TYPE_CHECKING:
    from .pages import Page

_VUE_ONLY_PREFIXES = ("v-", ":", "@", "#")


@dataclass(frozen=True)
class DocumentMeta:
    title: str
    author: str
    subject: str
    keywords: tuple[str, ...]
    created: datetime | None       # None: no date in the document (the chunks of a join, dated there)
    lang: str | None = None
    dir: str | None = None


def is_html_attribute(name: str) -> bool:
    """Vue directives, bindings and events never reach the HTML."""
    return not name.startswith(_VUE_ONLY_PREFIXES)


def class_value(value: Any) -> str:
    """Frontmatter `class:` as Vue accepts it: a string, a list, or {name: condition}."""
    if value is None or value is False:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return " ".join(class_value(item) for item in value).strip()
    if isinstance(value, dict):
        return " ".join(str(name) for name, on in value.items() if on)
    return str(value)


def slide_template(slide: Slide, layout: LayoutShape, md: MarkdownIt, warnings: WarningLog,
                   policy: AccessPolicy | None = None) -> Element:
    """The slide's Markdown as a Vue template tree, before evaluation. A layout with several
    slots (two-cols: `::right::`) gets a wrapper per slot, in the layout's order. With a
    `policy`, `<<< @/file` snippet lines are expanded first."""
    content = slide.content
    if policy is not None and "<<<" in content:
        content = expand_snippets(content, slide, policy.root, policy, warnings)
    slots = render_slots(md, content)
    if layout.component is not None:
        return _component_layout(layout, slots, slide, warnings)
    wanted = {name for _, name in layout.slots} or {"default"}
    for name in slots:
        if name not in wanted and slots[name].strip():
            warnings.add("slot", f"slot ::{name}:: is not drawn by layout '{layout.name}'", slide.location)
    if not layout.slots:
        body = slots.get("default", "")
        if not body.strip() and layout.placeholder:
            body = html.escape(layout.placeholder)
        return _parse_slot(body, slide, warnings)
    root = Element(tag="#root", line=1)
    for wrapper_class, name in layout.slots:
        slot = _parse_slot(slots.get(name, ""), slide, warnings)
        root.children.append(Element(tag="div", line=1, attrs={"class": wrapper_class}, children=slot.children))
    return root


def _component_layout(layout: LayoutShape, slots: dict[str, str], slide: Slide, warnings: WarningLog) -> Element:
    """A deck's `layouts/<name>.vue`: its template, each `<slot>` filled with the slide's
    content for that slot (`::name::`), or its own fallback content."""
    from .layers import scoped_copy

    root = Element(tag="#root", line=1, children=scoped_copy(layout.component))
    offered = {e.attrs.get("name") or "default" for e in root.elements() if e.tag == "slot"}
    for name in slots:
        if name not in offered and slots[name].strip():
            warnings.add("slot", f"slot ::{name}:: is not drawn by layout '{layout.name}'", slide.location)
    parsed = {name: _parse_slot(body, slide, warnings).children for name, body in slots.items() if body.strip()}
    replace_elements(root, lambda e: e.tag == "slot", lambda e: parsed.get(e.attrs.get("name") or "default") or e.children)
    return root


def _parse_slot(body: str, slide: Slide, warnings: WarningLog) -> Element:
    from .errors import DeckError
    from .template import TemplateTooDeep

    try:
        tree, problems = parse_template(body)
    except TemplateTooDeep as exc:
        raise DeckError(f"slide {slide.no}: {exc}", slide.location,
                        hint="flatten the markup; no slide needs that many nested elements") from None
    for problem in problems:
        warnings.add("markup", f"slide {slide.no}: {problem.message}", slide.location)
    return tree


def render_page(slide: Slide, layout: LayoutShape, tree: Element, policy: AccessPolicy,
                warnings: WarningLog) -> str:
    """The HTML of one slide's layout root around its rendered (static) tree."""
    frontmatter = slide.effective_frontmatter
    own_class = class_value(frontmatter.get("class"))
    layers = [c for c in tree.children if isinstance(c, Element) and "slidepdf-layer" in c.classes]
    if layers:
        tree.children = [c for c in tree.children if c not in layers]
    below = "".join(serialize(layer, keep_attr=is_html_attribute) for layer in layers if "slidepdf-layer-below" in layer.classes)
    above = "".join(serialize(layer, keep_attr=is_html_attribute) for layer in layers if "slidepdf-layer-below" not in layer.classes)
    return below + _layout_html(slide, layout, tree, own_class, policy, warnings) + above


# Start tags before which an HTML parser closes an open <p> (WHATWG "in body" insertion mode)
_CLOSES_P = frozenset("address article aside blockquote center details dialog dir div dl fieldset figcaption figure "
                      "footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section summary table "
                      "ul listing plaintext xmp".split())


def keep_paragraph_nesting(tree: Element) -> None:
    """A Markdown paragraph holding block markup (a multi-line component tag): WeasyPrint
    parses HTML, which would close the <p> before the block and leave empty paragraphs
    around it. A paragraph that is only that block is left out, as in Slidev's pages (the
    block fills the slide: `h-full` resolves); one that also holds text is written as a div
    that the theme styles like p, so the block stays inside it as in the DOM Vue builds."""
    def fix(element: Element) -> list[Node]:
        content = [c for c in element.children if not (isinstance(c, Text) and not c.text.strip())]
        if len(content) == 1 and isinstance(content[0], Element) and content[0].tag.lower() in _CLOSES_P:
            return content
        element.tag = "div"
        element.add_class("slidepdf-p")
        return [element]

    replace_elements(tree, lambda e: e.tag == "p" and any(d.tag.lower() in _CLOSES_P for d in e.elements()), fix)


def _layout_html(slide: Slide, layout: LayoutShape, tree: Element, own_class: str, policy: AccessPolicy,
                 warnings: WarningLog) -> str:
    frontmatter = slide.effective_frontmatter
    if layout.component is not None:
        # the slide's `class:` falls through to the layout's root, as a component attribute
        root = next((c for c in tree.children if isinstance(c, Element)), None)
        if root is not None and own_class:
            root.add_class(*own_class.split())
        trim_block_edges(tree)
        keep_paragraph_nesting(tree)
        return serialize(tree, keep_attr=is_html_attribute)
    # image-left/right give the slide's `class:` to the content half, as Slidev's props.class;
    # two-cols(-header) give it to each column and take `layoutClass:` on the root
    if layout.slots:
        for wrapper in (c for c in tree.children if isinstance(c, Element) and "col-header" not in c.classes):
            if own_class:
                wrapper.add_class(*own_class.split())
        own_class = class_value(frontmatter.get("layoutClass"))
    root_class = " ".join(c for c in (layout.root_class, "" if layout.image else own_class) if c)
    root_attrs = {"class": root_class} if root_class else {}
    source = frontmatter.get("image") if layout.background == "image" else frontmatter.get("background")
    style = _background_style(source, layout, slide, policy, warnings)
    if style:
        root_attrs["style"] = style
    if frontmatter.get("lang"):
        root_attrs["lang"] = str(frontmatter["lang"])
    trim_block_edges(tree)
    keep_paragraph_nesting(tree)
    content = serialize(tree, keep_attr=is_html_attribute)
    if layout.inner_class:
        inner = layout.inner_class
        if layout.image:
            inner = " ".join(c for c in (inner, own_class) if c)
        content = f'<div class="{inner}">{content}</div>'
    if layout.image:
        if layout.pane == "iframe":
            pane = _iframe_card(frontmatter.get("url"))
        else:
            pane_style = _image_style(frontmatter.get("image"), frontmatter.get("backgroundSize"), slide, policy, warnings)
            pane = f'<div class="slidepdf-image-pane" style="{html.escape(pane_style, quote=True)}"></div>'
        content = pane if layout.image == "full" else pane + content if layout.image == "left" else content + pane
    attrs = "".join(f' {name}="{html.escape(value, quote=True)}"' for name, value in root_attrs.items())
    return f"<div{attrs}>{content}</div>"


_BLOCK_TAGS = frozenset("div p h1 h2 h3 h4 h5 h6 li ul ol section article header footer main nav aside "
                        "blockquote figure figcaption td th dd dt dl table tr tbody thead".split())
_INLINE_CLASSES = frozenset(("inline", "contents"))


def trim_block_edges(element: Element) -> None:
    """Drop the whitespace a block starts and ends with (`<div>\n  text\n</div>`).

    CSS collapses it anyway, but WeasyPrint 70 counts it when sizing flex items, so a
    flex item's text wrapped a word early ("Dependency / Hell"). Blocks only: inside an
    inline element the edges are real spaces. Code (`pre`) is left as it is.
    """
    for child in element.children:
        if not isinstance(child, Element) or child.tag.lower() in ("pre", "script", "style", "textarea", "svg"):
            continue
        if child.tag.lower() in _BLOCK_TAGS and not (_INLINE_CLASSES & set(child.classes)) \
                and "white-space" not in (child.get("style") or "") \
                and not any(c.startswith(("whitespace-", "ws-")) for c in child.classes):
            nodes = child.children
            if nodes and isinstance(nodes[0], Text):
                nodes[0] = Text(line=nodes[0].line, text=nodes[0].text.lstrip(" \t\n\r\f"))
            if nodes and isinstance(nodes[-1], Text):
                nodes[-1] = Text(line=nodes[-1].line, text=nodes[-1].text.rstrip(" \t\n\r\f"))
        trim_block_edges(child)


def _iframe_card(url) -> str:
    """A page that was live in the talk: its address, linked, and a QR code to open it."""
    from .qr import link_card

    return link_card(str(url or ""))


def _image_style(image: Any, size: Any, slide: Slide, policy: AccessPolicy, warnings: WarningLog) -> str:
    """The `image:` of image-left/right as its half's background (handleBackground, no dimming)."""
    if not image or not isinstance(image, str):
        return ""
    asset = resolve_asset_ref(image.strip(), slide.file.parent, policy, warnings, slide.location)
    if not asset.usable:
        return ""
    return f'background-image: url("{asset.url}"); background-size: {size if isinstance(size, str) else "cover"}'


def _background_style(background: Any, layout: LayoutShape, slide: Slide, policy: AccessPolicy,
                      warnings: WarningLog) -> str:
    """Slidev's handleBackground for layouts that take `background:` (the cover) or `image:`."""
    if not background or not layout.background or not isinstance(background, str):
        return ""
    value = background.strip()
    if value.startswith(("#", "rgb", "hsl")):
        return f"background: {value}"
    asset = resolve_asset_ref(value, slide.file.parent, policy, warnings, slide.location)
    if not asset.usable and layout.background != "dim":
        return ""
    # an image that cannot be had (remote, missing) is left out, but the cover's dimming
    # and white text stay, as in a browser whose image failed to load
    images = [f'url("{asset.url}")'] if asset.usable else []
    if layout.background == "dim":
        images.insert(0, "linear-gradient(#0005, #0008)")
    image = ", ".join(images)
    size = slide.effective_frontmatter.get("backgroundSize")
    size = size if layout.background == "image" and isinstance(size, str) else "cover"
    colour = "color: white; " if layout.background == "dim" else ""
    return (f"{colour}background-image: {image}; background-repeat: no-repeat; "
            f"background-position: center; background-size: {size}")


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


def build_documents(pages: list["Page"], css: str, meta: DocumentMeta, dark: bool,
                    backgrounds: dict[int, str] | None, options: DocumentOptions,
                    chunks: list[range]) -> list[str]:
    """The document cut into one document per range of page indexes, rendered apart and joined
    after (memory stays flat as a deck grows). Every internal link becomes a `CHUNK_LINK` URI,
    which the join turns into a jump to slide N's first page; the outline is made at the join."""
    sections = page_sections(pages, backgrounds, DocumentOptions(outline=False, qr=options.qr))
    present = {page.anchor for page in pages}

    def link(match: re.Match) -> str:
        return f' href="{CHUNK_LINK}{match[1]}"' if f"slide-{match[1]}" in present else ""

    body = [re.sub(r'\shref="#slide-(\d+)"', link, _internal_links(section, pages)) for section in sections]
    return [html_document(meta, css, dark, "".join(body[chunk.start:chunk.stop])) for chunk in chunks]


CHUNK_LINK = "https://slidepdf.invalid/slide/"      # resolved when chunks are joined


def build_document(pages: list["Page"], css: str, meta: DocumentMeta, dark: bool,
                   backgrounds: dict[int, str] | None = None, options: DocumentOptions = DocumentOptions()) -> str:
    """One HTML document: metadata in <head> (WeasyPrint maps it to the PDF's), a section per page.
    `backgrounds` maps a slide number to an image URL drawn under its content (global layers)."""
    return html_document(meta, css, dark, _internal_links("".join(page_sections(pages, backgrounds, options)), pages))


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


def page_sections(pages: list["Page"], backgrounds: dict[int, str] | None = None,
                  options: DocumentOptions = DocumentOptions()) -> list[str]:
    """The `<section>` of each page: its layer background, its markup, its outline marker and
    (first and last page) the QR stamp."""
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
        background = (backgrounds or {}).get(page.slide.no)
        layer = (f' style="background: url(&quot;{background}&quot;) 0 0 / 100% 100% no-repeat"'
                 if background else "")
        sections.append(
            f'<section class="slidev-page slidev-page-{page.slide.no}" id="{page.anchor}" '
            f'data-slide="{page.slide.no}" data-click="{page.click}" data-clicks-total="{page.total_clicks}" '
            f'data-title="{title}">'
            f'<div class="slidev-page-content"{layer}>{page.html}{marks}</div></section>'
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


def plain_title(title: str) -> str:
    """A slide title as text: markup and math delimiters left out."""
    text = html.unescape(re.sub(r"<[^>]+>", "", title)).replace("$", "")
    return " ".join(re.sub(r"\\([A-Za-z]+)", r"\1", text).split())      # \LaTeX → LaTeX


def outline_entry(slide: Slide) -> tuple[int, str] | None:
    """The slide's (level, title) in the PDF outline, or None (`hideInToc`, no title)."""
    title = plain_title(slide.title or "")
    if slide.effective_frontmatter.get("hideInToc") or not title:
        return None
    return max(1, int(slide.level or 1)), title


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
    from .qr import qr_svg

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


def pdf_date(moment: datetime) -> str:
    """A date as the PDF's /CreationDate writes it (as WeasyPrint writes the one it is given)."""
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    return f"D:{moment.strftime('%Y%m%d%H%M%S')}{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}"


def creation_date(deck: Deck, source_date_epoch: str | None) -> datetime:
    """Reproducible: SOURCE_DATE_EPOCH when set, else the newest mtime of the deck's sources."""
    if source_date_epoch and source_date_epoch.strip().isdigit():
        return datetime.fromtimestamp(int(source_date_epoch), tz=timezone.utc)
    newest = max(int(path.stat().st_mtime) for path in deck.files)
    return datetime.fromtimestamp(newest, tz=timezone.utc)
