"""`<AutoFitText>`: a font size that fits the text's length to the slide's width."""
from __future__ import annotations

from ...vue.template import Element, Node, Text
from ..context import ComponentContext, number_or, prop


def auto_fit_text(element: Element, context: ComponentContext) -> list[Node]:
    """`<AutoFitText :max :min modelValue>`: fitty's font size, estimated from the text's
    length (about 0.55em per character) against the content width, within [min, max]."""
    children = context.children(element.children)
    text = "".join(c.text_content() if isinstance(c, Element) else getattr(c, "text", "") for c in children).strip() \
        or str(prop(element, "modelValue", "") or "")
    if not children:
        children = [Text(text=text)]
    longest = max((len(line) for line in text.splitlines()), default=0) or 1
    width = context.deck.config.canvas_width - 2 * 56          # the layout's padding (px-14)
    size = min(number_or(prop(element, "max", 100), 100),
               max(number_or(prop(element, "min", 30), 30), width / (0.55 * longest)))
    inner = Element(tag="div", line=element.line, attrs={"class": "slidev-auto-fit-text-inner",
                                                         "style": f"font-size: {size:.1f}px"}, children=children)
    return [Element(tag="div", line=element.line, directives=element.directives,
                    attrs={"class": " ".join(filter(None, ["slidev-auto-fit-text", element.attrs.get("class", "")]))},
                    children=[inner])]
