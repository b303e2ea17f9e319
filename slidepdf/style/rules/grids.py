"""Grid display, spans, starts/ends, templates, auto flows; floats and clears."""
from __future__ import annotations

import re

from .. import values as v
from ..values import chain
from .base import Declarations, RuleList, _one, h_bracket_cssvar

rules = RuleList()
rules.static("grid", {"display": "grid"})
rules.static("inline-grid", {"display": "inline-grid"})


def _rowcol(text: str) -> str:
    return text.replace("col", "column")


rules.dynamic(r"^(?:grid-)?(row|col)-(.+)$", lambda m: _one(f"grid-{_rowcol(m[1])}", chain(v.bracket, v.cssvar, v.auto)(m[2])))


def _span(m: re.Match) -> Declarations | None:
    if m[2] == "full":
        return [(f"grid-{_rowcol(m[1])}", "1/-1")]
    value = chain(v.bracket, v.number)(m[2])
    return None if value is None else [(f"grid-{_rowcol(m[1])}", f"span {value}/span {value}")]


rules.dynamic(r"^(?:grid-)?(row|col)-span-(.+)$", _span)
rules.dynamic(r"^(?:grid-)?(row|col)-start-(.+)$", lambda m: [(f"grid-{_rowcol(m[1])}-start", h_bracket_cssvar(m[2]) or m[2])])
rules.dynamic(r"^(?:grid-)?(row|col)-end-(.+)$", lambda m: [(f"grid-{_rowcol(m[1])}-end", h_bracket_cssvar(m[2]) or m[2])])


def _auto_direction(prop: str) -> str | None:
    return {"min": "min-content", "max": "max-content", "fr": "minmax(0,1fr)"}.get(prop) or \
        chain(v.bracket, v.cssvar, v.auto, v.rem)(prop)


rules.dynamic(r"^(?:grid-)?auto-(rows|cols)-(.+)$", lambda m: _one(f"grid-auto-{_rowcol(m[1])}", _auto_direction(m[2])))
rules.dynamic(r"^(?:grid-auto-flow|auto-flow|grid-flow)-(.+)$", lambda m: _one("grid-auto-flow", h_bracket_cssvar(m[1])))
rules.dynamic(r"^(?:grid-auto-flow|auto-flow|grid-flow)-(row|col|dense|row-dense|col-dense)$",
        lambda m: [("grid-auto-flow", _rowcol(m[1]).replace("-", " "))])


def _template(m: re.Match) -> Declarations | None:
    prop = f"grid-template-{_rowcol(m[1])}"
    bracketed = v.bracket(m[2])
    if bracketed is not None:
        return [(prop, bracketed)]
    var = v.cssvar(m[2])
    if var is not None:
        return [(prop, var)]
    number = v.number(m[2])
    if number is not None:
        return [(prop, f"repeat({number},minmax(0,1fr))")]
    return None


rules.dynamic(r"^(?:grid-)?(rows|cols)-(.+)$", _template)
rules.dynamic(r"^(?:grid-)?(rows|cols)-minmax-([\w.-]+)$",
        lambda m: [(f"grid-template-{_rowcol(m[1])}", f"repeat(auto-fill,minmax({m[2]},1fr))")])
rules.dynamic(r"^(?:grid-)?(rows|cols)-(\d+)$", lambda m: [(f"grid-template-{_rowcol(m[1])}", f"repeat({m[2]},minmax(0,1fr))")])
rules.dynamic(r"^grid-area(s)?-(.+)$", lambda m: _one("grid-template-areas", v.cssvar(m[2]) or " ".join(f'"{v.bracket(s)}"' for s in m[2].split("-")))
        if m[1] else _one("grid-area", h_bracket_cssvar(m[2])))
rules.static("grid-rows-none", {"grid-template-rows": "none"})
rules.static("grid-cols-none", {"grid-template-columns": "none"})
rules.static("grid-rows-subgrid", {"grid-template-rows": "subgrid"})
rules.static("grid-cols-subgrid", {"grid-template-columns": "subgrid"})
for _f in ("left", "right"):
    rules.static(f"float-{_f}", {"float": _f})
rules.static("float-start", {"float": "inline-start"})
rules.static("float-end", {"float": "inline-end"})
rules.static("float-none", {"float": "none"})
rules.global_statics("float")
for _c, _val in (("left", "left"), ("right", "right"), ("both", "both"), ("start", "inline-start"),
                 ("end", "inline-end"), ("none", "none")):
    rules.static(f"clear-{_c}", {"clear": _val})
rules.global_statics("clear")
