"""Border widths, colours, opacities, radii and styles."""
from __future__ import annotations

import re

from .. import values as v
from ..values import CORNERS, DIRECTIONS, chain
from .base import Declarations, RuleList, _theme, h_bracket_cssvar_global_px, h_bracket_percent_cssvar, is_math
from .gaps import BORDER_STYLES

rules = RuleList()
def _border_size(m: re.Match) -> Declarations | None:
    direction, size = m[1] or "", m[2] if m.lastindex and m.lastindex >= 2 else None
    line = _theme("lineWidth")
    value = line[size or "DEFAULT"] if (size or "DEFAULT") in line else h_bracket_cssvar_global_px(size or "1")
    if value is None or direction not in DIRECTIONS:
        return None
    return [(f"border{suffix}-width", value) for suffix in DIRECTIONS[direction]]


def _border_color(direction: str, body: str) -> Declarations | None:
    color = v.parse_color(body)
    if color is None:
        return None
    if color.rgb is None:
        return [(f"border{direction}-color", color.raw)]
    if color.opacity is not None:
        return [(f"border{direction}-color", v.color_string(color, color.opacity))]
    if direction == "":
        return [("--un-border-opacity", color.alpha or "1"),
                ("border-color", v.color_string(color, "var(--un-border-opacity)"))]
    return [("--un-border-opacity", color.alpha or "1"), (f"--un-border{direction}-opacity", "var(--un-border-opacity)"),
            (f"border{direction}-color", v.color_string(color, f"var(--un-border{direction}-opacity)"))]


def _border_color_or_size(m: re.Match) -> Declarations | None:
    direction, body = m[1] or "", m[2]
    if direction not in DIRECTIONS:
        return None
    if is_math(v.bracket(body)):
        return _border_size(m)
    out: Declarations = []
    for suffix in DIRECTIONS[direction]:
        part = _border_color(suffix, body)
        if part is None:
            return None
        for item in part:
            if item not in out:
                out.append(item)
    return out


def _border_opacity(m: re.Match) -> Declarations | None:
    value = h_bracket_percent_cssvar(m[2])
    if value is None or (m[1] or "") not in DIRECTIONS:
        return None
    return [(f"--un-border{suffix}-opacity", value) for suffix in DIRECTIONS[m[1] or ""]]


def _rounded(m: re.Match) -> Declarations | None:
    corner, size = m[1] or "", m[2] if m.lastindex and m.lastindex >= 2 else None
    radius = _theme("borderRadius")
    value = radius.get(size or "DEFAULT") or chain(v.bracket, v.cssvar, v.global_keyword, v.fraction, v.rem)(size or "1")
    if value is None or corner not in CORNERS:
        return None
    return [(f"border{suffix}-radius", value) for suffix in CORNERS[corner]]


def _border_style(m: re.Match) -> Declarations | None:
    if m[2] in BORDER_STYLES and (m[1] or "") in DIRECTIONS:
        return [(f"border{suffix}-style", m[2]) for suffix in DIRECTIONS[m[1] or ""]]
    return None


for _form in (r"()", r"-([xy])", r"-([rltbse])", r"-(block|inline)", r"-([bi][se])"):
    rules.dynamic(rf"^(?:border|b){_form}(?:-(.+))?$", _border_size)
for _form in (r"-()", r"-([xy])-", r"-([rltbse])-", r"-(block|inline)-", r"-([bi][se])-"):
    rules.dynamic(rf"^(?:border|b){_form}(?:width|size)-(.+)$", _border_size)
for _form in (r"-()", r"-([xy])-", r"-([rltbse])-", r"-(block|inline)-", r"-([bi][se])-"):
    rules.dynamic(rf"^(?:border|b){_form}(?:color-)?(.+)$", _border_color_or_size)
for _form in (r"-()", r"-([xy])-", r"-([rltbse])-", r"-(block|inline)-", r"-([bi][se])-"):
    rules.dynamic(rf"^(?:border|b){_form}op(?:acity)?-?(.+)$", _border_opacity)
rules.dynamic(r"^(?:border-|b-)?(?:rounded|rd)()(?:-(.+))?$", _rounded)
rules.dynamic(r"^(?:border-|b-)?(?:rounded|rd)-([rltbse])(?:-(.+))?$", _rounded)
rules.dynamic(r"^(?:border-|b-)?(?:rounded|rd)-([rltb]{2})(?:-(.+))?$", _rounded)
rules.dynamic(r"^(?:border-|b-)?(?:rounded|rd)-([bise][se])(?:-(.+))?$", _rounded)
rules.dynamic(r"^(?:border-|b-)?(?:rounded|rd)-([bi][se]-[bi][se])(?:-(.+))?$", _rounded)
rules.dynamic(r"^(?:border|b)-(?:style-)?()(.+)$", _border_style)
rules.dynamic(r"^(?:border|b)-([xy])-(?:style-)?(.+)$", _border_style)
rules.dynamic(r"^(?:border|b)-([rltbse])-(?:style-)?(.+)$", _border_style)
rules.dynamic(r"^(?:border|b)-(block|inline)-(?:style-)?(.+)$", _border_style)
rules.dynamic(r"^(?:border|b)-([bi][se])-(?:style-)?(.+)$", _border_style)
