"""layers: the deck's own `layouts/*.vue` and its global layers, read as components.

A deck layout is drawn like a component whose slots take the slide's content (`::name::`
blocks fill named slots) and whose props are the slide's frontmatter, as Slidev's layout
wrapper binds them. Global layers (`global-top.vue`, `global-bottom.vue`, `slide-top.vue`,
`slide-bottom.vue`, and their other spellings) are drawn on every page, under or over the
slide, evaluated with that page's own numbers — Slidev's export prints page 1 in every
layer; slidepdf prints the page each one is on.
"""
from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .deck import DeckComponent, load_component
from ..errors import SourceLocation, WarningLog
from ..model import Deck
from ..policy import AccessPolicy
from ..vue.template import Element

# Slidev's global-layers virtual module: the file names each layer is found under, and
# where it is drawn: under the slide ("below") or over it ("above").
LAYER_FILES = {
    "global-bottom": ("global-bottom", "GlobalBottom"),
    "slide-bottom": ("slide-bottom", "SlideBottom"),
    "slide-top": ("slide-top", "SlideTop"),
    "global-top": ("global", "global-top", "GlobalTop"),
}
BELOW = ("global-bottom", "slide-bottom")

# Slidev's FRONTMATTER_FIELDS: frontmatter keys that are not passed to a layout as props
_NOT_PROPS = frozenset("clicks clicksStart disabled hide hideInToc layout level preload routeAlias src title "
                       "transition zoom dragPos lang clickAnimation".split())
_HEADMATTER_ONLY = frozenset("theme titleTemplate info author keywords presenter browserExporter download "
                             "exportFilename export highlighter lineNumbers monaco monacoTypesSource "
                             "monacoTypesAdditionalPackages monacoRunAdditionalDeps remoteAssets selectable "
                             "record colorSchema routerMode aspectRatio canvasWidth themeConfig favicon "
                             "plantUmlServer fonts defaults drawings htmlAttrs mdc contextMenu wakeLock "
                             "overviewSnapshots".split())


@dataclass(frozen=True)
class Layer:
    """A global layer: which one (`global-top` …) and its component."""

    kind: str
    component: DeckComponent

    @property
    def below(self) -> bool:
        return self.kind in BELOW


def _folders(deck: Deck) -> list[Path]:
    return list(dict.fromkeys((deck.folder, deck.root)))


def deck_layouts(deck: Deck, policy: AccessPolicy, engine, warnings: WarningLog) -> dict[str, DeckComponent]:
    """The deck's `layouts/<name>.vue` components by layout name (the deck's folder first)."""
    return _layouts_in(_folders(deck), policy, engine, warnings)


def folder_layouts(folder: Path, policy: AccessPolicy, engine, warnings: WarningLog) -> dict[str, DeckComponent]:
    """A theme's or addon's `layouts/<name>.vue` components by layout name."""
    return _layouts_in([folder], policy, engine, warnings)


def _layouts_in(folders, policy: AccessPolicy, engine, warnings: WarningLog) -> dict[str, DeckComponent]:
    found: dict[str, DeckComponent] = {}
    for folder in folders:
        for path in sorted((folder / "layouts").glob("*.vue")) if (folder / "layouts").is_dir() else ():
            if path.stem in found:
                continue
            component = load_component(path.stem, path, policy, engine, warnings)
            if component is None:
                warnings.add("layout", f"layout {path.name} has no <template>; slides using it are drawn "
                                       "with 'default'", SourceLocation(path))
                continue
            found[path.stem] = component
    return found


def global_layers(deck: Deck, policy: AccessPolicy, engine, warnings: WarningLog,
                  package_roots: tuple[Path, ...] = ()) -> list[Layer]:
    """The global layers in painting order (bottom first): of each kind, the theme's and addons'
    (`package_roots`), then the deck's own, as Slidev stacks every root's. Each is the deck's
    own component, its script run in the sandbox (a glow layer's seeded polygons included)."""
    layers: list[Layer] = []
    roots = [[root] for root in package_roots] + [_folders(deck)]
    for kind, names in LAYER_FILES.items():
        for folders in roots:
            for folder in folders:
                path = next((folder / f"{name}.vue" for name in names if (folder / f"{name}.vue").is_file()), None)
                script = next((folder / f"{name}.{ext}" for name in names for ext in ("ts", "js")
                               if (folder / f"{name}.{ext}").is_file()), None)
                if path is not None:
                    component = load_component(kind, path, policy, engine, warnings)
                    if component is not None:
                        layers.append(Layer(kind, component))
                    break
                if script is not None:
                    warnings.add("layer", f"{script.name} is a component made by a render function, without a "
                                          "template slidepdf can draw; this layer is not drawn", SourceLocation(script))
                    break
    return layers


def layout_props(frontmatter: dict[str, Any], component: DeckComponent, first_slide: bool) -> dict[str, Any]:
    """What Slidev's frontmatterToProps gives a layout: the frontmatter without Slidev's own
    keys, plus `frontmatter` itself, over the layout's prop defaults."""
    skip = _NOT_PROPS | (_HEADMATTER_ONLY if first_slide else frozenset())
    props = dict(component.defaults)
    props.update({key: value for key, value in frontmatter.items() if key not in skip and key != "class"})
    props["frontmatter"] = frontmatter
    return props


def layer_element(layer: Layer) -> Element:
    """The layer's template under one marked wrapper, to be evaluated with the slide."""
    below = "below" if layer.below else "above"
    return Element(tag="div", line=1, attrs={"class": f"slidepdf-layer slidepdf-layer-{below} slidepdf-layer-{layer.kind}"},
                   children=scoped_copy(layer.component))


def scoped_copy(component: DeckComponent) -> list:
    """A copy of the component's template nodes, each element marked with its style scope."""
    copy = deepcopy(component.template)
    for element in copy.elements():
        element.attrs.setdefault(component.scope, "")
    return copy.children
