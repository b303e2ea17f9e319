"""Widths, heights, min/max sizes, aspect ratios."""
from __future__ import annotations

import re

from .base import RuleList, _nonnull, _one, _theme, h_spacing

rules = RuleList()
_SIZE_NAMES = {"h": "height", "w": "width", "inline": "inline-size", "block": "block-size"}


def _size_prop(minmax: str | None, hw: str) -> str:
    return f"{minmax or ''}{_SIZE_NAMES[hw]}"


def _size_value(minmax: str | None, hw: str, prop: str) -> str | None:
    key = re.sub(r"-(\w)", lambda m: m[1].upper(), _size_prop(minmax, hw))
    table = _theme(key)
    if prop in table:
        return table[prop]
    if prop in ("fit", "max", "min"):
        return f"{prop}-content"
    if prop == "stretch":
        return "stretch"
    return h_spacing(prop)


rules.dynamic(r"^size-(min-|max-)?(.+)$", lambda m: _nonnull([(_size_prop(m[1], "w"), _size_value(m[1], "w", m[2])),
                                                         (_size_prop(m[1], "h"), _size_value(m[1], "h", m[2]))]))
rules.dynamic(r"^(?:size-)?(min-|max-)?([wh])-?(.+)$", lambda m: _one(_size_prop(m[1], m[2]), _size_value(m[1], m[2], m[3])))
rules.dynamic(r"^(?:size-)?(min-|max-)?(block|inline)-(.+)$", lambda m: _one(_size_prop(m[1], m[2]), _size_value(m[1], m[2], m[3])))
rules.dynamic(r"^(?:size-)?(min-|max-)?(w)-screen-(.+)$",
        lambda m: _one(_size_prop(m[1], m[2]), (f"{_theme('breakpoints')[m[3]]}" if m[3] in _theme("breakpoints") else None)))
