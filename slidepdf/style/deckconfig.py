"""deckconfig: the parts of a deck's own UnoCSS config that are plain data.

Slidev merges a deck's `uno.config.ts` (or `unocss.config.ts`, `setup/unocss.ts`) into its
own. slidepdf runs no deck code and loads no npm packages, but a config's `shortcuts`,
static `rules` (`['font-math', { 'font-family': '…' }]`) and `presetWebFonts({ fonts })`
are usually literals: those are read — each literal evaluated alone in the expression
sandbox — and everything else (dynamic rules with functions, presets, imports) is reported.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import SlidepdfError
from ..vue.engine import ExpressionError, JsEngine
from ..policy import AccessPolicy

CONFIG_NAMES = ("uno.config.ts", "uno.config.js", "uno.config.mjs", "unocss.config.ts", "unocss.config.js",
                "setup/unocss.ts", "setup/unocss.js")

_SHAPE = r"""(v => {
  const out = { plain: [], dynamic: 0 };
  if (Array.isArray(v)) {
    for (const item of v) {
      if (Array.isArray(item) && typeof item[0] === 'string' && (typeof item[1] === 'string' ||
          (item[1] && typeof item[1] === 'object' && !Array.isArray(item[1])))) out.plain.push([item[0], item[1]]);
      else out.dynamic += 1;
    }
  } else if (v && typeof v === 'object') {
    for (const [key, value] of Object.entries(v)) {
      if (typeof value === 'string' || (value && typeof value === 'object')) out.plain.push([key, value]);
      else out.dynamic += 1;
    }
  }
  return out;
})"""


@dataclass
class DeckUnoConfig:
    """What slidepdf takes from a deck's UnoCSS config."""

    file: Path | None = None
    shortcuts: list[tuple[str, str]] = field(default_factory=list)
    rules: list[tuple[str, tuple[tuple[str, str], ...]]] = field(default_factory=list)
    fonts: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def find_config(folder: Path) -> Path | None:
    for name in CONFIG_NAMES:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def read_deck_config(folder: Path, policy: AccessPolicy, engine: JsEngine) -> DeckUnoConfig:
    path = find_config(folder)
    config = DeckUnoConfig(file=path)
    if path is None:
        return config
    try:
        source = policy.read_text(path)
    except SlidepdfError as exc:
        config.problems.append(str(exc))
        return config
    source = _strip_comments(source)
    for key, literal in _property_literals(source, ("shortcuts", "rules", "fonts")):
        try:
            shape = engine.evaluate(f"{_SHAPE}(({literal}))")
        except ExpressionError as exc:
            config.problems.append(f"`{key}` is not a plain value ({exc.message}); it is left out")
            continue
        if not isinstance(shape, dict):
            continue
        if shape.get("dynamic"):
            count = shape["dynamic"]
            config.problems.append(f"{key}: {count} entr{'y uses' if count == 1 else 'ies use'} functions or patterns,"
                                   " which need the deck's JavaScript; left out")
        for name, value in shape.get("plain", []):
            if key == "shortcuts" and isinstance(value, str):
                config.shortcuts.append((name, " ".join(value.split())))
            elif key == "rules" and isinstance(value, dict):
                config.rules.append((name, tuple((str(k), str(v)) for k, v in value.items())))
            elif key == "fonts":
                family = value if isinstance(value, str) else (value.get("name") if isinstance(value, dict) else None)
                if family:
                    config.fonts[name] = family
    if re.search(r"\bpresets\s*:", source) and not config.fonts and "presetWebFonts" not in source:
        config.problems.append("its presets are not loaded (slidepdf has preset-wind3, attributify and icons built in)")
    return config


def _strip_comments(source: str) -> str:
    source = re.sub(r"/\*.*?\*/", "", source, flags=re.S)
    return re.sub(r"(?m)(^|[^:'\"\\])//.*$", r"\1", source)


def _property_literals(source: str, keys: tuple[str, ...]):
    """(`key`, its literal value text) for every `key: <object or array>` in the source."""
    for match in re.finditer(rf"\b({'|'.join(keys)})\s*:\s*([\[{{])", source):
        start = match.start(2)
        end = _matching_bracket(source, start)
        if end is not None:
            yield match[1], source[start:end + 1]


def _matching_bracket(source: str, start: int) -> int | None:
    pairs = {"[": "]", "{": "}", "(": ")"}
    stack: list[str] = []
    index = start
    quote: str | None = None
    while index < len(source):
        char = source[index]
        if quote:
            if char == "\\":
                index += 2
                continue
            if char == quote:
                quote = None
        elif char in "'\"`":
            quote = char
        elif char == "/" and index + 1 < len(source) and stack and source[index - 1] in "[,(: \n":
            # a regular expression literal: skip to its end
            end = re.match(r"/(?:\\.|\[(?:\\.|[^\]])*\]|[^/\\\n])+/[a-z]*", source[index:])
            if end:
                index += end.end()
                continue
        elif char in pairs:
            stack.append(pairs[char])
        elif char in ")]}":
            if not stack or stack.pop() != char:
                return None
            if not stack:
                return index
        index += 1
    return None


def font_families(config: DeckUnoConfig, base: dict[str, str]) -> dict[str, str]:
    """presetWebFonts: a deck family goes in front of the theme's stack (`"DM Sans", …`)."""
    families = dict(base)
    for key, family in config.fonts.items():
        name = json.dumps(family.strip())
        families[key] = f"{name}, {base[key]}" if key in base else name
    return families


def theme_uno_config(theme: DeckUnoConfig, deck: DeckUnoConfig) -> DeckUnoConfig:
    """A theme's UnoCSS config under the deck's: its shortcuts and rules first (later wins),
    its web-font names where the deck names none."""
    from dataclasses import replace

    return replace(deck, shortcuts=[*theme.shortcuts, *deck.shortcuts], rules=[*theme.rules, *deck.rules],
                   fonts={**theme.fonts, **deck.fonts}, problems=[*theme.problems, *deck.problems])
