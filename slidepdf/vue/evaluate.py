"""evaluate: a slide's template tree at one page state → a static tree, as Vue renders it.

Vue's template semantics, applied to the tree `template.parse_template` built: `v-if` /
`v-else-if` / `v-else` chains (siblings, whitespace and comments between them ignored),
`v-for` over arrays, strings, numbers and objects with `(value, key, index)` aliases (v-if
wins over v-for on one element, as in Vue 3), `v-show`, `v-html`, `v-text`, `{{ }}`, and
bindings (`:class`, `:style`, any `:prop`, `v-bind="object"`). Expressions run in the
sandboxed `JsEngine`; one that fails renders as Vue renders `undefined` and is reported.

Directives the click stage acts on (`v-click`, `v-after`, `v-mark`, `v-motion` …) are not
applied here: their values are evaluated and kept on the element as `Directive`s; bound
props stay available as Python values in `Element.props` for components.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from .engine import ExpressionError, JsEngine
from .values import format_style, js_string, normalize_class, normalize_style, parse_style, truthy
from .template import Comment, Directive, Element, Node, Text, parse_template
from ..textutil import split_top_level

_DIRECTIVE = re.compile(r"^v-[a-z0-9-]|^:|^\.|^@|^#")
_DIRECTIVE_PARTS = re.compile(r"(?:^v-([a-z0-9-]+))?(?:(?::|^\.|^@|^#)(\[[^\]]+\]|[^.]+))?(.+)?$", re.I | re.S)
_FOR = re.compile(r"^\s*(.*?)\s+(?:in|of)\s+(\S[\s\S]*?)\s*$")
_INTERPOLATION = re.compile(r"\{\{([\s\S]*?)\}\}")
_CONTROL = frozenset(("if", "else-if", "else", "for", "show", "html", "text", "once", "memo", "cloak",
                      "model", "pre", "on", "bind", "slot"))
_BOOLEAN_ATTRS = frozenset(
    "itemscope allowfullscreen formnovalidate ismap nomodule novalidate readonly async autofocus "
    "autoplay controls default defer disabled hidden inert loop open required reversed scoped "
    "seamless checked muted multiple selected".split()
)
_VUE_SPECIAL = frozenset(("key", "ref", "ref_for", "ref_key", "is"))


@dataclass(frozen=True)
class ExpressionProblem:
    """An expression that failed on this page: its source, the element's line, the error."""

    line: int
    expression: str
    message: str
    kind: str = "error"


@dataclass(frozen=True)
class ParsedDirective:
    name: str                 # "bind", "on", "slot", "if", "click" …
    arg: str | None
    modifiers: tuple[str, ...]


def parse_directive(attribute: str) -> ParsedDirective | None:
    """Vue's attribute-name grammar: `v-name:arg.mod`, `:arg`, `.arg`, `@arg`, `#arg`."""
    if not _DIRECTIVE.match(attribute):
        return None
    match = _DIRECTIVE_PARTS.match(attribute)
    if not match:
        return None
    if match[1]:
        name = match[1]
    elif attribute[0] in ":.":
        name = "bind"
    else:
        name = "on" if attribute[0] == "@" else "slot"
    modifiers = tuple(m for m in (match[3] or "")[1:].split(".") if m) if match[3] else ()
    return ParsedDirective(name, match[2], modifiers)


def instantiate(root: Element, engine: JsEngine, page_scope: dict[str, Any],
                local_scope: dict[str, Any] | None = None) -> tuple[Element, list[ExpressionProblem]]:
    """The tree rendered with `page_scope` (`$clicks`, `$page` …) and optional local names
    (a deck layout's props); the input is not changed."""
    engine.set_page_scope(page_scope)
    return instantiate_with(root, engine, local_scope or {})


def instantiate_with(root: Element, engine: JsEngine, local_scope: dict[str, Any]) -> tuple[Element, list[ExpressionProblem]]:
    """Like `instantiate`, inside the current page scope, with extra local names (a
    component's props)."""
    renderer = _Renderer(engine)
    rendered = Element(tag=root.tag, line=root.line, attrs=dict(root.attrs),
                       children=renderer.nodes(root.children, local_scope))
    return rendered, renderer.problems


