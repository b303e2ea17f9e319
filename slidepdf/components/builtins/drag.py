"""`v-drag`, `<v-drag>` and `<v-drag-arrow>`: elements at the place the deck stored for them."""
from __future__ import annotations

import math
from typing import Any

from ...vue.template import Element, Node
from .arrow import arrow
from ..context import ComponentContext, number_or, prop


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
    return [number_or(v, math.nan) for v in value] + [math.nan] * (5 - len(value))


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


def v_drag(element: Element, context: ComponentContext) -> list[Node]:
    """`<v-drag pos>`: a container at its stored place."""
    box = Element(tag="div", line=element.line, directives=element.directives,
                  attrs={**{k: v for k, v in element.attrs.items() if k not in ("pos", "style")},
                         "style": "; ".join(filter(None, [_drag_style(_drag_position(prop(element, "pos"), context)),
                                                          element.attrs.get("style")]))},
                  children=context.children(element.children))
    box.add_class("p-1")
    return [box]


def v_drag_arrow(element: Element, context: ComponentContext) -> list[Node]:
    """`<v-drag-arrow pos>`: an Arrow from (x, y) to (x + w, y + h)."""
    x, y, w, h = (_drag_position(prop(element, "pos", "100,100,300,300"), context) or [100, 100, 300, 300])[:4]
    arrow_element = Element(tag="Arrow", line=element.line, attrs=dict(element.attrs), directives=element.directives,
                    props={**element.props, "x1": x, "y1": y, "x2": x + w, "y2": y + h})
    return arrow(arrow_element, context)


def apply_drag_directive(element: Element, context: ComponentContext) -> None:
    """`v-drag` on any element: it is placed where the deck stored it."""
    drag = element.directive("drag")
    if drag is None:
        return
    style = _drag_style(_drag_position(drag.value, context))
    element.attrs["style"] = "; ".join(filter(None, [element.attrs.get("style"), style]))
    element.directives = [d for d in element.directives if d.name != "drag"]
