"""Slidev's range grammar, shared by `--range`, `src: file.md#2,5-7` and code line ranges.

`""`, `all` or `*` select everything, `none` nothing; otherwise parts split on `,` or `;`,
each `n`, `a-b` (inclusive) or `a-` (to the end). The result is sorted, deduplicated and
limited to `1..total`.
"""
from __future__ import annotations

import re

_PART = re.compile(r"^\s*(\d+)\s*(?:(-)\s*(\d*)\s*)?$")


class RangeSyntaxError(ValueError):
    """A range string that is not of the grammar above."""


def parse_range(total: int, text: str | None) -> list[int]:
    text = (text or "").strip()
    if text in ("", "all", "*"):
        return list(range(1, total + 1))
    if text == "none":
        return []
    selected: set[int] = set()
    for part in re.split(r"[,;]", text):
        if not part.strip():
            continue
        match = _PART.match(part)
        if not match:
            raise RangeSyntaxError(f"'{part.strip()}' in range '{text}' is not a number or a-b range")
        first = int(match[1])
        if match[2]:
            last = int(match[3]) if match[3] else total
            if last < first:
                raise RangeSyntaxError(f"'{part.strip()}' in range '{text}' ends before it starts")
            selected.update(range(first, last + 1))
        else:
            selected.add(first)
    return sorted(n for n in selected if 1 <= n <= total)
