"""`<PoweredBySlidev>`: "Powered by Slidev", linked."""
from __future__ import annotations

from ...vue.template import Element, Node, Raw
from ..context import ComponentContext, carry_attrs


def powered_by(element: Element, context: ComponentContext) -> list[Node]:
    """`<PoweredBySlidev>`: "Powered by" and Slidev's name, linked to sli.dev."""
    markup = 'Powered by <a href="https://sli.dev" class="slidepdf-slidev-mark">Slidev</a>'
    # Slidev's root is an inline-flex box, so a margin given to it (`mt-10`) moves it down
    return [carry_attrs(element, Element(tag="span", attrs={"class": "slidepdf-powered-by"}, line=element.line,
                                          directives=element.directives, children=[Raw(html=markup)]))]
