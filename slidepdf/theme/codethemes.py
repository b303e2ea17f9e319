"""codethemes: the Shiki themes a deck names in `setup/shiki.ts`, as colours for its code blocks.

Slidev highlights code with Shiki, in `vitesse-light` / `vitesse-dark` unless a `setup/shiki.ts`
(the theme's, an addon's, the deck's) returns `{ themes: { dark, light } }` or `{ theme }`.
slidepdf highlights with Pygments into `tok-*` classes (`markdown.highlight`); here each class
gets the colour the named TextMate theme gives the scope Shiki's grammars put on such a token,
found as TextMate matches scopes (the longest selector that is a prefix of the scope wins, a
later rule on a tie). The themes are tm-themes' (Shiki's own collection, MIT, each theme under
its own licence: `themes/shiki/NOTICE`), bundled as data. A theme object written in the setup
file itself (`{ name, tokenColors … }`) is read the same way; an unknown name is a warning.
"""
from __future__ import annotations

import json
import lzma
from functools import lru_cache
from typing import Any

from ..errors import SourceLocation, WarningLog
from ..resources import themes_dir

# Each `tok-*` class and the scope Shiki's grammars most often give such a token.
CLASS_SCOPES = {
    "comment": "comment.line", "string": "string.quoted.double", "regex": "string.regexp",
    "number": "constant.numeric", "constant": "constant.language", "type": "entity.name.type",
    "keyword": "keyword.control", "builtin": "support.function", "function": "entity.name.function",
    "tag": "entity.name.tag", "attribute": "entity.other.attribute-name", "property": "variable.other.property",
    "variable": "variable.other.readwrite", "name": "variable.other.readwrite", "operator": "keyword.operator",
    "punctuation": "punctuation", "deleted": "markup.deleted", "inserted": "markup.inserted",
    "unknown-tag": "invalid.illegal.unrecognized-tag.html",
}


@lru_cache(maxsize=1)
def bundled_themes() -> dict[str, dict]:
    path = themes_dir() / "shiki" / "code-themes.json.xz"
    if not path.is_file():
        return {}
    return json.loads(lzma.decompress(path.read_bytes()))["themes"]


def compact(theme: dict) -> dict:
    """What printing needs of a TextMate theme (a bundled one, or one a setup file writes): its
    type, editor foreground and background, and each rule's scopes, colour and font style."""
    colors = theme.get("colors") or {}
    rules = []
    for rule in theme.get("tokenColors") or theme.get("settings") or []:
        settings = rule.get("settings") or {}
        scope = rule.get("scope")
        if not scope or not (settings.get("foreground") or settings.get("fontStyle")):
            continue
        scopes = scope if isinstance(scope, list) else [part for part in str(scope).split(",")]
        rules.append([[s.strip() for s in scopes if s.strip()], settings.get("foreground") or "",
                      settings.get("fontStyle") or ""])
    return {"type": theme.get("type") or "dark", "fg": colors.get("editor.foreground") or "",
            "bg": colors.get("editor.background") or "", "rules": rules}


def scope_style(theme: dict, scope: str) -> tuple[str, str]:
    """(colour, font style) the theme gives `scope`; the editor foreground when no rule matches.
    As TextMate themes resolve: the colour of the most specific rule that sets one, and the font
    style of the most specific rule that sets one (a rule may set only one of them)."""
    color, color_depth, font_style, style_depth = "", -1, "", -1
    for selectors, rule_color, rule_style in theme.get("rules", []):
        for selector in selectors:
            if " " in selector.strip():
                continue            # a descendant selector needs the scopes around the token
            if scope == selector or scope.startswith(selector + "."):
                depth = selector.count(".") + 1
                if rule_color and depth >= color_depth:
                    color, color_depth = rule_color, depth
                if rule_style and depth >= style_depth:
                    font_style, style_depth = rule_style, depth
    return color or theme.get("fg", ""), font_style


def _rules(theme: dict, prefix: str) -> list[str]:
    out = []
    if theme.get("fg"):
        out.append(f"{prefix}.slidev-code code {{ color: {theme['fg']}; }}")
    for name, scope in CLASS_SCOPES.items():
        color, font_style = scope_style(theme, scope)
        declarations = [f"color: {color}"] if color else []
        declarations.append("font-style: italic" if "italic" in font_style else "font-style: normal")
        declarations.append("font-weight: bold" if "bold" in font_style else "font-weight: inherit")
        out.append(f"{prefix}.slidev-code .tok-{name} {{ {'; '.join(declarations)}; }}")
    return out


def code_theme_css(setup: dict[str, Any], warnings: WarningLog, location: SourceLocation | None = None) -> str:
    """CSS for the code themes a merged `setup/shiki` object names; "" when it names none."""
    themes = setup.get("themes")
    if not isinstance(themes, dict):
        single = setup.get("theme")
        themes = {"light": single, "dark": single} if single else {}
    out = []
    for scheme, prefix in (("light", "html "), ("dark", "html.dark ")):
        given = themes.get(scheme)
        if isinstance(given, dict):
            theme = compact(given)
        elif isinstance(given, str) and given:
            theme = bundled_themes().get(given)
            if theme is None:
                warnings.add("theme", f"code theme '{given}' is not one Shiki ships; code keeps Slidev's "
                                      f"default colours", location)
                continue
        else:
            continue
        out.extend(_rules(theme, prefix))
    return "\n".join(out)
