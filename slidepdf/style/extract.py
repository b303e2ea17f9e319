"""extract: find a page tree's utilities and icons, as UnoCSS's extractors and Slidev's icon
components see them, and make the tree ready for WeasyPrint.

- `class` tokens, with variant groups expanded (`flex-(~ col)` → `flex flex-col`);
- attributify: a valueless attribute that is a utility (`<div flex items-center>`) and each
  token of a valued one (`text="[#5791f7] sm"` → `text-[#5791f7] text-sm`, `~` = the name
  itself) become classes, and the attribute goes, so only class selectors are needed;
- icon classes (`i-carbon:close`) get the icon as inline SVG content; icon components
  (`<carbon-edit/>`, `<mdi:github/>`) become a `slidev-icon` span holding the SVG.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from ..theme.icons import Icon, IconLibrary
from ..vue.template import Element, Raw
from .filters import ImageFilters, image_filters
from ..textutil import split_top_level
from .gradients import TEXT_GRADIENT, dominant_color, first_gradient
from .generate import SLIDEV_SHORTCUTS, StyleContext, expand_variant_groups, split_variants
from .values import color_string, parse_color

# preset-attributify leaves these alone when they carry a value.
_ATTRIBUTIFY_IGNORED = frozenset(("placeholder", "fill", "opacity", "stroke-opacity"))
# Attributes that are HTML's, never utilities, even where a rule would match their name.
_HTML_ATTRIBUTES = frozenset((
    "class", "style", "id", "src", "href", "alt", "title", "lang", "dir", "target", "rel", "name", "type",
    "value", "width", "height", "colspan", "rowspan", "data-title", "srcset", "sizes", "loading", "download",
    "role", "tabindex", "for", "action", "method", "content", "charset", "xmlns", "viewbox", "d", "points",
))
_INLINE_TAGS = frozenset(("span", "i", "a", "em", "strong", "b", "u", "small", "label", "code", "sup", "sub"))


@dataclass
class StyleTools:
    """What the utility pass needs for one export."""

    icons: IconLibrary
    is_utility: Callable[[str], bool]
    context: StyleContext
    images: ImageFilters


@dataclass
class PageUtilities:
    """What one page uses: utility tokens for the CSS, and icons that were not found."""

    tokens: set[str] = field(default_factory=set)
    missing_icons: set[str] = field(default_factory=set)


def attributify_tokens(name: str, value: str | None) -> list[str]:
    """The utilities an attribute stands for (not yet checked against the rules)."""
    if name in _HTML_ATTRIBUTES or name.startswith(("data-", "aria-", "xml", "on")):
        return []
    name = name.removeprefix("un-")
    if value is None or value == "":
        return [name]
    if name in _ATTRIBUTIFY_IGNORED:
        return []
    tokens = []
    for part in re.split(r"[\s'\"`;]+", expand_variant_groups(value)):
        if not part:
            continue
        variants, _, body = part.rpartition(":") if re.match(r"^[\w\-<>~@]+:", part) and not part.startswith("[") else ("", "", part)
        prefix = f"{variants}:" if variants else ""
        important = ""
        if body.startswith("!"):
            important, body = "!", body[1:]
        if body in ("~", ""):
            tokens.append(f"{prefix}{important}{name}")
        elif body.startswith("-"):
            tokens.append(f"{prefix}{important}-{name}-{body[1:]}")
        else:
            tokens.append(f"{prefix}{important}{name}-{body}")
    return tokens


def apply_utilities(tree: Element, tools: StyleTools) -> PageUtilities:
    """Rewrite `tree` in place: attributify → classes, icons → inline SVG, filtered images.
    Returns the tokens the page's CSS needs and the icons that were not found."""
    found = PageUtilities()
    _walk(tree, tools, found)
    return found


def _walk(element: Element, tools: StyleTools, found: PageUtilities) -> None:
    for index, child in enumerate(element.children):
        if not isinstance(child, Element):
            continue
        if child.tag == "pre":
            continue            # code: its spans are highlighting, not utilities
        component = _icon_component(child, tools.icons)
        if component is not None:
            element.children[index] = child = component
        _utilities(child, tools, found)
        if child.tag.lower() not in ("svg", "script", "style"):
            _walk(child, tools, found)


