"""Asset references (`<img src>`, CSS `url()`, frontmatter images) resolved through the access
policy: a missing, forbidden or (without `--allow-remote`) remote one is one warning naming
where it was asked for."""
from __future__ import annotations

import re
from pathlib import Path

from .errors import SourceLocation, WarningLog
from .policy import AccessPolicy, AssetRef


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


CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)""")


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
    return CSS_URL.sub(replace, css)

