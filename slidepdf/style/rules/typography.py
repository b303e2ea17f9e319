"""Text alignment and wrap, sizes, weights, line heights, families, cases, decorations, shadows, hyphens, writing modes, opacity, blend modes."""
from __future__ import annotations

import re

from .. import values as v
from ..values import GLOBAL_KEYWORDS, chain, color_declarations
from .base import Declarations, RuleList, _one, _shadow_colored, _theme, color_rule, h_bracket_cssvar_global, h_bracket_cssvar_global_px, h_bracket_cssvar_global_rem, h_bracket_percent_cssvar, is_math

rules = RuleList()
for _a in ("center", "left", "right", "justify", "start", "end"):
    rules.static(f"text-{_a}", {"text-align": _a})
for _a in (*GLOBAL_KEYWORDS, "center", "left", "right", "justify", "start", "end"):
    rules.static(f"text-align-{_a}", {"text-align": _a})
rules.dynamic(r"^indent(?:-(.+))?$", lambda m: _one("text-indent", _theme("textIndent").get(m[1] or "DEFAULT") or
                                              chain(v.bracket, v.cssvar, v.global_keyword, v.fraction, v.rem)(m[1] or "")))
for _w, _val in (("wrap", "wrap"), ("nowrap", "nowrap"), ("balance", "balance"), ("pretty", "pretty")):
    rules.static(f"text-{_w}", {"text-wrap": _val})
_VALIGN = {"mid": "middle", "base": "baseline", "btm": "bottom", "baseline": "baseline", "top": "top", "start": "top",
           "middle": "middle", "bottom": "bottom", "end": "bottom", "text-top": "text-top", "text-bottom": "text-bottom",
           "sub": "sub", "super": "super", **{k: k for k in GLOBAL_KEYWORDS}}
rules.dynamic(r"^(?:vertical|align|v)-(.+)$", lambda m: _one("vertical-align", _VALIGN.get(m[1]) or
                                                      chain(v.bracket, v.cssvar, v.number_with_unit)(m[1])))


def _font_size_pair(name: str):
    value = _theme("fontSize").get(name)
    return value if isinstance(value, list) else ([value] if value else None)


def _line_height(text: str) -> str | None:
    return _theme("lineHeight").get(text) or h_bracket_cssvar_global_rem(text)


def _text(m: re.Match) -> Declarations | None:
    body = m[1] or "base"
    split = v.split_shorthand(body, "length")
    if split is None:
        return None
    size, leading = split
    pair = _font_size_pair(size)
    line_height = _line_height(leading) if leading else None
    if pair and pair[0]:
        out = [("font-size", pair[0]), ("line-height", line_height or (pair[1] if len(pair) > 1 else "1"))]
        return out
    font_size = chain(v.bracket_of_length, v.rem)(size)
    if line_height and font_size:
        return [("font-size", font_size), ("line-height", line_height)]
    return _one("font-size", chain(v.bracket_of_length, v.rem)(body))


def _font_size(m: re.Match) -> Declarations | None:
    pair = _font_size_pair(m[1])
    return _one("font-size", pair[0] if pair else h_bracket_cssvar_global_rem(m[1]))


rules.dynamic(r"^text-(.+)$", _text)
rules.dynamic(r"^(?:text|font)-size-(.+)$", _font_size)
rules.dynamic(r"^text-(?:color-)?(.+)$", lambda m: _font_size(m) if is_math(v.bracket(m[1])) else color_declarations("color", "text", m[1]))
rules.dynamic(r"^(?:color|c)-(.+)$", color_rule("color", "text"))
rules.dynamic(r"^(?:text|color|c)-(.+)$", lambda m: [("color", m[1])] if m[1] in GLOBAL_KEYWORDS else None)
rules.dynamic(r"^(?:text|color|c)-op(?:acity)?-?(.+)$", lambda m: _one("--un-text-opacity", h_bracket_percent_cssvar(m[1])))
rules.dynamic(r"^(?:font|fw)-?([^-]+)$", lambda m: _one("font-weight", _theme("fontWeight").get(m[1]) or
                                                  chain(v.bracket, v.global_keyword, v.number)(m[1])))
