"""svgfallbacks: SVG as a browser draws it, where WeasyPrint's SVG renderer would not.

draw.io, and other tools that export HTML labels, write each label as `<switch>` of a
`<foreignObject>` (XHTML, which a browser lays out) and a fallback `<text>` cut short ("Sup…"),
and end the picture with a `<switch>` whose fallback says "Text is not SVG - cannot display".
WeasyPrint draws every child of a `<switch>` and no `<foreignObject>`: the truncated fallback,
over the warning. Here a `<switch>` keeps only the first child a browser would draw
(`requiredFeatures` always holds, as in Chromium, which dropped it with SVG 2; `systemLanguage`
matches English; `requiredExtensions` only XHTML), and a `<foreignObject>` becomes SVG text:
its text, line by line, where the switch's fallback text stood (its position, font and anchor),
else centred in the object's box. Files without `<switch>` or `<foreignObject>` are left byte
for byte as they are.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

SVG = "http://www.w3.org/2000/svg"
XHTML = "http://www.w3.org/1999/xhtml"
_BLOCKS = frozenset("div p li h1 h2 h3 h4 h5 h6 tr blockquote pre ul ol table section".split())
_LANGUAGES = ("en",)
LINE_HEIGHT = 1.2           # em, draw.io's label line height


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _drawn_by_a_browser(element: ET.Element) -> bool:
    languages = element.get("systemLanguage")
    if languages is not None and not any(lang.strip().lower().split("-")[0] in _LANGUAGES
                                         for lang in languages.split(",")):
        return False
    extensions = element.get("requiredExtensions")
    return extensions is None or all(ext in (XHTML, "") for ext in extensions.split())


def text_lines(element: ET.Element) -> list[str]:
    """The text of XHTML content, a line per block or `<br>`, spaces collapsed."""
    lines, current = [], []

    def flush():
        text = " ".join("".join(current).split())
        if text:
            lines.append(text)
        current.clear()

    def walk(node):
        name = _local(node.tag)
        if name == "br":
            flush()
        elif name in _BLOCKS:
            flush()
        if node.text and name not in ("style", "script"):
            current.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if name in _BLOCKS:
            flush()

    walk(element)
    flush()
    return lines


def _as_text(foreign: ET.Element, fallback: ET.Element | None) -> ET.Element | None:
    lines = text_lines(foreign)
    if not lines:
        return None
    if fallback is not None:
        text = ET.Element(f"{{{SVG}}}text", dict(fallback.attrib))
        x, y = fallback.get("x", "0"), fallback.get("y", "0")
    else:
        def number(name, default):
            found = re.match(r"\s*(-?[\d.]+)", foreign.get(name, "") or "")
            return float(found[1]) if found else default
        box_x, box_y, width, height = number("x", 0), number("y", 0), number("width", 0), number("height", 0)
        text = ET.Element(f"{{{SVG}}}text", {"text-anchor": "middle", "dominant-baseline": "central",
                                             "font-size": "12px", "font-family": "Helvetica, Arial, sans-serif"})
        x, y = f"{box_x + width / 2:g}", f"{box_y + height / 2:g}"
    # the lines centred on where the one line stood
    first = -(len(lines) - 1) * LINE_HEIGHT / 2
    for index, line in enumerate(lines):
        span = ET.SubElement(text, f"{{{SVG}}}tspan", {"x": x, "y": y, "dy": f"{first + index * LINE_HEIGHT:g}em"})
        span.text = line
    for name in ("x", "y"):
        text.attrib.pop(name, None)
    return text


def flatten(root: ET.Element) -> bool:
    """Evaluate every `<switch>` and replace every `<foreignObject>` under `root`, in place;
    whether anything changed."""
    changed = False
    parents = {child: parent for parent in root.iter() for child in parent}
    for switch in [node for node in root.iter() if _local(node.tag) == "switch"]:
        children = [child for child in switch if isinstance(child.tag, str)]
        chosen = next((child for child in children if _drawn_by_a_browser(child)), None)
        fallback = None
        if chosen is not None and _local(chosen.tag) == "foreignObject":
            fallback = next((c for c in children[children.index(chosen) + 1:] if _local(c.tag) == "text"), None)
            replacement = _as_text(chosen, fallback)
            chosen = replacement
        for child in list(switch):
            switch.remove(child)
        if chosen is not None:
            switch.append(chosen)
        switch.tag = f"{{{SVG}}}g"
        changed = True
    for foreign in [node for node in root.iter() if _local(node.tag) == "foreignObject"]:
        parent = parents.get(foreign)
        if parent is None:
            continue
        replacement = _as_text(foreign, None)
        index = list(parent).index(foreign)
        parent.remove(foreign)
        if replacement is not None:
            parent.insert(index, replacement)
        changed = True
    return changed


def browser_svg(body: bytes) -> bytes:
    """An SVG file's bytes with its switches and foreign objects as a browser shows them."""
    if b"<switch" not in body and b"<foreignObject" not in body:
        return body
    if b"<!ENTITY" in body:
        return body                         # entity expansion is not worth the risk for a fallback
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return body                         # WeasyPrint reports what it cannot read
    ET.register_namespace("", SVG)
    ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")
    if not flatten(root):
        return body
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
