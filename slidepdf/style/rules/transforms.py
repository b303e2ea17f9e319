"""Translate, rotate, skew, scale, perspective, transform origins."""
from __future__ import annotations

import re

from .. import values as v
from ..values import chain
from .base import Declarations, POSITIONS, RuleList, TRANSFORM, TRANSFORM_CPU, TRANSFORM_GPU, _one, _theme, h_bracket_cssvar

rules = RuleList()
_XYZ = {"x": ["-x"], "y": ["-y"], "z": ["-z"], "": ["-x", "-y"]}


def _xyz(direction: str, value: str, name: str) -> Declarations:
    parts = re.split(r",(?![^()]*\))", value)
    if direction or len(parts) == 1:
        return [(f"--un-{name}{suffix}", value) for suffix in _XYZ[direction]]
    return [(f"--un-{name}-{axis}", part) for axis, part in zip("xyz", parts)]


def _translate(m: re.Match) -> Declarations | None:
    spacing = _theme("spacing")
    value = spacing[m[2]] if m[2] in spacing else chain(v.bracket, v.cssvar, v.fraction, v.rem)(m[2])
    return None if value is None else [*_xyz(m[1], value, "translate"), ("transform", TRANSFORM)]


def _rotate(m: re.Match) -> Declarations | None:
    value = chain(v.bracket, v.cssvar, v.degree)(m[2])
    if value is None:
        return None
    if m[1]:
        return [("--un-rotate", "0"), (f"--un-rotate-{m[1]}", value), ("transform", TRANSFORM)]
    return [("--un-rotate-x", "0"), ("--un-rotate-y", "0"), ("--un-rotate-z", "0"), ("--un-rotate", value),
            ("transform", TRANSFORM)]


def _skew(m: re.Match) -> Declarations | None:
    value = chain(v.bracket, v.cssvar, v.degree)(m[2])
    return None if value is None else [*_xyz(m[1], value, "skew"), ("transform", TRANSFORM)]


def _scale(m: re.Match) -> Declarations | None:
    value = chain(v.bracket, v.cssvar, v.fraction, v.percent)(m[2])
    return None if value is None else [*_xyz(m[1], value, "scale"), ("transform", TRANSFORM)]


def _perspective(m: re.Match) -> Declarations | None:
    value = chain(v.bracket, v.cssvar, v.px, v.number_with_unit)(m[2])
    if value is None:
        return None
    if m[1]:
        return [("--un-perspective", f"perspective({value})"), ("transform", f"var(--un-perspective) {TRANSFORM}")]
    return [("-webkit-perspective", value), ("perspective", value)]


rules.dynamic(r"^(?:transform-)?origin-(.+)$", lambda m: _one("transform-origin", POSITIONS.get(m[1]) or h_bracket_cssvar(m[1])))
rules.dynamic(r"^(transform-)?perspect(?:ive)?-(.+)$", _perspective)
rules.dynamic(r"^perspect(?:ive)?-origin-(.+)$", lambda m: (lambda val: None if val is None else [
    ("-webkit-perspective-origin", val), ("perspective-origin", val)])(
    h_bracket_cssvar(m[1]) or (POSITIONS.get(m[1]) if len(m[1]) >= 3 else None)))
rules.dynamic(r"^(?:transform-)?translate-()(.+)$", _translate)
rules.dynamic(r"^(?:transform-)?translate-([xyz])-(.+)$", _translate)
rules.dynamic(r"^(?:transform-)?rotate-()(.+)$", _rotate)
rules.dynamic(r"^(?:transform-)?rotate-([xyz])-(.+)$", _rotate)
rules.dynamic(r"^(?:transform-)?skew-()(.+)$", _skew)
rules.dynamic(r"^(?:transform-)?skew-([xy])-(.+)$", _skew)
rules.dynamic(r"^(?:transform-)?scale-()(.+)$", _scale)
rules.dynamic(r"^(?:transform-)?scale-([xyz])-(.+)$", _scale)
rules.dynamic(r"^(?:transform-)?preserve-3d$", lambda m: [("transform-style", "preserve-3d")])
rules.dynamic(r"^(?:transform-)?preserve-flat$", lambda m: [("transform-style", "flat")])
rules.static("transform", {"transform": TRANSFORM})
rules.static("transform-cpu", {"transform": TRANSFORM_CPU})
rules.static("transform-gpu", {"transform": TRANSFORM_GPU})
rules.static("transform-none", {"transform": "none"})
rules.global_statics("transform")
