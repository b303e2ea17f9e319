"""What every family of utility rules shares: the rule record, value helpers, the list they fill.

rules: UnoCSS preset-wind3's utility rules, in its definition order.

A rule is either static (an exact utility → declarations) or dynamic (a regular expression
and a function of its match → declarations or None). As in UnoCSS, static rules are tried
first, then dynamic rules from the last defined to the first, and a rule that returns None
lets the next one try. The definition index orders the generated CSS, which is what decides
conflicts (`p-4 px-2`: the `px` rule comes later, so it wins).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from .. import values as v
from ..values import DIRECTIONS, GLOBAL_KEYWORDS, chain, color_declarations, uno_theme

Declarations = list[tuple[str, str]]
Matcher = Callable[[re.Match], "Declarations | None"]


@dataclass(frozen=True)
class Rule:
    index: int
    static: str | None
    pattern: re.Pattern | None
    declarations: Declarations | None
    matcher: Matcher | None


class RuleList:
    """One family's rules in the order its module defines them; the family lists are put in
    preset-wind3's order by `ORDER` in `rules/__init__.py`."""

    def __init__(self) -> None:
        self.items: list[tuple] = []

    def __len__(self) -> int:
        return len(self.items)

    def static(self, name: str, declarations: dict | list) -> None:
        items = list(declarations.items()) if isinstance(declarations, dict) else list(declarations)
        self.items.append(("static", name, [(k, str(val)) for k, val in items], None))

    def dynamic(self, pattern: str, matcher: Matcher, tag: str | None = None) -> None:
        """`tag` names a rule that the generator must find again (the font-family rule)."""
        self.items.append(("dynamic", re.compile(pattern), matcher, tag))

    def global_statics(self, prefix: str, prop: str | None = None) -> None:
        for keyword in GLOBAL_KEYWORDS:
            self.static(f"{prefix}-{keyword}", {prop or prefix: keyword})

    def spacing(self, letter: str, prop: str) -> None:
        """Margins (`m`) and paddings (`p`): all sides, x/y, one side, logical sides."""
        for pattern in (rf"^{letter}a?()-?(.+)$", rf"^{letter}-?xy()()$", rf"^{letter}-?([xy])(?:-?(.+))?$",
                        rf"^{letter}-?([rltbse])(?:-?(.+))?$", rf"^{letter}-(block|inline)(?:-(.+))?$",
                        rf"^{letter}-?([bi][se])(?:-?(.+))?$"):
            self.dynamic(pattern, direction_size(prop))


def _dict(**pairs) -> Declarations:
    return [(k.replace("_", "-"), val) for k, val in pairs.items()]


def _theme(key: str) -> dict:
    return uno_theme().get(key, {})


def _nonnull(declarations: Declarations) -> Declarations | None:
    kept = [(k, val) for k, val in declarations if val is not None]
    return kept if len(kept) == len(declarations) else None


def _one(prop: str, value: str | None) -> Declarations | None:
    return None if value is None else [(prop, value)]


h_bracket_cssvar = chain(v.bracket, v.cssvar)
h_bracket_cssvar_global = chain(v.bracket, v.cssvar, v.global_keyword)
h_bracket_percent_cssvar = chain(v.bracket, v.percent, v.cssvar)
h_bracket_cssvar_global_rem = chain(v.bracket, v.cssvar, v.global_keyword, v.rem)
h_bracket_cssvar_global_px = chain(v.bracket, v.cssvar, v.global_keyword, v.px)
h_spacing = chain(v.bracket, v.cssvar, v.global_keyword, v.auto, v.fraction, v.rem)
h_inset = h_spacing
POSITIONS = {}
for _p in ["top", "top center", "top left", "top right", "bottom", "bottom center", "bottom left", "bottom right",
           "left", "left center", "left top", "left bottom", "right", "right center", "right top", "right bottom",
           "center", "center top", "center bottom", "center left", "center right", "center center"]:
    POSITIONS[_p.replace(" ", "-", 1)] = _p
    POSITIONS[re.sub(r"\b(\w)\w+", r"\1", _p).replace(" ", "", 1)] = _p
INSET_MAP = {**DIRECTIONS, "s": ["-inset-inline-start"], "start": ["-inset-inline-start"],
             "e": ["-inset-inline-end"], "end": ["-inset-inline-end"], "bs": ["-inset-block-start"],
             "be": ["-inset-block-end"], "is": ["-inset-inline-start"], "ie": ["-inset-inline-end"],
             "block": ["-inset-block-start", "-inset-block-end"],
             "inline": ["-inset-inline-start", "-inset-inline-end"]}
