"""markdownit: the markdown-it plugins a theme, an addon or the deck turns on, where Python has them.

Slidev's Markdown is markdown-it; a `vite.config.ts` (the deck's, or a theme's or addon's, which
Slidev merges) adds plugins in `slidev.markdown.markdownItSetup(md) { md.use(Plugin) }`. Those a
Python port exists for are turned on here, found by the package each `import` names: `==mark==`
(markdown-it-mark), `H~2~O` (markdown-it-sub), `x^2^` (markdown-it-sup). Others are named in one
warning; their syntax prints as written.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import SlidepdfError, SourceLocation, WarningLog

SUPPORTED = {"markdown-it-mark": "mark", "markdown-it-sub": "sub", "markdown-it-sup": "sup",
             "markdown-it-footnote": None}        # footnotes are always on, as in Slidev
_CONFIGS = ("vite.config.ts", "vite.config.js", "vite.config.mjs", "vite.config.mts")
_IMPORT = re.compile(r"""^\s*import\s+(?:[\w$]+|\{[^}]*\}|\*\s+as\s+[\w$]+)\s+from\s+['"](markdown-it-[\w-]+)['"]""", re.M)


def markdown_plugins(folders: list[Path], policy, warnings: WarningLog) -> tuple[str, ...]:
    """The extensions (`mark`, `sub`, `sup`) the folders' Vite configs turn on, in a stable order."""
    found: set[str] = set()
    for folder in folders:
        path = next((folder / name for name in _CONFIGS if (folder / name).is_file()), None)
        if path is None:
            continue
        try:
            text = policy.read_text(path)
        except SlidepdfError:
            continue
        if "markdownItSetup" not in text:
            continue
        unknown = []
        for package in _IMPORT.findall(text):
            if package in SUPPORTED:
                if SUPPORTED[package]:
                    found.add(SUPPORTED[package])
            else:
                unknown.append(package)
        if unknown:
            warnings.add("markdown", f"{path.name} adds {', '.join(unknown)} to markdown-it, which slidepdf does not "
                                     "have; its syntax prints as written", SourceLocation(path))
    return tuple(sorted(found))
