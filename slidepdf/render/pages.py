"""pages: slides → click states → page HTML, one `Page` per PDF page.

For each slide the template tree is built once; then for each click state it is rendered
with that state's scope (`evaluate`), mounted (`clicks`) and shown at that click, and
wrapped in its layout (`document`). A slide whose clicks total T gives pages for clicks
`clicksStart..T`, as `slidev export --with-clicks` does; without clicks, one page at the
final state (Slidev's default export).
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from markdown_it import MarkdownIt

from ..assets import resolve_css_urls
from .assets import resolve_images
from ..clicks import mount_clicks, show_clicks
from ..components import ComponentContext, DeckComponents, render_builtins
from .layout import class_value, render_page, slide_template
from ..errors import SourceLocation, WarningLog
from ..markdown.diagrams import DiagramRenderer, draw_diagrams
from ..vue.evaluate import instantiate_with
from ..vue.modules import Program, loader_of
from ..vue.scripts import setup_script
from ..theme.icons import IconLibrary
from ..vue.engine import ExpressionError, JsEngine
from ..components.layers import Layer, global_layers, layer_element, layout_props
from ..markdown.render import make_markdown
from ..markdown.mathtex import MathTypesetter, typeset_math
from ..model import Deck, Slide
from ..clicks.notes import notes_for_click, split_notes
from ..policy import AccessPolicy
from ..style import StyleContext, UtilityChecker
from ..style.deckcss import prepare_css
from ..style.deckcss import report as report_css
from ..style.extract import StyleTools, apply_utilities
from ..style.filters import ImageFilters
from ..style.generate import expand_variant_groups
from ..style.printcss import rewrite_inline_styles
from ..vue.template import Element, Text, replace_elements
from ..theme.themes import LayoutShape, Theme

# Past this many click states a slide is almost surely a typo (`clicks: 10000`).
MAX_PAGES_PER_SLIDE = 200


@dataclass(frozen=True)
class Page:
    """One PDF page: a slide at a click state, its HTML and the notes that go with it."""

    slide: Slide
    click: int
    clicks_start: int
    total_clicks: int
    html: str
    notes: str = ""
    tokens: frozenset[str] = frozenset()      # utility classes the page uses (for the CSS)
    css: str = ""                             # the slide's own <style>, scoped to it
    missing_icons: frozenset[str] = frozenset()

    @property
    def anchor(self) -> str:
        return f"slide-{self.slide.no}" + (f"-{self.click}" if self.click != self.clicks_start else "")


def page_scope(deck: Deck, slide: Slide, click: int, clicks_start: int, total: int,
               dark: bool = False) -> dict[str, Any]:
    """What a template expression on this page sees, as Slidev's slide context provides it."""
    frontmatter = slide.effective_frontmatter
    nav = {
        "currentPage": slide.no, "currentSlideNo": slide.no, "total": len(deck.slides),
        "clicks": click, "clicksTotal": total, "currentLayout": slide.layout,
        "hasNext": slide.no < len(deck.slides) or click < total, "hasPrev": slide.no > 1 or click > clicks_start,
        "isPrintMode": True, "isPrintWithClicks": True, "isPresenter": False, "isEmbedded": False,
    }
    configs = {**deck.headmatter, "title": deck.config.title}
    return {
        "$clicks": click, "$page": slide.no, "$frontmatter": frontmatter, "frontmatter": frontmatter,
        # Slidev prints slides in the 'slide' render context; print mode shows in `$nav`.
        "$renderContext": "slide", "$nav": nav, "$scale": 1, "$zoom": 1, "$isDark": dark,
        "$clicksContext": {"current": click, "clicksStart": clicks_start, "total": total},
        "$slidev": {"nav": nav, "configs": configs, "themeConfigs": deck.config.theme_config},
    }


