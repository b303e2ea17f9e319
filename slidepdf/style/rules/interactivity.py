"""Cursors, touch actions, user select, resize, scroll snapping."""
from __future__ import annotations

from .base import RuleList, _one, h_bracket_cssvar_global

rules = RuleList()
_CURSORS = ("auto default none context-menu help pointer progress wait cell crosshair text vertical-text alias copy move "
            "no-drop not-allowed grab grabbing all-scroll col-resize row-resize n-resize e-resize s-resize w-resize "
            "ne-resize nw-resize se-resize sw-resize ew-resize ns-resize nesw-resize nwse-resize zoom-in zoom-out").split()
rules.dynamic(r"^cursor-(.+)$", lambda m: _one("cursor", h_bracket_cssvar_global(m[1])))
for _c in _CURSORS:
    rules.static(f"cursor-{_c}", {"cursor": _c})
for _t in ("auto", "none", "manipulation"):
    rules.static(f"touch-{_t}", {"touch-action": _t})
for _s in ("auto", "all", "text", "none"):
    rules.static(f"select-{_s}", {"-webkit-user-select": _s, "user-select": _s})
rules.global_statics("select", "user-select")
rules.static("resize-x", {"resize": "horizontal"})
rules.static("resize-y", {"resize": "vertical"})
rules.static("resize", {"resize": "both"})
rules.static("resize-none", {"resize": "none"})
rules.global_statics("resize")
