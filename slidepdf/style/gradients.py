"""gradients: reading CSS gradients where WeasyPrint cannot draw what they are used for.

Gradient text (`background-clip: text` with a transparent fill) has no equivalent in
WeasyPrint, which would paint the gradient box and hide the text. The style stage gives the
text the colour that covers most of the gradient line, and names the gradient in
`TEXT_GRADIENT`, which the PDF stage paints through the text (`pdf.weasyfixes`).
"""
from __future__ import annotations

import re

from ..textutil import split_top_level

TEXT_GRADIENT = "--slidepdf-text-gradient"

_GRADIENT = re.compile(r"(?:repeating-)?(?:linear|radial|conic)-gradient\((.*)\)", re.S)
_POSITION = re.compile(r"\s+(-?[\d.]+)%\s*$")
_DIRECTION = re.compile(r"^\s*(?:to\s|-?[\d.]+(?:deg|turn|rad|grad)\b|circle|ellipse|at\s|from\s|in\s)")


def gradient_stops(value: str) -> list[tuple[str, float | None]]:
    """(colour, position %) of the first gradient in a `background(-image)` value."""
    found = _GRADIENT.search(value)
    if not found:
        return []
    parts = [p.strip() for p in split_top_level(found[1], ",", "(", ")") if p.strip()]
    if parts and _DIRECTION.match(parts[0]):
        parts = parts[1:]
    stops = []
    for part in parts:
        position = _POSITION.search(part)
        color = part[:position.start()].strip() if position else part
        stops.append((color, float(position[1]) if position else None))
    return stops


def dominant_color(value: str) -> str | None:
    """The stop colour that covers the longest stretch of the gradient line: stretches
    before the first and after the last stop are solid; between two stops each colour
    takes half."""
    stops = gradient_stops(value)
    if not stops:
        return None
    count = len(stops)
    positions = [p if p is not None else (100.0 * i / (count - 1) if count > 1 else 0.0)
                 for i, (_, p) in enumerate(stops)]
    cover = [0.0] * count
    cover[0] += max(positions[0], 0.0)
    cover[-1] += max(100.0 - positions[-1], 0.0)
    for i in range(count - 1):
        half = max(positions[i + 1] - positions[i], 0.0) / 2
        cover[i] += half
        cover[i + 1] += half
    best = max(range(count), key=lambda i: (cover[i], -i))
    return stops[best][0]


_OPPOSITE = {"top": "bottom", "bottom": "top", "left": "right", "right": "left"}


def first_gradient(value: str) -> str | None:
    """The first `…-gradient(…)` in a CSS value, whole, in today's syntax: a legacy
    `-webkit-linear-gradient` names the side it starts from and measures angles from the right,
    counter-clockwise."""
    found = re.search(r"(-webkit-)?((?:repeating-)?(?:linear|radial|conic)-gradient)\(", value)
    if not found:
        return None
    depth = 0
    for index in range(found.end() - 1, len(value)):
        depth += {"(": 1, ")": -1}.get(value[index], 0)
        if depth == 0:
            break
    else:
        return None
    arguments = value[found.end():index]
    if found[1] and found[2].endswith("linear-gradient"):
        first, _, rest = arguments.partition(",")
        if angle := re.fullmatch(r"\s*(-?[\d.]+)deg\s*", first):
            arguments = f"{(90 - float(angle[1])) % 360:g}deg,{rest}"
        elif first.strip() and all(word in _OPPOSITE for word in first.split()):
            arguments = f"to {' '.join(_OPPOSITE[word] for word in first.split())},{rest}"
    return f"{found[2]}({arguments})"
