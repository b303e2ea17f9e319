"""markdown: a slide's Markdown → HTML fragments, one per layout slot.

markdown-it-py configured as Slidev configures markdown-exit (HTML on, XHTML-style void
tags, linkify, tables, strikethrough). HTML blocks pass through untouched: the result is
Vue template markup that `template.parse_template` reads. Code is marked `v-pre` so later
stages never evaluate `{{ }}` inside it, as Slidev's escape-inline-code rule does.
"""
from __future__ import annotations

import json
import re

from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.subscript import sub_plugin
from mdit_py_plugins.superscript import superscript_plugin
from markdown_it.common.utils import escapeHtml

from .highlight import highlight_lines
from .mdc import mdc_attributes, mdc_block_component, mdc_components, split_text
from .diagrams import diagram_block
from .mathtex import display_rows

_SLOT_MARKER = re.compile(r"^::\s*([\w.\-:]+)\s*::\s*$")
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
# Slidev's code-block info grammar: lang, words, [title], {highlight|stages}, {options}, rest.
_INFO = re.compile(r"""
    ^(?P<lang>[\w'-]+)?
    (?:[ \t]*|[ \t][ \w\t'-]*)
    (?:\[(?P<title>[^\]]*)\])?[ \t]*
    (?:\{(?P<ranges>[\w,|\-*]+)\})?[ \t]*
    (?P<options>\{[^}]*\})?
    (?P<rest>.*)$""", re.X)
_MONACO = re.compile(r"^([\w'-]+)?\s*\{(monaco[\w-]*)\}\s*(\{[^}]*\})?(.*)$")
_MAGIC_MOVE = re.compile(r"^(?:md|markdown) magic-move\s*(?:\[([^\]]*)\])?\s*(\{[^}]*\})?")
# A step of a magic-move block: ```lang [title] {stages} {options}, its code, ```.
_MAGIC_STEP = re.compile(r"""
    ^```(?P<lang>[\w'-]+)?(?:[ \t]*|[ \t][ \w\t'-]*)(?:\[[^\]]*\])?[ \t]*
    (?:\{(?P<ranges>[\w*,|-]+)\}[ \t]*(?P<options>\{[^}]*\})?[^\r\n]*)?\r?\n
    (?P<code>(?:(?!^```)[\s\S])*?)^```$""", re.X | re.M)
_DIAGRAM = re.compile(r"^(mermaid|plantuml)\s*(\{.*\})?\s*$")
_MATH_OPEN = re.compile(r"^\$\$\s*(?:\{(?P<ranges>[\w*,|-]+)\}\s*(?P<options>\{[^}]*\})?)?\s*$")


def make_markdown(mdc: bool = False, plugins: tuple[str, ...] = ()) -> MarkdownIt:
    """`mdc`: Slidev's `mdc: true` / `comark: true` headmatter, MDC attribute syntax on;
    `plugins`: the extensions a Vite config adds (`mark`, `sub`, `sup`)."""
    # Slidev's options over unplugin-vue-markdown's defaults: typographer on (it's → it’s, -- → –,
    # ... → …) with straight quote pairs, and only links that name their scheme (no fuzzy links).
    md = MarkdownIt("default", {"html": True, "xhtmlOut": True, "linkify": True,
                                "typographer": True, "quotes": "\"\"''"})
    md.linkify.set({"fuzzy_link": False})
    md.use(footnote_plugin)             # `[^1]`, as Slidev's markdown-it-footnote
    if "sub" in plugins:
        md.use(sub_plugin)
    if "sup" in plugins:
        md.use(superscript_plugin)
    if "mark" in plugins:
        md.core.ruler.after("inline", "mark", _mark)
    md.core.ruler.push("source_lines", _source_lines)
    if mdc:
        md.core.ruler.after("inline", "mdc_attributes", mdc_attributes)
        md.core.ruler.before("mdc_attributes", "mdc_components", mdc_components)
        md.block.ruler.before("fence", "mdc_block_component", mdc_block_component,
                              {"alt": ["paragraph", "reference", "blockquote", "list"]})
    md.add_render_rule("fence", _render_fence)
    md.add_render_rule("code_block", _render_fence)
    md.add_render_rule("code_inline", _render_code_inline)
    md.block.ruler.before("fence", "math_block", _math_block, {"alt": ["paragraph", "reference", "blockquote", "list"]})
    md.add_render_rule("math_block", _render_math_block)
    md.inline.ruler.after("escape", "math_inline", _math_inline)
    md.add_render_rule("math_inline", _render_math_inline)
    return md


_MARKED = re.compile(r"==(?=\S)(.+?)(?<=\S)==")


def _mark(state) -> None:
    """markdown-it-mark's `==text==` → `<mark>`, within one run of text (no Python port of the
    plugin exists; emphasis inside the marks is not parsed)."""
    from markdown_it.token import Token

    def marked(found, text):
        return [Token("mark_open", "mark", 1), text(found[1]), Token("mark_close", "mark", -1)]

    for token in state.tokens:
        if token.type == "inline" and token.children:
            token.children = [part for child in token.children for part in (
                split_text(child.content, _MARKED, marked) if child.type == "text" and "==" in child.content
                else [child])]


