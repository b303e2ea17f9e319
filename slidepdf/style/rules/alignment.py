"""Justify, align and place keywords."""
from __future__ import annotations

from ..values import GLOBAL_KEYWORDS
from .base import RuleList

rules = RuleList()
JUSTIFY = [("justify-start", "justify-content", "flex-start"), ("justify-end", "justify-content", "flex-end"),
            ("justify-center", "justify-content", "center"), ("justify-between", "justify-content", "space-between"),
            ("justify-around", "justify-content", "space-around"), ("justify-evenly", "justify-content", "space-evenly"),
            ("justify-stretch", "justify-content", "stretch"), ("justify-left", "justify-content", "left"),
            ("justify-right", "justify-content", "right"), ("justify-center-safe", "justify-content", "safe center"),
            ("justify-end-safe", "justify-content", "safe flex-end"), ("justify-normal", "justify-content", "normal"),
            *[(f"justify-{k}", "justify-content", k) for k in GLOBAL_KEYWORDS],
            ("justify-items-start", "justify-items", "start"), ("justify-items-end", "justify-items", "end"),
            ("justify-items-center", "justify-items", "center"), ("justify-items-stretch", "justify-items", "stretch"),
            ("justify-items-center-safe", "justify-items", "safe center"),
            ("justify-items-end-safe", "justify-items", "safe flex-end"),
            *[(f"justify-items-{k}", "justify-items", k) for k in GLOBAL_KEYWORDS],
            *[(f"justify-self-{k}", "justify-self", k) for k in ("auto", "start", "end", "center", "stretch", "baseline")],
            ("justify-self-center-safe", "justify-self", "safe center"),
            ("justify-self-end-safe", "justify-self", "safe flex-end"),
            *[(f"justify-self-{k}", "justify-self", k) for k in GLOBAL_KEYWORDS]]
ALIGN = [*[(f"content-{k}", "align-content", val) for k, val in (
    ("center", "center"), ("start", "flex-start"), ("end", "flex-end"), ("between", "space-between"),
    ("around", "space-around"), ("evenly", "space-evenly"), ("baseline", "baseline"), ("center-safe", "safe center"),
    ("end-safe", "safe flex-end"), ("stretch", "stretch"), ("normal", "normal"))],
    *[(f"content-{k}", "align-content", k) for k in GLOBAL_KEYWORDS],
    *[(f"items-{k}", "align-items", val) for k, val in (
        ("start", "flex-start"), ("end", "flex-end"), ("center", "center"), ("baseline", "baseline"),
        ("stretch", "stretch"), ("baseline-last", "last baseline"), ("center-safe", "safe center"),
        ("end-safe", "safe flex-end"))],
    *[(f"items-{k}", "align-items", k) for k in GLOBAL_KEYWORDS],
    *[(f"self-{k}", "align-self", val) for k, val in (
        ("auto", "auto"), ("start", "flex-start"), ("end", "flex-end"), ("center", "center"), ("stretch", "stretch"),
        ("baseline", "baseline"), ("baseline-last", "last baseline"), ("center-safe", "safe center"),
        ("end-safe", "safe flex-end"))],
    *[(f"self-{k}", "align-self", k) for k in GLOBAL_KEYWORDS]]
PLACE = [*[(f"place-content-{k}", "place-content", val) for k, val in (
    ("center", "center"), ("start", "start"), ("end", "end"), ("between", "space-between"), ("around", "space-around"),
    ("evenly", "space-evenly"), ("stretch", "stretch"), ("baseline", "baseline"), ("center-safe", "safe center"),
    ("end-safe", "safe flex-end"))],
    *[(f"place-content-{k}", "place-content", k) for k in GLOBAL_KEYWORDS],
    *[(f"place-items-{k}", "place-items", val) for k, val in (
        ("start", "start"), ("end", "end"), ("center", "center"), ("stretch", "stretch"), ("baseline", "baseline"),
        ("center-safe", "safe center"), ("end-safe", "safe flex-end"))],
    *[(f"place-items-{k}", "place-items", k) for k in GLOBAL_KEYWORDS],
    *[(f"place-self-{k}", "place-self", val) for k, val in (
        ("auto", "auto"), ("start", "start"), ("end", "end"), ("center", "center"), ("stretch", "stretch"),
        ("center-safe", "safe center"), ("end-safe", "safe flex-end"))],
    *[(f"place-self-{k}", "place-self", k) for k in GLOBAL_KEYWORDS]]
for _name, _prop, _val in PLACE + ALIGN + JUSTIFY:
    rules.static(_name, {_prop: _val})
