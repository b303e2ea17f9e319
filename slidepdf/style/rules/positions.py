"""CSS variables and arbitrary properties, containment, screen-reader, pointer events, visibility, position and insets, line clamps, isolation, z-index, order."""
from __future__ import annotations

import re

from .. import values as v
from ..values import GLOBAL_KEYWORDS, chain
from .base import Declarations, INSET_MAP, RuleList, _one, _theme, h_inset

rules = RuleList()
_ABBR = {"backface": "backface-visibility", "break": "word-break", "case": "text-transform",
         "content": "align-content", "fw": "font-weight", "items": "align-items", "justify": "justify-content",
         "select": "user-select", "self": "align-self", "vertical": "vertical-align", "visible": "visibility",
         "whitespace": "white-space", "ws": "white-space"}
rules.dynamic(r"^(.+?)-(\$.+)$", lambda m: _one(_ABBR[m[1]], v.cssvar(m[2])) if m[1] in _ABBR else None)


def _css_property(m: re.Match) -> Declarations | None:
    body = m[1]
    if ":" not in body:
        return None
    prop, _, value = body.partition(":")
    if "://" in body or not re.fullmatch(r"[\w-]+", prop) or re.search(r"[\[\]{}:]", re.sub(r"\([^)]*\)|\"[^\"]*\"|'[^']*'", "", value)):
        return None
    parsed = v.bracket(f"[{value}]")
    return _one(prop, parsed)


rules.dynamic(r"^\[(.*)\]$", _css_property)
_CONTAIN = ("none", "strict", "content", "size", "inline-size", "layout", "style", "paint")
rules.dynamic(r"^contain-(.*)$", lambda m: _one("contain", " ".join(chain(v.cssvar, v.fraction)(e) or e for e in v.bracket(m[1]).split(" ")))
        if v.bracket(m[1]) else (_one("contain", m[1]) if m[1] in _CONTAIN else None))
rules.dynamic(r"^sr-only$", lambda m: [("position", "absolute"), ("width", "1px"), ("height", "1px"), ("padding", "0"),
                                  ("margin", "-1px"), ("overflow", "hidden"), ("clip", "rect(0,0,0,0)"),
                                  ("white-space", "nowrap"), ("border-width", "0")])
rules.static("not-sr-only", {"position": "static", "width": "auto", "height": "auto", "padding": "0", "margin": "0",
                       "overflow": "visible", "clip": "auto", "white-space": "normal"})
rules.static("pointer-events-auto", {"pointer-events": "auto"})
rules.static("pointer-events-none", {"pointer-events": "none"})
rules.global_statics("pointer-events")
rules.static("visible", {"visibility": "visible"})
rules.static("invisible", {"visibility": "hidden"})
rules.static("backface-visible", {"backface-visibility": "visible"})
rules.static("backface-hidden", {"backface-visibility": "hidden"})
rules.global_statics("backface", "backface-visibility")
rules.dynamic(r"^(?:position-|pos-)?(relative|absolute|fixed|sticky)$", lambda m: [("position", m[1])])
rules.dynamic(r"^(?:position-|pos-)([-\w]+)$", lambda m: [("position", m[1])] if m[1] in GLOBAL_KEYWORDS else None)
rules.dynamic(r"^(?:position-|pos-)?(static)$", lambda m: [("position", m[1])])


def inset_value(text: str) -> str | None:
    spacing = _theme("spacing")
    return spacing[text] if text in spacing else h_inset(text)


def _inset_values(m: re.Match) -> Declarations | None:
    value = inset_value(m[2])
    if value is None or m[1] not in INSET_MAP:
        return None
    return [(suffix[1:], value) for suffix in INSET_MAP[m[1]]]


rules.dynamic(r"^(?:position-|pos-)?inset-(.+)$", lambda m: _one("inset", inset_value(m[1])))
rules.dynamic(r"^(?:position-|pos-)?(start|end)-(.+)$", _inset_values)
rules.dynamic(r"^(?:position-|pos-)?inset-([xy])-(.+)$", _inset_values)
rules.dynamic(r"^(?:position-|pos-)?inset-([rltbse])-(.+)$", _inset_values)
rules.dynamic(r"^(?:position-|pos-)?inset-(block|inline)-(.+)$", _inset_values)
rules.dynamic(r"^(?:position-|pos-)?inset-([bi][se])-(.+)$", _inset_values)
rules.dynamic(r"^(?:position-|pos-)?(top|left|right|bottom)-(.+)$", lambda m: _one(m[1], inset_value(m[2])))
rules.dynamic(r"^line-clamp-(\d+)$", lambda m: [("overflow", "hidden"), ("display", "-webkit-box"),
                                          ("-webkit-box-orient", "vertical"), ("-webkit-line-clamp", m[1]),
                                          ("line-clamp", m[1])])
for _k in ("none", *GLOBAL_KEYWORDS):
    rules.static(f"line-clamp-{_k}", {"overflow": "visible", "display": "block", "-webkit-box-orient": "horizontal",
                               "-webkit-line-clamp": _k, "line-clamp": _k})
rules.static("isolate", {"isolation": "isolate"})
rules.static("isolate-auto", {"isolation": "auto"})
rules.static("isolation-auto", {"isolation": "auto"})
rules.dynamic(r"^(?:position-|pos-)?z([\d.]+)$", lambda m: _one("z-index", v.number(m[1])))
rules.dynamic(r"^(?:position-|pos-)?z-(.+)$", lambda m: _one("z-index", _theme("zIndex").get(m[1]) or
                                                         chain(v.bracket, v.cssvar, v.global_keyword, v.auto, v.number)(m[1])))
rules.dynamic(r"^order-(.+)$", lambda m: _one("order", chain(v.bracket, v.cssvar, v.number)(m[1])))
rules.static("order-first", {"order": "-9999"})
rules.static("order-last", {"order": "9999"})
rules.static("order-none", {"order": "0"})
