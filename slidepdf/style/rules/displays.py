"""Display keywords and the rules wind3 keeps beside them."""
from __future__ import annotations

import re

from .. import values as v
from ..values import chain
from .base import RuleList, _one, h_bracket_cssvar_global

rules = RuleList()
for _d in ("inline", "block", "inline-block", "contents", "flow-root", "list-item"):
    rules.static(_d, {"display": _d})
rules.static("hidden", {"display": "none"})
rules.dynamic(r"^display-(.+)$", lambda m: _one("display", h_bracket_cssvar_global(m[1])))


def _aspect(text: str) -> str | None:
    if re.fullmatch(r"\d+/\d+", text):
        return text
    return {"square": "1/1", "video": "16/9"}.get(text) or \
        chain(v.bracket, v.cssvar, v.global_keyword, v.auto, v.number)(text)


rules.dynamic(r"^(?:size-)?aspect-(?:ratio-)?(.+)$", lambda m: _one("aspect-ratio", _aspect(m[1])))