def _utilities(element: Element, tools: StyleTools, found: PageUtilities) -> None:
    icons, is_utility = tools.icons, tools.is_utility
    classes = expand_variant_groups(element.attrs.get("class") or "").split()
    for name in list(element.attrs):
        if name == "class" or element.tag.lower() == "svg":
            continue
        candidates = attributify_tokens(name, element.attrs[name])
        if not candidates:
            continue
        utilities = [token for token in candidates if is_utility(token) or icons.parse_class(token)]
        if utilities and len(utilities) == len(candidates):
            del element.attrs[name]
        classes.extend(token for token in utilities if token not in classes)
    icon_added = False
    for token in classes:
        parsed = icons.parse_class(split_variants(token)[1]) if "i-" in token else None
        if parsed is not None:
            icon = icons.icon(*parsed)
            if icon is None:
                found.missing_icons.add(token)
                continue
            if not icon_added:
                _fill_with_icon(element, icon, icons, classes)
                icon_added = True
            found.tokens.add(token)
        elif is_utility(token):
            found.tokens.add(token)
    if classes:
        element.attrs["class"] = " ".join(classes)
        _print_fixes(element, _expand_shortcuts(classes, tools.context))
        if element.tag.lower() == "img":
            filters = image_filters(classes, tools.context)
            if filters and tools.images.apply(element, filters):
                found.tokens.difference_update(t for t in classes if image_filters([t], tools.context))


_GRADIENT_DIRECTION = re.compile(r"^bg-gradient-to-([rltb]{1,2})$")
_STOP = re.compile(r"^(from|via|to)-(.+)$")
_STOP_POSITION = re.compile(r"^(from|via|to)-([\d.]+)%$")
_CLIP_TEXT = re.compile(r"background-clip\s*:\s*text")
_FIRST_COLOR = re.compile(r"#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)|hsla?\([^)]*\)")
_SIDES = {"t": "top", "b": "bottom", "l": "left", "r": "right"}
_SHRINK = frozenset(("w-fit", "w-max", "w-min", "size-fit"))
_AUTO_MARGIN = frozenset(("mx-auto", "m-auto", "ma", "mxa", "ml-auto", "mr-auto"))   # an inline box cannot use them
_DISPLAYS = re.compile(r"^(?:flex|inline-flex|flex-inline|grid|inline-grid|inline|inline-block|block|hidden|contents|"
                       r"table(?:-.+)?|inline-table|list-item|flow-root)$")


def _expand_shortcuts(classes: list[str], context: StyleContext, depth: int = 0) -> list[str]:
    shortcuts = {**SLIDEV_SHORTCUTS, **dict(context.shortcuts)}
    out: list[str] = []
    for token in classes:
        if token in shortcuts and depth < 5:
            out.extend(_expand_shortcuts(expand_variant_groups(shortcuts[token]).split(), context, depth + 1))
        else:
            out.append(token)
    return out


def _print_fixes(element: Element, classes: list[str]) -> None:
    """What WeasyPrint cannot read from UnoCSS's CSS, written on the element itself:
    gradients (UnoCSS's three-deep variable chain draws nothing there) as one literal
    `linear-gradient`; gradient text (`bg-clip-text text-transparent`: WeasyPrint would
    paint the box and hide the text) as text in the colour covering most of the gradient; and `w-fit`
    (no `fit-content` width) as a shrink-to-fit table box, or inline-flex box for a flex row."""
    plain = [c for c in classes if ":" not in c.split("[")[0] and not c.startswith("!")]
    style: list[str] = []
    direction = next((m[1] for c in plain if (m := _GRADIENT_DIRECTION.match(c))), None)
    stops = _gradient_stops(plain) if direction is not None else None
    # UnoCSS's gradient, as one literal value
    utility_gradient = f"linear-gradient(to {' '.join(_SIDES[c] for c in direction)}, " \
                       f"{', '.join(f'{c} {p}' for c, p in stops)})" if stops else None
    own_style = element.attrs.get("style") or ""
    if "bg-clip-text" in plain or _CLIP_TEXT.search(own_style):
        first = dominant_color(utility_gradient) if stops \
            else dominant_color(own_style) or (_FIRST_COLOR.search(own_style) or [None])[0]
        gradient = utility_gradient or first_gradient(own_style)
        if first:
            style += [f"color: {first}", "background: none"]
            if gradient:
                style.append(f"{TEXT_GRADIENT}: {gradient}")
            # the gradient and its clip are what WeasyPrint cannot read: leave them out
            own_style = "; ".join(d for d in (d.strip() for d in split_top_level(own_style, ";", "(", ")"))
                                  if d and not re.match(r"(?:-webkit-)?background(?:-image|-clip)?\s*:", d))
            element.attrs["style"] = own_style
    elif utility_gradient:
        style.append(f"background-image: {utility_gradient}")
    if _SHRINK & set(plain) and not any(_DISPLAYS.match(c) for c in plain):
        style.append("display: table")
    elif _SHRINK & set(plain) and "flex" in plain and not _AUTO_MARGIN & set(plain):
        # a flex row as wide as its content: WeasyPrint has no min-/max-/fit-content widths,
        # but lays an inline-flex box out shrink-to-fit
        style += ["display: inline-flex", "vertical-align: top"]
    if style:
        element.attrs["style"] = "; ".join(filter(None, [element.attrs.get("style") or "", *style]))


