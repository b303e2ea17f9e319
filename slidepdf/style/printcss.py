"""printcss: the one print rewrite every piece of CSS passes through on its way to WeasyPrint —
generated utilities, the deck's CSS, slides' and components' `<style>`, and inline `style=`
(written, bound with `:style`, or made by v-motion and v-drag) — for what WeasyPrint 70 draws
(DESIGN's measured rules):

- 3D transform functions make WeasyPrint drop the whole declaration: UnoCSS's 12-function
  transform string becomes its 2D equivalent, a literal transform its 2D projection
  (`translate3d(x, y, z)` → `translate(x, y)`, `rotateX(a)` → `scaleY(cos a)`, `translateZ` and
  `perspective()` left out);
- `in oklch` leaves gradient shapes (invalid there);
- `position: fixed` becomes `absolute` (fixed repeats on every page);
- `overflow-x/-y` becomes `overflow`;
- a `font-family` list is read as Chromium reads it (`theme.fonts.browser_font_list`);
- `max-content` / `min-content` grid tracks become `auto`, a flexible `auto` beside them `1fr`;
- properties WeasyPrint ignores, and the `--un-*` variables only they read, are dropped and
  reported, so the user hears once per utility what the PDF cannot show.
"""
from __future__ import annotations

import math
import re

import tinycss2

from ..textutil import split_top_level
from ..theme.fonts import browser_font_list

TRANSFORM_2D = ("translateX(var(--un-translate-x)) translateY(var(--un-translate-y)) rotate(var(--un-rotate)) "
                "skewX(var(--un-skew-x)) skewY(var(--un-skew-y)) scaleX(var(--un-scale-x)) scaleY(var(--un-scale-y))")
# Properties WeasyPrint does not draw, or that mean nothing on paper.
_UNSUPPORTED = re.compile(
    r"^(?:filter|backdrop-filter|mask.*|clip-path|text-shadow|mix-blend-mode|background-blend-mode|isolation|"
    r"backface-visibility|perspective.*|transform-style|aspect-ratio|color-scheme|accent-color|caret-color|"
    r"field-sizing|content-visibility|contain.*|will-change|scroll-.*|overscroll-.*|resize|appearance|"
    r"touch-action|user-select|pointer-events|cursor|transition.*|animation.*|text-wrap|font-synthesis|"
    r"-webkit-box-orient|-webkit-font-smoothing|-moz-.*|-ms-.*|-o-.*|-webkit-(?!line-clamp).*)$")
# Properties WeasyPrint ignores that a reader would notice missing: reported as warnings.
NOTICEABLE = re.compile(r"^(?:filter|backdrop-filter|mask.*|clip-path|text-shadow|mix-blend-mode|aspect-ratio|"
                        r"-webkit-background-clip)$")
_FILTER_VARS = re.compile(r"^--un-(?:blur|brightness|contrast|drop-shadow|grayscale|hue-rotate|invert|saturate|sepia|"
                          r"backdrop-.*|text-shadow|perspective|pan-.*|pinch-zoom|scroll-snap-strictness)$")
_THREE_D = re.compile(r"translateZ|rotateX|rotateY|rotateZ|scaleZ|translate3d|scale3d|rotate3d|matrix3d|perspective\(", re.I)


# the blur the PDF stage draws (pdf.weasyfixes), where CSS's `filter` asks for one (and at most
# a hue rotation after it, which the same picture takes), and a polygon `clip-path` that such a
# blurred picture is cut by
BLUR = "--slidepdf-blur"
HUE_ROTATE = "--slidepdf-hue-rotate"
CLIP_POLYGON = "--slidepdf-clip-polygon"
_BLUR = re.compile(r"^\s*blur\(\s*([\d.]+)(?:px)?\s*\)\s*$")
_BLUR_HUE = re.compile(r"^\s*blur\(\s*([\d.]+)(?:px)?\s*\)\s+hue-rotate\(\s*(-?[\d.]+)(?:deg)?\s*\)\s*$")
# a circle around the centre whose radius reaches every corner of any box (r ≥ 1/√2 of CSS's
# reference radius √(w² + h²)/√2): it cuts nothing
_WHOLE_CIRCLE = re.compile(r"^\s*circle\(\s*([\d.]+)%\s*\)\s*$")
_POLYGON = re.compile(r"^\s*polygon\(\s*((?:-?[\d.]+%\s+-?[\d.]+%\s*,?\s*)+)\)\s*$")
# the variables UnoCSS's `filter` chains together, one per filter function
_FILTER_FUNCTION_VARS = frozenset(f"--un-{name}" for name in (
    "blur", "brightness", "contrast", "drop-shadow", "grayscale", "hue-rotate", "invert", "saturate", "sepia"))


def _blur_radius(value: str) -> str | None:
    """`blur(24px)` → `24px`; None for anything else."""
    found = _BLUR.match(value)
    return f"{found[1]}px" if found else None


def _blur_only(value: str, declarations) -> str | None:
    """The blur a `filter` value asks for, if a blur is all it asks for: `blur(24px)` as written,
    or UnoCSS's `var(--un-blur) var(--un-brightness) …` where the rule sets only `--un-blur`
    (its radius then comes from that variable: an empty string)."""
    if radius := _blur_radius(value):
        return radius
    if value.lstrip().startswith("var(--un-"):
        asked = {name for name, _ in declarations if name in _FILTER_FUNCTION_VARS}
        return "" if asked == {"--un-blur"} else None
    return None