@dataclass
class PageTools:
    """What building pages needs for a whole export: Markdown, the JS sandbox, icons, rules."""

    md: MarkdownIt
    engine: JsEngine
    style: StyleTools
    components: DeckComponents | None = None
    math: MathTypesetter = field(default_factory=MathTypesetter)
    layers: tuple[Layer, ...] = ()
    diagrams: DiagramRenderer = field(default_factory=DiagramRenderer)
    undrawn_diagrams: dict[str, list[int]] = field(default_factory=dict)   # kind → slides shown as source
    failed_scripts: set[str] = field(default_factory=set)                   # layouts and layers, reported once

    @classmethod
    def for_deck(cls, deck: Deck, policy: AccessPolicy, context: StyleContext, warnings: WarningLog,
                 engine: JsEngine, theme_folders: tuple = (),
                 layouts: tuple = (), mermaid: dict | None = None, package_roots: tuple = (),
                 markdown_plugins: tuple = ()) -> "PageTools":
        checker = UtilityChecker(context)
        style = StyleTools(IconLibrary(policy, deck.folder), checker, context, ImageFilters(policy))
        mdc = bool(deck.headmatter.get("mdc") or deck.headmatter.get("comark"))
        layers = tuple(global_layers(deck, policy, engine, warnings, package_roots=package_roots))
        library = DeckComponents(deck, policy, engine, warnings, theme_folders)
        for component in (*(shape.component for shape in layouts), *(layer.component for layer in layers)):
            if component is not None:
                library.know_imports(component)
        return cls(make_markdown(mdc=mdc, plugins=markdown_plugins), engine, style, library, layers=layers,
                   diagrams=DiagramRenderer(mermaid_config=dict(mermaid or {}), dark=context.dark))


def slide_pages(deck: Deck, slide: Slide, layout: LayoutShape, tools: PageTools,
                policy: AccessPolicy, warnings: WarningLog, with_clicks: bool = True) -> list[Page]:
    """The pages of one slide: every click state, or only the final one."""
    template = slide_template(slide, layout, tools.md, warnings, policy)
    slide_css = _take_styles(template, slide, tools, warnings)
    engine = tools.engine
    script = setup_script(template)
    if script.problem:
        warnings.add("script", f"slide {slide.no}: {script.problem}", slide.location)
    program = loader_of(engine, policy, slide.file, warnings).program(script.source, slide.file, script.typescript) \
        if script.source.strip() else Program()
    if program.problem:
        warnings.add("script", f"slide {slide.no}: <script setup> is not run ({program.problem})", slide.location)
    try:
        engine.set_script(program.source, list(program.names))
    except ExpressionError as exc:
        warnings.add("script", f"slide {slide.no}: <script setup> failed: {exc.message}", slide.location)
    drawn_before = set(tools.components.used_css) if tools.components else set()
    try:
        pages = _slide_pages(deck, slide, layout, template, tools, policy, warnings, with_clicks)
        drawn = tools.components.used_css if tools.components else {}
        component_css = _component_css([(c, drawn[c]) for c in drawn if c not in drawn_before], deck, slide, tools,
                                       warnings)
        css = "\n".join(filter(None, [component_css, slide_css]))
        return [replace(page, css=css) for page in pages]
    finally:
        engine.set_script(None)


def _take_styles(template: Element, slide: Slide, tools: PageTools, warnings: WarningLog) -> str:
    """Remove the slide's `<style>` blocks from its markup and return their CSS, scoped to the
    slide (Slidev makes them `scoped`), with @apply expanded."""
    texts: list[str] = []

    def take(style: Element) -> list:
        texts.append("".join(c.text for c in style.children if isinstance(c, Text)))
        return []

    replace_elements(template, lambda e: e.tag.lower() == "style", take)
    if not texts:
        return ""
    prepared = prepare_css("\n".join(texts), tools.style.context, scope=f".slidev-page-{slide.no}")
    report_css(prepared, slide.location, warnings)
    return resolve_css_urls(prepared.css, slide.file.parent, tools.style.icons.policy, warnings, slide.location)


def _component_css(texts: list[tuple[str, Any]], deck: Deck, slide: Slide, tools: PageTools,
                   warnings: WarningLog) -> str:
    """The styles of deck components this slide draws first (they apply deck-wide, scoped
    to the components' own elements), each `url()` relative to its component's own file."""
    out = []
    for text, folder in texts:
        prepared = prepare_css(text, tools.style.context)
        report_css(prepared, slide.location, warnings)
        out.append(resolve_css_urls(prepared.css, folder or deck.folder / "components", tools.style.icons.policy,
                                    warnings, slide.location))
    return "\n".join(out)


