"""Small text helpers shared by stages that read expressions, CSS and titles."""
from __future__ import annotations

import html
import re


def split_top_level(text: str, separator: str = ",", opening: str = "([{", closing: str = ")]}") -> list[str]:
    """`a, f(b, c), [d, e]` → ["a", " f(b, c)", " [d, e]"]: split where no bracket is open."""
    parts, depth, current = [], 0, []
    for char in text:
        if char in opening:
            depth += 1
        elif char in closing:
            depth -= 1
        if char == separator and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def inline_text(markup: str) -> str:
    """Inline Markdown/HTML (a slide title) as the text it renders: tags, MDC `{.class}`
    attributes, link targets and emphasis or code marks left out; `$…$` math kept as written."""
    text = re.sub(r"<[^>]+>", "", markup)
    text = re.sub(r"\{[.#:][^{}]*\}|\{\s*[\w-]+=[^{}]*\}", "", text)           # {.class} {#id} {key=value}
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)                      # [text](url), ![alt](src)
    text = re.sub(r"(\*\*|__|~~|`+)(.+?)\1", r"\2", text)                         # **bold**, `code`
    text = re.sub(r"(?<![\w*])[*_](\S(?:.*?\S)?)[*_](?![\w*])", r"\1", text)     # *em*, _em_
    return html.unescape(text)
