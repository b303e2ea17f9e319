"""pdf: the HTML document → PDF bytes (WeasyPrint) → the output file, written atomically.

The PDF is written to a temporary file beside the target and renamed over it only when
complete, so an interrupted or failed export never leaves a half-written PDF and keeps
any previous one intact.
"""
from __future__ import annotations

import logging
import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path

from ..errors import OutputError, WarningLog
from ..policy import AccessPolicy

_MISSING_GLYPH = re.compile(r'\.notdef glyph rendered for Unicode string unsupported by fonts: "(.*)"', re.S)
_NOISE = (
    "Anchor defined twice",          # duplicate ids inside inline SVGs are harmless
)


class _CollectingHandler(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if not any(message.startswith(noise) for noise in _NOISE):
            self.messages.append(message)


@contextmanager
def _weasyprint_messages(warnings: WarningLog):
    """WeasyPrint reports unsupported CSS and unreadable resources through logging: collect them."""
    logger = logging.getLogger("weasyprint")
    handler = _CollectingHandler()
    previous = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.propagate = previous
        missing_glyphs = []
        for message in handler.messages:
            glyph = _MISSING_GLYPH.match(message)
            if glyph:
                missing_glyphs.append(glyph[1])
            else:
                warnings.add("render", _tidy(message))
        if missing_glyphs:
            characters = "".join(dict.fromkeys(missing_glyphs))
            warnings.add("missing-glyph", f"no installed font has these characters: {characters}"
                                          " (install a font that covers them, e.g. fonts-noto-cjk)")


def _tidy(message: str) -> str:
    message = re.sub(r"file://\S+/", "", message)
    return message.splitlines()[0] if message else message


_SVG_TAG = "{http://www.w3.org/2000/svg}svg"


@contextmanager
def _svg_inherits_color():
    """Inline SVG `currentColor` means the SVG's own `color` in WeasyPrint (black by default),
    not the HTML colour around it, so icons came out black. For the length of one render, the
    SVG handler first copies the box's computed colour onto the <svg>. This uses WeasyPrint's
    handler table (`weasyprint.html.HTML_HANDLERS`, stable through 70.x, which we pin)."""
    from weasyprint import html as weasy_html

    original = weasy_html.HTML_HANDLERS[_SVG_TAG]

    def handle_svg(element, box, get_image_from_uri, base_url):
        if element.get("color") is None:
            color = box.style["color"]
            if getattr(color, "space", None) == "srgb":
                red, green, blue = (round(c * 255) for c in color.coordinates)
                element.set("color", f"rgb({red} {green} {blue} / {color.alpha:g})")
        return original(element, box, get_image_from_uri, base_url)

    weasy_html.HTML_HANDLERS[_SVG_TAG] = handle_svg
    try:
        yield
    finally:
        weasy_html.HTML_HANDLERS[_SVG_TAG] = original


def render_pdf(document_html: str, base_url: str, policy: AccessPolicy, warnings: WarningLog) -> bytes:
    from weasyprint import HTML

    with _weasyprint_messages(warnings), _svg_inherits_color():
        html = HTML(string=document_html, base_url=base_url, url_fetcher=policy.url_fetcher())
        return html.write_pdf()


def write_atomically(data: bytes, output: Path) -> None:
    """Write `data` to `output` via a temporary file in the same folder and a rename."""
    output = Path(output)
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"cannot write {output}: folder {folder} does not exist")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".partial", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write {output}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, output)
    except BaseException as exc:
        try:
            os.unlink(temp_name)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {output}: {exc.strerror}") from None
        raise
