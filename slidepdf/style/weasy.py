"""weasy: UnoCSS declarations rewritten for what WeasyPrint 70 draws (DESIGN's measured rules).

- the 12-function transform string (3D functions make WeasyPrint drop the whole declaration)
  becomes its 2D equivalent;
- `in oklch` leaves gradient shapes (invalid there);
- `position: fixed` becomes `absolute` (fixed repeats on every page);
- `overflow-x/-y` becomes `overflow`;
- `max-content` / `min-content` grid tracks become `auto`, a flexible `auto` beside them `1fr`;
- properties WeasyPrint ignores, and the `--un-*` variables only they read, are dropped and
  reported, so the user hears once per utility what the PDF cannot show.
"""
from __future__ import annotations

import re

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
_THREE_D = re.compile(r"translateZ|rotateX|rotateY|rotateZ|scaleZ|translate3d")


def rewrite(declarations) -> tuple[list[tuple[str, str]], list[str]]:
    """The declarations WeasyPrint should see, and the properties dropped."""
    kept: list[tuple[str, str]] = []
    dropped: list[str] = []
    for name, value in declarations:
        important = value.endswith("!important")
        bare = value[: -len("!important")].rstrip() if important else value
        if _UNSUPPORTED.match(name):
            dropped.append(name)
            continue
        if _FILTER_VARS.match(name):
            continue
        if name == "display" and bare == "-webkit-box":
            continue
        if name == "transform" and _THREE_D.search(bare):
            bare = TRANSFORM_2D
        elif name == "--un-gradient-shape":
            bare = bare.replace(" in oklch", "")
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
