"""values: UnoCSS's value handlers and colour parsing (preset-mini `_utils`), as plain functions.

Each handler takes the value part of a utility (`4`, `1/2`, `[calc(100%-2rem)]`, `$gap`) and
returns a CSS value or None; `chain(...)` tries handlers in order, as UnoCSS's `h.a.b.c` does.

Long on purpose: it is one table of small handlers, like preset-mini's `_utils/handlers.ts`,
which the rule families pick from by name.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Callable

Handler = Callable[[str], "str | None"]

NUMBER_WITH_UNIT = re.compile(
    r"^(-?\d*(?:\.\d+)?)(px|pt|pc|%|r?(?:em|ex|lh|cap|ch|ic)|(?:[sld]?v|cq)(?:[whib]|min|max)|in|cm|mm|rpx)?$", re.I)
NUMBER = re.compile(r"^(-?\d*(?:\.\d+)?)$")
UNIT_ONLY = {"px": 1, "vw": 100, "vh": 100, "svw": 100, "svh": 100, "dvw": 100, "dvh": 100, "lvh": 100, "lvw": 100}
BRACKET_TYPE = re.compile(r"^\[(color|image|length|size|position|quoted|string):", re.I)
GLOBAL_KEYWORDS = ("inherit", "initial", "revert", "revert-layer", "unset")
CSS_MATH = re.compile(r"^(calc|clamp|min|max)\s*\((.+)\)(.*)")

DIRECTIONS = {
    "l": ["-left"], "r": ["-right"], "t": ["-top"], "b": ["-bottom"], "s": ["-inline-start"],
    "e": ["-inline-end"], "x": ["-left", "-right"], "y": ["-top", "-bottom"], "": [""],
    "bs": ["-block-start"], "be": ["-block-end"], "is": ["-inline-start"], "ie": ["-inline-end"],
    "block": ["-block-start", "-block-end"], "inline": ["-inline-start", "-inline-end"],
}
CORNERS = {
    "l": ["-top-left", "-bottom-left"], "r": ["-top-right", "-bottom-right"], "t": ["-top-left", "-top-right"],
    "b": ["-bottom-left", "-bottom-right"], "tl": ["-top-left"], "lt": ["-top-left"], "tr": ["-top-right"],
    "rt": ["-top-right"], "bl": ["-bottom-left"], "lb": ["-bottom-left"], "br": ["-bottom-right"],
    "rb": ["-bottom-right"], "": [""], "bs": ["-start-start", "-start-end"], "be": ["-end-start", "-end-end"],
    "s": ["-end-start", "-start-start"], "is": ["-end-start", "-start-start"], "e": ["-start-end", "-end-end"],
    "ie": ["-start-end", "-end-end"], "ss": ["-start-start"], "se": ["-start-end"], "es": ["-end-start"],
    "ee": ["-end-end"],
}


@lru_cache(maxsize=1)
def uno_theme() -> dict[str, Any]:
    """preset-wind3's theme tables (colours, spacing, sizes …), shipped as data."""
    text = resources.files("slidepdf.style").joinpath("uno-theme.json").read_text("utf-8")
    return json.loads(text)


def js_round(number: float) -> str:
    """`+n.toFixed(10)` printed as JavaScript prints numbers."""
    value = round(number, 10)
    if value == int(value):
        return str(int(value))
    text = repr(value)
    return text[:-2] if text.endswith(".0") else text


def auto(text: str) -> str | None:
    return "auto" if text in ("auto", "a") else None


def number_with_unit(text: str) -> str | None:
    match = NUMBER_WITH_UNIT.match(text)
    if match and match[2] and match[1] not in ("", "-"):
        return js_round(float(match[1])) + match[2]
    return None


def rem(text: str) -> str | None:
    if not text:
        return None
    if text.lower() in UNIT_ONLY:
        return f"{UNIT_ONLY[text.lower()]}{text}"
    match = NUMBER_WITH_UNIT.match(text)
    if not match or match[1] in ("", "-", "."):
        return None
    number = float(match[1])
    if number == 0:
        return "0"
    return js_round(number) + match[2] if match[2] else js_round(number / 4) + "rem"


def px(text: str) -> str | None:
    if text.lower() in UNIT_ONLY:
        return f"{UNIT_ONLY[text.lower()]}{text}"
    match = NUMBER_WITH_UNIT.match(text)
    if not match or match[1] in ("", "-", "."):
        return None
    return js_round(float(match[1])) + (match[2] or "px")


def number(text: str) -> str | None:
    if not NUMBER.match(text) or text in ("", "-", "."):
        return None
    return js_round(float(text))


def percent(text: str) -> str | None:
    if text.endswith("%"):
        text = text[:-1]
    if not NUMBER.match(text) or text in ("", "-", "."):
        return None
    return js_round(float(text) / 100)


def fraction(text: str) -> str | None:
    if not text:
        return None
    if text == "full":
        return "100%"
    left, _, right = text.partition("/")
    try:
        value = float(left) / float(right)
    except (ValueError, ZeroDivisionError):
        return None
    return "0" if value == 0 else js_round(value * 100) + "%"


