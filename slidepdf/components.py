"""components: Slidev's built-in components, rendered statically.

After evaluation (props are values) and before the click stage (a component's content may
hold `v-click`), each built-in becomes the markup Slidev's component renders for print:
`<Toc>`, `<Link>`, `<SlideCurrentNo>`, `<SlidesTotal>`, `<LightOrDark>`, `<RenderWhen>`,
`<Transform>`, `<Arrow>`. Unknown components are left to later stages.
"""
from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass
from typing import Any

from .model import Deck
from .template import Element, Node, Raw, Text, component_name, replace_elements, slot_name


@dataclass(frozen=True)
class ComponentContext:
    deck: Deck
    slide_no: int
    dark: bool
    library: "DeckComponents | None" = None


@dataclass
class DeckComponent:
    """A deck's `components/<Name>.vue`: its template and its props' defaults."""

    name: str
    template: Element
    defaults: dict[str, Any]
    has_logic: bool             # a script beyond defineProps: its values are not available
    props: frozenset[str] | None = None     # declared prop names; None: no defineProps at all
    css: str = ""               # its <style> blocks, scoped to its own elements when `scoped`
    scope: str = ""             # the attribute marking its own elements (Vue's data-v-*)
    script: str = ""            # its <script setup>, ready for the sandbox (Vue imports shimmed)
    script_names: tuple[str, ...] = ()
    path: Any = None


class DeckComponents:
    """The deck's own Vue components, read once each through the access policy, rendered with
    the same template engine (props as local names, slots filled with the caller's content)."""

    def __init__(self, deck: Deck, policy, engine, warnings):
        self.folders = [f / "components" for f in dict.fromkeys((deck.folder, deck.root)) if (f / "components").is_dir()]
        self.policy, self.engine, self.warnings = policy, engine, warnings
        self._loaded: dict[str, DeckComponent | None] = {}
        self.used_css: dict[str, None] = {}     # the styles of components drawn so far, in order
        self.failed_scripts: set[str] = set()   # reported once each

    def find(self, tag: str) -> DeckComponent | None:
        pascal = "".join(part[:1].upper() + part[1:] for part in re.split(r"[-_]", tag))
        if pascal in self._loaded:
            return self._loaded[pascal]
        component = None
        for folder in self.folders:
            path = folder / f"{pascal}.vue"
            if path.is_file():
                component = self._read(pascal, path)
                break
        self._loaded[pascal] = component
        return component

    def _read(self, name: str, path) -> DeckComponent | None:
        return load_component(name, path, self.policy, self.engine, self.warnings)


def load_component(name: str, path, policy, engine, warnings) -> DeckComponent | None:
    """A `.vue` file of the deck (component, layout or global layer): its template, props'
    defaults, declared props and styles. Its script is not run; when it computes something,
    one warning says so."""
    from .errors import SlidepdfError, SourceLocation
    from .jsengine import ExpressionError
    from .template import parse_template

    try:
        source = policy.read_text(path)
    except SlidepdfError:
        return None
    template = re.search(r"<template>(.*)</template>", source, re.S)
    if not template:
        return None
    script = "".join(re.findall(r"<script[^>]*>(.*?)</script>", source, re.S))
    defaults: dict[str, Any] = {}
    literal = re.search(r"withDefaults\(\s*defineProps[^)]*\)\s*,\s*(\{.*?\})\s*\)", script, re.S) \
        or re.search(r"defineProps\(\s*(\{.*?\})\s*\)", script, re.S)
    if literal:
        try:
            found = engine.evaluate(
                "(o => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v && typeof v === 'object' && "
                "!Array.isArray(v) && 'default' in v ? (typeof v.default === 'function' ? v.default() : v.default)"
                f" : (typeof v === 'function' || (v && typeof v === 'object' && 'type' in v) ? undefined : v)])))({literal[1]})")
            defaults = found if isinstance(found, dict) else {}
        except ExpressionError:
            defaults = {}
    logic = re.sub(r"(?s)withDefaults\(.*?\)\s*\)|defineProps(<.*?>)?\(.*?\)|import[^\n]*\n|//[^\n]*", "", script)
    has_logic = bool(re.search(r"\b(const|let|function|computed|ref)\b", logic))
    runnable, names, problem = sandbox_script(source) if has_logic else ("", (), None)
    if problem:
        warnings.add("component", f"component {name}: its script is not run ({problem}); values it computes "
                                  "are undefined", SourceLocation(path))
    scope = f"data-v-{name.lower()}"
    css = "\n".join(_component_styles(source, scope))
    from .template import TemplateTooDeep

    try:
        tree = parse_template(template[1])[0]
    except TemplateTooDeep as exc:
        warnings.add("component", f"component {name}: {exc}; not drawn", SourceLocation(path))
        return None
    return DeckComponent(name, tree, defaults, has_logic,
                         _declared_props(script), css, scope, runnable, names, path)


