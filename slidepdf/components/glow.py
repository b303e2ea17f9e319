"""glow: the `glowSeed` background layer, drawn as Slidev prints it, without the browser.

Seven of fourteen surveyed decks carry the same `global-bottom.vue` (credited to @pi0 and
@Atinux, from antfu/talks): three polygons with gradient fills, placed by a seeded random
generator from the slide's own frontmatter (`glowSeed`, `glow`, `glowOpacity`, `glowHue`) and
blurred by 70 px. slidepdf runs no component code, so it recognises this component and
draws it itself: the same ARC4 generator as npm `seedrandom@3`, the same point recipe, and
the blur WeasyPrint lacks done on a raster at half the page's resolution (a 70 px blur leaves
nothing finer to see), composited onto the page colour and used as the page's background.
"""
from __future__ import annotations

import base64
import io
import math
import re
from dataclasses import dataclass, replace

from ..errors import SlidepdfError
from ..model import Deck
from ..policy import AccessPolicy
from ..style.values import parse_color
from ..vue.template import Element, parse_template

WIDTH = 256
OVERFLOW, DISTURB, DISTURB_CHANCE = 0.3, 0.3, 0.3


class SeedRandom:
    """npm seedrandom@3's default generator (ARC4, first 256 bytes dropped, 52-bit doubles)."""

    def __init__(self, seed: str):
        # mixkey(): for the first 256 characters key[j] is undefined, so `smear` stays 0 and
        # the key is the character codes; longer seeds fold back onto the key with smear.
        key: list[int] = []
        smear = 0
        for index, char in enumerate(seed):
            slot = index & 255
            if slot < len(key):
                smear ^= key[slot] * 19
                key[slot] = 255 & (smear + ord(char))
            else:
                key.append(255 & (smear + ord(char)))
        key = key or [0]
        self.s = list(range(WIDTH))
        j = 0
        for i in range(WIDTH):
            t = self.s[i]
            j = (j + key[i % len(key)] + t) & 255
            self.s[i] = self.s[j]
            self.s[j] = t
        self.i = self.j = 0
        self._bytes(WIDTH)

    def _bytes(self, count: int) -> float:
        r = 0.0
        s, i, j = self.s, self.i, self.j
        for _ in range(count):
            i = (i + 1) & 255
            t = s[i]
            j = (j + t) & 255
            s[i] = s[j]
            s[j] = t
            r = r * WIDTH + s[(s[i] + s[j]) & 255]
        self.i, self.j = i, j
        return r

    def __call__(self) -> float:
        n = self._bytes(6)
        d = float(2 ** 48)
        x = 0.0
        while n < 2 ** 52:
            n = (n + x) * WIDTH
            d *= WIDTH
            x = self._bytes(1)
        while n >= 2 ** 53:
            n /= 2
            d /= 2
            x = float(int(x) >> 1)
        return (n + x) / d


def limits(distribution: str) -> tuple[tuple[float, float], tuple[float, float]]:
    """The component's distributionToLimits."""
    low, high = -0.2, 1.2
    x, y = (low, high), (low, high)

    def cut(a, b):
        return max(a[0], b[0]), min(a[1], b[1])

    for part in distribution.split("-"):
        if part == "topmost":
            y = cut(y, (-0.5, 0))
        elif part == "top":
            y = cut(y, (low, 0.6))
        elif part == "bottom":
            y = cut(y, (0.4, high))
        elif part == "left":
            x = cut(x, (low, 0.6))
        elif part == "right":
            x = cut(x, (0.4, high))
        elif part == "xcenter":
            x = cut(x, (0.25, 0.75))
        elif part == "ycenter":
            y = cut(y, (0.25, 0.75))
        elif part == "center":
            x, y = cut(x, (0.25, 0.75)), cut(y, (0.25, 0.75))
        elif part == "full":
            x, y = cut(x, (0, 1)), cut(y, (0, 1))
    return x, y


def points(seed: str, slide_no: int, distribution: str, count: int) -> list[tuple[float, float]]:
    """The polygon's vertices as fractions of the slide box (they overflow it on purpose)."""
    rng = SeedRandom(f"{seed}-{slide_no}")
    x_range, y_range = limits(distribution)

    def coordinate(bounds) -> float:
        value = rng() * (bounds[1] - bounds[0]) + bounds[0]
        value = value * (1 + OVERFLOW * 2) - OVERFLOW
        return value + (rng() - 0.5) * DISTURB if rng() < DISTURB_CHANCE else value

    out = []
    for _ in range(count):
        x = coordinate(x_range)
        y = coordinate(y_range)
        out.append((x, y))
    return out


@dataclass(frozen=True)
class GlowPolygon:
    count: int
    direction: str                 # r, l, t, b
    start: tuple[int, int, int]
    end: tuple[int, int, int, float]
    opacity: float | None          # None: the slide's glowOpacity


