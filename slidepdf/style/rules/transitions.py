"""Transitions, will-change, content and the dvh sizes wind3 ends with."""
from __future__ import annotations

import re

from .. import values as v
from ..values import chain
from .base import Declarations, RuleList, _one, h_bracket_cssvar

rules = RuleList()
_EASING = {"DEFAULT": "cubic-bezier(0.4, 0, 0.2, 1)", "linear": "linear", "in": "cubic-bezier(0.4, 0, 1, 1)",
           "out": "cubic-bezier(0, 0, 0.2, 1)", "in-out": "cubic-bezier(0.4, 0, 0.2, 1)"}
_TRANSITION_PROPS = {"none": "none", "all": "all",
                     "colors": "color,background-color,border-color,text-decoration-color,fill,stroke",
                     "opacity": "opacity", "shadow": "box-shadow", "transform": "transform"}
_TRANSITION_DEFAULT = ("color,background-color,border-color,text-decoration-color,fill,stroke,opacity,box-shadow,"
                       "transform,filter,backdrop-filter")


def _transition(m: re.Match) -> Declarations | None:
    prop, duration = m[1], m[2]
    if not prop and not duration:
        return [("transition-property", _TRANSITION_DEFAULT), ("transition-timing-function", _EASING["DEFAULT"]),
                ("transition-duration", "150ms")]
    if prop is not None:
        resolved = _TRANSITION_PROPS.get(prop) or (prop if prop in ("color", "background-color", "opacity", "transform") else None)
        if resolved is None:
            return None
        return [("transition-property", resolved), ("transition-timing-function", _EASING["DEFAULT"]),
                ("transition-duration", v.time(duration or "150"))]
    return [("transition-property", _TRANSITION_DEFAULT), ("transition-timing-function", _EASING["DEFAULT"]),
            ("transition-duration", v.time(duration))]


rules.dynamic(r"^transition(?:-(\D+?))?(?:-(\d+))?$", _transition)
rules.dynamic(r"^(?:transition-)?duration-(.+)$", lambda m: _one("transition-duration", chain(v.bracket, v.cssvar, v.time)(m[1])))
rules.dynamic(r"^(?:transition-)?delay-(.+)$", lambda m: _one("transition-delay", chain(v.bracket, v.cssvar, v.time)(m[1])))
rules.dynamic(r"^(?:transition-)?ease(?:-(.+))?$", lambda m: _one("transition-timing-function", _EASING.get(m[1] or "DEFAULT") or
                                                            h_bracket_cssvar(m[1] or "")))
rules.dynamic(r"^(?:transition-)?property-(.+)$", lambda m: _one("transition-property", v.global_keyword(m[1]) or _TRANSITION_PROPS.get(m[1])))
rules.static("transition-none", {"transition": "none"})
rules.global_statics("transition")
rules.dynamic(r"^will-change-(.+)", lambda m: _one("will-change", {"contents": "contents", "scroll": "scroll-position"}.get(m[1]) or
                                             chain(v.auto, v.global_keyword)(m[1]) or (m[1] if re.fullmatch(r"[\w-]+(,[\w-]+)*", m[1]) else None)))
rules.static("content-visibility-visible", {"content-visibility": "visible"})
rules.static("content-visibility-hidden", {"content-visibility": "hidden"})
rules.static("content-visibility-auto", {"content-visibility": "auto"})
rules.dynamic(r"^content-(.+)$", lambda m: _one("content", h_bracket_cssvar(m[1])))
rules.static("content-empty", {"content": '""'})
rules.static("content-none", {"content": "none"})
rules.static("min-h-dvh", {"min-height": "100dvh"})
rules.static("h-dvh", {"height": "100dvh"})
