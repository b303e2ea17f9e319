"""Slidev's slide splitter and per-slide parse, rule for rule.

`split_markdown` cuts a file into `SourceSlide`s exactly as `@slidev/parser`'s `parse`
does; `parse_slide` extracts frontmatter, notes, title and level as its `parseSlide`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DeckError, SourceLocation
from .yaml12 import YamlProblem, load_yaml

_DASH_FRONTMATTER = re.compile(r"^---.*\r?\n([\s\S]*?)---")
_YAML_BLOCK_FRONTMATTER = re.compile(r"^\s*```ya?ml([\s\S]*?)```")
_COMMENT = re.compile(r"<!--([\s\S]*?)-->")
_HEADING = re.compile(r"^(#+) (.*)$", re.M)
_FENCE_OPEN = re.compile(r"^\s*`+")


@dataclass
class SourceSlide:
    """A slide as cut from one file, before imports and hiding are applied.

    `start`, `content_start` and `end` are 0-based line indexes as Slidev keeps them:
    the slide is lines[start:end]; its content begins at `content_start`.
    """

    file: Path
    index: int
    start: int
    content_start: int
    end: int
    raw: str
    content: str
    frontmatter: dict[str, Any]
    frontmatter_style: str | None
    note: str | None
    title: str | None
    level: int | None
    text_line: int = 0          # 0-based: the line `content` (stripped) starts on

    @property
    def location(self) -> SourceLocation:
        return SourceLocation(self.file, self.start + 1)


def split_markdown(text: str, file: Path) -> list[SourceSlide]:
    lines = re.split(r"\r?\n", text)
    slides: list[SourceSlide] = []
    start = 0
    content_start = 0

    def cut(end: int) -> None:
        nonlocal start, content_start
        if start == end:
            return
        raw = "\n".join(lines[start:end])
        slides.append(parse_slide(raw, file, len(slides), start, content_start, end))
        start = end + 1
        content_start = end + 1

    in_comment = False
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if in_comment:
            in_comment = _ends_inside_comment(line, True)
        elif line.startswith("---"):
            cut(i)
            following = lines[i + 1] if i + 1 < len(lines) else None
            # `---` followed by a non-blank line opens frontmatter up to the next bare `---`;
            # `----` (four or more dashes) is always a plain separator.
            if line[3:4] != "-" and following is not None and following.strip():
                start = i
                i += 1
                while i < len(lines) and lines[i].rstrip() != "---":
                    i += 1
                content_start = min(i + 1, len(lines))      # an unclosed frontmatter ends with the file
        elif line.lstrip().startswith("```"):
            fence = _FENCE_OPEN.match(line)[0]
            j = i + 1
            while j < len(lines) and not lines[j].startswith(fence):
                j += 1
            if j != len(lines):     # an unclosed fence does not swallow the rest of the file
                i = j
        else:
            in_comment = _ends_inside_comment(line, False)
        i += 1

    if start <= len(lines) - 1:
        cut(len(lines))
    return slides


def _ends_inside_comment(line: str, inside: bool) -> bool:
    """Whether an HTML comment is still open at the end of `line`."""
    position = 0
    while True:
        if inside:
            close = line.find("-->", position)
            if close < 0:
                return True
            inside, position = False, close + 3
        else:
            opening = line.find("<!--", position)
            if opening < 0:
                return False
            inside, position = True, opening + 4


def parse_slide(raw: str, file: Path, index: int, start: int, content_start: int, end: int) -> SourceSlide:
    frontmatter_raw, style, content, yaml_line = _matter(raw)
    frontmatter = _load_frontmatter(frontmatter_raw, file, start + yaml_line)
    # the line the stripped content's first character is on, for messages about what it holds
    text_line = start + raw[: len(raw) - len(content.lstrip())].count("\n")
    content = content.strip()

    note = None
    comments = list(_COMMENT.finditer(content))
    if comments and comments[-1].end() >= len(content):
        note = comments[-1][1].strip()
        content = content[: comments[-1].start()].strip()

    title = level = None
    if frontmatter.get("title") or frontmatter.get("name"):
        title = frontmatter.get("title") or frontmatter.get("name")
    else:
        heading = _HEADING.search(_without_code_fences(content))
        if heading:
            title = heading[2].strip()
            level = len(heading[1])
    if frontmatter.get("level"):
        level = frontmatter["level"]

    return SourceSlide(
        file=file, index=index, start=start, content_start=content_start, end=end, raw=raw,
        content=content, frontmatter=frontmatter, frontmatter_style=style, note=note,
        title=title if title is None else str(title), level=level, text_line=text_line,
    )


def _matter(raw: str) -> tuple[str | None, str | None, str, int]:
    """(yaml text, style, content, line offset of the yaml text inside raw)."""
    match = _DASH_FRONTMATTER.match(raw)
    if match:
        return match[1], "frontmatter", raw[match.end():], 1
    match = _YAML_BLOCK_FRONTMATTER.match(raw)
    if match:
        offset = raw[: match.start(1)].count("\n")
        return match[1], "yaml", raw[match.end():], offset
    return None, None, raw, 0


def _load_frontmatter(text: str | None, file: Path, first_line: int) -> dict[str, Any]:
    if text is None or not text.strip():
        return {}
    try:
        data = load_yaml(text)
    except YamlProblem as problem:
        line = first_line + 1 + (problem.line or 0)
        raise DeckError(f"bad frontmatter YAML: {problem.message}", SourceLocation(file, line)) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise DeckError(
            "frontmatter must be a YAML mapping (key: value lines)",
            SourceLocation(file, first_line),
            hint="a '---' directly above text opens frontmatter; leave a blank line after it",
        )
    return {str(key): value for key, value in data.items()}


_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def _without_code_fences(content: str) -> str:
    """The content with fenced code blocks left out: a `# comment` in a code block is no
    title (@slidev/parser 52 finds none there)."""
    kept, fence = [], None
    for line in content.split("\n"):
        opening = _FENCE.match(line)
        if fence is None and opening:
            fence = opening[1]
        elif fence is not None and opening and opening[1][0] == fence[0] and len(opening[1]) >= len(fence) \
                and not line.strip()[len(opening[1]):].strip():
            fence = None
        elif fence is None:
            kept.append(line)
    return "\n".join(kept)
