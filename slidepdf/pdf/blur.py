"""blur: pictures of what CSS `filter: blur()` makes of a group of painted boxes, which
WeasyPrint cannot draw (pdf.weasyfixes decides where, this module only paints).

A blurred element's descendants (gradient or colour backgrounds, each perhaps cut by a polygon
`clip-path` and faded by its `opacity`) are painted onto one premultiplied picture in paint order,
blurred as CSS blurs (a Gaussian of that standard deviation, spreading three of them past the
element), hue-rotated as `hue-rotate()` does, and handed back as RGBA to be drawn over the page.
Above 8px of blur the picture is made at half resolution, where nothing finer would show.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Fill:
    """One painted box of the group, in the group picture's CSS pixels (before scaling)."""

    x: float
    y: float
    width: float
    height: float
    # (positions along the gradient line from (x0, y0) to (x1, y1), RGBA colours 0–1); a single
    # colour is a solid fill
    line: tuple[float, float, float, float] | None
    positions: tuple[float, ...]
    colors: tuple[tuple[float, float, float, float], ...]
    opacity: float = 1.0
    polygon: tuple[tuple[float, float], ...] | None = None     # fractions of the box; None: the box
    clip: tuple[float, float, float, float] | None = None      # a clipping box (x, y, w, h), the group's


def scale_for(sigma: float, width: float, height: float) -> float:
    spread = 3 * sigma
    return min(0.5 if sigma > 8 else 1.0, 1600 / max(width + 2 * spread, height + 2 * spread, 1))


def group_picture(fills: list[Fill], width: float, height: float, sigma: float, hue: float = 0.0):
    """(PIL RGBA picture, its spread in CSS px): the fills blurred together, the picture covering
    the group's box plus the spread on every side."""
    from PIL import Image, ImageFilter

    spread = 3 * sigma
    scale = scale_for(sigma, width, height)
    w = max(1, math.ceil((width + 2 * spread) * scale))
    h = max(1, math.ceil((height + 2 * spread) * scale))
    colour = np.zeros((h, w, 3), dtype=np.float32)          # premultiplied, 0–1
    alpha = np.zeros((h, w), dtype=np.float32)
    # pixel centres in the group's CSS pixels (its box at 0, 0): a row and a column, broadcast
    px = ((np.arange(w, dtype=np.float32) + 0.5) / scale - spread)[None, :]
    py = ((np.arange(h, dtype=np.float32) + 0.5) / scale - spread)[:, None]
    for fill in fills:
        coverage = _inside(px, py, fill.x, fill.y, fill.width, fill.height)
        if fill.clip is not None:
            coverage &= _inside(px, py, *fill.clip)
        if fill.polygon:
            vertices = [((fill.x + u * fill.width + spread) * scale, (fill.y + v * fill.height + spread) * scale)
                        for u, v in fill.polygon]
            coverage &= nonzero_mask(vertices, w, h)
        premultiplied, painted = _paint(fill, px, py, (h, w))
        cover = (coverage * fill.opacity).astype(np.float32)
        a = painted * cover
        colour = premultiplied * cover[..., None] + colour * (1 - a[..., None])
        alpha = a + alpha * (1 - a)
    picture_colour = Image.fromarray(np.round(colour * 255).astype(np.uint8), "RGB")
    picture_alpha = Image.fromarray(np.round(alpha * 255).astype(np.uint8), "L")
    picture_colour = picture_colour.filter(ImageFilter.GaussianBlur(sigma * scale))
    picture_alpha = picture_alpha.filter(ImageFilter.GaussianBlur(sigma * scale))
    if hue:
        picture_colour = picture_colour.convert("RGB", hue_rotation(hue))
    # back to straight alpha for the PDF, which multiplies by it again
    premultiplied = np.asarray(picture_colour, dtype=np.float64)
    a = np.asarray(picture_alpha, dtype=np.float64)
    straight = np.where(a[..., None] > 0, premultiplied * 255 / np.maximum(a[..., None], 1), 0)
    rgba = np.dstack([np.clip(np.round(straight), 0, 255), a]).astype(np.uint8)
    return Image.fromarray(rgba, "RGBA"), spread


def _inside(px, py, x, y, width, height):
    return (px >= x) & (px < x + width) & (py >= y) & (py < y + height)


def _paint(fill: Fill, px, py, shape: tuple[int, int]):
    """The fill's premultiplied colour and its alpha at every pixel centre."""
    colors = np.array(fill.colors, dtype=np.float32)
    # browsers interpolate gradients in premultiplied colour
    premultiplied = colors[:, :3] * colors[:, 3:4]
    if fill.line is None or len(colors) == 1:
        return np.broadcast_to(premultiplied[0], (*shape, 3)), np.full(shape, colors[0, 3], dtype=np.float32)
    x0, y0, x1, y1 = fill.line
    dx, dy = x1 - x0, y1 - y0
    length = dx * dx + dy * dy or 1.0
    t = ((px - fill.x - x0) * dx + (py - fill.y - y0) * dy) / length
    positions = np.array(fill.positions, dtype=np.float32)
    a = np.interp(t, positions, colors[:, 3]).astype(np.float32)
    rgb = np.stack([np.interp(t, positions, premultiplied[:, channel]) for channel in range(3)], axis=-1)
    return rgb.astype(np.float32), a


def nonzero_mask(vertices: list[tuple[float, float]], w: int, h: int) -> np.ndarray:
    """Which pixel centres a polygon covers under CSS clip-path's default nonzero rule (the
    polygons a deck draws may cross themselves)."""
    mask = np.zeros((h, w), dtype=bool)
    edges = list(zip(vertices, vertices[1:] + vertices[:1]))
    for row in range(h):
        y = row + 0.5
        crossings = sorted((x0 + (y - y0) * (x1 - x0) / (y1 - y0), 1 if y1 > y0 else -1)
                           for (x0, y0), (x1, y1) in edges if (y0 <= y < y1) or (y1 <= y < y0))
        winding = 0
        for index, (x, direction) in enumerate(crossings):
            winding += direction
            if winding != 0 and index + 1 < len(crossings):
                start = max(0, math.ceil(x - 0.5))
                end = min(w, math.ceil(crossings[index + 1][0] - 0.5))
                if end > start:
                    mask[row, start:end] = True
    return mask


def hue_rotation(degrees: float) -> tuple[float, ...]:
    """CSS hue-rotate() as a 3x4 colour matrix (Filter Effects 1, feColorMatrix hueRotate)."""
    angle = math.radians(degrees)
    cos, sin = math.cos(angle), math.sin(angle)
    m = [
        0.213 + cos * 0.787 - sin * 0.213, 0.715 - cos * 0.715 - sin * 0.715, 0.072 - cos * 0.072 + sin * 0.928,
        0.213 - cos * 0.213 + sin * 0.143, 0.715 + cos * 0.285 + sin * 0.140, 0.072 - cos * 0.072 - sin * 0.283,
        0.213 - cos * 0.213 - sin * 0.787, 0.715 - cos * 0.715 + sin * 0.715, 0.072 + cos * 0.928 + sin * 0.072,
    ]
    return (m[0], m[1], m[2], 0, m[3], m[4], m[5], 0, m[6], m[7], m[8], 0)
