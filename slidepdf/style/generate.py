"""generate: utility tokens → CSS rules, as UnoCSS generates them under Slidev's config.

A token is split into its variants (`dark:`, `md:`, `hover:`, `!`, `-` …) and its body;
the body is matched against the rules (`rules.py`) or Slidev's shortcuts; the variants then
shape the selector, the media query and the values. `UtilityCss` keeps each rule's sort key
so the output follows UnoCSS's order (layer, media, rule definition index, selector).

Variants are resolved for print where UnoCSS would leave it to the browser: `dark:` and
`light:` against the deck's colour scheme, breakpoints against the slide canvas width.

Long on purpose: variants, shortcuts, the rule lookup and the CSS ordering are one algorithm
(UnoCSS's `parseUtil` → `stringifyUtil`); the rules themselves are in `rules/`, one family a module.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import rules as r
from .values import css_escape, uno_theme

Declarations = list[tuple[str, str]]

SLIDEV_SHORTCUTS: dict[str, str] = {
    "bg-main": "bg-white dark:bg-[#121212]",
    "bg-active": "bg-gray-400/10",
    "border-main": "border-gray/20",
    "text-main": "text-[#181818] dark:text-[#ddd]",
    "text-primary": "color-$slidev-theme-primary",
    "bg-primary": "bg-$slidev-theme-primary",
    "border-primary": "border-$slidev-theme-primary",
    "abs-tl": "absolute top-0 left-0",
    "abs-tr": "absolute top-0 right-0",
    "abs-b": "absolute bottom-0 left-0 right-0",
    "abs-bl": "absolute bottom-0 left-0",
    "abs-br": "absolute bottom-0 right-0",
    "z-drawing": "z-10", "z-camera": "z-15", "z-dragging": "z-18", "z-menu": "z-20", "z-label": "z-40",
    "z-nav": "z-50", "z-context-menu": "z-60", "z-modal": "z-70", "z-focus-indicator": "z-200",
    "slidev-glass-effect": "shadow-xl backdrop-blur-8 border border-main bg-main bg-opacity-75!",
}
LAYER_ORDER = {"preflights": -100, "icons": -30, "shortcuts": -10, "default": 0}

_PSEUDO_CLASSES = {
    "hover": ":hover", "focus": ":focus", "active": ":active", "visited": ":visited", "focus-within": ":focus-within",
    "focus-visible": ":focus-visible", "target": ":target", "disabled": ":disabled", "enabled": ":enabled",
    "checked": ":checked", "required": ":required", "invalid": ":invalid", "valid": ":valid",
    "first": ":first-child", "last": ":last-child", "only": ":only-child", "odd": ":nth-child(odd)",
    "even": ":nth-child(even)", "first-of-type": ":first-of-type", "last-of-type": ":last-of-type",
    "only-of-type": ":only-of-type", "empty": ":empty", "open": "[open]", "placeholder-shown": ":placeholder-shown",
    "read-only": ":read-only", "indeterminate": ":indeterminate", "default": ":default",
}
_PSEUDO_ELEMENTS = {"before": "::before", "after": "::after", "placeholder": "::placeholder", "selection": "::selection",
                    "marker": "::marker", "first-letter": "::first-letter", "first-line": "::first-line",
                    "file": "::file-selector-button", "backdrop": "::backdrop"}


@dataclass
class Variants:
    """What the variants of one token ask for."""

    important: bool = False
    negative: bool = False
    scheme: str | None = None                 # "dark" / "light"
    media: list[str] = field(default_factory=list)
    min_width: float | None = None
    max_width: float | None = None
    print_only: bool = False
    prefix: str = ""                           # selector before the class (`.group:hover `)
    suffix: str = ""                           # pseudo classes / elements after the class
    child: str = ""                            # ` > *` for `*:`
    dropped: str | None = None                 # a variant that never applies in print


@dataclass(frozen=True)
class UtilityCss:
    """One CSS rule for one token."""

    token: str
    selector: str
    declarations: tuple[tuple[str, str], ...]
    layer: str
    index: int
    media: tuple[str, ...] = ()
    min_width: float | None = None
    max_width: float | None = None
    scheme: str | None = None
    print_only: bool = False

    def sort_key(self) -> tuple:
        return (LAYER_ORDER.get(self.layer, 0), self.min_width or 0, -(self.max_width or 0),
                self.index, self.selector)

    def css(self) -> str:
        body = ";".join(f"{name}:{value}" for name, value in self.declarations)
        return f"{self.selector}{{{body};}}"


@dataclass(frozen=True)
class StyleContext:
    """What generation depends on: the deck's colour scheme, canvas, fonts and own shortcuts."""

    dark: bool = False
    canvas_width: int = 980
    font_families: tuple[tuple[str, str], ...] = ()
    shortcuts: tuple[tuple[str, str], ...] = ()
    rules: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()      # the deck's static rules

    def family(self, name: str) -> str | None:
        return dict(self.font_families).get(name)