_VUE_IMPORT = re.compile(r"^[ \t]*import\s*\{([^}]*)\}\s*from\s*['\"]vue['\"][ \t]*;?", re.M)
_TYPE_IMPORT = re.compile(r"^\s*import\s+type\b[^\n]*\n", re.M)
_ANY_IMPORT = re.compile(r"^\s*import\b[^\n]*?(?:from\s*)?['\"]([^'\"]+)['\"]", re.M)


def sandbox_script(source: str) -> tuple[str, tuple[str, ...], str | None]:
    """A component's `<script setup>` as the sandbox runs it: imports from 'vue' become
    slidepdf's shims, type-only imports go; any other import means it cannot run.
    Returns (source, top-level names, why not)."""
    from .evaluate import _TOP_LEVEL_NAME

    setup = [body for attrs, body in re.findall(r"<script([^>]*)>(.*?)</script>", source, re.S) if "setup" in attrs]
    if not setup:
        return "", (), "only `<script setup>` is run, not the options API"
    body = _TYPE_IMPORT.sub("", "\n".join(setup))
    body = _VUE_IMPORT.sub(lambda m: "const {" + re.sub(r"\bas\b", ":", m[1]) + "} = __vue;", body)
    other = _ANY_IMPORT.search(body)
    if other:
        return "", (), f"it imports '{other[1]}', which slidepdf does not load"
    return body, tuple(dict.fromkeys(m[1] or m[2] for m in _TOP_LEVEL_NAME.finditer(body))), None


def _declared_props(script: str) -> frozenset[str] | None:
    """The prop names a `<script setup>` declares (runtime object or array, or a TypeScript
    type literal), so that every other attribute falls through to the root as in Vue."""
    declared = re.search(r"defineProps\s*(?:<\s*\{(?P<type>.*?)\}\s*>)?\s*\((?P<args>.*?)\)\s*[\n;,)]", script, re.S)
    if not declared:
        return None
    names: set[str] = set()
    if declared["type"]:
        names.update(re.findall(r"(?:^|[;,\n{])\s*['\"]?([A-Za-z_$][\w$-]*)['\"]?\s*\??\s*:", declared["type"]))
    args = declared["args"].strip()
    if args.startswith("["):
        names.update(re.findall(r"['\"]([^'\"]+)['\"]", args))
    elif args.startswith("{"):
        depth = 0
        for match in re.finditer(r"[{}]|(?P<key>['\"]?[A-Za-z_$][\w$-]*['\"]?)\s*:", args):
            if match[0] == "{":
                depth += 1
            elif match[0] == "}":
                depth -= 1
            elif depth == 1:
                names.add(match["key"].strip("'\""))
    return frozenset(names)


def _component_styles(source: str, scope: str) -> list[str]:
    """The CSS of a component's `<style>` blocks; `scoped` ones apply only to elements the
    component's own template made (marked with `scope`), as Vue's compiler arranges."""
    from .style.deckcss import scope_to_attribute

    styles = []
    for attrs, text in re.findall(r"<style([^>]*)>(.*?)</style>", source, re.S):
        if re.search(r"\blang=['\"](?!css|postcss)", attrs):
            continue                    # Sass/Less/Stylus need their compilers
        styles.append(scope_to_attribute(text, scope) if re.search(r"\bscoped\b", attrs) else text)
    return styles


def _prop(element: Element, name: str, default: Any = None) -> Any:
    for key in (name, re.sub(r"([A-Z])", lambda m: "-" + m[1].lower(), name)):
        if key in element.props:
            return element.props[key]
        if key in element.attrs:
            value = element.attrs[key]
            return True if value is None else value
    return default


