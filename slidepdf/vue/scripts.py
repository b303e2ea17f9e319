"""Scripts as the sandbox runs them: a slide's `<script setup>`, and a component's with its
`vue` imports shimmed. Nothing here runs code; it only prepares source for the engine."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .template import Element, Text


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


_VUE_IMPORT = re.compile(r"^[ \t]*import\s*\{([^}]*)\}\s*from\s*['\"]vue['\"][ \t]*;?", re.M)


_TYPE_IMPORT = re.compile(r"^\s*import\s+type\b[^\n]*\n", re.M)


_ANY_IMPORT = re.compile(r"^\s*import\b[^\n]*?(?:from\s*)?['\"]([^'\"]+)['\"]", re.M)


def sandbox_script(source: str) -> tuple[str, tuple[str, ...], str | None]:
    """A component's `<script setup>` as the sandbox runs it: imports from 'vue' become
    slidepdf's shims, type-only imports go; any other import means it cannot run.
    Returns (source, top-level names, why not)."""
    setup = [body for attrs, body in re.findall(r"<script([^>]*)>(.*?)</script>", source, re.S) if "setup" in attrs]
    if not setup:
        return "", (), "only `<script setup>` is run, not the options API"
    body = _TYPE_IMPORT.sub("", "\n".join(setup))
    body = _VUE_IMPORT.sub(lambda m: "const {" + re.sub(r"\bas\b", ":", m[1]) + "} = __vue;", body)
    other = _ANY_IMPORT.search(body)
    if other:
        return "", (), f"it imports '{other[1]}', which slidepdf does not load"
    return body, tuple(dict.fromkeys(m[1] or m[2] for m in _TOP_LEVEL_NAME.finditer(body))), None
