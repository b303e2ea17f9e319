"""Gaps, space-between and divide utilities."""
from __future__ import annotations

import re

from .. import values as v
from ..values import DIRECTIONS, GLOBAL_KEYWORDS, chain
from .alignment import ALIGN, JUSTIFY, PLACE
from .base import Declarations, RuleList, _one, _theme, color_rule, h_bracket_cssvar_global_rem

rules = RuleList()
_GAP_DIRECTION = {"": "", "x": "column-", "y": "row-", "col": "column-", "row": "row-"}


def _gap(m: re.Match) -> Declarations | None:
    spacing = _theme("spacing")
    value = spacing[m[2]] if m[2] in spacing else h_bracket_cssvar_global_rem(m[2])
    return None if value is None else [(f"{_GAP_DIRECTION[m[1] or '']}gap", value)]


rules.dynamic(r"^(?:flex-|grid-)?gap-?()(.+)$", _gap)
rules.dynamic(r"^(?:flex-|grid-)?gap-([xy])-?(.+)$", _gap)
rules.dynamic(r"^(?:flex-|grid-)?gap-(col|row)-?(.+)$", _gap)
for _name, _prop, _val in JUSTIFY + ALIGN + PLACE:
    rules.static(f"flex-{_name}", {_prop: _val})
    rules.static(f"grid-{_name}", {_prop: _val})


def _space(m: re.Match, kind: str) -> Declarations | None:
    spacing = _theme("spacing")
    size = m[2] if m.lastindex and m.lastindex >= 2 else None
    value = (spacing.get(size or "DEFAULT") if (size or "DEFAULT") in spacing else None) if kind == "space" else None
    if kind == "space":
        value = value if value is not None else chain(v.bracket, v.cssvar, v.auto, v.fraction, v.rem)(size or "1")
        prop = "margin"
    else:
        line = _theme("lineWidth")
        value = line.get(size or "DEFAULT") if (size or "DEFAULT") in line else chain(v.bracket, v.cssvar, v.px)(size or "1")
        prop = "border"
    if value is None:
        return None
    value = "0px" if value == "0" else value
    direction = m[1]
    out = [(f"--un-{kind}-{direction}-reverse", "0")]
    for suffix in DIRECTIONS[direction]:
        name = f"{prop}{suffix}" + ("-width" if kind == "divide" else "")
        if suffix.endswith(("right", "bottom")):
            out.append((name, f"calc({value} * var(--un-{kind}-{direction}-reverse))"))
        else:
            out.append((name, f"calc({value} * calc(1 - var(--un-{kind}-{direction}-reverse)))"))
    return out


rules.dynamic(r"^space-([xy])-(.+)$", lambda m: _space(m, "space"))
rules.dynamic(r"^space-([xy])-reverse$", lambda m: [(f"--un-space-{m[1]}-reverse", "1")])
rules.dynamic(r"^space-(block|inline)-(.+)$", lambda m: _space(m, "space"))
rules.dynamic(r"^space-(block|inline)-reverse$", lambda m: [(f"--un-space-{m[1]}-reverse", "1")])
rules.dynamic(r"^divide-?([xy])$", lambda m: _space(m, "divide"))
rules.dynamic(r"^divide-?([xy])-?(.+)$", lambda m: _space(m, "divide"))
rules.dynamic(r"^divide-?([xy])-reverse$", lambda m: [(f"--un-divide-{m[1]}-reverse", "1")])
rules.dynamic(r"^divide-(block|inline)$", lambda m: _space(m, "divide"))
rules.dynamic(r"^divide-(block|inline)-(.+)$", lambda m: _space(m, "divide"))
rules.dynamic(r"^divide-(block|inline)-reverse$", lambda m: [(f"--un-divide-{m[1]}-reverse", "1")])
rules.dynamic(r"^divide-(.+)$", color_rule("border-color", "divide"))
rules.dynamic(r"^divide-op(?:acity)?-?(.+)$", lambda m: _one("--un-divide-opacity", chain(v.bracket, v.percent)(m[1])))
BORDER_STYLES = ("solid", "dashed", "dotted", "double", "hidden", "none", "groove", "ridge", "inset", "outset",
                  *GLOBAL_KEYWORDS)
for _s in BORDER_STYLES:
    rules.static(f"divide-{_s}", {"border-style": _s})
