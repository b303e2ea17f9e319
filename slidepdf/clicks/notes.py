"""notes: a slide's speaker notes cut at `[click]` / `[click:N]` markers.

As Slidev's renderNote counts them: each `[click]` moves the count on by one and
`[click:N]` by N, so the text after a marker belongs to that click. Text before the first
marker belongs to click 0. The markers themselves never appear in any output.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_CLICK_MARKER = re.compile(r"\[click(?::(\d+))?\]", re.I)


@dataclass(frozen=True)
class NotePart:
    """The part of the notes that goes with a click (0 = before any click)."""

    click: int
    text: str


def split_notes(note: str | None) -> tuple[NotePart, ...]:
    if not note or not note.strip():
        return ()
    parts: list[NotePart] = []
    count, position = 0, 0
    for marker in _CLICK_MARKER.finditer(note):
        parts.append(NotePart(count, note[position:marker.start()]))
        count += int(marker[1]) if marker[1] else 1
        position = marker.end()
    parts.append(NotePart(count, note[position:]))
    return tuple(NotePart(p.click, p.text.strip()) for p in parts if p.text.strip())


def notes_for_click(parts: tuple[NotePart, ...], click: int, first: int, last: int) -> str:
    """The notes that start at `click` on a slide whose pages run `first..last`.

    Notes marked before the first page's click go on the first page, those marked after the
    last page's click on the last page, so every part lands on exactly one page.
    """
    chosen = [
        p.text for p in parts
        if p.click == click or (click == first and p.click < first) or (click == last and p.click > last)
    ]
    return "\n\n".join(chosen)


def notes_text(markdown: str) -> str:
    """Notes as plain text for a PDF annotation: links as "text (address)", emphasis, code
    marks and HTML left out, paragraphs kept."""
    text = re.sub(r"<[^>]+>", "", markdown or "")
    text = re.sub(r"!?\[([^\]]*)\]\(([^)\s]+)[^)]*\)", lambda m: f"{m[1]} ({m[2]})" if m[1] else m[2], text)
    text = re.sub(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"^\s{0,3}#{1,6}\s+", "", text, flags=re.M)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
