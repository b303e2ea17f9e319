"""clicks: Slidev's click model on a rendered slide tree, and the tree at one click state.

`mount_clicks` does what mounting the slide does in Slidev (`useClicks.ts`, `v-click.ts`,
`VClicks.ts`, `VSwitch.ts`, `CodeBlockWrapper.vue`, `v-mark.ts`): the click components
(`<v-click>`, `<v-clicks>`, `<v-after>`, `<v-click-gap>`, `<v-switch>`) are expanded into
their children, and every click target registers with the slide's clicks context in Vue's
*mount* order — children before their parent, siblings in document order — which is the
order the relative values (`'+1'`, `'-1'`) are counted in. The result knows the slide's
total clicks.

`show_clicks` then sets what Slidev's watchers set for a current click: the
`slidev-vclick-*` classes (hidden elements keep their box: `opacity: 0`), code-line
highlight stages, the visible `v-switch` slot, `v-mark` annotations and `v-motion` states.
Both change the tree they are given: a fresh one per page from `evaluate.instantiate`.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import tinycss2.color3

from .evaluate import format_style, normalize_style, parse_style
from .parser.ranges import RangeSyntaxError, parse_range
from .template import Directive, Element, Node, Text, component_name, slot_name

CLICKS_MAX = 999999
_ANIMATION_SPLIT = re.compile(r"[\s,]+")
_LIST_TAGS = ("ul", "ol")
_CLICK_DIRECTIVES = ("click", "after", "click-hide")
_CODE_PROPS = ("ranges", "step-ranges", "at", "finally", "startLine", "lines", "maxHeight", "title", "duration")
_MARK_TYPES = {
    "box": "box", "circle": "circle", "underline": "underline", "highlight": "highlight",
    "strike-through": "strike-through", "crossed-off": "crossed-off", "bracket": "bracket",
    "strike": "strike-through", "cross": "crossed-off", "crossed": "crossed-off",
    "linethrough": "strike-through", "line-through": "strike-through",
}
# v-mark colour modifiers add `text-<name>` to the annotation: UnoCSS's default shade (400).
_MARK_COLORS = {
    "black": "#000", "white": "#fff", "blue": "#60a5fa", "cyan": "#22d3ee", "gray": "#9ca3af",
    "green": "#4ade80", "indigo": "#818cf8", "lime": "#a3e635", "orange": "#fb923c",
    "pink": "#f472b6", "purple": "#c084fc", "red": "#f87171", "teal": "#2dd4bf", "yellow": "#facc15",
}


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


def normalize_at(at: Any) -> int | str | None:
    """Slidev's normalizeSingleAtValue: '+n'/'-n' relative, n absolute (>= 1), None for no click."""
    if at is False or at == "false":
        return None
    if at is None or at is True or at == "true":
        return "+1"
    if isinstance(at, str) and at[:1] in ("+", "-"):
        return at
    try:
        value = float(at)
    except (TypeError, ValueError):
        return None
    if math.isnan(value):
        return None
    return 1 if value <= 0 else int(value) if value.is_integer() else value


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return math.nan


class ClicksContext:
    """The registry Slidev builds while a slide mounts (createClicksContextBase)."""

    def __init__(self, clicks_start: int = 0, total_override: int | None = None):
        self.clicks_start = clicks_start
        self.total_override = total_override
        self.deltas: list[int] = []
        self.maxes: list[float] = []

    @property
    def offset(self) -> int:
        return sum(self.deltas)

    @property
    def total(self) -> int:
        if self.total_override is not None:
            return self.total_override
        return int(max([0, *self.maxes]))

    def calculate_since(self, raw_at: Any, size: int = 1) -> ClickInfo | None:
        at = normalize_at(raw_at)
        if at is None:
            return None
        if isinstance(at, str):
            value = _number(at)
            if math.isnan(value):
                return None
            value = int(value)
            start = self.offset + value
            return ClickInfo(start, math.inf, start + size - 1, value + size - 1)
        return ClickInfo(int(at), math.inf, int(at) + size - 1, 0)

    def calculate_range(self, raw_at: list) -> ClickInfo | None:
        if len(raw_at) < 2:
            return None
        first, last = normalize_at(raw_at[0]), normalize_at(raw_at[1])
        if first is None or last is None:
            return None
        if isinstance(first, str):
            start, delta = self.offset + int(_number(first)), int(_number(first))
        else:
            start, delta = int(first), 0
        if isinstance(last, str):
            end = start + int(_number(last))
            delta += int(_number(last))
        else:
            end = int(last)
        return ClickInfo(start, end, end, delta)

    def calculate(self, at: Any) -> ClickInfo | None:
        return self.calculate_range(at) if isinstance(at, list) else self.calculate_since(at)

    def register(self, info: ClickInfo | None) -> None:
        if info is not None:
            self.deltas.append(info.delta)
            self.maxes.append(info.max)


