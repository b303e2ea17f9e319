"""Slide markup as Vue reads it, parsed into a tree the later stages walk.

Slidev compiles each slide's HTML as a Vue template, whose rules differ from HTML5's:
any element may self-close (`<div i-carbon:close text-8xl />`), attribute names may hold
`:`, `@`, `#`, `.`, `[` … (`:class`, `@click`, `v-click.hide`), tag names keep their case
(`<Toc>`, `<carbon-edit/>`), and an end tag closes the nearest open element of that name.
Text and attribute values are stored decoded; `serialize` escapes them again.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

VOID_ELEMENTS = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)
RAW_TEXT_ELEMENTS = frozenset(("script", "style", "textarea"))

_TAG_OPEN = re.compile(r"<([A-Za-z][^\s/>]*)")
_TAG_CLOSE = re.compile(r"</([A-Za-z][^\s/>]*)\s*>")
_ATTR = re.compile(
    r"""\s*(?P<name>[^\s"'<>/=]+|=[^\s"'<>/=]*)      # Vue allows a leading '=' only as an error; keep it
        (?:\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<uq>[^\s"'=<>`]+)))?""",
    re.X,
)


@dataclass
class Node:
    line: int = 0      # 1-based line in the fragment the node started on (0 when synthetic)


@dataclass
class Text(Node):
    text: str = ""


@dataclass
class Comment(Node):
    text: str = ""


@dataclass
class Raw(Node):
    """Markup made by slidepdf itself (an icon's SVG), written out as it is."""

    html: str = ""


@dataclass(frozen=True)
class Directive:
    """A Vue directive kept for a later stage (`v-click.hide="[2, 4]"`), its value evaluated.

    `value` is None when the directive was written without one (`v-click`).
    """

    name: str
    modifiers: tuple[str, ...] = ()
    value: Any = None
    expression: str | None = None
    arg: str | None = None


@dataclass
class Element(Node):
    """An element. `attrs` hold the markup's attributes as written; after evaluation,
    `props` hold the evaluated `:bindings` by name and `directives` the Vue directives
    that later stages act on."""

    tag: str = ""
    attrs: dict[str, str | None] = field(default_factory=dict)
    children: list[Node] = field(default_factory=list)
    props: dict[str, Any] = field(default_factory=dict)
    directives: list[Directive] = field(default_factory=list)

    def directive(self, name: str) -> Directive | None:
        return next((d for d in self.directives if d.name == name), None)

    def get(self, name: str, default: str | None = None) -> str | None:
        return self.attrs.get(name, default)

    def has(self, name: str) -> bool:
        return name in self.attrs

    @property
    def classes(self) -> list[str]:
        return (self.attrs.get("class") or "").split()

    def add_class(self, *names: str) -> None:
        merged = self.classes + [n for n in names if n and n not in self.classes]
        self.attrs["class"] = " ".join(merged)

    def elements(self):
        """All descendant elements, depth-first in document order."""
        for child in self.children:
            if isinstance(child, Element):
                yield child
                yield from child.elements()

    def text_content(self) -> str:
        parts = []
        for child in self.children:
            if isinstance(child, Text):
                parts.append(child.text)
            elif isinstance(child, Element):
                parts.append(child.text_content())
        return "".join(parts)


MAX_DEPTH = 256       # elements inside elements; every later stage walks the tree recursively


class TemplateTooDeep(Exception):
    """Markup nested deeper than MAX_DEPTH elements (at `line` of the parsed source)."""

    def __init__(self, line: int):
        super().__init__(f"markup nested more than {MAX_DEPTH} elements deep")
        self.line = line


@dataclass(frozen=True)
class TemplateProblem:
    """Something in the markup Vue would complain about (an unclosed or stray tag)."""

    line: int
    message: str


def parse_template(source: str) -> tuple[Element, list[TemplateProblem]]:
    """Parse `source` into a root element (`tag == "#root"`) and the problems met."""
    root = Element(tag="#root", line=1)
    stack = [root]
    problems: list[TemplateProblem] = []
    position = 0
    length = len(source)

    def line_at(index: int) -> int:
        return source.count("\n", 0, index) + 1

    def add_text(text: str, start: int) -> None:
        if not text:
            return
        children = stack[-1].children
        decoded = html.unescape(text)
        if children and isinstance(children[-1], Text):
            children[-1].text += decoded
        else:
            children.append(Text(line=line_at(start), text=decoded))

    while position < length:
        lt = source.find("<", position)
        if lt < 0:
            add_text(source[position:], position)
            break
        add_text(source[position:lt], position)
        if source.startswith("<!--", lt):
            end = source.find("-->", lt + 4)
            end = length if end < 0 else end
            stack[-1].children.append(Comment(line=line_at(lt), text=source[lt + 4:end]))
            position = min(length, end + 3)
            continue
        close = _TAG_CLOSE.match(source, lt)
        if close:
            position = close.end()
            _close(stack, close[1], line_at(lt), problems, source, position)
            continue
        opening = _TAG_OPEN.match(source, lt)
        if not opening:
            add_text("<", lt)
            position = lt + 1
            continue
        element = Element(tag=opening[1], line=line_at(lt))
        position = opening.end()
        self_closing = False
        while position < length:
            while position < length and source[position].isspace():
                position += 1
            if position >= length:
                problems.append(TemplateProblem(element.line, f"<{element.tag}> is not closed with '>'"))
                break
            if source.startswith("/>", position):
                self_closing, position = True, position + 2
                break
            if source.startswith(">", position):
                position += 1
                break
            if source[position] == "/":
                position += 1
                continue
            attr = _ATTR.match(source, position)
            if not attr:    # a stray quote or '<': Vue reports it; skip the character
                problems.append(TemplateProblem(line_at(position), f"unexpected {source[position]!r} in <{element.tag}>"))
                position += 1
                continue
            value = attr["dq"] if attr["dq"] is not None else attr["sq"] if attr["sq"] is not None else attr["uq"]
            element.attrs.setdefault(attr["name"], None if value is None else html.unescape(value))
            position = attr.end()
        else:
            problems.append(TemplateProblem(element.line, f"<{element.tag}> is not closed with '>'"))
        stack[-1].children.append(element)
        name = element.tag.lower()
        if self_closing or element.tag in VOID_ELEMENTS:    # case-sensitive, as Vue: <Link> is a component
            continue
        if name in RAW_TEXT_ELEMENTS:
            end = re.compile(rf"</{re.escape(element.tag)}\s*>", re.I).search(source, position)
            stop = end.start() if end else length
            if stop > position:
                element.children.append(Text(line=line_at(position), text=source[position:stop]))
            if not end:
                problems.append(TemplateProblem(element.line, f"<{element.tag}> has no end tag"))
            position = end.end() if end else length
            continue
        if len(stack) > MAX_DEPTH:
            raise TemplateTooDeep(element.line)
        stack.append(element)

    for element in stack[1:]:
        problems.append(TemplateProblem(element.line, f"<{element.tag}> has no end tag"))
    condense_whitespace(root)
    return root, problems


_WHITESPACE_RUN = re.compile(r"[\t\r\n\f ]+")


def _all_whitespace(text: str) -> bool:
    return not text.strip("\t\r\n\f ")


def condense_whitespace(element: Element) -> None:
    """Vue's compiler, whitespace 'condense': a whitespace-only text that begins or ends an
    element, or sits between two elements across a line break, or beside a comment, is dropped;
    other whitespace runs become one space. Inside `<pre>` (and raw text) nothing changes. So a
    component's `<span>\n  <slot />\n</span>` holds only its slot, as in Slidev."""
    if element.tag.lower() == "pre" or element.tag.lower() in RAW_TEXT_ELEMENTS:
        return
    kept: list[Node] = []
    children = element.children
    for index, child in enumerate(children):
        if isinstance(child, Element):
            condense_whitespace(child)
            kept.append(child)
            continue
        if not isinstance(child, Text):
            kept.append(child)
            continue
        previous = children[index - 1] if index else None
        following = children[index + 1] if index + 1 < len(children) else None
        if _all_whitespace(child.text):
            if previous is None or following is None:
                continue
            if isinstance(previous, Comment) and isinstance(following, (Comment, Element)):
                continue
            if isinstance(previous, Element) and (isinstance(following, Comment) or (
                    isinstance(following, Element) and "\n" in child.text)):
                continue
            child.text = " "
        else:
            text = _WHITESPACE_RUN.sub(" ", child.text)
            # an interpolation is a node of its own to Vue: the whitespace before the first one
            # is dropped at the start of the element, after the last one at its end
            if previous is None and text.startswith(" ") and text.lstrip(" ").startswith("{{"):
                text = text.lstrip(" ")
            if following is None and text.endswith(" ") and text.rstrip(" ").endswith("}}"):
                text = text.rstrip(" ")
            child.text = text
        kept.append(child)
    element.children = kept


def _close(stack: list[Element], tag: str, line: int, problems: list[TemplateProblem],
           source: str = "", position: int = 0) -> None:
    """`</tag>` closes the nearest open `tag` and what is open inside it. An element left open
    there whose own end tag comes later (Markdown's `text\n<v-clicks></p>…</v-clicks>`) goes
    on after it, as a browser's parser carries a misnested element on: moved there when it has
    nothing in it yet, else continued by a copy."""
    for depth in range(len(stack) - 1, 0, -1):
        if stack[depth].tag.lower() == tag.lower():
            carried = []
            for unclosed in stack[depth + 1:]:
                if re.search(rf"</{re.escape(unclosed.tag)}\s*>", source[position:], re.I):
                    carried.append(unclosed)
                else:
                    problems.append(TemplateProblem(unclosed.line, f"<{unclosed.tag}> has no end tag"))
            del stack[depth:]
            for unclosed in carried:
                parent = stack[-1]
                if all(isinstance(child, Text) and not child.text.strip() for child in unclosed.children):
                    for holder in parent.elements():
                        if unclosed in holder.children:
                            holder.children.remove(unclosed)
                            break
                    continued = unclosed
                else:
                    continued = Element(tag=unclosed.tag, attrs=dict(unclosed.attrs), line=unclosed.line)
                parent.children.append(continued)
                stack.append(continued)
            return
    problems.append(TemplateProblem(line, f"</{tag}> has no matching start tag"))


def slot_name(element: Element) -> str | None:
    """The slot a `<template #name>` / `<template v-slot:name>` fills, else None."""
    if element.tag.lower() != "template":
        return None
    return next((n[1:] if n.startswith("#") else n.split(":", 1)[1]
                 for n in element.attrs if n.startswith("#") or n.startswith("v-slot:")), None)


def component_name(tag: str) -> str:
    """`VClicks`, `v-clicks` and `v-Clicks` are one component: compare in kebab case."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"-\1", tag).lower()


def replace_elements(root: Element, matches, replacement) -> None:
    """Replace, in place and depth-first, every element `matches(element)` accepts by the
    nodes `replacement(element)` returns (an empty list removes it). Replacements are not
    searched again."""
    out: list[Node] = []
    for child in root.children:
        if isinstance(child, Element) and matches(child):
            out.extend(replacement(child))
            continue
        if isinstance(child, Element):
            replace_elements(child, matches, replacement)
        out.append(child)
    root.children = out


def escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attr(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def serialize(node: Node, keep_attr=lambda name: True) -> str:
    """HTML for WeasyPrint: every non-void element gets an explicit end tag."""
    parts: list[str] = []
    _serialize(node, parts, keep_attr)
    return "".join(parts)


def _serialize(node: Node, out: list[str], keep_attr) -> None:
    if isinstance(node, Text):
        out.append(escape_text(node.text))
    elif isinstance(node, Raw):
        out.append(node.html)
    elif isinstance(node, Comment):
        return
    elif isinstance(node, Element):
        if node.tag == "#root":
            for child in node.children:
                _serialize(child, out, keep_attr)
            return
        out.append("<" + node.tag)
        for name, value in node.attrs.items():
            if not keep_attr(name):
                continue
            out.append(f" {name}" if value is None else f' {name}="{escape_attr(value)}"')
        out.append(">")
        lower = node.tag.lower()
        if node.tag in VOID_ELEMENTS:
            return
        if lower in RAW_TEXT_ELEMENTS:
            out.append("".join(c.text for c in node.children if isinstance(c, Text)))
        else:
            for child in node.children:
                _serialize(child, out, keep_attr)
        out.append(f"</{node.tag}>")
