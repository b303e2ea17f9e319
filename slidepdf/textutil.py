"""Small text helpers shared by stages that read expressions and CSS."""
from __future__ import annotations


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
