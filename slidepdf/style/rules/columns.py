"""Multi-column layout and breaks."""
from __future__ import annotations

from .. import values as v
from ..values import chain
from .base import RuleList, _one

rules = RuleList()
rules.dynamic(r"^columns-(.+)$", lambda m: _one("columns", chain(v.bracket, v.number_with_unit, v.number, v.cssvar)(m[1])))
rules.static("columns-auto", {"columns": "auto"})
for _where in ("before", "inside", "after"):
    for _val in {"before": ("auto", "avoid", "all", "avoid-page", "page", "left", "right", "column"),
                 "inside": ("auto", "avoid", "avoid-page", "avoid-column"),
                 "after": ("auto", "avoid", "all", "avoid-page", "page", "left", "right", "column")}[_where]:
        rules.static(f"break-{_where}-{_val}", {f"break-{_where}": _val})
    rules.global_statics(f"break-{_where}")
