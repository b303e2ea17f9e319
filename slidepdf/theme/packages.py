"""Slidev themes and addons as their npm packages are: found as Slidev finds them, read from their own files.

`theme: apple-basic` means the package `@slidev/theme-apple-basic`, else `slidev-theme-apple-basic`;
a scoped or full package name is taken as given; `./path` or an absolute path is a theme folder;
`none` is no theme. A package is looked up in `node_modules` from the deck's folder up to the
folder the deck may read, then among the packages slidepdf bundles (`themes/npm/`, taken from npm
with their licences). What a theme is comes from its files, never re-typed here: `package.json`
(`slidev.defaults` under the headmatter, `slidev.colorSchema`), `layouts/*.vue`, `components/*.vue`,
`styles/` (`index.ts` or `index.css` and what they import), `uno.config.ts` / `setup/unocss.ts`,
`public/`. Addons (`addons:`) are read the same way.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..assets import CSS_URL
from ..errors import SlidepdfError, SourceLocation, WarningLog
from ..policy import find_package_folder, split_package_specifier
from ..resources import bundled_packages_dir



@dataclass(frozen=True)
class ThemePackage:
    """A theme or addon package read from its folder."""

    name: str                   # the package name (`@slidev/theme-apple-basic`) or the folder's
    folder: Path
    version: str = ""
    defaults: dict[str, Any] = field(default_factory=dict)
    color_schema: str | None = None       # "dark" / "light" when the theme forces one
    bundled: bool = False

    @property
    def layouts(self) -> Path:
        return self.folder / "layouts"

    @property
    def components(self) -> Path:
        return self.folder / "components"

    @property
    def public(self) -> Path:
        return self.folder / "public"

    def stylesheets(self) -> list[Path]:
        """`styles/index.{ts,js,css}` and the CSS files it imports, in order."""
        styles = self.folder / "styles"
        for index in ("index.ts", "index.js", "index.css"):
            entry = styles / index
            if entry.is_file():
                if entry.suffix == ".css":
                    return [entry]
                text = entry.read_text("utf-8")
                found = [(styles / spec).resolve() for spec in
                         re.findall(r"""^\s*import\s+['"]([^'"]+\.css)['"]""", text, re.M)]
                return [path for path in found if path.is_file()]
        if styles.is_dir():
            return sorted(styles.glob("*.css"))
        return []


def package_names(name: str, kind: str = "theme") -> list[str]:
    """The packages Slidev tries for `theme: name` (or an addon's name)."""
    if name.startswith("@") or name.startswith(f"slidev-{kind}-"):
        return [name]
    return [f"@slidev/{kind}-{name}", f"slidev-{kind}-{name}"]


def find_package(name: str, deck_folder: Path, root: Path, kind: str = "theme") -> ThemePackage | None:
    """The theme (or addon) `name` for a deck in `deck_folder`, which may read below `root`."""
    if not name or name == "none":
        return None
    if name.startswith((".", "/")) or re.match(r"^[A-Za-z]:[\\/]", name):
        folder = (deck_folder / name).resolve()
        return read_package(folder) if folder.is_dir() else None
    for package in package_names(name, kind):
        found = find_package_folder(package, deck_folder, root)
        if found is not None:
            return read_package(found)
    for package in package_names(name, kind):
        candidate = bundled_packages_dir() / package
        if (candidate / "package.json").is_file():
            return read_package(candidate, bundled=True)
    return None


def read_package(folder: Path, bundled: bool = False) -> ThemePackage:
    meta: dict[str, Any] = {}
    manifest = folder / "package.json"
    if manifest.is_file():
        try:
            meta = json.loads(manifest.read_text("utf-8"))
        except (ValueError, OSError) as exc:
            raise SlidepdfError(f"{manifest}: not readable JSON ({exc})") from None
    slidev = meta.get("slidev") if isinstance(meta.get("slidev"), dict) else {}
    defaults = slidev.get("defaults") if isinstance(slidev.get("defaults"), dict) else {}
    schema = slidev.get("colorSchema")
    return ThemePackage(str(meta.get("name") or folder.name), folder, str(meta.get("version") or ""), dict(defaults),
                        schema if schema in ("dark", "light") else None, bundled)


def with_defaults(headmatter: dict[str, Any], package: ThemePackage) -> dict[str, Any]:
    """The headmatter over the theme's `slidev.defaults` (fonts merged key by key), as Slidev's
    resolveConfig merges them; the theme's forced colour scheme wins."""
    merged = {**package.defaults, **headmatter}
    if isinstance(package.defaults.get("fonts"), dict) and isinstance(headmatter.get("fonts"), dict):
        merged["fonts"] = {**package.defaults["fonts"], **headmatter["fonts"]}
    if package.color_schema:
        merged["colorSchema"] = package.color_schema
    return merged


_THEME_PACKAGE = re.compile(r"^(?:@slidev/theme-|slidev-theme-|@[^/]+/slidev-theme-)")


def bundled_packages() -> list[ThemePackage]:
    """The theme packages slidepdf ships (beside them in `themes/npm/`: packages they import)."""
    base = bundled_packages_dir()
    found = []
    for manifest in sorted(base.glob("*/package.json")) + sorted(base.glob("@*/*/package.json")):
        package = read_package(manifest.parent, bundled=True)
        if _THEME_PACKAGE.match(package.name):
            found.append(package)
    return found


_PACKAGE_IMPORT = re.compile(r"""@import\s+(?:url\()?["']((?![./])[^"']+)["']\)?\s*;?""")


def package_imports_resolved(css: str, path: Path, policy, warnings: WarningLog, depth: int = 0) -> str:
    """A theme's CSS with its `@import`s of other npm packages (a code theme's variables, an
    `@fontsource` font) replaced by those packages' CSS, found as Node finds them (the
    `node_modules` folders from the sheet's up to the root, then the packages slidepdf bundles)
    and read through the policy, their relative `url()`s made relative to the importing sheet;
    those not found are left out, with one warning naming them."""
    missing: list[str] = []

    def inlined(found: re.Match) -> str:
        file = _package_file(found[1], path.parent, policy.root)
        if file is None or depth > 4:
            missing.append(found[1])
            return ""
        try:
            text = policy.read_text(file)
        except SlidepdfError:
            missing.append(found[1])
            return ""
        relative = Path(os.path.relpath(file.parent, path.parent))
        text = CSS_URL.sub(lambda url: _relative_to(url, relative), text)
        return package_imports_resolved(text, file, policy, warnings, depth + 1)

    css = _PACKAGE_IMPORT.sub(inlined, css)
    if missing:
        warnings.add("theme", f"{path.name} imports {', '.join(missing)}, from packages slidepdf does not have; "
                              "left out", SourceLocation(path))
    return css


def _relative_to(found: re.Match, folder: Path) -> str:
    """A `url()` of an inlined sheet, made relative to the sheet that imports it (absolute,
    data:, http: and `#` references stay as written)."""
    ref = next(group for group in found.groups() if group is not None)
    if not ref or re.match(r"^(?:[a-z][\w+.-]*:|/|#)", ref, re.I):
        return found[0]
    return f'url("{(folder / ref).as_posix()}")'


def _package_file(specifier: str, start: Path, root: Path) -> Path | None:
    name, rest = split_package_specifier(specifier)
    package = find_package_folder(name, start, root, also=(bundled_packages_dir(),))
    if package is None:
        return None
    if rest:
        return package / rest if (package / rest).is_file() else None
    try:
        meta = json.loads((package / "package.json").read_text("utf-8"))
    except (ValueError, OSError):
        meta = {}
    entry = meta.get("style") or "index.css"
    return package / entry if isinstance(entry, str) and (package / entry).is_file() else None


def addon_packages(deck, root: Path, warnings: WarningLog) -> list[ThemePackage]:
    """The deck's addons: `addons:` in the headmatter, and `slidev-addon-*` dependencies of its
    `package.json`, each found as a theme is; one the deck does not have is one warning."""
    names = deck.headmatter.get("addons") or []
    names = [str(name) for name in (names if isinstance(names, list) else [names])]
    manifest = deck.folder / "package.json"
    if manifest.is_file():
        try:
            meta = json.loads(manifest.read_text("utf-8"))
        except (ValueError, OSError):
            meta = {}
        for section in ("dependencies", "devDependencies"):
            names += [name for name in (meta.get(section) or {}) if "slidev-addon-" in name and name not in names]
    found = []
    for name in dict.fromkeys(names):
        package = find_package(name, deck.folder, root, kind="addon")
        if package is None:
            warnings.add("addon", f"addon '{name}' is not installed in the deck's node_modules; its components "
                                  "and layouts are not drawn", SourceLocation(deck.entry, 1))
        else:
            found.append(package)
    return found


def describe_themes(entry: Path | None, warnings: WarningLog) -> list[str]:
    """What `slidepdf themes` prints: the bundled themes, and a deck's theme and addons."""
    from ..parser import load_deck
    from ..policy import AccessPolicy

    lines = ["bundled themes:", "  default, seriph (slidepdf's print themes of @slidev/theme-default and -seriph 0.25.0)"]
    for package in bundled_packages():
        layouts = sorted(path.stem for path in package.layouts.glob("*.vue")) if package.layouts.is_dir() else []
        lines.append(f"  {package.name} {package.version}: layouts {', '.join(layouts) or '-'}")
    if entry is None:
        return lines
    policy = AccessPolicy.for_entry(entry)
    deck = load_deck(entry, policy)
    name = deck.config.theme
    package = find_package(name, deck.folder, policy.root)
    where = ("bundled" if package.bundled else str(package.folder)) if package is not None else (
        "slidepdf's own" if name in ("default", "seriph") else "not found: the default theme is used")
    lines.append(f"{entry}: theme '{name}' ({where})")
    lines += [f"  addon {addon.name} {addon.version} ({addon.folder})" for addon in addon_packages(deck, policy.root, warnings)]
    return lines
