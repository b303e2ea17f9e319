"""`<RenderWhen context>`: an export page is a visible slide in print mode."""
from __future__ import annotations

import re

from ...vue.template import Element, Node
from ..context import ComponentContext, prop, slot_children


def render_when(element: Element, context: ComponentContext) -> list[Node]:
    wanted = prop(element, "context", "visible")
    contexts = wanted if isinstance(wanted, list) else re.split(r"[\s,]+", str(wanted))
    # An export page is a visible slide in print mode (`$renderContext` 'slide').
    shown = any(c in ("print", "slide", "main", "visible") for c in contexts)
    if shown:
        return context.children(slot_children(element, "default") or element.children)
    return context.children(slot_children(element, "fallback") or [])
