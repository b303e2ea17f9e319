"""mathtex: `$…$` and `$$…$$` typeset to vector SVG, with ziamath (pure Python, STIX Two Math).

Markdown leaves each formula as a placeholder (`<span class="slidepdf-math">TeX</span>`, inside a
`.line` row per equation row for display math, so click stages can dim rows as Slidev's
KaTexBlockWrapper does). After clicks are mounted, `typeset_math` replaces every placeholder with
inline SVG sized in `em` like KaTeX (1.21em), drawn in `currentColor`. A formula ziamath cannot
read stays as its TeX source, with one warning.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from ..vue.template import Element, Raw, Text

KATEX_SCALE = 1.21          # .katex { font-size: 1.21em }
_RENDER_SIZE = 100.0        # px; the SVG is scaled to em afterwards
_ROW_ENVIRONMENTS = ("aligned", "align", "align*", "alignat", "alignat*", "gathered", "gather", "gather*",
                     "split", "eqnarray", "eqnarray*", "flalign", "flalign*")
_ENV = re.compile(r"^\s*\\begin\{(?P<name>[a-z]+\*?)\}(?:\{[^}]*\})?(?P<body>.*)\\end\{(?P=name)\}\s*$", re.S)


@dataclass
class MathTypesetter:
    """Typesets formulas once each (click pages repeat them) and gives every use unique ids."""

    cache: dict[tuple[str, bool], tuple[str, float, float, float] | str] = field(default_factory=dict)
    _serial: itertools.count = field(default_factory=itertools.count)

    def svg(self, tex: str, display: bool) -> str | None:
        """Inline SVG markup for `tex`, or None (with the reason kept in `failures`)."""
        key = (tex, display)
        if key not in self.cache:
            self.cache[key] = _typeset(tex, display)
        found = self.cache[key]
        if isinstance(found, str):
            return None
        body, width, height, depth = found
        prefix = f"m{next(self._serial)}-"
        body = re.sub(r'(\b(?:id="|href="#))', lambda m: m[1] + prefix, body)
        scale = KATEX_SCALE / _RENDER_SIZE
        style = (f"width:{width * scale:.4f}em;height:{height * scale:.4f}em;"
                 f"vertical-align:{-depth * scale:.4f}em")
        return body.replace("<svg ", f'<svg class="slidepdf-math-svg" style="{style}" ', 1)

    def failure(self, tex: str, display: bool) -> str | None:
        found = self.cache.get((tex, display))
        return found if isinstance(found, str) else None


def _typeset(tex: str, display: bool) -> tuple[str, float, float, float] | str:
    import logging

    import ziamath

    logging.getLogger("ziamath").setLevel(logging.ERROR)
    tex = _LOGO.sub(lambda found: _LOGOS[found[1]], tex)
    tex = blank_rows_kept(tex)
    try:
        math = ziamath.Latex(tex, size=_RENDER_SIZE, color="currentColor", inline=not display, margin=0)
        svg = math.svg()
    except Exception as exc:  # noqa: BLE001 - ziamath raises many kinds for bad TeX
        return f"{type(exc).__name__} {exc}".strip()
    box = re.search(r'viewBox="([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)"', svg)
    if not box:
        return "no size"
    _, top, width, height = (float(v) for v in box.groups())
    depth = max(height + top, 0.0)              # the viewBox starts at -ascent; the baseline is y=0
    svg = re.sub(r'\s(?:width|height)="[^"]*"', "", svg.split(">", 1)[0], count=2) + ">" + svg.split(">", 1)[1]
    return svg, width, height, depth


# The logo macros as KaTeX defines them (upright letters, the A small and raised, the E lowered),
# in what ziamath reads: its own \LaTeX is italic letters, and it has no \KaTeX. A superscript
# stands in for KaTeX's \raisebox, which ziamath does not have.
_TEX_LOGO = r"\mathrm{T}\kern-0.1667em\lower{0.5ex}{\mathrm{E}}\kern-0.125em\mathrm{X}"
_LOGOS = {"TeX": "{" + _TEX_LOGO + "}",
          "LaTeX": r"{\mathrm{L}\kern-0.3em{}^{\mathrm{A}}\kern-0.1em" + _TEX_LOGO + "}",
          "KaTeX": r"{\mathrm{K}\kern-0.17em{}^{\mathrm{A}}\kern-0.1em" + _TEX_LOGO + "}"}
_LOGO = re.compile(r"\\(LaTeX|KaTeX|TeX)(?![A-Za-z])")

_BLANK_ROW = re.compile(r"(\\\\)([\s&]*)(?=\\\\)")


def blank_rows_kept(tex: str) -> str:
    """A blank row (`a \\\\ \\\\ b`, or one of empty cells) is a row of a strut's height in
    KaTeX; ziamath makes it a negative height that hides the whole array: give it the strut."""
    return _BLANK_ROW.sub(lambda found: found[1] + " \\strut" + found[2], tex)


def display_rows(tex: str) -> list[list[str]]:
    """The rows (and `&` cells) of a display formula, as Slidev's line highlighting counts them:
    the rows of an aligned-like environment, else the formula's top-level `\\\\` lines."""
    env = _ENV.match(tex)
    body = env["body"] if env and env["name"] in _ROW_ENVIRONMENTS else tex
    aligned = bool(env and env["name"] in _ROW_ENVIRONMENTS)
    rows = _split_top(body, "\\\\")
    while rows and not rows[-1].strip():          # a closing `\\` makes no row
        rows.pop()
    while rows and not rows[0].strip():
        rows.pop(0)
    rows = [row if row.replace("&", "").strip() else "\\strut " + row for row in rows]   # a blank row keeps its height
    if not aligned and len(rows) <= 1:
        return [[tex.strip()]]
    cells = [_split_top(row, "&") if aligned else [row] for row in rows]
    return [[c.strip() if i % 2 == 0 else "{}" + c.strip() for i, c in enumerate(row)] for row in cells]


def _split_top(text: str, separator: str) -> list[str]:
    """`text` split at `separator` outside braces and nested environments."""
    parts, depth, env_depth, start, index = [], 0, 0, 0, 0
    while index < len(text):
        if text.startswith("\\begin{", index):
            env_depth += 1
        elif text.startswith("\\end{", index):
            env_depth -= 1
        char = text[index]
        if char == "\\" and not text.startswith(separator, index):
            index += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif depth == 0 and env_depth == 0 and text.startswith(separator, index):
            parts.append(text[start:index])
            index += len(separator)
            start = index
            continue
        index += 1
    parts.append(text[start:])
    return parts


def typeset_math(tree: Element, typesetter: MathTypesetter) -> list[str]:
    """Replace math placeholders in `tree` with SVG; return the TeX of formulas left as source."""
    failed: list[str] = []
    for element in list(tree.elements()):
        if "slidepdf-math" not in element.classes:
            continue
        tex = element.text_content()
        if not tex.strip():                 # an empty cell (`&+ 2` starts a row with one): nothing to draw
            element.children = []
            continue
        display = "slidepdf-math-display" in element.classes
        svg = typesetter.svg(tex, display)
        if svg is None:
            failed.append(tex)
            element.add_class("slidepdf-tex")
            element.children = [Text(text=tex)]
            continue
        element.children = [Raw(html=svg)]
    return failed