SOURCE_LINE = "data-source-line"          # an image's line in the slide's content, from 0
_IMG_TAG = re.compile(r"<img\b", re.I)


def _source_lines(state) -> None:
    """Each image (Markdown `![]()` or an `<img>` tag) notes the line of the slide it is written
    on, so that what goes wrong with it is reported there; removed before the page is written."""
    first = int(state.env.get("first_line", 0)) if isinstance(state.env, dict) else 0

    def tagged(html_text: str, line: int) -> str:
        out, last = [], 0
        for found in _IMG_TAG.finditer(html_text):
            out.append(html_text[last:found.end()])
            out.append(f' {SOURCE_LINE}="{first + line + html_text.count(chr(10), 0, found.start())}"')
            last = found.end()
        return "".join(out) + html_text[last:]

    for token in state.tokens:
        if token.map is None:
            continue
        if token.type == "html_block" and "<img" in token.content.lower():
            token.content = tagged(token.content, token.map[0])
        elif token.type == "inline" and token.children:
            line = token.map[0]
            for child in token.children:
                if child.type in ("softbreak", "hardbreak"):
                    line += 1
                elif child.type == "image":
                    child.attrSet(SOURCE_LINE, str(first + line))
                elif child.type == "html_inline" and child.content.lower().startswith("<img"):
                    child.content = tagged(child.content, line)
                elif child.type == "text" and "\n" in child.content:
                    line += child.content.count("\n")


def _code_lines(code: str, lang: str = "") -> str:
    """One `span.line` per source line (the click stage dims lines), tokens coloured."""
    return "\n".join(f'<span class="line">{line}</span>' for line in highlight_lines(code, lang))


def _ranges(text: str | None) -> list[str]:
    return [r.strip() for r in text.split("|")] if text and text.strip() else []


def _math_block(state, start_line: int, end_line: int, silent: bool) -> bool:
    """`$$ {1|3|all}` … `$$`: a display-math block, with Slidev's optional line stages."""
    begin = state.bMarks[start_line] + state.tShift[start_line]
    first = state.src[begin:state.eMarks[start_line]]
    if state.sCount[start_line] - state.blkIndent >= 4 or not first.startswith("$$"):
        return False
    opening = _MATH_OPEN.match(first)
    one_line = not opening and first.rstrip().endswith("$$") and len(first.strip()) > 4
    if not opening and not one_line:
        return False
    if silent:
        return True
    if one_line:
        body, next_line = [first.strip()[2:-2]], start_line + 1
    else:
        body, next_line = [], start_line + 1
        while next_line < end_line:
            text = state.src[state.bMarks[next_line] + state.tShift[next_line]:state.eMarks[next_line]]
            if text.rstrip().endswith("$$"):
                body.append(text.rstrip()[:-2])
                next_line += 1
                break
            body.append(text)
            next_line += 1
    token = state.push("math_block", "div", 0)
    token.block = True
    token.content = "\n".join(line for line in body if line.strip())
    token.info = first[2:].strip() if opening else ""
    token.map = [start_line, next_line]
    state.line = next_line
    return True


def _render_math_block(self, tokens, idx, options, env) -> str:
    """Slidev's KaTexBlockWrapper markup: one `.line` per equation row (what its line stages
    count), each `&` cell a formula placeholder that the math stage typesets."""
    token = tokens[idx]
    opening = _MATH_OPEN.match("$$ " + token.info) if token.info else None
    ranges = _ranges(opening["ranges"]) if opening else []
    attrs = ['class="slidev-katex-wrapper"', f":ranges='{json.dumps(ranges)}'"]
    if opening and opening["options"]:
        attrs.append(f'v-bind="{escapeHtml(opening["options"])}"')
    rows = "".join(
        '<div class="line slidepdf-math-row">'
        + "".join(f'<span class="slidepdf-math slidepdf-math-display">{escapeHtml(cell)}</span>' for cell in row)
        + "</div>"
        for row in display_rows(token.content))
    return f'<div {" ".join(attrs)}><div class="katex-display slidepdf-math-block" v-pre>{rows}</div></div>\n'


def _math_inline(state, silent: bool) -> bool:
    """`$…$` as markdown-it-katex reads it: no space after the opening `$`, none before the
    closing one, and no digit right after it (so "$5 and $6" stays text)."""
    src, start = state.src, state.pos
    if src[start] != "$":
        return False
    if not _can_open(src, start):
        if not silent:
            state.pending += "$"
        state.pos += 1
        return True
    match = start + 1
    while (match := src.find("$", match)) != -1:
        escapes = match - 1
        while src[escapes] == "\\":
            escapes -= 1
        if (match - escapes) % 2 == 1:
            break
        match += 1
    if match == -1 or match == start + 1 or not _can_close(src, match):
        if not silent:
            state.pending += "$$" if match == start + 1 else "$"
        state.pos = start + (2 if match == start + 1 else 1)
        return True
    if not silent:
        token = state.push("math_inline", "span", 0)
        token.markup = "$"
        token.content = src[start + 1:match]
    state.pos = match + 1
    return True


