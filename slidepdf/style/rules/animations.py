"""Animate-* with the theme's keyframes."""
from __future__ import annotations

import re

from .. import values as v
from ..values import GLOBAL_KEYWORDS, chain
from .base import Declarations, RuleList, _one, _theme, h_bracket_cssvar

rules = RuleList()
def _animation() -> dict:
    return _theme("animation")


def _animate(m: re.Match) -> Declarations | None:
    table = _animation()
    if m[1] in table.get("keyframes", {}):
        name = m[1]
        duration = table.get("durations", {}).get(name, "1s")
        timing = table.get("timingFns", {}).get(name, "linear")
        count = table.get("counts", {}).get(name, 1)
        props = list(table.get("properties", {}).get(name, {}).items())
        return [("animation", f"{name} {duration} {timing} {count}"), *props]
    return _one("animation", h_bracket_cssvar(m[1]))


rules.dynamic(r"^(?:animate-)?keyframes-(.+)$", lambda m: [("animation", m[1])] if m[1] in _animation().get("keyframes", {}) else None)
rules.dynamic(r"^animate-(.+)$", _animate)
rules.dynamic(r"^animate-name-(.+)", lambda m: [("animation-name", h_bracket_cssvar(m[1]) or m[1])])
rules.dynamic(r"^animate-duration-(.+)$", lambda m: _one("animation-duration", _theme("duration").get(m[1] or "DEFAULT") or
                                                   chain(v.bracket, v.cssvar, v.time)(m[1])))
rules.dynamic(r"^animate-delay-(.+)$", lambda m: _one("animation-delay", _theme("duration").get(m[1] or "DEFAULT") or
                                                chain(v.bracket, v.cssvar, v.time)(m[1])))
rules.dynamic(r"^animate-ease(?:-(.+))?$", lambda m: _one("animation-timing-function", _theme("easing").get(m[1] or "DEFAULT") or
                                                    h_bracket_cssvar(m[1] or "")))
rules.dynamic(r"^animate-(fill-mode-|fill-|mode-)?(.+)$", lambda m: [("animation-fill-mode", m[2])] if m[2] in (
    "none", "forwards", "backwards", "both", *(GLOBAL_KEYWORDS if m[1] else ())) else None)
rules.dynamic(r"^animate-(direction-)?(.+)$", lambda m: [("animation-direction", m[2])] if m[2] in (
    "normal", "reverse", "alternate", "alternate-reverse", *(GLOBAL_KEYWORDS if m[1] else ())) else None)
rules.dynamic(r"^animate-(?:iteration-count-|iteration-|count-)(.+)$",
        lambda m: [("animation-iteration-count", h_bracket_cssvar(m[1]) or m[1].replace("-", ","))])
rules.dynamic(r"^animate-(play-state-|play-|state-)?(.+)$", lambda m: [("animation-play-state", m[2])] if m[2] in (
    "paused", "running", *(GLOBAL_KEYWORDS if m[1] else ())) else None)
rules.static("animate-none", {"animation": "none"})
rules.global_statics("animate", "animation")
