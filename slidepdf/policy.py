"""The one place where files and URLs are read.

A deck is untrusted input: it may name any path or URL. Every read of a deck file, an
import, an image or a stylesheet goes through an `AccessPolicy`, which allows only
files inside the deck's root folder (after resolving symlinks), the package's own
resources (themes, fonts), and remote URLs only when the user opted in.
"""
from __future__ import annotations

import re

import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from .errors import AccessDenied, DeckError, SourceLocation

MAX_TEXT_BYTES = 20 * 1024 * 1024     # a Markdown or CSS file larger than this is not a deck
MAX_ASSET_BYTES = 100 * 1024 * 1024   # one image or font
WORKSPACE_MARKERS = ("pnpm-workspace.yaml", "lerna.json")


def find_deck_root(entry: Path) -> Path:
    """The folder a deck may read from: its workspace root, else the entry's folder.

    Slidev resolves `src: /x.md` and assets against the workspace root that Vite finds
    (a folder holding `pnpm-workspace.yaml`, `lerna.json`, or a `package.json` with
    `workspaces`), else the package the deck is in (the nearest folder with a `package.json`,
    Vite's `searchForPackageRoot`). Decks in monorepos import `../../reuse/*.md`, so we do the
    same, and stop at the first marker; nothing else widens the root.
    """
    folder = entry.resolve().parent
    package_root = next((candidate for candidate in (folder, *folder.parents)
                         if (candidate / "package.json").is_file()), None)
    for candidate in (folder, *folder.parents):
        if any((candidate / marker).is_file() for marker in WORKSPACE_MARKERS):
            return candidate
        package_json = candidate / "package.json"
        if package_json.is_file():
            try:
                if '"workspaces"' in package_json.read_text("utf-8", errors="replace"):
                    return candidate
            except OSError:
                pass
    return package_root or folder


def node_modules_folders(start: Path, root: Path) -> list[Path]:
    """The `node_modules` folders Node looks in for a package used from `start`, nearest
    first: `start`'s own (a bundled theme's, outside the deck, included), then each folder up
    to `root`, never above it."""
    folder, root = start.resolve(), root.resolve()
    folders = [folder / "node_modules"]
    while folder != root and root in folder.parents:
        folder = folder.parent
        folders.append(folder / "node_modules")
    return folders


def split_package_specifier(specifier: str) -> tuple[str, str]:
    """`@scope/name/sub/path` → ("@scope/name", "sub/path"); `name/x.css` → ("name", "x.css")."""
    parts = specifier.split("/")
    name = "/".join(parts[:2]) if specifier.startswith("@") else parts[0]
    return name, specifier[len(name):].lstrip("/")


def find_package_folder(name: str, start: Path, root: Path, also: tuple[Path, ...] = ()) -> Path | None:
    """The folder of package `name` as Node finds it from `start` (`node_modules_folders`), then
    in the folders `also` names (slidepdf's bundled packages): the first that has a package.json."""
    for modules in (*node_modules_folders(start, root), *also):
        if (modules / name / "package.json").is_file():
            return modules / name
    return None


_EDITOR_FILE = re.compile(r"(~|\.sw[a-p]|\.swx|\.tmp|\.partial|\.bak)$|^#.*#$|^\.#")


