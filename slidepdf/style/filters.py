"""filters: CSS filters on images, applied to the image itself.

WeasyPrint has no `filter`, but decks put `invert`, `dark:invert`, `grayscale`,
`brightness-…` on logos all the time, and a black logo on a dark slide disappears. So an
`<img>` whose utilities ask for filters gets a prepared copy of its picture: rasters through
Pillow, SVGs by rewriting their colours (blur needs a raster and is not done for SVG).
Filters on other elements cannot be emulated and are reported by the style stage.
"""
from __future__ import annotations

import base64
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..errors import SlidepdfError
from ..policy import AccessPolicy
from ..vue.template import Element
from .generate import StyleContext, applies_in_print, generate_token

FILTER_VARIABLE = re.compile(r"^--un-(blur|brightness|contrast|grayscale|invert|saturate|sepia|hue-rotate)$")
_FUNCTION = re.compile(r"^([a-z-]+)\((.*)\)$")
_HEX = re.compile(r"#([0-9a-fA-F]{3,8})\b")
_RGB = re.compile(r"rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)")
_NAMED = {"black": "#000000", "white": "#ffffff"}

Filter = tuple[str, float]


def image_filters(classes: list[str], context: StyleContext) -> list[Filter]:
    """The filter functions the element's utilities ask for, in CSS's fixed order."""
    found: dict[str, float] = {}
    for token in classes:
        rules = generate_token(token, context)
        for rule in rules or ():
            if not applies_in_print(rule, context):
                continue
            for name, value in rule.declarations:
                if FILTER_VARIABLE.match(name) and (call := _FUNCTION.match(value.replace(" !important", ""))):
                    amount = _amount(call[2])
                    if amount is not None:
                        found[call[1]] = amount
    order = ("blur", "brightness", "contrast", "grayscale", "hue-rotate", "invert", "saturate", "sepia")
    return [(name, found[name]) for name in order if name in found]


def _amount(text: str) -> float | None:
    text = text.strip()
    try:
        if text.endswith("%"):
            return float(text[:-1]) / 100
        if text.endswith("px"):
            return float(text[:-2])
        if text.endswith("deg"):
            return float(text[:-3])
        return float(text)
    except ValueError:
        return None


@dataclass
class ImageFilters:
    """Prepared copies of filtered images, made once per export."""

    policy: AccessPolicy
    _done: dict[tuple[str, tuple[Filter, ...]], str | None] = field(default_factory=dict)

    def apply(self, element: Element, filters: list[Filter]) -> bool:
        """Point the <img> at a filtered copy; False when this image cannot be filtered."""
        source = element.get("src") or ""
        key = (source, tuple(filters))
        if key not in self._done:
            self._done[key] = self._make(source, filters)
        url = self._done[key]
        if url is None:
            return False
        element.attrs["src"] = url
        return True

    def _make(self, source: str, filters: list[Filter]) -> str | None:
        data, is_svg = self._read(source)
        if data is None:
            return None
        if is_svg:
            if any(name == "blur" for name, _ in filters):
                return None
            text = _filter_svg(data.decode("utf-8", "replace"), filters)
            return "data:image/svg+xml;base64," + base64.b64encode(text.encode("utf-8")).decode("ascii")
        try:
            png = _filter_raster(data, filters)
        except (OSError, ValueError):
            return None
        return "data:image/png;base64," + base64.b64encode(png).decode("ascii")

    def _read(self, source: str) -> tuple[bytes | None, bool]:
        parts = urlsplit(source)
        if parts.scheme == "file":
            path = Path(unquote(parts.path))
            try:
                data = self.policy.read_bytes(path)
            except SlidepdfError:
                return None, False
            return data, path.suffix.lower() == ".svg" or data.lstrip()[:5] in (b"<?xml", b"<svg ")
        if parts.scheme == "data":
            header, _, payload = source.partition(",")
            data = base64.b64decode(payload) if ";base64" in header else unquote(payload).encode("utf-8")
            return data, "svg" in header
        return None, False          # remote images are left as they are


