"""`<QRCode value size color>`: a vector QR code."""
from __future__ import annotations

from ...vue.template import Element, Node, Raw
from ..context import ComponentContext, number_or, prop


def qrcode(element: Element, context: ComponentContext) -> list[Node]:
    """`<QRCode value size>` (the props of Slidev's community QR addon): a vector QR code."""
    from ..qr import qr_svg

    value = str(prop(element, "value", "") or "")
    size = number_or(prop(element, "size", 200), 200)
    color = str(prop(element, "color", "") or "#000000")
    background = str(prop(element, "backgroundColor", prop(element, "background", "")) or "#ffffff")
    box = Element(tag="div", line=element.line, directives=element.directives,
                  attrs={"class": " ".join(filter(None, ["slidepdf-qrcode", element.attrs.get("class", "")])),
                         "style": f"width: {size:g}px; height: {size:g}px; background: {background}"},
                  children=[Raw(html=qr_svg(value, color))] if value else [])
    return [box]