def mount_clicks(tree: Element, clicks_start: int = 0, total_override: int | None = None,
                 click_animation: str | None = None) -> MountedSlide:
    """Expand click components and register every click target, in Vue's mount order."""
    mounter = _Mounter(ClicksContext(clicks_start, total_override), click_animation)
    tree.children = mounter.children(tree.children)
    return MountedSlide(tree, mounter.targets, clicks_start, mounter.context.total,
                        mounter.motions, mounter.problems)


def _prop(element: Element, name: str, default: Any = None) -> Any:
    """A component prop: the bound value, else the static attribute (present = true)."""
    if name in element.props:
        return element.props[name]
    if name in element.attrs:
        value = element.attrs[name]
        return True if value is None or value == "" and name in ("hide", "fade", "unmount") else value
    return default


def condense(children: list[Node]) -> list[Node]:
    """Vue's whitespace condensing: whitespace-only text between elements goes when it holds a
    newline, and at the start and end; other whitespace runs become one space."""
    out: list[Node] = []
    for index, child in enumerate(children):
        if isinstance(child, Text) and not child.text.strip():
            first, last = index == 0, index == len(children) - 1
            if first or last or "\n" in child.text:
                continue
            child = Text(line=child.line, text=" ")
        out.append(child)
    return out


class _Mounter:
    def __init__(self, context: ClicksContext, click_animation: str | None):
        self.context = context
        self.click_animation = click_animation
        self.targets: list[ClickTarget] = []
        self.motions: list[Element] = []
        self.problems: list[ClickProblem] = []

    # -- walking ----------------------------------------------------------------------------
    def children(self, nodes: list[Node]) -> list[Node]:
        out: list[Node] = []
        for node in nodes:
            out.extend(self.node(node))
        return out

    def node(self, node: Node) -> list[Node]:
        if not isinstance(node, Element):
            return [node]
        name = component_name(node.tag)
        if name in ("v-click", "v-clicks"):
            return self.children(self._expand_clicks(node, single=name == "v-click"))
        if name == "v-after":
            return self.children(self._expand_after(node))
        if name == "v-click-gap":
            size = _number(str(_prop(node, "size", 1)))
            self._gap(1 if math.isnan(size) else int(size))
            return []
        if name == "#gap":
            self._gap(node.props["size"])
            return []
        if name == "v-switch":
            return [self._switch(node)]
        node.children = self.children(node.children)
        self._directives(node)
        if {"slidev-code-wrapper", "slidev-katex-wrapper"} & set(node.classes):
            if "slidev-code-magic-move" in node.classes and isinstance(node.props.get("step-ranges"), list):
                self._magic_move(node)
            elif node.props.get("ranges"):
                self._code(node)
            for prop in _CODE_PROPS:       # component props, not HTML attributes
                node.attrs.pop(prop, None)
        return [node]

    # -- registration -----------------------------------------------------------------------
    def _register(self, target: ClickTarget) -> None:
        self.context.register(target.info)
        self.targets.append(target)

    def _gap(self, size: int) -> None:
        info = ClickInfo(0, math.inf, self.context.offset + size - 1, size)
        self._register(ClickTarget("gap", None, info))

    def _animations(self, modifiers: tuple[str, ...]) -> tuple[str, ...]:
        own = tuple(m for m in modifiers if m != "hide")
        if own:
            return own
        return tuple(a for a in _ANIMATION_SPLIT.split(self.click_animation or "") if a)

    def _directives(self, element: Element) -> None:
        for directive in list(element.directives):
            if directive.name in _CLICK_DIRECTIVES:
                value = "+0" if directive.name == "after" else directive.value
                info = self.context.calculate(value)
                if info is None:
                    continue
                hide = directive.name == "click-hide" or "hide" in directive.modifiers
                self._register(ClickTarget("click", element, info, hide, self._animations(directive.modifiers)))
            elif directive.name == "mark":
                self._mark(element, directive)
            elif directive.name == "motion":
                self.motions.append(element)

    def _mark(self, element: Element, directive: Directive) -> None:
        value = directive.value
        options = dict(value) if isinstance(value, dict) else {"at": value}
        kind, color, opacity = "underline", None, 1.0
        for modifier in directive.modifiers:
            if modifier in _MARK_TYPES:
                kind = _MARK_TYPES[modifier]
            elif modifier in _MARK_COLORS:
                color = _MARK_COLORS[modifier]
            elif found := re.fullmatch(r"(?:op|opacity)-?(\d*)", modifier):
                opacity = int(found[1]) / 100 if found[1] else 1.0
            elif not re.fullmatch(r"delay-?\d*", modifier):
                self.problems.append(ClickProblem(element.line, f"v-mark: unknown modifier '.{modifier}'"))
        kind = _MARK_TYPES.get(str(options.get("type") or ""), kind)
        color = str(options.get("color") or color or "currentColor")
        if isinstance(options.get("opacity"), (int, float)):
            opacity = float(options["opacity"])
        at = options.get("at")
        info = self.context.calculate(at)
        self.context.register(info)
        always = info is None or at is True
        self.targets.append(ClickTarget("mark", element, info, data={"type": kind, "color": color, "opacity": opacity,
                                                                       "always": always}))

    def _code(self, element: Element) -> None:
        ranges = [str(r) for r in element.props["ranges"]]
        info = self.context.calculate_since(_prop(element, "at", "+1"), len(ranges) - 1)
        self.context.register(info)
        self.targets.append(ClickTarget("code", element, info, data={
            "ranges": ranges,
            "finally": str(_prop(element, "finally", "last")),
            "start_line": int(_number(str(_prop(element, "startLine", 1))) or 1),
        }))

    def _magic_move(self, element: Element) -> None:
        """ShikiMagicMove.vue: one click per highlight stage of every step, minus one."""
        ranges = [[str(r) for r in step] or ["all"] for step in element.props["step-ranges"]]
        info = self.context.calculate_since(_prop(element, "at", "+1"), sum(len(r) for r in ranges) - 1)
        self.context.register(info)
        self.targets.append(ClickTarget("magic-move", element, info, data={"ranges": ranges}))

    # -- components -------------------------------------------------------------------------
    def _expand_clicks(self, component: Element, single: bool) -> list[Node]:
        """VClicks.ts (and VClick.ts, which is VClicks with `every` = CLICKS_MAX)."""
        every = CLICKS_MAX if single else _number(str(_prop(component, "every", 1)))
        depth = _number(str(_prop(component, "depth", 1)))
        at = normalize_at(_prop(component, "at", "+1"))
        children = condense(component.children)
        if single:
            children = [Element(tag="span", line=c.line, children=[c]) if isinstance(c, Text) else c
                        for c in children]
        if at is None or not children:
            return children
        relative = isinstance(at, str)
        at_number = int(_number(at)) if relative else at
        modifiers = ["hide"] if _prop(component, "hide", False) else []
        animation = _prop(component, "animation")
        if isinstance(animation, str):
            modifiers += [a for a in _ANIMATION_SPLIT.split(animation) if a]
        elif isinstance(animation, list):
            modifiers += [str(a) for a in animation]
        if _prop(component, "fade", False):
            modifiers.append("fade")
        counter = {"global": 1, "exec": 0}

        def apply(element: Element, value: Any) -> None:
            element.directives.append(Directive("click", tuple(modifiers), value))

        def map_sub_list(nodes: list[Node], level: int) -> list[Node]:
            for node in nodes:
                if isinstance(node, Element) and node.tag.lower() in _LIST_TAGS:
                    node.children = map_children(node.children, level + 1)
            return nodes

        def map_children(nodes: list[Node], level: int = 1) -> list[Node]:
            nodes = condense(nodes)
            for node in nodes:
                show = at_number + math.ceil(counter["global"] / every) - 1
                counter["global"] += 1
                if isinstance(node, Element) and level < depth:
                    node.children = map_sub_list(node.children, level)
                delta = show - counter["exec"]
                counter["exec"] = show
                if isinstance(node, Element):    # a text node takes a number but never registers
                    apply(node, (f"+{delta}" if delta >= 0 else str(delta)) if relative else show)
            return nodes

        def last_gap() -> Element:
            size = at_number + math.ceil((counter["global"] - 1) / every) - 1 - counter["exec"]
            return Element(tag="#gap", props={"size": int(size)})

        elements = [c for c in children if isinstance(c, Element)]
        if not single and len(children) == 1 and elements:
            only = elements[0]
            if only.tag.lower() in _LIST_TAGS:
                only.children = [*map_children(only.children), last_gap()]
                return [only]
            if only.tag.lower() == "table":
                for part in only.children:
                    if isinstance(part, Element) and part.tag.lower() == "tbody":
                        part.children = [*map_children(part.children), last_gap()]
                return [only]
        return [*map_children(children), last_gap()]

    def _expand_after(self, component: Element) -> list[Node]:
        children = condense(component.children)
        for child in children:
            if isinstance(child, Element):
                child.directives.append(Directive("after", ()))
        return children

    def _switch(self, component: Element) -> Element:
        """VSwitch.ts: numbered slots `#1`, `#3`, ranges `#2-4`; one visible per click."""
        slots: list[tuple[str, Element]] = []
        for child in component.children:
            name = slot_name(child) if isinstance(child, Element) else None
            if name is not None:
                slots.append((name, child))
        slots.sort(key=lambda item: -_number(item[0].split("-")[0]))
        contents: list[tuple[float, float, Element]] = []
        last_start: float | None = None
        for name, slot in slots:
            if math.isfinite(_number(name)):
                start = _number(name)
                contents.append((start, last_start if last_start is not None else start + 1, slot))
                last_start = start
            else:
                first, _, second = name.partition("-")
                start, end = _number(first), _number(second)
                if not (math.isfinite(start) and math.isfinite(end)):
                    self.problems.append(ClickProblem(slot.line, f"v-switch: slot '#{name}' is not a number or a-b range"))
                    continue
                contents.append((start, end, slot))
                last_start = start
        contents.reverse()
        child_tag = str(_prop(component, "childTag", "div"))
        props = ("at", "unmount", "transition", "tag", "childTag", "child-tag")
        wrapper = Element(tag=str(_prop(component, "tag", "div")), line=component.line,
                          attrs={k: v for k, v in component.attrs.items() if k not in props})
        parts: list[tuple[float, float, Element]] = []
        for start, end, slot in contents:
            part = Element(tag=child_tag, line=slot.line, children=self.children(slot.children))
            part.attrs["data-slidev-clicks-start"] = str(int(start))
            if math.isfinite(end):
                part.attrs["data-slidev-clicks-end"] = str(int(end))
            parts.append((start, end, part))
            wrapper.children.append(part)
        size = int(max([end for _, end, _ in contents], default=1)) - 1
        info = self.context.calculate_since(_prop(component, "at", "+1"), size)
        self.context.register(info)
        self.targets.append(ClickTarget("switch", wrapper, info, data={
            "parts": parts, "unmount": bool(_prop(component, "unmount", False))}))
        return wrapper


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
            _show_mark(target, current)
    for element in mounted.motions:
        _show_motion(element, current, states.get(id(element), "shown"))
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