rules.dynamic(r"^(?:font-)?(?:leading|lh|line-height)-(.+)$", lambda m: _one("line-height", _line_height(m[1])))
for _s in ("weight", "style", "small-caps", "none"):
    rules.static(f"font-synthesis-{_s}", {"font-synthesis": _s})
rules.dynamic(r"^font-synthesis-(.+)$", lambda m: _one("font-synthesis", h_bracket_cssvar_global(m[1])))
rules.dynamic(r"^(?:font-)?tracking-(.+)$", lambda m: _one("letter-spacing", _theme("letterSpacing").get(m[1]) or
                                                     h_bracket_cssvar_global_rem(m[1])))
rules.dynamic(r"^(?:font-)?word-spacing-(.+)$", lambda m: _one("word-spacing", _theme("wordSpacing").get(m[1]) or
                                                         h_bracket_cssvar_global_rem(m[1])))
for _s in ("normal", "ultra-condensed", "extra-condensed", "condensed", "semi-condensed", "semi-expanded", "expanded",
           "extra-expanded", "ultra-expanded"):
    rules.static(f"font-stretch-{_s}", {"font-stretch": _s})
rules.dynamic(r"^font-stretch-(.+)$", lambda m: _one("font-stretch", chain(v.bracket, v.cssvar, v.fraction, v.global_keyword)(m[1])))
rules.dynamic(r"^font-(.+)$", lambda m: _one("font-family", _theme("fontFamily").get(m[1]) or h_bracket_cssvar_global(m[1])),
              tag="font-family")
for _case, _val in (("upper", "uppercase"), ("lower", "lowercase"), ("capital", "capitalize"), ("normal", "none")):
    rules.static(f"case-{_case}", {"text-transform": _val})
rules.global_statics("case", "text-transform")
for _name, _val in (("uppercase", "uppercase"), ("lowercase", "lowercase"), ("capitalize", "capitalize"),
                    ("normal-case", "none")):
    rules.static(_name, {"text-transform": _val})
for _name, _val in (("italic", "italic"), ("not-italic", "normal"), ("font-italic", "italic"),
                    ("font-not-italic", "normal"), ("oblique", "oblique"), ("not-oblique", "normal"),
                    ("font-oblique", "oblique"), ("font-not-oblique", "normal")):
    rules.static(_name, {"font-style": _val})
rules.static("normal-nums", {"font-variant-numeric": "normal"})
_NUMERIC = "var(--un-ordinal) var(--un-slashed-zero) var(--un-numeric-figure) var(--un-numeric-spacing) var(--un-numeric-fraction)"
for _name, _var in (("ordinal", "ordinal"), ("slashed-zero", "slashed-zero"), ("lining-nums", "numeric-figure"),
                    ("oldstyle-nums", "numeric-figure"), ("proportional-nums", "numeric-spacing"),
                    ("tabular-nums", "numeric-spacing"), ("diagonal-fractions", "numeric-fraction"),
                    ("stacked-fractions", "numeric-fraction")):
    rules.static(_name, [(f"--un-{_var}", _name), ("font-variant-numeric", _NUMERIC)])


def _decoration_width(m: re.Match) -> Declarations | None:
    line = _theme("lineWidth")
    return _one("text-decoration-thickness", line[m[1]] if m[1] in line else h_bracket_cssvar_global_px(m[1]))


def _decoration_color(m: re.Match) -> Declarations | None:
    if is_math(v.bracket(m[1])):
        return _decoration_width(m)
    result = color_declarations("text-decoration-color", "line", m[1])
    if result is None:
        return None
    color = dict(result)["text-decoration-color"]
    return [("-webkit-text-decoration-color", color), *result]


rules.dynamic(r"^(?:decoration-)?(underline|overline|line-through)$", lambda m: [("text-decoration-line", m[1])])
rules.dynamic(r"^(?:underline|decoration)-(?:size-)?(.+)$", _decoration_width)
rules.dynamic(r"^(?:underline|decoration)-(auto|from-font)$", lambda m: [("text-decoration-thickness", m[1])])
rules.dynamic(r"^(?:underline|decoration)-(.+)$", _decoration_color)
rules.dynamic(r"^(?:underline|decoration)-op(?:acity)?-?(.+)$", lambda m: _one("--un-line-opacity", h_bracket_percent_cssvar(m[1])))
rules.dynamic(r"^(?:underline|decoration)-offset-(.+)$", lambda m: _one(
    "text-underline-offset", _theme("lineWidth").get(m[1]) or chain(v.auto, v.bracket, v.cssvar, v.global_keyword, v.px)(m[1])))