def _slide_pages(deck: Deck, slide: Slide, layout: LayoutShape, template: Element, tools: PageTools,
                 policy: AccessPolicy, warnings: WarningLog, with_clicks: bool) -> list[Page]:
    engine = tools.engine
    frontmatter = slide.effective_frontmatter
    # the utilities on a layout's inner wrapper (`my-auto text-center`) are the page's too; its root's
    # (`grid place-content-center`) are drawn by the theme's base.css in ways WeasyPrint lays out
    root_classes = " ".join((class_value(frontmatter.get("class")), class_value(frontmatter.get("layoutClass")),
                             layout.inner_class or ""))
    root_tokens = {t for t in expand_variant_groups(root_classes).split() if tools.style.is_utility(t)}
    clicks_start = _int_or(frontmatter.get("clicksStart"), 0, slide, "clicksStart", warnings)
    override = frontmatter.get("clicks")
    total_override = None if override is None else _int_or(override, None, slide, "clicks", warnings)
    animation = frontmatter.get("clickAnimation") or deck.headmatter.get("clickAnimation")

    props = layout_props(frontmatter, layout.component, slide.no == 1) if layout.component else None
    if tools.components is not None:
        for component in (layout.component, *(layer.component for layer in tools.layers)):
            if component is not None and component.css:
                tools.components.used_css.setdefault(component.css, component.folder)

    def render(click: int, total: int) -> tuple[Element, Any]:
        engine.set_page_scope(page_scope(deck, slide, click, clicks_start, total, tools.style.context.dark))
        # the layout and each global layer are components of their own: their scripts run for
        # this page, and their templates see what those scripts set up
        with component_script(engine, layout.component, props or {}, tools, warnings):
            tree, problems = instantiate_with(template, engine, props or {})
        if tools.layers:
            below, above = [], []
            for layer in tools.layers:
                with component_script(engine, layer.component, {}, tools, warnings):
                    drawn, layer_problems = instantiate_with(layer_element(layer), engine, {})
                problems += layer_problems
                (below if layer.below else above).append(drawn)
            tree.children = [*below, *tree.children, *above]
        render_builtins(tree, ComponentContext(deck, slide.no, tools.style.context.dark, tools.components))
        for problem in problems:
            what = "ran away" if problem.kind != "error" else "failed"
            warnings.add("expression", f"slide {slide.no}: `{_short(problem.expression)}` {what}: {problem.message}",
                         slide.location)
        mounted = mount_clicks(tree, clicks_start, total_override, animation and str(animation))
        for problem in mounted.problems:
            warnings.add("clicks", f"slide {slide.no}: {problem.message}", slide.location)
        return tree, mounted

    first_tree, first = render(clicks_start, 0)
    total = max(first.total, clicks_start)
    if total - clicks_start + 1 > MAX_PAGES_PER_SLIDE:
        warnings.add("clicks", f"slide {slide.no}: {total} clicks; only the first {MAX_PAGES_PER_SLIDE} pages are made",
                     slide.location)
        total = clicks_start + MAX_PAGES_PER_SLIDE - 1
    notes = split_notes(slide.note)
    pages: list[Page] = []
    click = clicks_start if with_clicks else total
    unreadable_math: dict[str, None] = {}
    undrawn_diagrams = tools.undrawn_diagrams
    while click <= total:
        # A slide without clicks (most of them) was fully rendered by the first pass: the same
        # click and total, so the same tree. Reuse it rather than instantiate it again.
        reusable = first_tree is not None and click == clicks_start and total == 0
        tree, mounted = (first_tree, first) if reusable else render(click, total)
        first_tree = None
        if total_override is None and with_clicks and mounted.total > total:
            # Something mounted only at a later click registered more clicks: Slidev's total
            # grows the same way once that element is on screen.
            total = min(mounted.total, clicks_start + MAX_PAGES_PER_SLIDE - 1)
        for problem in show_clicks(mounted, click):
            warnings.add("clicks", f"slide {slide.no}: {problem}", slide.location)
        unreadable_math.update(dict.fromkeys(typeset_math(tree, tools.math)))
        for kind in draw_diagrams(tree, tools.diagrams):
            undrawn_diagrams.setdefault(kind, [])
            if slide.no not in undrawn_diagrams[kind]:
                undrawn_diagrams[kind].append(slide.no)
        resolve_images(tree, slide.file.parent, policy, warnings, slide.location, slide.text_line or None)
        used = apply_utilities(tree, tools.style)
        rewrite_inline_styles(tree)                 # the print rewrite, as for every stylesheet
        for element in tree.elements():             # url()s in inline styles, through the policy as in stylesheets
            style = element.attrs.get("style")
            if style and "url(" in style:
                element.attrs["style"] = resolve_css_urls(style, slide.file.parent, policy, warnings, slide.location)
        last = total if with_clicks else click
        pages.append(Page(slide, click, clicks_start, total, render_page(slide, layout, tree, policy, warnings),
                          notes_for_click(notes, click, clicks_start if with_clicks else click, last),
                          frozenset(used.tokens | root_tokens), missing_icons=frozenset(used.missing_icons)))
        click += 1
    for tex in unreadable_math:
        reason = tools.math.failure(tex, True) or tools.math.failure(tex, False) or ""
        warnings.add("math", f"slide {slide.no}: ${_short(tex)}$ cannot be typeset ({reason}); "
                             "its TeX source is shown", slide.location)
    return [replace(p, total_clicks=total) for p in pages]