def _gradient_stops(classes: list[str]) -> list[tuple[str, str]] | None:
    """(colour, position) from `from-*`, `via-*`, `to-*` (and `from-10%` …), as UnoCSS's
    variables would resolve them: `from-x` alone fades to x, transparent."""
    stops: dict[str, str] = {}
    positions = {"from": "0%", "via": "50%", "to": "100%"}
    for token in classes:
        if position := _STOP_POSITION.match(token):
            positions[position[1]] = f"{position[2]}%"
        elif stop := _STOP.match(token):
            color = parse_color(stop[2])
            if color is not None:
                stops[stop[1]] = color_string(color, color.opacity if color.opacity is not None else color.alpha or "1")
                if stop[1] == "from" and color.rgb is not None:
                    stops.setdefault("to", color_string(color, "0"))
    if "from" not in stops:
        return None
    order = ["from", "via", "to"] if "via" in stops else ["from", "to"]
    return [(stops.get(name, "rgb(255 255 255 / 0)"), positions[name]) for name in order]


_WIDTH_UTILITY = re.compile(r"^(?:[\w-]+:)*!?(?:w|size)-")


def _fill_with_icon(element: Element, icon: Icon, icons: IconLibrary, classes: list[str]) -> None:
    """The icon as the element's content: UnoCSS draws it as the element's background or mask.
    `classes`: the element's utilities, attributify ones included."""
    # mask-size / background-size 100% 100% over an SVG with a viewBox: the icon fills its box at its
    # own shape, centred (Chromium draws a 64 px box of the 1.53:1 Nuxt logo 64 × 42)
    element.children = [Raw(html=icons.svg(icon, ' class="slidepdf-icon-svg"'))]
    style = element.attrs.get("style") or ""
    extra = []
    if element.tag.lower() in _INLINE_TAGS:
        extra.append("display: inline-block")   # an inline box has no size: keep the icon visible
    sized = any(_WIDTH_UTILITY.match(name) for name in classes) or "w" in element.attrs
    if icon.width != icon.height and not sized:
        extra.append(f"width: {icon.width_em}em")      # the icon rule's width, also for deck icon sets
    if extra:
        element.attrs["style"] = "; ".join(filter(None, [*extra, style]))


def _svg_node(icon: Icon, icons: IconLibrary) -> Raw:
    return Raw(html=icons.svg(icon, ' class="slidepdf-icon-svg"'))


def _icon_component(element: Element, icons: IconLibrary) -> Element | None:
    """unplugin-icons: `<carbon-edit class="…"/>` → `<span class="slidev-icon …"><svg/></span>`."""
    tag = element.tag
    if "-" not in tag and ":" not in tag:
        return None
    parsed = icons.parse_component(tag.lower())
    if parsed is None:
        return None
    icon = icons.icon(*parsed)
    if icon is None:
        return None
    replacement = Element(tag="span", line=element.line, attrs=dict(element.attrs), props=element.props,
                          directives=element.directives)
    replacement.add_class("slidev-icon")
    size = f"width: {1.2 * float(icon.width_em):.4g}em; height: 1.2em"
    replacement.attrs["style"] = "; ".join(filter(None, [size, element.attrs.get("style")]))
    replacement.children = [_svg_node(icon, icons)]
    return replacement
