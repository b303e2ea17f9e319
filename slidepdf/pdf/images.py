"""images: raster images scaled down to what a page can show.

A photo straight from a camera can be 6000 px wide; a slide is 980 CSS px wide, so more
than twice that (a "retina" full-bleed image) is never seen. Bigger images are resized
(Lanczos) before WeasyPrint embeds them, which keeps exports fast and PDFs small. Photos
stay JPEG, images with transparency stay PNG; the original is kept when re-encoding would
not make it smaller.
"""
from __future__ import annotations

import io

RASTER_TYPES = frozenset({"image/png", "image/jpeg", "image/webp", "image/bmp", "image/tiff", "image/gif"})
JPEG_QUALITY = 85
MAX_PIXELS = 100_000_000          # 10,000 × 10,000: past that an image is a decompression bomb


class UnusableImage(ValueError):
    """An image that is refused (too many pixels) or cannot be read."""


def check_image(body: bytes, mime: str, name: str) -> None:
    """Refuse decompression bombs and unreadable raster files before anything decodes them."""
    if mime not in RASTER_TYPES:
        return
    from PIL import Image, UnidentifiedImageError

    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)     # judged below, ourselves
            with Image.open(io.BytesIO(body)) as image:     # reads the header only
                width, height = image.size
    except Image.DecompressionBombError:
        raise UnusableImage(f"{name} has more pixels than Pillow will decode (a decompression bomb?); "
                            "refused") from None
    except (UnidentifiedImageError, OSError, ValueError):
        raise UnusableImage(f"{name} is not a readable {mime.split('/')[1].upper()} image") from None
    if width * height > MAX_PIXELS:
        raise UnusableImage(f"{name} is {width:,} × {height:,} pixels, over the {MAX_PIXELS:,}-pixel limit "
                            "(a decompression bomb?); refused")


def fit_for_page(body: bytes, mime: str, max_side: int) -> tuple[bytes, str]:
    """(bytes, content type) of the image, its longer side at most `max_side` pixels."""
    if mime not in RASTER_TYPES or max_side <= 0:
        return body, mime
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(body)) as image:
            if max(image.size) <= max_side or getattr(image, "n_frames", 1) > 1:
                return body, mime
            scale = max_side / max(image.size)
            size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
            has_alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
            resized = image.convert("RGBA" if has_alpha else "RGB").resize(size, Image.Resampling.LANCZOS)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return body, mime            # WeasyPrint reports images it cannot read
    out = io.BytesIO()
    if has_alpha or mime == "image/png" and not _photo_like(resized):
        resized.save(out, "PNG", optimize=True)
        kind = "image/png"
    else:
        resized.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
        kind = "image/jpeg"
    data = out.getvalue()
    return (data, kind) if len(data) < len(body) else (body, mime)


def _photo_like(image) -> bool:
    """Many distinct colours: a photo or a render, which JPEG keeps well and PNG does not."""
    colours = image.convert("RGB").resize((64, 64)).getcolors(4096)
    return colours is None or len(colours) > 1024
