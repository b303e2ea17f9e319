"""fonts: where the deck's fonts come from, and which of its characters no font can draw.

Slidev loads the headmatter's `fonts:` from Google Fonts; slidepdf never uses the network.
A family resolves, in order, to a font bundled with slidepdf (`fonts/`), a font file in the
deck's own `fonts/` or `public/fonts/` folder (read through the access policy and declared
with @font-face), or a font installed on the system (fontconfig). A family found nowhere is
reported once, naming the headmatter key it came from. CJK text takes Noto CJK by the
element's language (`lang` from `htmlAttrs` or a slide's `lang:`), which Pango passes to
fontconfig, so Japanese and Chinese get their own glyph forms; emoji come from fontconfig's
fallback too. (Characters no font can draw are reported by the PDF stage, which sees what
Pango actually could not draw, with the slides they are on.)
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import SlidepdfError, SourceLocation, WarningLog
from ..assets import resolve_css_urls
from ..policy import AccessPolicy
from ..resources import fonts_dir
from ..textutil import split_top_level

FONT_SUFFIXES = (".ttf", ".otf", ".woff", ".woff2")
GENERIC_FAMILIES = frozenset("serif sans-serif monospace cursive fantasy system-ui ui-sans-serif ui-serif ui-monospace "
                              "ui-rounded emoji math fangsong inherit initial unset".split())


def browser_font_list(value: str) -> str:
    """A `font-family` list as Chromium on Linux picks from it. `system-ui` is always found
    there (the system's font, fontconfig's `sans-serif`), so nothing after it is ever used; and
    Chromium's `serif` is Times New Roman (Liberation Serif where installed), not fontconfig's."""
    families = [part.strip() for part in split_top_level(value, ",")]
    lowered = [family.lower() for family in families]
    if "system-ui" in lowered:
        families = [*families[:lowered.index("system-ui")], "sans-serif"]
    elif lowered and lowered[0] == "serif":
        families = ['"Times New Roman"', *families]
    else:
        return value
    return ", ".join(families)


@dataclass(frozen=True)
class FontFace:
    """One font file the document declares with @font-face."""

    family: str
    path: Path
    style: str = "normal"
    weight: int | None = None      # None: a variable font, no weight descriptor (see DESIGN)

    def css(self) -> str:
        weight = f"font-weight: {self.weight}; " if self.weight else ""
        return (f'@font-face {{ font-family: {json.dumps(self.family)}; font-style: {self.style}; '
                f'{weight}src: url("{self.path.as_uri()}"); }}')


@dataclass
class FontCatalogue:
    """The fonts an export can use: bundled, the deck's own, the system's (with coverage)."""

    bundled: list[FontFace]
    deck: list[FontFace] = field(default_factory=list)
    system_families: set[str] = field(default_factory=set)
    packaged: list[PackagedFonts] = field(default_factory=list)     # @fontsource packages

    def has_family(self, family: str) -> bool:
        name = family.strip().strip("'\"").lower()
        return name in GENERIC_FAMILIES or name in self.system_families or \
            any(face.family.lower() == name for face in (*self.bundled, *self.deck)) or \
            any(name in package.families for package in self.packaged)

    def css(self) -> str:
        return "\n".join([*(face.css() for face in (*self.bundled, *self.deck)),
                          *(package.css for package in self.packaged)])


@dataclass(frozen=True)
class PackagedFonts:
    """An `@fontsource/*` (or `@fontsource-variable/*`) package: its own @font-face rules, every
    weight and style it ships, with their unicode ranges and file URLs."""

    name: str
    families: frozenset[str]        # lower case
    css: str


_FONTSOURCE_SHEET = re.compile(r"^(?:\d{3}|wght|standard|full|opsz|slnt)(?:-italic)?\.css$")
_FONT_FAMILY = re.compile(r"font-family:\s*['\"]?([^;'\"}]+)['\"]?\s*[;}]")


def fontsource_packages(folder: Path, policy: AccessPolicy, warnings: WarningLog) -> list[PackagedFonts]:
    """The `@fontsource` packages installed where the deck's `node_modules` are (nearest first)."""
    from ..policy import node_modules_folders

    found: dict[str, PackagedFonts] = {}
    for modules in node_modules_folders(folder, policy.root):
        for scope in ("@fontsource", "@fontsource-variable"):
            for package in sorted((modules / scope).glob("*")) if (modules / scope).is_dir() else []:
                name = f"{scope}/{package.name}"
                if name in found or not package.is_dir():
                    continue
                sheets = sorted(p for p in package.glob("*.css") if _FONTSOURCE_SHEET.match(p.name)) or \
                    [p for p in (package / "index.css",) if p.is_file()]
                rules = []
                for sheet in sheets:
                    try:
                        text = policy.read_text(sheet)
                    except SlidepdfError as exc:
                        warnings.add("font", f"{name}: {exc}; its fonts are left out", SourceLocation(sheet))
                        break
                    rules.append(resolve_css_urls(text, sheet.parent, policy, warnings, SourceLocation(sheet)))
                css = "\n".join(rules)
                families = frozenset(f.strip().lower() for f in _FONT_FAMILY.findall(css))
                if families:
                    found[name] = PackagedFonts(name, families, css)
    return list(found.values())


