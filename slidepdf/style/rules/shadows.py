"""Box shadows, outlines and rings."""
from __future__ import annotations

import re

from .. import values as v
from ..values import GLOBAL_KEYWORDS, chain, color_declarations
from .base import Declarations, RuleList, SHADOW, _one, _shadow_colored, _theme, color_rule, h_bracket_cssvar, h_bracket_cssvar_global_px, h_bracket_percent_cssvar, is_math

rules = RuleList()
def _shadow(m: re.Match) -> Declarations | None:
    name = m[1]
    shadow = _theme("boxShadow").get(name or "DEFAULT")
    custom = h_bracket_cssvar(name) if name else None
    parsed_custom = custom is not None and v.parse_color(custom) is not None
    if (shadow is not None or custom is not None) and not parsed_custom:
        return [("--un-shadow", ",".join(_shadow_colored(shadow or custom, "--un-shadow-color"))), ("box-shadow", SHADOW)]
    return color_declarations("--un-shadow-color", "shadow", name or "")


rules.dynamic(r"^shadow(?:-(.+))?$", _shadow)
rules.dynamic(r"^shadow-op(?:acity)?-?(.+)$", lambda m: _one("--un-shadow-opacity", h_bracket_percent_cssvar(m[1])))
rules.static("shadow-inset", {"--un-shadow-inset": "inset"})


def _outline_width(m: re.Match) -> Declarations | None:
    line = _theme("lineWidth")
    return _one("outline-width", line[m[1]] if m[1] in line else h_bracket_cssvar_global_px(m[1]))


rules.dynamic(r"^outline-(?:width-|size-)?(.+)$", _outline_width)
rules.dynamic(r"^outline-(?:color-)?(.+)$", lambda m: _outline_width(m) if is_math(v.bracket(m[1])) else
        color_declarations("outline-color", "outline-color", m[1]))
rules.dynamic(r"^outline-offset-(.+)$", lambda m: _one("outline-offset", _theme("lineWidth").get(m[1]) or h_bracket_cssvar_global_px(m[1])))
rules.static("outline", {"outline-style": "solid"})
for _s in ("auto", "dashed", "dotted", "double", "hidden", "solid", "groove", "ridge", "inset", "outset", *GLOBAL_KEYWORDS):
    rules.static(f"outline-{_s}", {"outline-style": _s})
rules.static("outline-none", {"outline": "2px solid transparent", "outline-offset": "2px"})


def _ring(m: re.Match) -> Declarations | None:
    ring = _theme("ringWidth")
    value = ring.get(m[1] or "DEFAULT") if (m[1] or "DEFAULT") in ring else v.px(m[1] or "1")
    if not value:
        return None
    return [("--un-ring-width", value),
            ("--un-ring-offset-shadow", "var(--un-ring-inset) 0 0 0 var(--un-ring-offset-width) var(--un-ring-offset-color)"),
            ("--un-ring-shadow", "var(--un-ring-inset) 0 0 0 calc(var(--un-ring-width) + var(--un-ring-offset-width)) var(--un-ring-color)"),
            ("box-shadow", SHADOW)]


def _ring_width(m: re.Match) -> Declarations | None:
    return _one("--un-ring-width", _theme("ringWidth").get(m[1]) or chain(v.bracket, v.cssvar, v.px)(m[1]))


rules.dynamic(r"^ring(?:-(.+))?$", _ring)
rules.dynamic(r"^ring-(?:width-|size-)(.+)$", _ring_width)
rules.static("ring-offset", {"--un-ring-offset-width": "1px"})
rules.dynamic(r"^ring-offset-(?:width-|size-)?(.+)$", lambda m: _one("--un-ring-offset-width", _theme("lineWidth").get(m[1]) or
                                                               chain(v.bracket, v.cssvar, v.px)(m[1])))
rules.dynamic(r"^ring-(.+)$", lambda m: _ring_width(m) if is_math(v.bracket(m[1])) else color_declarations("--un-ring-color", "ring", m[1]))
rules.dynamic(r"^ring-op(?:acity)?-?(.+)$", lambda m: _one("--un-ring-opacity", h_bracket_percent_cssvar(m[1])))
rules.dynamic(r"^ring-offset-(.+)$", color_rule("--un-ring-offset-color", "ring-offset"))
rules.dynamic(r"^ring-offset-op(?:acity)?-?(.+)$", lambda m: _one("--un-ring-offset-opacity", h_bracket_percent_cssvar(m[1])))
rules.static("ring-inset", {"--un-ring-inset": "inset"})
