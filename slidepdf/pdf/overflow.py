"""`slidepdf check`'s measurement: how far each page's in-flow content reaches past the slide,
read from WeasyPrint's layout (no PDF is written)."""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import WarningLog
from ..policy import AccessPolicy
from .fetcher import PolicyURLFetcher
from .writer import one_render


@dataclass(frozen=True)
class Overflow:
    """A page whose content reaches past the slide: by how many CSS px to the right and below."""

    slide: int
    click: int
    right: float
    bottom: float


def measure_overflow(document_html: str, base_url: str, policy: AccessPolicy, warnings: WarningLog,
                     tolerance: float = 1.0) -> list[Overflow]:
    """Lay the document out (no PDF) and measure, per page, how far in-flow content reaches
    past the slide box. Absolutely positioned boxes (decorations placed off the edge on
    purpose) and what clipped boxes hide are not counted."""
    from weasyprint import HTML

    with one_render(warnings, document_html):
        document = HTML(string=document_html, base_url=base_url, url_fetcher=PolicyURLFetcher(policy)).render(
            presentational_hints=True)
    found = []
    for page in document.pages:
        content = _first(page._page_box, lambda b: "slidev-page-content" in _classes(b))
        section = _first(page._page_box, lambda b: getattr(b, "element_tag", None) == "section")
        if content is None or section is None:
            continue
        left, top = content.border_box_x(), content.border_box_y()
        right_edge, bottom_edge = left + content.border_width(), top + content.border_height()
        reach_x, reach_y = right_edge, bottom_edge
        stack = list(content.children)
        while stack:
            box = stack.pop()
            if box.is_absolutely_positioned() if hasattr(box, "is_absolutely_positioned") else True:
                continue
            try:
                reach_x = max(reach_x, box.position_x + box.margin_width() if hasattr(box, "margin_width") else 0)
                reach_y = max(reach_y, box.position_y + box.margin_height() if hasattr(box, "margin_height") else 0)
            except TypeError:
                continue
            if box.style["overflow"] == "visible":
                stack.extend(getattr(box, "children", []))
        over_x, over_y = reach_x - right_edge, reach_y - bottom_edge
        if over_x > tolerance or over_y > tolerance:
            element = section.element
            found.append(Overflow(int(element.get("data-slide", 0)), int(element.get("data-click", 0)),
                                  round(max(over_x, 0), 1), round(max(over_y, 0), 1)))
    return found


def _classes(box) -> list[str]:
    element = getattr(box, "element", None)
    return (element.get("class") or "").split() if element is not None else []


def _first(box, matches):
    stack = [box]
    while stack:
        current = stack.pop(0)
        if matches(current):
            return current
        stack.extend(getattr(current, "children", []))
    return None

