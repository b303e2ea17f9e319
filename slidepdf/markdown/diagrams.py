"""diagrams: Mermaid and PlantUML blocks, drawn as vector SVG with real text.

Mermaid is drawn in-process by `mmdr` (a Rust port of Mermaid's layout and SVG output, one
abi3 wheel; no browser, no Node, no deck code run): flowcharts, sequence, class, state, gantt,
pie, mindmap … in milliseconds each. Where it cannot draw a diagram, `mmdc`
(@mermaid-js/mermaid-cli) is tried when it is on PATH. PlantUML is drawn by a local `plantuml`
(Debian packages it), in its SANDBOX security profile so a deck's `!include` cannot read files.
Each source is drawn once per export, with a time limit for the external tools. A block no
renderer could draw is printed as its source in a frame, and one warning lists the slides.
"""
from __future__ import annotations

import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from typing import Any

from ..vue.template import Element, Raw, Text

KINDS = ("mermaid", "plantuml")
# Mermaid's documented defaults where mmdr, unasked, has others: its own colours, labels
# wrapped well short of Mermaid's 200px (a flowchart of short labels came out narrower and twice
# as tall as mermaid.js draws it, so scaled to the slide its text stood too large), its "neo"
# look (gradient strokes, drop shadows, dashed animated edges) for Mermaid's "classic", and a
# 120px floor under every flowchart and state node, which Mermaid does not have.
MERMAID_DEFAULTS: dict[str, Any] = {"theme": "default", "look": "classic",
                                    "flowchart": {"wrappingWidth": 200, "minNodeWidth": 0},
                                    "state": {"minNodeWidth": 0}}
# Mermaid lays these families out with dagre unless a `layout` is asked for; mmdr lays them out
# with ELK, which ignores rankSpacing/nodeSpacing and routes edges square rather than `basis`.
# mmdr reads a family's own `layout` before the root one, so it is set only where nothing
# (setup, block options or the diagram's own config) names a layout.
DAGRE_FAMILIES = ("flowchart", "state", "class", "er")
_NAMES_A_LAYOUT = re.compile(r"%%\{[^%]*\blayout\b|^\s*layout\s*:", re.M)
TIMEOUT_SECONDS = 60


@dataclass
class DiagramRenderer:
    """Finds the local renderers once and draws each distinct diagram once."""

    mermaid_config: dict[str, Any] = field(default_factory=dict)   # the setup/mermaid.ts files, merged
    dark: bool = False
    tools: dict[str, str | None] = field(default_factory=dict)
    cache: dict[tuple[str, str, str], str | None] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)      # kind → why it was not drawn

    def mermaid_init(self, options: dict[str, Any]) -> dict[str, Any]:
        """Mermaid's configuration for one block, as Slidev initialises it: the setup files'
        object, then the block's options; the block's `theme`, else `dark` on a dark deck, else
        the setup's, else Mermaid's `default`."""
        init = {**self.mermaid_config, **{k: v for k, v in options.items() if k != "scale" and v is not None}}
        if not options.get("theme") and self.dark:
            init["theme"] = "dark"
        return _merged(MERMAID_DEFAULTS, init)

    def _mmdr(self, source: str) -> str | None:
        svg, problem = _mmdr_svg(source)
        if problem:
            self.problems["mermaid"] = problem
        return svg

    def tool(self, kind: str) -> str | None:
        if kind not in self.tools:
            self.tools[kind] = shutil.which("mmdc" if kind == "mermaid" else "plantuml")
        return self.tools[kind]

    def svg(self, kind: str, source: str, options: dict[str, Any] | None = None) -> str | None:
        init = self.mermaid_init(options or {}) if kind == "mermaid" else {}
        key = (kind, source, json.dumps(init, sort_keys=True, default=str))
        if key not in self.cache:
            self.cache[key] = self._run(kind, source, init)
        return self.cache[key]

    def _run(self, kind: str, source: str, init: dict[str, Any]) -> str | None:
        if kind == "mermaid" and init:
            source = with_mermaid_config(source, with_dagre_layout(init, source))
        if kind == "mermaid":
            drawn = self._mmdr(source)
            if drawn is not None:
                return drawn
        tool = self.tool(kind)
        if tool is None:
            return None
        with tempfile.TemporaryDirectory(prefix="slidepdf-diagram-") as folder:
            try:
                if kind == "mermaid":
                    given, made = os.path.join(folder, "in.mmd"), os.path.join(folder, "out.svg")
                    with open(given, "w", encoding="utf-8") as handle:
                        handle.write(source)
                    command = [tool, "-i", given, "-o", made, "-b", "transparent"]
                    subprocess.run(command, capture_output=True, timeout=TIMEOUT_SECONDS, check=True, cwd=folder)
                    with open(made, encoding="utf-8") as handle:
                        svg = handle.read()
                else:
                    env = {**os.environ, "PLANTUML_SECURITY_PROFILE": "SANDBOX"}
                    svg = subprocess.run([tool, "-tsvg", "-pipe"], input=source.encode("utf-8"), capture_output=True,
                                         timeout=TIMEOUT_SECONDS, check=True, cwd=folder, env=env).stdout.decode("utf-8")
            except (OSError, subprocess.SubprocessError, UnicodeDecodeError) as exc:
                self.problems[kind] = f"{os.path.basename(tool)} failed ({type(exc).__name__})"
                return None
        found = re.search(r"<svg\b.*</svg>", svg, re.S)
        return found[0] if found else None


