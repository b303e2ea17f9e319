"""The package reads as the pipeline: each folder a stage, imports only from stages before it, no cycles."""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "slidepdf"

# The stages in pipeline order; a module may import from its own stage and the ones above it.
LAYERS = (
    {"errors", "model", "textutil", "resources", "options", "policy", "assets", "iconsets"},
    {"parser"},
    {"vue"},
    {"markdown"},
    {"theme"},
    {"style"},
    {"components"},
    {"clicks"},
    {"render"},
    {"document"},
    {"pdf"},
    {"pipeline", "api", "batch"},
    {"cli", "console", "__init__", "__main__"},
)
LONG_MODULE = 400       # lines; a longer module says why at its top


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every slidepdf module `path` imports, at its top or inside a function."""
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path).rpartition(".")[0]
    found = set()
    for node in _nodes_that_run(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("slidepdf"):
                if node.module:                 # `from . import x` imports x, not the package's own names
                    found.add(target)
                found.update(f"{target}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("slidepdf"))
    return found


def _nodes_that_run(tree: ast.AST):
    """Every node but those under `if TYPE_CHECKING:` (annotations only, never imported)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and isinstance(child.test, ast.Name) and child.test.id == "TYPE_CHECKING":
                stack.extend(child.orelse)
                continue
            stack.append(child)


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}
GRAPH = {name: {target for target in _imports(path) if target in MODULES and target != name}
         for name, path in MODULES.items()}


def _stage(module: str) -> int:
    first = module.split(".")[1] if "." in module else "__init__"
    return next(index for index, names in enumerate(LAYERS) if first in names)


def test_every_module_belongs_to_a_stage():
    for module in MODULES:
        assert _stage(module) >= 0


@pytest.mark.parametrize("module", sorted(MODULES))
def test_a_module_imports_only_from_its_own_stage_and_the_stages_before_it(module):
    upward = sorted(target for target in GRAPH[module] if _stage(target) > _stage(module))
    assert upward == [], f"{module} reaches forward into {upward}"


def test_no_import_cycles():
    # Tarjan's strongly connected components over module imports (lazy ones included)
    index, low, stack, on_stack, cycles, counter = {}, {}, [], set(), [], [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in GRAPH[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            # a package's __init__ re-exporting its own modules is not a cycle of the pipeline
            if len(component) > 1 and not _package_and_its_modules(component):
                cycles.append(sorted(component))

    for module in MODULES:
        if module not in index:
            visit(module)
    assert cycles == []


def _package_and_its_modules(component: list[str]) -> bool:
    packages = [m for m in component if MODULES[m].name == "__init__.py"]
    return len(packages) == 1 and all(m.startswith(packages[0]) for m in component)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_a_long_module_says_why_at_its_top(module):
    text = MODULES[module].read_text(encoding="utf-8")
    if text.count("\n") > LONG_MODULE:
        docstring = ast.get_docstring(ast.parse(text)) or ""
        assert "long" in docstring.lower(), f"{module}: {text.count(chr(10))} lines and no word on why"
