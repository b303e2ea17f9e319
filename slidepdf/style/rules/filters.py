"""Filter and backdrop-filter functions."""
from __future__ import annotations

import re

from .. import values as v
from ..values import chain
from .base import BACKDROP, Declarations, FILTER, Matcher, RuleList, _shadow_colored, _theme, color_rule, h_bracket_cssvar, h_bracket_percent_cssvar

rules = RuleList()
def _percent_default(text: str | None) -> str | None:
    value = h_bracket_cssvar(text or "")
    if value is not None:
        return value
    value = v.percent(text) if text else "1"
    return value if value is not None and float(value) <= 1 else None


def _filter(name: str, resolver) -> Matcher:
    def run(m: re.Match) -> Declarations | None:
        value = resolver(m[2] if m.lastindex and m.lastindex >= 2 else None)
        if value is None:
            value = "0" if (m[2] if m.lastindex and m.lastindex >= 2 else None) == "none" else ""
        if value == "":
            return None
        if m[1]:
            return [(f"--un-backdrop-{name}", f"{name}({value})"), ("-webkit-backdrop-filter", BACKDROP),
                    ("backdrop-filter", BACKDROP)]
        return [(f"--un-{name}", f"{name}({value})"), ("filter", FILTER)]
    return run


rules.dynamic(r"^(?:(backdrop-)|filter-)?blur(?:-(.+))?$", _filter("blur", lambda s: _theme("blur").get(s or "DEFAULT") or
                                                              chain(v.bracket, v.cssvar, v.px)(s or "")))
rules.dynamic(r"^(?:(backdrop-)|filter-)?brightness-(.+)$", _filter("brightness", lambda s: h_bracket_percent_cssvar(s or "")))
rules.dynamic(r"^(?:(backdrop-)|filter-)?contrast-(.+)$", _filter("contrast", lambda s: h_bracket_percent_cssvar(s or "")))


def _drop_shadow(m: re.Match) -> Declarations | None:
    shadow = _theme("dropShadow").get(m[1] or "DEFAULT")
    if shadow is not None:
        return [("--un-drop-shadow", "drop-shadow(" + ") drop-shadow(".join(_shadow_colored(shadow, "--un-drop-shadow-color")) + ")"),
                ("filter", FILTER)]
    value = h_bracket_cssvar(m[1] or "")
    return None if value is None else [("--un-drop-shadow", f"drop-shadow({value})"), ("filter", FILTER)]


rules.dynamic(r"^(?:filter-)?drop-shadow(?:-(.+))?$", _drop_shadow)
rules.dynamic(r"^(?:filter-)?drop-shadow-color-(.+)$", color_rule("--un-drop-shadow-color", "drop-shadow"))
rules.dynamic(r"^(?:(backdrop-)|filter-)?grayscale(?:-(.+))?$", _filter("grayscale", _percent_default))
rules.dynamic(r"^(?:(backdrop-)|filter-)?hue-rotate-(.+)$", _filter("hue-rotate", lambda s: chain(v.bracket, v.cssvar, v.degree)(s or "")))
rules.dynamic(r"^(?:(backdrop-)|filter-)?invert(?:-(.+))?$", _filter("invert", _percent_default))
rules.dynamic(r"^(backdrop-)op(?:acity)?-(.+)$", _filter("opacity", lambda s: h_bracket_percent_cssvar(s or "")))
rules.dynamic(r"^(?:(backdrop-)|filter-)?saturate-(.+)$", _filter("saturate", lambda s: h_bracket_percent_cssvar(s or "")))
rules.dynamic(r"^(?:(backdrop-)|filter-)?sepia(?:-(.+))?$", _filter("sepia", _percent_default))
rules.static("filter", {"filter": FILTER})
rules.static("backdrop-filter", {"-webkit-backdrop-filter": BACKDROP, "backdrop-filter": BACKDROP})
rules.static("filter-none", {"filter": "none"})
rules.static("backdrop-filter-none", {"-webkit-backdrop-filter": "none", "backdrop-filter": "none"})
