"""Table display, layout, borders, captions."""
from __future__ import annotations

from .base import RuleList
from .positions import inset_value

rules = RuleList()
for _t in ("inline-table", "table", "table-caption", "table-cell", "table-column", "table-column-group",
           "table-footer-group", "table-header-group", "table-row", "table-row-group"):
    rules.static(_t, {"display": _t})
rules.static("border-collapse", {"border-collapse": "collapse"})
rules.static("border-separate", {"border-collapse": "separate"})
rules.dynamic(r"^border-spacing-(.+)$", lambda m: (lambda val: None if val is None else [
    ("--un-border-spacing-x", val), ("--un-border-spacing-y", val),
    ("border-spacing", "var(--un-border-spacing-x) var(--un-border-spacing-y)")])(inset_value(m[1])))
rules.dynamic(r"^border-spacing-([xy])-(.+)$", lambda m: (lambda val: None if val is None else [
    (f"--un-border-spacing-{m[1]}", val), ("border-spacing", "var(--un-border-spacing-x) var(--un-border-spacing-y)")])(
    inset_value(m[2])))
rules.static("caption-top", {"caption-side": "top"})
rules.static("caption-bottom", {"caption-side": "bottom"})
rules.static("table-auto", {"table-layout": "auto"})
rules.static("table-fixed", {"table-layout": "fixed"})
rules.static("table-empty-cells-visible", {"empty-cells": "show"})
rules.static("table-empty-cells-hidden", {"empty-cells": "hide"})
