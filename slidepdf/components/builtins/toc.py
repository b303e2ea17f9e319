"""`<Toc>`: the slides' titles as nested, linked lists."""
from __future__ import annotations

import math
import re

from ...textutil import inline_text
from ...vue.template import Element, Node, Text
from ..context import ComponentContext, carry_attrs, prop, slide_anchor


def toc(element: Element, context: ComponentContext) -> list[Node]:
    """Slidev's `<Toc>`: the slides' titles as nested lists, by `level`, linked to their pages."""
    min_depth = int(prop(element, "minDepth", 1) or 1)
    max_depth = int(prop(element, "maxDepth", math.inf) or math.inf) if prop(element, "maxDepth") else math.inf
    entries = []
    for slide in context.deck.slides:
        if slide.effective_frontmatter.get("hideInToc") or not slide.title:
            continue
        level = slide.level or 1
        if min_depth <= level <= max_depth:
            entries.append((level, slide.no, slide.title))
    root = carry_attrs(element, Element(tag="div", line=element.line, attrs={"class": "slidev-toc"},
                                         directives=element.directives), ("minDepth", "maxDepth", "columns", "mode", "listClass"))
    list_class = str(prop(element, "listClass", "") or "")
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
        item.children.append(Element(tag="a", attrs={"href": slide_anchor(number)}, children=_title_nodes(title)))
        stack[-1][1].children.append(item)
    return [root]


def _title_nodes(title: str) -> list[Node]:
    """A title may hold inline Markdown/HTML (`$\\LaTeX$`, `<span>`, `[a link](…)`): its
    rendered text, with `$…$` left for the math stage to typeset."""
    nodes: list[Node] = []
    for index, part in enumerate(re.split(r"\$([^$]+)\$", inline_text(title))):
        if index % 2:
            nodes.append(Element(tag="span", attrs={"class": "slidepdf-math"}, children=[Text(text=part)]))
        elif part:
            nodes.append(Text(text=part))
    return nodes
