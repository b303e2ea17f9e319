"""mdc: Slidev's `mdc: true` (or `comark: true`) Markdown, as markdown-it-mdc reads it.

Attributes after an inline element (`![](a.png){.w-30}`, `**x**{.red}`), spans
(`[text]{.yellow}`), inline components (`:badge[New]{type="info"}`) and block components
(`::callout{kind="warn"}` … `::`), each a markdown-it rule; the template stage draws the
components as it draws any other.
"""
from __future__ import annotations

import html
import re

_MDC_SPAN = re.compile(r"\[([^\[\]\n]*)\]\{([^{}\n]*)\}")
_MDC_PROPS = re.compile(r"\{([^{}\n]*)\}")
_MDC_PART = re.compile(r"""([.#])([\w\-:/\[\]%!]+)|([\w\-:]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?""")


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


def _props_in_text(content: str) -> list[tuple[int, int, str]]:
    """Where `{…}` props sit in a run of text: (start, end, inside), not `{{ }}` or `${ }`."""
    found = []
    for match in _MDC_PROPS.finditer(content):
        before = content[match.start() - 1] if match.start() else ""
        if before in ("{", "$") or content[match.end():match.end() + 1] == "}":
            continue
        found.append((match.start(), match.end(), match[1]))
    return found


def _text_token(value: str):
    from markdown_it.token import Token

    token = Token("text", "", 0)
    token.content = value
    return token


def _with_props_split_out(children: list) -> list:
    """The inline tokens with each `{…}` in their text made a token of its own, as
    markdown-it-mdc's inline rule makes one (`mdc_inline_props`, its parsed props in `meta`)."""
    from markdown_it.token import Token

    split = []
    for token in children:
        places = _props_in_text(token.content) if token.type == "text" else []
        if not places:
            split.append(token)
            continue
        position = 0
        for start, end, inside in places:
            if start > position:
                split.append(_text_token(token.content[position:start]))
            props = Token("mdc_inline_props", "", 0)
            props.meta = {"props": parse_mdc_attributes(inside), "source": token.content[start:end]}
            split.append(props)
            position = end
        if position < len(token.content):
            split.append(_text_token(token.content[position:]))
    return split


def _props_applied(split: list) -> list:
    """Each props token given to what stands before it (whitespace skipped): plain text is wrapped
    in a span that takes them, a closing token's opening takes them, any other element itself."""
    from markdown_it.token import Token

    out = []
    for token in split:
        if token.type != "mdc_inline_props":
            out.append(token)
            continue
        at = len(out) - 1
        while at >= 0 and out[at].type == "text" and not out[at].content.strip():
            at -= 1
        if at < 0:                                   # nothing before it to take the props
            out.append(_text_token(token.meta["source"]))
            continue
        previous = out[at]
        if previous.type == "text":
            opening = Token("span_open", "span", 1)
            _set_attributes(opening, token.meta["props"])
            out[at:at + 1] = [opening, previous, Token("span_close", "span", -1)]
        elif previous.nesting == -1:
            target = _opening_of(out, at)
            if target is not None:
                _set_attributes(target, token.meta["props"])
        else:
            _set_attributes(previous, token.meta["props"])
    return out


def _opening_of(tokens: list, closing: int):
    """The opening token that the closing token at `closing` ends, else None."""
    tag, depth = tokens[closing].tag, 0
    for candidate in reversed(tokens[:closing]):
        if candidate.tag == tag and candidate.nesting == -1:
            depth += 1
        elif candidate.tag == tag and candidate.nesting == 1:
            if depth == 0:
                return candidate
            depth -= 1
    return None


def mdc_attributes(state) -> None:
    """MDC inline props, as markdown-it-mdc applies them: `{…}` after an element goes on it (an
    image, inline code, the opening of `**x**` or a link), after plain text it wraps that text in
    a span, and a heading, paragraph or list item that is text and props alone takes them itself
    (`### Previous Episode{.op50}`); `[text]{.yellow}` is a span."""
    from markdown_it.token import Token

    def span(found, text):
        opening = Token("span_open", "span", 1)
        _set_attributes(opening, parse_mdc_attributes(found[2]))
        return [opening, text(found[1]), Token("span_close", "span", -1)]

    for index, block in enumerate(state.tokens):
        if block.type != "inline" or not block.children:
            continue
        parts = []
        for token in block.children:
            if token.type == "text" and _MDC_SPAN.search(token.content):
                parts.extend(split_text(token.content, _MDC_SPAN, span))
            else:
                parts.append(token)
        split = _with_props_split_out(parts)
        owner = _props_block_owner(state.tokens, index)
        if owner is not None and len(split) == 2 and split[0].type == "text" and split[1].type == "mdc_inline_props":
            _set_attributes(owner, split[1].meta["props"])
            block.children = [split[0]]
        else:
            block.children = _props_applied(split)


def _props_block_owner(tokens, index: int):
    """The heading, paragraph or list item whose text an inline token is (a tight list's hidden
    paragraph passes it on to its item), else None."""
    before = tokens[index - 1] if index else None
    if before is not None and before.type == "paragraph_open" and before.hidden:
        before = tokens[index - 2] if index > 1 else None
        return before if before is not None and before.type == "list_item_open" else None
    if before is not None and before.type in ("heading_open", "paragraph_open", "list_item_open"):
        return before
    return None
