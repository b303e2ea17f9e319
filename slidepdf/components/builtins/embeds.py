"""`<Youtube>`, `<Tweet>` and HTML's own `<iframe>`: what cannot be played on paper, as a linked
card with a QR code, at the size the frame had."""
from __future__ import annotations

from typing import Any

from ...vue.template import Element, Node, Raw
from ..context import ComponentContext, carry_attrs, number_or, prop


def _length(value: Any, default: int) -> str:
    """An iframe's `width`/`height` attribute as CSS: a number of pixels or a percentage, else the
    browser's default for an iframe (300×150)."""
    text = str(value).strip() if value is not None else ""
    if text.endswith("%") and text[:-1].replace(".", "", 1).isdigit():
        return text
    return f"{number_or(value, default):g}px"


# room a card keeps beside its QR code (whose white margin is inside its own box): the border,
# the gap and the address line under it (0.9rem at 1.5), a little air (base.css .slidepdf-iframe-card)
_CARD_ROOM_HEIGHT_PX, _CARD_ROOM_WIDTH_PX = 2 + 16 + 22 + 6, 2 + 32
QR_LARGEST_PX, QR_SMALLEST_PX = 144, 40


def _qr_side(width: str, height: str) -> float | None:
    """The QR code's side that fits a card of `width` × `height` with its address under it (the
    browser's 300×150 frame gives 104 px): None for a card sized in percentages."""
    if not (width.endswith("px") and height.endswith("px")):
        return None
    room = min(float(height[:-2]) - _CARD_ROOM_HEIGHT_PX, float(width[:-2]) - _CARD_ROOM_WIDTH_PX)
    return max(QR_SMALLEST_PX, min(QR_LARGEST_PX, room))


def _card(element: Element, address: str, label: str, width: Any, height: Any, extra_class: str) -> list[Node]:
    from ..qr import link_card

    width, height = _length(width, 300), _length(height, 150)
    node = Element(tag="div", line=element.line, directives=element.directives,
                   attrs={"class": " ".join(filter(None, ["slidepdf-card-box", element.attrs.get("class", "")]))},
                   children=[Raw(html=link_card(address, label, f"width: {width}; height: {height}", extra_class,
                                                _qr_side(width, height)))])
    return [node]


def youtube(element: Element, context: ComponentContext) -> list[Node]:
    """`<Youtube id>`: the video's page, as a card (an iframe of the browser's default 300×150
    unless `width`/`height` are given)."""
    video = str(prop(element, "id", "") or "")
    address = f"https://www.youtube.com/watch?v={video}" if video else ""
    return _card(element, address, f"youtube.com/watch?v={video}", prop(element, "width"), prop(element, "height"),
                 "slidepdf-youtube")


def tweet(element: Element, context: ComponentContext) -> list[Node]:
    """`<Tweet id scale>`: the post's address as a card, scaled like Slidev's Transform."""
    post = str(prop(element, "id", "") or "")
    address = f"https://x.com/i/status/{post}" if post else ""
    scale = number_or(prop(element, "scale", 1), 1)
    inner = Element(tag="Tweet", line=element.line, props=element.props)      # the card, without the caller's attrs
    card = _card(inner, address, f"x.com/i/status/{post}", 300, 150, "slidepdf-tweet")
    wrapper = Element(tag="div", line=element.line, directives=element.directives,
                      attrs={"style": f"transform: scale({scale:g}); transform-origin: top left"}, children=card)
    return [carry_attrs(element, wrapper, ("id", "scale", "conversation", "cards"))]


# an iframe's own attributes, not the author's utilities or styles: left off its card
_IFRAME_ATTRIBUTES = ("src", "srcdoc", "width", "height", "allow", "allowfullscreen", "frameborder", "loading",
                      "name", "referrerpolicy", "sandbox", "title", "scrolling", "mute", "autoplay", "credentialless")


def iframe(element: Element, context: ComponentContext) -> list[Node]:
    """`<iframe src>`: the page it showed, as a card of the frame's size (the browser's 300×150
    unless `width`/`height` say otherwise); its classes, styles, utilities and clicks kept."""
    address = str(element.attrs.get("src") or "").strip()
    if not address.startswith(("http://", "https://")):
        address = ""                        # a frame of the deck's own or of `srcdoc`: nothing to link
    label = address.split("://", 1)[-1] if address else None
    card = _card(Element(tag="iframe", line=element.line), address, label, element.attrs.get("width"),
                 element.attrs.get("height"), "slidepdf-iframe")[0]
    card.directives = element.directives
    authored = Element(tag="iframe", line=element.line,
                       attrs={name: value for name, value in element.attrs.items()
                              if name.lower() not in _IFRAME_ATTRIBUTES})
    return [carry_attrs(authored, card)]
