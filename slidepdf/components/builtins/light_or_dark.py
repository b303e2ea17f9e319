"""`<LightOrDark>`: the `#dark` or `#light` slot, by the colour scheme."""
from __future__ import annotations

from ...vue.template import Element, Node
from ..context import ComponentContext, slot_children


def light_or_dark(element: Element, context: ComponentContext) -> list[Node]:
    chosen = slot_children(element, "dark" if context.dark else "light")
    return context.children(chosen or [])
