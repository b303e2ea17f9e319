"""One click state: `show_clicks` sets on a mounted slide what Slidev's watchers set for a click —
the `slidev-vclick-*` classes (hidden elements keep their box: `opacity: 0`), code-line highlight
stages, magic-move steps, the visible `v-switch` slot, then marks and motion states."""
from __future__ import annotations

import math
import re

from ..parser.ranges import RangeSyntaxError, parse_range
from ..vue.template import Element
from .marks import show_mark
from .motion import show_motion
from .targets import CLICKS_MAX, ClickTarget, MountedSlide

# -- one click state --------------------------------------------------------------------------
def show_clicks(mounted: MountedSlide, click: int) -> list[str]:
    """Set every target's state at `click` (clamped as Slidev clamps it); return the problems."""
    current = mounted.clamp(click)
    problems: list[str] = []
    states: dict[int, str] = {}
    for target in mounted.targets:
        if target.kind == "click":
            states[id(target.element)] = _show_click(target, current)
        elif target.kind == "code":
            problems.extend(_show_code(target, current))
        elif target.kind == "magic-move":
            _show_magic_move(target, current)
        elif target.kind == "switch":
            _show_switch(target, current)
        elif target.kind == "mark":
            show_mark(target, current)
    for element in mounted.motions:
        show_motion(element, current, states.get(id(element), "shown"))
    return problems


def _show_click(target: ClickTarget, current: int) -> str:
    element, info = target.element, target.info
    active = info.is_active(current)
    is_current = current == info.start
    hidden = active if target.hide else not active
    classes = ["slidev-vclick-target"]
    if hidden:
        classes.append("slidev-vclick-hidden")
        if target.hide:
            classes.append("slidev-vclick-hidden-explicitly")
    classes += [f"slidev-vclick-anim-{a}" for a in target.animations]
    if is_current:
        classes.append("slidev-vclick-current")
    elif active:
        classes.append("slidev-vclick-prior")
    element.add_class(*classes)
    element.attrs["data-slidev-clicks-start"] = str(info.start)
    if math.isfinite(info.end):
        element.attrs["data-slidev-clicks-end"] = str(int(info.end))
    if not hidden:
        return "shown"
    if math.isfinite(info.end):
        return "before" if current < info.start else "after"
    return "after" if target.hide else "before"


def _show_code(target: ClickTarget, current: int) -> list[str]:
    """CodeBlockWrapper.vue / KaTexBlockWrapper.vue: the stage for this click."""
    ranges, info = target.data["ranges"], target.info
    index = max(0, current - info.start + 1) if info else CLICKS_MAX
    final = ranges[-1] if target.data["finally"] == "last" else target.data["finally"]
    stage = ranges[index] if index < len(ranges) else final
    if stage == "hide":
        target.element.add_class("slidev-vclick-hidden")
        stage = ranges[index + 1] if index + 1 < len(ranges) else final
    highlight_lines(_lines(target.element), stage, target.data["start_line"])
    return []


def _lines(element: Element) -> list[Element]:
    return [line for line in element.elements() if "line" in line.classes]


def highlight_lines(lines: list[Element], stage: str, start_line: int = 1) -> None:
    """updateCodeHighlightRange: lines in the stage are highlighted, the others dimmed."""
    highlighted = set(_line_range(len(lines) + start_line - 1, stage))
    for number, line in enumerate(lines):
        on = number + start_line in highlighted
        line.add_class(*(("slidev-code-highlighted", "highlighted") if on else ("slidev-code-dishonored", "dishonored")))


def _line_range(total: int, stage: str) -> list[int]:
    """Slidev's parseRangeString, which drops parts that are not numbers instead of failing."""
    try:
        return parse_range(total, stage)
    except RangeSyntaxError:
        kept = []
        for part in re.split(r"[,;]", stage):
            try:
                kept += parse_range(total, part)
            except RangeSyntaxError:
                continue
        return kept


def _show_magic_move(target: ClickTarget, current: int) -> None:
    ranges = target.data["ranges"]
    count = current - target.info.start if target.info else CLICKS_MAX
    step, stage, done = len(ranges) - 1, "all", 0
    for index, stages in enumerate(ranges):
        if count < done + len(stages) - 1:
            step, stage = index, stages[count - done + 1]
            break
        done += len(stages) or 1
    kept = [c for c in target.element.children
            if not (isinstance(c, Element) and c.attrs.get("data-step") not in (None, str(step)))]
    target.element.children = kept
    for child in kept:
        if isinstance(child, Element) and child.attrs.get("data-step") == str(step):
            highlight_lines(_lines(child), stage)


def _show_switch(target: ClickTarget, current: int) -> None:
    offset = current - target.info.start + 1 if target.info else CLICKS_MAX
    wrapper = target.element
    kept = []
    for start, end, part in target.data["parts"]:
        visible = start <= offset < end
        if target.data["unmount"] and not visible:
            continue
        classes = ["slidev-vclick-target"]
        if offset == start:
            classes.append("slidev-vclick-current")
        if offset >= end:
            classes.append("slidev-vclick-prior")
        if not visible:
            classes.append("slidev-vclick-display-none")
        part.add_class(*classes)
        kept.append(part)
    wrapper.children = kept

