"""markdown: a slide's Markdown → HTML fragments, one per layout slot.

markdown-it-py configured as Slidev configures markdown-exit (HTML on, XHTML-style void
tags, linkify, tables, strikethrough). HTML blocks pass through untouched: the result is
Vue template markup that `template.parse_template` reads. Code is marked `v-pre` so later
stages never evaluate `{{ }}` inside it, as Slidev's escape-inline-code rule does.
"""
from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml

_SLOT_MARKER = re.compile(r"^::\s*([\w.\-:]+)\s*::\s*$")
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_INFO = re.compile(r"^([\w+#.-]*)\s*(?:\[([^\]]*)\])?\s*(\{[^}]*\})?\s*(\{.*\})?\s*(.*)$")


def make_markdown() -> MarkdownIt:
    md = MarkdownIt("default", {"html": True, "xhtmlOut": True, "linkify": True})
    md.add_render_rule("fence", _render_fence)
    md.add_render_rule("code_block", _render_fence)
    md.add_render_rule("code_inline", _render_code_inline)
    return md


def _render_code_inline(self, tokens, idx, options, env) -> str:
    return f"<code v-pre>{escapeHtml(tokens[idx].content)}</code>"


def _render_fence(self, tokens, idx, options, env) -> str:
    token = tokens[idx]
    info = token.info.strip() if token.type == "fence" else ""
    match = _INFO.match(info)
    lang, title, ranges, options_text = (match[1], match[2], match[3], match[4]) if match else ("", None, None, None)
    code = token.content[:-1] if token.content.endswith("\n") else token.content
    lines = "\n".join(f'<span class="line">{escapeHtml(line)}</span>' for line in code.split("\n"))
    attrs = [f'class="slidev-code language-{escapeHtml(lang or "text")}"']
    if ranges:
        attrs.append(f'data-ranges="{escapeHtml(ranges[1:-1])}"')
    if options_text:
        attrs.append(f'data-options="{escapeHtml(options_text)}"')
    if title:
        attrs.append(f'data-title="{escapeHtml(title)}"')
    return (
        f'<div class="slidev-code-wrapper"><pre {" ".join(attrs)} v-pre>'
        f"<code>{lines}</code></pre></div>\n"
    )


def split_slots(content: str) -> list[tuple[str, str]]:
    """Cut slide content at `::name::` lines (outside code fences) into (slot, markdown)."""
    parts: list[tuple[str, list[str]]] = [("default", [])]
    fence: str | None = None
    for line in content.split("\n"):
        opening = _FENCE.match(line)
        if fence is None and opening:
            fence = opening[1]
        elif fence is not None and line.strip().startswith(fence[0] * len(fence)) and not line.strip().strip(fence[0]):
            fence = None
        elif fence is None and (marker := _SLOT_MARKER.match(line)):
            parts.append((marker[1], []))
            continue
        parts[-1][1].append(line)
    return [(name, "\n".join(lines)) for name, lines in parts]


def render_slots(md: MarkdownIt, content: str) -> dict[str, str]:
    """HTML per slot; several parts for one slot are joined in order."""
    slots: dict[str, str] = {}
    for name, text in split_slots(content):
        rendered = md.render(text) if text.strip() else ""
        slots[name] = slots.get(name, "") + rendered
    return slots
