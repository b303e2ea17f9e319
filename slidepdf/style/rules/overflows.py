"""Overflow, overscroll, truncation, white space and word breaks."""
from __future__ import annotations

from ..values import GLOBAL_KEYWORDS
from .base import RuleList

rules = RuleList()
_OVERFLOW = ("auto", "hidden", "clip", "visible", "scroll", "overlay", *GLOBAL_KEYWORDS)
rules.dynamic(r"^(?:overflow|of)-(.+)$", lambda m: [("overflow", m[1])] if m[1] in _OVERFLOW else None)
rules.dynamic(r"^(?:overflow|of)-([xy])-(.+)$", lambda m: [(f"overflow-{m[1]}", m[2])] if m[2] in _OVERFLOW else None)
for _o in ("auto", "contain", "none"):
    rules.static(f"overscroll-{_o}", {"overscroll-behavior": _o})
rules.static("scroll-auto", {"scroll-behavior": "auto"})
rules.static("scroll-smooth", {"scroll-behavior": "smooth"})
for _name, _decl in (("truncate", [("overflow", "hidden"), ("text-overflow", "ellipsis"), ("white-space", "nowrap")]),
                     ("text-truncate", [("overflow", "hidden"), ("text-overflow", "ellipsis"), ("white-space", "nowrap")]),
                     ("text-ellipsis", [("text-overflow", "ellipsis")]), ("text-clip", [("text-overflow", "clip")])):
    rules.static(_name, _decl)
rules.dynamic(r"^(?:whitespace-|ws-)([-\w]+)$", lambda m: [("white-space", m[1])] if m[1] in (
    "normal", "nowrap", "pre", "pre-line", "pre-wrap", "break-spaces", *GLOBAL_KEYWORDS) else None)
rules.static("break-normal", {"overflow-wrap": "normal", "word-break": "normal"})
rules.static("break-words", {"overflow-wrap": "break-word"})
rules.static("break-all", {"word-break": "break-all"})
rules.static("break-keep", {"word-break": "keep-all"})
rules.static("break-anywhere", {"overflow-wrap": "anywhere"})