for _s in ("solid", "double", "dotted", "dashed", "wavy", *GLOBAL_KEYWORDS):
    rules.static(f"underline-{_s}", {"text-decoration-style": _s})
for _s in ("solid", "double", "dotted", "dashed", "wavy", *GLOBAL_KEYWORDS):
    rules.static(f"decoration-{_s}", {"text-decoration-style": _s})
rules.static("no-underline", {"text-decoration": "none"})
rules.static("decoration-none", {"text-decoration": "none"})
rules.static("antialiased", {"-webkit-font-smoothing": "antialiased", "-moz-osx-font-smoothing": "grayscale"})
rules.static("subpixel-antialiased", {"-webkit-font-smoothing": "auto", "-moz-osx-font-smoothing": "auto"})
rules.dynamic(r"^tab(?:-(.+))?$", lambda m: (lambda val: None if val is None else [
    ("-moz-tab-size", val), ("-o-tab-size", val), ("tab-size", val)])(
    chain(v.bracket, v.cssvar, v.global_keyword, v.number)(m[1] or "4")))
rules.dynamic(r"^text-stroke(?:-(.+))?$", lambda m: _one("-webkit-text-stroke-width", _theme("textStrokeWidth").get(m[1] or "DEFAULT")
                                                   or chain(v.bracket, v.cssvar, v.px)(m[1] or "")))
rules.dynamic(r"^text-stroke-(.+)$", color_rule("-webkit-text-stroke-color", "text-stroke"))
rules.dynamic(r"^text-stroke-op(?:acity)?-?(.+)$", lambda m: _one("--un-text-stroke-opacity", h_bracket_percent_cssvar(m[1])))


def _text_shadow(m: re.Match) -> Declarations | None:
    shadow = _theme("textShadow").get(m[1] or "DEFAULT")
    if shadow is not None:
        return [("--un-text-shadow", ",".join(_shadow_colored(shadow, "--un-text-shadow-color"))),
                ("text-shadow", "var(--un-text-shadow)")]
    return _one("text-shadow", h_bracket_cssvar_global(m[1] or ""))


rules.dynamic(r"^text-shadow(?:-(.+))?$", _text_shadow)
rules.dynamic(r"^text-shadow-color-(.+)$", color_rule("--un-text-shadow-color", "text-shadow"))
rules.dynamic(r"^text-shadow-color-op(?:acity)?-?(.+)$", lambda m: _one("--un-text-shadow-opacity", h_bracket_percent_cssvar(m[1])))
for _hy in ("manual", "auto", "none", *GLOBAL_KEYWORDS):
    rules.static(f"hyphens-{_hy}", {"-webkit-hyphens": _hy, "-ms-hyphens": _hy, "hyphens": _hy})
rules.static("write-vertical-right", {"writing-mode": "vertical-rl"})
rules.static("write-vertical-left", {"writing-mode": "vertical-lr"})
rules.static("write-normal", {"writing-mode": "horizontal-tb"})
rules.dynamic(r"^caret-(.+)$", color_rule("caret-color", "caret"))
rules.dynamic(r"^accent-(.+)$", color_rule("accent-color", "accent"))
rules.dynamic(r"^op(?:acity)?-?(.+)$", lambda m: _one("opacity", h_bracket_percent_cssvar(m[1])))
for _mode in ("multiply", "screen", "overlay", "darken", "lighten", "color-dodge", "color-burn", "hard-light",
              "soft-light", "difference", "exclusion", "hue", "saturation", "color", "luminosity", "normal"):
    rules.static(f"bg-blend-{_mode}", {"background-blend-mode": _mode})
for _mode in ("multiply", "screen", "overlay", "darken", "lighten", "color-dodge", "color-burn", "hard-light",
              "soft-light", "difference", "exclusion", "hue", "saturation", "color", "luminosity", "plus-lighter", "normal"):
    rules.static(f"mix-blend-{_mode}", {"mix-blend-mode": _mode})
