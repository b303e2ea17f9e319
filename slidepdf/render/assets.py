"""Asset references in slide markup and frontmatter, resolved through the access policy.

Every `<img src>` is rewritten to the file (or data) URL the policy allows. A missing,
forbidden or (without `--allow-remote`) remote image becomes an empty box that keeps the
element's sizing attributes, and one warning naming the slide. A `<video>` prints as a browser
shows it before it plays: its `poster`, else its first frame (decoded with PyAV, the optional
`video` extra), else an empty box of its size.
"""
from __future__ import annotations

import base64
import io
from functools import lru_cache
from pathlib import Path

from ..errors import SourceLocation, WarningLog
from ..assets import resolve_asset_ref
from ..markdown.render import SOURCE_LINE
from ..policy import AccessPolicy
from ..vue.template import Element, Text

_ASSET_ATTRS = {"img": "src", "source": "src", "video": "poster"}


def resolve_images(root: Element, base_dir: Path, policy: AccessPolicy, warnings: WarningLog,
                   where: SourceLocation, content_line: int | None = None) -> None:
    """`where` is the slide; an image the Markdown stage noted the line of (`SOURCE_LINE`, from
    the slide content's `content_line`) is reported at its own line."""
    for element in list(root.elements()):
        noted = element.attrs.pop(SOURCE_LINE, None)
        if noted is not None and noted.isdigit() and content_line is not None and where is not None:
            at = SourceLocation(where.file, content_line + int(noted))
        else:
            at = where
        _resolve(element, base_dir, policy, warnings, at)


def _resolve(element: Element, base_dir: Path, policy: AccessPolicy, warnings: WarningLog,
             where: SourceLocation) -> None:
    if element.tag.lower() == "video":
        _video_picture(element, base_dir, policy, warnings, where)
    attr = _ASSET_ATTRS.get(element.tag.lower())
    ref = element.get(attr) if attr else None
    if not ref:
        return
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


def _video_picture(video: Element, base_dir: Path, policy: AccessPolicy, warnings: WarningLog,
                   where: SourceLocation) -> None:
    """`<video>` → `<img>` of its poster or first frame (the sizing attributes kept); with
    neither, an `<img>` of nothing, which prints as the empty box of a missing image."""
    sources = [video.get("src")] + [child.get("src") for child in video.children
                                    if isinstance(child, Element) and child.tag.lower() == "source"]
    source = next((ref for ref in sources if ref), None)
    video.tag = "img"
    video.children = []
    for attr in ("autoplay", "loop", "muted", "controls", "playsinline", "preload", "src"):
        video.attrs.pop(attr, None)
    poster = video.attrs.pop("poster", None)
    if poster:
        video.attrs["src"] = poster
        return
    video.attrs["src"] = source or ""
    if not source:
        return
    asset = policy.resolve_asset(source, base_dir)
    if asset.kind != "file" or asset.path is None:
        return                          # the image path reports it (missing, forbidden, remote)
    try:
        frame = first_frame_png(policy.read_bytes(asset.path))
    except ImportError:
        warnings.add("video", f"{source}: its first frame needs PyAV (pip install 'slidepdf[video]'), or give "
                              "the video a poster; an empty box is drawn", where)
        frame = b""
    except Exception as exc:            # noqa: BLE001 - whatever the decoder says of a broken file
        warnings.add("video", f"{source}: no frame could be read ({type(exc).__name__}); an empty box is drawn",
                     where)
        frame = b""
    if frame:
        video.attrs["src"] = "data:image/png;base64," + base64.b64encode(frame).decode("ascii")
    else:
        video.attrs.pop("src")
        video.tag = "span"
        video.add_class("slidepdf-missing-asset")


@lru_cache(maxsize=16)
def first_frame_png(data: bytes) -> bytes:
    """The first video frame of `data` as PNG bytes (PyAV); raises ImportError without PyAV."""
    import av

    with av.open(io.BytesIO(data)) as container:
        for frame in container.decode(video=0):
            out = io.BytesIO()
            frame.to_image().save(out, format="PNG")
            return out.getvalue()
    return b""


def _css_length(value: str) -> str:
    return f"{value}px" if value.strip().isdigit() else value
