"""Asset references in slide markup and frontmatter, resolved through the access policy.

Every `<img src>` is rewritten to the file (or data) URL the policy allows. A missing,
forbidden or (without `--allow-remote`) remote image becomes an empty box that keeps the
element's sizing attributes, and one warning naming the slide.
"""
from __future__ import annotations

import re
from pathlib import Path

from .errors import SourceLocation, WarningLog
from .policy import AccessPolicy, AssetRef
from .template import Element, Text

_ASSET_ATTRS = {"img": "src", "source": "src", "video": "poster"}


def resolve_asset_ref(ref: str, base_dir: Path, policy: AccessPolicy, warnings: WarningLog,
                      where: SourceLocation) -> AssetRef:
    asset = policy.resolve_asset(ref, base_dir)
    if asset.kind == "missing":
        warnings.add("missing-image", f"{ref} not found (an empty box is drawn)", where)
    elif asset.kind == "forbidden":
        warnings.add("forbidden-asset", f"{ref} is outside the deck folder and is not read", where)
    elif asset.kind == "remote" and not asset.allowed:
        warnings.add("remote-asset", f"{ref} is remote; pass --allow-remote to fetch it", where)
    return asset


def resolve_images(root: Element, base_dir: Path, policy: AccessPolicy, warnings: WarningLog,
                   where: SourceLocation) -> None:
    for element in root.elements():
        attr = _ASSET_ATTRS.get(element.tag.lower())
        ref = element.get(attr) if attr else None
        if not ref:
            continue
        asset = resolve_asset_ref(ref, base_dir, policy, warnings, where)
        if asset.usable:
            element.attrs[attr] = asset.url
        elif element.tag.lower() == "img":
            element.tag = "span"
            del element.attrs[attr]
            element.attrs.pop("srcset", None)
            element.add_class("slidepdf-missing-asset")
            element.attrs["data-missing-src"] = ref
            # as a browser shows an image that did not load: its alt text, nothing for alt="",
            # a small box when there is no alt at all
            alt = element.attrs.pop("alt", None)
            if alt is not None:
                element.add_class("slidepdf-missing-alt" if alt.strip() else "slidepdf-missing-decorative")
                element.children = [Text(text=alt)] if alt.strip() else []
            sizes = [f"{dim}: {_css_length(element.attrs.pop(dim))}" for dim in ("width", "height") if element.get(dim)]
            if sizes:
                element.attrs["style"] = "; ".join([*sizes, element.get("style") or ""]).strip("; ")
        else:
            del element.attrs[attr]


_CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)""")


def resolve_css_urls(css: str, base_dir: Path, policy: AccessPolicy, warnings: WarningLog,
                     where: SourceLocation) -> str:
    """`url(/bg-grid.svg)` in generated or deck CSS → the file URL the policy allows (Vite's
    `public/` lookup included); an unusable one becomes `none`, with the usual warning."""
    def replace(match: re.Match) -> str:
        ref = next(group for group in match.groups() if group is not None)
        if not ref or ref.startswith("#"):
            return match[0]
        asset = resolve_asset_ref(ref, base_dir, policy, warnings, where)
        return f'url("{asset.url}")' if asset.usable else "none"
    return _CSS_URL.sub(replace, css)


def _css_length(value: str) -> str:
    return f"{value}px" if value.strip().isdigit() else value
