"""deckcss: a deck's own CSS, made ready for WeasyPrint.

Sources, as Slidev's conditional styles import them from the deck's root: `styles/index.{ts,
js,css}`, `styles.{ts,js,css}`, `style.{ts,js,css}` (a .ts/.js file counts for the CSS files it
imports), and each slide's `<style>` blocks, which Slidev makes `scoped` to their slide.

Each sheet goes through the same utility generator: `@apply a b` (and `--at-apply: a b`) is
replaced by the utilities' declarations; CSS nesting (PostCSS nested, as Vite gives Slidev)
is flattened; slide styles get the slide's page class in front of every selector; `url()`
is resolved through the access policy relative to the sheet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import tinycss2

from ..assets import resolve_css_urls
from ..errors import SlidepdfError, SourceLocation, WarningLog
from ..policy import AccessPolicy
from ..textutil import split_top_level
from .gradients import TEXT_GRADIENT, dominant_color, first_gradient
from .generate import StyleContext, applies_in_print, expand_variant_groups, generate_token
from .printcss import NOTICEABLE, rewrite

_ENTRY_NAMES = ("styles/index.ts", "styles/index.js", "styles/index.css", "styles.ts", "styles.js", "styles.css",
                "style.ts", "style.js", "style.css")
_JS_IMPORT = re.compile(r"""^\s*import\s+(?:[^'"]*from\s+)?['"]([^'"]+\.css)['"]""", re.M)


@dataclass
class PreparedCss:
    """CSS after @apply, nesting and scoping, with the tokens @apply could not find."""

    css: str
    unknown: list[str] = field(default_factory=list)
    unsupported: dict[str, list[str]] = field(default_factory=dict)
    dropped: dict[str, None] = field(default_factory=dict)   # properties of the CSS itself left out
    variables: dict[str, str] = field(default_factory=dict)  # custom properties of the document's root


def deck_stylesheets(folder: Path, policy: AccessPolicy, warnings: WarningLog) -> list[tuple[Path, str]]:
    """The deck's global CSS files, in Slidev's order, each read once."""
    sheets: list[tuple[Path, str]] = []
    seen: set[Path] = set()

    def add(path: Path, origin: SourceLocation | None) -> None:
        real = path.resolve()
        if real in seen:
            return
        seen.add(real)
        try:
            text = policy.read_text(path, origin)
        except SlidepdfError as exc:
            warnings.add("deck-css", str(exc), origin)
            return
        if path.suffix in (".ts", ".js"):
            for match in _JS_IMPORT.finditer(text):
                if match[1].startswith("."):
                    add(path.parent / match[1], SourceLocation(path, text.count("\n", 0, match.start()) + 1))
            return
        sheets.append((path, text))

    for name in _ENTRY_NAMES:
        candidate = folder / name
        if candidate.is_file():
            add(candidate, None)
    return sheets


_ROOT_SELECTOR = re.compile(r"^\s*(?::root|html)(?P<dark>\.dark|\[data-theme=['\"]?dark['\"]?\])?\s*$")


def root_variables(text: str, dark: bool) -> dict[str, str]:
    """The custom properties `:root` / `html` (and, in dark mode, `html.dark`) set, in order:
    what `var(--x)` means where the rules that use them need a literal value."""
    found: dict[str, str] = {}
    for rule in tinycss2.parse_stylesheet(text, skip_comments=True, skip_whitespace=True):
        if rule.type != "qualified-rule":
            continue
        matches = [_ROOT_SELECTOR.match(s) for s in tinycss2.serialize(rule.prelude).split(",")]
        if not any(m and (dark or not m["dark"]) for m in matches):
            continue
        for item in tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True):
            if item.type == "declaration" and item.name.startswith("--"):
                found[item.name] = tinycss2.serialize(item.value).strip()
    return found


