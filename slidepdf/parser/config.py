"""Deck config from the headmatter, with Slidev's defaults and value checks."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..errors import DeckError, SourceLocation
from ..model import DeckConfig

_RATIO = re.compile(r"^\s*([\d.]+)\s*[/:x|]\s*([\d.]+)\s*$")


def parse_aspect_ratio(value: Any, where: SourceLocation) -> float:
    """Slidev accepts a number or "16/9", "16:9", "16x9", "16|9"."""
    if isinstance(value, bool):
        raise DeckError(f"aspectRatio must be a number or 'w/h', not {value!r}", where)
    if isinstance(value, (int, float)):
        ratio = float(value)
    else:
        match = _RATIO.match(str(value))
        try:
            ratio = float(match[1]) / float(match[2]) if match else float(str(value))
        except (ValueError, ZeroDivisionError):
            ratio = 0.0
    if not ratio > 0 or ratio != ratio:
        raise DeckError(f"invalid aspectRatio {value!r}", where, hint="use a value such as 16/9 or 4/3")
    return ratio


def _string(headmatter: dict, key: str, where: SourceLocation, default: str = "") -> str:
    value = headmatter.get(key, default)
    if value is None or value is False:
        return default
    if isinstance(value, (dict, list)):
        raise DeckError(f"{key} must be text, not a {'list' if isinstance(value, list) else 'mapping'}", where)
    return str(value)


def _mapping(headmatter: dict, key: str, where: SourceLocation) -> dict:
    value = headmatter.get(key) or {}
    if not isinstance(value, dict):
        raise DeckError(f"{key} must be a mapping (key: value lines), not {value!r}", where)
    return value


def resolve_config(headmatter: dict[str, Any], first_title: str | None, entry: Path, line: int) -> DeckConfig:
    where = SourceLocation(entry, line)
    canvas_width = headmatter.get("canvasWidth", 980)
    if isinstance(canvas_width, bool) or not isinstance(canvas_width, (int, float)) or canvas_width <= 0:
        raise DeckError(f"canvasWidth must be a positive number, not {canvas_width!r}", where)
    color_schema = _string(headmatter, "colorSchema", where, "auto").lower()
    if color_schema == "all":
        color_schema = "auto"
    if color_schema not in ("auto", "light", "dark"):
        raise DeckError(f"colorSchema must be auto, light or dark, not {color_schema!r}", where)
    keywords = headmatter.get("keywords") or []
    if isinstance(keywords, str):
        keywords = tuple(keywords.split(","))
    elif isinstance(keywords, list):
        keywords = tuple(str(k) for k in keywords)
    else:
        raise DeckError(f"keywords must be text or a list, not {keywords!r}", where)
    theme = _string(headmatter, "theme", where, "default") or "default"
    return DeckConfig(
        title=_string(headmatter, "title", where) or first_title or "Slidev",
        export_filename=_string(headmatter, "exportFilename", where),
        color_schema=color_schema,
        aspect_ratio=parse_aspect_ratio(headmatter.get("aspectRatio", 16 / 9), where),
        canvas_width=int(round(canvas_width)),
        theme=theme,
        author=_string(headmatter, "author", where),
        keywords=keywords,
        info=_string(headmatter, "info", where),
        line_numbers=bool(headmatter.get("lineNumbers", False)),
        export=_mapping(headmatter, "export", where),
        defaults=_mapping(headmatter, "defaults", where),
        fonts=_mapping(headmatter, "fonts", where),
        theme_config=_mapping(headmatter, "themeConfig", where),
        html_attrs=_mapping(headmatter, "htmlAttrs", where),
    )