def _show_mark(target: ClickTarget, current: int) -> None:
    """rough-notation's mark, drawn with CSS from its click on: the element's own box is
    unchanged (borders and paddings are cancelled by negative margins)."""
    data = target.data
    shown = data["always"] or (target.info is not None and target.info.is_active(current))
    if not shown:
        return
    element = target.element
    element.add_class("slidepdf-mark", f"slidepdf-mark-{data['type']}")
    style = parse_style(element.attrs.get("style") or "")
    style.update(mark_style(data["type"], data["color"], data["opacity"]))
    element.attrs["style"] = format_style(style)


def mark_style(kind: str, color: str, opacity: float = 1.0) -> dict[str, str]:
    """CSS that draws a rough-notation annotation of `kind` in `color` around an inline box."""
    paint = _with_opacity(color, opacity)
    line = f"2px solid {paint}"
    if kind in ("underline", "strike-through", "crossed-off"):
        decoration = "underline" if kind == "underline" else "line-through"
        return {"text-decoration": f"{decoration} {paint}", "text-decoration-thickness": "2px",
                "text-underline-offset": "0.15em"}
    if kind == "highlight":
        return {"background-color": paint, "box-decoration-break": "clone"}
    if kind == "bracket":
        return {"border-right": line, "padding-right": "4px", "margin-right": "-6px"}
    radius = "50%" if kind == "circle" else "2px"
    return {"border": line, "border-radius": radius, "padding": "0.05em 0.3em", "margin": "-0.05em -0.3em",
            "box-decoration-break": "clone"}


