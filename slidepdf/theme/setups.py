"""setups: what a theme's, an addon's or a deck's `setup/<name>.ts` returns, run in the sandbox.

Slidev calls each `setup/mermaid.ts` (`defineMermaidSetup(() => ({ theme, themeVariables … }))`)
of the theme, its addons and the deck, in that order, and spreads the objects they return into
one configuration. The files run as every deck script does: in the JavaScript sandbox, through the
access policy, their imports resolved by the export's module loader. What they return must be
plain data (functions and browser objects are left out); a setup that fails is one warning naming
its file, and the others still count.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import SourceLocation, WarningLog
from ..vue.engine import ExpressionError, JsEngine
from ..vue.modules import loader_of

_EXTENSIONS = (".ts", ".js", ".mjs")


def setup_file(folder: Path, name: str) -> Path | None:
    for extension in _EXTENSIONS:
        candidate = folder / "setup" / f"{name}{extension}"
        if candidate.is_file():
            return candidate
    return None


def setup_value(path: Path, policy, engine: JsEngine, warnings: WarningLog) -> Any:
    """The value `path`'s default export gives: called (with no arguments) when it is a function."""
    module_id = loader_of(engine, policy, path, warnings).load_file(path)
    if module_id.startswith("stand-in:"):
        return None
    try:
        return engine.evaluate(f"((m) => typeof m.default === 'function' ? m.default() : m.default)"
                               f"(__import({json.dumps(module_id)}))")
    except ExpressionError as exc:
        warnings.add("script", f"{path.name} did not run ({exc.message}); its settings are left out",
                     SourceLocation(path))
        return None


def merged_setups(folders: list[Path], name: str, policy, engine: JsEngine, warnings: WarningLog) -> dict[str, Any]:
    """The objects the `setup/<name>` files of `folders` (theme, addons, deck) return, spread in order."""
    merged: dict[str, Any] = {}
    for folder in folders:
        path = setup_file(folder, name)
        if path is None:
            continue
        value = setup_value(path, policy, engine, warnings)
        if isinstance(value, dict):
            merged.update(value)
        elif value is not None:
            warnings.add("script", f"{path.name} gives no settings object; it is left out", SourceLocation(path))
    return merged
