"""`v-mark`: rough-notation annotations (underline, circle, box, highlight …) from their click on."""
from __future__ import annotations

import tinycss2.color3

from ..vue.values import format_style, parse_style
from .targets import ClickTarget

MARK_TYPES = {
    "box": "box", "circle": "circle", "underline": "underline", "highlight": "highlight",
    "strike-through": "strike-through", "crossed-off": "crossed-off", "bracket": "bracket",
    "strike": "strike-through", "cross": "crossed-off", "crossed": "crossed-off",
    "linethrough": "strike-through", "line-through": "strike-through",
}


# v-mark colour modifiers add `text-<name>` to the annotation: UnoCSS's default shade (400).
MARK_COLORS = {
    "black": "#000", "white": "#fff", "blue": "#60a5fa", "cyan": "#22d3ee", "gray": "#9ca3af",
    "green": "#4ade80", "indigo": "#818cf8", "lime": "#a3e635", "orange": "#fb923c",
    "pink": "#f472b6", "purple": "#c084fc", "red": "#f87171", "teal": "#2dd4bf", "yellow": "#facc15",
}


def show_mark(target: ClickTarget, current: int) -> None:
    """rough-notation's mark, drawn with CSS from its click on: the element's own box is
    unchanged (borders and paddings are cancelled by negative margins)."""
    data = target.data
    shown = data["always"] or (target.info is not None and target.info.is_active(current))
    if not shown:
        return
    element = target.element
    element.add_class("slidepdf-mark", f"slidepdf-mark-{data['type']}")
    style = parse_style(element.attrs.get("style") or "")
    style.update(mark_style(data["type"], data["color"], data["opacity"]))
    element.attrs["style"] = format_style(style)


def mark_style(kind: str, color: str, opacity: float = 1.0) -> dict[str, str]:
    """CSS that draws a rough-notation annotation of `kind` in `color` around an inline box."""
    paint = _with_opacity(color, opacity)
    line = f"2px solid {paint}"
    if kind in ("underline", "strike-through", "crossed-off"):
        decoration = "underline" if kind == "underline" else "line-through"
        return {"text-decoration": f"{decoration} {paint}", "text-decoration-thickness": "2px",
                "text-underline-offset": "0.15em"}
    if kind == "highlight":
        return {"background-color": paint, "box-decoration-break": "clone"}
    if kind == "bracket":
        return {"border-right": line, "padding-right": "4px", "margin-right": "-6px"}
    radius = "50%" if kind == "circle" else "2px"
    return {"border": line, "border-radius": radius, "padding": "0.05em 0.3em", "margin": "-0.05em -0.3em",
            "box-decoration-break": "clone"}


def _with_opacity(color: str, opacity: float) -> str:
    if opacity >= 1:
        return color
    parsed = tinycss2.color3.parse_color(color)
    if parsed is None or isinstance(parsed, str):      # currentColor or not a colour
        return color
    red, green, blue, alpha = (round(parsed.red * 255), round(parsed.green * 255), round(parsed.blue * 255),
                               parsed.alpha * opacity)
    return f"rgba({red}, {green}, {blue}, {alpha:.3g})"