def bundled_faces() -> list[FontFace]:
    folder = fonts_dir()
    meta = json.loads((folder / "fonts.json").read_text("utf-8"))
    return [FontFace(face["family"], folder / face["file"], face.get("style", "normal"), face.get("weight"))
            for face in meta["faces"]]


def deck_faces(folder: Path, policy: AccessPolicy, warnings: WarningLog) -> list[FontFace]:
    """Font files in the deck's `fonts/` and `public/fonts/` folders, named from their own
    name table (typographic family, else family)."""
    faces = []
    for sub in (folder / "fonts", folder / "public" / "fonts"):
        if not sub.is_dir():
            continue
        for path in sorted(p for p in sub.rglob("*") if p.suffix.lower() in FONT_SUFFIXES):
            try:
                real = policy.check_local(path)
                faces.append(_face_of(real, policy.read_bytes(real)))
            except Exception as exc:  # noqa: BLE001 - a broken font file is the deck's problem, reported
                warnings.add("font", f"{path.name} cannot be read as a font ({type(exc).__name__}); left out",
                             SourceLocation(path))
    return faces


def _face_of(path: Path, data: bytes) -> FontFace:
    import io

    from fontTools.ttLib import TTFont

    with TTFont(io.BytesIO(data), lazy=True, fontNumber=0) as font:
        names = font["name"]
        family = str(names.getDebugName(16) or names.getDebugName(1) or path.stem)
        italic = bool(font["OS/2"].fsSelection & 1) if "OS/2" in font else "italic" in path.stem.lower()
        variable = "fvar" in font
        weight = None if variable else (font["OS/2"].usWeightClass if "OS/2" in font else 400)
    return FontFace(family, path, "italic" if italic else "normal", weight)


def system_families() -> set[str]:
    """Family names fontconfig knows (lower case); empty where there is no fontconfig."""
    if shutil.which("fc-list") is None:
        return set()
    try:
        listing = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True, timeout=30,
                                 check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return set()
    return {name.strip().lower() for line in listing.splitlines() for name in line.split(",") if name.strip()}


def catalogue(folder: Path, policy: AccessPolicy, warnings: WarningLog) -> FontCatalogue:
    return FontCatalogue(bundled_faces(), deck_faces(folder, policy, warnings), system_families(),
                         fontsource_packages(folder, policy, warnings))


def check_requested_families(requested: dict[str, str], fonts: FontCatalogue, warnings: WarningLog,
                             where: SourceLocation | None) -> None:
    """One warning per family the deck names that nothing provides; `requested` maps where it
    is named (`fonts.sans`) to the names (`Inter, sans-serif`)."""
    for key, names in requested.items():
        for name in (n.strip().strip("'\"") for n in str(names).split(",")):
            if name and not fonts.has_family(name):
                warnings.add("font", f"font '{name}' ({key}) is not bundled, not in the deck's fonts/ folder, "
                                     "not an @fontsource package in its node_modules and not installed; its "
                                     "text uses the next font in the list (slidepdf does not download fonts)", where)
