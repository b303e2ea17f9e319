"""Slidev's built-in components, one module each, and the table that names them.

After evaluation (props are values) and before the click stage (a component's content may
hold `v-click`), each built-in becomes the markup Slidev's component renders for print.
"""
from __future__ import annotations

from .arrow import arrow
from .auto_fit_text import auto_fit_text
from .drag import v_drag, v_drag_arrow
from .embeds import iframe, tweet, youtube
from .light_or_dark import light_or_dark
from .link import link
from .numbers import current_no, total
from .powered_by import powered_by
from .qrcode import qrcode
from .render_when import render_when
from .toc import toc
from .transform import transform
from .code_block import code_block
from .drag import apply_drag_directive

RENDERERS = {   # by the component's kebab-case name
    "slide-current-no": current_no, "slides-total": total, "link": link, "light-or-dark": light_or_dark,
    "render-when": render_when, "transform": transform, "toc": toc, "arrow": arrow,
    "youtube": youtube, "tweet": tweet, "qrcode": qrcode, "qr-code": qrcode, "powered-by-slidev": powered_by,
    "auto-fit-text": auto_fit_text, "v-drag": v_drag, "v-drag-arrow": v_drag_arrow,
}

__all__ = ["RENDERERS", "apply_drag_directive", "code_block", "iframe"]