def prepare_css(text: str, context: StyleContext, scope: str | None = None,
                variables: dict[str, str] | None = None) -> PreparedCss:
    """@apply expanded, nesting flattened, selectors scoped (when `scope` is given); `variables`
    are the root's custom properties (else those this text sets)."""
    result = PreparedCss("", variables=variables if variables is not None else root_variables(text, context.dark))
    rules = tinycss2.parse_stylesheet(text, skip_comments=True, skip_whitespace=True)
    out: list[str] = []
    for rule in rules:
        out.extend(_rule(rule, [scope] if scope else None, context, result))
    result.css = "\n".join(out)
    return result


_SCREEN_ONLY = re.compile(r"::?(?:-(?:moz|webkit|ms)-[\w-]+|selection|backdrop|placeholder)\b", re.I)


def _rule(rule, parents: list[str] | None, context: StyleContext, result: PreparedCss) -> list[str]:
    if rule.type == "at-rule":
        name = rule.lower_at_keyword
        if rule.content is None:
            return [tinycss2.serialize([rule])]
        if name.endswith("keyframes"):
            return []                                   # animations: nothing to print
        if name in ("media", "supports", "layer", "container"):
            inner: list[str] = []
            for item in tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True):
                if item.type == "declaration" and parents:
                    inner.append(f"{', '.join(parents)}{{{';'.join(_printable(item, result))}}}")
                elif item.type in ("qualified-rule", "at-rule"):
                    inner.extend(_rule(item, parents, context, result))
            return [f"@{rule.at_keyword} {tinycss2.serialize(rule.prelude).strip()}{{{''.join(inner)}}}"]
        return [tinycss2.serialize([rule])]          # @font-face, @keyframes, @page …: as written
    if rule.type != "qualified-rule":
        return []
    # what exists only on a screen (a selection, scrollbars, vendor pseudo-elements) has no page
    selectors = [paragraph_selector(s) for s in _selectors(tinycss2.serialize(rule.prelude), parents)
                 if not _SCREEN_ONLY.search(s)]
    if not selectors:
        return []
    declarations: list[str] = []
    nested: list[str] = []
    items = _gradient_text(tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True),
                           result.variables)
    for item in items:
        if item.type == "declaration":
            if item.lower_name in ("--at-apply", "--uno-apply", "--uno"):
                declarations.extend(_apply(tinycss2.serialize(item.value).replace("/**/", ""), context, result))
            else:
                declarations.extend(_printable(item, result))
        elif item.type == "at-rule" and item.lower_at_keyword == "apply":
            # serialize() puts /**/ between tokens that would otherwise merge (`mx--0` `.5`)
            declarations.extend(_apply(tinycss2.serialize(item.prelude).replace("/**/", ""), context, result))
        elif item.type in ("qualified-rule", "at-rule"):
            nested.extend(_rule(item, selectors, context, result))
    out = [f"{', '.join(selectors)}{{{';'.join(declarations)}}}"] if declarations else []
    return out + nested


_CLIPS = ("background-clip", "-webkit-background-clip")
_VAR = re.compile(r"var\(\s*(--[\w-]+)\s*(?:,\s*([^)]*))?\)")
_TEXT_FILLS = ("-webkit-text-fill-color", "-moz-text-fill-color", "text-fill-color")


def _gradient_text(items: list, variables: dict[str, str]) -> list:
    """Gradient text (`background-clip: text` over a gradient, given or through a root custom
    property) becomes text in the colour covering most of the gradient, and a plain background
    colour clipped to the text becomes the text's colour: WeasyPrint would paint the box and
    hide the text."""
    declarations = [i for i in items if i.type == "declaration"]
    if not any(d.lower_name in _CLIPS and tinycss2.serialize(d.value).strip() == "text" for d in declarations):
        return items + _gradient_text_ended(declarations)

    def literal(value: str) -> str:
        return _VAR.sub(lambda m: variables.get(m[1], m[2] or m[0]), value)

    def text_color(value: str) -> str | None:
        if "gradient(" in literal(value):
            return dominant_color(literal(value))
        # a plain colour clipped to the text is the text's colour (a var() is left to the cascade)
        return value if value and "url(" not in value and value not in ("none", "transparent") else None

    painted = [tinycss2.serialize(d.value).strip() for d in declarations
               if d.lower_name in ("background", "background-image", "background-color")]
    # the gradient is painted over a background colour: it is what shows through the text
    gradient = next((literal(value) for value in painted if "gradient(" in literal(value)), None)
    color = (dominant_color(gradient) if gradient else None) or next((text_color(value) for value in painted), None)
    kept = [i for i in items if i.type != "declaration" or (
        i.lower_name not in (*_CLIPS, *_TEXT_FILLS)
        and not (color and i.lower_name in ("background", "background-image", "background-color")))]
    if color:
        through = first_gradient(gradient) if gradient else None
        painted_through = f"; {TEXT_GRADIENT}: {through}" if through else ""
        kept += tinycss2.parse_blocks_contents(f"color: {color}; background: none{painted_through}")
    return kept


