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
from .printcss import NOTICEABLE, rewrite

__all__ = ["StyleContext", "StyleSheet", "TokenReport", "UtilityCss", "UtilityChecker", "explain", "generate_token",
           "utilities_css"]

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


def print_rule(rule: UtilityCss) -> tuple[str | None, list[str]]:
    """One rule as the PDF's style sheet gets it (rewritten for WeasyPrint), or None when
    nothing printable is left, and the properties the rewrite dropped."""
    declarations, dropped = rewrite(rule.declarations)
    if not declarations:
        return None, dropped
    body = ";".join(f"{name}:{_fill_empty(value)}" for name, value in declarations)
    return f"{rule.selector}{{{body};}}", dropped


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
        css, dropped = print_rule(rule)
        noticed = [name for name in dropped if NOTICEABLE.match(name)]
        if noticed:
            unsupported.setdefault(rule.token, [])
            unsupported[rule.token].extend(n for n in noticed if n not in unsupported[rule.token])
        if css:
            out.append(css)
    used = set(re.findall(r"var\((--un-[\w-]+)", "\n".join(out)))
    preflight = [f"{name}:{value}" for name, value in PREFLIGHT_VARIABLES.items() if name in used]
    head = f"*,::before,::after{{{';'.join(preflight)};}}\n" if preflight else ""
    return StyleSheet(head + "\n".join(out) + ("\n" if out else ""), unsupported, unknown)


@dataclass(frozen=True)
class TokenReport:
    """What slidepdf makes of one token: for `slidepdf css`."""

    token: str
    matched: bool
    css: str                  # as UnoCSS would write it (variants resolved to selectors)
    print_css: str            # what goes into the PDF's style sheet
    dropped: tuple[str, ...]  # properties WeasyPrint cannot draw, left out
    note: str = ""

    def as_dict(self) -> dict:
        return {"token": self.token, "matched": self.matched, "css": self.css, "print_css": self.print_css,
                "dropped": list(self.dropped), "note": self.note}


def explain(token: str, context: StyleContext) -> TokenReport:
    """The CSS for one token, before and after the print rewrites, and why it may be missing."""
    rules = generate_token(token, context)
    if rules is None:
        return TokenReport(token, False, "", "", (), "no UnoCSS rule or shortcut matches this token")
    if not rules:
        return TokenReport(token, True, "", "", (), "UnoCSS makes no CSS of it (a negated zero is zero)")
    raw = "\n".join(rule.css() for rule in rules)
    printed, dropped, skipped, screen_only = [], [], [], []
    for rule in rules:
        if not applies_in_print(rule, context):
            skipped.append(rule)
            continue
        css, gone = print_rule(rule)
        screen_only.extend(name for name in gone if not NOTICEABLE.match(name) and name not in screen_only)
        dropped.extend(name for name in gone if name not in dropped and NOTICEABLE.match(name))
        if css:
            printed.append(css)
    note = ""
    if skipped and not printed:
        note = (f"does not apply on a {context.canvas_width}px-wide {'dark' if context.dark else 'light'} page")
    elif dropped:
        note = f"{', '.join(dropped)} cannot be drawn in a PDF"
    elif screen_only and not printed:
        note = f"{', '.join(screen_only)} only matters on screen"
    return TokenReport(token, True, raw, "\n".join(printed), tuple(dropped), note)


def _fill_empty(value: str) -> str:
    """`var(--un-shadow-inset)` is an empty variable in UnoCSS; WeasyPrint drops empty ones."""
    for name in _EMPTY_VARIABLES:
        value = value.replace(f"var({name}) ", "").replace(f"var({name})", "")
    return value
