"""theme: deck config → the theme's layouts and the print CSS (base, layouts, colours, fonts).

A theme is a folder: `theme.json` (layout markup shapes, default fonts) and CSS files
(`base.css`, `layouts/<name>.css`). Python holds no theme data.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..errors import WarningLog
from ..model import Deck, DeckConfig
from ..resources import themes_dir
from .fonts import GENERIC_FAMILIES, browser_font_list

# Slidev's resolveFonts appends these stacks when `fonts.fallbacks` is on (the default).
FALLBACK_STACKS = {
    "sans": 'ui-sans-serif, system-ui, -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", '
            'Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',
    "serif": 'ui-serif, Georgia, Cambria, "Times New Roman", Times, serif',
    "mono": 'ui-monospace, SFMono-Regular, Menlo, Monaco, Consolas, "Liberation Mono", "Courier New", monospace',
}
_QUOTES = "'\""


@dataclass(frozen=True)
class LayoutShape:
    """How a layout wraps its slot: root classes, an optional inner wrapper, what it draws."""

    name: str
    root_class: str
    inner_class: str | None = None
    placeholder: str | None = None
    background: str | None = None    # "dim": a `background:` image gets a dark overlay
    slots: tuple[tuple[str, str], ...] = ()   # (wrapper class, slot name) for multi-column layouts
    image: str | None = None         # "left" / "right" / "full": where the pane (image or iframe) goes
    pane: str = "image"              # what the pane shows: the `image:` or a card for the `url:`
    component: Any = field(default=None, compare=False)   # a deck's layouts/<name>.vue (DeckComponent)


@dataclass(frozen=True)
class Theme:
    """A theme: its layouts, fonts and CSS folders (a theme that `extends` another reads the
    parent's base and layout CSS first, then its own)."""

    name: str
    folder: Path
    layouts: dict[str, LayoutShape]
    pending_layouts: tuple[str, ...] = ()
    fonts: dict[str, Any] = field(default_factory=dict)
    parents: tuple[Path, ...] = ()
    package: Any = None         # a theme package (`packages.ThemePackage`) drawn over these built-ins
    extra_components: tuple[Path, ...] = ()     # addons' component folders

    @property
    def component_folders(self) -> tuple[Path, ...]:
        """Where the theme's own components are (then its addons'), after the deck's."""
        own = (self.package.components,) if self.package is not None and self.package.components.is_dir() else ()
        return own + self.extra_components

    @property
    def package_roots(self) -> tuple[Path, ...]:
        """The theme package's folder, then its addons': where their global layers are."""
        own = (self.package.folder,) if self.package is not None else ()
        return own + tuple(folder.parent for folder in self.extra_components)

    @property
    def folders(self) -> tuple[Path, ...]:
        """CSS folders, the most basic first."""
        return (*self.parents, self.folder)

    @property
    def known_layouts(self) -> set[str]:
        return set(self.layouts) | set(self.pending_layouts)


def load_theme(name_or_path: str, deck_folder: Path, warnings: WarningLog, package: Any = None) -> Theme:
    """The theme named in the headmatter (or `--theme`): one of slidepdf's own print themes
    (`default`, `seriph`, a folder with a `theme.json`), or a theme package (see `packages`),
    drawn over the default theme's layouts and CSS with its own layouts, components and styles."""
    folder = _find_theme_folder(name_or_path, deck_folder)
    if folder is None and package is not None:
        base = load_theme("default", deck_folder, warnings)
        return replace(base, name=package.name, package=package)
    if folder is None:
        if name_or_path != "none":
            warnings.add("theme", f"theme '{name_or_path}' is not available; using the default theme")
        folder = themes_dir() / "default"
    meta = json.loads((folder / "theme.json").read_text("utf-8"))
    parents: list[Path] = []
    layouts_meta: dict[str, Any] = {}
    pending: list[str] = []
    fonts: dict[str, Any] = {}
    chain = [meta]
    while chain[-1].get("extends") and len(chain) < 5:
        parent_folder = themes_dir() / chain[-1]["extends"]
        parents.insert(0, parent_folder)
        chain.append(json.loads((parent_folder / "theme.json").read_text("utf-8")))
    for part in reversed(chain):                      # the most basic first, the theme itself last
        layouts_meta.update(part.get("layouts", {}))
        pending = [p for p in part.get("pending_layouts", pending) if p not in layouts_meta]
        fonts.update(part.get("fonts", {}))
    layouts = {
        name: LayoutShape(name, shape.get("class", ""), shape.get("inner"), shape.get("placeholder"),
                          shape.get("background"), tuple(tuple(slot) for slot in shape.get("slots", ())),
                          shape.get("image"), shape.get("pane", "image"))
        for name, shape in layouts_meta.items()
    }
    return Theme(meta.get("name", folder.name), folder, layouts, tuple(pending), fonts, tuple(parents))


def _find_theme_folder(name_or_path: str, deck_folder: Path) -> Path | None:
    name = name_or_path.removeprefix("@slidev/theme-").removeprefix("slidev-theme-")
    bundled = themes_dir() / name
    if (bundled / "theme.json").is_file():
        return bundled
    if "/" in name_or_path or name_or_path.startswith("."):
        candidate = (deck_folder / name_or_path).resolve()
        if (candidate / "theme.json").is_file():
            return candidate
    return None


def with_deck_layouts(theme: Theme, components: dict[str, Any], component_folders: tuple[Path, ...] = ()) -> Theme:
    """The theme with `layouts/*.vue` components added (the deck's, its theme package's, its
    addons'), which win over the built-in layouts, as in Slidev; `component_folders` (addons')
    join the theme's components."""
    own = {name: LayoutShape(name, "", component=component) for name, component in components.items()}
    return replace(theme, layouts={**theme.layouts, **own}, extra_components=tuple(component_folders))


def check_layouts(deck: Deck, theme: Theme, warnings: WarningLog) -> dict[int, str]:
    """The layout each slide is drawn with. An unknown layout is one warning naming the layout
    and its slides, and they use `default`, as Slidev does (it warns and falls back)."""
    chosen, unknown = {}, {}
    for slide in deck.slides:
        name = slide.layout
        if name in theme.layouts:
            chosen[slide.no] = name
        elif name in theme.pending_layouts:
            warnings.add("layout", f"layout '{name}' is not drawn yet; slide {slide.no} uses 'default'", slide.location)
            chosen[slide.no] = "default"
        else:
            unknown.setdefault(name, []).append(slide)
            chosen[slide.no] = "default"
    known = ", ".join(sorted(theme.known_layouts))
    for name, slides in unknown.items():
        numbers = ", ".join(str(slide.no) for slide in slides)
        warnings.add("layout", f"unknown layout '{name}' (known layouts: {known}); slide(s) {numbers} use 'default'",
                     slides[0].location)
    return chosen


def _family(name: str) -> str:
    bare = name.strip().strip(_QUOTES)
    return bare if bare.lower() in GENERIC_FAMILIES else f'"{bare}"'


def font_stacks(config: DeckConfig, theme: Theme) -> dict[str, str]:
    """CSS font-family stacks for sans, serif and mono, as Slidev's resolveFonts builds them."""
    fonts = {**theme.fonts, **config.fonts}
    stacks = {}
    for kind in ("sans", "serif", "mono"):
        names = fonts.get(kind) or ""
        # Slidev joins the names as written: a generic family (`system-ui`) stays the keyword
        entries = [_family(n) for n in str(names).split(",") if n.strip()]
        if fonts.get("fallbacks", True) is not False:
            entries += FALLBACK_STACKS[kind].split(", ")
        # Emoji families are left out: named in a Pango font list, Noto Color Emoji takes over
        # digits and spaces ("9 8 0" in grey). Emoji still render through fontconfig's fallback.
        stacks[kind] = browser_font_list(", ".join(e for e in entries or FALLBACK_STACKS[kind].split(", ")
                                                   if "emoji" not in e.lower()))
    return stacks


def font_face_css() -> str:
    """@font-face rules for the bundled fonts (variable fonts: no weight descriptor, see DESIGN)."""
    from .fonts import bundled_faces

    return "\n".join(face.css() for face in bundled_faces())


def theme_css(theme: Theme, config: DeckConfig, used_layouts: set[str],
              stacks: dict[str, str] | None = None, font_faces: str | None = None) -> str:
    """The theme's CSS for this deck: fonts, variables, base rules, and the layouts in use.
    `stacks` are the font stacks to use (default: the theme's and headmatter's); `font_faces`
    the @font-face rules (default: the bundled fonts)."""
    stacks = stacks or font_stacks(config, theme)
    variables = "".join(f"--slidev-font-{kind}: {stack};" for kind, stack in stacks.items())
    theme_vars = "".join(f"--slidev-theme-{key}: {value};" for key, value in config.theme_config.items()
                         if isinstance(value, (str, int, float)))
    parts = [font_face_css() if font_faces is None else font_faces]
    parts += [(f / "base.css").read_text("utf-8") for f in theme.folders if (f / "base.css").is_file()]
    if theme.package is None:       # an npm theme brings its own in place of theme-default's
        parts += [(f / "theme-default.css").read_text("utf-8") for f in theme.folders
                  if (f / "theme-default.css").is_file()]
    for name in sorted(used_layouts):
        shape = theme.layouts.get(name)
        if shape is not None and shape.component is not None:
            continue        # a layouts/*.vue draws it: the built-in's styles are scoped to the built-in in Slidev
        for f in theme.folders:
            path = f / "layouts" / f"{name}.css"
            if path.is_file():
                parts.append(path.read_text("utf-8"))
    # last, so the deck's fonts and themeConfig win over the theme's defaults
    parts.append(f":root {{ {variables} {theme_vars} }}")
    return "\n".join(parts)