def _can_open(src: str, pos: int) -> bool:
    return pos + 1 < len(src) and src[pos + 1] not in " \t"


def _can_close(src: str, pos: int) -> bool:
    after = src[pos + 1] if pos + 1 < len(src) else ""
    return src[pos - 1] not in " \t" and not after.isdigit()


def _render_math_inline(self, tokens, idx, options, env) -> str:
    return f'<span class="slidepdf-math" v-pre>{escapeHtml(tokens[idx].content)}</span>'


def _render_code_inline(self, tokens, idx, options, env) -> str:
    token = tokens[idx]
    return f"<code v-pre{self.renderAttrs(token)}>{escapeHtml(token.content)}</code>"


def _render_fence(self, tokens, idx, options, env) -> str:
    """Slidev's code-block transformers: magic-move, monaco (shown as plain code), and the
    CodeBlockWrapper with its highlight stages as `:ranges` and its `{options}` object bound
    with `v-bind` (evaluated later, like any Vue binding). The code itself is `v-pre`."""
    token = tokens[idx]
    info = token.info.strip() if token.type == "fence" else ""
    code = token.content[:-1] if token.content.endswith("\n") else token.content
    if token.markup == "````" and (magic := _MAGIC_MOVE.match(info)):
        return _render_magic_move(code, magic[1] or "", magic[2])
    if diagram := _DIAGRAM.match(info):
        return diagram_block(diagram[1], diagram[2], code)
    if monaco := _MONACO.match(info):
        return _code_wrapper(monaco[1] or "", "", [], monaco[3], code)
    match = _INFO.match(info)
    lang = (match["lang"] if match else None) or ""
    title = (match["title"] if match else None) or ""
    return _code_wrapper(lang, title, _ranges(match["ranges"] if match else None),
                         match["options"] if match else None, code)


def _code_wrapper(lang: str, title: str, ranges: list[str], bound: str | None, code: str) -> str:
    wrapper = ['class="slidev-code-wrapper"', f":ranges='{json.dumps(ranges)}'"]
    if bound:
        wrapper.append(f'v-bind="{escapeHtml(bound)}"')
    if title:
        wrapper.append(f'data-title="{escapeHtml(title)}"')
    return f'<div {" ".join(wrapper)}>{_code_pre(lang, code)}</div>\n'


def _code_pre(lang: str, code: str, extra: str = "") -> str:
    return (f'<pre class="slidev-code language-{escapeHtml(lang or "text")}"{extra} v-pre>'
            f"<code>{_code_lines(code, lang)}</code></pre>")


def _render_magic_move(body: str, title: str, bound: str | None) -> str:
    """A magic-move block: each inner code block is a step; all steps are kept and the click
    stage shows the one for the current click (Slidev's ShikiMagicMove in print mode)."""
    steps = list(_MAGIC_STEP.finditer(body + ("\n" if not body.endswith("\n") else "")))
    if not steps:
        return _code_wrapper("md", title, [], None, body)
    ranges = [_ranges(step["ranges"]) for step in steps]
    attrs = ['class="slidev-code-wrapper slidev-code-magic-move"', f":step-ranges='{json.dumps(ranges)}'"]
    if bound:
        attrs.append(f'v-bind="{escapeHtml(bound)}"')
    if title:
        attrs.append(f'data-title="{escapeHtml(title)}"')
    pres = "".join(_code_pre(step["lang"] or "", step["code"].rstrip(), f' data-step="{n}"')
                   for n, step in enumerate(steps))
    return f'<div {" ".join(attrs)}>{pres}</div>\n'


def split_slots(content: str) -> list[tuple[str, str]]:
    """Cut slide content at `::name::` lines (outside code fences) into (slot, markdown)."""
    return [(name, text) for name, text, _ in split_slots_at_lines(content)]


def split_slots_at_lines(content: str) -> list[tuple[str, str, int]]:
    """(slot, markdown, the line of the content it starts on, from 0) for each part."""
    parts: list[tuple[str, list[str], int]] = [("default", [], 0)]
    fence: str | None = None
    for number, line in enumerate(content.split("\n")):
        opening = _FENCE.match(line)
        if fence is None and opening:
            fence = opening[1]
        elif fence is not None and line.strip().startswith(fence[0] * len(fence)) and not line.strip().strip(fence[0]):
            fence = None
        elif fence is None and (marker := _SLOT_MARKER.match(line)):
            parts.append((marker[1], [], number + 1))
            continue
        parts[-1][1].append(line)
    return [(name, "\n".join(lines), start) for name, lines, start in parts]


def render_slots(md: MarkdownIt, content: str) -> dict[str, str]:
    """HTML per slot; several parts for one slot are joined in order."""
    slots: dict[str, str] = {}
    for name, text, start in split_slots_at_lines(content):
        rendered = md.render(text, {"first_line": start}) if text.strip() else ""
        slots[name] = slots.get(name, "") + rendered
    return slots
