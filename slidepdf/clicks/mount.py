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
from typing import Any

from .marks import MARK_COLORS, MARK_TYPES
from .targets import CLICKS_MAX, ClickInfo, ClickProblem, ClickTarget, MountedSlide, to_number
from ..vue.template import Directive, Element, Node, Text, component_name, slot_name

_ANIMATION_SPLIT = re.compile(r"[\s,]+")
_LIST_TAGS = ("ul", "ol")
_CLICK_DIRECTIVES = ("click", "after", "click-hide")
_CODE_PROPS = ("ranges", "step-ranges", "at", "finally", "startLine", "lines", "maxHeight", "title", "duration")


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
            value = to_number(at)
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
            start, delta = self.offset + int(to_number(first)), int(to_number(first))
        else:
            start, delta = int(first), 0
        if isinstance(last, str):
            end = start + int(to_number(last))
            delta += int(to_number(last))
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
            size = to_number(str(_prop(node, "size", 1)))
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
            if modifier in MARK_TYPES:
                kind = MARK_TYPES[modifier]
            elif modifier in MARK_COLORS:
                color = MARK_COLORS[modifier]
            elif found := re.fullmatch(r"(?:op|opacity)-?(\d*)", modifier):
                opacity = int(found[1]) / 100 if found[1] else 1.0
            elif not re.fullmatch(r"delay-?\d*", modifier):
                self.problems.append(ClickProblem(element.line, f"v-mark: unknown modifier '.{modifier}'"))
        kind = MARK_TYPES.get(str(options.get("type") or ""), kind)
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
            "start_line": int(to_number(str(_prop(element, "startLine", 1))) or 1),
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
        every = CLICKS_MAX if single else to_number(str(_prop(component, "every", 1)))
        depth = to_number(str(_prop(component, "depth", 1)))
        at = normalize_at(_prop(component, "at", "+1"))
        children = condense(component.children)
        if single:
            children = [Element(tag="span", line=c.line, children=[c]) if isinstance(c, Text) else c
                        for c in children]
        if at is None or not children:
            return children
        relative = isinstance(at, str)
        at_number = int(to_number(at)) if relative else at
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
        slots.sort(key=lambda item: -to_number(item[0].split("-")[0]))
        contents: list[tuple[float, float, Element]] = []
        last_start: float | None = None
        for name, slot in slots:
            if math.isfinite(to_number(name)):
                start = to_number(name)
                contents.append((start, last_start if last_start is not None else start + 1, slot))
                last_start = start
            else:
                first, _, second = name.partition("-")
                start, end = to_number(first), to_number(second)
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


