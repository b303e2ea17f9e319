"""WeasyPrint's log messages during a render, collected as the export's warnings (missing
glyphs grouped with the slides they are on, refused images, CSS it cannot use)."""
from __future__ import annotations

import logging
import re
from contextlib import contextmanager

from ..errors import WarningLog

_MISSING_GLYPH = re.compile(r'\.notdef glyph rendered for Unicode string unsupported by fonts: "(.*)"', re.S)


_REFUSED_IMAGE = re.compile(r"UnusableImage: (.+)$", re.S)


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
def weasyprint_messages(warnings: WarningLog, document_html: str = ""):
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
            refused = _REFUSED_IMAGE.search(message)
            if glyph:
                missing_glyphs.append(glyph[1])
            elif refused:
                warnings.add("image", f"{refused[1]} (an empty box is drawn)")
            else:
                warnings.add("render", _tidy(message))
        characters = "".join(dict.fromkeys(c for text in missing_glyphs for c in text if not c.isspace()))
        for script, (package, chars) in _by_script(characters).items():
            warnings.add("missing-glyph", f"no installed font has these {script} characters: "
                                          f"{_where(chars, document_html)}; an empty box is drawn (install {package}, "
                                          "or put a font that has them in the deck's fonts/ folder)")


# Scripts whose fonts a Debian or Ubuntu package brings (by the first word of a character's name)
_PACKAGES = {"CJK": "fonts-noto-cjk", "HIRAGANA": "fonts-noto-cjk", "KATAKANA": "fonts-noto-cjk",
             "HANGUL": "fonts-noto-cjk", "BOPOMOFO": "fonts-noto-cjk", "IDEOGRAPHIC": "fonts-noto-cjk",
             "EMOJI": "fonts-noto-color-emoji"}


def _by_script(characters: str) -> dict[str, tuple[str, str]]:
    """The characters grouped by script, each group with the package that has a font for it."""
    import unicodedata

    groups: dict[str, tuple[str, str]] = {}
    for char in characters:
        name = unicodedata.name(char, "")
        first = name.split(" ")[0] if name else "unnamed"
        if 0x1F000 <= ord(char) <= 0x1FAFF or 0x2600 <= ord(char) <= 0x27BF:
            first = "EMOJI"
        script = "CJK" if _PACKAGES.get(first) == "fonts-noto-cjk" else ("emoji" if first == "EMOJI" else first.title())
        package = _PACKAGES.get(first, "a Noto font for it (fonts-noto-extra, fonts-noto-core)")
        known = groups.get(script, (package, ""))
        groups[script] = (known[0], known[1] + char)
    return groups


def _where(characters: str, document_html: str) -> str:
    """Each character with its code point and the slides (sections) it is on."""
    sections = re.findall(r'<section [^>]*data-slide="(\d+)"(.*?)</section>', document_html, re.S)
    described = []
    for char in characters:
        slides = list(dict.fromkeys(number for number, body in sections if char in body))
        on = f" (slide {', '.join(slides)})" if slides else ""
        described.append(f"'{char}' U+{ord(char):04X}{on}")
    return ", ".join(described)


def _tidy(message: str) -> str:
    message = re.sub(r"file://\S+/", "", message)
    return message.splitlines()[0] if message else message