def time(text: str) -> str | None:
    match = re.match(r"^(-?[0-9.]+)(s|ms)?$", text, re.I)
    if not match:
        return None
    value = float(match[1])
    if value == 0 and not match[2]:
        return "0s"
    return js_round(value) + (match[2] or "ms")


def degree(text: str) -> str | None:
    match = re.match(r"^(-?[0-9.]+)(deg|rad|grad|turn)?$", text, re.I)
    if not match:
        return None
    value = float(match[1])
    if value == 0:
        return "0deg"
    return js_round(value) + (match[2] or "deg")


def global_keyword(text: str) -> str | None:
    return text if text in GLOBAL_KEYWORDS else None


def position(text: str) -> str | None:
    return text if text in ("top", "left", "right", "bottom", "center") else None


def _bracket(text: str, required: str | None = None) -> str | None:
    if not (text and text.startswith("[") and text.endswith("]")):
        return None
    hinted = None
    match = BRACKET_TYPE.match(text)
    if match:
        if required and match[1].lower() != required:
            return None
        hinted = None if required else match[1].lower()
        base = text[len(match[0]):-1]
    else:
        base = text[1:-1]
    if not base or base == '=""':
        return None
    if base.startswith("--"):
        base = f"var({base})"
    base = re.sub(r"theme\(([\w.-]+)\)", _theme_lookup, base)
    depth = 0
    for char in base:
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth < 0:
                return None
    if depth:
        return None
    if hinted in ("string", "quoted"):
        value = re.sub(r"(^|[^\\])_", r"\1 ", base).replace("\\_", "_")
        if hinted == "quoted":
            value = '"' + re.sub(r'(["\\])', r"\\\1", value) + '"'
        return value
    value = re.sub(r"(url\(.*?\))", lambda m: m[1].replace("_", "\\_"), base)
    value = re.sub(r"(^|[^\\])_", r"\1 ", value)
    value = re.sub(r"(^|[^\\])_", r"\1 ", value).replace("\\_", "_")
    return re.sub(r"(?:calc|clamp|max|min)\((.*)", _space_math, value)


def _space_math(match: re.Match) -> str:
    names: list[str] = []

    def hide(found: re.Match) -> str:
        names.append(found[1])
        return found[0].replace(found[1], "--un-calc")

    text = re.sub(r"var\((--.+?)[,)]", hide, match[0])
    text = re.sub(r"(-?\d*\.?\d(?!-\d.+[,)](?![^+\-/*])\D)(?:%|[a-z]+)?|\))([+\-/*])", r"\1 \2 ", text)
    return re.sub(r"--un-calc", lambda _: names.pop(0), text)


def _theme_lookup(match: re.Match) -> str:
    """`theme(colors.red.500)` inside a bracket: the theme's value."""
    value: Any = uno_theme()
    for key in match[1].split("."):
        value = value.get(key) if isinstance(value, dict) else None
        if value is None:
            return match[0]
    return value if isinstance(value, str) else match[0]


def bracket(text: str) -> str | None:
    return _bracket(text)


def bracket_of_color(text: str) -> str | None:
    return _bracket(text, "color")


def bracket_of_length(text: str) -> str | None:
    return _bracket(text, "length")


def bracket_of_position(text: str) -> str | None:
    return _bracket(text, "position")


def css_escape(text: str) -> str:
    """CSS.escape as UnoCSS's escapeSelector does it, enough for class names."""
    out = []
    for index, char in enumerate(text):
        code = ord(char)
        if code == 0:
            out.append("\ufffd")
        elif 0x1 <= code <= 0x1F or code == 0x7F or (index == 0 and char.isdigit()) or \
                (index == 1 and char.isdigit() and text[0] == "-"):
            out.append(f"\\{code:x} ")
        elif index == 0 and char == "-" and len(text) == 1:
            out.append("\\-")
        elif code >= 0x80 or char in "-_" or char.isalnum():
            out.append(char)
        else:
            out.append("\\" + char)
    return "".join(out)


def cssvar(text: str) -> str | None:
    if not re.match(r"^\$[^\s'\"`;{}]", text):
        return None
    body = text[1:]
    name, comma, default = body.partition(",")
    return f"var(--{css_escape(name)}{', ' + default if comma and default else ''})"


def chain(*handlers: Handler) -> Handler:
    def run(text: str) -> str | None:
        for handler in handlers:
            value = handler(text)
            if value is not None:
                return value
        return None
    return run


# -- colours -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Color:
    """A parsed colour: `rgb` components (or a raw CSS colour), and the opacity written after `/`."""

    rgb: tuple[str, str, str] | None
    alpha: str | None        # from the colour itself (#rrggbbaa)
    raw: str | None           # a colour that is not rgb (var(), currentColor, named)
    opacity: str | None       # from the utility: `/50`, `:10`


