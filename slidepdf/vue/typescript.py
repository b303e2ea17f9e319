"""TypeScript → JavaScript for the scripts slidepdf runs: types stripped, enums made objects.

The deck's and its themes' scripts are `<script setup lang="ts">` and `.ts` modules. The sandbox
runs JavaScript, so the types go first, as TypeScript's own "erasable syntax" does: annotations,
interfaces, type aliases, `import type`, generics, `as` / `satisfies` casts, `!` assertions,
`declare`, overload signatures, access modifiers and `implements` are removed (each replaced by
spaces, so that lines and columns stay where they were), and an `enum` becomes the object
TypeScript compiles it to. Parsing is tree-sitter's TypeScript grammar (a parser, not regular
expressions): what it cannot parse is reported, and that script is not run.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

# Node kinds that are types and nothing else: the whole node goes.
_TYPE_ONLY = frozenset({
    "type_annotation", "type_parameters", "type_arguments", "interface_declaration", "type_alias_declaration",
    "ambient_declaration", "function_signature", "abstract_method_signature", "index_signature",
    "implements_clause", "accessibility_modifier", "override_modifier", "type_predicate_annotation",
    "asserts_annotation", "opting_type_annotation", "omitting_type_annotation", "decorator",
})


@dataclass(frozen=True)
class Stripped:
    source: str             # JavaScript
    problem: str | None     # why the source could not be read, if it could not


@lru_cache(maxsize=1)
def parser():
    """tree-sitter's TypeScript parser (also reads plain JavaScript)."""
    import tree_sitter
    import tree_sitter_typescript

    return tree_sitter.Parser(tree_sitter.Language(tree_sitter_typescript.language_typescript()))


def parse(source: str):
    data = source.encode("utf-8")
    return data, parser().parse(data)


def first_error(node) -> object | None:
    """The first ERROR or missing node, if the parse went wrong somewhere."""
    if not node.has_error:
        return None
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type == "ERROR" or current.is_missing:
            return current
        stack.extend(reversed([child for child in current.children if child.has_error or child.is_missing]))
    return node


def strip_types(source: str) -> Stripped:
    """`source` (TypeScript) as JavaScript with the same line structure."""
    data, tree = parse(source)
    broken = first_error(tree.root_node)
    if broken is not None:
        line = broken.start_point[0] + 1
        return Stripped("", f"line {line}: TypeScript that cannot be read")
    edits: list[tuple[int, int, bytes]] = []
    _collect(tree.root_node, data, edits)
    return Stripped(_apply(data, edits).decode("utf-8"), None)


def _collect(node, data: bytes, edits: list) -> None:
    kind = node.type
    if kind in _TYPE_ONLY:
        edits.append((node.start_byte, node.end_byte, b""))
        return
    if kind == "import_statement" and any(child.type == "type" for child in node.children):
        edits.append((node.start_byte, node.end_byte, b""))          # import type { A } from …
        return
    if kind == "export_statement" and any(child.type in ("type", "interface_declaration", "type_alias_declaration")
                                          for child in node.children):
        edits.append((node.start_byte, node.end_byte, b""))          # export type / export interface
        return
    if kind == "import_specifier" and node.children and node.children[0].type == "type":
        following = node.next_sibling                                # import { type A, b }: its comma too
        end = following.end_byte if following is not None and following.type == "," else node.end_byte
        edits.append((node.start_byte, end, b""))
        return
    if kind in ("as_expression", "satisfies_expression") and node.named_children:
        value = node.named_children[0]
        _collect(value, data, edits)
        edits.append((value.end_byte, node.end_byte, b""))
        return
    if kind == "non_null_expression" and node.named_children:
        _collect(node.named_children[0], data, edits)
        edits.append((node.end_byte - 1, node.end_byte, b""))           # the trailing `!`
        return
    if kind in ("optional_parameter", "variable_declarator", "public_field_definition", "method_definition"):
        for child in node.children:
            if child.type in ("?", "!") and kind != "method_definition":
                edits.append((child.start_byte, child.end_byte, b""))
            elif child.type in ("readonly", "declare", "abstract", "?") and kind != "variable_declarator":
                edits.append((child.start_byte, child.end_byte, b""))
    if kind == "public_field_definition" and any(child.type == "declare" for child in node.children):
        edits.append((node.start_byte, node.end_byte, b""))
        return
    if kind in ("abstract_class_declaration",):
        keyword = node.children[0]
        edits.append((keyword.start_byte, keyword.end_byte, b""))
    if kind == "enum_declaration":
        edits.append((node.start_byte, node.end_byte, _enum(node, data).encode("utf-8")))
        return
    for child in node.children:
        _collect(child, data, edits)


def _enum(node, data: bytes) -> str:
    """`enum Color { Red, Green = 4, Blue }` as TypeScript compiles it (numbers map back to names)."""
    name = next(child for child in node.children if child.type == "identifier")
    body = next(child for child in node.children if child.type == "enum_body")
    label = data[name.start_byte:name.end_byte].decode()
    lines, previous = [f"var {label} = {{}};"], None
    for member in body.named_children:
        if member.type == "enum_assignment":
            key_node, value_node = member.named_children[0], member.named_children[-1]
            value = data[value_node.start_byte:value_node.end_byte].decode()
        elif member.type in ("property_identifier", "string"):
            key_node, value = member, f"{previous} + 1" if previous is not None else "0"
        else:
            continue
        key = data[key_node.start_byte:key_node.end_byte].decode().strip("'\"")
        is_string = member.type == "enum_assignment" and member.named_children[-1].type in ("string", "template_string")
        if is_string:
            lines.append(f"{label}[{key!r}] = {value};")
            previous = None
        else:
            lines.append(f"{label}[{label}[{key!r}] = {value}] = {key!r};")
            previous = f"{label}[{key!r}]"
    text = " ".join(lines)
    original = data[node.start_byte:node.end_byte].decode()
    return text + "\n" * original.count("\n")       # the lines after it stay where they were


def _apply(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    """The edits applied, outermost first; a removed span becomes spaces (newlines kept)."""
    out, position = [], 0
    for start, end, replacement in sorted(edits, key=lambda edit: (edit[0], -edit[1])):
        if start < position:
            continue                                  # inside a span already edited
        out.append(data[position:start])
        removed = data[start:end]
        out.append(replacement if replacement else bytes(b if b == 10 else 32 for b in removed))
        position = end
    out.append(data[position:])
    return b"".join(out)
