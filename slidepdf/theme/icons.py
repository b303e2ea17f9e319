"""icons: Iconify icons as inline SVG, offline.

Icons come from Iconify JSON sets: a deck's own `node_modules/@iconify-json/<set>/icons.json`
(read through the access policy) wins; otherwise the sets bundled in `slidepdf/iconsets/`
(xz-compressed, licences in `index.json`). A set is read only when a deck uses it.

Two spellings reach here, as in Slidev: utility classes (`i-carbon:close`, `i-carbon-close`,
`i-simple-icons-x`: with dashes the collection is the longest known prefix of up to three
parts) and unplugin-icons components (`<carbon-edit />`, `<mdi:github />`), which Slidev
sizes 1.2em with the `slidev-icon` class. UnoCSS icons are 1em; the element keeps its box
and classes and gets the SVG as its content.
"""
from __future__ import annotations

import json
import lzma
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import AccessDenied, SlidepdfError
from ..policy import AccessPolicy

_ICON_CLASS = re.compile(r"^i-(?:(?P<set>[a-z0-9]+(?:-[a-z0-9]+)*):(?P<name>[a-z0-9]+(?:[-_][a-z0-9]+)*)|(?P<joined>[a-z0-9]+(?:-[a-z0-9]+)+))(?:\?(?:mask|bg|auto))?$")
_COMPONENT = re.compile(r"^(?:i-)?(?P<set>[a-z0-9]+(?:-[a-z0-9]+)*)[:-](?P<name>[a-z0-9]+(?:-[a-z0-9]+)*)$")


@dataclass(frozen=True)
class Icon:
    """An icon ready to draw: its SVG body and view box."""

    collection: str
    name: str
    body: str
    left: float
    top: float
    width: float
    height: float

    @property
    def width_em(self) -> str:
        """The width for a 1em-high icon, rounded up to 2 places as UnoCSS writes it."""
        if not self.height:
            return "1"
        return f"{math.ceil(self.width / self.height * 100 - 1e-9) / 100:g}"

    def svg(self, attrs: str = "", id_suffix: str = "") -> str:
        """The SVG markup. `id_suffix` makes the body's ids unique: WeasyPrint resolves
        `url(#id)` across the whole document, so a second copy of a gradient icon would
        point at the first one's (or nothing) without it."""
        box = " ".join(_num(n) for n in (self.left, self.top, self.width, self.height))
        body = self.body
        if id_suffix and 'id="' in body:
            for name in set(re.findall(r'\bid="([^"]+)"', body)):
                body = re.sub(rf'(\bid="|url\(#|href="#){re.escape(name)}(?=[")])', rf"\g<1>{name}{id_suffix}", body)
        return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{box}" width="100%" height="100%"'
                f'{attrs}>{body}</svg>')


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


@lru_cache(maxsize=1)
def bundled_index() -> dict:
    text = resources.files("slidepdf.iconsets").joinpath("index.json").read_text("utf-8")
    return json.loads(text)


def bundled_set_names() -> frozenset[str]:
    return frozenset(bundled_index())


@lru_cache(maxsize=32)
def _bundled_set(name: str) -> dict | None:
    source = resources.files("slidepdf.iconsets").joinpath(f"{name}.json.xz")
    if not source.is_file():
        return None
    return json.loads(lzma.decompress(source.read_bytes()))


def bundled_icon(token: str) -> Icon | None:
    """An icon class (`i-logos:vue`) looked up in the bundled sets only."""
    match = _ICON_CLASS.match(token)
    if not match:
        return None
    if match["set"]:
        collection, name = match["set"], match["name"]
    else:
        parts = match["joined"].split("-")
        split = next((n for n in (3, 2, 1) if len(parts) > n and "-".join(parts[:n]) in bundled_set_names()), None)
        if split is None:
            return None
        collection, name = "-".join(parts[:split]), "-".join(parts[split:])
    return _resolve(_bundled_set(collection), collection, name) if collection in bundled_set_names() else None


