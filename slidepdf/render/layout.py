"""One slide's page: its layout (a theme's or the deck's), slots filled with the slide's Markdown,
frame, background and image styles, as Slidev's `SlideContainer` and layout components draw them."""
from __future__ import annotations

import html
from typing import Any

from markdown_it import MarkdownIt

from ..assets import resolve_asset_ref
from ..errors import WarningLog
from ..markdown.render import render_slots
from ..model import Slide
from ..policy import AccessPolicy
from ..markdown.snippets import expand_snippets
from ..vue.template import Element, Node, Text, parse_template, replace_elements, serialize
from ..theme.themes import LayoutShape

_VUE_ONLY_PREFIXES = ("v-", ":", "@", "#")


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
    scripts: list[Element] = []
    for wrapper_class, name in layout.slots:
        slot_scripts, children = _scripts_taken_out(_parse_slot(slots.get(name, ""), slide, warnings).children)
        scripts += slot_scripts
        root.children.append(Element(tag="div", line=1, attrs={"class": wrapper_class}, children=children))
    root.children[:0] = scripts
    return root


def _scripts_taken_out(children: list) -> tuple[list[Element], list]:
    """(the slot's top-level `<script>` blocks, the rest): Slidev compiles a slide's Markdown
    into one component whose `<script setup>` is the slide's, wherever the layout puts the slot,
    so a script at the top of a slot stays at the top of the slide, not inside the layout."""
    scripts = [child for child in children if isinstance(child, Element) and child.tag.lower() == "script"]
    return scripts, [child for child in children if not any(child is script for script in scripts)]


def _component_layout(layout: LayoutShape, slots: dict[str, str], slide: Slide, warnings: WarningLog) -> Element:
    """A deck's `layouts/<name>.vue`: its template, each `<slot>` filled with the slide's
    content for that slot (`::name::`), or its own fallback content."""
    from ..components.layers import scoped_copy

    root = Element(tag="#root", line=1, children=scoped_copy(layout.component))
    offered = {e.attrs.get("name") or "default" for e in root.elements() if e.tag == "slot"}
    for name in slots:
        if name not in offered and slots[name].strip():
            warnings.add("slot", f"slot ::{name}:: is not drawn by layout '{layout.name}'", slide.location)
    parsed, scripts = {}, []
    for name, body in slots.items():
        if body.strip():
            slot_scripts, parsed[name] = _scripts_taken_out(_parse_slot(body, slide, warnings).children)
            scripts += slot_scripts
    replace_elements(root, lambda e: e.tag == "slot", lambda e: parsed.get(e.attrs.get("name") or "default") or e.children)
    root.children[:0] = scripts
    return root


def _parse_slot(body: str, slide: Slide, warnings: WarningLog) -> Element:
    from ..errors import DeckError
    from ..vue.template import TemplateTooDeep

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
    block fills the slide: `h-full` resolves); one that also holds text is written as a
    `<slidepdf-p>` (class `slidepdf-p` for the bundled themes' rules), so the block stays inside
    it as in the DOM Vue builds; a deck's own `p` selectors select it too
    (`style.deckcss.paragraph_selector`)."""
    def fix(element: Element) -> list[Node]:
        content = [c for c in element.children if not (isinstance(c, Text) and not c.text.strip())]
        if len(content) == 1 and isinstance(content[0], Element) and content[0].tag.lower() in _CLOSES_P:
            return content
        element.tag = "slidepdf-p"
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
    flex item's text wrapped a word early ("Dependency / Hell", a button's label). Blocks and
    inline blocks (a printed `<button>`) only: inside an inline element the edges are real
    spaces. Code (`pre`) is left as it is.
    """
    for child in element.children:
        if not isinstance(child, Element) or child.tag.lower() in ("pre", "script", "style", "textarea", "svg"):
            continue
        own_box = child.tag.lower() in _BLOCK_TAGS or {"inline-block", "slidepdf-button"} & set(child.classes)
        if own_box and not (_INLINE_CLASSES & set(child.classes)) \
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
    from ..components.qr import link_card

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

