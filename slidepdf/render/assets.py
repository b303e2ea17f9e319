"""Asset references in slide markup and frontmatter, resolved through the access policy.

Every `<img src>` is rewritten to the file (or data) URL the policy allows. A missing,
forbidden or (without `--allow-remote`) remote image becomes an empty box that keeps the
element's sizing attributes, and one warning naming the slide.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import SourceLocation, WarningLog
from ..assets import resolve_asset_ref
from ..policy import AccessPolicy
from ..vue.template import Element, Text

_ASSET_ATTRS = {"img": "src", "source": "src", "video": "poster"}


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


def _css_length(value: str) -> str:
    return f"{value}px" if value.strip().isdigit() else value