@dataclass
class IconLibrary:
    """The icon sets one export may use; each set is loaded once, on first use."""

    policy: AccessPolicy
    deck_folder: Path
    _sets: dict[str, dict | None] = field(default_factory=dict)
    _icons: dict[tuple[str, str], Icon | None] = field(default_factory=dict)
    _copies: int = 0

    def svg(self, icon: Icon, attrs: str = "") -> str:
        """An icon's SVG for one place in the document, its ids made unique; it fills its box at
        its own shape, centred (SVG's default preserveAspectRatio)."""
        self._copies += 1
        return icon.svg(attrs, f"-{self._copies}")

    def _deck_set_path(self, name: str) -> Path | None:
        for folder in (self.deck_folder, *self.deck_folder.parents):
            candidate = folder / "node_modules" / "@iconify-json" / name / "icons.json"
            try:
                self.policy.check_local(candidate)
            except AccessDenied:
                break
            if candidate.is_file():
                return candidate
            if folder == self.policy.root:
                break
        return None

    def known_sets(self) -> set[str]:
        names = set(bundled_set_names())
        modules = self.deck_folder / "node_modules" / "@iconify-json"
        if modules.is_dir():
            names.update(p.name for p in modules.iterdir() if p.is_dir())
        return names

    def icon_set(self, name: str) -> dict | None:
        if name not in self._sets:
            data = None
            path = self._deck_set_path(name)
            if path is not None:
                try:
                    data = json.loads(self.policy.read_text(path))
                except (SlidepdfError, ValueError):
                    data = None         # unreadable or too big: the bundled copy stands in
            self._sets[name] = data if data is not None else _bundled_set(name)
        return self._sets[name]

    def icon(self, collection: str, name: str) -> Icon | None:
        key = (collection, name)
        if key not in self._icons:
            self._icons[key] = _resolve(self.icon_set(collection), collection, name)
        return self._icons[key]

    def parse_class(self, token: str) -> tuple[str, str] | None:
        """`i-carbon:close` / `i-carbon-close` / `i-simple-icons-x` → (collection, name)."""
        match = _ICON_CLASS.match(token)
        if not match:
            return None
        if match["set"]:
            return match["set"], match["name"]
        return self._split_joined(match["joined"])

    def parse_component(self, tag: str) -> tuple[str, str] | None:
        """`carbon-edit`, `mdi:github`, `i-carbon-edit` → (collection, name), for known sets only."""
        match = _COMPONENT.match(tag)
        if not match:
            return None
        if ":" in tag:
            collection = match["set"].removeprefix("i-") if tag.startswith("i-") else match["set"]
            return (collection, match["name"]) if collection in self.known_sets() else None
        return self._split_joined(tag.removeprefix("i-"))

    def _split_joined(self, joined: str) -> tuple[str, str] | None:
        parts = joined.split("-")
        known = self.known_sets()
        for count in (3, 2, 1):
            if len(parts) > count and "-".join(parts[:count]) in known:
                return "-".join(parts[:count]), "-".join(parts[count:])
        return None


def _resolve(data: dict | None, collection: str, name: str) -> Icon | None:
    """An icon or alias of an Iconify set, with the alias chain's transforms applied."""
    if not data:
        return None
    icons, aliases = data.get("icons", {}), data.get("aliases", {})
    rotate, h_flip, v_flip = 0, False, False
    overrides: dict = {}
    current, seen = name, 0
    while current not in icons:
        alias = aliases.get(current)
        if alias is None or seen > 10:
            return None
        rotate += alias.get("rotate", 0)
        h_flip ^= bool(alias.get("hFlip"))
        v_flip ^= bool(alias.get("vFlip"))
        for key in ("left", "top", "width", "height"):
            if key in alias and key not in overrides:
                overrides[key] = alias[key]
        current, seen = alias["parent"], seen + 1
    icon = icons[current]
    rotate += icon.get("rotate", 0)
    h_flip ^= bool(icon.get("hFlip"))
    v_flip ^= bool(icon.get("vFlip"))
    left = overrides.get("left", icon.get("left", data.get("left", 0)))
    top = overrides.get("top", icon.get("top", data.get("top", 0)))
    width = overrides.get("width", icon.get("width", data.get("width", 16)))
    height = overrides.get("height", icon.get("height", data.get("height", 16)))
    body = icon["body"]
    transforms = []
    if h_flip or v_flip:
        transforms.append(f"translate({_num((left * 2 + width) if h_flip else 0)} {_num((top * 2 + height) if v_flip else 0)}) "
                          f"scale({-1 if h_flip else 1} {-1 if v_flip else 1})")
    rotate %= 4
    if rotate:
        cx, cy = left + width / 2, top + height / 2
        transforms.insert(0, f"rotate({rotate * 90} {_num(cx)} {_num(cy)})")
        if rotate % 2:
            left, top = cx - height / 2, cy - width / 2
            width, height = height, width
    if transforms:
        body = f'<g transform="{" ".join(transforms)}">{body}</g>'
    return Icon(collection, name, body, left, top, width, height)
