"""Scripts as Vite runs them, inside the sandbox: ES modules, imports resolved, compiled once each.

A slide's or a component's `<script setup>` and every module it imports (the deck's `.ts`, `.js`,
`.mjs`, `.json` files, `@/` for the deck root, small packages in the deck's `node_modules`, then
the few slidepdf bundles in `themes/npm/`) become functions in the JavaScript sandbox: each
`import` is rewritten to a call that returns the imported module's exports, each `export` to an
assignment, and TypeScript is stripped first (`typescript`). A CommonJS file (`module.exports`,
`require` of string literals) runs as Node runs it: its `module.exports` is the default export, its
properties the named ones, and a `require` of what cannot be had throws, as in Node. `vue` and
`@slidev/client` are shims that describe the printed page. Files are read through the access
policy, at most `MAX_MODULE_BYTES` each and `MAX_MODULES` per export; nothing runs on the host. An
import that cannot be had (a package the deck does not have, one that needs a browser) is one
warning naming it and the importing file, and gives a stand-in whose every member is `undefined`,
so that the rest of the template still prints.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import SlidepdfError, SourceLocation, WarningLog
from ..policy import find_package_folder, split_package_specifier
from .typescript import first_error, parse, strip_types

MAX_MODULE_BYTES = 512 * 1024
MAX_MODULES = 200
SHIMS = ("vue", "@slidev/client", "@slidev/types")   # modules the sandbox provides itself
_EXTENSIONS = ("", ".ts", ".js", ".mjs", ".json", ".vue", "/index.ts", "/index.js", "/index.mjs")
_TS = (".ts", ".mts", ".tsx")


@dataclass(frozen=True)
class Program:
    """A script ready for the sandbox: its body, the names it declares at top level (imports
    included, as Vue's `<script setup>` exposes them to the template), or why it cannot run."""

    source: str = ""
    names: tuple[str, ...] = ()
    problem: str | None = None
    components: tuple[tuple[str, Path], ...] = ()   # (local name, .vue file) its template may use


@dataclass
class ModuleLoader:
    """The modules of one export: each file compiled once, defined once in the engine."""

    policy: object
    deck_root: Path
    engine: object
    warnings: WarningLog
    defined: dict[str, str | None] = field(default_factory=dict)     # module id → why it is a stand-in
    reported: set = field(default_factory=set)

    def program(self, source: str, origin: Path, typescript: bool, setup: bool = True) -> Program:
        """A `<script setup>` (or a module's) source as the sandbox runs it."""
        if typescript:
            stripped = strip_types(source)
            if stripped.problem:
                return Program(problem=f"{origin.name} {stripped.problem}")
            source = stripped.source
        try:
            body, names, imports = rewrite(source, module=not setup)
        except ValueError as exc:
            return Program(problem=f"{origin.name}: {exc}")
        resolved = {}
        for specifier in imports:
            resolved[specifier] = self._load(specifier, origin)
        for specifier, module_id in resolved.items():
            body = body.replace(_placeholder(specifier), json.dumps(module_id))
        components = tuple((local, Path(resolved[specifier])) for local, specifier in _vue_defaults(source)
                           if specifier in resolved and resolved[specifier].endswith(".vue"))
        return Program(body, names, components=components)

    def load_file(self, path: Path) -> str:
        """The id of the module in file `path` (a setup file), defined in the engine."""
        return self._load(str(path.resolve()), path)

    def _load(self, specifier: str, importer: Path) -> str:
        """The id of the module `specifier` names from `importer`, defined in the engine."""
        if specifier in SHIMS or specifier.startswith("@slidev/client/"):
            return "@slidev/client" if specifier.startswith("@slidev/client") else specifier
        path, why = self._resolve(specifier, importer)
        if path is None:
            return self._stand_in(specifier, importer, why)
        module_id = str(path)
        if module_id in self.defined:
            return module_id
        if len(self.defined) >= MAX_MODULES:
            return self._stand_in(specifier, importer, f"more than {MAX_MODULES} modules")
        self.defined[module_id] = None                  # before its own imports: cycles end here
        try:
            text = self.policy.read_text(path)
        except SlidepdfError as exc:
            self.defined.pop(module_id)
            return self._stand_in(specifier, importer, str(exc))
        if len(text.encode("utf-8")) > MAX_MODULE_BYTES:
            self.defined.pop(module_id)
            return self._stand_in(specifier, importer, f"over {MAX_MODULE_BYTES // 1024} KB")
        if path.suffix == ".json":
            body = f"const __value = {text};\n__exports.default = __value;\n" \
                   "if (__value && typeof __value === 'object' && !Array.isArray(__value)) Object.assign(__exports, __value);"
        elif path.suffix == ".vue":
            body = f"__exports.default = {{ __name: {json.dumps(path.stem)}, __file: {json.dumps(path.name)} }};"
        elif path.suffix in (".js", ".cjs") and is_commonjs(text):
            body = self._commonjs(text, path)
        else:
            program = self.program(text, path, path.suffix in _TS, setup=False)
            if program.problem:
                self.defined.pop(module_id)
                return self._stand_in(specifier, importer, program.problem)
            body = program.source
        self.engine.define_module(module_id, body)
        return module_id

    def _commonjs(self, text: str, path: Path) -> str:
        """A CommonJS file's body: each `require('x')` it makes of something that can be had
        defined as a module first (a Node built-in, or a package the deck lacks, throws)."""
        requires = {}
        for specifier in dict.fromkeys(call["specifier"] for call in _REQUIRE.finditer(text)):
            found, _ = self._resolve(specifier, path)
            requires[specifier] = self._load(specifier, path) if found is not None else None
        return _COMMONJS.replace("__REQUIRES__", json.dumps(requires)).replace("__SOURCE__", text)

    def _resolve(self, specifier: str, importer: Path) -> tuple[Path | None, str]:
        if specifier.startswith(("./", "../", "/")):
            base = (importer.parent / specifier) if not specifier.startswith("/") else Path(specifier)
            return self._file(base), "not found"
        if specifier.startswith("@/") or specifier.startswith("~/"):
            return self._file(self.deck_root / specifier[2:]), "not found"
        return self._package(specifier, importer)

    def _file(self, base: Path) -> Path | None:
        for extension in _EXTENSIONS:
            candidate = Path(str(base) + extension)
            if candidate.is_file():
                return candidate.resolve()
        return None

    def _package(self, specifier: str, importer: Path) -> tuple[Path | None, str]:
        """A bare import: the package in a `node_modules` folder from the importer up to the deck
        root, else among the bundled ones; its entry (`exports`, `module`, `main`), ES module or
        CommonJS."""
        from ..resources import bundled_packages_dir

        name, rest = split_package_specifier(specifier)
        package = find_package_folder(name, importer.parent, self.deck_root, also=(bundled_packages_dir(),))
        if package is not None:
            return self._entry(package, rest), "its entry is not an ES module slidepdf can read"
        return None, "not installed in the deck's node_modules"

    def _entry(self, package: Path, rest: str) -> Path | None:
        try:
            meta = json.loads(self.policy.read_text(package / "package.json"))
        except (SlidepdfError, ValueError):
            return None
        if rest:
            return self._file(package / rest)
        exports = meta.get("exports")
        if isinstance(exports, dict):
            exports = exports.get(".", exports)
        while isinstance(exports, dict):
            exports = next((exports[k] for k in ("import", "module", "default", "browser") if k in exports), None)
        entry = exports if isinstance(exports, str) else meta.get("module") or meta.get("main") or "index.js"
        found = self._file(package / entry)
        return found if found is not None and found.suffix in (".js", ".mjs", ".cjs", ".ts") else None

    def _stand_in(self, specifier: str, importer: Path, why: str) -> str:
        key = (specifier, str(importer))
        if key not in self.reported:
            self.reported.add(key)
            self.warnings.add("script", f"{importer.name} imports '{specifier}' ({why}); what it gives is undefined, "
                                        "the rest is drawn", SourceLocation(importer))
        module_id = f"stand-in:{specifier}"
        if module_id not in self.defined:
            self.defined[module_id] = why
            self.engine.define_stand_in(module_id)
        return module_id


def loader_of(engine, policy, origin: Path, warnings: WarningLog) -> "ModuleLoader":
    """The engine's module loader (one per export, made where the deck is opened); one for the
    file's own folder when the engine has none yet (a component read on its own)."""
    if engine.modules is None:
        engine.modules = ModuleLoader(policy, Path(origin).resolve().parent.parent, engine, warnings)
    return engine.modules


_REQUIRE = re.compile(r"""\brequire\(\s*(['"])(?P<specifier>[^'"]+)\1\s*\)""")
# a CommonJS file as Node wraps it; its exports then become the ES module's
_COMMONJS = """const __requires = __REQUIRES__;
const __module = { exports: __exports };
const __require = (specifier) => {
  const id = __requires[specifier];
  if (id == null) throw new Error("Cannot find module '" + specifier + "'");
  const required = __import(id);
  return Object.prototype.hasOwnProperty.call(required, "__commonjs") ? required.default : required;
};
(function (module, exports, require, global) {
__SOURCE__
}).call(__exports, __module, __exports, __require, globalThis);
const __value = __module.exports;
if (__value !== __exports && __value !== null && (typeof __value === "object" || typeof __value === "function"))
  for (const key of Object.keys(__value)) __exports[key] = __value[key];
__exports.default = __value;
Object.defineProperty(__exports, "__commonjs", { value: true });"""


def is_commonjs(source: str) -> bool:
    """Whether a `.js` file is CommonJS: no `import`/`export` statement of its own, and it
    uses `module.exports`, `exports.` or `require(`."""
    if not re.search(r"\bmodule\.exports\b|\bexports\.|\brequire\(", source):
        return False
    _, tree = parse(source)
    return not any(statement.type in ("import_statement", "export_statement")
                   for statement in tree.root_node.named_children)


def _placeholder(specifier: str) -> str:
    return f"__SLIDEPDF_IMPORT__{json.dumps(specifier)}__"


def rewrite(source: str, module: bool) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """(body, top-level names, import specifiers): imports become `__import(id)` calls (the id
    still a placeholder for each specifier), exports assignments to `__exports` (for a module)."""
    data, tree = parse(source)
    broken = first_error(tree.root_node)
    if broken is not None:
        raise ValueError(f"line {broken.start_point[0] + 1}: a script that cannot be read")
    metas = _import_metas(tree.root_node)
    if metas:                                       # `import.meta` first, wherever it stands
        for node in sorted(metas, key=lambda n: n.start_byte, reverse=True):
            data = data[:node.start_byte] + b"__importMeta" + data[node.end_byte:]
        data, tree = parse(data.decode("utf-8"))
    edits: list[tuple[int, int, str]] = []
    names: list[str] = []
    imports: list[str] = []
    exported: list[tuple[str, str]] = []            # (exported name, local expression)
    text = lambda node: data[node.start_byte:node.end_byte].decode("utf-8")     # noqa: E731
    for statement in tree.root_node.named_children:
        if statement.type == "import_statement":
            replacement, bound, specifier = _import(statement, text)
            imports.append(specifier)
            names.extend(bound)
            edits.append((statement.start_byte, statement.end_byte, replacement))
        elif statement.type == "export_statement":
            replacement, local_names, pairs, specifier = _export(statement, text)
            if specifier:
                imports.append(specifier)
            names.extend(local_names)
            exported.extend(pairs)
            edits.append((statement.start_byte, statement.end_byte, replacement))
        else:
            names.extend(_declared(statement, text))
    out, position = [], 0
    for start, end, replacement in edits:
        if start < position:
            continue                    # inside a statement already rewritten
        out.append(data[position:start].decode("utf-8"))
        out.append(replacement + "\n" * text_lines(data[start:end]))
        position = end
    out.append(data[position:].decode("utf-8"))
    body = "".join(out)
    if module and exported:
        body += "\n" + "\n".join(f"__exports[{json.dumps(name)}] = {local};" for name, local in exported)
    return body, tuple(dict.fromkeys(names)), tuple(dict.fromkeys(imports))


def _vue_defaults(source: str) -> list[tuple[str, str]]:
    """(local name, specifier) of `import Name from './X.vue'`: components the template uses."""
    import re

    return re.findall(r"^\s*import\s+([A-Za-z_$][\w$]*)\s+from\s+['\"]([^'\"]+\.vue)['\"]", source, re.M)


def _import_metas(root) -> list:
    """`import.meta` wherever it stands (Vite's `import.meta.env`): the sandbox's stand-in."""
    found, stack = [], [root]
    while stack:
        node = stack.pop()
        if node.type == "meta_property" and node.child_count and node.children[0].type == "import":
            found.append(node)
            continue
        stack.extend(node.children)
    return found


def text_lines(data: bytes) -> int:
    return data.count(b"\n")


def _import(statement, text) -> tuple[str, list[str], str]:
    source = next(child for child in statement.named_children if child.type == "string")
    specifier = text(source)[1:-1]
    module = f"__import({_placeholder(specifier)})"
    clause = next((child for child in statement.named_children if child.type == "import_clause"), None)
    if clause is None:
        return f"{module};", [], specifier
    parts, bound = [], []
    for child in clause.named_children:
        if child.type == "identifier":                      # import x from …
            parts.append(f"const {text(child)} = {module}.default;")
            bound.append(text(child))
        elif child.type == "namespace_import":              # import * as ns from …
            local = text(child.named_children[-1])
            parts.append(f"const {local} = {module};")
            bound.append(local)
        elif child.type == "named_imports":                 # import { a, b as c } from …
            pairs = []
            for specifier_node in child.named_children:
                if specifier_node.type != "import_specifier" or specifier_node.children[0].type == "type":
                    continue
                idents = [text(n) for n in specifier_node.named_children]
                imported, local = (idents[0], idents[-1])
                pairs.append(imported if imported == local else f"{json.dumps(imported)}: {local}")
                bound.append(local)
            if pairs:
                parts.append(f"const {{ {', '.join(pairs)} }} = {module};")
    return " ".join(parts), bound, specifier


def _export(statement, text) -> tuple[str, list[str], list[tuple[str, str]], str | None]:
    """(replacement, names declared here, exported pairs, re-exported module specifier)."""
    children = statement.children
    declaration = statement.child_by_field_name("declaration")
    source = next((child for child in statement.named_children if child.type == "string"), None)
    is_default = any(child.type == "default" for child in children)
    if declaration is not None and not is_default:
        names = _declared(declaration, text)
        return text(declaration), names, [(name, name) for name in names], None
    if is_default:
        value = declaration or statement.child_by_field_name("value") or statement.named_children[-1]
        if value.type in ("function_declaration", "class_declaration", "generator_function_declaration") \
                and value.child_by_field_name("name") is not None:
            name = text(value.child_by_field_name("name"))
            return text(value), [name], [("default", name)], None
        return f"const __default = ({text(value)});", [], [("default", "__default")], None
    clause = next((child for child in statement.named_children if child.type == "export_clause"), None)
    if source is not None:
        specifier = text(source)[1:-1]
        module = f"__import({_placeholder(specifier)})"
        if clause is None:                                  # export * from … / export * as ns from …
            alias = next((child for child in statement.named_children if child.type in ("namespace_export",)), None)
            if alias is not None:
                return "", [], [(text(alias.named_children[-1]), module)], specifier
            return f"Object.assign(__exports, {module});", [], [], specifier
        pairs = []
        for item in clause.named_children:
            idents = [text(n) for n in item.named_children]
            pairs.append((idents[-1], f"{module}[{json.dumps(idents[0])}]"))
        return "", [], pairs, specifier
    pairs = []
    for item in clause.named_children if clause is not None else ():
        idents = [text(n) for n in item.named_children]
        pairs.append((idents[-1], idents[0]))
    return "", [], pairs, None


def _declared(statement, text) -> list[str]:
    """The names a top-level statement declares."""
    kind = statement.type
    if kind in ("function_declaration", "generator_function_declaration", "class_declaration"):
        name = statement.child_by_field_name("name")
        return [text(name)] if name is not None else []
    if kind in ("lexical_declaration", "variable_declaration"):
        found = []
        for declarator in statement.named_children:
            if declarator.type == "variable_declarator":
                found.extend(_pattern_names(declarator.child_by_field_name("name"), text))
        return found
    return []


def _pattern_names(pattern, text) -> list[str]:
    if pattern is None:
        return []
    if pattern.type in ("identifier", "shorthand_property_identifier_pattern"):
        return [text(pattern)]
    found = []
    for child in pattern.named_children:
        if child.type == "pair_pattern":
            found.extend(_pattern_names(child.child_by_field_name("value"), text))
        elif child.type == "assignment_pattern":
            found.extend(_pattern_names(child.child_by_field_name("left"), text))
        elif child.type not in ("property_identifier", "number", "string"):
            found.extend(_pattern_names(child, text))
    return found
