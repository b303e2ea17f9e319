"""`<SlideCurrentNo>` and `<SlidesTotal>`: the page's slide number and the deck's slide count."""
from __future__ import annotations

from ...vue.template import Element, Node, Text
from ..context import ComponentContext


def current_no(element: Element, context: ComponentContext) -> list[Node]:
    return [Text(line=element.line, text=str(context.slide_no))]


def total(element: Element, context: ComponentContext) -> list[Node]:
    return [Text(line=element.line, text=str(len(context.deck.slides)))]
