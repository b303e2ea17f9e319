"""What every component renderer is given, and the small helpers they share (props, Vue's
attribute fallthrough, slots, numbers)."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from ..model import Deck
from ..vue.template import Element, Node, slot_name

if TYPE_CHECKING:
    from .deck import DeckComponents


@dataclass(frozen=True)
class ComponentContext:
    deck: Deck
    slide_no: int
    dark: bool
    library: "DeckComponents | None" = None
    # the dispatcher, so that a built-in renders the components in its own content
    render: "Callable[[list[Node], ComponentContext], list[Node]] | None" = None

    def children(self, nodes: list[Node]) -> list[Node]:
        return self.render(nodes, self) if self.render else nodes


def prop(element: Element, name: str, default: Any = None) -> Any:
    for key in (name, re.sub(r"([A-Z])", lambda m: "-" + m[1].lower(), name)):
        if key in element.props:
            return element.props[key]
        if key in element.attrs:
            value = element.attrs[key]
            return True if value is None else value
    return default


def camel(name: str) -> str:
    return re.sub(r"-([a-z])", lambda m: m[1].upper(), name)


def carry_attrs(source: Element, target: Element, props: tuple[str, ...] = ()) -> Element:
    """Vue's attribute fallthrough onto a built-in's root: class and style merged, other
    attributes (attributify utilities such as `text-sm`) copied, the component's props not."""
    for name, value in source.attrs.items():
        if name == "class" and value:
            target.add_class(*value.split())
        elif name == "style" and value:
            target.attrs["style"] = "; ".join(filter(None, [target.attrs.get("style"), value]))
        elif name not in props and camel(name) not in props and not name.startswith(("#", "v-", ":", "@")):
            target.attrs.setdefault(name, value)
    return target


def slot_children(element: Element, name: str) -> list[Node] | None:
    for child in element.children:
        if isinstance(child, Element) and slot_name(child) == name:
            return child.children
    return None


def number_or(value: Any, default: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default


def slide_anchor(number: int) -> str:
    return f"#slide-{number}"
