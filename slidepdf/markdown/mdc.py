"""mdc: Slidev's `mdc: true` (or `comark: true`) Markdown, as markdown-it-mdc reads it.

Attributes after an inline element (`![](a.png){.w-30}`, `**x**{.red}`), spans
(`[text]{.yellow}`), inline components (`:badge[New]{type="info"}`) and block components
(`::callout{kind="warn"}` … `::`), each a markdown-it rule; the template stage draws the
components as it draws any other.
"""
from __future__ import annotations

import html
import re

_MDC_ATTRS = re.compile(r"^\{([^{}\n]*)\}")
_MDC_SPAN = re.compile(r"\[([^\[\]\n]*)\]\{([^{}\n]*)\}")
_MDC_PART = re.compile(r"""([.#])([\w\-:/\[\]%!]+)|([\w\-:]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?""")
# Inline elements an MDC `{…}` right after them applies to: the element itself or its opening token.
_MDC_TARGETS = {"image": "image", "code_inline": "code_inline", "link_close": "link_open",
                "strong_close": "strong_open", "em_close": "em_open", "s_close": "s_open"}


def parse_mdc_attributes(text: str) -> list[tuple[str, str]]:
    """`.a.b #id key=value flag` → [("class", "a"), ("class", "b"), ("id", "id"), ("key", "value"), ("flag", "")]."""
    found = []
    for match in _MDC_PART.finditer(text):
        if match[1] == ".":
            found.append(("class", match[2]))
        elif match[1] == "#":
            found.append(("id", match[2]))
        elif match[3]:
            value = next((g for g in match.groups()[3:] if g is not None), "")
            found.append((match[3], value))
    return found


def _set_attributes(token, pairs: list[tuple[str, str]]) -> None:
    for name, value in pairs:
        if name == "class":
            token.attrJoin("class", value) if token.attrGet("class") else token.attrSet("class", value)
        else:
            token.attrSet(name, value)


_MDC_BLOCK_OPEN = re.compile(r"^(:{2,})([A-Za-z][\w-]*)(?:\{([^{}]*)\})?\s*$")
_MDC_INLINE = re.compile(r"(?<![\w:/\\]):([A-Za-z][\w-]*)(?:\[([^\[\]\n]*)\])?\{([^{}\n]*)\}")


def _component_tag(name: str, attributes: str, inner: str | None) -> str:
    attrs = "".join(f' {key}="{html.escape(value, quote=True)}"' if value else f" {key}"
                    for key, value in parse_mdc_attributes(attributes))
    return f"<{name}{attrs}>{html.escape(inner)}</{name}>" if inner is not None else f"<{name}{attrs} />"


def mdc_block_component(state, start: int, end: int, silent: bool) -> bool:
    """MDC block components: `::name{prop="x"}` … `::` become `<name prop="x">…</name>`, the
    lines between them Markdown (nested with more colons); Slidev's `::slot::` markers are not these."""
    first = state.bMarks[start] + state.tShift[start]
    line = state.src[first:state.eMarks[start]]
    opening = _MDC_BLOCK_OPEN.match(line)
    if not opening or state.sCount[start] - state.blkIndent >= 4:
        return False
    if silent:
        return True
    colons, closing = opening[1], start + 1
    while closing < end:
        text = state.src[state.bMarks[closing] + state.tShift[closing]:state.eMarks[closing]].strip()
        if text == colons:
            break
        closing += 1
    token = state.push("html_block", "", 0)
    token.content = _component_tag(opening[2], opening[3] or "", None).replace(" />", ">") + "\n\n"
    token.map = [start, start + 1]
    old_parent, old_limit = state.parentType, state.lineMax
    state.parentType, state.lineMax = "mdc", closing
    state.md.block.tokenize(state, start + 1, closing)
    state.parentType, state.lineMax = old_parent, old_limit
    token = state.push("html_block", "", 0)
    token.content = f"\n</{opening[2]}>\n"
    state.line = min(closing + 1, end)
    return True


def split_text(content: str, pattern: re.Pattern, made) -> list:
    """Text tokens for `content`, with each match of `pattern` replaced by the tokens `made(match)`
    gives (one rule for MDC components and spans, and for `==mark==`)."""
    from markdown_it.token import Token

    def text(value: str):
        token = Token("text", "", 0)
        token.content = value
        return token

    out, position = [], 0
    for found in pattern.finditer(content):
        if found.start() > position:
            out.append(text(content[position:found.start()]))
        out.extend(made(found, text))
        position = found.end()
    if position < len(content):
        out.append(text(content[position:]))
    return out


def mdc_components(state) -> None:
    """MDC inline components, `:badge[New]{type="info"}` → `<badge type="info">New</badge>`, for
    the template stage to draw (a name alone, `:smile:`, stays text: emoji shortcodes look so)."""
    from markdown_it.token import Token

    def component(found, text):
        token = Token("html_inline", "", 0)
        token.content = _component_tag(found[1], found[3], found[2])
        return [token]

    for block in state.tokens:
        if block.type == "inline" and block.children:
            block.children = [part for token in block.children for part in (
                split_text(token.content, _MDC_INLINE, component) if token.type == "text" else [token])]


def mdc_attributes(state) -> None:
    """MDC inline attributes (`![](a.png){.w-30}`, `**x**{.red}`, `[text]{.yellow}` spans)."""
    from markdown_it.token import Token

    def span(found, text):
        opening = Token("span_open", "span", 1)
        _set_attributes(opening, parse_mdc_attributes(found[2]))
        return [opening, text(found[1]), Token("span_close", "span", -1)]

    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        children = block.children
        out = []
        for index, token in enumerate(children):
            if token.type == "text" and out:
                previous = out[-1]
                match = _MDC_ATTRS.match(token.content)
                target_type = _MDC_TARGETS.get(previous.type)
                if match and target_type:
                    target = previous if target_type == previous.type else next(
                        (t for t in reversed(out) if t.type == target_type), None)
                    if target is not None:
                        _set_attributes(target, parse_mdc_attributes(match[1]))
                        token.content = token.content[match.end():]
            if token.type == "text" and _MDC_SPAN.search(token.content):
                out.extend(split_text(token.content, _MDC_SPAN, span))
                continue
            out.append(token)
        block.children = out
