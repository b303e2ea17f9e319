"""style: UnoCSS-compatible utility CSS and icons, without Node.

`values` (value handlers, colours) → `rules` (preset-wind3's rules, in order) → `generate`
(variants, shortcuts, one token → CSS rules) → `weasy` (rewrites for WeasyPrint);
`extract` finds the tokens and icons in a page tree. `utilities_css` is the stage the
pipeline calls: the tokens of every page → one style sheet, and the utilities it could not
draw.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from .generate import StyleContext, UtilityCss, applies_in_print, generate_token
from .weasy import NOTICEABLE, rewrite

__all__ = ["StyleContext", "StyleSheet", "UtilityCss", "generate_token", "utilities_css", "UtilityChecker"]

# UnoCSS's preflight variables that utilities read (only the ones with a value: WeasyPrint
# drops empty custom properties with a warning).
PREFLIGHT_VARIABLES = {
    "--un-rotate": "0", "--un-rotate-x": "0", "--un-rotate-y": "0", "--un-rotate-z": "0",
    "--un-scale-x": "1", "--un-scale-y": "1", "--un-scale-z": "1", "--un-skew-x": "0", "--un-skew-y": "0",
    "--un-translate-x": "0", "--un-translate-y": "0", "--un-translate-z": "0",
    "--un-border-spacing-x": "0", "--un-border-spacing-y": "0",
    "--un-ring-offset-shadow": "0 0 rgb(0 0 0 / 0)", "--un-ring-shadow": "0 0 rgb(0 0 0 / 0)",
    "--un-shadow": "0 0 rgb(0 0 0 / 0)", "--un-ring-offset-width": "0px", "--un-ring-offset-color": "#fff",
    "--un-ring-width": "0px", "--un-ring-color": "rgb(147 197 253 / 0.5)",
}
_EMPTY_VARIABLES = ("--un-shadow-inset", "--un-ring-inset")


@dataclass
class StyleSheet:
    """The utilities' CSS and what it could not draw: {token: [dropped properties]}."""

    css: str
    unsupported: dict[str, list[str]] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)


class UtilityChecker:
    """`is_utility(token)`, cached for one export."""

    def __init__(self, context: StyleContext):
        self.context = context
        self._known: dict[str, bool] = {}

    def __call__(self, token: str) -> bool:
        if token not in self._known:
            self._known[token] = generate_token(token, self.context) is not None
        return self._known[token]


def utilities_css(tokens: Iterable[str], context: StyleContext) -> StyleSheet:
    """One style sheet for `tokens`, in UnoCSS's order, resolved and rewritten for print."""
    rules: list[UtilityCss] = []
    unknown: list[str] = []
    for token in sorted(set(tokens)):
        generated = generate_token(token, context)
        if generated is None:
            unknown.append(token)
            continue
        rules.extend(rule for rule in generated if applies_in_print(rule, context))
    rules.sort(key=UtilityCss.sort_key)
    out: list[str] = []
    unsupported: dict[str, list[str]] = {}
    for rule in rules:
        declarations, dropped = rewrite(rule.declarations)
        noticed = [name for name in dropped if NOTICEABLE.match(name)]
        if noticed:
            unsupported.setdefault(rule.token, [])
            unsupported[rule.token].extend(n for n in noticed if n not in unsupported[rule.token])
        declarations = [(name, _fill_empty(value)) for name, value in declarations]
        if not declarations:
            continue
        out.append(f"{rule.selector}{{{';'.join(f'{n}:{v}' for n, v in declarations)};}}")
    used = set(re.findall(r"var\((--un-[\w-]+)", "\n".join(out)))
    preflight = [f"{name}:{value}" for name, value in PREFLIGHT_VARIABLES.items() if name in used]
    head = f"*,::before,::after{{{';'.join(preflight)};}}\n" if preflight else ""
    return StyleSheet(head + "\n".join(out) + ("\n" if out else ""), unsupported, unknown)


def _fill_empty(value: str) -> str:
    """`var(--un-shadow-inset)` is an empty variable in UnoCSS; WeasyPrint drops empty ones."""
    for name in _EMPTY_VARIABLES:
        value = value.replace(f"var({name}) ", "").replace(f"var({name})", "")
    return value
