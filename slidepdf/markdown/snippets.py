"""snippets: `<<< @/snippets/file.ts#region lang {2|3} {lines: true}` lines, as Slidev expands them.

Each such line (outside code fences) becomes a fenced code block holding the file — `@/` is the
deck's root, other paths are relative to the slide's file — or just the named region
(`// #region name` … `// #endregion name`, and the other comment styles VS Code knows),
dedented. The file is read through the access policy. A missing or forbidden file is a warning
and the line is left as it is.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import SlidepdfError, WarningLog
from ..model import Slide
from ..policy import AccessPolicy

_SNIPPET = re.compile(r"^<<<[ \t]*(\S.*?)(#[\w-]+)?[ \t]*(?:[ \t](\S+?))?[ \t]*(\{.*)?$")
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
# (start, end) marker pairs; group 1 is the region's name
_MARKERS = [
    (r"^\s*//\s*#?region\b\s*(.*?)\s*$", r"^\s*//\s*#?endregion\b\s*(.*?)\s*$"),
    (r"^\s*<!--\s*#?region\b\s*(.*?)\s*-->", r"^\s*<!--\s*#?endregion\b\s*(.*?)\s*-->"),
    (r"^\s*/\*\s*#region\b\s*(.*?)\s*\*/", r"^\s*/\*\s*#endregion\b\s*(.*?)\s*\*/"),
    (r"^\s*#[rR]egion\b\s*(.*?)\s*$", r"^\s*#[eE]nd ?[rR]egion\b\s*(.*?)\s*$"),
    (r"^\s*#\s*#?region\b\s*(.*?)\s*$", r"^\s*#\s*#?endregion\b\s*(.*?)\s*$"),
]


def expand_snippets(content: str, slide: Slide, root: Path, policy: AccessPolicy, warnings: WarningLog) -> str:
    """Every `<<<` line outside code, indented as it stands (in a list item or a quote it stays
    there); a ````md magic-move block's steps are code, but the block itself is not, so its
    `<<<` lines are expanded too. A fence closes only on a fence of its own kind, as long or longer."""
    lines, out, fence = content.split("\n"), [], None
    for line in lines:
        opening = _FENCE.match(line)
        stripped = line.strip()
        if fence is None and opening:
            if "magic-move" not in line:
                fence = opening[1]
        elif fence is not None and stripped.startswith(fence[0] * len(fence)) and not stripped.strip(fence[0]):
            fence = None
        elif fence is None and (match := _SNIPPET.match(_unquoted(stripped))):
            block = _snippet_block(match, slide, root, policy, warnings)
            if block is not None:
                indent = line[:len(line) - len(line.lstrip())] + (_QUOTE.match(stripped)[0] if _QUOTE.match(stripped) else "")
                out.append("\n".join(indent + part for part in block.split("\n")))
                continue
        out.append(line)
    return "\n".join(out)


_QUOTE = re.compile(r"^(?:>\s?)+")


def _unquoted(line: str) -> str:
    return _QUOTE.sub("", line, count=1).strip()


def _snippet_block(match: re.Match, slide: Slide, root: Path, policy: AccessPolicy, warnings: WarningLog) -> str | None:
    path_text, region, lang, meta = match[1], (match[2] or "")[1:], (match[3] or "").strip(), (match[4] or "").strip()
    path = root / path_text[2:] if path_text.startswith("@/") else slide.file.parent / path_text
    try:
        text = policy.read_text(path, slide.location)
    except SlidepdfError as exc:
        warnings.add("snippet", f"slide {slide.no}: code snippet {path_text}: {exc.message}", slide.location)
        return None
    if region:
        found = _region(text.split("\n"), region)
        if found is None:
            warnings.add("snippet", f"slide {slide.no}: no region '{region}' in {path_text}", slide.location)
            return None
        text = found
    lang = lang or Path(path_text).suffix[1:]
    body = text.rstrip("\n")
    ticks = "`" * max(3, max((len(m) for m in re.findall(r"`{3,}", body)), default=0) + 1)
    return f"{ticks}{lang} {meta}".rstrip() + f"\n{body}\n{ticks}"


def _region(lines: list[str], name: str) -> str | None:
    for start_pattern, end_pattern in _MARKERS:
        start = next((i for i, line in enumerate(lines) if (m := re.match(start_pattern, line)) and m[1] == name), None)
        if start is None:
            continue
        depth = 1
        for index in range(start + 1, len(lines)):
            if (m := re.match(start_pattern, lines[index])) and m[1] == name:
                depth += 1
            elif (m := re.match(end_pattern, lines[index])) and m[1] in (name, ""):
                depth -= 1
                if depth == 0:
                    return _dedent(lines[start + 1:index])
    return None


def _dedent(lines: list[str]) -> str:
    indents = [len(line) - len(line.lstrip(" \t")) for line in lines if line.strip()]
    cut = min(indents, default=0)
    return "\n".join(line[cut:] for line in lines)
