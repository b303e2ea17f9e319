"""Scripts as the sandbox runs them: a slide's `<script setup>`, and a component's with its
`vue` imports shimmed. Nothing here runs code; it only prepares source for the engine."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .template import Element, Text


@dataclass(frozen=True)
class SetupScript:
    """A slide's `<script setup>`: its body (`lang="ts"` or not), or why it cannot run (`problem`)."""

    source: str = ""
    typescript: bool = False
    problem: str | None = None


def setup_script(tree: Element) -> SetupScript:
    """The slide's top-level `<script setup>` blocks, joined. Slidev compiles them into the
    slide's component; here they run in the same sandbox as expressions (see `modules`), so the
    constants, functions and imports they declare are there for the template. A plain `<script>`
    or one nested in an element is never run, and is reported."""
    bodies, problems, typescript = [], [], False
    top_level = [c for c in tree.children if isinstance(c, Element)]
    for child in tree.elements():
        if child.tag.lower() == "script":
            body = "".join(c.text for c in child.children if isinstance(c, Text))
            if not any(child is element for element in top_level):
                problems.append("a <script> inside an element is not run")
            elif "setup" not in child.attrs:
                problems.append("a <script> without `setup` is not run")
            else:
                bodies.append(body)
                typescript = typescript or child.attrs.get("lang") in ("ts", "tsx")
    return SetupScript("\n;\n".join(bodies), typescript, "; ".join(problems) or None)


def component_setup(source: str) -> SetupScript:
    """A `.vue` file's `<script setup>` blocks, or why its script cannot run."""
    blocks = re.findall(r"<script([^>]*)>(.*?)</script>", source, re.S)
    setup = [(attrs, body) for attrs, body in blocks if re.search(r"\bsetup\b", attrs)]
    if not setup:
        return SetupScript(problem="only `<script setup>` is run, not the options API") if blocks else SetupScript()
    typescript = any(re.search(r"\blang=['\"]tsx?['\"]", attrs) for attrs, _ in setup)
    return SetupScript("\n".join(body for _, body in setup), typescript)


def declared_props(script: str) -> frozenset[str] | None:
    """The prop names a `<script setup>` declares with `defineProps` (a runtime object or array,
    a type literal, or an interface or type alias of the same script), so that every other
    attribute falls through to the root as in Vue; None when it declares none."""
    from .typescript import parse

    data, tree = parse(script)
    text = lambda node: data[node.start_byte:node.end_byte].decode("utf-8")     # noqa: E731
    types: dict[str, object] = {}
    call = None
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        if node.type in ("interface_declaration", "type_alias_declaration"):
            name = node.child_by_field_name("name")
            if name is not None:
                types[text(name)] = node.child_by_field_name("body") or node.child_by_field_name("value")
        if node.type == "call_expression" and call is None:
            function = node.child_by_field_name("function")
            if function is not None and text(function) == "defineProps":
                call = node
        stack.extend(reversed(node.children))
    if call is None:
        return None
    names: set[str] = set()
    arguments = call.child_by_field_name("arguments")
    type_arguments = next((child for child in call.children if child.type == "type_arguments"), None)
    if type_arguments is not None and type_arguments.named_children:
        declared = type_arguments.named_children[0]
        if declared.type == "type_identifier":
            declared = types.get(text(declared), declared)
        for member in declared.named_children if declared is not None else ():
            if member.type == "property_signature":
                key = member.child_by_field_name("name")
                if key is not None:
                    names.add(text(key).strip("'\""))
    for argument in arguments.named_children if arguments is not None else ():
        if argument.type == "array":
            names.update(text(item).strip("'\"") for item in argument.named_children if item.type == "string")
        elif argument.type == "object":
            for pair in argument.named_children:
                key = pair.child_by_field_name("key") if pair.type == "pair" else pair
                if key is not None and pair.type in ("pair", "shorthand_property_identifier"):
                    names.add(text(key).strip("'\""))
    return frozenset(names)