_FRONTMATTER = re.compile(r"^\s*---[ \t]*\n(.*?)\n---[ \t]*\n", re.S)


def _merged(base: dict, over: dict) -> dict:
    out = dict(base)
    for key, value in over.items():
        out[key] = _merged(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def with_dagre_layout(init: dict[str, Any], source: str) -> dict[str, Any]:
    """`init` with dagre as the layout of the families Mermaid lays out with dagre, unless `init`
    or the source's own frontmatter or directives name a layout."""
    if "layout" in init or _NAMES_A_LAYOUT.search(source):
        return init
    return _merged({family: {"layout": "dagre"} for family in DAGRE_FAMILIES}, init)


def with_mermaid_config(source: str, init: dict[str, Any]) -> str:
    """`source` with `init` as the configuration Mermaid is initialised with: under the diagram's
    own frontmatter `config:` (which wins, and must stay first in the text), else as an init
    directive before the source's own directives (those win too)."""
    import yaml

    found = _FRONTMATTER.match(source)
    if found:
        try:
            meta = yaml.safe_load(found[1]) or {}
        except yaml.YAMLError:
            return source
        if isinstance(meta, dict):
            own = meta.get("config") if isinstance(meta.get("config"), dict) else {}
            meta["config"] = _merged(init, own)
            return "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True) + "---\n" + source[found.end():]
        return source
    return f"%%{{init: {json.dumps(init, default=str)}}}%%\n{source}"


def _mmdr_svg(source: str) -> tuple[str | None, str | None]:
    """(svg, problem): Mermaid drawn by mmdr, its ids made the diagram's own (every diagram it
    draws is `#merman`, its markers `#merman_…`, and its styles are scoped to those ids)."""
    try:
        import mmdr
    except ImportError:
        return None, "mmdr is not installed"
    try:
        svg = mmdr.render(source).svg()
    except Exception as exc:                 # noqa: BLE001 - the renderer's own errors vary
        return None, f"mmdr cannot draw it ({type(exc).__name__}: {str(exc).splitlines()[0][:80] if str(exc) else ''})"
    svg = svg.decode("utf-8") if isinstance(svg, bytes) else svg
    own = "merman-" + hashlib.sha1(source.encode("utf-8")).hexdigest()[:10]
    # every id it writes starts `merman` (the root, markers, filters), and so does every reference
    svg = re.sub(r'(\bid="|#)merman(?![A-Za-z0-9])', lambda found: found[1] + own, svg)
    found = re.search(r"<svg\b.*</svg>", svg, re.S)
    return (found[0], None) if found else (None, "mmdr drew no SVG")


def _mermaid_at_scale(svg: str, scale: float) -> str | None:
    """Slidev's Mermaid with a `scale`: the drawing's own size times the scale (its height set,
    its width and max-width dropped), not fitted to the slide first: a wide diagram at 0.7 is
    0.7 of its natural width, even where that runs past the column. None without a viewBox."""
    opening = re.match(r"<svg\b[^>]*>", svg)
    view = re.search(r'\bviewBox="([^"]+)"', opening[0]) if opening else None
    numbers = view[1].replace(",", " ").split() if view else []
    if len(numbers) != 4:
        return None
    try:
        width, height = float(numbers[2]) * scale, float(numbers[3]) * scale
    except ValueError:
        return None
    tag = re.sub(r'\s(?:width|height|style)="[^"]*"', "", opening[0])
    tag = tag[:-1].rstrip("/ ") + f' width="{width:.2f}" height="{height:.2f}">'
    return tag + svg[opening.end():]


def draw_diagrams(tree: Element, renderer: DiagramRenderer) -> list[str]:
    """Replace diagram blocks in `tree`; return the kinds of those shown as their source."""
    shown_as_source: list[str] = []
    for element in list(tree.elements()):
        if "slidepdf-diagram" not in element.classes:
            continue
        kind = element.attrs.get("data-kind", "")
        source = element.text_content()
        options = element.props.get("diagram-options")
        options = options if isinstance(options, dict) else {}
        scale = _scale(options.get("scale"))
        svg = renderer.svg(kind, source, options)
        if svg is not None:
            style = ""
            sized = _mermaid_at_scale(svg, scale) if kind == "mermaid" and options.get("scale") is not None else None
            if sized is not None:
                svg = sized
            elif scale != 1:
                style = f"transform: scale({scale:g}); transform-origin: top left"
            element.children = [Raw(html=f'<div class="slidepdf-diagram-svg" style="{style}">{svg}</div>')]
            continue
        shown_as_source.append(kind)
        element.add_class("slidepdf-diagram-source")
        element.children = [
            Element(tag="div", attrs={"class": "slidepdf-diagram-label"}, children=[Text(text=kind)]),
            Element(tag="pre", attrs={"style": f"font-size: {max(scale, 0.3) * 0.7:.2f}em"},
                    children=[Text(text=source)])]
    return shown_as_source


def _scale(value: Any) -> float:
    try:
        scale = float(value)
    except (TypeError, ValueError):
        return 1.0
    return scale if 0 < scale < 10 else 1.0


def diagram_block(kind: str, options: str | None, source: str) -> str:
    """The markup Markdown leaves for a diagram: its options bound, its source verbatim."""
    bound = f' :diagram-options="{html.escape(options, quote=True)}"' if options else ""
    return (f'<div class="slidepdf-diagram" data-kind="{kind}"{bound}>'
            f'<pre v-pre>{html.escape(source)}</pre></div>\n')
