"""What mounting a slide finds: its click targets, each with the clicks it is shown at."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from ..vue.template import Element

CLICKS_MAX = 999999


@dataclass(frozen=True)
class ClickInfo:
    """When a target is active: `start <= current < end`; `max` is the last click it needs."""

    start: int
    end: float
    max: int
    delta: int

    def is_active(self, current: int) -> bool:
        return self.start <= current < self.end


@dataclass
class ClickTarget:
    """One registered thing and what it needs to show itself at a click."""

    kind: str                       # "click", "code", "switch", "mark", "gap"
    element: Element | None
    info: ClickInfo | None
    hide: bool = False
    animations: tuple[str, ...] = ()
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class ClickProblem:
    line: int
    message: str


@dataclass
class MountedSlide:
    """A slide tree after mounting: its targets in registration order and its total."""

    tree: Element
    targets: list[ClickTarget]
    clicks_start: int
    total: int
    motions: list[Element]
    problems: list[ClickProblem]

    def clamp(self, click: int) -> int:
        return max(self.clicks_start, min(click, self.total))


def to_number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return math.nan