def rewrite(declarations) -> tuple[list[tuple[str, str]], list[str]]:
    """The declarations WeasyPrint should see, and the properties dropped."""
    kept: list[tuple[str, str]] = []
    dropped: list[str] = []
    declarations = list(declarations)
    for name, value in declarations:
        important = value.endswith("!important")
        bare = value[: -len("!important")].rstrip() if important else value
        if name == "filter" and (blur := _blur_only(bare, declarations)) is not None:
            if blur:
                kept.append((BLUR, blur))
            continue
        if name == "filter" and (found := _BLUR_HUE.match(bare)):
            kept += [(BLUR, f"{found[1]}px"), (HUE_ROTATE, found[2])]
            continue
        if name == "clip-path" and (found := _POLYGON.match(bare)):
            kept.append((CLIP_POLYGON, " ".join(found[1].replace(",", " ").split())))
            continue
        if name == "clip-path" and (found := _WHOLE_CIRCLE.match(bare)) and float(found[1]) >= 100 / math.sqrt(2):
            continue
        if name == "--un-blur" and (radius := _blur_radius(bare)):
            kept.append((BLUR, radius))
            continue
        if name in ("background-clip", "-webkit-background-clip") and bare == "text":
            # gradient text is drawn from what the style stage derives (TEXT_GRADIENT, the text's
            # colour); the clip itself means nothing to WeasyPrint, and nothing is lost
            continue
        if _UNSUPPORTED.match(name):
            dropped.append(name)
            continue
        if _FILTER_VARS.match(name):
            continue
        if name == "display" and bare == "-webkit-box":
            continue
        if name == "transform" and _THREE_D.search(bare):
            bare = TRANSFORM_2D if "var(--un-" in bare else flat_transform(bare)
        elif name == "--un-gradient-shape":
            bare = bare.replace(" in oklch", "")
        elif name == "font-family":
            bare = browser_font_list(bare)
        elif name == "position" and bare == "fixed":
            bare = "absolute"
        elif name in ("overflow-x", "overflow-y"):
            name = "overflow"
        elif name.startswith("grid-template-") and "-content" in bare:
            # No content-sized tracks there: content columns become `auto` and a flexible
            # `auto` becomes `1fr`, so the content columns still get their natural width.
            bare = re.sub(r"(?<![\w-])auto(?![\w-])", "1fr", bare)
            bare = re.sub(r"\b(?:max|min|fit)-content\b", "auto", bare)
        kept.append((name, f"{bare} !important" if important else bare))
    return kept, dropped


_FUNCTION = re.compile(r"([A-Za-z0-9-]+)\(((?:[^()]|\([^()]*\))*)\)")
_ANGLE = re.compile(r"^\s*(-?[\d.]+)\s*(deg|rad|turn|grad)?\s*$", re.I)
_ANGLE_UNITS = {"deg": math.pi / 180, "rad": 1.0, "turn": 2 * math.pi, "grad": math.pi / 200}


def _cosine(angle: str) -> float | None:
    found = _ANGLE.match(angle)
    if not found:
        return None
    return math.cos(float(found[1]) * _ANGLE_UNITS[(found[2] or "deg").lower()])


def flat_transform(value: str) -> str:
    """A literal transform list as it projects onto the page (no perspective): what a reader
    sees of a 3D transform, in functions WeasyPrint draws."""
    out = []
    for name, args in _FUNCTION.findall(value):
        lower = name.lower()
        parts = [part.strip() for part in split_top_level(args, ",")]
        if lower in ("translatez", "scalez", "perspective", "rotate3d"):
            continue                        # no effect on the projection (or none WeasyPrint can draw)
        if lower == "translate3d" and len(parts) >= 2:
            out.append(f"translate({parts[0]}, {parts[1]})")
        elif lower == "scale3d" and len(parts) >= 2:
            out.append(f"scale({parts[0]}, {parts[1]})")
        elif lower == "rotatez":
            out.append(f"rotate({args.strip()})")
        elif lower in ("rotatex", "rotatey"):
            cosine = _cosine(args)
            if cosine is not None and abs(cosine - 1) > 1e-9:
                out.append(f"{'scaleY' if lower == 'rotatex' else 'scaleX'}({cosine:.4g})")
        elif lower == "matrix3d" and len(parts) == 16:
            out.append(f"matrix({parts[0]}, {parts[1]}, {parts[4]}, {parts[5]}, {parts[12]}, {parts[13]})")
        else:
            out.append(f"{name}({args})")
    return " ".join(out) or "none"


# What in an inline style the rewrite would change; a style without any of it is left as written
_INLINE_CHANGES = re.compile(r"translateZ|rotateX|rotateY|rotateZ|scaleZ|translate3d|scale3d|rotate3d|matrix3d|"
                             r"perspective\(|\bfixed\b|overflow-[xy]|-content\b|in oklch|"
                             r"font-family\s*:\s*serif\b|system-ui|\bfilter\s*:\s*blur\(|clip-path\s*:\s*polygon\(", re.I)


def rewrite_inline_style(style: str) -> str:
    """An element's `style=` as WeasyPrint should read it: declarations that the print rewrite
    changes are rewritten; properties it would drop are kept (WeasyPrint ignores them, and the
    warnings about them belong to the utilities and stylesheets that made them)."""
    if not _INLINE_CHANGES.search(style):
        return style
    declarations = []
    for item in tinycss2.parse_blocks_contents(style, skip_whitespace=True, skip_comments=True):
        if item.type != "declaration":
            return style                    # not something we can read: as written
        value = tinycss2.serialize(item.value).strip() + (" !important" if item.important else "")
        kept, dropped = rewrite([(item.lower_name, value)])
        declarations.extend(kept if kept or not dropped else [(item.lower_name, value)])
    return "; ".join(f"{name}: {value}" for name, value in declarations)


def rewrite_inline_styles(root) -> None:
    """Every `style=` in a page's tree through `rewrite_inline_style` (in place)."""
    for element in root.elements():
        style = element.attrs.get("style")
        if style:
            element.attrs["style"] = rewrite_inline_style(style)