def render_builtins(tree: Element, context: ComponentContext) -> None:
    """Replace built-in components in `tree` (in place) with their printed markup."""
    tree.children = _children(tree.children, context)


def _children(nodes: list[Node], context: ComponentContext) -> list[Node]:
    out: list[Node] = []
    for node in nodes:
        if not isinstance(node, Element):
            out.append(node)
            continue
        apply_drag_directive(node, context)
        if node.tag.lower() == "button":
            # WeasyPrint draws <button> as a full-width form control and drops its content;
            # on paper a button is only what it shows
            node.tag = "span"
            node.add_class("slidepdf-button")
        # `<link>` is HTML's own element; only `<Link>` is the component (Vue checks native tags first)
        renderer = None if node.tag == "link" else _RENDERERS.get(component_name(node.tag))
        if renderer is None and "slidev-code-wrapper" in node.classes:
            _code_block(node, context)
        if renderer is None and context.library is not None and _is_component_tag(node.tag):
            component = context.library.find(node.tag)
            if component is not None:
                out.extend(_deck_component(node, component, context))
                continue
            if node.tag[:1].isupper():           # a Vue component slidepdf cannot draw: its content stays
                context.library.warnings.add(
                    "component", f"slide {context.slide_no}: <{node.tag}> is not a built-in or a deck component; "
                                 "only its content is drawn")
        if renderer is None:
            node.children = _children(node.children, context)
            out.append(node)
            continue
        out.extend(renderer(node, context))
    return out


_HTML_TAGS = frozenset("""a abbr address area article aside audio b base bdi bdo blockquote body br button canvas
caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure
footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main map mark menu
meta meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script
section select slot small source span strong style sub summary sup table tbody td template textarea tfoot th thead
time title tr track u ul var video wbr svg""".split())


def _is_component_tag(tag: str) -> bool:
    return tag not in _HTML_TAGS and ":" not in tag     # case-sensitive, as Vue's isHTMLTag: <Title> is a component


def _camel(name: str) -> str:
    return re.sub(r"-([a-z])", lambda m: m[1].upper(), name)


def _deck_component(element: Element, component: DeckComponent, context: ComponentContext) -> list[Node]:
    props = dict(component.defaults)
    declared_props = tuple(component.props or ())
    for name, value in element.attrs.items():
        if name in ("class", "style") or name.startswith(("#", "v-")):
            continue
        if component.props is None or _camel(name) in declared_props or name in declared_props:
            props[_camel(name)] = True if value is None else value
    for name, value in element.props.items():
        props[_camel(name)] = value
    rendered, problems = _instantiate_component(component, props, context)
    if component.scope:
        for own in rendered.elements():
            own.attrs.setdefault(component.scope, "")
    if component.css:
        context.library.used_css.setdefault(component.css, None)
    # a component whose script could not run was reported once; its expressions fail with it
    script_missing = component.has_logic and (not component.script or component.name in context.library.failed_scripts)
    for problem in [] if script_missing else problems:
        context.library.warnings.add("expression", f"slide {context.slide_no}: component {component.name}: "
                                                   f"`{problem.expression}` failed: {problem.message}")
    _fill_slots(rendered, element)
    roots = [c for c in rendered.children if isinstance(c, Element)]
    if len(roots) == 1:                     # Vue's attribute fallthrough onto a single root
        root = _carry_attrs(element, roots[0], declared_props)
        root.directives = [*root.directives, *element.directives]
    return _children(rendered.children, context)


def _instantiate_component(component: DeckComponent, props: dict[str, Any], context: ComponentContext):
    """The component's template evaluated with its props and, when it has one, what its
    script set up (run in the sandbox for this instance)."""
    from .errors import SourceLocation
    from .evaluate import instantiate_with
    from .jsengine import ExpressionError

    engine = context.library.engine
    pushed = False
    if component.script:
        try:
            engine.push_component(component.script, list(component.script_names), props)
            pushed = True
        except ExpressionError as exc:
            if component.name in context.library.failed_scripts:
                return instantiate_with(component.template, engine, {**props, "$props": props})
            context.library.failed_scripts.add(component.name)
            context.library.warnings.add(
                "component", f"component {component.name}: its script failed ({exc.message}); values it "
                             "computes are undefined", SourceLocation(component.path) if component.path else None)
    try:
        return instantiate_with(component.template, engine, {**props, "$props": props})
    finally:
        if pushed:
            engine.pop_component()


