"""List styles and appearance."""
from __future__ import annotations

import re

from .. import values as v
from .base import RuleList, _one

rules = RuleList()
_LISTS = {"disc": "disc", "circle": "circle", "square": "square", "decimal": "decimal", "zero-decimal": "decimal-leading-zero",
          "greek": "lower-greek", "roman": "lower-roman", "upper-roman": "upper-roman", "alpha": "lower-alpha",
          "upper-alpha": "upper-alpha", "latin": "lower-latin", "upper-latin": "upper-latin"}
rules.dynamic(r"^list-(.+?)(?:-(outside|inside))?$", lambda m: None if m[1] not in _LISTS else (
    [("list-style-position", m[2]), ("list-style-type", _LISTS[m[1]])] if m[2] else [("list-style-type", _LISTS[m[1]])]))
rules.static("list-outside", {"list-style-position": "outside"})
rules.static("list-inside", {"list-style-position": "inside"})
rules.static("list-none", {"list-style-type": "none"})
rules.dynamic(r"^list-image-(.+)$", lambda m: _one("list-style-image", v.bracket(m[1])) if re.fullmatch(r"\[url\(.+\)\]", m[1]) else None)
rules.static("list-image-none", {"list-style-image": "none"})
rules.global_statics("list", "list-style-type")
rules.static("appearance-auto", {"-webkit-appearance": "auto", "appearance": "auto"})
rules.static("appearance-none", {"-webkit-appearance": "none", "appearance": "none"})
