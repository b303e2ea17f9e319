"""`CodeBlockWrapper`: a highlighted code block's line numbers, height limit and title bar."""
from __future__ import annotations

import re

from ...vue.template import Element, Text
from ..context import ComponentContext


def code_block(element: Element, context: ComponentContext) -> None:
    """CodeBlockWrapper's print markup: line numbers (`lines`, else the deck's `lineNumbers`,
    counted from `startLine`), `maxHeight`, and the `[title]` bar above the code."""
    lines = element.props.get("lines", context.deck.config.line_numbers)
    if lines is True or lines == "true":
        element.add_class("slidev-code-line-numbers")
        start = element.props.get("startLine", 1)
        try:
            start = int(start)
        except (TypeError, ValueError):
            start = 1
        if start != 1:
            style = element.attrs.get("style") or ""
            element.attrs["style"] = "; ".join(filter(None, [style, f"--start: {start}"]))
            for code in (e for e in element.elements() if e.tag == "code"):
                code.attrs["style"] = f"counter-reset: step {start - 1}"
    max_height = element.props.get("maxHeight")
    if isinstance(max_height, (str, int, float)) and str(max_height).strip():
        # on screen it scrolls; on paper the first lines show, the rest is cut
        value = f"{max_height}px" if isinstance(max_height, (int, float)) else str(max_height)
        style = element.attrs.get("style") or ""
        element.attrs["style"] = "; ".join(filter(None, [style, f"max-height: {value}", "overflow: hidden"]))
    title = element.attrs.get("data-title")
    if title and not any(isinstance(c, Element) and "slidev-code-block-title" in c.classes for c in element.children):
        # `~icon~` in a title names the bar's icon; the rest of the text is what shows
        label = Element(tag="div", attrs={"class": "leading-1em"},
                        children=[Text(text=_ICON_HINT.sub("", title).strip())])
        icon = title_icon(title)
        children = [Element(tag="div", attrs={"class": f"w-3.5 h-3.5 relative {icon}"}), label] if icon else [label]
        element.children.insert(0, Element(tag="div", attrs={"class": "slidev-code-block-title"}, children=children))


_ICON_HINT = re.compile(r"~([^~]+)~")
# Slidev's TitleIcon: the icon a code block's title gets from the tool, config file or
# extension it names (the longest name the title contains wins); vscode-icons' file types
_FILE_TYPES = {
    "pnpm": "light-pnpm", "npm": "npm", "yarn": "yarn", "bun": "bun", "deno": "deno",
    "vue": "vue", "svelte": "svelte", "angular": "angular", "react": "reactjs", "next": "light-next",
    "nuxt": "nuxt", "astro": "light-astro", "rollup": "rollup", "webpack": "webpack", "vite": "vite",
    "esbuild": "esbuild", "package.json": "node", "tsconfig.json": "tsconfig", ".npmrc": "npm",
    ".editorconfig": "editorconfig", ".eslintrc": "eslint", ".eslintignore": "eslint", "eslint.config": "eslint",
    ".gitignore": "git", ".gitattributes": "git", ".env": "dotenv", ".env.example": "dotenv", ".vscode": "vscode",
    "tailwind.config": "tailwind", "uno.config": "unocss", "unocss.config": "unocss", ".oxlintrc": "oxlint",
    "vue.config": "vueconfig", ".mts": "typescript", ".cts": "typescript", ".ts": "typescript",
    ".tsx": "typescript", ".mjs": "js", ".cjs": "js", ".json": "json", ".js": "js", ".jsx": "js",
    ".md": "markdown", ".py": "python", ".ico": "favicon", ".html": "html", ".css": "css", ".scss": "scss",
    ".yml": "light-yaml", ".yaml": "light-yaml", ".php": "php", ".svg": "svg",
}
_TITLE_ICONS = {**{name: f"i-vscode-icons:file-type-{kind}" for name, kind in _FILE_TYPES.items()},
                "solid": "i-logos:solidjs-icon"}
_TITLE_ICON_ORDER = sorted(_TITLE_ICONS, key=len, reverse=True)


def title_icon(title: str) -> str:
    """The icon class of a code block title: its `~icon~`, else the file type it names."""
    hinted = _ICON_HINT.search(title)
    if hinted:
        return hinted.group(1)
    lowered = title.lower()
    return next((_TITLE_ICONS[name] for name in _TITLE_ICON_ORDER if name in lowered), "")