def _fill_slots(tree: Element, caller: Element) -> None:
    named = {}
    default = []
    for child in caller.children:
        slot = slot_name(child) if isinstance(child, Element) else None
        if slot:
            named[slot] = child.children
            continue
        default.append(child)

    def content(slot: Element) -> list[Node]:
        name = slot.attrs.get("name") or "default"
        given = default if name == "default" else named.get(name)
        return given if given else slot.children        # else the slot's fallback content

    replace_elements(tree, lambda e: e.tag == "slot", content)


def _code_block(element: Element, context: ComponentContext) -> None:
    """CodeBlockWrapper's print markup: line numbers (`lines`, else the deck's `lineNumbers`,
    counted from `startLine`), `maxHeight`, and the `[title]` bar above the code."""
    lines = element.props.get("lines", context.deck.config.line_numbers)
    if lines is True or lines == "true":
        element.add_class("slidev-code-line-numbers")
        start = element.props.get("startLine", 1)
        try:
            start = int(start)
        except (TypeError, ValueError):
            start = 1
        if start != 1:
            style = element.attrs.get("style") or ""
            element.attrs["style"] = "; ".join(filter(None, [style, f"--start: {start}"]))
            for code in (e for e in element.elements() if e.tag == "code"):
                code.attrs["style"] = f"counter-reset: step {start - 1}"
    max_height = element.props.get("maxHeight")
    if isinstance(max_height, (str, int, float)) and str(max_height).strip():
        # on screen it scrolls; on paper the first lines show, the rest is cut
        value = f"{max_height}px" if isinstance(max_height, (int, float)) else str(max_height)
        style = element.attrs.get("style") or ""
        element.attrs["style"] = "; ".join(filter(None, [style, f"max-height: {value}", "overflow: hidden"]))
    title = element.attrs.get("data-title")
    if title and not any(isinstance(c, Element) and "slidev-code-block-title" in c.classes for c in element.children):
        # `~text~` in a title is an icon hint in Slidev; the text itself is what shows
        bar = Element(tag="div", attrs={"class": "slidev-code-block-title"},
                      children=[Element(tag="div", attrs={"class": "leading-1em"},
                                        children=[Text(text=re.sub(r"~([^~]+)~", "", title).strip())])])
        element.children.insert(0, bar)


def _slide_anchor(number: int) -> str:
    return f"#slide-{number}"


def _current_no(element: Element, context: ComponentContext) -> list[Node]:
    return [Text(line=element.line, text=str(context.slide_no))]


def _total(element: Element, context: ComponentContext) -> list[Node]:
    return [Text(line=element.line, text=str(len(context.deck.slides)))]


def _link(element: Element, context: ComponentContext) -> list[Node]:
    target = _prop(element, "to", "")
    href = _slide_anchor(int(target)) if str(target).isdigit() else str(target)
    anchor = Element(tag="a", line=element.line, attrs={"href": href}, directives=element.directives)
    if element.attrs.get("class"):
        anchor.attrs["class"] = element.attrs["class"]
    anchor.children = _children(element.children, context) or [Text(text=str(_prop(element, "title", target)))]
    return [anchor]


def _slot(element: Element, name: str) -> list[Node] | None:
    for child in element.children:
        if isinstance(child, Element) and slot_name(child) == name:
            return child.children
    return None


def _light_or_dark(element: Element, context: ComponentContext) -> list[Node]:
    chosen = _slot(element, "dark" if context.dark else "light")
    return _children(chosen or [], context)


def _render_when(element: Element, context: ComponentContext) -> list[Node]:
    wanted = _prop(element, "context", "visible")
    contexts = wanted if isinstance(wanted, list) else re.split(r"[\s,]+", str(wanted))
    # An export page is a visible slide in print mode (`$renderContext` 'slide').
    shown = any(c in ("print", "slide", "main", "visible") for c in contexts)
    if shown:
        return _children(_slot(element, "default") or element.children, context)
    return _children(_slot(element, "fallback") or [], context)


def _transform(element: Element, context: ComponentContext) -> list[Node]:
    scale = _prop(element, "scale", 1)
    origin = _prop(element, "origin", "top left")
    wrapper = Element(tag="div", line=element.line, directives=element.directives,
                      attrs={"style": f"transform: scale({scale}); transform-origin: {origin}",
                             **({"class": element.attrs["class"]} if element.attrs.get("class") else {})})
    wrapper.children = _children(element.children, context)
    return [wrapper]


