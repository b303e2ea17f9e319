"""`<Link to title>`: a link to a slide's first page or to an address."""
from __future__ import annotations

from ...vue.template import Element, Node, Text
from ..context import ComponentContext, prop, slide_anchor


def link(element: Element, context: ComponentContext) -> list[Node]:
    target = prop(element, "to", "")
    href = slide_anchor(int(target)) if str(target).isdigit() else str(target)
    anchor = Element(tag="a", line=element.line, attrs={"href": href}, directives=element.directives)
    if element.attrs.get("class"):
        anchor.attrs["class"] = element.attrs["class"]
    anchor.children = context.children(element.children) or [Text(text=str(prop(element, "title", target)))]
    return [anchor]