def filter_rgb(rgb: tuple[float, float, float], filters: list[Filter]) -> tuple[float, float, float]:
    """One colour (0–255 channels) through the filter chain, as CSS filter functions define it."""
    r, g, b = rgb
    for name, amount in filters:
        if name == "brightness":
            r, g, b = r * amount, g * amount, b * amount
        elif name == "contrast":
            r, g, b = ((c - 127.5) * amount + 127.5 for c in (r, g, b))
        elif name == "grayscale":
            amount = min(amount, 1)
            gray = 0.2126 * r + 0.7152 * g + 0.0722 * b
            r, g, b = (c + (gray - c) * amount for c in (r, g, b))
        elif name == "invert":
            amount = min(amount, 1)
            r, g, b = (c + (255 - 2 * c) * amount for c in (r, g, b))
        elif name == "sepia":
            amount = min(amount, 1)
            sr = 0.393 * r + 0.769 * g + 0.189 * b
            sg = 0.349 * r + 0.686 * g + 0.168 * b
            sb = 0.272 * r + 0.534 * g + 0.131 * b
            r, g, b = r + (sr - r) * amount, g + (sg - g) * amount, b + (sb - b) * amount
        elif name == "saturate":
            gray = 0.2126 * r + 0.7152 * g + 0.0722 * b
            r, g, b = (gray + (c - gray) * amount for c in (r, g, b))
        r, g, b = (max(0.0, min(255.0, c)) for c in (r, g, b))
    return r, g, b


def _filter_svg(text: str, filters: list[Filter]) -> str:
    def hex_color(match: re.Match) -> str:
        digits = match[1]
        if len(digits) in (3, 4):
            digits = "".join(c * 2 for c in digits)
        if len(digits) not in (6, 8):
            return match[0]
        rgb = tuple(int(digits[i:i + 2], 16) for i in (0, 2, 4))
        r, g, b = (round(c) for c in filter_rgb(rgb, filters))
        return f"#{r:02x}{g:02x}{b:02x}{digits[6:]}"

    def rgb_color(match: re.Match) -> str:
        r, g, b = (round(c) for c in filter_rgb((float(match[1]), float(match[2]), float(match[3])), filters))
        return f"rgb({r} {g} {b}{' / ' + match[4] if match[4] else ''})"

    text = _HEX.sub(hex_color, text)
    text = _RGB.sub(rgb_color, text)
    for name in ("black", "white"):
        text = re.sub(rf'(fill|stroke|stop-color)="{name}"',
                      lambda m, n=name: f'{m[1]}="{_HEX.sub(hex_color, _NAMED[n])}"', text)
    # Shapes without a fill are black: make that explicit so the filter reaches them.
    if 'fill="' not in text.split(">", 1)[0] and "<svg" in text:
        black = _HEX.sub(hex_color, "#000000")
        text = re.sub(r"<svg\b", f'<svg fill="{black}"', text, count=1)
    return text


def _mix_matrix(target: tuple[tuple[float, float, float], ...], amount: float) -> tuple[float, ...]:
    """The 3x4 matrix that moves each pixel `amount` of the way to `target` · pixel."""
    amount = min(max(amount, 0.0), 1.0)
    rows = []
    for index, row in enumerate(target):
        identity = [1.0 if i == index else 0.0 for i in range(3)]
        rows.extend([*(i + (t - i) * amount for i, t in zip(identity, row)), 0.0])
    return tuple(rows)


_LUMA = (0.2126, 0.7152, 0.0722)
_MATRICES = {
    "grayscale": lambda a: _mix_matrix((_LUMA, _LUMA, _LUMA), a),
    "sepia": lambda a: _mix_matrix(((0.393, 0.769, 0.189), (0.349, 0.686, 0.168), (0.272, 0.534, 0.131)), a),
    "saturate": lambda a: tuple(v for index in range(3) for v in (
        *(_LUMA[i] + ((1.0 if i == index else 0.0) - _LUMA[i]) * a for i in range(3)), 0.0)),
}


def _filter_raster(data: bytes, filters: list[Filter]) -> bytes:
    from PIL import Image, ImageFilter

    image = Image.open(io.BytesIO(data))
    image.load()
    image = image.convert("RGBA")
    for name, amount in filters:
        if name == "blur":
            image = image.filter(ImageFilter.GaussianBlur(radius=amount))
            continue
        red, green, blue, alpha = image.split()
        rgb = Image.merge("RGB", (red, green, blue))
        if name in ("brightness", "contrast", "invert"):      # per channel: a lookup table
            lut = [round(filter_rgb((v, v, v), [(name, amount)])[0]) for v in range(256)]
            rgb = rgb.point(lut * 3)
        elif name in _MATRICES:                                 # linear in RGB: a colour matrix
            rgb = rgb.convert("RGB", _MATRICES[name](amount))
        image = Image.merge("RGBA", (*rgb.split(), alpha))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