def split_shorthand(body: str, kind: str = "color") -> tuple[str, str | None] | None:
    """`red-100/20` → (`red-100`, `20`); `/` or `:` outside brackets. A typed bracket
    (`[length:…]`) must be of `kind`."""
    depth = 0
    for index, char in enumerate(body):
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif depth == 0 and char in "/:":
            front, rest = body[:index], body[index + 1:]
            typed = BRACKET_TYPE.match(front)
            if typed and typed[1].lower() != kind:
                return None
            return front, rest
    typed = BRACKET_TYPE.match(body)
    if typed and typed[1].lower() != kind:
        return None
    return body, None


def _theme_color(path: list[str]) -> Any:
    def deep_get(current: Any, keys: list[str]) -> Any:
        if not keys:
            return current
        if not isinstance(current, dict):
            return None
        for count in range(len(keys), 0, -1):
            flat = "-".join(keys[:count])
            camel = re.sub(r"-([a-z])", lambda m: m[1].upper(), flat)
            value = current.get(camel, current.get(flat))
            if value is not None:
                return value if count == len(keys) else deep_get(value, keys[count:])
        return None
    return deep_get(uno_theme()["colors"], path)


def parse_css_color(text: str | None) -> tuple[tuple[str, str, str], str | None] | None:
    """#hex / rgb() / rgba() → (r, g, b) strings and alpha; other forms are not parsed."""
    if not text:
        return None
    text = text.strip()
    hex_match = re.fullmatch(r"#([\da-f]{3,8})", text, re.I)
    if hex_match:
        digits = hex_match[1]
        if len(digits) in (3, 4):
            digits = "".join(c * 2 for c in digits)
        if len(digits) not in (6, 8):
            return None
        rgb = tuple(str(int(digits[i:i + 2], 16)) for i in (0, 2, 4))
        alpha = js_round(round(int(digits[6:8], 16) / 255, 2)) if len(digits) == 8 else None
        return rgb, alpha
    func = re.fullmatch(r"rgba?\(\s*([^)]*)\)", text, re.I)
    if func:
        parts = [p for p in re.split(r"[\s,/]+", func[1].strip()) if p]
        if len(parts) in (3, 4):
            return (parts[0], parts[1], parts[2]), parts[3] if len(parts) == 4 else None
    return None


def parse_color(body: str) -> Color | None:
    """UnoCSS's parseColor: theme names and shades, `[#hex]`, `hex-RRGGBB`, `$var`, with `/opacity`."""
    split = split_shorthand(body)
    if not split:
        return None
    main, opacity = split
    parts = re.sub(r"([a-z])(\d)", r"\1-\2", main).split("-")
    if not parts[0]:
        return None
    bracketed = bracket_of_color(main)
    candidate = bracketed or main
    if number_with_unit(candidate):
        return None
    color: str | None = None
    if re.fullmatch(r"#[\da-f]+", candidate, re.I):
        color = candidate
    elif re.fullmatch(r"hex-[\da-fA-F]+", candidate):
        color = "#" + candidate[4:]
    elif main.startswith("$"):
        color = cssvar(main)
    color = color or bracketed
    if not color:
        data = _theme_color([main])
        if isinstance(data, str):
            color = data
    if not color:
        keys, shade = parts, None
        if re.fullmatch(r"\d+", parts[-1]):
            shade, keys = parts[-1], parts[:-1]
        data = _theme_color(keys)
        if isinstance(data, dict):
            color = data.get(shade or "DEFAULT")
        elif isinstance(data, str) and not shade:
            color = data
    if not color:
        return None
    alpha = chain(bracket, cssvar, percent)(opacity or "") if opacity is not None else None
    parsed = parse_css_color(color)
    if parsed:
        return Color(parsed[0], parsed[1], None, alpha)
    return Color(None, None, color, alpha)


def color_string(color: Color, alpha: str | None) -> str:
    if color.rgb is None:
        return color.raw                    # var(), named colours: written as they are
    r, g, b = color.rgb
    return f"rgb({r} {g} {b} / {alpha})" if alpha is not None else f"rgb({r} {g} {b})"


def color_declarations(prop: str, var_kind: str | None, body: str) -> list[tuple[str, str]] | None:
    """colorResolver: the declarations for `prop` set to the colour in `body`."""
    color = parse_color(body)
    if color is None:
        return None
    if color.rgb is None:
        if color.opacity is not None and color.raw.startswith("var("):
            return [(prop, f"color-mix(in srgb, {color.raw} {_percent_text(color.opacity)}, transparent)")]
        return [(prop, color.raw)]
    if color.opacity is not None:
        return [(prop, color_string(color, color.opacity))]
    if var_kind is None:
        return [(prop, color_string(color, color.alpha or "1"))]
    variable = f"--un-{var_kind}-opacity"
    return [(variable, color.alpha or "1"), (prop, color_string(color, f"var({variable})"))]


def _percent_text(alpha: str) -> str:
    try:
        return js_round(float(alpha) * 100) + "%"
    except ValueError:
        return alpha
