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

from .jsengine import ExpressionError, JsEngine
from .template import Comment, Directive, Element, Node, Text, parse_template
from .textutil import split_top_level

_DIRECTIVE = re.compile(r"^v-[a-z0-9-]|^:|^\.|^@|^#")
_DIRECTIVE_PARTS = re.compile(r"(?:^v-([a-z0-9-]+))?(?:(?::|^\.|^@|^#)(\[[^\]]+\]|[^.]+))?(.+)?$", re.I | re.S)
_FOR = re.compile(r"^\s*(.*?)\s+(?:in|of)\s+(\S[\s\S]*?)\s*$")
_INTERPOLATION = re.compile(r"\{\{([\s\S]*?)\}\}")
_STYLE_SPLIT = re.compile(r";(?![^(]*\))")
_CONTROL = frozenset(("if", "else-if", "else", "for", "show", "html", "text", "once", "memo", "cloak",
                      "model", "pre", "on", "bind", "slot"))
_BOOLEAN_ATTRS = frozenset(
    "itemscope allowfullscreen formnovalidate ismap nomodule novalidate readonly async autofocus "
    "autoplay controls default defer disabled hidden inert loop open required reversed scoped "
    "seamless checked muted multiple selected".split()
)
_VUE_SPECIAL = frozenset(("key", "ref", "ref_for", "ref_key", "is"))
# CSS properties a bare number is valid for; other numbers are dropped, as a browser does.
_UNITLESS = frozenset(
    "animation-iteration-count column-count columns flex flex-grow flex-shrink font-weight "
    "line-height opacity order orphans widows z-index zoom scale fill-opacity stroke-opacity "
    "stroke-width tab-size".split()
)


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


@dataclass(frozen=True)
class SetupScript:
    """A slide's `<script setup>`: its body and the names it declares at top level, or why
    it cannot run (`problem`)."""

    source: str = ""
    names: tuple[str, ...] = ()
    problem: str | None = None


_IMPORT = re.compile(r"^\s*import[\s{*'\"]", re.M)
_TOP_LEVEL_NAME = re.compile(
    r"^(?:export\s+)?(?:(?:const|let|var)\s+([A-Za-z_$][\w$]*)|(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*))",
    re.M)


def setup_script(tree: Element) -> SetupScript:
    """The slide's top-level `<script setup>` blocks, joined. Slidev compiles them into the
    slide's component; here they run in the same sandbox as expressions, so the constants and
    functions they declare are there for the template. A script that imports modules cannot run
    without them and is reported instead (a plain `<script>` is never run)."""
    bodies, problems = [], []
    top_level = [c for c in tree.children if isinstance(c, Element)]
    for child in tree.elements():
        if child.tag.lower() == "script":
            body = "".join(c.text for c in child.children if isinstance(c, Text))
            if not any(child is element for element in top_level):
                problems.append("a <script> inside an element is not run")
            elif "setup" not in child.attrs:
                problems.append("a <script> without `setup` is not run")
            elif _IMPORT.search(body):
                problems.append("<script setup> imports modules, which slidepdf does not load; it is not run")
            else:
                bodies.append(body)
    source = "\n;\n".join(bodies)
    names = tuple(dict.fromkeys(m[1] or m[2] for m in _TOP_LEVEL_NAME.finditer(source)))
    return SetupScript(source, names, "; ".join(problems) or None)


def instantiate_with(root: Element, engine: JsEngine, local_scope: dict[str, Any]) -> tuple[Element, list[ExpressionProblem]]:
    """Like `instantiate`, inside the current page scope, with extra local names (a
    component's props)."""
    renderer = _Renderer(engine)
    rendered = Element(tag=root.tag, line=root.line, attrs=dict(root.attrs),
                       children=renderer.nodes(root.children, local_scope))
    return rendered, renderer.problems


def normalize_class(value: Any) -> str:
    """Vue's normalizeClass: a string, a list (nested), or {name: condition}."""
    if value is None or value is False:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (list, tuple)):
        return " ".join(c for c in (normalize_class(v) for v in value) if c)
    if isinstance(value, dict):
        return " ".join(str(name) for name, on in value.items() if _truthy(on))
    return ""


def normalize_style(value: Any) -> dict[str, str]:
    """Vue's normalizeStyle: a CSS string, an object (camelCase keys), or a list of them."""
    if value is None or value is False:
        return {}
    if isinstance(value, str):
        return parse_style(value)
    if isinstance(value, (list, tuple)):
        merged: dict[str, str] = {}
        for item in value:
            merged.update(normalize_style(item))
        return merged
    if isinstance(value, dict):
        style: dict[str, str] = {}
        for key, item in value.items():
            name = key if key.startswith("--") else re.sub(r"\B([A-Z])", r"-\1", key).lower()
            text = _style_value(name, item)
            if text is not None:
                style[name] = text
        return style
    return {}


def parse_style(text: str) -> dict[str, str]:
    style: dict[str, str] = {}
    for part in _STYLE_SPLIT.split(text):
        name, colon, value = part.partition(":")
        if colon and name.strip():
            style[name.strip()] = value.strip()
    return style


def format_style(style: dict[str, str]) -> str:
    return "; ".join(f"{name}: {value}" for name, value in style.items())


def _style_value(name: str, value: Any) -> str | None:
    if value is None or value is False or value == "":
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        if value == 0 or name in _UNITLESS or name.startswith("--"):
            return _js_number(value)
        return None
    if isinstance(value, (list, tuple)):      # Vue sets each item; the last valid one wins
        valid = [_style_value(name, v) for v in value]
        valid = [v for v in valid if v is not None]
        return valid[-1] if valid else None
    return str(value)


def _js_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() and abs(value) < 1e21 else repr(value)


def _truthy(value: Any) -> bool:
    """JavaScript truthiness for JSON-like values."""
    if isinstance(value, (dict, list)):
        return True
    return bool(value)


def js_string(value: Any) -> str:
    """String(value) as JavaScript writes it, for attribute values."""
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return _js_number(value)
    if isinstance(value, list):
        return ",".join("" if v is None else js_string(v) for v in value)
    if isinstance(value, dict):
        return "[object Object]"
    return str(value)


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
                    taken = _truthy(self.evaluate(child.attrs.get("v-if") or "undefined", scope, child.line))
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
                        taken = _truthy(self.evaluate(child.attrs.get("v-else-if") or "undefined", scope, child.line))
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
                hidden = not _truthy(self.evaluate(value or "undefined", scope, source.line))
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