class _Renderer:
    def __init__(self, engine: JsEngine):
        self.engine = engine
        self.problems: list[ExpressionProblem] = []

    def evaluate(self, source: str, scope: dict[str, Any], line: int, default: Any = None) -> Any:
        try:
            return self.engine.evaluate(source, scope)
        except ExpressionError as exc:
            self.problems.append(ExpressionProblem(line, source.strip(), exc.message, exc.kind))
            return default

    def nodes(self, children: list[Node], scope: dict[str, Any]) -> list[Node]:
        out: list[Node] = []
        chain: bool | None = None     # None: no v-if chain open; else whether a branch was taken
        for child in children:
            if isinstance(child, Element):
                branch = self._branch(child)
                if branch == "if":
                    taken = truthy(self.evaluate(child.attrs.get("v-if") or "undefined", scope, child.line))
                    chain = taken
                    if not taken:
                        continue
                elif branch in ("else-if", "else"):
                    if chain is None:
                        self.problems.append(ExpressionProblem(
                            child.line, f"v-{branch}", f"v-{branch} on <{child.tag}> has no v-if before it"))
                        continue
                    if chain:
                        chain = True if branch == "else-if" else None
                        continue
                    if branch == "else-if":
                        taken = truthy(self.evaluate(child.attrs.get("v-else-if") or "undefined", scope, child.line))
                        chain = taken
                        if not taken:
                            continue
                    else:
                        chain = None
                else:
                    chain = None
                out.extend(self.element(child, scope))
            elif isinstance(child, Text):
                if chain is not None and not child.text.strip():
                    continue           # whitespace between v-if branches
                chain = None if child.text.strip() else chain
                out.extend(self.text(child, scope))
            elif isinstance(child, Comment):
                continue
        return out

    @staticmethod
    def _branch(element: Element) -> str | None:
        for name in ("v-if", "v-else-if", "v-else"):
            if name in element.attrs:
                return name[2:]
        return None

    def text(self, node: Text, scope: dict[str, Any]) -> list[Node]:
        if "{{" not in node.text:
            return [Text(line=node.line, text=node.text)]
        parts: list[str] = []
        position = 0
        for match in _INTERPOLATION.finditer(node.text):
            parts.append(node.text[position:match.start()])
            try:
                parts.append(self.engine.evaluate(f"__display({match[1]})", scope) or "")
            except ExpressionError as exc:
                self.problems.append(ExpressionProblem(node.line, match[1].strip(), exc.message, exc.kind))
            position = match.end()
        parts.append(node.text[position:])
        return [Text(line=node.line, text="".join(parts))]

    def element(self, source: Element, scope: dict[str, Any]) -> list[Node]:
        if source.tag.lower() == "script":
            return []       # see setup_script: only a <script setup> body runs, in the sandbox
        if "v-pre" in source.attrs:
            clone = copy.deepcopy(source)
            clone.attrs.pop("v-pre")
            return [clone]
        loop = source.attrs.get("v-for")
        if loop is None:
            return self.single(source, scope)
        match = _FOR.match(loop)
        if not match:
            self.problems.append(ExpressionProblem(source.line, loop, "v-for is not of the form 'item in items'"))
            return []
        aliases = _aliases(match[1])
        try:
            items = self.engine.iterate(match[2], scope)
        except ExpressionError as exc:
            self.problems.append(ExpressionProblem(source.line, match[2].strip(), exc.message, exc.kind))
            return []
        out: list[Node] = []
        for item in items:
            inner = dict(scope)
            for alias, value in zip(aliases, item):
                if alias:
                    inner.update(self._bind_alias(alias, value, source.line, inner))
            out.extend(self.single(source, inner))
        return out

    def _bind_alias(self, alias: str, value: Any, line: int, scope: dict[str, Any]) -> dict[str, Any]:
        if re.fullmatch(r"[A-Za-z_$][\w$]*", alias):
            return {alias: value}
        # A destructuring pattern: let JavaScript take it apart.
        names = re.findall(r"(?<![\w$.:])([A-Za-z_$][\w$]*)(?!\s*:)", re.sub(r"=[^,}\]]*", "", alias))
        source = f"(({alias}) => ({{{', '.join(names)}}}))(__value)"
        bound = self.evaluate(source, {**scope, "__value": value}, line, default={})
        return bound if isinstance(bound, dict) else {}

    def single(self, source: Element, scope: dict[str, Any]) -> list[Node]:
        element = Element(tag=source.tag, line=source.line)
        # Vue puts the static class and style first, whatever the attribute order.
        classes: list[str] = [source.attrs.get("class") or ""]
        style: dict[str, str] = parse_style(source.attrs.get("style") or "")
        hidden = False
        content: list[Node] | None = None
        for name, value in source.attrs.items():
            directive = parse_directive(name)
            if directive is None:
                if name not in ("class", "style") and name not in _VUE_SPECIAL:
                    element.attrs[name] = value
                continue
            kind = directive.name
            if kind == "bind":
                bound = self.evaluate(value or "undefined", scope, source.line) if value else None
                if directive.arg is None:
                    if isinstance(bound, dict):
                        for key, item in bound.items():
                            self._bind(element, key, item, classes, style)
                elif directive.arg == "class":
                    classes.append(normalize_class(bound))
                elif directive.arg == "style":
                    style.update(normalize_style(bound))
                else:
                    self._bind(element, directive.arg, bound, classes, style)
            elif kind == "slot":
                element.attrs[name] = value
            elif kind == "show":
                hidden = not truthy(self.evaluate(value or "undefined", scope, source.line))
            elif kind == "html":
                markup = js_string(self.evaluate(value or "undefined", scope, source.line))
                content = parse_template(markup)[0].children
            elif kind == "text":
                content = [Text(line=source.line, text=self._display(value or "undefined", scope, source.line))]
            elif kind in _CONTROL:
                continue
            else:
                evaluated = self.evaluate(value, scope, source.line) if value and value.strip() else None
                element.directives.append(Directive(kind, directive.modifiers, evaluated, value, directive.arg))
        if source.tag.lower() == "template" and not any(parse_directive(n) and parse_directive(n).name == "slot"
                                                         for n in source.attrs):
            if any(n in source.attrs for n in ("v-if", "v-else-if", "v-else", "v-for")):
                return self.nodes(source.children, scope)     # a fragment
        if source.tag == "component":
            # `<component :is="block ? 'div' : 'span'">`: the element or component it names
            named = element.props.get("is", source.attrs.get("is"))
            if isinstance(named, str) and named.strip():
                element.tag = named.strip().removeprefix("vue:")
        if hidden:
            style["display"] = "none"
        class_text = " ".join(c for c in (c.strip() for c in classes) if c)
        if class_text:
            element.attrs["class"] = class_text
        if style:
            element.attrs["style"] = format_style(style)
        element.children = content if content is not None else self.nodes(source.children, scope)
        return [element]

    def _display(self, source: str, scope: dict[str, Any], line: int) -> str:
        try:
            return self.engine.evaluate(f"__display({source})", scope) or ""
        except ExpressionError as exc:
            self.problems.append(ExpressionProblem(line, source.strip(), exc.message, exc.kind))
            return ""

    @staticmethod
    def _bind(element: Element, name: str, value: Any, classes: list[str], style: dict[str, str]) -> None:
        if name == "class":
            classes.append(normalize_class(value))
            return
        if name == "style":
            style.update(normalize_style(value))
            return
        element.props[name] = value
        if name in _VUE_SPECIAL:
            return
        if value is None or value is False or isinstance(value, dict):
            element.attrs.pop(name, None)
        elif value is True:
            element.attrs[name] = "" if name in _BOOLEAN_ATTRS else "true"
        else:
            element.attrs[name] = js_string(value)


def _aliases(text: str) -> list[str]:
    """`(item, index)` → ["item", "index"]; a destructuring pattern stays one alias."""
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    aliases = [part.strip() for part in split_top_level(text, ",", "{[", "}]")]
    return aliases[:3]