def _gradient_text_ended(declarations: list) -> list:
    """A rule that paints its text or background otherwise (`-webkit-text-fill-color: white`,
    `background: none`, another clip) ends a gradient its element would show through its text;
    a fill colour is the text's colour."""
    ended, fill = False, None
    for declaration in declarations:
        value = tinycss2.serialize(declaration.value).strip()
        if declaration.lower_name in _TEXT_FILLS and value.lower() not in ("transparent", "inherit", "unset"):
            ended, fill = True, value
        elif declaration.lower_name in _CLIPS or (
                declaration.lower_name in ("background", "background-image") and "gradient(" not in value):
            ended = True
    if not ended:
        return []
    return tinycss2.parse_blocks_contents(f"{TEXT_GRADIENT}: none" + (f"; color: {fill}" if fill else ""))


def _printable(item, result: PreparedCss) -> list[str]:
    """A declaration of the deck's CSS through the same print rewrites as utilities: what
    a PDF cannot draw is left out (and reported once), `fixed` becomes `absolute` …"""
    name = item.name if item.name.startswith("--") else item.lower_name
    kept, dropped = rewrite([(name, tinycss2.serialize(item.value).strip())])
    for prop in dropped:
        if NOTICEABLE.match(prop):
            result.dropped.setdefault(prop, None)
    return [f"{prop}:{value}{' !important' if item.important else ''}" for prop, value in kept]


# A paragraph that holds block markup is printed as <slidepdf-p> (`render.layout.keep_paragraph_nesting`:
# an HTML parser would close a <p> before the block); a sheet's `p` selects it too, at a type's specificity.
_PARAGRAPH_TYPE = re.compile(r"(?<![\w\-.#:@\\])p(?![\w-])")
_SELECTOR_LITERAL = re.compile(r"""\[[^\]]*\]|"[^"]*"|'[^']*'""")


def paragraph_selector(selector: str) -> str:
    """`.slidev-layout p + h2` → `.slidev-layout :is(p, slidepdf-p) + h2` (attribute values and
    strings left as they are)."""
    if "p" not in selector:
        return selector
    out, position = [], 0
    for literal in _SELECTOR_LITERAL.finditer(selector):
        out.append(_PARAGRAPH_TYPE.sub(":is(p, slidepdf-p)", selector[position:literal.start()]))
        out.append(literal.group(0))
        position = literal.end()
    out.append(_PARAGRAPH_TYPE.sub(":is(p, slidepdf-p)", selector[position:]))
    return "".join(out)


def _selectors(prelude: str, parents: list[str] | None) -> list[str]:
    own = [s.strip() for s in split_top_level(prelude, ",", "([", ")]") if s.strip()]
    if not parents:
        return own
    combined = []
    for parent in parents:
        for selector in own:
            if "&" in selector:
                combined.append(selector.replace("&", parent))
            elif parent.startswith(".slidev-page-") and parent == parents[0] and len(parents) == 1 and \
                    re.match(r"^(?:html|body|:root)\b", selector):
                combined.append(selector)            # a slide's style cannot scope the document
            else:
                combined.append(f"{parent} {selector}")
    return combined


