"""Vue's value rules for bound attributes: `:class` and `:style` values normalised as Vue
normalises them, and JavaScript's string conversion of a value for `{{ }}`."""
from __future__ import annotations

import re
from typing import Any

# CSS properties a bare number is valid for; other numbers are dropped, as a browser does.
_UNITLESS = frozenset(
    "animation-iteration-count column-count columns flex flex-grow flex-shrink font-weight "
    "line-height opacity order orphans widows z-index zoom scale fill-opacity stroke-opacity "
    "stroke-width tab-size".split()
)


def normalize_class(value: Any) -> str:
    """Vue's normalizeClass: a string, a list (nested), or {name: condition}."""
    if value is None or value is False:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (list, tuple)):
        return " ".join(c for c in (normalize_class(v) for v in value) if c)
    if isinstance(value, dict):
        return " ".join(str(name) for name, on in value.items() if truthy(on))
    return ""


def normalize_style(value: Any) -> dict[str, str]:
    """Vue's normalizeStyle: a CSS string, an object (camelCase keys), or a list of them."""
    if value is None or value is False:
        return {}
    if isinstance(value, str):
        return parse_style(value)
    if isinstance(value, (list, tuple)):
        merged: dict[str, str] = {}
        for item in value:
            merged.update(normalize_style(item))
        return merged
    if isinstance(value, dict):
        style: dict[str, str] = {}
        for key, item in value.items():
            name = key if key.startswith("--") else re.sub(r"\B([A-Z])", r"-\1", key).lower()
            text = _style_value(name, item)
            if text is not None:
                style[name] = text
        return style
    return {}


_STYLE_SPLIT = re.compile(r";(?![^(]*\))")


def parse_style(text: str) -> dict[str, str]:
    style: dict[str, str] = {}
    for part in _STYLE_SPLIT.split(text):
        name, colon, value = part.partition(":")
        if colon and name.strip():
            style[name.strip()] = value.strip()
    return style


def format_style(style: dict[str, str]) -> str:
    return "; ".join(f"{name}: {value}" for name, value in style.items())


def _style_value(name: str, value: Any) -> str | None:
    if value is None or value is False or value == "":
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        if value == 0 or name in _UNITLESS or name.startswith("--"):
            return _js_number(value)
        return None
    if isinstance(value, (list, tuple)):      # Vue sets each item; the last valid one wins
        valid = [_style_value(name, v) for v in value]
        valid = [v for v in valid if v is not None]
        return valid[-1] if valid else None
    return str(value)


def _js_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() and abs(value) < 1e21 else repr(value)


def truthy(value: Any) -> bool:
    """JavaScript truthiness for JSON-like values."""
    if isinstance(value, (dict, list)):
        return True
    return bool(value)


def js_string(value: Any) -> str:
    """String(value) as JavaScript writes it, for attribute values."""
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return _js_number(value)
    if isinstance(value, list):
        return ",".join("" if v is None else js_string(v) for v in value)
    if isinstance(value, dict):
        return "[object Object]"
    return str(value)