def deck_pages(deck: Deck, theme: Theme, layouts: dict[int, str], policy: AccessPolicy, warnings: WarningLog,
               selected: list[int] | None = None, with_clicks: bool = True,
               style: StyleContext | None = None, engine: JsEngine | None = None,
               mermaid: dict | None = None, markdown_plugins: tuple = ()) -> list[Page]:
    """The pages of the selected slides (all by default), in order. `engine` is the export's
    JavaScript sandbox (a new one when not given); `mermaid` is the configuration the setup
    files give Mermaid."""
    tools = PageTools.for_deck(deck, policy, style or StyleContext(), warnings, engine or JsEngine(),
                               theme.component_folders, tuple(theme.layouts.values()), mermaid, theme.package_roots,
                               markdown_plugins)
    pages: list[Page] = []
    for number in selected or range(1, len(deck.slides) + 1):
        slide = deck.slides[number - 1]
        pages.extend(slide_pages(deck, slide, theme.layouts[layouts[number]], tools, policy, warnings,
                                 with_clicks=with_clicks))
    report_missing_icons(pages, warnings)
    for kind, slides in tools.undrawn_diagrams.items():
        tool = "mmdc (npm @mermaid-js/mermaid-cli)" if kind == "mermaid" else "plantuml"
        why = tools.diagrams.problems.get(kind) or f"{tool} is not installed"
        warnings.add("diagram", f"{kind} diagrams are shown as their source ({why}); slide(s) "
                                f"{', '.join(map(str, slides))}", deck.slides[slides[0] - 1].location)
    return pages


@contextmanager
def component_script(engine: JsEngine, component, props: dict[str, Any], tools: PageTools, warnings: WarningLog):
    """A deck layout's or layer's `<script setup>` in force while its template is instantiated;
    one that fails is reported once and its template is drawn without it."""
    pushed = False
    if component is not None and component.script and component.name not in tools.failed_scripts:
        try:
            engine.push_component(component.script, list(component.script_names), props)
            pushed = True
        except ExpressionError as exc:
            tools.failed_scripts.add(component.name)
            warnings.add("component", f"component {component.name}: its script failed ({exc.message}); values it "
                                      "computes are undefined", SourceLocation(component.path) if component.path else None)
    try:
        yield
    finally:
        if pushed:
            engine.pop_component()


def report_missing_icons(pages: list[Page], warnings: WarningLog) -> None:
    """One warning per unknown icon, naming the slides it is on."""
    where: dict[str, list[Page]] = {}
    for page in pages:
        for token in page.missing_icons:
            if page.slide.no not in [p.slide.no for p in where.get(token, [])]:
                where.setdefault(token, []).append(page)
    for token, found in sorted(where.items()):
        slides = ", ".join(str(p.slide.no) for p in found)
        warnings.add("icon", f"no icon {token} (an empty box of its size is drawn); slide(s) {slides}",
                     found[0].slide.location)


def _int_or(value: Any, default: Any, slide: Slide, key: str, warnings: WarningLog) -> Any:
    if value is None:
        return default
    try:
        number = int(value)
    except (TypeError, ValueError):
        warnings.add("clicks", f"slide {slide.no}: '{key}: {value}' is not a number; ignored", slide.location)
        return default
    return max(0, number)


def _short(expression: str, limit: int = 60) -> str:
    flat = " ".join(expression.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
