"""Flex containers and items."""
from __future__ import annotations

from .. import values as v
from ..values import chain
from .base import RuleList, _one, _theme

rules = RuleList()
rules.static("flex", {"display": "flex"})
rules.static("inline-flex", {"display": "inline-flex"})
rules.static("flex-inline", {"display": "inline-flex"})
rules.dynamic(r"^flex-(.*)$", lambda m: _one("flex", " ".join(chain(v.cssvar, v.fraction)(e) or e for e in v.bracket(m[1]).split(" "))
                                       if v.bracket(m[1]) is not None else chain(v.cssvar, v.fraction)(m[1])))
rules.static("flex-1", {"flex": "1 1 0%"})
rules.static("flex-auto", {"flex": "1 1 auto"})
rules.static("flex-initial", {"flex": "0 1 auto"})
rules.static("flex-none", {"flex": "none"})
rules.dynamic(r"^(?:flex-)?shrink(?:-(.*))?$", lambda m: [("flex-shrink", chain(v.bracket, v.cssvar, v.number)(m[1] or "") or "1")])
rules.dynamic(r"^(?:flex-)?grow(?:-(.*))?$", lambda m: [("flex-grow", chain(v.bracket, v.cssvar, v.number)(m[1] or "") or "1")])
rules.dynamic(r"^(?:flex-)?basis-(.+)$", lambda m: _one("flex-basis", _theme("spacing").get(m[1]) or
                                                 chain(v.bracket, v.cssvar, v.auto, v.fraction, v.rem)(m[1])))
for _name, _val in (("row", "row"), ("row-reverse", "row-reverse"), ("col", "column"), ("col-reverse", "column-reverse")):
    rules.static(f"flex-{_name}", {"flex-direction": _val})
rules.static("flex-wrap", {"flex-wrap": "wrap"})
rules.static("flex-wrap-reverse", {"flex-wrap": "wrap-reverse"})
rules.static("flex-nowrap", {"flex-wrap": "nowrap"})