def split_variants(token: str) -> tuple[Variants, str]:
    """Peel variants off the left (and `!` off either end) until the body remains."""
    variants = Variants()
    body = token
    breakpoints = uno_theme()["breakpoints"]
    while True:
        if body.startswith("!") and len(body) > 1:
            variants.important, body = True, body[1:]
            continue
        if body.endswith("!") and len(body) > 1 and not body.endswith("\\!"):
            variants.important, body = True, body[:-1]
            continue
        if body.startswith("important:"):
            variants.important, body = True, body[len("important:"):]
            continue
        match = re.match(r"^([\w\-<>~@*&\[\]=\"'.#%$()/,]+?)[:]", body)
        if not match or match.end() >= len(body):
            break
        name = match[1]
        rest = body[match.end():]
        if name in ("dark", "light"):
            variants.scheme = name
        elif name in ("print",):
            variants.print_only = True
        elif name in breakpoints or (name[:3] in ("lt-", "at-") and name[3:] in breakpoints) or \
                (name[:1] in ("<", "~") and name[1:] in breakpoints) or (name[:4] == "max-" and name[4:] in breakpoints):
            _breakpoint(variants, name, breakpoints)
        elif name in _PSEUDO_CLASSES:
            variants.suffix += _PSEUDO_CLASSES[name]
        elif name in _PSEUDO_ELEMENTS:
            variants.suffix += _PSEUDO_ELEMENTS[name]
        elif name.startswith(("group-", "peer-")) and name.split("-", 1)[1] in _PSEUDO_CLASSES:
            kind, pseudo = name.split("-", 1)
            variants.prefix = f".{kind}{_PSEUDO_CLASSES[pseudo]} " + variants.prefix if kind == "group" \
                else f".{kind}{_PSEUDO_CLASSES[pseudo]}~" + variants.prefix
        elif name == "*":
            variants.child = " > *"
        elif name == "children":
            variants.prefix, variants.child = variants.prefix, ">*"
        elif name == "all":
            variants.child = " *"
        elif attribute := re.fullmatch(r"(data|aria)-\[(.+)\]", name):
            variants.suffix += f"[{attribute[1]}-{attribute[2]}]"
        elif name.startswith("[") and name.endswith("]"):
            variants.suffix += name[1:-1].replace("&", "").replace("_", " ")
        elif name in ("forward", "backward"):
            variants.prefix = f".slidev-nav-go-{name} " + variants.prefix
        elif name in ("motion-safe", "motion-reduce", "contrast-more", "contrast-less", "portrait", "landscape",
                      "rtl", "ltr", "supports", "noscript"):
            variants.dropped = name
        else:
            break
        body = rest
    if body.startswith("-") and len(body) > 1 and not body.startswith("--"):
        variants.negative, body = True, body[1:]
    return variants, body


# Variants UnoCSS also accepts with a dash (`hover-bg-white`, `dark-text-gray-600`), tried when
# the token does not match as written.
_DASH_VARIANTS = ("dark", "light", "hover", "focus", "active", "important", "first", "last", "odd", "even",
                  "group-hover", "disabled", "visited", "checked", "marker", "before", "after", "placeholder", "print")


def dash_variant_form(token: str) -> str | None:
    """`hover-bg-white` → `hover:bg-white`, when the token starts with a dash-separated variant."""
    prefix = "!" if token.startswith("!") else ""
    rest = token[len(prefix):]
    for name in _DASH_VARIANTS:
        if rest.startswith(name + "-") and len(rest) > len(name) + 1:
            return f"{prefix}{name}:{rest[len(name) + 1:]}"
    return None


def _breakpoint(variants: Variants, name: str, breakpoints: dict[str, str]) -> None:
    names = list(breakpoints)

    def px(point: str) -> float:
        return float(breakpoints[point].rstrip("px"))

    if name in breakpoints:
        variants.min_width = px(name)
    elif name[:1] == "<" or name[:3] == "lt-" or name[:4] == "max-":
        point = name[1:] if name[0] == "<" else name.split("-", 1)[1]
        variants.max_width = px(point) - 0.1
    else:
        point = name[1:] if name[0] == "~" else name[3:]
        variants.min_width = px(point)
        following = names.index(point) + 1
        if following < len(names):
            variants.max_width = px(names[following]) - 0.1