def scope_to_attribute(text: str, attribute: str) -> str:
    """Vue's `<style scoped>`: every selector's last compound also requires `[attribute]`
    (`.a .b:hover` → `.a .b[data-v-x]:hover`); `:deep(x)` escapes it as in Vue."""
    out = []
    for rule in tinycss2.parse_stylesheet(text, skip_comments=True, skip_whitespace=True):
        if rule.type == "qualified-rule":
            selectors = split_top_level(tinycss2.serialize(rule.prelude), ",", "([", ")]")
            scoped = ", ".join(_scope_selector(s.strip(), attribute) for s in selectors if s.strip())
            out.append(f"{scoped}{{{tinycss2.serialize(rule.content)}}}")
        elif rule.type == "at-rule" and rule.content is not None and rule.lower_at_keyword in ("media", "supports"):
            inner = scope_to_attribute(tinycss2.serialize(rule.content), attribute)
            out.append(f"@{rule.at_keyword} {tinycss2.serialize(rule.prelude).strip()}{{{inner}}}")
        else:
            out.append(tinycss2.serialize([rule]))
    return "\n".join(out)


def _scope_selector(selector: str, attribute: str) -> str:
    deep = re.search(r":deep\((.*)\)", selector)
    if deep:
        before = selector[:deep.start()].rstrip()
        return f"{_scope_selector(before, attribute) if before else f'[{attribute}]'} {deep[1]}"
    # the last compound starts after the last top-level combinator
    depth, start = 0, 0
    for index, char in enumerate(selector):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif depth == 0 and char in " >+~":
            start = index + 1
    compound = selector[start:]
    depth, cut = 0, len(compound)
    for index, char in enumerate(compound):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif depth == 0 and char == ":" and index > 0:
            cut = index
            break
    return f"{selector[:start]}{compound[:cut]}[{attribute}]{compound[cut:]}"


def _apply(tokens_text: str, context: StyleContext, result: PreparedCss) -> list[str]:
    """`@apply a b c` → the declarations of those utilities (variant-free ones, as UnoCSS's
    transformerDirectives inlines them)."""
    declarations: list[str] = []
    for token in expand_variant_groups(tokens_text.strip().strip(";").strip("'\"")).split():
        rules = generate_token(token, context)
        if rules is None:
            result.unknown.append(token)
            continue
        for rule in rules:
            if not applies_in_print(rule, context):
                continue
            kept, dropped = rewrite(rule.declarations)
            noticed = [name for name in dropped if NOTICEABLE.match(name)]
            if noticed:
                known = result.unsupported.setdefault(token, [])
                known.extend(name for name in noticed if name not in known)
            declarations.extend(f"{name}:{value}" for name, value in kept)
    return declarations


def deck_css(folder: Path, sheets: list[tuple[Path, str]], context: StyleContext, policy: AccessPolicy,
             warnings: WarningLog) -> str:
    """All global deck sheets prepared and joined, url()s resolved relative to each sheet."""
    out = []
    variables: dict[str, str] = {}
    for _, text in sheets:                  # a sheet may use what another sets on the root
        variables.update(root_variables(text, context.dark))
    for path, text in sheets:
        prepared = prepare_css(text, context, variables=variables)
        report(prepared, SourceLocation(path), warnings)
        out.append(f"/* {path.name} */\n" + resolve_css_urls(prepared.css, path.parent, policy, warnings,
                                                             SourceLocation(path)))
    return "\n".join(out)


def report(prepared: PreparedCss, where: SourceLocation, warnings: WarningLog) -> None:
    if prepared.dropped:
        warnings.add("css", f"{', '.join(prepared.dropped)} cannot be drawn in the PDF; left out", where)
    for token in prepared.unknown:
        warnings.add("css", f"@apply {token}: no such utility", where)
    for token, dropped in prepared.unsupported.items():
        warnings.add("css", f"@apply {token}: {', '.join(dropped)} cannot be drawn in the PDF; left out", where)
