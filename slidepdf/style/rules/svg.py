"""Fill, stroke, stroke widths, caps and joins."""
from __future__ import annotations

import re

from .. import values as v
from ..values import chain, color_declarations
from .base import Declarations, POSITIONS, RuleList, _one, _theme, color_rule, h_bracket_percent_cssvar, is_math

rules = RuleList()
rules.dynamic(r"^fill-(.+)$", color_rule("fill", "fill"))
rules.dynamic(r"^fill-op(?:acity)?-?(.+)$", lambda m: _one("--un-fill-opacity", h_bracket_percent_cssvar(m[1])))
rules.static("fill-none", {"fill": "none"})


def _stroke_width(m: re.Match) -> Declarations | None:
    line = _theme("lineWidth")
    return _one("stroke-width", line.get(m[1]) if m[1] in line else
                chain(v.bracket, v.cssvar, v.fraction, v.px, v.number)(m[1]))


rules.dynamic(r"^stroke-(?:width-|size-)?(.+)$", _stroke_width)
rules.dynamic(r"^stroke-dash-(.+)$", lambda m: _one("stroke-dasharray", chain(v.bracket, v.cssvar, v.number)(m[1])))
rules.dynamic(r"^stroke-offset-(.+)$", lambda m: _one("stroke-dashoffset", _theme("lineWidth").get(m[1]) or
                                                chain(v.bracket, v.cssvar, v.px, v.number_with_unit)(m[1])))
rules.dynamic(r"^stroke-(.+)$", lambda m: _stroke_width(m) if is_math(v.bracket(m[1])) else color_declarations("stroke", "stroke", m[1]))
rules.dynamic(r"^stroke-op(?:acity)?-?(.+)$", lambda m: _one("--un-stroke-opacity", h_bracket_percent_cssvar(m[1])))
for _cap, _val in (("square", "square"), ("round", "round"), ("auto", "butt")):
    rules.static(f"stroke-cap-{_cap}", {"stroke-linecap": _val})
for _join, _val in (("arcs", "arcs"), ("bevel", "bevel"), ("clip", "miter-clip"), ("round", "round"), ("auto", "miter")):
    rules.static(f"stroke-join-{_join}", {"stroke-linejoin": _val})
rules.static("stroke-none", {"stroke": "none"})
rules.static("object-cover", {"object-fit": "cover"})
rules.static("object-contain", {"object-fit": "contain"})
rules.static("object-fill", {"object-fit": "fill"})
rules.static("object-scale-down", {"object-fit": "scale-down"})
rules.static("object-none", {"object-fit": "none"})
rules.dynamic(r"^object-(.+)$", lambda m: _one("object-position", POSITIONS[m[1]]) if m[1] in POSITIONS else (
    _one("object-position", " ".join(chain(v.position, v.fraction, v.auto, v.px, v.cssvar)(e) or e
                                     for e in v.bracket_of_position(m[1]).split(" ")))
    if v.bracket_of_position(m[1]) is not None else None))