# A deck's own rules come after the presets' in UnoCSS's merged config, so they win.
DECK_RULE_INDEX = 100_000


def _match_body(body: str, context: StyleContext) -> tuple[int, Declarations] | None:
    for position, (name, declarations) in enumerate(context.rules):
        if name == body:
            return DECK_RULE_INDEX + position, list(declarations)
    rule = r.STATIC_RULES.get(body)
    if rule is not None:
        return rule.index, list(rule.declarations)
    for rule in reversed(r.DYNAMIC_RULES):
        match = rule.pattern.match(body)
        if not match:
            continue
        if rule.index == r.FONT_FAMILY_RULE and context.family(match[1]) is not None:
            return rule.index, [("font-family", context.family(match[1]))]
        try:
            result = rule.matcher(match)
        except (ValueError, KeyError, IndexError, TypeError):
            result = None
        if result:
            result = [(name, value) for name, value in result if value is not None]
            if result:
                return rule.index, result
    return None


_ANCHORED_NUMBER = re.compile(r"^-?[0-9.]+(?:[a-z]+|%)?$")
_FIRST_NUMBER = re.compile(r"-?[0-9.]+(?:[a-z]+|%)?")
_NEGATE_SKIP = re.compile(r"\b(opacity|color|flex|backdrop-filter|^filter|transform)\b")


def _negate(declarations: Declarations) -> Declarations | None:
    """variantNegative: numbers, math and var() values become negative; colours and opacity stay."""
    changed = False
    out = []
    for name, value in declarations:
        if not value or value == "0" or _NEGATE_SKIP.search(name):
            out.append((name, value))
            continue
        function = re.match(r"^(calc|clamp|min|max|var)\s*\((.+)\)(.*)$", value)
        if function and not function[3].strip():
            out.append((name, f"calc({function[1]}({function[2]}) * -1)"))
            changed = True
        elif _ANCHORED_NUMBER.match(value):
            out.append((name, _FIRST_NUMBER.sub(lambda m: m[0][1:] if m[0].startswith("-") else f"-{m[0]}", value, 1)))
            changed = True
        else:
            out.append((name, value))
    return out if changed else None


def generate_token(token: str, context: StyleContext, selector_token: str | None = None,
                   depth: int = 0) -> list[UtilityCss] | None:
    """The CSS rules for one token, or None when no rule and no shortcut matches it."""
    found = _generate(token, context, selector_token, depth)
    if found is None and (dashed := dash_variant_form(token)) is not None:
        found = _generate(dashed, context, selector_token or token, depth)
    return found


def _generate(token: str, context: StyleContext, selector_token: str | None, depth: int) -> list[UtilityCss] | None:
    variants, body = split_variants(token)
    if body == "container":
        return _container(token, selector_token or token, variants)
    if body.startswith("i-") and is_icon_class(body):
        return [UtilityCss(token, "." + css_escape(selector_token or token) + variants.suffix,
                           (("width", f"{icon_width(body)}em"), ("height", "1em")), "icons", -1, (),
                           variants.min_width, variants.max_width, variants.scheme, variants.print_only)]
    shortcuts = {**SLIDEV_SHORTCUTS, **dict(context.shortcuts)}
    selector_source = selector_token or token
    if body in shortcuts and depth < 5:
        parts: list[UtilityCss] = []
        for part in expand_variant_groups(shortcuts[body]).split():
            inner = generate_token(_apply_outer(token, body, part), context, selector_source, depth + 1)
            if inner is None:
                return None
            parts.extend(inner)
        return _merge_shortcut(parts)
    matched = _match_body(body, context)
    if matched is None:
        return None
    index, declarations = matched
    if variants.negative:
        negated = _negate(declarations)
        if negated is None:
            # UnoCSS's negative variant makes nothing of zeros (`-mt-0`): known, and no CSS
            return [] if declarations and all(value == "0" for _, value in declarations) else None
        declarations = negated
    if variants.important:
        declarations = [(name, value if value.endswith("!important") else f"{value} !important")
                        for name, value in declarations]
    selector = "." + css_escape(selector_source) + variants.suffix + variants.child
    if variants.scheme:
        selector = f".{variants.scheme} {selector}"
    if variants.prefix:
        selector = variants.prefix + selector
    if _styles_children(body):
        selector += ">:not([hidden])~:not([hidden])"
    return [UtilityCss(token, selector, tuple(declarations), "default", index, (), variants.min_width,
                       variants.max_width, variants.scheme, variants.print_only)]