TRANSFORM = ("translateX(var(--un-translate-x)) translateY(var(--un-translate-y)) translateZ(var(--un-translate-z)) "
             "rotate(var(--un-rotate)) rotateX(var(--un-rotate-x)) rotateY(var(--un-rotate-y)) "
             "rotateZ(var(--un-rotate-z)) skewX(var(--un-skew-x)) skewY(var(--un-skew-y)) "
             "scaleX(var(--un-scale-x)) scaleY(var(--un-scale-y)) scaleZ(var(--un-scale-z))")
TRANSFORM_CPU = ("translateX(var(--un-translate-x)) translateY(var(--un-translate-y)) rotate(var(--un-rotate)) "
                 "rotateZ(var(--un-rotate-z)) skewX(var(--un-skew-x)) skewY(var(--un-skew-y)) "
                 "scaleX(var(--un-scale-x)) scaleY(var(--un-scale-y))")
TRANSFORM_GPU = ("translate3d(var(--un-translate-x), var(--un-translate-y), var(--un-translate-z)) "
                 "rotate(var(--un-rotate)) rotateX(var(--un-rotate-x)) rotateY(var(--un-rotate-y)) "
                 "rotateZ(var(--un-rotate-z)) skewX(var(--un-skew-x)) skewY(var(--un-skew-y)) "
                 "scaleX(var(--un-scale-x)) scaleY(var(--un-scale-y)) scaleZ(var(--un-scale-z))")
FILTER = ("var(--un-blur) var(--un-brightness) var(--un-contrast) var(--un-drop-shadow) var(--un-grayscale) "
          "var(--un-hue-rotate) var(--un-invert) var(--un-saturate) var(--un-sepia)")
BACKDROP = ("var(--un-backdrop-blur) var(--un-backdrop-brightness) var(--un-backdrop-contrast) "
            "var(--un-backdrop-grayscale) var(--un-backdrop-hue-rotate) var(--un-backdrop-invert) "
            "var(--un-backdrop-opacity) var(--un-backdrop-saturate) var(--un-backdrop-sepia)")
SHADOW = "var(--un-ring-offset-shadow), var(--un-ring-shadow), var(--un-shadow)"


def is_math(value: str | None) -> bool:
    return value is not None and bool(v.CSS_MATH.match(value))


def is_size(text: str) -> bool:
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    return bool(v.CSS_MATH.match(text) or v.NUMBER_WITH_UNIT.match(text))


def direction_size(prefix: str) -> Matcher:
    def run(m: re.Match) -> Declarations | None:
        direction, size = m[1] or "", m[2] if m.lastindex and m.lastindex >= 2 else None
        spacing = _theme("spacing")
        value = spacing.get(size or "DEFAULT") if (size or "DEFAULT") in spacing else h_spacing(size or "")
        if value is None and size and size.startswith("-") and size[1:] in spacing:
            value = f"calc({spacing[size[1:]]} * -1)"
        if value is None or direction not in DIRECTIONS:
            return None
        return [(f"{prefix}{suffix}", value) for suffix in DIRECTIONS[direction]]
    return run


def color_rule(prop: str, kind: str | None) -> Matcher:
    return lambda m: color_declarations(prop, kind, m[m.lastindex] if m.lastindex else "")


def _normalize_color_function(text: str) -> str:
    """`rgba(0,0,0,0.3)` → `rgba(0, 0, 0, 0.3)`, as UnoCSS re-serialises a parsed colour."""
    found = re.fullmatch(r"(rgba?)\(([^)]*)\)", text)
    if not found or "," not in found[2]:
        return text
    return f"{found[1]}({', '.join(p.strip() for p in found[2].split(','))})"


def _shadow_colored(shadows, color_var: str) -> list[str]:
    out = []
    for shadow in ([shadows] if isinstance(shadows, str) else shadows):
        parts = shadow.split(" ")
        if len(parts) < 3:
            return [shadows] if isinstance(shadows, str) else list(shadows)
        inset = "inset" in parts
        if inset:
            parts.remove("inset")
        color_value = ""
        joined = " ".join(parts)
        found = re.search(r"(rgba?\([^)]*\)|#[\da-fA-F]{3,8})$", joined)
        if found:
            color_value = ", " + _normalize_color_function(found[1])
            joined = joined[:found.start()].rstrip()
        elif parts[-1].startswith("var("):
            color_value = ", " + parts[-1]
            joined = " ".join(parts[:-1])
        out.append(f"{'inset ' if inset else ''}{joined} var({color_var}{color_value})")
    return out
