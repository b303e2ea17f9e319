"""`CodeBlockWrapper`: a highlighted code block's line numbers, height limit and title bar."""
from __future__ import annotations

import re

from ...vue.template import Element, Text
from ..context import ComponentContext


def code_block(element: Element, context: ComponentContext) -> None:
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