def _with_opacity(color: str, opacity: float) -> str:
    if opacity >= 1:
        return color
    parsed = tinycss2.color3.parse_color(color)
    if parsed is None or isinstance(parsed, str):      # currentColor or not a colour
        return color
    red, green, blue, alpha = (round(parsed.red * 255), round(parsed.green * 255), round(parsed.blue * 255),
                               parsed.alpha * opacity)
    return f"rgba({red}, {green}, {blue}, {alpha:.3g})"


_MOTION_TRANSFORMS = {"x": "translateX", "y": "translateY", "z": "translateZ", "scale": "scale",
                      "scaleX": "scaleX", "scaleY": "scaleY", "rotate": "rotate", "rotateX": "rotateX",
                      "rotateY": "rotateY", "rotateZ": "rotateZ", "skew": "skew", "skewX": "skewX",
                      "skewY": "skewY", "translateX": "translateX", "translateY": "translateY"}
_MOTION_LENGTHS = frozenset("width height top left right bottom margin padding".split())


def _show_motion(element: Element, current: int, visibility: str) -> None:
    """@vueuse/motion as Slidev prints it: initial + enter (+ active click-N variants) when shown."""
    props = element.props
    variants = props.get("variants") if isinstance(props.get("variants"), dict) else {}

    def variant(name: str, alias: str) -> dict:
        own = props.get(name) if isinstance(props.get(name), dict) else {}
        extra = variants.get(alias) if isinstance(variants.get(alias), dict) else {}
        return {**own, **extra}

    initial, enter, leave = variant("initial", "slidev-initial"), variant("enter", "slidev-enter"), \
        variant("leave", "slidev-leave")
    clicks: list[tuple[float, Any, dict]] = []
    for name, value in props.items():
        if name.startswith("click-") and isinstance(value, dict):
            spec = name[6:]
            if "-" in spec:
                first, _, second = spec.partition("-")
                at: Any = [_number(first), _number(second)]
                active = at[0] <= current < at[1]
                clicks.append((at[0], active, value))
            else:
                clicks.append((_number(spec), current >= _number(spec), value))
    clicks.sort(key=lambda item: item[0])
    if visibility == "shown":
        state = {**initial, **enter}
        for _, active, value in clicks:
            if active:
                state.update(value)
    else:
        state = initial if visibility == "before" else leave
    for name in ("initial", "enter", "leave", "variants", *(n for n in props if n.startswith("click-"))):
        element.attrs.pop(name, None)
    css = _motion_css(state)
    if css:
        style = parse_style(element.attrs.get("style") or "")
        style.update(css)
        element.attrs["style"] = format_style(style)


def _motion_css(state: dict) -> dict[str, str]:
    transforms: list[str] = []
    style: dict[str, Any] = {}
    for key, value in state.items():
        if key == "transition":
            continue
        if key in _MOTION_TRANSFORMS:
            function = _MOTION_TRANSFORMS[key]
            if isinstance(value, (int, float)):
                unit = "deg" if function.startswith(("rotate", "skew")) else "" if function.startswith("scale") else "px"
                value = f"{value:g}{unit}"
            transforms.append(f"{function}({value})")
        elif isinstance(value, (int, float)) and key in _MOTION_LENGTHS:
            style[key] = f"{value:g}px"
        else:
            style[key] = value
    css = normalize_style(style)
    if transforms:
        css["transform"] = " ".join(transforms)
    return css