@dataclass(frozen=True)
class GlowLayer:
    """The component as found in a deck: its polygons and blur."""

    polygons: tuple[GlowPolygon, ...]
    blur: float


def find_glow(folder, policy: AccessPolicy) -> GlowLayer | None:
    """A deck's `global-bottom.vue` when it is the glow component, read as data."""
    path = folder / "global-bottom.vue"
    if not path.is_file():
        return None
    try:
        source = policy.read_text(path)
    except SlidepdfError:
        return None
    if "glowSeed" not in source or "usePloy" not in source:
        return None
    counts = [int(n) for n in re.findall(r"usePloy\((\d+)\)", source)]
    blur = re.search(r"blur\((\d+(?:\.\d+)?)px\)", source)
    template = re.search(r"<template>(.*)</template>", source, re.S)
    if not template or not counts:
        return None
    tree = parse_template(template[1])[0]
    clips = [e for e in tree.elements() if _is_clip(e)]
    polygons = []
    for count, clip in zip(counts, clips):
        classes = clip.classes
        direction = next((c.rsplit("-", 1)[1] for c in classes if c.startswith("bg-gradient-to-")), "r")
        start = _stop_color(classes, "from")
        end = _stop_color(classes, "to")
        if start is None:
            return None
        if end is None:
            end = (*start[:3], 0.0)
        binding = clip.get(":style") or ""
        literal = re.search(r"'opacity'\s*:\s*([\d.]+)", binding)
        polygons.append(GlowPolygon(count, direction, start[:3], end, float(literal[1]) if literal else None))
    return GlowLayer(tuple(polygons), float(blur[1]) if blur else 70.0)


def _is_clip(element: Element) -> bool:
    """One of the glow's polygons (its container is the glow)."""
    return "clip" in element.classes


def without_glow(template: Element) -> Element | None:
    """The glow layer's template without the glow (drawn as the slide's background instead):
    what else the deck put in the layer, a footer or a page number, is still drawn. None when
    nothing else is there."""
    def pruned(element: Element) -> Element | None:
        if any(_is_clip(child) for child in element.children if isinstance(child, Element)):
            return None
        children = [kept for child in element.children
                    if (kept := pruned(child) if isinstance(child, Element) else child) is not None]
        return replace(element, children=children)

    kept = pruned(template)
    # empty wrappers alone show nothing; text, a picture or a component may
    if kept is None or not (kept.text_content().strip()
                            or any(e.tag not in ("div", "span", "template") for e in kept.elements())):
        return None
    return kept


def _stop_color(classes: list[str], kind: str) -> tuple[int, int, int, float] | None:
    token = next((c for c in classes if c.startswith(f"{kind}-")), None)
    if token is None:
        return None
    color = parse_color(token[len(kind) + 1:])
    if color is None or color.rgb is None:
        return None
    alpha = float(color.opacity) if color.opacity is not None else 1.0
    return int(color.rgb[0]), int(color.rgb[1]), int(color.rgb[2]), alpha


def slide_settings(frontmatter: dict) -> tuple[str, str, float, float]:
    """(seed, distribution, opacity, hue) from the slide's own frontmatter, as the component reads it."""
    raw = frontmatter.get("glowSeed")
    seed = "default" if not raw else str(raw)        # `false` means Date.now(): not reproducible, use default
    distribution = str(frontmatter.get("glow") or "full")
    try:
        opacity = float(frontmatter.get("glowOpacity", 0.4))
    except (TypeError, ValueError):
        opacity = 0.4
    try:
        hue = float(frontmatter.get("glowHue") or 0)
    except (TypeError, ValueError):
        hue = 0.0
    return seed, distribution, opacity, hue


def render(layer: GlowLayer, slide_no: int, frontmatter: dict, width: float, height: float,
           background: tuple[int, int, int], dark: bool, scale: float = 0.5) -> bytes:
    """The page background as JPEG bytes: the blurred polygons over the page colour."""
    from PIL import Image, ImageChops, ImageFilter

    seed, distribution, opacity, hue = slide_settings(frontmatter)
    w, h = max(1, round(width * scale)), max(1, round(height * scale))
    colour = Image.new("RGB", (w, h), (0, 0, 0))      # premultiplied colour of the layer
    alpha = Image.new("L", (w, h), 0)
    all_points = points(seed, slide_no, distribution, max(p.count for p in layer.polygons))
    for polygon in layer.polygons:
        mask = _fill_nonzero([(x * w, y * h) for x, y in all_points[:polygon.count]], w, h)
        # `.light .clip { opacity: 1 !important }` in the component's own style
        strength = (polygon.opacity if polygon.opacity is not None else opacity) if dark else 1.0
        gradient, gradient_alpha = _gradient(polygon, w, h)
        coverage = ImageChops.multiply(mask, gradient_alpha).point(lambda v: round(v * strength))
        # source-over: dst = src·a + dst·(1 − a), in premultiplied form
        inverse = coverage.point(lambda v: 255 - v)
        colour = ImageChops.add(ImageChops.multiply(gradient, Image.merge("RGB", [coverage] * 3)),
                                ImageChops.multiply(colour, Image.merge("RGB", [inverse] * 3)))
        alpha = ImageChops.add(coverage, ImageChops.multiply(alpha, inverse))
    sigma = layer.blur * scale
    colour = colour.filter(ImageFilter.GaussianBlur(sigma))
    alpha = alpha.filter(ImageFilter.GaussianBlur(sigma))
    if hue:
        colour = colour.convert("RGB", _hue_rotate(hue))
    base = Image.new("RGB", (w, h), background)
    inverse = alpha.point(lambda v: 255 - v)
    page = ImageChops.add(colour, ImageChops.multiply(base, Image.merge("RGB", [inverse] * 3)))
    out = io.BytesIO()
    page.save(out, format="JPEG", quality=88, optimize=True)
    return out.getvalue()


