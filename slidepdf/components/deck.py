"""The deck's own Vue components (`components/*.vue`, and the layouts and layers read the same
way): read once each through the access policy, drawn with the same template engine (props as
local names, slots filled with the caller's content, attributes falling through as in Vue)."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from dataclasses import dataclass
from typing import Any

from ..model import Deck
from ..vue.modules import Program, loader_of
from ..vue.scripts import SetupScript, component_setup, declared_props
from ..vue.template import Element, Node, replace_elements, slot_name
from .context import ComponentContext, camel, carry_attrs


@dataclass
class DeckComponent:
    """A deck's `components/<Name>.vue`: its template and its props' defaults."""

    name: str
    template: Element
    defaults: dict[str, Any]
    has_logic: bool             # a script beyond defineProps: its values are not available
    props: frozenset[str] | None = None     # declared prop names; None: no defineProps at all
    css: str = ""               # its <style> blocks, scoped to its own elements when `scoped`
    scope: str = ""             # the attribute marking its own elements (Vue's data-v-*)
    script: str = ""            # its <script setup>, ready for the sandbox (Vue imports shimmed)
    script_names: tuple[str, ...] = ()
    path: Any = None
    imported: tuple[tuple[str, Any], ...] = ()     # (private tag, .vue file): components its script imports
    inherit_attrs: bool = True  # false when it says `inheritAttrs: false`: the caller's attributes stay in $attrs

    @property
    def folder(self):
        """Where its own `url()`s and imports are relative to."""
        return Path(self.path).parent if self.path is not None else None


class DeckComponents:
    """The deck's own Vue components, read once each through the access policy, rendered with
    the same template engine (props as local names, slots filled with the caller's content)."""

    def __init__(self, deck: Deck, policy, engine, warnings, theme_folders: tuple = ()):
        # the deck's components first, then its theme's (Slidev's order)
        self.folders = [f / "components" for f in dict.fromkeys((deck.folder, deck.root)) if (f / "components").is_dir()]
        self.folders += [folder for folder in theme_folders if folder not in self.folders]
        self.policy, self.engine, self.warnings = policy, engine, warnings
        self._loaded: dict[str, DeckComponent | None] = {}
        self._imported: dict[str, Path] = {}     # private tag → a .vue file a component's script imports
        self.used_css: dict[str, Path | None] = {}  # styles of components drawn so far, in order → their folder
        self.failed_scripts: set[str] = set()   # reported once each

    def find(self, tag: str) -> DeckComponent | None:
        pascal = "".join(part[:1].upper() + part[1:] for part in re.split(r"[-_]", tag))
        if pascal in self._loaded:
            return self._loaded[pascal]
        if tag in self._imported:
            component = self._read(tag, self._imported[tag])
            self._loaded[pascal] = component
            return component
        component = None
        for folder in self.folders:
            path = folder / f"{pascal}.vue"
            if path.is_file():
                component = self._read(pascal, path)
                break
        self._loaded[pascal] = component
        return component

    def _read(self, name: str, path) -> DeckComponent | None:
        component = load_component(name, path, self.policy, self.engine, self.warnings)
        if component is not None:
            self.know_imports(component)
        return component

    def know_imports(self, component: DeckComponent) -> None:
        """The components `component`'s script imports, under the private tags its template uses."""
        for tag, file in component.imported:
            if tag not in self._imported:
                self._imported[tag] = file


def load_component(name: str, path, policy, engine, warnings) -> DeckComponent | None:
    """A `.vue` file of the deck (component, layout or global layer): its template, props'
    defaults, declared props and styles, and its `<script setup>` made ready for the sandbox."""
    from ..errors import SlidepdfError, SourceLocation
    from ..vue.engine import ExpressionError
    from ..vue.template import parse_template

    try:
        source = policy.read_text(path)
    except SlidepdfError:
        return None
    template = re.search(r"<template>(.*)</template>", source, re.S)
    if not template:
        return None
    script = "".join(re.findall(r"<script[^>]*>(.*?)</script>", source, re.S))
    defaults: dict[str, Any] = {}
    literal = re.search(r"withDefaults\(\s*defineProps[^)]*\)\s*,\s*(\{.*?\})\s*\)", script, re.S) \
        or re.search(r"defineProps\(\s*(\{.*?\})\s*\)", script, re.S)
    if literal:
        try:
            found = engine.evaluate(
                "(o => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v && typeof v === 'object' && "
                "!Array.isArray(v) && 'default' in v ? (typeof v.default === 'function' ? v.default() : v.default)"
                f" : (typeof v === 'function' || (v && typeof v === 'object' && 'type' in v) ? undefined : v)])))({literal[1]})")
            defaults = found if isinstance(found, dict) else {}
        except ExpressionError:
            defaults = {}
    logic = re.sub(r"(?s)withDefaults\(.*?\)\s*\)|defineProps(<.*?>)?\(.*?\)|import\s+type[^\n]*\n|//[^\n]*", "",
                   script)
    has_logic = bool(re.search(r"\b(const|let|var|function|computed|ref|import)\b", logic))
    setup = component_setup(source) if has_logic else SetupScript()
    program = loader_of(engine, policy, path, warnings).program(setup.source, Path(path), setup.typescript) \
        if setup.source else Program(problem=setup.problem)
    if program.problem:
        warnings.add("component", f"component {name}: its script is not run ({program.problem}); values it computes "
                                  "are undefined", SourceLocation(path))
    scope = f"data-v-{name.lower()}"
    css = "\n".join(_component_styles(source, scope))
    from ..vue.template import TemplateTooDeep

    try:
        tree = parse_template(template[1])[0]
    except TemplateTooDeep as exc:
        warnings.add("component", f"component {name}: {exc}; not drawn", SourceLocation(path))
        return None
    imported = []
    for local, file in program.components:
        # a tag of its own, so that another component's `Background` is another file
        private = "SlidepdfImported" + hashlib.sha1(f"{path}\0{local}".encode()).hexdigest()[:10]
        for element in tree.elements():
            if element.tag in (local, _kebab(local)):
                element.tag = private
        imported.append((private, file))
    # `defineOptions({ inheritAttrs: false })` or `export default { inheritAttrs: false }`
    inherit_attrs = not re.search(r"\binheritAttrs\s*:\s*false\b", script)
    return DeckComponent(name, tree, defaults, has_logic, declared_props(script) if "defineProps" in script else None,
                         css, scope, program.source, program.names, path, tuple(imported), inherit_attrs)


def _kebab(name: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", lambda m: "-" + m[1].lower(), name).lower()




def _component_styles(source: str, scope: str) -> list[str]:
    """The CSS of a component's `<style>` blocks; `scoped` ones apply only to elements the
    component's own template made (marked with `scope`), as Vue's compiler arranges."""
    from ..style.deckcss import scope_to_attribute

    styles = []
    for attrs, text in re.findall(r"<style([^>]*)>(.*?)</style>", source, re.S):
        if re.search(r"\blang=['\"](?!css|postcss)", attrs):
            continue                    # Sass/Less/Stylus need their compilers
        styles.append(scope_to_attribute(text, scope) if re.search(r"\bscoped\b", attrs) else text)
    return styles


def deck_component(element: Element, component: DeckComponent, context: ComponentContext) -> list[Node]:
    props = dict(component.defaults)
    declared_props = tuple(component.props or ())
    for name, value in element.attrs.items():
        if name in ("class", "style") or name.startswith(("#", "v-")):
            continue
        if component.props is None or camel(name) in declared_props or name in declared_props:
            props[camel(name)] = True if value is None else value
    for name, value in element.props.items():
        props[camel(name)] = value
    # Vue's `$attrs`: what the caller gave that is not a declared prop (class and style included)
    attrs = {name: True if value is None else value for name, value in element.attrs.items()
             if not name.startswith(("#", "v-")) and not (component.props is not None and camel(name) in declared_props)}
    attrs.update({name: value for name, value in element.props.items()
                  if component.props is not None and camel(name) not in declared_props})
    rendered, problems = _instantiate_component(component, props, context, attrs)
    if component.scope:
        for own in rendered.elements():
            own.attrs.setdefault(component.scope, "")
    if component.css:
        context.library.used_css.setdefault(component.css, component.folder)
    # a component whose script could not run was reported once; its expressions fail with it
    script_missing = component.has_logic and (not component.script or component.name in context.library.failed_scripts)
    for problem in [] if script_missing else problems:
        context.library.warnings.add("expression", f"slide {context.slide_no}: component {component.name}: "
                                                   f"`{problem.expression}` failed: {problem.message}")
    _fill_slots(rendered, element)
    roots = [c for c in rendered.children if isinstance(c, Element)]
    if len(roots) == 1:                     # Vue's attribute fallthrough onto a single root
        root = carry_attrs(element, roots[0], declared_props) if component.inherit_attrs else roots[0]
        root.directives = [*root.directives, *element.directives]   # directives reach the root either way
    return context.children(rendered.children)


def _instantiate_component(component: DeckComponent, props: dict[str, Any], context: ComponentContext,
                           attrs: dict[str, Any] | None = None):
    """The component's template evaluated with its props and, when it has one, what its
    script set up (run in the sandbox for this instance)."""
    from ..errors import SourceLocation
    from ..vue.evaluate import instantiate_with
    from ..vue.engine import ExpressionError

    engine = context.library.engine
    pushed = False
    if component.script:
        try:
            engine.push_component(component.script, list(component.script_names), props)
            pushed = True
        except ExpressionError as exc:
            if component.name in context.library.failed_scripts:
                return instantiate_with(component.template, engine, {**props, "$props": props, "$attrs": attrs or {}})
            context.library.failed_scripts.add(component.name)
            context.library.warnings.add(
                "component", f"component {component.name}: its script failed ({exc.message}); values it "
                             "computes are undefined", SourceLocation(component.path) if component.path else None)
    try:
        return instantiate_with(component.template, engine, {**props, "$props": props, "$attrs": attrs or {}})
    finally:
        if pushed:
            engine.pop_component()


def _fill_slots(tree: Element, caller: Element) -> None:
    named = {}
    default = []
    for child in caller.children:
        slot = slot_name(child) if isinstance(child, Element) else None
        if slot:
            named[slot] = child.children
            continue
        default.append(child)

    def content(slot: Element) -> list[Node]:
        name = slot.attrs.get("name") or "default"
        given = default if name == "default" else named.get(name)
        return given if given else slot.children        # else the slot's fallback content

    replace_elements(tree, lambda e: e.tag == "slot", content)