def folder_snapshot(folder: Path, ignore: set[Path] = frozenset(), limit: int = 5000) -> dict[Path, int]:
    """Modification times (ns) of the files in `folder`, less `node_modules`, dot folders and
    what `ignore` names (files, or folders and all they hold): what `--watch` compares, and
    what decides whether chunks rendered before may be used again. Stats only, reads nothing."""
    folder = folder.resolve()
    found: dict[Path, int] = {}
    for path in folder.rglob("*"):
        if len(found) >= limit:
            break
        if any(part == "node_modules" or part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        if _EDITOR_FILE.search(path.name):       # an editor's swap and backup files are no change
            continue
        resolved = path.resolve()
        if resolved in ignore or any(parent in ignore for parent in resolved.parents):
            continue
        try:
            if path.is_file():
                found[path] = path.stat().st_mtime_ns
        except OSError:
            continue
    return found


@dataclass(frozen=True)
class AccessPolicy:
    """What a deck may read. `root` is the deck's folder; `resources` are trusted package dirs."""

    root: Path
    allowed_paths: tuple[Path, ...] = ()
    deck_folder: Path | None = None      # the entry's folder: Vite's root, whose public/ serves `/x`
    public_dirs: tuple[Path, ...] = ()   # the theme's and addons' public/ folders, served after the deck's
    resources: tuple[Path, ...] = ()
    allow_remote: bool = False
    max_text_bytes: int = MAX_TEXT_BYTES
    max_asset_bytes: int = MAX_ASSET_BYTES
    remote_timeout: float = 10.0

    @classmethod
    def for_entry(cls, entry: Path, root: Path | None = None, **options) -> "AccessPolicy":
        from .resources import resource_dirs

        deck_root = (root or find_deck_root(entry)).resolve()
        return cls(root=deck_root, resources=resource_dirs(), deck_folder=entry.parent.resolve(), **options)

    # -- local files -------------------------------------------------------------------

    def _readable_roots(self) -> tuple[Path, ...]:
        return (self.root, *(p.resolve() for p in self.allowed_paths), *self.resources)

    def check_local(self, path: Path, origin: SourceLocation | None = None) -> Path:
        """The real path of `path` if the deck may read it, else AccessDenied."""
        real = Path(path).resolve()
        if not any(real == base or base in real.parents for base in self._readable_roots()):
            raise AccessDenied(
                f"{path} is outside the deck folder {self.root}",
                origin,
                hint="use --root to widen the folder the deck may read",
            )
        return real

    def read_text(self, path: Path, origin: SourceLocation | None = None) -> str:
        """A deck text file (Markdown, CSS, Vue) as str; BOM removed; errors name the file."""
        data = self._read(path, origin, self.max_text_bytes)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise DeckError(
                "is not UTF-8 text", SourceLocation(Path(path), line),
                hint="save the file as UTF-8",
            ) from None
        if "\x00" in text:
            raise DeckError("is a binary file, not Markdown", SourceLocation(Path(path)))
        return text.removeprefix("\ufeff")

    def read_bytes(self, path: Path, origin: SourceLocation | None = None) -> bytes:
        return self._read(path, origin, self.max_asset_bytes)

    def _read(self, path: Path, origin: SourceLocation | None, limit: int) -> bytes:
        real = self.check_local(path, origin)
        try:
            size = real.stat().st_size
            if size > limit:
                raise DeckError(
                    f"{path} is {size // 1_048_576} MB, over the {limit // 1_048_576} MB limit",
                    origin,
                )
            return real.read_bytes()
        except FileNotFoundError:
            raise DeckError(f"{path} does not exist", origin) from None
        except IsADirectoryError:
            raise DeckError(f"{path} is a folder, not a file", origin) from None
        except PermissionError:
            raise DeckError(f"{path} cannot be read (permission denied)", origin) from None
        except OSError as exc:
            raise DeckError(f"{path} cannot be read ({exc.strerror})", origin) from None

    # -- asset references (img src, background images) ----------------------------------

    def resolve_asset(self, ref: str, base_dir: Path) -> "AssetRef":
        """Where a deck's asset reference points, without reading it.

        `/x.png` means `public/x.png`, then `x.png` in the root (Vite's public dir), then the
        theme's and addons' `public/x.png`.
        Relative paths are relative to the Markdown file that names them.
        """
        ref = ref.strip()
        parsed = urllib.parse.urlsplit(ref)
        scheme = parsed.scheme.lower()
        if scheme == "data":
            return AssetRef(ref, kind="data", url=ref)
        if scheme in ("http", "https") or ref.startswith("//"):
            url = ref if scheme else "https:" + ref
            return AssetRef(ref, kind="remote", url=url, allowed=self.allow_remote)
        if scheme and len(scheme) > 1:       # file:, javascript:, ftp: … never from a deck
            return AssetRef(ref, kind="forbidden", url=None, allowed=False)
        path_part = urllib.parse.unquote(parsed.path)
        if not path_part:
            return AssetRef(ref, kind="missing", url=None, allowed=False)
        if path_part.startswith("/"):
            relative = path_part.lstrip("/")
            folders = dict.fromkeys(f for f in (self.deck_folder, self.root, base_dir) if f is not None)
            candidates = [*(f / "public" / relative for f in folders),
                          *(f / relative for f in dict.fromkeys(f for f in (self.deck_folder, self.root) if f)),
                          *(f / relative for f in self.public_dirs)]
        else:
            candidates = [base_dir / path_part]
        for candidate in candidates:
            try:
                real = self.check_local(candidate)
            except AccessDenied:
                return AssetRef(ref, kind="forbidden", url=None, allowed=False)
            if real.is_file():
                return AssetRef(ref, kind="file", url=real.as_uri(), path=real)
        return AssetRef(ref, kind="missing", url=None, allowed=False)


@dataclass(frozen=True)
class AssetRef:
    """A resolved asset reference: `kind` is file, data, remote, missing or forbidden."""

    ref: str
    kind: str
    url: str | None
    path: Path | None = None
    allowed: bool = True

    @property
    def usable(self) -> bool:
        return self.allowed and self.url is not None
