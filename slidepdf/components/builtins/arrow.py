"""`<Arrow x1 y1 x2 y2 width color two-way>`: an absolutely placed SVG arrow."""
from __future__ import annotations

import math

from ...vue.template import Element, Node, Raw
from ..context import ComponentContext, prop


def arrow(element: Element, context: ComponentContext) -> list[Node]:
    """Slidev's `<Arrow x1 y1 x2 y2 width color two-way>`: an absolutely placed SVG line."""
    def number(name: str, default: float = 0) -> float:
        try:
            return float(prop(element, name, default))
        except (TypeError, ValueError):
            return default

    x1, y1, x2, y2 = number("x1"), number("y1"), number("x2"), number("y2")
    width = number("width", 2)
    color = str(prop(element, "color", "currentColor"))
    two_way = bool(prop(element, "twoWay", False))
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