def _gradient(polygon: GlowPolygon, w: int, h: int):
    """The polygon's fill across the whole slide box (not the polygon): colour and alpha."""
    from PIL import Image

    horizontal = polygon.direction in ("r", "l")
    size = w if horizontal else h
    (r0, g0, b0), (r1, g1, b1, a1) = polygon.start, polygon.end
    line_colour, line_alpha = [], []
    for index in range(size):
        t = (index + 0.5) / size
        if polygon.direction in ("l", "t"):
            t = 1 - t
        a = 1 + (a1 - 1) * t
        line_alpha.append(round(255 * a))
        # premultiplied interpolation, as browsers interpolate gradients
        line_colour.append(tuple(round(((c0 * (1 - t)) + c1 * a1 * t)) for c0, c1 in ((r0, r1), (g0, g1), (b0, b1))))
    strip = (w, 1) if horizontal else (1, h)
    colour, alpha = Image.new("RGB", strip), Image.new("L", strip)
    colour.putdata(line_colour)
    alpha.putdata(line_alpha)
    return colour.resize((w, h)), alpha.resize((w, h))


def _fill_nonzero(vertices: list[tuple[float, float]], w: int, h: int):
    """A polygon mask with CSS clip-path's default nonzero rule (the polygons cross themselves)."""
    from PIL import Image

    mask = Image.new("L", (w, h), 0)
    pixels = mask.load()
    edges = list(zip(vertices, vertices[1:] + vertices[:1]))
    for row in range(h):
        y = row + 0.5
        crossings = []
        for (x0, y0), (x1, y1) in edges:
            if (y0 <= y < y1) or (y1 <= y < y0):
                x = x0 + (y - y0) * (x1 - x0) / (y1 - y0)
                crossings.append((x, 1 if y1 > y0 else -1))
        crossings.sort()
        winding = 0
        for index, (x, direction) in enumerate(crossings):
            winding += direction
            if winding != 0 and index + 1 < len(crossings):
                start = max(0, math.ceil(x - 0.5))
                end = min(w, math.ceil(crossings[index + 1][0] - 0.5))
                for column in range(start, end):
                    pixels[column, row] = 255
    return mask


def _hue_rotate(degrees: float) -> tuple[float, ...]:
    """CSS hue-rotate() as a 3x4 colour matrix."""
    angle = math.radians(degrees)
    cos, sin = math.cos(angle), math.sin(angle)
    m = [
        0.213 + cos * 0.787 - sin * 0.213, 0.715 - cos * 0.715 - sin * 0.715, 0.072 - cos * 0.072 + sin * 0.928,
        0.213 - cos * 0.213 + sin * 0.143, 0.715 + cos * 0.285 + sin * 0.140, 0.072 - cos * 0.072 - sin * 0.283,
        0.213 - cos * 0.213 - sin * 0.787, 0.715 - cos * 0.715 + sin * 0.715, 0.072 + cos * 0.928 + sin * 0.072,
    ]
    return (m[0], m[1], m[2], 0, m[3], m[4], m[5], 0, m[6], m[7], m[8], 0)


def glow_backgrounds(deck: Deck, slide_numbers: list[int], layer: GlowLayer | None, dark: bool) -> dict[int, str]:
    """The deck's glow layer (a `global-bottom.vue` glowSeed component, see `find_glow`) as one
    image per slide."""
    if layer is None:
        return {}
    background = (18, 18, 18) if dark else (255, 255, 255)     # bg-main, under the layer
    height = deck.config.canvas_width / deck.config.aspect_ratio
    out = {}
    for number in slide_numbers:
        slide = deck.slides[number - 1]
        image = render(layer, slide.no, slide.frontmatter, deck.config.canvas_width, height, background, dark)
        out[number] = "data:image/jpeg;base64," + base64.b64encode(image).decode("ascii")
    return out