def _toc(element: Element, context: ComponentContext) -> list[Node]:
    """Slidev's `<Toc>`: the slides' titles as nested lists, by `level`, linked to their pages."""
    min_depth = int(_prop(element, "minDepth", 1) or 1)
    max_depth = int(_prop(element, "maxDepth", math.inf) or math.inf) if _prop(element, "maxDepth") else math.inf
    entries = []
    for slide in context.deck.slides:
        if slide.effective_frontmatter.get("hideInToc") or not slide.title:
            continue
        level = slide.level or 1
        if min_depth <= level <= max_depth:
            entries.append((level, slide.no, slide.title))
    root = _carry_attrs(element, Element(tag="div", line=element.line, attrs={"class": "slidev-toc"},
                                         directives=element.directives), ("minDepth", "maxDepth", "columns", "mode", "listClass"))
    list_class = str(_prop(element, "listClass", "") or "")
    stack: list[tuple[int, Element]] = []
    for level, number, title in entries:
        while stack and stack[-1][0] > level:
            stack.pop()
        if not stack or stack[-1][0] < level:
            ordered = Element(tag="ol", attrs={"class": f"slidev-toc-list slidev-toc-list-level-{level} {list_class}".strip()})
            parent = stack[-1][1].children[-1] if stack and stack[-1][1].children else root
            parent.children.append(ordered)
            stack.append((level, ordered))
        item = Element(tag="li", attrs={"class": "slidev-toc-item" + (" slidev-toc-item-active" if number == context.slide_no else "")})
        item.children.append(Element(tag="a", attrs={"href": _slide_anchor(number)}, children=_title_nodes(title)))
        stack[-1][1].children.append(item)
    return [root]


def _title_nodes(title: str) -> list[Node]:
    """A title may hold inline Markdown/HTML (`$\\LaTeX$`, `<span>`): its text, with `$…$`
    left for the math stage to typeset."""
    nodes: list[Node] = []
    for index, part in enumerate(re.split(r"\$([^$]+)\$", re.sub(r"<[^>]+>", "", title))):
        if index % 2:
            nodes.append(Element(tag="span", attrs={"class": "slidepdf-math"}, children=[Text(text=part)]))
        elif part:
            nodes.append(Text(text=html.unescape(part)))
    return nodes


def _carry_attrs(source: Element, target: Element, props: tuple[str, ...] = ()) -> Element:
    """Vue's attribute fallthrough onto a built-in's root: class and style merged, other
    attributes (attributify utilities such as `text-sm`) copied, the component's props not."""
    for name, value in source.attrs.items():
        if name == "class" and value:
            target.add_class(*value.split())
        elif name == "style" and value:
            target.attrs["style"] = "; ".join(filter(None, [target.attrs.get("style"), value]))
        elif name not in props and _camel(name) not in props and not name.startswith(("#", "v-", ":", "@")):
            target.attrs.setdefault(name, value)
    return target


def _arrow(element: Element, context: ComponentContext) -> list[Node]:
    """Slidev's `<Arrow x1 y1 x2 y2 width color two-way>`: an absolutely placed SVG line."""
    def number(name: str, default: float = 0) -> float:
        try:
            return float(_prop(element, name, default))
        except (TypeError, ValueError):
            return default

    x1, y1, x2, y2 = number("x1"), number("y1"), number("x2"), number("y2")
    width = number("width", 2)
    color = str(_prop(element, "color", "currentColor"))
    two_way = bool(_prop(element, "twoWay", False))
    left, top = min(x1, x2) - 10 * width, min(y1, y2) - 10 * width
    w, h = abs(x2 - x1) + 20 * width, abs(y2 - y1) + 20 * width
    head = max(6.0, width * 4)

    def arrowhead(fx, fy, tx, ty) -> str:
        angle = math.atan2(ty - fy, tx - fx)
        points = [(tx, ty)] + [(tx - head * math.cos(angle + s * 0.45), ty - head * math.sin(angle + s * 0.45)) for s in (1, -1)]
        return " ".join(f"{px - left:.1f},{py - top:.1f}" for px, py in points)

    heads = f'<polygon points="{arrowhead(x1, y1, x2, y2)}" fill="{color}"/>'
    if two_way:
        heads += f'<polygon points="{arrowhead(x2, y2, x1, y1)}" fill="{color}"/>'
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w:.1f}" height="{h:.1f}" viewBox="0 0 {w:.1f} {h:.1f}">'
           f'<line x1="{x1 - left:.1f}" y1="{y1 - top:.1f}" x2="{x2 - left:.1f}" y2="{y2 - top:.1f}" '
           f'stroke="{color}" stroke-width="{width}" stroke-linecap="round"/>{heads}</svg>')
    box = Element(tag="div", line=element.line, directives=element.directives,
                  attrs={"class": " ".join(filter(None, ["slidev-arrow", element.attrs.get("class", "")])),
                         "style": f"position: absolute; left: {left:.1f}px; top: {top:.1f}px; "
                                  f"width: {w:.1f}px; height: {h:.1f}px"},
                  children=[Raw(html=svg)])
    return [box]


