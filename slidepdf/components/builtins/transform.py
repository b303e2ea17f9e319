"""`<Transform scale origin>`: its content scaled."""
from __future__ import annotations

from ...vue.template import Element, Node
from ..context import ComponentContext, prop


def transform(element: Element, context: ComponentContext) -> list[Node]:
    scale = prop(element, "scale", 1)
    origin = prop(element, "origin", "top left")
    wrapper = Element(tag="div", line=element.line, directives=element.directives,
                      attrs={"style": f"transform: scale({scale}); transform-origin: {origin}",
                             **({"class": element.attrs["class"]} if element.attrs.get("class") else {})})
    wrapper.children = context.children(element.children)
    return [wrapper]
