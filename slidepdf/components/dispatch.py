"""Each element of a slide's tree to its renderer: a built-in, a deck component, or itself."""
from __future__ import annotations

from dataclasses import replace

from ..vue.template import Element, Node, component_name
from .builtins import RENDERERS, apply_drag_directive, code_block, iframe
from .context import ComponentContext
from .deck import deck_component


def render_builtins(tree: Element, context: ComponentContext) -> None:
    """Replace built-in components in `tree` (in place) with their printed markup."""
    tree.children = _children(tree.children, replace(context, render=_children))


def _children(nodes: list[Node], context: ComponentContext) -> list[Node]:
    out: list[Node] = []
    for node in nodes:
        if not isinstance(node, Element):
            out.append(node)
            continue
        apply_drag_directive(node, context)
        if node.tag.lower() == "button":
            # WeasyPrint draws <button> as a full-width form control and drops its content;
            # on paper a button is only what it shows
            node.tag = "span"
            node.add_class("slidepdf-button")
        if node.tag.lower() == "iframe":
            # WeasyPrint draws no frame's page; the card says where it was
            out.extend(iframe(node, context))
            continue
        # `<link>` is HTML's own element; only `<Link>` is the component (Vue checks native tags first)
        renderer = None if node.tag == "link" else RENDERERS.get(component_name(node.tag))
        if renderer is None and "slidev-code-wrapper" in node.classes:
            code_block(node, context)
        if renderer is None and context.library is not None and _is_component_tag(node.tag):
            component = context.library.find(node.tag)
            if component is not None:
                out.extend(deck_component(node, component, context))
                continue
            if node.tag[:1].isupper():           # a Vue component slidepdf cannot draw: its content stays
                context.library.warnings.add(
                    "component", f"slide {context.slide_no}: <{node.tag}> is not a built-in or a deck component; "
                                 "only its content is drawn")
        if renderer is None:
            node.children = context.children(node.children)
            out.append(node)
            continue
        out.extend(renderer(node, context))
    return out


_HTML_TAGS = frozenset("""a abbr address area article aside audio b base bdi bdo blockquote body br button canvas
caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure
footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main map mark menu
meta meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script
section select slot small source span strong style sub summary sup table tbody td template textarea tfoot th thead
time title tr track u ul var video wbr svg""".split())


def _is_component_tag(tag: str) -> bool:
    return tag not in _HTML_TAGS and ":" not in tag     # case-sensitive, as Vue's isHTMLTag: <Title> is a component