_ICON_CLASS = re.compile(r"^i-(?:([a-z0-9]+(?:-[a-z0-9]+)*):[a-z0-9]+(?:[-_][a-z0-9]+)*|([a-z0-9]+(?:-[a-z0-9]+)+))(?:\?(?:mask|bg|auto))?$")


def is_icon_class(body: str) -> bool:
    """`i-<set>:<name>` or `i-<set>-<name>` for a set slidepdf knows (bundled)."""
    from ..theme.icons import bundled_set_names

    match = _ICON_CLASS.match(body)
    if not match:
        return False
    known = bundled_set_names()
    if match[1]:
        return match[1] in known
    parts = match[2].split("-")
    return any("-".join(parts[:n]) in known for n in (1, 2, 3) if len(parts) > n)


def icon_width(body: str) -> str:
    """An icon is 1em high and as wide as its aspect ratio says (UnoCSS rounds up to 2 places)."""
    from ..theme.icons import bundled_icon

    icon = bundled_icon(body)
    return icon.width_em if icon is not None else "1"


def _container(token: str, selector_token: str, variants: Variants) -> list[UtilityCss]:
    """wind3's `container`: full width, capped at each breakpoint's width from that breakpoint on."""
    selector = "." + css_escape(selector_token)
    index = r.STATIC_RULES["flex"].index - 1
    rules = [UtilityCss(token, selector, (("width", "100%"),), "shortcuts", index)]
    for point in uno_theme()["breakpoints"].values():
        rules.append(UtilityCss(token, selector, (("max-width", point),), "shortcuts", index,
                                min_width=float(point.rstrip("px"))))
    return rules


def _merge_shortcut(parts: list[UtilityCss]) -> list[UtilityCss]:
    """A shortcut's parts that share a selector and conditions become one rule, their
    declarations in rule order, as UnoCSS merges them."""
    groups: dict[tuple, list[UtilityCss]] = {}
    for part in parts:
        key = (part.selector, part.min_width, part.max_width, part.scheme, part.print_only)
        groups.setdefault(key, []).append(part)
    merged = []
    for group in groups.values():
        group = sorted(group, key=lambda u: u.index)
        declarations = tuple(d for u in group for d in u.declarations)
        first = group[0]
        merged.append(UtilityCss(first.token, first.selector, declarations, "shortcuts", first.index, first.media,
                                 first.min_width, first.max_width, first.scheme, first.print_only))
    return merged


def _styles_children(body: str) -> bool:
    """`space-*` and `divide-*` put their margins and borders on the children, between them."""
    if re.match(r"^(space|divide)-(?:[xy]|block|inline)(?:-|$)", body):
        return not body.endswith("reverse")
    return body.startswith("divide-") and not re.match(r"^divide-(?:op|[xy]|block|inline)", body)


def _apply_outer(token: str, body: str, part: str) -> str:
    """A shortcut's part keeps the variants written on the shortcut (`md:abs-tl` → `md:absolute` …)."""
    outer = token[: len(token) - len(body)] if token.endswith(body) else ""
    return outer + part


def expand_variant_groups(text: str) -> str:
    """`hover:(a b)` → `hover:a hover:b`; `text-(red sm)` → `text-red text-sm`; `~` is the prefix itself."""
    pattern = re.compile(r"((?:[!@<~\w+:_/-]|\[&?>?:?\S*\])+?)([:-])\(((?:[~!<>\w\s:/\\,%#.$?-]|\[.*?\])+?)\)(?!\s*?=>)")
    for _ in range(5):
        changed = False

        def expand(match: re.Match) -> str:
            nonlocal changed
            changed = True
            prefix, separator, inner = match[1], match[2], match[3]
            parts = []
            for item in inner.split():
                if item == "~":
                    parts.append(prefix)
                else:
                    important = item.startswith("!")
                    item = item[1:] if important else item
                    parts.append(("!" if important else "") + prefix + separator + item)
            return " ".join(parts)

        text = pattern.sub(expand, text)
        if not changed:
            break
    return text


def applies_in_print(rule: UtilityCss, context: StyleContext) -> bool:
    """Variants resolved for one fixed-size page: scheme, breakpoints against the canvas width."""
    if rule.scheme and (rule.scheme == "dark") != context.dark:
        return False
    if rule.min_width is not None and context.canvas_width < rule.min_width:
        return False
    if rule.max_width is not None and context.canvas_width > rule.max_width:
        return False
    return True
