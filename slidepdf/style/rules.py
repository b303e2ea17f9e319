"""rules: UnoCSS preset-wind3's utility rules, in its definition order.

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

from . import values as v
from .values import CORNERS, DIRECTIONS, GLOBAL_KEYWORDS, chain, color_declarations, uno_theme

Declarations = list[tuple[str, str]]
Matcher = Callable[[re.Match], "Declarations | None"]


@dataclass(frozen=True)
class Rule:
    index: int
    static: str | None
    pattern: re.Pattern | None
    declarations: Declarations | None
    matcher: Matcher | None


_RULES: list[tuple] = []


def static(name: str, declarations: dict | list) -> None:
    items = list(declarations.items()) if isinstance(declarations, dict) else list(declarations)
    _RULES.append(("static", name, [(k, str(val)) for k, val in items]))


def dynamic(pattern: str, matcher: Matcher) -> None:
    _RULES.append(("dynamic", re.compile(pattern), matcher))


def global_statics(prefix: str, prop: str | None = None) -> None:
    for keyword in GLOBAL_KEYWORDS:
        static(f"{prefix}-{keyword}", {prop or prefix: keyword})


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


# ---- preset-wind3 rule list, in order --------------------------------------------------------
_ABBR = {"backface": "backface-visibility", "break": "word-break", "case": "text-transform",
         "content": "align-content", "fw": "font-weight", "items": "align-items", "justify": "justify-content",
         "select": "user-select", "self": "align-self", "vertical": "vertical-align", "visible": "visibility",
         "whitespace": "white-space", "ws": "white-space"}
dynamic(r"^(.+?)-(\$.+)$", lambda m: _one(_ABBR[m[1]], v.cssvar(m[2])) if m[1] in _ABBR else None)


def _css_property(m: re.Match) -> Declarations | None:
    body = m[1]
    if ":" not in body:
        return None
    prop, _, value = body.partition(":")
    if "://" in body or not re.fullmatch(r"[\w-]+", prop) or re.search(r"[\[\]{}:]", re.sub(r"\([^)]*\)|\"[^\"]*\"|'[^']*'", "", value)):
        return None
    parsed = v.bracket(f"[{value}]")
    return _one(prop, parsed)


dynamic(r"^\[(.*)\]$", _css_property)
_CONTAIN = ("none", "strict", "content", "size", "inline-size", "layout", "style", "paint")
dynamic(r"^contain-(.*)$", lambda m: _one("contain", " ".join(chain(v.cssvar, v.fraction)(e) or e for e in v.bracket(m[1]).split(" ")))
        if v.bracket(m[1]) else (_one("contain", m[1]) if m[1] in _CONTAIN else None))
dynamic(r"^sr-only$", lambda m: [("position", "absolute"), ("width", "1px"), ("height", "1px"), ("padding", "0"),
                                  ("margin", "-1px"), ("overflow", "hidden"), ("clip", "rect(0,0,0,0)"),
                                  ("white-space", "nowrap"), ("border-width", "0")])
static("not-sr-only", {"position": "static", "width": "auto", "height": "auto", "padding": "0", "margin": "0",
                       "overflow": "visible", "clip": "auto", "white-space": "normal"})
static("pointer-events-auto", {"pointer-events": "auto"})
static("pointer-events-none", {"pointer-events": "none"})
global_statics("pointer-events")
static("visible", {"visibility": "visible"})
static("invisible", {"visibility": "hidden"})
static("backface-visible", {"backface-visibility": "visible"})
static("backface-hidden", {"backface-visibility": "hidden"})
global_statics("backface", "backface-visibility")
dynamic(r"^(?:position-|pos-)?(relative|absolute|fixed|sticky)$", lambda m: [("position", m[1])])
dynamic(r"^(?:position-|pos-)([-\w]+)$", lambda m: [("position", m[1])] if m[1] in GLOBAL_KEYWORDS else None)
dynamic(r"^(?:position-|pos-)?(static)$", lambda m: [("position", m[1])])


def _inset_value(text: str) -> str | None:
    spacing = _theme("spacing")
    return spacing[text] if text in spacing else h_inset(text)


def _inset_values(m: re.Match) -> Declarations | None:
    value = _inset_value(m[2])
    if value is None or m[1] not in INSET_MAP:
        return None
    return [(suffix[1:], value) for suffix in INSET_MAP[m[1]]]


dynamic(r"^(?:position-|pos-)?inset-(.+)$", lambda m: _one("inset", _inset_value(m[1])))
dynamic(r"^(?:position-|pos-)?(start|end)-(.+)$", _inset_values)
dynamic(r"^(?:position-|pos-)?inset-([xy])-(.+)$", _inset_values)
dynamic(r"^(?:position-|pos-)?inset-([rltbse])-(.+)$", _inset_values)
dynamic(r"^(?:position-|pos-)?inset-(block|inline)-(.+)$", _inset_values)
dynamic(r"^(?:position-|pos-)?inset-([bi][se])-(.+)$", _inset_values)
dynamic(r"^(?:position-|pos-)?(top|left|right|bottom)-(.+)$", lambda m: _one(m[1], _inset_value(m[2])))
dynamic(r"^line-clamp-(\d+)$", lambda m: [("overflow", "hidden"), ("display", "-webkit-box"),
                                          ("-webkit-box-orient", "vertical"), ("-webkit-line-clamp", m[1]),
                                          ("line-clamp", m[1])])
for _k in ("none", *GLOBAL_KEYWORDS):
    static(f"line-clamp-{_k}", {"overflow": "visible", "display": "block", "-webkit-box-orient": "horizontal",
                               "-webkit-line-clamp": _k, "line-clamp": _k})
static("isolate", {"isolation": "isolate"})
static("isolate-auto", {"isolation": "auto"})
static("isolation-auto", {"isolation": "auto"})
dynamic(r"^(?:position-|pos-)?z([\d.]+)$", lambda m: _one("z-index", v.number(m[1])))
dynamic(r"^(?:position-|pos-)?z-(.+)$", lambda m: _one("z-index", _theme("zIndex").get(m[1]) or
                                                         chain(v.bracket, v.cssvar, v.global_keyword, v.auto, v.number)(m[1])))
dynamic(r"^order-(.+)$", lambda m: _one("order", chain(v.bracket, v.cssvar, v.number)(m[1])))
static("order-first", {"order": "-9999"})
static("order-last", {"order": "9999"})
static("order-none", {"order": "0"})
# grids
static("grid", {"display": "grid"})
static("inline-grid", {"display": "inline-grid"})


def _rowcol(text: str) -> str:
    return text.replace("col", "column")


dynamic(r"^(?:grid-)?(row|col)-(.+)$", lambda m: _one(f"grid-{_rowcol(m[1])}", chain(v.bracket, v.cssvar, v.auto)(m[2])))


def _span(m: re.Match) -> Declarations | None:
    if m[2] == "full":
        return [(f"grid-{_rowcol(m[1])}", "1/-1")]
    value = chain(v.bracket, v.number)(m[2])
    return None if value is None else [(f"grid-{_rowcol(m[1])}", f"span {value}/span {value}")]


dynamic(r"^(?:grid-)?(row|col)-span-(.+)$", _span)
dynamic(r"^(?:grid-)?(row|col)-start-(.+)$", lambda m: [(f"grid-{_rowcol(m[1])}-start", h_bracket_cssvar(m[2]) or m[2])])
dynamic(r"^(?:grid-)?(row|col)-end-(.+)$", lambda m: [(f"grid-{_rowcol(m[1])}-end", h_bracket_cssvar(m[2]) or m[2])])


def _auto_direction(prop: str) -> str | None:
    return {"min": "min-content", "max": "max-content", "fr": "minmax(0,1fr)"}.get(prop) or \
        chain(v.bracket, v.cssvar, v.auto, v.rem)(prop)


dynamic(r"^(?:grid-)?auto-(rows|cols)-(.+)$", lambda m: _one(f"grid-auto-{_rowcol(m[1])}", _auto_direction(m[2])))
dynamic(r"^(?:grid-auto-flow|auto-flow|grid-flow)-(.+)$", lambda m: _one("grid-auto-flow", h_bracket_cssvar(m[1])))
dynamic(r"^(?:grid-auto-flow|auto-flow|grid-flow)-(row|col|dense|row-dense|col-dense)$",
        lambda m: [("grid-auto-flow", _rowcol(m[1]).replace("-", " "))])


def _template(m: re.Match) -> Declarations | None:
    prop = f"grid-template-{_rowcol(m[1])}"
    bracketed = v.bracket(m[2])
    if bracketed is not None:
        return [(prop, bracketed)]
    var = v.cssvar(m[2])
    if var is not None:
        return [(prop, var)]
    number = v.number(m[2])
    if number is not None:
        return [(prop, f"repeat({number},minmax(0,1fr))")]
    return None


dynamic(r"^(?:grid-)?(rows|cols)-(.+)$", _template)
dynamic(r"^(?:grid-)?(rows|cols)-minmax-([\w.-]+)$",
        lambda m: [(f"grid-template-{_rowcol(m[1])}", f"repeat(auto-fill,minmax({m[2]},1fr))")])
dynamic(r"^(?:grid-)?(rows|cols)-(\d+)$", lambda m: [(f"grid-template-{_rowcol(m[1])}", f"repeat({m[2]},minmax(0,1fr))")])
dynamic(r"^grid-area(s)?-(.+)$", lambda m: _one("grid-template-areas", v.cssvar(m[2]) or " ".join(f'"{v.bracket(s)}"' for s in m[2].split("-")))
        if m[1] else _one("grid-area", h_bracket_cssvar(m[2])))
static("grid-rows-none", {"grid-template-rows": "none"})
static("grid-cols-none", {"grid-template-columns": "none"})
static("grid-rows-subgrid", {"grid-template-rows": "subgrid"})
static("grid-cols-subgrid", {"grid-template-columns": "subgrid"})
for _f in ("left", "right"):
    static(f"float-{_f}", {"float": _f})
static("float-start", {"float": "inline-start"})
static("float-end", {"float": "inline-end"})
static("float-none", {"float": "none"})
global_statics("float")
for _c, _val in (("left", "left"), ("right", "right"), ("both", "both"), ("start", "inline-start"),
                 ("end", "inline-end"), ("none", "none")):
    static(f"clear-{_c}", {"clear": _val})
global_statics("clear")


def spacing_rules(letter: str, prop: str) -> None:
    """Margins (`m`) and paddings (`p`): all sides, x/y, one side, logical sides."""
    for pattern in (rf"^{letter}a?()-?(.+)$", rf"^{letter}-?xy()()$", rf"^{letter}-?([xy])(?:-?(.+))?$",
                    rf"^{letter}-?([rltbse])(?:-?(.+))?$", rf"^{letter}-(block|inline)(?:-(.+))?$",
                    rf"^{letter}-?([bi][se])(?:-?(.+))?$"):
        dynamic(pattern, direction_size(prop))


spacing_rules("m", "margin")
static("box-border", {"box-sizing": "border-box"})
static("box-content", {"box-sizing": "content-box"})
global_statics("box", "box-sizing")
# displays
for _d in ("inline", "block", "inline-block", "contents", "flow-root", "list-item"):
    static(_d, {"display": _d})
static("hidden", {"display": "none"})
dynamic(r"^display-(.+)$", lambda m: _one("display", h_bracket_cssvar_global(m[1])))


def _aspect(text: str) -> str | None:
    if re.fullmatch(r"\d+/\d+", text):
        return text
    return {"square": "1/1", "video": "16/9"}.get(text) or \
        chain(v.bracket, v.cssvar, v.global_keyword, v.auto, v.number)(text)


dynamic(r"^(?:size-)?aspect-(?:ratio-)?(.+)$", lambda m: _one("aspect-ratio", _aspect(m[1])))
# sizes
_SIZE_NAMES = {"h": "height", "w": "width", "inline": "inline-size", "block": "block-size"}


def _size_prop(minmax: str | None, hw: str) -> str:
    return f"{minmax or ''}{_SIZE_NAMES[hw]}"


def _size_value(minmax: str | None, hw: str, prop: str) -> str | None:
    key = re.sub(r"-(\w)", lambda m: m[1].upper(), _size_prop(minmax, hw))
    table = _theme(key)
    if prop in table:
        return table[prop]
    if prop in ("fit", "max", "min"):
        return f"{prop}-content"
    if prop == "stretch":
        return "stretch"
    return h_spacing(prop)


dynamic(r"^size-(min-|max-)?(.+)$", lambda m: _nonnull([(_size_prop(m[1], "w"), _size_value(m[1], "w", m[2])),
                                                         (_size_prop(m[1], "h"), _size_value(m[1], "h", m[2]))]))
dynamic(r"^(?:size-)?(min-|max-)?([wh])-?(.+)$", lambda m: _one(_size_prop(m[1], m[2]), _size_value(m[1], m[2], m[3])))
dynamic(r"^(?:size-)?(min-|max-)?(block|inline)-(.+)$", lambda m: _one(_size_prop(m[1], m[2]), _size_value(m[1], m[2], m[3])))
dynamic(r"^(?:size-)?(min-|max-)?(w)-screen-(.+)$",
        lambda m: _one(_size_prop(m[1], m[2]), (f"{_theme('breakpoints')[m[3]]}" if m[3] in _theme("breakpoints") else None)))
# flex
static("flex", {"display": "flex"})
static("inline-flex", {"display": "inline-flex"})
static("flex-inline", {"display": "inline-flex"})
dynamic(r"^flex-(.*)$", lambda m: _one("flex", " ".join(chain(v.cssvar, v.fraction)(e) or e for e in v.bracket(m[1]).split(" "))
                                       if v.bracket(m[1]) is not None else chain(v.cssvar, v.fraction)(m[1])))
static("flex-1", {"flex": "1 1 0%"})
static("flex-auto", {"flex": "1 1 auto"})
static("flex-initial", {"flex": "0 1 auto"})
static("flex-none", {"flex": "none"})
dynamic(r"^(?:flex-)?shrink(?:-(.*))?$", lambda m: [("flex-shrink", chain(v.bracket, v.cssvar, v.number)(m[1] or "") or "1")])
dynamic(r"^(?:flex-)?grow(?:-(.*))?$", lambda m: [("flex-grow", chain(v.bracket, v.cssvar, v.number)(m[1] or "") or "1")])
dynamic(r"^(?:flex-)?basis-(.+)$", lambda m: _one("flex-basis", _theme("spacing").get(m[1]) or
                                                 chain(v.bracket, v.cssvar, v.auto, v.fraction, v.rem)(m[1])))
for _name, _val in (("row", "row"), ("row-reverse", "row-reverse"), ("col", "column"), ("col-reverse", "column-reverse")):
    static(f"flex-{_name}", {"flex-direction": _val})
static("flex-wrap", {"flex-wrap": "wrap"})
static("flex-wrap-reverse", {"flex-wrap": "wrap-reverse"})
static("flex-nowrap", {"flex-wrap": "nowrap"})
# tables (wind3)
for _t in ("inline-table", "table", "table-caption", "table-cell", "table-column", "table-column-group",
           "table-footer-group", "table-header-group", "table-row", "table-row-group"):
    static(_t, {"display": _t})
static("border-collapse", {"border-collapse": "collapse"})
static("border-separate", {"border-collapse": "separate"})
dynamic(r"^border-spacing-(.+)$", lambda m: (lambda val: None if val is None else [
    ("--un-border-spacing-x", val), ("--un-border-spacing-y", val),
    ("border-spacing", "var(--un-border-spacing-x) var(--un-border-spacing-y)")])(_inset_value(m[1])))
dynamic(r"^border-spacing-([xy])-(.+)$", lambda m: (lambda val: None if val is None else [
    (f"--un-border-spacing-{m[1]}", val), ("border-spacing", "var(--un-border-spacing-x) var(--un-border-spacing-y)")])(
    _inset_value(m[2])))
static("caption-top", {"caption-side": "top"})
static("caption-bottom", {"caption-side": "bottom"})
static("table-auto", {"table-layout": "auto"})
static("table-fixed", {"table-layout": "fixed"})
static("table-empty-cells-visible", {"empty-cells": "show"})
static("table-empty-cells-hidden", {"empty-cells": "hide"})
# transforms
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


dynamic(r"^(?:transform-)?origin-(.+)$", lambda m: _one("transform-origin", POSITIONS.get(m[1]) or h_bracket_cssvar(m[1])))
dynamic(r"^(transform-)?perspect(?:ive)?-(.+)$", _perspective)
dynamic(r"^perspect(?:ive)?-origin-(.+)$", lambda m: (lambda val: None if val is None else [
    ("-webkit-perspective-origin", val), ("perspective-origin", val)])(
    h_bracket_cssvar(m[1]) or (POSITIONS.get(m[1]) if len(m[1]) >= 3 else None)))
dynamic(r"^(?:transform-)?translate-()(.+)$", _translate)
dynamic(r"^(?:transform-)?translate-([xyz])-(.+)$", _translate)
dynamic(r"^(?:transform-)?rotate-()(.+)$", _rotate)
dynamic(r"^(?:transform-)?rotate-([xyz])-(.+)$", _rotate)
dynamic(r"^(?:transform-)?skew-()(.+)$", _skew)
dynamic(r"^(?:transform-)?skew-([xy])-(.+)$", _skew)
dynamic(r"^(?:transform-)?scale-()(.+)$", _scale)
dynamic(r"^(?:transform-)?scale-([xyz])-(.+)$", _scale)
dynamic(r"^(?:transform-)?preserve-3d$", lambda m: [("transform-style", "preserve-3d")])
dynamic(r"^(?:transform-)?preserve-flat$", lambda m: [("transform-style", "flat")])
static("transform", {"transform": TRANSFORM})
static("transform-cpu", {"transform": TRANSFORM_CPU})
static("transform-gpu", {"transform": TRANSFORM_GPU})
static("transform-none", {"transform": "none"})
global_statics("transform")
# animations: keyframes from the theme
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


dynamic(r"^(?:animate-)?keyframes-(.+)$", lambda m: [("animation", m[1])] if m[1] in _animation().get("keyframes", {}) else None)
dynamic(r"^animate-(.+)$", _animate)
dynamic(r"^animate-name-(.+)", lambda m: [("animation-name", h_bracket_cssvar(m[1]) or m[1])])
dynamic(r"^animate-duration-(.+)$", lambda m: _one("animation-duration", _theme("duration").get(m[1] or "DEFAULT") or
                                                   chain(v.bracket, v.cssvar, v.time)(m[1])))
dynamic(r"^animate-delay-(.+)$", lambda m: _one("animation-delay", _theme("duration").get(m[1] or "DEFAULT") or
                                                chain(v.bracket, v.cssvar, v.time)(m[1])))
dynamic(r"^animate-ease(?:-(.+))?$", lambda m: _one("animation-timing-function", _theme("easing").get(m[1] or "DEFAULT") or
                                                    h_bracket_cssvar(m[1] or "")))
dynamic(r"^animate-(fill-mode-|fill-|mode-)?(.+)$", lambda m: [("animation-fill-mode", m[2])] if m[2] in (
    "none", "forwards", "backwards", "both", *(GLOBAL_KEYWORDS if m[1] else ())) else None)
dynamic(r"^animate-(direction-)?(.+)$", lambda m: [("animation-direction", m[2])] if m[2] in (
    "normal", "reverse", "alternate", "alternate-reverse", *(GLOBAL_KEYWORDS if m[1] else ())) else None)
dynamic(r"^animate-(?:iteration-count-|iteration-|count-)(.+)$",
        lambda m: [("animation-iteration-count", h_bracket_cssvar(m[1]) or m[1].replace("-", ","))])
dynamic(r"^animate-(play-state-|play-|state-)?(.+)$", lambda m: [("animation-play-state", m[2])] if m[2] in (
    "paused", "running", *(GLOBAL_KEYWORDS if m[1] else ())) else None)
static("animate-none", {"animation": "none"})
global_statics("animate", "animation")
# cursors, touch, select, resize, scroll
_CURSORS = ("auto default none context-menu help pointer progress wait cell crosshair text vertical-text alias copy move "
            "no-drop not-allowed grab grabbing all-scroll col-resize row-resize n-resize e-resize s-resize w-resize "
            "ne-resize nw-resize se-resize sw-resize ew-resize ns-resize nesw-resize nwse-resize zoom-in zoom-out").split()
dynamic(r"^cursor-(.+)$", lambda m: _one("cursor", h_bracket_cssvar_global(m[1])))
for _c in _CURSORS:
    static(f"cursor-{_c}", {"cursor": _c})
for _t in ("auto", "none", "manipulation"):
    static(f"touch-{_t}", {"touch-action": _t})
for _s in ("auto", "all", "text", "none"):
    static(f"select-{_s}", {"-webkit-user-select": _s, "user-select": _s})
global_statics("select", "user-select")
static("resize-x", {"resize": "horizontal"})
static("resize-y", {"resize": "vertical"})
static("resize", {"resize": "both"})
static("resize-none", {"resize": "none"})
global_statics("resize")
# list styles
_LISTS = {"disc": "disc", "circle": "circle", "square": "square", "decimal": "decimal", "zero-decimal": "decimal-leading-zero",
          "greek": "lower-greek", "roman": "lower-roman", "upper-roman": "upper-roman", "alpha": "lower-alpha",
          "upper-alpha": "upper-alpha", "latin": "lower-latin", "upper-latin": "upper-latin"}
dynamic(r"^list-(.+?)(?:-(outside|inside))?$", lambda m: None if m[1] not in _LISTS else (
    [("list-style-position", m[2]), ("list-style-type", _LISTS[m[1]])] if m[2] else [("list-style-type", _LISTS[m[1]])]))
static("list-outside", {"list-style-position": "outside"})
static("list-inside", {"list-style-position": "inside"})
static("list-none", {"list-style-type": "none"})
dynamic(r"^list-image-(.+)$", lambda m: _one("list-style-image", v.bracket(m[1])) if re.fullmatch(r"\[url\(.+\)\]", m[1]) else None)
static("list-image-none", {"list-style-image": "none"})
global_statics("list", "list-style-type")
static("appearance-auto", {"-webkit-appearance": "auto", "appearance": "auto"})
static("appearance-none", {"-webkit-appearance": "none", "appearance": "none"})
# columns
dynamic(r"^columns-(.+)$", lambda m: _one("columns", chain(v.bracket, v.number_with_unit, v.number, v.cssvar)(m[1])))
static("columns-auto", {"columns": "auto"})
for _where in ("before", "inside", "after"):
    for _val in {"before": ("auto", "avoid", "all", "avoid-page", "page", "left", "right", "column"),
                 "inside": ("auto", "avoid", "avoid-page", "avoid-column"),
                 "after": ("auto", "avoid", "all", "avoid-page", "page", "left", "right", "column")}[_where]:
        static(f"break-{_where}-{_val}", {f"break-{_where}": _val})
    global_statics(f"break-{_where}")
# placements, alignments, justifies
_JUSTIFY = [("justify-start", "justify-content", "flex-start"), ("justify-end", "justify-content", "flex-end"),
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
_ALIGN = [*[(f"content-{k}", "align-content", val) for k, val in (
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
_PLACE = [*[(f"place-content-{k}", "place-content", val) for k, val in (
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
for _name, _prop, _val in _PLACE + _ALIGN + _JUSTIFY:
    static(_name, {_prop: _val})
# gaps
_GAP_DIRECTION = {"": "", "x": "column-", "y": "row-", "col": "column-", "row": "row-"}


def _gap(m: re.Match) -> Declarations | None:
    spacing = _theme("spacing")
    value = spacing[m[2]] if m[2] in spacing else h_bracket_cssvar_global_rem(m[2])
    return None if value is None else [(f"{_GAP_DIRECTION[m[1] or '']}gap", value)]


dynamic(r"^(?:flex-|grid-)?gap-?()(.+)$", _gap)
dynamic(r"^(?:flex-|grid-)?gap-([xy])-?(.+)$", _gap)
dynamic(r"^(?:flex-|grid-)?gap-(col|row)-?(.+)$", _gap)
for _name, _prop, _val in _JUSTIFY + _ALIGN + _PLACE:
    static(f"flex-{_name}", {_prop: _val})
    static(f"grid-{_name}", {_prop: _val})


def _space(m: re.Match, kind: str) -> Declarations | None:
    spacing = _theme("spacing")
    size = m[2] if m.lastindex and m.lastindex >= 2 else None
    value = (spacing.get(size or "DEFAULT") if (size or "DEFAULT") in spacing else None) if kind == "space" else None
    if kind == "space":
        value = value if value is not None else chain(v.bracket, v.cssvar, v.auto, v.fraction, v.rem)(size or "1")
        prop = "margin"
    else:
        line = _theme("lineWidth")
        value = line.get(size or "DEFAULT") if (size or "DEFAULT") in line else chain(v.bracket, v.cssvar, v.px)(size or "1")
        prop = "border"
    if value is None:
        return None
    value = "0px" if value == "0" else value
    direction = m[1]
    out = [(f"--un-{kind}-{direction}-reverse", "0")]
    for suffix in DIRECTIONS[direction]:
        name = f"{prop}{suffix}" + ("-width" if kind == "divide" else "")
        if suffix.endswith(("right", "bottom")):
            out.append((name, f"calc({value} * var(--un-{kind}-{direction}-reverse))"))
        else:
            out.append((name, f"calc({value} * calc(1 - var(--un-{kind}-{direction}-reverse)))"))
    return out


dynamic(r"^space-([xy])-(.+)$", lambda m: _space(m, "space"))
dynamic(r"^space-([xy])-reverse$", lambda m: [(f"--un-space-{m[1]}-reverse", "1")])
dynamic(r"^space-(block|inline)-(.+)$", lambda m: _space(m, "space"))
dynamic(r"^space-(block|inline)-reverse$", lambda m: [(f"--un-space-{m[1]}-reverse", "1")])
dynamic(r"^divide-?([xy])$", lambda m: _space(m, "divide"))
dynamic(r"^divide-?([xy])-?(.+)$", lambda m: _space(m, "divide"))
dynamic(r"^divide-?([xy])-reverse$", lambda m: [(f"--un-divide-{m[1]}-reverse", "1")])
dynamic(r"^divide-(block|inline)$", lambda m: _space(m, "divide"))
dynamic(r"^divide-(block|inline)-(.+)$", lambda m: _space(m, "divide"))
dynamic(r"^divide-(block|inline)-reverse$", lambda m: [(f"--un-divide-{m[1]}-reverse", "1")])
dynamic(r"^divide-(.+)$", color_rule("border-color", "divide"))
dynamic(r"^divide-op(?:acity)?-?(.+)$", lambda m: _one("--un-divide-opacity", chain(v.bracket, v.percent)(m[1])))
_BORDER_STYLES = ("solid", "dashed", "dotted", "double", "hidden", "none", "groove", "ridge", "inset", "outset",
                  *GLOBAL_KEYWORDS)
for _s in _BORDER_STYLES:
    static(f"divide-{_s}", {"border-style": _s})
# overflows
_OVERFLOW = ("auto", "hidden", "clip", "visible", "scroll", "overlay", *GLOBAL_KEYWORDS)
dynamic(r"^(?:overflow|of)-(.+)$", lambda m: [("overflow", m[1])] if m[1] in _OVERFLOW else None)
dynamic(r"^(?:overflow|of)-([xy])-(.+)$", lambda m: [(f"overflow-{m[1]}", m[2])] if m[2] in _OVERFLOW else None)
for _o in ("auto", "contain", "none"):
    static(f"overscroll-{_o}", {"overscroll-behavior": _o})
static("scroll-auto", {"scroll-behavior": "auto"})
static("scroll-smooth", {"scroll-behavior": "smooth"})
for _name, _decl in (("truncate", [("overflow", "hidden"), ("text-overflow", "ellipsis"), ("white-space", "nowrap")]),
                     ("text-truncate", [("overflow", "hidden"), ("text-overflow", "ellipsis"), ("white-space", "nowrap")]),
                     ("text-ellipsis", [("text-overflow", "ellipsis")]), ("text-clip", [("text-overflow", "clip")])):
    static(_name, _decl)
dynamic(r"^(?:whitespace-|ws-)([-\w]+)$", lambda m: [("white-space", m[1])] if m[1] in (
    "normal", "nowrap", "pre", "pre-line", "pre-wrap", "break-spaces", *GLOBAL_KEYWORDS) else None)
static("break-normal", {"overflow-wrap": "normal", "word-break": "normal"})
static("break-words", {"overflow-wrap": "break-word"})
static("break-all", {"word-break": "break-all"})
static("break-keep", {"word-break": "keep-all"})
static("break-anywhere", {"overflow-wrap": "anywhere"})


# borders
def _border_size(m: re.Match) -> Declarations | None:
    direction, size = m[1] or "", m[2] if m.lastindex and m.lastindex >= 2 else None
    line = _theme("lineWidth")
    value = line[size or "DEFAULT"] if (size or "DEFAULT") in line else h_bracket_cssvar_global_px(size or "1")
    if value is None or direction not in DIRECTIONS:
        return None
    return [(f"border{suffix}-width", value) for suffix in DIRECTIONS[direction]]


def _border_color(direction: str, body: str) -> Declarations | None:
    color = v.parse_color(body)
    if color is None:
        return None
    if color.rgb is None:
        return [(f"border{direction}-color", color.raw)]
    if color.opacity is not None:
        return [(f"border{direction}-color", v.color_string(color, color.opacity))]
    if direction == "":
        return [("--un-border-opacity", color.alpha or "1"),
                ("border-color", v.color_string(color, "var(--un-border-opacity)"))]
    return [("--un-border-opacity", color.alpha or "1"), (f"--un-border{direction}-opacity", "var(--un-border-opacity)"),
            (f"border{direction}-color", v.color_string(color, f"var(--un-border{direction}-opacity)"))]


def _border_color_or_size(m: re.Match) -> Declarations | None:
    direction, body = m[1] or "", m[2]
    if direction not in DIRECTIONS:
        return None
    if is_math(v.bracket(body)):
        return _border_size(m)
    out: Declarations = []
    for suffix in DIRECTIONS[direction]:
        part = _border_color(suffix, body)
        if part is None:
            return None
        for item in part:
            if item not in out:
                out.append(item)
    return out


def _border_opacity(m: re.Match) -> Declarations | None:
    value = h_bracket_percent_cssvar(m[2])
    if value is None or (m[1] or "") not in DIRECTIONS:
        return None
    return [(f"--un-border{suffix}-opacity", value) for suffix in DIRECTIONS[m[1] or ""]]


def _rounded(m: re.Match) -> Declarations | None:
    corner, size = m[1] or "", m[2] if m.lastindex and m.lastindex >= 2 else None
    radius = _theme("borderRadius")
    value = radius.get(size or "DEFAULT") or chain(v.bracket, v.cssvar, v.global_keyword, v.fraction, v.rem)(size or "1")
    if value is None or corner not in CORNERS:
        return None
    return [(f"border{suffix}-radius", value) for suffix in CORNERS[corner]]


def _border_style(m: re.Match) -> Declarations | None:
    if m[2] in _BORDER_STYLES and (m[1] or "") in DIRECTIONS:
        return [(f"border{suffix}-style", m[2]) for suffix in DIRECTIONS[m[1] or ""]]
    return None


for _form in (r"()", r"-([xy])", r"-([rltbse])", r"-(block|inline)", r"-([bi][se])"):
    dynamic(rf"^(?:border|b){_form}(?:-(.+))?$", _border_size)
for _form in (r"-()", r"-([xy])-", r"-([rltbse])-", r"-(block|inline)-", r"-([bi][se])-"):
    dynamic(rf"^(?:border|b){_form}(?:width|size)-(.+)$", _border_size)
for _form in (r"-()", r"-([xy])-", r"-([rltbse])-", r"-(block|inline)-", r"-([bi][se])-"):
    dynamic(rf"^(?:border|b){_form}(?:color-)?(.+)$", _border_color_or_size)
for _form in (r"-()", r"-([xy])-", r"-([rltbse])-", r"-(block|inline)-", r"-([bi][se])-"):
    dynamic(rf"^(?:border|b){_form}op(?:acity)?-?(.+)$", _border_opacity)
dynamic(r"^(?:border-|b-)?(?:rounded|rd)()(?:-(.+))?$", _rounded)
dynamic(r"^(?:border-|b-)?(?:rounded|rd)-([rltbse])(?:-(.+))?$", _rounded)
dynamic(r"^(?:border-|b-)?(?:rounded|rd)-([rltb]{2})(?:-(.+))?$", _rounded)
dynamic(r"^(?:border-|b-)?(?:rounded|rd)-([bise][se])(?:-(.+))?$", _rounded)
dynamic(r"^(?:border-|b-)?(?:rounded|rd)-([bi][se]-[bi][se])(?:-(.+))?$", _rounded)
dynamic(r"^(?:border|b)-(?:style-)?()(.+)$", _border_style)
dynamic(r"^(?:border|b)-([xy])-(?:style-)?(.+)$", _border_style)
dynamic(r"^(?:border|b)-([rltbse])-(?:style-)?(.+)$", _border_style)
dynamic(r"^(?:border|b)-(block|inline)-(?:style-)?(.+)$", _border_style)
dynamic(r"^(?:border|b)-([bi][se])-(?:style-)?(.+)$", _border_style)


# backgrounds
def _bg(m: re.Match) -> Declarations | None:
    body = m[1]
    if re.fullmatch(r"\[url\(.+\)\]", body):
        return [("--un-url", v.bracket(body)), ("background-image", "var(--un-url)")]
    if re.fullmatch(r"\[(?:length|size):.+\]", body) and v.bracket_of_length(body) is not None:
        return [("background-size", " ".join(chain(v.fraction, v.auto, v.px, v.cssvar)(e) or e
                                             for e in v.bracket_of_length(body).split(" ")))]
    if (is_size(body) or re.fullmatch(r"\[position:.+\]", body)) and v.bracket_of_position(body) is not None:
        return [("background-position", " ".join(chain(v.position, v.fraction, v.auto, v.px, v.cssvar)(e) or e
                                                 for e in v.bracket_of_position(body).split(" ")))]
    if re.fullmatch(r"\[(?:linear|conic|radial)-gradient\(.+\)\]", body) or re.fullmatch(r"\[image:.+\]", body):
        value = v.bracket(body)
        if value:
            return [("background-image", f"url({value})" if value.startswith("http") else (v.cssvar(value) or value))]
    return color_declarations("background-color", "bg", body)


dynamic(r"^bg-(.+)$", _bg)
dynamic(r"^bg-op(?:acity)?-?(.+)$", lambda m: _one("--un-bg-opacity", h_bracket_percent_cssvar(m[1])))


def _gradient_stop(m: re.Match) -> Declarations | None:
    mode, body = m[1], m[2]
    color = v.parse_color(body)
    if color is None:
        return None
    if color.rgb is not None:
        r, g, b = color.rgb
        value = v.color_string(color, color.opacity) if color.opacity is not None else \
            f"rgb({r} {g} {b} / var(--un-{mode}-opacity, {color.alpha or '1'}))"
        transparent = f"rgb({r} {g} {b} / 0)"
    else:
        value, transparent = color.raw, "rgb(255 255 255 / 0)"
    if mode == "from":
        return [("--un-gradient-from-position", "0%"), ("--un-gradient-from", f"{value} var(--un-gradient-from-position)"),
                ("--un-gradient-to-position", "100%"), ("--un-gradient-to", f"{transparent} var(--un-gradient-to-position)"),
                ("--un-gradient-stops", "var(--un-gradient-from), var(--un-gradient-to)")]
    if mode == "via":
        return [("--un-gradient-via-position", "50%"), ("--un-gradient-to", transparent),
                ("--un-gradient-stops", f"var(--un-gradient-from), {value} var(--un-gradient-via-position), var(--un-gradient-to)")]
    return [("--un-gradient-to-position", "100%"), ("--un-gradient-to", f"{value} var(--un-gradient-to-position)")]


def _gradient_to(m: re.Match) -> Declarations | None:
    if m[1] not in POSITIONS:
        return None
    return [("--un-gradient-shape", f"to {POSITIONS[m[1]]} in oklch"),
            ("--un-gradient", "var(--un-gradient-shape), var(--un-gradient-stops)"),
            ("background-image", "linear-gradient(var(--un-gradient))")]


dynamic(r"^bg-gradient-(.+)$", lambda m: _one("--un-gradient", v.bracket(m[1])))
dynamic(r"^(?:bg-gradient-)?stops-(\[.+\])$", lambda m: _one("--un-gradient-stops", v.bracket(m[1])))
dynamic(r"^(?:bg-gradient-)?(from)-(.+)$", _gradient_stop)
dynamic(r"^(?:bg-gradient-)?(via)-(.+)$", _gradient_stop)
dynamic(r"^(?:bg-gradient-)?(to)-(.+)$", _gradient_stop)
dynamic(r"^(?:bg-gradient-)?(from|via|to)-op(?:acity)?-?(.+)$", lambda m: _one(f"--un-{m[1]}-opacity", chain(v.bracket, v.percent)(m[2])))
dynamic(r"^(from|via|to)-([\d.]+)%$", lambda m: (lambda p: None if p is None else [
    (f"--un-gradient-{m[1]}-position", v.js_round(float(p) * 100) + "%")])(chain(v.bracket, v.cssvar, v.percent)(m[2])))
dynamic(r"^bg-gradient-((?:repeating-)?(?:linear|radial|conic))$",
        lambda m: [("background-image", f"{m[1]}-gradient(var(--un-gradient, var(--un-gradient-stops, rgb(255 255 255 / 0))))")])
dynamic(r"^bg-gradient-to-([rltb]{1,2})$", _gradient_to)
dynamic(r"^(?:bg-gradient-)?shape-(.+)$", lambda m: (lambda s: None if s is None else [
    ("--un-gradient-shape", f"{s} in oklch"), ("--un-gradient", "var(--un-gradient-shape), var(--un-gradient-stops)")])(
    f"to {POSITIONS[m[1]]}" if m[1] in POSITIONS else v.bracket(m[1])))
static("bg-none", {"background-image": "none"})
static("box-decoration-slice", {"box-decoration-break": "slice"})
static("box-decoration-clone", {"box-decoration-break": "clone"})
global_statics("box-decoration", "box-decoration-break")
static("bg-auto", {"background-size": "auto"})
static("bg-cover", {"background-size": "cover"})
static("bg-contain", {"background-size": "contain"})
static("bg-fixed", {"background-attachment": "fixed"})
static("bg-local", {"background-attachment": "local"})
static("bg-scroll", {"background-attachment": "scroll"})
for _clip in ("border", "content", "padding"):
    static(f"bg-clip-{_clip}", {"-webkit-background-clip": f"{_clip}-box", "background-clip": f"{_clip}-box"})
static("bg-clip-text", {"-webkit-background-clip": "text", "background-clip": "text"})
for _k in GLOBAL_KEYWORDS:
    static(f"bg-clip-{_k}", {"-webkit-background-clip": _k, "background-clip": _k})
dynamic(r"^bg-([-\w]{3,})$", lambda m: _one("background-position", POSITIONS.get(m[1])))
for _r, _val in (("repeat", "repeat"), ("no-repeat", "no-repeat"), ("repeat-x", "repeat-x"), ("repeat-y", "repeat-y"),
                 ("repeat-round", "round"), ("repeat-space", "space")):
    static(f"bg-{_r}", {"background-repeat": _val})
global_statics("bg-repeat", "background-repeat")
for _o in ("border", "padding", "content"):
    static(f"bg-origin-{_o}", {"background-origin": f"{_o}-box"})
global_statics("bg-origin", "background-origin")
dynamic(r"^color-scheme-(\w+)$", lambda m: [("color-scheme", m[1])])
# svg
dynamic(r"^fill-(.+)$", color_rule("fill", "fill"))
dynamic(r"^fill-op(?:acity)?-?(.+)$", lambda m: _one("--un-fill-opacity", h_bracket_percent_cssvar(m[1])))
static("fill-none", {"fill": "none"})


def _stroke_width(m: re.Match) -> Declarations | None:
    line = _theme("lineWidth")
    return _one("stroke-width", line.get(m[1]) if m[1] in line else
                chain(v.bracket, v.cssvar, v.fraction, v.px, v.number)(m[1]))


dynamic(r"^stroke-(?:width-|size-)?(.+)$", _stroke_width)
dynamic(r"^stroke-dash-(.+)$", lambda m: _one("stroke-dasharray", chain(v.bracket, v.cssvar, v.number)(m[1])))
dynamic(r"^stroke-offset-(.+)$", lambda m: _one("stroke-dashoffset", _theme("lineWidth").get(m[1]) or
                                                chain(v.bracket, v.cssvar, v.px, v.number_with_unit)(m[1])))
dynamic(r"^stroke-(.+)$", lambda m: _stroke_width(m) if is_math(v.bracket(m[1])) else color_declarations("stroke", "stroke", m[1]))
dynamic(r"^stroke-op(?:acity)?-?(.+)$", lambda m: _one("--un-stroke-opacity", h_bracket_percent_cssvar(m[1])))
for _cap, _val in (("square", "square"), ("round", "round"), ("auto", "butt")):
    static(f"stroke-cap-{_cap}", {"stroke-linecap": _val})
for _join, _val in (("arcs", "arcs"), ("bevel", "bevel"), ("clip", "miter-clip"), ("round", "round"), ("auto", "miter")):
    static(f"stroke-join-{_join}", {"stroke-linejoin": _val})
static("stroke-none", {"stroke": "none"})
static("object-cover", {"object-fit": "cover"})
static("object-contain", {"object-fit": "contain"})
static("object-fill", {"object-fit": "fill"})
static("object-scale-down", {"object-fit": "scale-down"})
static("object-none", {"object-fit": "none"})
dynamic(r"^object-(.+)$", lambda m: _one("object-position", POSITIONS[m[1]]) if m[1] in POSITIONS else (
    _one("object-position", " ".join(chain(v.position, v.fraction, v.auto, v.px, v.cssvar)(e) or e
                                     for e in v.bracket_of_position(m[1]).split(" ")))
    if v.bracket_of_position(m[1]) is not None else None))
spacing_rules("p", "padding")
# text
for _a in ("center", "left", "right", "justify", "start", "end"):
    static(f"text-{_a}", {"text-align": _a})
for _a in (*GLOBAL_KEYWORDS, "center", "left", "right", "justify", "start", "end"):
    static(f"text-align-{_a}", {"text-align": _a})
dynamic(r"^indent(?:-(.+))?$", lambda m: _one("text-indent", _theme("textIndent").get(m[1] or "DEFAULT") or
                                              chain(v.bracket, v.cssvar, v.global_keyword, v.fraction, v.rem)(m[1] or "")))
for _w, _val in (("wrap", "wrap"), ("nowrap", "nowrap"), ("balance", "balance"), ("pretty", "pretty")):
    static(f"text-{_w}", {"text-wrap": _val})
_VALIGN = {"mid": "middle", "base": "baseline", "btm": "bottom", "baseline": "baseline", "top": "top", "start": "top",
           "middle": "middle", "bottom": "bottom", "end": "bottom", "text-top": "text-top", "text-bottom": "text-bottom",
           "sub": "sub", "super": "super", **{k: k for k in GLOBAL_KEYWORDS}}
dynamic(r"^(?:vertical|align|v)-(.+)$", lambda m: _one("vertical-align", _VALIGN.get(m[1]) or
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


dynamic(r"^text-(.+)$", _text)
dynamic(r"^(?:text|font)-size-(.+)$", _font_size)
dynamic(r"^text-(?:color-)?(.+)$", lambda m: _font_size(m) if is_math(v.bracket(m[1])) else color_declarations("color", "text", m[1]))
dynamic(r"^(?:color|c)-(.+)$", color_rule("color", "text"))
dynamic(r"^(?:text|color|c)-(.+)$", lambda m: [("color", m[1])] if m[1] in GLOBAL_KEYWORDS else None)
dynamic(r"^(?:text|color|c)-op(?:acity)?-?(.+)$", lambda m: _one("--un-text-opacity", h_bracket_percent_cssvar(m[1])))
dynamic(r"^(?:font|fw)-?([^-]+)$", lambda m: _one("font-weight", _theme("fontWeight").get(m[1]) or
                                                  chain(v.bracket, v.global_keyword, v.number)(m[1])))
dynamic(r"^(?:font-)?(?:leading|lh|line-height)-(.+)$", lambda m: _one("line-height", _line_height(m[1])))
for _s in ("weight", "style", "small-caps", "none"):
    static(f"font-synthesis-{_s}", {"font-synthesis": _s})
dynamic(r"^font-synthesis-(.+)$", lambda m: _one("font-synthesis", h_bracket_cssvar_global(m[1])))
dynamic(r"^(?:font-)?tracking-(.+)$", lambda m: _one("letter-spacing", _theme("letterSpacing").get(m[1]) or
                                                     h_bracket_cssvar_global_rem(m[1])))
dynamic(r"^(?:font-)?word-spacing-(.+)$", lambda m: _one("word-spacing", _theme("wordSpacing").get(m[1]) or
                                                         h_bracket_cssvar_global_rem(m[1])))
for _s in ("normal", "ultra-condensed", "extra-condensed", "condensed", "semi-condensed", "semi-expanded", "expanded",
           "extra-expanded", "ultra-expanded"):
    static(f"font-stretch-{_s}", {"font-stretch": _s})
dynamic(r"^font-stretch-(.+)$", lambda m: _one("font-stretch", chain(v.bracket, v.cssvar, v.fraction, v.global_keyword)(m[1])))
FONT_FAMILY_RULE = len(_RULES)
dynamic(r"^font-(.+)$", lambda m: _one("font-family", _theme("fontFamily").get(m[1]) or h_bracket_cssvar_global(m[1])))
for _case, _val in (("upper", "uppercase"), ("lower", "lowercase"), ("capital", "capitalize"), ("normal", "none")):
    static(f"case-{_case}", {"text-transform": _val})
global_statics("case", "text-transform")
for _name, _val in (("uppercase", "uppercase"), ("lowercase", "lowercase"), ("capitalize", "capitalize"),
                    ("normal-case", "none")):
    static(_name, {"text-transform": _val})
for _name, _val in (("italic", "italic"), ("not-italic", "normal"), ("font-italic", "italic"),
                    ("font-not-italic", "normal"), ("oblique", "oblique"), ("not-oblique", "normal"),
                    ("font-oblique", "oblique"), ("font-not-oblique", "normal")):
    static(_name, {"font-style": _val})
static("normal-nums", {"font-variant-numeric": "normal"})
_NUMERIC = "var(--un-ordinal) var(--un-slashed-zero) var(--un-numeric-figure) var(--un-numeric-spacing) var(--un-numeric-fraction)"
for _name, _var in (("ordinal", "ordinal"), ("slashed-zero", "slashed-zero"), ("lining-nums", "numeric-figure"),
                    ("oldstyle-nums", "numeric-figure"), ("proportional-nums", "numeric-spacing"),
                    ("tabular-nums", "numeric-spacing"), ("diagonal-fractions", "numeric-fraction"),
                    ("stacked-fractions", "numeric-fraction")):
    static(_name, [(f"--un-{_var}", _name), ("font-variant-numeric", _NUMERIC)])


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


dynamic(r"^(?:decoration-)?(underline|overline|line-through)$", lambda m: [("text-decoration-line", m[1])])
dynamic(r"^(?:underline|decoration)-(?:size-)?(.+)$", _decoration_width)
dynamic(r"^(?:underline|decoration)-(auto|from-font)$", lambda m: [("text-decoration-thickness", m[1])])
dynamic(r"^(?:underline|decoration)-(.+)$", _decoration_color)
dynamic(r"^(?:underline|decoration)-op(?:acity)?-?(.+)$", lambda m: _one("--un-line-opacity", h_bracket_percent_cssvar(m[1])))
dynamic(r"^(?:underline|decoration)-offset-(.+)$", lambda m: _one(
    "text-underline-offset", _theme("lineWidth").get(m[1]) or chain(v.auto, v.bracket, v.cssvar, v.global_keyword, v.px)(m[1])))
for _s in ("solid", "double", "dotted", "dashed", "wavy", *GLOBAL_KEYWORDS):
    static(f"underline-{_s}", {"text-decoration-style": _s})
for _s in ("solid", "double", "dotted", "dashed", "wavy", *GLOBAL_KEYWORDS):
    static(f"decoration-{_s}", {"text-decoration-style": _s})
static("no-underline", {"text-decoration": "none"})
static("decoration-none", {"text-decoration": "none"})
static("antialiased", {"-webkit-font-smoothing": "antialiased", "-moz-osx-font-smoothing": "grayscale"})
static("subpixel-antialiased", {"-webkit-font-smoothing": "auto", "-moz-osx-font-smoothing": "auto"})
dynamic(r"^tab(?:-(.+))?$", lambda m: (lambda val: None if val is None else [
    ("-moz-tab-size", val), ("-o-tab-size", val), ("tab-size", val)])(
    chain(v.bracket, v.cssvar, v.global_keyword, v.number)(m[1] or "4")))
dynamic(r"^text-stroke(?:-(.+))?$", lambda m: _one("-webkit-text-stroke-width", _theme("textStrokeWidth").get(m[1] or "DEFAULT")
                                                   or chain(v.bracket, v.cssvar, v.px)(m[1] or "")))
dynamic(r"^text-stroke-(.+)$", color_rule("-webkit-text-stroke-color", "text-stroke"))
dynamic(r"^text-stroke-op(?:acity)?-?(.+)$", lambda m: _one("--un-text-stroke-opacity", h_bracket_percent_cssvar(m[1])))


def _text_shadow(m: re.Match) -> Declarations | None:
    shadow = _theme("textShadow").get(m[1] or "DEFAULT")
    if shadow is not None:
        return [("--un-text-shadow", ",".join(_shadow_colored(shadow, "--un-text-shadow-color"))),
                ("text-shadow", "var(--un-text-shadow)")]
    return _one("text-shadow", h_bracket_cssvar_global(m[1] or ""))


dynamic(r"^text-shadow(?:-(.+))?$", _text_shadow)
dynamic(r"^text-shadow-color-(.+)$", color_rule("--un-text-shadow-color", "text-shadow"))
dynamic(r"^text-shadow-color-op(?:acity)?-?(.+)$", lambda m: _one("--un-text-shadow-opacity", h_bracket_percent_cssvar(m[1])))
for _hy in ("manual", "auto", "none", *GLOBAL_KEYWORDS):
    static(f"hyphens-{_hy}", {"-webkit-hyphens": _hy, "-ms-hyphens": _hy, "hyphens": _hy})
static("write-vertical-right", {"writing-mode": "vertical-rl"})
static("write-vertical-left", {"writing-mode": "vertical-lr"})
static("write-normal", {"writing-mode": "horizontal-tb"})
dynamic(r"^caret-(.+)$", color_rule("caret-color", "caret"))
dynamic(r"^accent-(.+)$", color_rule("accent-color", "accent"))
dynamic(r"^op(?:acity)?-?(.+)$", lambda m: _one("opacity", h_bracket_percent_cssvar(m[1])))
for _mode in ("multiply", "screen", "overlay", "darken", "lighten", "color-dodge", "color-burn", "hard-light",
              "soft-light", "difference", "exclusion", "hue", "saturation", "color", "luminosity", "normal"):
    static(f"bg-blend-{_mode}", {"background-blend-mode": _mode})
for _mode in ("multiply", "screen", "overlay", "darken", "lighten", "color-dodge", "color-burn", "hard-light",
              "soft-light", "difference", "exclusion", "hue", "saturation", "color", "luminosity", "plus-lighter", "normal"):
    static(f"mix-blend-{_mode}", {"mix-blend-mode": _mode})


# shadows, outline, rings
def _shadow(m: re.Match) -> Declarations | None:
    name = m[1]
    shadow = _theme("boxShadow").get(name or "DEFAULT")
    custom = h_bracket_cssvar(name) if name else None
    parsed_custom = custom is not None and v.parse_color(custom) is not None
    if (shadow is not None or custom is not None) and not parsed_custom:
        return [("--un-shadow", ",".join(_shadow_colored(shadow or custom, "--un-shadow-color"))), ("box-shadow", SHADOW)]
    return color_declarations("--un-shadow-color", "shadow", name or "")


dynamic(r"^shadow(?:-(.+))?$", _shadow)
dynamic(r"^shadow-op(?:acity)?-?(.+)$", lambda m: _one("--un-shadow-opacity", h_bracket_percent_cssvar(m[1])))
static("shadow-inset", {"--un-shadow-inset": "inset"})


def _outline_width(m: re.Match) -> Declarations | None:
    line = _theme("lineWidth")
    return _one("outline-width", line[m[1]] if m[1] in line else h_bracket_cssvar_global_px(m[1]))


dynamic(r"^outline-(?:width-|size-)?(.+)$", _outline_width)
dynamic(r"^outline-(?:color-)?(.+)$", lambda m: _outline_width(m) if is_math(v.bracket(m[1])) else
        color_declarations("outline-color", "outline-color", m[1]))
dynamic(r"^outline-offset-(.+)$", lambda m: _one("outline-offset", _theme("lineWidth").get(m[1]) or h_bracket_cssvar_global_px(m[1])))
static("outline", {"outline-style": "solid"})
for _s in ("auto", "dashed", "dotted", "double", "hidden", "solid", "groove", "ridge", "inset", "outset", *GLOBAL_KEYWORDS):
    static(f"outline-{_s}", {"outline-style": _s})
static("outline-none", {"outline": "2px solid transparent", "outline-offset": "2px"})


def _ring(m: re.Match) -> Declarations | None:
    ring = _theme("ringWidth")
    value = ring.get(m[1] or "DEFAULT") if (m[1] or "DEFAULT") in ring else v.px(m[1] or "1")
    if not value:
        return None
    return [("--un-ring-width", value),
            ("--un-ring-offset-shadow", "var(--un-ring-inset) 0 0 0 var(--un-ring-offset-width) var(--un-ring-offset-color)"),
            ("--un-ring-shadow", "var(--un-ring-inset) 0 0 0 calc(var(--un-ring-width) + var(--un-ring-offset-width)) var(--un-ring-color)"),
            ("box-shadow", SHADOW)]


def _ring_width(m: re.Match) -> Declarations | None:
    return _one("--un-ring-width", _theme("ringWidth").get(m[1]) or chain(v.bracket, v.cssvar, v.px)(m[1]))


dynamic(r"^ring(?:-(.+))?$", _ring)
dynamic(r"^ring-(?:width-|size-)(.+)$", _ring_width)
static("ring-offset", {"--un-ring-offset-width": "1px"})
dynamic(r"^ring-offset-(?:width-|size-)?(.+)$", lambda m: _one("--un-ring-offset-width", _theme("lineWidth").get(m[1]) or
                                                               chain(v.bracket, v.cssvar, v.px)(m[1])))
dynamic(r"^ring-(.+)$", lambda m: _ring_width(m) if is_math(v.bracket(m[1])) else color_declarations("--un-ring-color", "ring", m[1]))
dynamic(r"^ring-op(?:acity)?-?(.+)$", lambda m: _one("--un-ring-opacity", h_bracket_percent_cssvar(m[1])))
dynamic(r"^ring-offset-(.+)$", color_rule("--un-ring-offset-color", "ring-offset"))
dynamic(r"^ring-offset-op(?:acity)?-?(.+)$", lambda m: _one("--un-ring-offset-opacity", h_bracket_percent_cssvar(m[1])))
static("ring-inset", {"--un-ring-inset": "inset"})


# filters
def _percent_default(text: str | None) -> str | None:
    value = h_bracket_cssvar(text or "")
    if value is not None:
        return value
    value = v.percent(text) if text else "1"
    return value if value is not None and float(value) <= 1 else None


def _filter(name: str, resolver) -> Matcher:
    def run(m: re.Match) -> Declarations | None:
        value = resolver(m[2] if m.lastindex and m.lastindex >= 2 else None)
        if value is None:
            value = "0" if (m[2] if m.lastindex and m.lastindex >= 2 else None) == "none" else ""
        if value == "":
            return None
        if m[1]:
            return [(f"--un-backdrop-{name}", f"{name}({value})"), ("-webkit-backdrop-filter", BACKDROP),
                    ("backdrop-filter", BACKDROP)]
        return [(f"--un-{name}", f"{name}({value})"), ("filter", FILTER)]
    return run


dynamic(r"^(?:(backdrop-)|filter-)?blur(?:-(.+))?$", _filter("blur", lambda s: _theme("blur").get(s or "DEFAULT") or
                                                              chain(v.bracket, v.cssvar, v.px)(s or "")))
dynamic(r"^(?:(backdrop-)|filter-)?brightness-(.+)$", _filter("brightness", lambda s: h_bracket_percent_cssvar(s or "")))
dynamic(r"^(?:(backdrop-)|filter-)?contrast-(.+)$", _filter("contrast", lambda s: h_bracket_percent_cssvar(s or "")))


def _drop_shadow(m: re.Match) -> Declarations | None:
    shadow = _theme("dropShadow").get(m[1] or "DEFAULT")
    if shadow is not None:
        return [("--un-drop-shadow", "drop-shadow(" + ") drop-shadow(".join(_shadow_colored(shadow, "--un-drop-shadow-color")) + ")"),
                ("filter", FILTER)]
    value = h_bracket_cssvar(m[1] or "")
    return None if value is None else [("--un-drop-shadow", f"drop-shadow({value})"), ("filter", FILTER)]


dynamic(r"^(?:filter-)?drop-shadow(?:-(.+))?$", _drop_shadow)
dynamic(r"^(?:filter-)?drop-shadow-color-(.+)$", color_rule("--un-drop-shadow-color", "drop-shadow"))
dynamic(r"^(?:(backdrop-)|filter-)?grayscale(?:-(.+))?$", _filter("grayscale", _percent_default))
dynamic(r"^(?:(backdrop-)|filter-)?hue-rotate-(.+)$", _filter("hue-rotate", lambda s: chain(v.bracket, v.cssvar, v.degree)(s or "")))
dynamic(r"^(?:(backdrop-)|filter-)?invert(?:-(.+))?$", _filter("invert", _percent_default))
dynamic(r"^(backdrop-)op(?:acity)?-(.+)$", _filter("opacity", lambda s: h_bracket_percent_cssvar(s or "")))
dynamic(r"^(?:(backdrop-)|filter-)?saturate-(.+)$", _filter("saturate", lambda s: h_bracket_percent_cssvar(s or "")))
dynamic(r"^(?:(backdrop-)|filter-)?sepia(?:-(.+))?$", _filter("sepia", _percent_default))
static("filter", {"filter": FILTER})
static("backdrop-filter", {"-webkit-backdrop-filter": BACKDROP, "backdrop-filter": BACKDROP})
static("filter-none", {"filter": "none"})
static("backdrop-filter-none", {"-webkit-backdrop-filter": "none", "backdrop-filter": "none"})
# transitions
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


dynamic(r"^transition(?:-(\D+?))?(?:-(\d+))?$", _transition)
dynamic(r"^(?:transition-)?duration-(.+)$", lambda m: _one("transition-duration", chain(v.bracket, v.cssvar, v.time)(m[1])))
dynamic(r"^(?:transition-)?delay-(.+)$", lambda m: _one("transition-delay", chain(v.bracket, v.cssvar, v.time)(m[1])))
dynamic(r"^(?:transition-)?ease(?:-(.+))?$", lambda m: _one("transition-timing-function", _EASING.get(m[1] or "DEFAULT") or
                                                            h_bracket_cssvar(m[1] or "")))
dynamic(r"^(?:transition-)?property-(.+)$", lambda m: _one("transition-property", v.global_keyword(m[1]) or _TRANSITION_PROPS.get(m[1])))
static("transition-none", {"transition": "none"})
global_statics("transition")
dynamic(r"^will-change-(.+)", lambda m: _one("will-change", {"contents": "contents", "scroll": "scroll-position"}.get(m[1]) or
                                             chain(v.auto, v.global_keyword)(m[1]) or (m[1] if re.fullmatch(r"[\w-]+(,[\w-]+)*", m[1]) else None)))
static("content-visibility-visible", {"content-visibility": "visible"})
static("content-visibility-hidden", {"content-visibility": "hidden"})
static("content-visibility-auto", {"content-visibility": "auto"})
dynamic(r"^content-(.+)$", lambda m: _one("content", h_bracket_cssvar(m[1])))
static("content-empty", {"content": '""'})
static("content-none", {"content": "none"})
static("min-h-dvh", {"min-height": "100dvh"})
static("h-dvh", {"height": "100dvh"})


def build_rules() -> tuple[dict[str, Rule], list[Rule]]:
    """The static table and the dynamic list (in definition order)."""
    statics: dict[str, Rule] = {}
    dynamics: list[Rule] = []
    for index, item in enumerate(_RULES):
        if item[0] == "static":
            statics.setdefault(item[1], Rule(index, item[1], None, item[2], None))
            statics[item[1]] = Rule(index, item[1], None, item[2], None)
        else:
            dynamics.append(Rule(index, None, item[1], None, item[2]))
    return statics, dynamics


STATIC_RULES, DYNAMIC_RULES = build_rules()