def _number(value: Any, default: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default


def _card(element: Element, address: str, label: str, width: Any, height: Any, extra_class: str) -> list[Node]:
    from .qr import link_card

    style = f"width: {_number(width, 300):g}px; height: {_number(height, 150):g}px"
    node = Element(tag="div", line=element.line, directives=element.directives,
                   attrs={"class": " ".join(filter(None, ["slidepdf-card-box", element.attrs.get("class", "")]))},
                   children=[Raw(html=link_card(address, label, style, extra_class))])
    return [node]


def _youtube(element: Element, context: ComponentContext) -> list[Node]:
    """`<Youtube id>`: the video's page, as a card (an iframe of the browser's default 300×150
    unless `width`/`height` are given)."""
    video = str(_prop(element, "id", "") or "")
    address = f"https://www.youtube.com/watch?v={video}" if video else ""
    return _card(element, address, f"youtube.com/watch?v={video}", _prop(element, "width"), _prop(element, "height"),
                 "slidepdf-youtube")


def _tweet(element: Element, context: ComponentContext) -> list[Node]:
    """`<Tweet id scale>`: the post's address as a card, scaled like Slidev's Transform."""
    post = str(_prop(element, "id", "") or "")
    address = f"https://x.com/i/status/{post}" if post else ""
    scale = _number(_prop(element, "scale", 1), 1)
    inner = Element(tag="Tweet", line=element.line, props=element.props)      # the card, without the caller's attrs
    card = _card(inner, address, f"x.com/i/status/{post}", 300, 150, "slidepdf-tweet")
    wrapper = Element(tag="div", line=element.line, directives=element.directives,
                      attrs={"style": f"transform: scale({scale:g}); transform-origin: top left"}, children=card)
    return [_carry_attrs(element, wrapper, ("id", "scale", "conversation", "cards"))]


def _qrcode(element: Element, context: ComponentContext) -> list[Node]:
    """`<QRCode value size>` (the props of Slidev's community QR addon): a vector QR code."""
    from .qr import qr_svg

    value = str(_prop(element, "value", "") or "")
    size = _number(_prop(element, "size", 200), 200)
    color = str(_prop(element, "color", "") or "#000000")
    background = str(_prop(element, "backgroundColor", _prop(element, "background", "")) or "#ffffff")
    box = Element(tag="div", line=element.line, directives=element.directives,
                  attrs={"class": " ".join(filter(None, ["slidepdf-qrcode", element.attrs.get("class", "")])),
                         "style": f"width: {size:g}px; height: {size:g}px; background: {background}"},
                  children=[Raw(html=qr_svg(value, color))] if value else [])
    return [box]


def _powered_by(element: Element, context: ComponentContext) -> list[Node]:
    """`<PoweredBySlidev>`: "Powered by" and Slidev's name, linked to sli.dev."""
    markup = ('<span class="slidepdf-powered-by">Powered by <a href="https://sli.dev" class="slidepdf-slidev-mark">'
              'Slidev</a></span>')
    return [_carry_attrs(element, Element(tag="span", line=element.line, directives=element.directives,
                                          children=[Raw(html=markup)]))]


def _auto_fit_text(element: Element, context: ComponentContext) -> list[Node]:
    """`<AutoFitText :max :min modelValue>`: fitty's font size, estimated from the text's
    length (about 0.55em per character) against the content width, within [min, max]."""
    children = _children(element.children, context)
    text = "".join(c.text_content() if isinstance(c, Element) else getattr(c, "text", "") for c in children).strip() \
        or str(_prop(element, "modelValue", "") or "")
    if not children:
        children = [Text(text=text)]
    longest = max((len(line) for line in text.splitlines()), default=0) or 1
    width = context.deck.config.canvas_width - 2 * 56          # the layout's padding (px-14)
    size = min(_number(_prop(element, "max", 100), 100),
               max(_number(_prop(element, "min", 30), 30), width / (0.55 * longest)))
    inner = Element(tag="div", line=element.line, attrs={"class": "slidev-auto-fit-text-inner",
                                                         "style": f"font-size: {size:.1f}px"}, children=children)
    return [Element(tag="div", line=element.line, directives=element.directives,
                    attrs={"class": " ".join(filter(None, ["slidev-auto-fit-text", element.attrs.get("class", "")]))},
                    children=[inner])]


def _drag_position(value: Any, context: ComponentContext) -> list[float] | None:
    """useDragElement's position: `[x, y, w, h, rotate]`, `"x,y,w,h,r"`, or a name in the
    slide's `dragPos:` frontmatter; `_` (no height) is NaN, as `Number('_')`."""
    if isinstance(value, str) and "," not in value and value.strip():
        drag_pos = context.deck.slides[context.slide_no - 1].effective_frontmatter.get("dragPos") or {}
        value = drag_pos.get(value) if isinstance(drag_pos, dict) else None
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list):
        return None
    return [_number(v, math.nan) for v in value] + [math.nan] * (5 - len(value))


