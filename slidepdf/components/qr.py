"""qr: QR codes as vector SVG (the `qrcode` package), and the link card that stands in for
live content on paper (iframes, YouTube videos, tweets): the address, linked, and a QR code
to open it."""
from __future__ import annotations

import html
import re


def qr_svg(value: str, color: str = "currentColor") -> str:
    """A QR code for `value` as SVG markup, sized by its container."""
    import qrcode
    import qrcode.image.svg

    code = qrcode.make(value, image_factory=qrcode.image.svg.SvgPathImage).to_string(encoding="unicode")
    code = re.sub(r'\s(width|height)="[^"]*"', "", code, count=2)
    if color != "#000000":
        code = code.replace('fill="#000000"', f'fill="{color}"')
    return code


def link_card(address: str, label: str | None = None, style: str = "", extra_class: str = "",
              qr_side: float | None = None) -> str:
    """A card with a QR code (`qr_side` px square, else the stylesheet's size) and the address;
    empty when there is no address."""
    address = str(address or "").strip()
    classes = " ".join(filter(None, ["slidepdf-iframe-card", extra_class]))
    style_attr = f' style="{html.escape(style, quote=True)}"' if style else ""
    if not address:
        return f'<div class="{classes}"{style_attr}></div>'
    safe = html.escape(address, quote=True)
    caption = html.escape(label) if label else html.escape(address)
    # the link sits in a div: WeasyPrint 70 drops the link of an <a> that is itself a flex item
    qr_style = f' style="width: {qr_side:g}px; height: {qr_side:g}px"' if qr_side else ""
    return (f'<div class="{classes}"{style_attr}><div class="slidepdf-qr"{qr_style}>{qr_svg(address, "#000000")}</div>'
            f'<div><a href="{safe}">{caption}</a></div></div>')