def _drag_style(position: list[float] | None) -> str:
    if position is None or not math.isfinite(position[0]):
        return "position: absolute; z-index: 100"             # no stored place: where it stands
    x, y, width, height, rotate = position[:5]
    parts = ["position: absolute", "z-index: 100", f"left: {x:g}px", f"top: {y:g}px", f"width: {width:g}px"]
    if math.isfinite(height):
        parts.append(f"height: {height:g}px")
    if math.isfinite(rotate) and rotate:
        parts += [f"transform: rotate({rotate:g}deg)", "transform-origin: center center"]
    return "; ".join(parts)


def _v_drag(element: Element, context: ComponentContext) -> list[Node]:
    """`<v-drag pos>`: a container at its stored place."""
    box = Element(tag="div", line=element.line, directives=element.directives,
                  attrs={**{k: v for k, v in element.attrs.items() if k not in ("pos", "style")},
                         "style": "; ".join(filter(None, [_drag_style(_drag_position(_prop(element, "pos"), context)),
                                                          element.attrs.get("style")]))},
                  children=_children(element.children, context))
    box.add_class("p-1")
    return [box]


def _v_drag_arrow(element: Element, context: ComponentContext) -> list[Node]:
    """`<v-drag-arrow pos>`: an Arrow from (x, y) to (x + w, y + h)."""
    x, y, w, h = (_drag_position(_prop(element, "pos", "100,100,300,300"), context) or [100, 100, 300, 300])[:4]
    arrow = Element(tag="Arrow", line=element.line, attrs=dict(element.attrs), directives=element.directives,
                    props={**element.props, "x1": x, "y1": y, "x2": x + w, "y2": y + h})
    return _arrow(arrow, context)


def apply_drag_directive(element: Element, context: ComponentContext) -> None:
    """`v-drag` on any element: it is placed where the deck stored it."""
    drag = element.directive("drag")
    if drag is None:
        return
    style = _drag_style(_drag_position(drag.value, context))
    element.attrs["style"] = "; ".join(filter(None, [element.attrs.get("style"), style]))
    element.directives = [d for d in element.directives if d.name != "drag"]


_RENDERERS = {
    "slide-current-no": _current_no, "slides-total": _total, "link": _link, "light-or-dark": _light_or_dark,
    "render-when": _render_when, "transform": _transform, "toc": _toc, "arrow": _arrow,
    "youtube": _youtube, "tweet": _tweet, "qrcode": _qrcode, "qr-code": _qrcode, "powered-by-slidev": _powered_by,
    "auto-fit-text": _auto_fit_text, "v-drag": _v_drag, "v-drag-arrow": _v_drag_arrow,
}
