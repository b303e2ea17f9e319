"""Every correction slidepdf makes to WeasyPrint's behaviour, in one place.

Each fix replaces one or more WeasyPrint (or fontTools) attributes for the length of one render
and puts them back after it, so nothing outlives the render that needed it. WeasyPrint is pinned
to one major version (pyproject); `FIXES` names, for each fix, the attributes it replaces or
relies on, `check_weasyprint()` says which of them a WeasyPrint release no longer has (the
tests run it, one test per fix), and `weasyprint_fixes()` applies them all.

Long on purpose: the project keeps every change to WeasyPrint's behaviour in this one module, so
that moving to another WeasyPrint release means reading one file.
"""
from __future__ import annotations

import importlib
import re
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import Callable, ContextManager

from ..style.gradients import TEXT_GRADIENT
from ..style.printcss import BLUR, CLIP_POLYGON, HUE_ROTATE

PINNED_MAJOR = 70           # the WeasyPrint these fixes were written against (pyproject pins it)


@dataclass(frozen=True)
class Fix:
    name: str
    apply: Callable[[], ContextManager]
    targets: tuple[str, ...]        # "module:attribute" it replaces or depends on


def missing_targets(fix: Fix) -> list[str]:
    """The targets of `fix` that the installed packages do not have."""
    missing = []
    for target in fix.targets:
        module_name, _, attribute = target.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            missing.append(target)
            continue
        found = module
        for part in attribute.split(".") if attribute else ():
            found = getattr(found, part, None)
            if found is None:
                missing.append(target)
                break
    return missing


def check_weasyprint() -> list[str]:
    """Why the installed WeasyPrint may not take these fixes: empty when it is the pinned major
    version and has every attribute they replace."""
    import weasyprint

    problems = []
    if int(weasyprint.__version__.split(".")[0]) != PINNED_MAJOR:
        problems.append(f"WeasyPrint {weasyprint.__version__} is installed; these fixes are for {PINNED_MAJOR}.x")
    for fix in FIXES:
        problems.extend(f"{fix.name}: {target} is gone" for target in missing_targets(fix))
    return problems


@contextmanager
def weasyprint_fixes(leave_out: tuple[str, ...] = ()):
    """All of `FIXES` (but those named in `leave_out`, for tests that compare), for the length of
    one render (layout, or layout and write)."""
    with ExitStack() as stack:
        for fix in FIXES:
            if fix.name not in leave_out:
                stack.enter_context(fix.apply())
        yield


_SVG_TAG = "{http://www.w3.org/2000/svg}svg"


def _style_key(custom_property: str) -> str:
    """The key WeasyPrint keeps a custom property under in a computed style (`--a-b` → `__a_b`)."""
    return custom_property.replace("-", "_")


def _drawing_each_page(draw_page, marks: dict, find):
    """WeasyPrint's `draw_page`, after `find(page)` has filled `marks` for that page alone."""
    def marked_draw_page(page, stream):
        marks.clear()
        find(page)
        try:
            return draw_page(page, stream)
        finally:
            marks.clear()
    return marked_draw_page


@contextmanager
def _replaced(*replacements):
    """Each `(owner, name, value)`: `owner.name`, or `owner[name]` for WeasyPrint's tables, set to
    `value` for the length of the block and put back after, last set first put back."""
    def get(owner, name):
        return owner[name] if isinstance(owner, dict) else getattr(owner, name)

    def put(owner, name, value):
        if isinstance(owner, dict):
            owner[name] = value
        else:
            setattr(owner, name, value)

    saved = []
    try:
        for owner, name, value in replacements:
            saved.append((owner, name, get(owner, name)))
            put(owner, name, value)
        yield
    finally:
        for owner, name, value in reversed(saved):
            put(owner, name, value)


FONT_STAMP = 3_029_529_600          # 2000-01-01 00:00 UTC, in seconds since 1904-01-01


@contextmanager
def _svg_inherits_color():
    """Inline SVG `currentColor` means the SVG's own `color` in WeasyPrint (black by default),
    not the HTML colour around it, so icons came out black. For the length of one render, the
    SVG handler first copies the box's computed colour onto the <svg>. This uses WeasyPrint's
    handler table (`weasyprint.html.HTML_HANDLERS`, stable through 70.x, which we pin)."""
    from weasyprint import html as weasy_html

    original = weasy_html.HTML_HANDLERS[_SVG_TAG]

    def handle_svg(element, box, get_image_from_uri, base_url):
        if element.get("color") is None:
            color = box.style["color"]
            if getattr(color, "space", None) == "srgb":
                red, green, blue = (round(c * 255) for c in color.coordinates)
                element.set("color", f"rgb({red} {green} {blue} / {color.alpha:g})")
        return original(element, box, get_image_from_uri, base_url)

    with _replaced((weasy_html.HTML_HANDLERS, _SVG_TAG, handle_svg)):
        yield


@contextmanager
def _inline_svg_switches_evaluated():
    """An inline `<svg>` with `<switch>` or `<foreignObject>` (draw.io's HTML labels): WeasyPrint
    draws every child of a switch and no foreign object; for one render the SVG handler first
    makes them what a browser draws (`svgfallbacks.flatten`, as for SVG files)."""
    from weasyprint import html as weasy_html

    from .svgfallbacks import flatten

    original = weasy_html.HTML_HANDLERS[_SVG_TAG]

    def handle_svg(element, box, get_image_from_uri, base_url):
        flatten(element)
        return original(element, box, get_image_from_uri, base_url)

    with _replaced((weasy_html.HTML_HANDLERS, _SVG_TAG, handle_svg)):
        yield


@contextmanager
def _flex_gaps_in_intrinsic_widths():
    """WeasyPrint 70 sums a row flex container's items for its max-content (and nowrap
    min-content) width but leaves out `column-gap`, so a flex item that is itself a row
    with a gap (an icon and a label) gets a few pixels too few and its label wraps where
    Chromium keeps one line. For the length of one render, the gaps are added back
    (`weasyprint.layout.preferred`, stable through 70.x, which we pin)."""
    from weasyprint.layout import preferred

    originals = preferred.flex_max_content_width, preferred.flex_min_content_width

    def with_gaps(measure, box, width):
        items = [child for child in box.children if child.is_flex_item]
        gap = box.style["column_gap"]
        if len(items) < 2 or not box.style["flex_direction"].startswith("row") or gap == "normal" \
                or getattr(gap, "unit", None) != "px":
            return width
        if measure is originals[1] and box.style["flex_wrap"] != "nowrap":
            return width
        return width + gap.value * (len(items) - 1)

    def max_content(context, box, outer=True):
        return with_gaps(originals[0], box, originals[0](context, box, outer))

    def min_content(context, box, outer=True):
        return with_gaps(originals[1], box, originals[1](context, box, outer))

    with _replaced((preferred, "flex_max_content_width", max_content),
                   (preferred, "flex_min_content_width", min_content)):
        yield


@contextmanager
def _flex_items_measured_without_negative_margins():
    """To find a column flex item's minimum height, WeasyPrint 70 lays it out at its
    max-content width *including margins* (`flex.py`, min-height: auto), so an item with a
    negative side margin (Slidev's h1 has `margin-left: -0.05em`) is laid out a little too
    narrow: a centred one-line title wraps, and its box keeps the height of two lines. For
    that measurement only (a copy whose max-height WeasyPrint set to infinity), negative
    margins are left out of the width (`weasyprint.layout.flex.max_content_width`)."""
    from weasyprint.layout import flex

    original = flex.max_content_width

    def max_content_width(context, box, outer=True):
        width = original(context, box, outer)
        limit = box.style["max_height"]
        if outer and getattr(limit, "unit", None) == "px" and limit.value == float("inf"):
            for side in ("margin_left", "margin_right"):
                margin = box.style[side]
                if margin != "auto" and getattr(margin, "unit", None) == "px" and margin.value < 0:
                    width -= margin.value
        return width

    with _replaced((flex, "max_content_width", max_content_width)):
        yield


@contextmanager
def _inline_flex_shrinks_to_fit():
    """WeasyPrint 70 lays an `inline-flex` box with `width: auto` out at the full line width,
    so "text <inline-flex icon+label> text" breaks into three lines. CSS gives such a box
    its shrink-to-fit width, as an inline-block; for one render, the inline layout's call
    to the flex layout gets that width first (`weasyprint.layout.inline.flex_layout`)."""
    from weasyprint.formatting_structure import boxes
    from weasyprint.layout import inline, preferred
    from weasyprint.layout.table import find_in_flow_baseline

    original = inline.flex_layout

    def flex_layout(context, box, *args, **kwargs):
        if isinstance(box, boxes.InlineFlexBox) and box.width == "auto":
            containing_block = args[2]
            try:
                available = containing_block.width - sum(
                    getattr(box, name) for name in ("margin_left", "margin_right", "padding_left", "padding_right",
                                                    "border_left_width", "border_right_width"))
                box.width = preferred.shrink_to_fit(context, box, available)
            except TypeError:               # an auto margin or an unresolved length: leave it
                pass
        result = original(context, box, *args, **kwargs)
        laid_out = result[0]
        if isinstance(laid_out, boxes.InlineFlexBox) and laid_out.style["flex_direction"].startswith("row"):
            # Chromium: the first item's baseline, else the bottom of its box (CSS Flexbox 8.5)
            first = next((child for child in laid_out.children if child.is_in_normal_flow()), None)
            if first is not None:
                baseline = find_in_flow_baseline(first)
                laid_out.baseline = (baseline if baseline is not None
                                     else first.position_y + first.margin_height()) - laid_out.position_y
        return result

    with _replaced((inline, "flex_layout", flex_layout)):
        yield


@contextmanager
def _grids_measured_by_their_columns():
    """WeasyPrint 70 takes a grid's max-content width to be its widest item, as if the items
    were stacked, so a centred block holding `grid-cols-2` shrinks to half the width Chromium
    gives it. For one render, a grid with explicit columns and auto-placed items is measured as
    Chromium sizes its tracks for max-content: fixed tracks at their length, `auto` tracks at
    their widest item, `fr` tracks at one common fraction that fits every item, plus the gaps
    (`weasyprint.layout.preferred/flex/grid.max_content_width`)."""
    from weasyprint.formatting_structure import boxes
    from weasyprint.layout import flex, grid, preferred

    original = preferred.max_content_width

    def max_content_width(context, box, outer=True):
        if isinstance(box, boxes.GridContainerBox):
            width = _grid_max_content(context, box, max_content_width)
            if width is not None:
                return preferred.adjust(box, outer, width)
        return original(context, box, outer)

    with _replaced(*((module, "max_content_width", max_content_width) for module in (preferred, flex, grid))):
        yield


@contextmanager
def _grid_items_minimum_contributions():
    """An `auto` grid track starts at its items' minimum contributions (CSS Grid 12.5): an item
    of `width: auto` and a `min-width` such as `min-w-0` contributes that minimum, not its
    min-content width. WeasyPrint 70 takes the min-content width (its own TODO), so a theme's
    two-column row of `flex-1 min-w-0` code blocks, whose long lines do not wrap, grew the track
    past the slide and pushed the right column off the page. For one render, such an item
    measures as its `min-width` in grid track sizing (`weasyprint.layout.grid.min_content_width`;
    explicit `min-content` tracks, rare in decks, take the same measure)."""
    from weasyprint.layout import grid, preferred

    original = grid.min_content_width

    def min_content_width(context, box, outer=True):
        style = box.style
        minimum = style["min_width"]
        if style["width"] == "auto" and minimum != "auto" and getattr(minimum, "unit", None) == "px":
            return preferred.adjust(box, outer, 0)
        return original(context, box, outer)

    with _replaced((grid, "min_content_width", min_content_width)):
        yield


@contextmanager
def _grid_free_space_shared_until_limits():
    """Two steps of WeasyPrint 70's grid column sizing, made as CSS Grid and Chromium have them:
    - Maximize Tracks (12.6) shares free space equally among the tracks, freezing each as it
      reaches its growth limit and going on growing the others. WeasyPrint shares it once, and a
      fixed track's share is dropped, not passed on: `grid-cols-[auto_640px]` with
      `justify-center` left a 186 px text column where Chromium makes it 212 px, and the title
      wrapped after a word Chromium keeps on the line. Here what is left goes on to the tracks
      below their growth limits (grids with `fr` tracks, which take it themselves, are left be).
    - `justify-content: center | end` places the columns in the free width, which is the width
      less the tracks and the gaps; WeasyPrint leaves the gaps out of it (its rows have them), so
      centred columns sat half a gap right. Here the items are moved back by what it miscounted.
    For one render (`weasyprint.layout.grid._resolve_tracks_sizes`,
    `weasyprint.layout.{block,inline}.grid_layout`)."""
    from weasyprint.layout import block, grid, inline

    original = grid._resolve_tracks_sizes
    columns_of: dict[int, tuple[float, int]] = {}   # id(grid box) → (columns' total, how many), while laid out

    def resolve_tracks_sizes(sizing_functions, box_size, children_positions, implicit_start, direction, gap,
                             context, containing_block, *rest):
        tracks = original(sizing_functions, box_size, children_positions, implicit_start, direction, gap,
                          context, containing_block, *rest)
        if box_size != "auto" and not any(grid._is_fr(maximum) for _, maximum in sizing_functions):
            free = box_size - sum(base for base, _ in tracks) - (len(tracks) - 1) * gap
            while free > 1e-6:
                growing = [sizes for sizes in tracks if sizes[1] - sizes[0] > 1e-6]
                if not growing:
                    break
                share = free / len(growing)
                for sizes in growing:
                    step = min(share, sizes[1] - sizes[0])
                    sizes[0] += step
                    free -= step
        if direction == "x":
            columns_of[id(containing_block)] = (sum(base for base, _ in tracks), len(tracks))
        return tracks

    def realigning(layout):
        def grid_layout(context, box, *args, **kwargs):
            result = layout(context, box, *args, **kwargs)
            total, columns = columns_of.pop(id(box), (0.0, 0))
            laid_out = result[0]
            justify = set(box.style["justify_content"])
            share = 0.5 if "center" in justify else 1.0 if justify & {"right", "end", "flex-end"} else 0.0
            gap = box.style["column_gap"]
            if laid_out is None or not share or getattr(gap, "unit", None) != "px" or columns < 2:
                return result
            width = box.width if isinstance(box.width, (int, float)) else laid_out.width
            gaps = gap.value * (columns - 1)
            shift = share * (max(0.0, width - total - gaps) - max(0.0, width - total))
            if shift:
                for child in laid_out.children:
                    if not child.is_absolutely_positioned():
                        child.translate(dx=shift)
            return result
        return grid_layout

    with _replaced((grid, "_resolve_tracks_sizes", resolve_tracks_sizes),
                   *((module, "grid_layout", realigning(module.grid_layout)) for module in (block, inline))):
        yield


def _grid_max_content(context, box, measure) -> float | None:
    """Chromium's max-content width of a grid's columns, or None when the grid is not one
    this simple model covers (named areas, explicit placement, auto-fill, column flow)."""
    tracks = _expand_tracks(box.style["grid_template_columns"])
    if not tracks or box.style["grid_auto_flow"][0] != "row" or box.style["grid_template_areas"] != "none":
        return None
    items = [child for child in box.children if child.is_in_normal_flow()]
    if any(child.style[side] != "auto" for child in items
           for side in ("grid_column_start", "grid_column_end", "grid_row_start", "grid_row_end")):
        return None
    widest = [0.0] * len(tracks)
    for index, item in enumerate(items):
        column = index % len(tracks)
        widest[column] = max(widest[column], measure(context, item))
    fraction = max([widest[i] / track[1] for i, track in enumerate(tracks) if track[0] == "fr" and track[1] > 0]
                   or [0.0])
    total = 0.0
    for i, (kind, value, floor) in enumerate(tracks):
        size = value if kind == "px" else fraction * value if kind == "fr" else widest[i]
        total += max(size, floor)
    gap = box.style["column_gap"]
    if gap != "normal" and getattr(gap, "unit", None) == "px":
        total += gap.value * (len(tracks) - 1)
    return total


def _expand_tracks(template) -> list[tuple[str, float, float]] | None:
    """(kind, value, minimum) per column track: kind is "px", "fr" or "auto" (content-sized)."""
    if template == "none" or not isinstance(template, tuple):
        return None
    tracks: list[tuple[str, float, float]] = []
    for part in template[1::2]:                     # even entries are line names
        if isinstance(part, tuple) and part and part[0] == "repeat()":
            if not isinstance(part[1], int):
                return None                         # auto-fill / auto-fit
            inner = _expand_tracks(part[2])
            if inner is None:
                return None
            tracks += inner * part[1]
            continue
        track = _track(part)
        if track is None:
            return None
        tracks.append(track)
    return tracks


def _track(size) -> tuple[str, float, float] | None:
    if isinstance(size, tuple) and size and size[0] == "minmax()":
        low, high = _track(size[1]), _track(size[2])
        if low is None or high is None:
            return None
        return high[0], high[1], low[1] if low[0] == "px" else 0.0
    if isinstance(size, str):
        return ("auto", 0.0, 0.0) if size in ("auto", "min-content", "max-content") else None
    unit = getattr(size, "unit", None)
    if unit == "px":
        return "px", size.value, 0.0
    if unit == "fr":
        return "fr", size.value, 0.0
    if unit == "%":
        return "auto", 0.0, 0.0                     # a percentage of an unknown width: content-sized
    return None


@contextmanager
def _leading_from_the_primary_font():
    """With a `line-height` other than `normal`, CSS computes a text's half-leading from its
    first available font (CSS 2 10.8.1), as Chromium does. WeasyPrint 70 takes the ascent and
    descent of the whole Pango line, fallback fonts included: a line with Japanese text set in
    Nunito Sans (its CJK glyphs from Noto) stood 1.9 px taller than its 1.8em, and a list of ten
    such items ran 19 px further down the slide than Slidev's. For one render, such a text box is
    placed on the strut's baseline, its margin box `line-height` tall
    (`weasyprint.layout.inline.split_text_box`)."""
    from weasyprint.layout import inline

    original = inline.split_text_box

    def split_text_box(context, box, *args, **kwargs):
        new_box, *rest = original(context, box, *args, **kwargs)
        if new_box is not None and new_box.style["line_height"] != "normal":
            line_height, strut_baseline = inline.strut(new_box.style)
            content_baseline = new_box.baseline - new_box.margin_top
            if abs(strut_baseline - content_baseline - new_box.margin_top) > 1e-6:
                new_box.margin_top = strut_baseline - content_baseline
                new_box.margin_bottom = line_height - new_box.height - new_box.margin_top
                new_box.baseline = strut_baseline
        return (new_box, *rest)

    with _replaced((inline, "split_text_box", split_text_box)):
        yield


@contextmanager
def _line_metrics_in_whole_pixels():
    """Chromium gives a font's ascent and descent in whole pixels (Blink's `SimpleFontData`) and
    floors the half of the leading that goes above the text (`CalculateLeadingSpace`); WeasyPrint
    keeps Pango's fractions. A font with TrueType hinting (an `fpgm` table) is measured grid-fitted,
    as FreeType does for hinted sizes (ascent and descent each rounded up); an unhinted one, such
    as a variable web font, rounded to the nearest pixel. Where a line mixes two sizes of one font,
    as a theme's `code { font-size: .875em }` inside Slidev's 12px/18px `<pre>`, the boxes then
    stand a whole pixel apart: Chromium's code lines are 19 px apart where WeasyPrint's were 18.4,
    and a page of 19 lines ran 11 px short. Measured against Slidev's pages: hinted Liberation Mono
    and unhinted Nunito Sans each fit only their own rule. For one render, a `line-height` other
    than `normal` puts the baseline where Chromium does (`weasyprint.layout.inline.strut`, which
    places line boxes' struts, inline boxes and, with the fix above, text)."""
    from math import ceil, floor

    from weasyprint.layout import inline
    from weasyprint.text.ffi import ffi, harfbuzz, pango

    original = inline.strut
    metrics: dict = {}              # font key -> (ascent, descent, hinted), for this render
    fpgm = harfbuzz.hb_tag_from_string(b"fpgm", -1)

    def hinted(line) -> bool:
        if line.runs == ffi.NULL:
            return False
        font = line.runs.data.item.analysis.font
        face = harfbuzz.hb_font_get_face(pango.pango_font_get_hb_font(font))
        table = harfbuzz.hb_face_reference_table(face, fpgm)
        try:
            return harfbuzz.hb_blob_get_length(table) > 0
        finally:
            harfbuzz.hb_blob_destroy(table)

    def font_metrics(style) -> tuple[float, float, bool]:
        return _font_metrics(style, metrics, hinted)

    def strut(style):
        line_height, baseline = original(style)
        if style["line_height"] == "normal" or not style["font_size"]:
            return line_height, baseline
        ascent, descent, grid_fitted = font_metrics(style)
        if grid_fitted:
            ascent, descent = ceil(ascent - 1e-6), ceil(descent - 1e-6)
        else:
            ascent, descent = floor(ascent + 0.5), floor(descent + 0.5)
        return line_height, ascent + floor((line_height - ascent - descent) / 2)

    with _replaced((inline, "strut", strut)):
        yield


def _font_metrics(style, cache: dict, hinted=lambda line: False) -> tuple[float, float, bool]:
    """(ascent, descent, hinted) of the style's primary font at its size, as Pango measures a
    line of it; `cache` keeps them for one render."""
    from weasyprint.text import line_break

    key = line_break._font_style_cache_key(style, include_size=True)
    if key not in cache:
        layout = line_break.Layout(style)
        layout.set_text(" ")
        line, _ = layout.get_first_line()
        grid_fitted = hinted(line)
        *_, text_height, baseline = line_break.first_line_metrics(
            line, "", layout, resume_at=None, space_collapse=False, style=style)
        cache[key] = (baseline, text_height - baseline, grid_fitted)
    return cache[key]


@contextmanager
def _gradient_text_painted():
    """`background-clip: text` over a gradient (a title's colour running from blue to teal) is
    not in WeasyPrint, which would paint the box and hide the text. The style stage gives such
    an element a plain colour, the gradient's main one, and names the gradient in
    `--slidepdf-text-gradient`. For one render, each line of text inside that element is drawn as
    a clip (PDF text render mode 7) and the gradient is painted through it over the element's
    border box, as Chromium shows the background through the transparent text. Without the
    property, text is drawn as before (`weasyprint.document:draw_page` to find the elements,
    `weasyprint.draw:draw_text` to draw)."""
    from weasyprint import document, draw
    from weasyprint.css.tokens import get_image
    from weasyprint.formatting_structure import boxes

    key = _style_key(TEXT_GRADIENT)
    original_text = draw.draw_text
    painted: dict[int, tuple] = {}          # id(text box) -> (gradient, owner's border box), this page

    def gradient_of(style):
        tokens = [t for t in (style[key] or ()) if t.type not in ("whitespace", "comment")]
        image = get_image(tokens[0], None) if len(tokens) == 1 and tokens[0].type == "function" else None
        return image[1] if image and image[0].endswith("gradient") else None

    def find(box, owner):
        style = getattr(box, "style", None)
        if style is not None and key in getattr(style, "cascaded", ()):
            gradient = gradient_of(style)
            owner = (gradient, (box.border_box_x(), box.border_box_y(), box.border_width(),
                                box.border_height())) if gradient else None     # `none`: ended here
        if owner is not None and isinstance(box, boxes.TextBox):
            painted[id(box)] = owner
        for child in getattr(box, "children", ()):
            find(child, owner)

    def draw_text(stream, textbox, *args):
        owner = painted.get(id(textbox))
        if owner is None or textbox.style["visibility"] != "visible" or not textbox.text.strip():
            # no glyphs, no clip: the gradient would cover the whole box
            return original_text(stream, textbox, *args)
        gradient, (x, y, width, height) = owner
        stream.push_state()
        begin = stream.begin_text

        def begin_clip():
            begin()
            stream.set_text_rendering(7)            # glyphs add to the clip, paint nothing
        stream.begin_text = begin_clip
        try:
            original_text(stream, textbox, *args)
        finally:
            del stream.begin_text
        stream.transform(e=x, f=y)
        gradient.draw(stream, width, height, textbox.style)
        stream.pop_state()

    draw_page = _drawing_each_page(document.draw_page, painted, lambda page: find(page, None))
    with _replaced((document, "draw_page", draw_page), (draw, "draw_text", draw_text)):
        yield


@contextmanager
def _list_symbols_drawn_as_chromium_draws_them():
    """An outside `disc`, `circle` or `square` marker is a glyph in WeasyPrint ("▪ " in the item's
    font: an 8 px square for DejaVu at 17.6 px, 10 px from the text). Chromium paints a shape of its
    own (Blink's `ListMarker::RelativeSymbolMarkerRect` and `InlineMarginsForOutside`): from the
    font's whole-pixel ascent A, two thirds T = ⌊2A/3⌋, a side of ⌊(T+1)/2⌋ px, its left edge
    T + 7 px before the item's border box and its top ⌊3(A−T)/2⌋ below the ascent line (DejaVu:
    5 px, 16 px from the text). For one render, such a marker's text is drawn as that shape in the
    marker's colour (`weasyprint.document:draw_page` to find them, `weasyprint.draw:draw_text`)."""
    from math import floor

    from weasyprint import document, draw
    from weasyprint.formatting_structure import boxes

    original_text = draw.draw_text
    symbols: dict[int, tuple[str, float]] = {}        # id(marker text box) -> (type, item's border x)
    metrics: dict = {}                                  # font key -> its metrics, for this render

    def find(box):
        for child in getattr(box, "children", ()):
            if getattr(child, "is_outside_marker", False) and box.style["direction"] == "ltr":
                kind = box.style["list_style_type"]
                if kind in ("disc", "circle", "square") and box.style["list_style_image"][0] != "url":
                    for text in _text_boxes(child, boxes):
                        symbols[id(text)] = (kind, box.border_box_x())
            find(child)

    def draw_text(stream, textbox, *args):
        found = symbols.get(id(textbox))
        if found is None or textbox.style["visibility"] != "visible":
            return original_text(stream, textbox, *args)
        kind, item_x = found
        ascent = floor(_font_metrics(textbox.style, metrics)[0] + 0.5)
        two_thirds = ascent * 2 // 3
        side = (two_thirds + 1) // 2
        x = round(item_x - two_thirds - 7)
        y = round(textbox.position_y + textbox.baseline - ascent) + 3 * (ascent - two_thirds) // 2
        stream.push_state()
        color = textbox.style["color"]
        if kind == "circle":                        # a 1 px ring inside the box
            _ellipse(stream, x + .5, y + .5, side - 1, side - 1)
            stream.set_color(color, stroke=True)
            stream.set_line_width(1)
            stream.stroke()
        else:
            if kind == "square":
                stream.rectangle(x, y, side, side)
            else:
                _ellipse(stream, x, y, side, side)
            stream.set_color(color)
            stream.fill()
        stream.pop_state()

    draw_page = _drawing_each_page(document.draw_page, symbols, find)
    with _replaced((document, "draw_page", draw_page), (draw, "draw_text", draw_text)):
        yield


def _text_boxes(box, boxes):
    if isinstance(box, boxes.TextBox):
        yield box
    for child in getattr(box, "children", ()):
        yield from _text_boxes(child, boxes)


def _ellipse(stream, x: float, y: float, width: float, height: float) -> None:
    """An ellipse in the box, as four Bézier quarters (the path is left for the caller to paint)."""
    k = 0.5522847498                        # a quarter circle's control-point distance, per radius
    rx, ry, cx, cy = width / 2, height / 2, x + width / 2, y + height / 2
    stream.move_to(cx + rx, cy)
    stream.curve_to(cx + rx, cy + k * ry, cx + k * rx, cy + ry, cx, cy + ry)
    stream.curve_to(cx - k * rx, cy + ry, cx - rx, cy + k * ry, cx - rx, cy)
    stream.curve_to(cx - rx, cy - k * ry, cx - k * rx, cy - ry, cx, cy - ry)
    stream.curve_to(cx + k * rx, cy - ry, cx + rx, cy - k * ry, cx + rx, cy)


@contextmanager
def _blurred_backgrounds_painted():
    """`filter: blur()` is not in WeasyPrint, which draws a blurred shape sharp: a theme's soft
    glow (`absolute w-64 h-64 rounded-full bg-purple-500 blur-3xl`) prints as a hard disc. The
    style stage names the blur in `--slidepdf-blur` (and a `hue-rotate()` after it in
    `--slidepdf-hue-rotate`, a polygon `clip-path` in `--slidepdf-clip-polygon`). For one render:
    - an element with a background of its own has that background (its colour, or a gradient's
      mean colour, in its rounded border box) drawn as a picture blurred as CSS blurs (a Gaussian
      of that standard deviation, spreading three of them past the box), at half resolution
      above 8px of blur, where nothing finer shows; its content is drawn as before;
    - an element without one that is a stacking context (positioned with a `z-index`, as a
      filter makes it in CSS) and whose descendants are only painted boxes (a deck's glow layer:
      its own script places gradient polygons, the element blurs them together) has them
      painted into one picture, each gradient, polygon and opacity as CSS gives it, clipped to
      the element when it hides its overflow, then blurred and hue-rotated (`pdf.blur`), and the
      picture drawn in place of the element.
    (`weasyprint.document:draw_page` to find the elements, `weasyprint.draw:draw_background` and
    `weasyprint.draw:draw_stacking_context` to draw.)"""
    import hashlib
    import io
    import math

    from PIL import Image, ImageDraw, ImageFilter
    from weasyprint import document, draw
    from weasyprint.images import LinearGradient, RasterImage

    from . import blur

    key, hue_key, polygon_key = _style_key(BLUR), _style_key(HUE_ROTATE), _style_key(CLIP_POLYGON)
    original_background = draw.draw_background
    blurred: dict[int, float] = {}          # id(background) -> standard deviation, this page
    groups: dict[int, tuple] = {}           # id(group element) -> (members, sigma, hue, page colour under it)
    pictures: dict[str, tuple] = {}         # a group picture by what it was made from, for every page

    def custom(style, name) -> str:
        return "".join(t.serialize() for t in (style[name] or ())).strip() if name in style.cascaded else ""

    def radius_of(style) -> float | None:
        found = re.fullmatch(r"([\d.]+)(?:px)?", custom(style, key))
        return float(found[1]) if found and float(found[1]) > 0 else None

    def painted_only(box) -> list | None:
        """The boxes under `box` that paint a background, if painting backgrounds is all they do."""
        members = []
        for child in getattr(box, "children", ()):
            if hasattr(child, "text") or getattr(child, "style", None) is None:
                return None
            if child.style["opacity"] == 0:
                continue
            if child.background is not None and child.background.layers:
                members.append(child)
            inner = painted_only(child)
            if inner is None:
                return None
            members += inner
        return members

    def find(box, under=None):
        """`under`: the page's colour while nothing but it is painted beneath `box`."""
        style, background = getattr(box, "style", None), getattr(box, "background", None)
        if style is not None and style["opacity"] == 0:
            return                      # a click state's hidden element: nothing of it shows
        imaged = background is not None and any(layer.image for layer in background.layers)
        if background is not None and (background.color.alpha > 0 or imaged):
            is_canvas = getattr(box, "element_tag", None) in ("html", "body")
            opaque = background.color.alpha == 1 and not imaged
            under = tuple(round(255 * c) for c in background.color.to("srgb")[:3]) if is_canvas and opaque else None
        if style is not None and key in getattr(style, "cascaded", ()) and (radius := radius_of(style)) is not None \
                and getattr(box, "element", None) is not None:
            if background is not None and fill_of(background) is not None and background.layers:
                blurred[id(background)] = radius
            elif members := painted_only(box):
                hue = custom(style, hue_key)
                below_all = style["z_index"] != "auto" and style["z_index"] < 0
                # by its element: the box drawn may be a copy of the one found (layout keeps copies)
                groups[id(box.element)] = (members, radius, float(hue) if hue else 0.0, under if below_all else None)
                return
        for child in getattr(box, "children", ()):
            find(child, under)

    def fill_of(background) -> tuple[int, int, int, int] | None:
        colors = [background.color] if background.color.alpha > 0 else [
            color for layer in background.layers for color in getattr(layer.image, "colors", ())]
        if not colors:
            return None
        rgba = [(*c.to("srgb")[:3], c.alpha) for c in colors]
        return tuple(round(255 * sum(channel) / len(rgba)) for channel in zip(*rgba))

    def member_fills(group, member) -> list[blur.Fill]:
        x = member.border_box_x() - group.border_box_x()
        y = member.border_box_y() - group.border_box_y()
        width, height = member.border_width(), member.border_height()
        # the tokens serialize without the spaces between them: read the percentages themselves
        polygon = re.findall(r"(-?\d*\.?\d+(?:e[-+]?\d+)?)%", custom(member.style, polygon_key))
        vertices = tuple((float(polygon[i]) / 100, float(polygon[i + 1]) / 100) for i in range(0, len(polygon) - 1, 2))
        clip = (0.0, 0.0, group.border_width(), group.border_height()) if group.style["overflow"] != "visible" else None
        common = dict(x=x, y=y, width=width, height=height, opacity=member.style["opacity"],
                      polygon=vertices or None, clip=clip)
        fills = []
        color = member.background.color
        if color.alpha > 0:
            fills.append(blur.Fill(line=None, positions=(0.0,), colors=((*color.to("srgb")[:3], color.alpha),), **common))
        for layer in reversed(member.background.layers):        # the last layer is painted first
            if not isinstance(layer.image, LinearGradient):
                continue
            _, kind, points, positions, colors, _ = layer.image.layout(width, height, member.style)
            stops = tuple((*c.to("srgb")[:3], c.alpha) for c in colors)
            fills.append(blur.Fill(line=tuple(points) if kind == "linear" else None, positions=tuple(positions),
                                   colors=stops, **common))
        return fills

    def draw_group(stream, page, group, members, sigma, hue, under):
        width, height = group.border_width(), group.border_height()
        fills = [fill for member in members for fill in member_fills(group, member)]
        # the part of the picture on the page: what spreads past its edges is never seen
        x0, y0 = group.border_box_x() - 3 * sigma, group.border_box_y() - 3 * sigma
        view = (max(x0, 0.0), max(y0, 0.0), min(x0 + width + 6 * sigma, page.margin_width()),
                min(y0 + height + 6 * sigma, page.margin_height()))
        if view[2] <= view[0] or view[3] <= view[1]:
            return
        made_of = repr((width, height, sigma, hue, fills, view, x0, y0, under))
        name = hashlib.sha256(made_of.encode()).hexdigest()[:16]
        if name not in pictures:
            picture, spread = blur.group_picture(fills, width, height, sigma, hue)
            scale = picture.width / (width + 2 * spread)
            picture = picture.crop(tuple(round((value - origin) * scale) for value, origin in
                                         zip(view, (x0, y0, x0, y0))))
            data = None
            if under is not None:
                # nothing but the page's own colour beneath: composited onto it, a JPEG is a
                # tenth of the size of the transparent picture
                flat = Image.new("RGB", picture.size, under)
                flat.paste(picture, mask=picture.getchannel("A"))
                encoded = io.BytesIO()
                flat.save(encoded, format="JPEG", quality=88, optimize=True)
                data = encoded.getvalue()
                picture = Image.open(io.BytesIO(data))
            pictures[name] = (picture, data)
        picture, data = pictures[name]
        with stream.stacked():
            stream.transform(e=view[0], f=view[1])
            RasterImage(picture, f"glow{name}", data).draw(stream, view[2] - view[0], view[3] - view[1], group.style)

    def draw_stacking_context(stream, stacking_context):
        group = stacking_context.box
        if group.element is None or id(group.element) not in groups:
            return original_context(stream, stacking_context)
        with stream.stacked():
            if group.style["opacity"] < 1:
                stream.set_alpha(group.style["opacity"])
            if group.transformation_matrix:
                stream.transform(*group.transformation_matrix.values)
            draw_group(stream, stacking_context.page, group, *groups[id(group.element)])
        return None

    def draw_background(stream, background, *args, **kwargs):
        sigma = blurred.get(id(background)) if background is not None else None
        fill = fill_of(background) if sigma is not None and background.layers else None
        if fill is None:
            return original_background(stream, background, *args, **kwargs)
        x, y, width, height, *corners = background.layers[-1].clipped_boxes[0]
        spread = 3 * sigma
        scale = blur.scale_for(sigma, width, height)
        size = (max(1, math.ceil((width + 2 * spread) * scale)), max(1, math.ceil((height + 2 * spread) * scale)))
        # the shape in the alpha channel only, so the blur fades the colour and never darkens it
        shape = Image.new("L", size, 0)
        corner = sum(min(rx, ry) for rx, ry in corners) / 4
        ImageDraw.Draw(shape).rounded_rectangle(
            (spread * scale, spread * scale, (spread + width) * scale, (spread + height) * scale),
            radius=corner * scale, fill=fill[3])
        picture = Image.new("RGBA", size, (*fill[:3], 0))
        picture.putalpha(shape.filter(ImageFilter.GaussianBlur(sigma * scale)))
        name = hashlib.sha256(repr((size, fill, corner, sigma)).encode()).hexdigest()[:16]
        with stream.stacked():
            stream.transform(e=x - spread, f=y - spread)
            RasterImage(picture, f"blur{name}", None).draw(
                stream, width + 2 * spread, height + 2 * spread, background.style)

    def find_all(page):
        groups.clear()
        find(page)

    original_context = draw.draw_stacking_context
    draw_page = _drawing_each_page(document.draw_page, blurred, find_all)
    with _replaced((document, "draw_page", draw_page), (draw, "draw_background", draw_background),
                   (draw, "draw_stacking_context", draw_stacking_context)):
        yield


@contextmanager
def _indefinite_heights_are_auto():
    """A percentage height against a containing block whose height is not known is `auto` (CSS
    2 10.5). WeasyPrint 70 handles an `auto` height so, but a column flex container of `auto`
    height lays its items out against an available height of infinity, and an item's
    `height: 100%` became infinite: the container, its parents and the page's clip rectangle
    got infinite and NaN coordinates, which poppler refuses ("Unknown operator 'inf'"). For one
    render, an infinite containing-block height resolves percentages as `auto` does
    (`weasyprint.layout.percent.resolve_percentages`, as the flex layout calls it)."""
    from math import inf

    from weasyprint.formatting_structure import boxes
    from weasyprint.layout import percent

    original = percent.resolve_percentages

    def resolve_percentages(box, containing_block, *args, **kwargs):
        if not isinstance(containing_block, boxes.Box):
            width, height = containing_block
            if height == inf:
                containing_block = (width, "auto")
        return original(box, containing_block, *args, **kwargs)

    with _replaced((percent, "resolve_percentages", resolve_percentages)):
        yield


@contextmanager
def _flex_text_items_trimmed():
    """A run of text directly in a flex container becomes an anonymous flex item, a block whose
    leading and trailing spaces collapse away in CSS. WeasyPrint 70 keeps them when laying the
    item out but not when measuring it, so "It <b>works</b> with zero-config" wraps where
    Chromium keeps one line. For one render the spaces are trimmed when the item is made
    (`weasyprint.formatting_structure.build.flex_children`)."""
    from weasyprint.formatting_structure import boxes, build

    original = build.flex_children

    def flex_children(box, children):
        if isinstance(box, boxes.FlexContainerBox):
            for child in children:
                if isinstance(child, boxes.TextBox) and child.style["white_space"] in ("normal", "nowrap", "pre-line"):
                    trimmed = child.text.strip(" ")
                    if trimmed:
                        child.text = trimmed
        return original(box, children)

    with _replaced((build, "flex_children", flex_children)):
        yield


@contextmanager
def _flex_cross_minimum_zero():
    """A flex item's automatic minimum size (`min-width/height: auto`) is its content size in the
    main axis only; in the cross axis `auto` is 0 (CSS Flexbox 4.5). WeasyPrint 70 applies it in
    both, so an image shrunk to fit a row kept its natural height as its minimum: a 1600×1000
    picture flexed to 504 px wide stayed 1000 px tall. For one render the cross-axis `auto`
    minimum of each flex item is 0 (`weasyprint.formatting_structure.build.flex_children`)."""
    from weasyprint.css.properties import Dimension
    from weasyprint.formatting_structure import boxes, build

    original = build.flex_children

    def flex_children(box, children):
        if isinstance(box, boxes.FlexContainerBox):
            cross = "min_height" if box.style["flex_direction"].startswith("row") else "min_width"
            for child in children:
                if isinstance(child, boxes.Box) and not isinstance(child, boxes.TextBox) and child.style[cross] == "auto":
                    child.style = child.style.copy()
                    child.style[cross] = Dimension(0, "px")
        return original(box, children)

    with _replaced((build, "flex_children", flex_children)):
        yield


@contextmanager
def _links_kept_on_blockified_items():
    """An `<a href>` that is a flex or grid item is made into a new block box by WeasyPrint 70,
    which does not carry the element's link over: the link annotation was lost. For one
    render, the link goes with the box (`weasyprint.formatting_structure.build.blockify`)."""
    from weasyprint.formatting_structure import build

    original = build.blockify

    def blockify(box, layout=None):
        made = original(box, layout)
        if made is not box and getattr(box, "link", None) and not getattr(made, "link", None):
            made.link = box.link
        return made

    with _replaced((build, "blockify", blockify)):
        yield


@contextmanager
def _flex_children_in_document_order():
    """WeasyPrint 70's flex layout puts a container's absolutely positioned children before its
    flex items, so they are painted first: a card placed over a code block (`overflow: hidden`,
    which WeasyPrint paints as its own layer) ends up under it. For one render, the laid-out
    children are put back in document order (`weasyprint.layout.{flex,block,inline}.flex_layout`)."""
    from weasyprint.layout import block, flex, inline

    def reordering(layout):
        def flex_layout(context, box, *args, **kwargs):
            given = list(box.children)
            result = layout(context, box, *args, **kwargs)
            laid_out = result[0]
            if laid_out is not None and any(child.is_absolutely_positioned() for child in given):
                laid_out.children = _document_order(given, laid_out.children)
            return result
        return flex_layout

    with _replaced(*((module, "flex_layout", reordering(module.flex_layout)) for module in (flex, block, inline))):
        yield


@contextmanager
def _flex_items_keep_their_flexed_width():
    """A flex item that is itself a flex container is laid out at the width its parent's flex
    algorithm gave it, but WeasyPrint 70's `flex_layout` recomputes its own width from the
    containing block (`block_level_width` on a copy), so its children are sized for the whole
    row: baize's logo column, shrunk to 304 px, centred a 500 px logo row that ran off both
    sides (Chromium fits it in the 304). For one render, a flex item's container keeps the width
    it came in with (`weasyprint.layout.{flex,block,inline}.flex_layout`, `...block.block_level_width`)."""
    from weasyprint.layout import block, flex, inline

    original_width = block.block_level_width
    flexed: list = []           # (element, width) of the flex items being laid out, innermost last

    def block_level_width(box, containing_block):
        if flexed and flexed[-1][0] is box.element and box.width == "auto" and box.style["width"] == "auto":
            box.width = flexed[-1][1]
        return original_width(box, containing_block)
    block_level_width.without_min_max = original_width.without_min_max      # as WeasyPrint's decorator has it

    def keeping(layout):
        def flex_layout(context, box, *args, **kwargs):
            width = box.width
            keep = box.is_flex_item and box.style["width"] == "auto" and isinstance(width, (int, float))
            if keep:
                flexed.append((box.element, width))
            try:
                return layout(context, box, *args, **kwargs)
            finally:
                if keep:
                    flexed.pop()
        return flex_layout

    with _replaced(*((module, "flex_layout", keeping(module.flex_layout)) for module in (flex, block, inline)),
                   (block, "block_level_width", block_level_width)):
        yield


@contextmanager
def _flex_minimum_clamped_by_the_maximum():
    """A flex item's automatic minimum (its content size suggestion) is clamped by its maximum
    main size when that is definite (CSS Flexbox 4.5): an `<img h-40>` of a 500×160 SVG with
    `max-width: 100%` in a 304 px row may shrink to 304. WeasyPrint 70 measures the item with its
    maximum lifted (`max-width: inf`) and keeps 500, so the row overflowed. For one render that
    measurement is clamped by the item's resolved maximum (`weasyprint.layout.flex.min_content_width`,
    which flex layout calls on such a copy)."""
    from math import inf

    from weasyprint.layout import flex

    original = flex.min_content_width

    def min_content_width(context, box, outer=True):
        width = original(context, box, outer)
        lifted = box.style["max_width"]
        resolved = getattr(box, "max_width", None)
        if not outer and getattr(lifted, "value", None) == inf and isinstance(resolved, (int, float)) \
                and resolved != inf:
            return min(width, resolved)
        return width

    with _replaced((flex, "min_content_width", min_content_width)):
        yield


def _document_order(given: list, laid_out: list) -> list:
    """`laid_out` (absolute placeholders first, then flex items) merged back into the order of
    `given`; unchanged when the two cannot be matched one to one (a split page, `order`)."""
    absolute = [child for child in laid_out if child.is_absolutely_positioned()]
    items = [child for child in laid_out if not child.is_absolutely_positioned()]
    expected_items = [child for child in given if not child.is_absolutely_positioned()]
    if len(items) != len(expected_items) or len(absolute) != len(given) - len(expected_items) \
            or any(child.style["order"] != 0 for child in expected_items):
        return laid_out
    absolute_iter, items_iter = iter(absolute), iter(items)
    return [next(absolute_iter) if child.is_absolutely_positioned() else next(items_iter) for child in given]


def copy_laid_out(box):
    """A laid-out box tree copied to its leaves, absolute placeholders and table columns included
    (WeasyPrint's own `deepcopy` turns placeholders into plain boxes and shares table columns)."""
    from weasyprint.formatting_structure import boxes
    from weasyprint.layout.absolute import AbsolutePlaceholder

    if isinstance(box, AbsolutePlaceholder):
        copied = AbsolutePlaceholder(copy_laid_out(box._box))
        object.__setattr__(copied, "_layout_done", box._layout_done)
        return copied
    copied = box.copy()
    if isinstance(box, boxes.ParentBox):
        copied.children = [copy_laid_out(child) for child in box.children]
        if isinstance(box, boxes.TableBox):
            copied.column_groups = tuple(copy_laid_out(group) for group in box.column_groups)
    return copied


def _layout_key(context, box, bottom_space, skip_stack, containing_block, page_is_empty, discard):
    """What a flex or grid container's layout depends on, or None where it may depend on more
    (floats around it, a resumed layout)."""
    if skip_stack is not None or context.excluded_shapes:
        return None
    style = box.style
    if isinstance(containing_block, tuple):
        block_size = containing_block
    else:
        block_size = (containing_block.width, containing_block.height)
    # with room below it limited, where it starts decides where a page breaks: a key then, not a move
    return (id(box.children), type(box), context.current_page, bottom_space, page_is_empty, discard, block_size,
            tuple(style[name] for name in _SIZES),
            tuple(getattr(box, name, None) for name in _USED), box.position_y if bottom_space != -_INF else None)


_INF = float("inf")


def _zero():
    from weasyprint.css.properties import Dimension

    return Dimension(0, "px")
_SIZES = ("width", "height", "min_width", "max_width", "min_height", "max_height")
_USED = ("width", "height", "min_width", "max_width", "min_height", "max_height", "margin_top", "margin_right",
         "margin_bottom", "margin_left", "padding_top", "padding_right", "padding_bottom", "padding_left",
         "border_top_width", "border_right_width", "border_bottom_width", "border_left_width")


def _remembering(layout, kept: dict, takes_discard: bool):
    """`layout` (WeasyPrint's flex or grid layout) answering again from `kept` when asked again."""
    def remembered(context, box, bottom_space, skip_stack, containing_block, page_is_empty,
                   absolute_boxes, fixed_boxes, *rest):
        discard = rest[0] if takes_discard else None
        key = _layout_key(context, box, bottom_space, skip_stack, containing_block, page_is_empty, discard)
        found = kept.get(key) if key is not None else None
        if found is not None:
            result, x, y, _children = found
            laid_out = copy_laid_out(result[0])
            laid_out.translate(box.position_x - x, box.position_y - y)
            return (laid_out, None, dict(result[2]), [], result[4])
        placed = len(absolute_boxes), len(fixed_boxes)
        result = layout(context, box, bottom_space, skip_stack, containing_block, page_is_empty,
                        absolute_boxes, fixed_boxes, *rest)
        if key is not None and result[0] is not None and result[1] is None \
                and (len(absolute_boxes), len(fixed_boxes)) == placed:
            # the children list is kept alive with the entry, so that its id names it alone
            kept[key] = ((copy_laid_out(result[0]), None, dict(result[2]), [], result[4]),
                         box.position_x, box.position_y, box.children)
        return result
    return remembered


@contextmanager
def _flex_and_grid_layouts_remembered():
    """WeasyPrint 70's flex layout lays each item out three or four times (its minimum height,
    its flex base size, the lines, the final layout), its grid layout two or three times (track
    sizes, then the items), and an item that is itself a flex or grid container does the same
    for its own items: the work grows as 3ⁿ–4ⁿ with nesting depth, and UnoCSS decks nest flex
    boxes five to eight deep. Most of those nested layouts are asked again with the same inputs.
    For one render, the result of laying out a flex or grid container is kept, keyed by the
    container (its children list, shared by every copy WeasyPrint makes of it) and everything its
    layout reads (sizes, containing block, page, space below), and a copy of it, moved to the
    position asked for, is the answer the next time. Layouts that placed absolutely positioned
    descendants in an outer list, or that were cut by a page break, are not kept
    (`weasyprint.layout.{block,inline}.{flex,grid}_layout`)."""
    from weasyprint.layout import block, inline

    kept: dict = {}
    try:
        with _replaced(*((module, name, _remembering(getattr(module, name), kept, takes_discard=name == "flex_layout"))
                         for module in (block, inline) for name in ("flex_layout", "grid_layout"))):
            yield
    finally:
        kept.clear()


def _auto_margins_as_alignment(child, container) -> None:
    """A grid item's auto margins as the alignment they amount to (CSS Grid §10.2: auto margins
    absorb the free space), in a style of its own; only where neither the item nor its grid
    asks for an alignment already."""
    style = child.style
    changes = {}
    for start, end, prop, items in (("margin_top", "margin_bottom", "align_self", "align_items"),
                                    ("margin_left", "margin_right", "justify_self", "justify_items")):
        first, last = style[start] == "auto", style[end] == "auto"
        free = {"auto", "normal", "stretch", "legacy"}
        if not (first or last) or set(style[prop]) - free or set(container.style[items]) - free:
            continue
        changes[prop] = ("center",) if first and last else ("end",) if first else ("start",)
        for side in (start, end):
            if style[side] == "auto":
                changes[side] = _zero()
    if changes:
        child.style = style.copy()
        child.style.update(changes)


@contextmanager
def _grid_items_auto_margins():
    """WeasyPrint 70 ignores auto margins on grid items, so `grid` + `my-auto` (a common way to
    centre a section title, apple-basic's section layout among them) stays at the top. For one
    render, before a grid of one item is laid out, the item's auto margins become the alignment
    CSS gives them: both auto → centre, one auto → pushed to the other end
    (`weasyprint.layout.{block,inline}.grid_layout`)."""
    def aligning(layout):
        def grid_layout(context, box, *args, **kwargs):
            # the centring idiom (`grid` holding one `my-auto` box) only; absolutely positioned
            # children have been taken out by the fix below before this runs
            children = [child for child in box.children if hasattr(child, "style")]
            if len(children) == 1 and not children[0].is_absolutely_positioned():
                _auto_margins_as_alignment(children[0], box)
            return layout(context, box, *args, **kwargs)
        return grid_layout

    from weasyprint.layout import block, inline

    with _replaced(*((module, "grid_layout", aligning(module.grid_layout)) for module in (block, inline))):
        yield


@contextmanager
def _grids_leave_absolute_children_out():
    """WeasyPrint 70 places a grid container's absolutely positioned children in grid cells as if
    they were items: a decoration drawn by `::before { position: absolute; inset: 0 }` takes the
    first row and pushes the real content down. CSS leaves them out of the grid. For one render,
    a grid is laid out without them; they are then placed as absolute boxes (their static position
    the grid's content box), by the grid itself when it is their containing block
    (`weasyprint.layout.{block,inline}.grid_layout`)."""
    from weasyprint.layout import block, inline
    from weasyprint.layout.absolute import AbsolutePlaceholder, absolute_layout

    def leaving_out(layout):
        def grid_layout(context, box, bottom_space, skip_stack, containing_block, page_is_empty,
                        absolute_boxes, fixed_boxes, *rest):
            absolutes = [child for child in box.children if child.is_absolutely_positioned()]
            if not absolutes or skip_stack is not None:
                return layout(context, box, bottom_space, skip_stack, containing_block, page_is_empty,
                              absolute_boxes, fixed_boxes, *rest)
            items = box.copy_with_children([child for child in box.children if not child.is_absolutely_positioned()])
            result = layout(context, items, bottom_space, skip_stack, containing_block, page_is_empty,
                            absolute_boxes, fixed_boxes, *rest)
            laid_out = result[0]
            if laid_out is None:
                return result
            placeholders = []
            for child in absolutes:
                child.position_x, child.position_y = laid_out.content_box_x(), laid_out.content_box_y()
                placeholders.append(AbsolutePlaceholder(child))
            # painted before the items, as they come first in the tree here (the ::before case)
            laid_out.children = [*placeholders, *laid_out.children]
            if box.style["position"] != "static":
                for placeholder in placeholders:
                    absolute_layout(context, placeholder, laid_out, fixed_boxes, bottom_space, skip_stack=None)
            else:
                absolute_boxes.extend(placeholders)
            return result
        return grid_layout

    with _replaced(*((module, "grid_layout", leaving_out(module.grid_layout)) for module in (block, inline))):
        yield


_START, _CENTRE, _END = 0.0, 0.5, 1.0


def _alignment_fraction(value, reverse: bool = False) -> float:
    """Where `justify-content` / `align-items` / `align-self` put a sole item: 0 start, ½ centre, 1 end."""
    words = set(value) if isinstance(value, (tuple, list)) else {str(value)}
    if "center" in words:
        return _CENTRE
    if words & {"flex-end", "end", "right", "bottom"}:
        return _START if reverse else _END
    return _END if reverse and words & {"flex-start", "normal", "stretch", "start"} else _START


@contextmanager
def _absolute_flex_children_aligned():
    """The static position of an absolutely positioned child of a flex container is where it
    would be as the container's sole flex item (CSS Flexbox 4.1): `justify-content: center`
    and `align-items: center` centre it. WeasyPrint 70 leaves it at the content box's start,
    so a logo placed `absolute` (no insets) in a centring slide sat in the top-left corner.
    For one render, a flex layout notes, on each such child, where in the container its
    alignment puts it; the absolute layout then moves the laid-out box there (by the
    container's content size) in each axis whose insets are both `auto` (`weasyprint.layout.{block,inline}.flex_layout`,
    `weasyprint.layout.absolute.absolute_box_layout`)."""
    from weasyprint.layout import absolute, block, inline

    def noting(layout):
        def flex_layout(context, box, *args, **kwargs):
            direction = box.style["flex_direction"]
            row, reverse = direction.startswith("row"), direction.endswith("reverse")
            marks = []
            for child in box.children:
                if not child.is_absolutely_positioned():
                    continue
                self_align = child.style["align_self"]
                cross = box.style["align_items"] if "auto" in self_align else self_align
                main, across = _alignment_fraction(box.style["justify_content"], reverse), _alignment_fraction(cross)
                if main or across:
                    # its content size comes when the container is laid out: from the container
                    # itself when it is the containing block (laid out inside), else below
                    mark = {"fractions": (main, across) if row else (across, main), "element": box.element,
                            "size": None}
                    child.slidepdf_static_alignment = mark
                    marks.append(mark)
            result = layout(context, box, *args, **kwargs)
            if result[0] is not None:
                for mark in marks:
                    mark["size"] = (result[0].width, result[0].height)
            return result
        return flex_layout

    original_box_layout = absolute.absolute_box_layout

    def absolute_box_layout(context, box, containing_block, fixed_boxes, bottom_space, skip_stack):
        new_box, resume_at = original_box_layout(context, box, containing_block, fixed_boxes, bottom_space,
                                                 skip_stack)
        mark = getattr(box, "slidepdf_static_alignment", None)
        if new_box is not None and mark is not None:
            size = mark["size"]
            if size is None and getattr(containing_block, "element", None) is mark["element"]:
                size = (containing_block.width, containing_block.height)
            if size is not None:
                (fraction_x, fraction_y), (width, height) = mark["fractions"], size
                dx = (width - new_box.margin_width()) * fraction_x \
                    if box.style["left"] == "auto" and box.style["right"] == "auto" else 0
                dy = (height - new_box.margin_height()) * fraction_y \
                    if box.style["top"] == "auto" and box.style["bottom"] == "auto" else 0
                if dx or dy:
                    new_box.translate(dx, dy)
        return new_box, resume_at

    with _replaced((block, "flex_layout", noting(block.flex_layout)), (inline, "flex_layout", noting(inline.flex_layout)),
                   (absolute, "absolute_box_layout", absolute_box_layout)):
        yield


@contextmanager
def _svg_style_attributes_left_to_svg():
    """WeasyPrint 70 also reads the `style` attributes of elements inside an inline <svg> as
    HTML CSS, where `fill: #bf926b` is an unknown property: one warning per colour for a
    picture its SVG renderer then draws correctly from those same attributes (shibainu's
    backgrounds gave five), and `--strict` failed on them. Inside an <svg> they are the SVG
    renderer's alone; the <svg>'s own `style` still goes to the cascade, as it sizes the box
    (`weasyprint.css.find_style_attributes`)."""
    from weasyprint import css

    original = css.find_style_attributes

    def find_style_attributes(tree, *args, **kwargs):
        inside_svg = {id(element) for svg in tree.iter(_SVG_TAG) for element in svg.iter() if element is not svg}
        for rule in original(tree, *args, **kwargs):
            specificity, element = rule[0], rule[1]
            if specificity == (1, 0, 0) and id(element) in inside_svg:
                continue
            yield rule

    with _replaced((css, "find_style_attributes", find_style_attributes)):
        yield


_PLACE_LONGHANDS = {"place-content": ("align-content", "justify-content"),
                    "place-items": ("align-items", "justify-items"),
                    "place-self": ("align-self", "justify-self")}


def _alignment_values(tokens) -> list[tuple]:
    """`tokens` cut into alignment values: a keyword, or one of `safe`/`unsafe`/`first`/`last`
    with the keyword after it (`safe center`, `first baseline`)."""
    words = [token for token in tokens if token.type != "whitespace"]
    values, index = [], 0
    while index < len(words):
        word = words[index]
        takes_next = (word.type == "ident" and word.lower_value in ("safe", "unsafe", "first", "last")
                      and index + 1 < len(words))
        values.append(tuple(words[index:index + 2]) if takes_next else (word,))
        index += 2 if takes_next else 1
    return values


@contextmanager
def _place_shorthands_expanded():
    """WeasyPrint 70 declares `place-content`, `place-items` and `place-self` but drops every
    value as invalid (its expanders are TODO), so UnoCSS's `place-items-center` and an author's
    `place-content: center` did nothing. For one render, each expands as CSS Box Alignment says:
    one value for both axes, or the block axis's then the inline axis's
    (`weasyprint.css.validation.expanders.EXPANDERS`)."""
    from weasyprint.css.validation import expanders

    def expanding(block_name, inline_name):
        @expanders.generic_expander(block_name, inline_name)
        def expand(tokens, name):
            values = _alignment_values(tokens)
            if len(values) not in (1, 2):
                raise expanders.InvalidValues
            yield block_name, values[0]
            yield inline_name, values[-1]
        return expand

    with _replaced(*((expanders.EXPANDERS, name, expanding(*longhands)) for name, longhands in _PLACE_LONGHANDS.items())):
        yield


_WIDTH_STYLE = ("width", "min_width", "max_width", "height", "min_height", "max_height", "box_sizing",
                "margin_left", "margin_right", "padding_left", "padding_right", "border_left_width",
                "border_right_width")


@contextmanager
def _intrinsic_widths_remembered():
    """WeasyPrint 70 works out the min- and max-content width of the same boxes again and again:
    every flex and grid layout asks for its items' widths (and their items'), at every level of
    nesting, and each answer walks the box's whole subtree, breaking its text into lines. A box's
    intrinsic widths depend only on its subtree and its style, so for one render each answer is
    kept per box (its children list, shared by WeasyPrint's copies of it) and per the style
    values that the copies change (sizes) or that the answer reads (margins, paddings, borders).
    Table boxes, whose widths read used border values, are left alone
    (`weasyprint.layout.{preferred,flex,grid,page}.{min,max}_content_width`)."""
    from weasyprint.formatting_structure import boxes
    from weasyprint.layout import flex, grid, page, preferred

    remembered_types = (boxes.BlockContainerBox, boxes.InlineBox, boxes.LineBox, boxes.FlexContainerBox,
                        boxes.GridContainerBox)
    table_types = (boxes.TableBox, boxes.TableCellBox, boxes.TableRowBox, boxes.TableRowGroupBox,
                   boxes.TableColumnBox, boxes.TableColumnGroupBox, boxes.TableCaptionBox)

    def remembering(measure):
        kept: dict = {}

        def remembered(context, box, outer=True):
            if not isinstance(box, remembered_types) or isinstance(box, table_types) or box.is_table_wrapper:
                return measure(context, box, outer)
            style = box.style
            key = (id(box.children), type(box), outer, tuple(style[name] for name in _WIDTH_STYLE))
            found = kept.get(key)
            if found is None:
                # the children list is kept alive with the answer, so that its id names it alone
                found = kept[key] = (measure(context, box, outer), box.children)
            return found[0]
        return remembered

    with _replaced(*((module, name, remembering(getattr(module, name))) for module in (preferred, flex, grid, page)
                     for name in ("min_content_width", "max_content_width"))):
        yield


# Properties that change how a box is painted but not where anything is: click states differ in
# these (opacity of hidden elements, v-motion transforms, v-mark colours).
_PAINT_ONLY = frozenset("""opacity color visibility z_index transform transform_origin box_shadow
background_color background_image background_position background_size background_repeat
background_attachment background_clip background_origin border_top_color border_right_color
border_bottom_color border_left_color outline_color outline_style outline_width outline_offset
text_decoration_line text_decoration_color text_decoration_style text_decoration_thickness anchor link
bookmark_label bookmark_level bookmark_state""".split())
# UnoCSS's transform variables feed `transform` alone; the text gradient and blur, painting alone
_PAINT_ONLY_VARIABLES = ("__un_translate", "__un_rotate", "__un_scale", "__un_skew", _style_key(TEXT_GRADIENT),
                         _style_key(BLUR), _style_key(HUE_ROTATE), _style_key(CLIP_POLYGON))
# What a laid-out box takes from the page it is drawn on, besides its style and element
_PAGE_OWN = ("bookmark_label", "string_set", "missing_link", "replacement")


def _outline_marker(box) -> bool:
    element = box.element
    return element is not None and box.element_tag == "span" and element.get("class") == "slidepdf-bookmark"


def _layout_relevant(box) -> list:
    """Everything about a box and its subtree that its layout depends on, as a list to compare:
    kinds, text, intrinsic image sizes and the declared values of every property but the
    paint-only ones. Outline markers (zero-size, first page of a slide only) are left out."""
    from weasyprint.formatting_structure import boxes

    out = []
    stack = [box]
    while stack:
        current = stack.pop()
        style = current.style
        cascaded = getattr(style, "cascaded", None)
        declared = () if not cascaded else tuple(
            (name, value) for name, (value, _weight) in cascaded.items()
            if name not in _PAINT_ONLY and not name.startswith(_PAINT_ONLY_VARIABLES))
        entry = [type(current), current.element_tag, declared]
        if isinstance(current, boxes.TextBox):
            entry.append(current.text)
        elif isinstance(current, boxes.ReplacedBox):
            entry.append(current.replacement.get_intrinsic_size(style["image_resolution"], style["font_size"]))
        for name in ("colspan", "rowspan", "span"):
            if hasattr(current, name):
                entry.append(getattr(current, name))
        out.append(entry)
        if isinstance(current, boxes.ParentBox):
            children = [child for child in current.children if not _outline_marker(child)]
            out.append(len(children))
            stack.extend(reversed(children))
            if isinstance(current, boxes.TableBox):
                stack.extend(reversed(current.column_groups))
    return out


def _stand_ins(leader, member) -> dict:
    """Each box of `leader`'s tree → the box of `member`'s tree in its place: by element for boxes
    of elements (WeasyPrint's layout gives some of those a copied style), by style for anonymous
    boxes (their style is theirs alone)."""
    from weasyprint.formatting_structure import boxes

    found: dict = {}
    stack = [(leader, member)]
    while stack:
        one, other = stack.pop()
        found.setdefault(_identity(one), other)
        if isinstance(one, boxes.ParentBox):
            pairs = list(zip([c for c in one.children if not _outline_marker(c)],
                             [c for c in other.children if not _outline_marker(c)]))
            if isinstance(one, boxes.TableBox):
                pairs += list(zip(one.column_groups, other.column_groups))
            stack.extend(pairs)
    return found


def _identity(box):
    if hasattr(box.style, "cascaded") and box.element is not None:
        return "element", id(box.element), box.element_tag, type(box)
    return "style", id(box.style)


def _painted_as(laid_out, stand_ins: dict):
    """`laid_out` (a copy of the leader's laid-out page) with every box taking the style, element
    and page-own values of its stand-in, and the leader's outline markers left out; None when a
    box has no stand-in."""
    from weasyprint.formatting_structure import boxes
    from weasyprint.layout.absolute import AbsolutePlaceholder

    stack = [laid_out]
    while stack:
        current = stack.pop()
        target = current._box if isinstance(current, AbsolutePlaceholder) else current
        stand_in = stand_ins.get(_identity(target))
        if stand_in is None:
            return None
        target.style, target.element, target.element_tag = stand_in.style, stand_in.element, stand_in.element_tag
        for name in _PAGE_OWN:
            if name in stand_in.__dict__:
                setattr(target, name, stand_in.__dict__[name])
        if isinstance(target, boxes.ParentBox):
            target.children = [child for child in target.children if not _outline_marker(child)]
            stack.extend(target.children)
            if isinstance(target, boxes.TableBox):
                stack.extend(target.column_groups)
    return laid_out


def _page_sections(root_box) -> list:
    """The `<section data-slide>` boxes that are the pages of a slidepdf document, in order."""
    body = next((child for child in getattr(root_box, "children", ()) if child.element_tag == "body"), None)
    if body is None:
        return []
    return [child for child in body.children
            if child.element_tag == "section" and child.element is not None and child.element.get("data-slide")]


@contextmanager
def _click_states_laid_out_once():
    """A slide's click states are pages that mostly differ only in how things are painted: a
    hidden element has `opacity: 0` and keeps its box, a v-motion element is moved by a transform.
    WeasyPrint lays each page out from scratch. For one render, pages of the same slide whose box
    trees agree in everything layout reads (kinds, text, image sizes, every declared property but
    the paint-only ones) are laid out once: the first such page normally, each later one as a copy
    of that layout whose boxes take their own page's styles, elements and images, so each page is
    painted as itself (`weasyprint.document.layout_document`, `weasyprint.layout.block.block_level_layout`)."""
    from weasyprint import document
    from weasyprint.layout import block

    original_document_layout = document.layout_document
    original_block_layout = block.block_level_layout

    def layout_document(html, root_box, context, *args, **kwargs):
        sections = _page_sections(root_box)
        leaders: dict[int, object] = {}         # id(section box) → the section laid out before it alike
        by_slide: dict[str, list] = {}
        for section in sections:
            relevant = _layout_relevant(section)
            candidates = by_slide.setdefault(section.element.get("data-slide"), [])
            leader = next((box for box, other in candidates if other == relevant), None)
            if leader is None:
                candidates.append((section, relevant))
            else:
                leaders[id(section)] = leader
        followers = {id(leader) for leader in leaders.values()}
        kept: dict[int, tuple] = {}             # id(leader) → its laid-out copy and the rest of its result

        def block_level_layout(context, box, *args, **kwargs):
            leader = leaders.get(id(box))
            if leader is not None and id(leader) in kept:
                result = kept[id(leader)]
                painted = _painted_as(copy_laid_out(result[0]), _stand_ins(leader, box))
                if painted is not None:
                    painted.translate(box.position_x - result[-2], box.position_y - result[-1])
                    return (painted, *result[1:-2])
            result = original_block_layout(context, box, *args, **kwargs)
            if id(box) in followers and result[0] is not None and result[1] is None:
                kept[id(box)] = (copy_laid_out(result[0]), *result[1:], box.position_x, box.position_y)
            return result

        # WeasyPrint's layout_document is a generator: the pages are laid out as they are taken
        with _replaced((block, "block_level_layout", block_level_layout)):
            yield from original_document_layout(html, root_box, context, *args, **kwargs)

    with _replaced((document, "layout_document", layout_document)):
        yield


@contextmanager
def _fewer_collections():
    """WeasyPrint makes millions of small objects (boxes, styles, text runs), and Python's cycle
    collector, run every 700 new objects by default, walked them again and again: 15–20 % of a
    render's time, measured. For one render it runs every 50,000 (it still runs: WeasyPrint leaves
    little in cycles, 3 MB more on 50 pages with the collector off)."""
    import gc

    previous = gc.get_threshold()
    gc.set_threshold(50_000, *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)


@contextmanager
def _font_stamps_kept():
    """WeasyPrint makes a static font of each variable font it embeds with fontTools, which
    stamps the new font's `head.modified` with the clock: the same deck gave other bytes a
    second later. For one render, a stamp that is asked for is a fixed one, 2000-01-01 in the
    font's own count of seconds since 1904 (`fontTools.ttLib.tables._h_e_a_d.timestampNow`)."""
    from fontTools.ttLib.tables import _h_e_a_d

    with _replaced((_h_e_a_d, "timestampNow", lambda: FONT_STAMP)):
        yield


# Entered in this order, each wrapping what the ones before it installed: the CSS and SVG
# corrections, the layout corrections (where their order changes the result, the entry says why),
# the memos after them so that they keep what the corrections made, then the font stamps and the
# collector.
FIXES: tuple[Fix, ...] = (
    Fix("place-shorthands-expanded", _place_shorthands_expanded,
        ("weasyprint.css.validation.expanders:EXPANDERS", "weasyprint.css.validation.expanders:generic_expander",
         "weasyprint.css.validation.expanders:InvalidValues")),
    Fix("svg-inherits-color", _svg_inherits_color, ("weasyprint.html:HTML_HANDLERS",)),
    Fix("inline-svg-switches-evaluated", _inline_svg_switches_evaluated, ("weasyprint.html:HTML_HANDLERS",)),
    Fix("svg-style-attributes-left-to-svg", _svg_style_attributes_left_to_svg,
        ("weasyprint.css:find_style_attributes",)),
    Fix("grids-measured-by-their-columns", _grids_measured_by_their_columns,
        ("weasyprint.layout.preferred:max_content_width", "weasyprint.layout.flex:max_content_width",
         "weasyprint.layout.grid:max_content_width", "weasyprint.layout.preferred:adjust",
         "weasyprint.formatting_structure.boxes:GridContainerBox")),
    Fix("flex-gaps-in-intrinsic-widths", _flex_gaps_in_intrinsic_widths,
        ("weasyprint.layout.preferred:flex_max_content_width", "weasyprint.layout.preferred:flex_min_content_width")),
    Fix("inline-flex-shrinks-to-fit", _inline_flex_shrinks_to_fit,
        ("weasyprint.layout.inline:flex_layout", "weasyprint.formatting_structure.boxes:InlineFlexBox",
         "weasyprint.layout.table:find_in_flow_baseline")),
    Fix("flex-items-measured-without-negative-margins", _flex_items_measured_without_negative_margins,
        ("weasyprint.layout.flex:max_content_width",)),
    Fix("leading-from-the-primary-font", _leading_from_the_primary_font,
        ("weasyprint.layout.inline:split_text_box", "weasyprint.layout.inline:strut")),
    Fix("line-metrics-in-whole-pixels", _line_metrics_in_whole_pixels,
        ("weasyprint.layout.inline:strut", "weasyprint.text.line_break:_font_style_cache_key",
         "weasyprint.text.line_break:Layout", "weasyprint.text.line_break:first_line_metrics")),
    Fix("gradient-text-painted", _gradient_text_painted,
        ("weasyprint.document:draw_page", "weasyprint.draw:draw_text", "weasyprint.css.tokens:get_image")),
    Fix("list-symbols-drawn-as-chromium-draws-them", _list_symbols_drawn_as_chromium_draws_them,
        ("weasyprint.document:draw_page", "weasyprint.draw:draw_text",
         "weasyprint.formatting_structure.boxes:TextBox")),
    Fix("blurred-backgrounds-painted", _blurred_backgrounds_painted,
        ("weasyprint.document:draw_page", "weasyprint.draw:draw_background", "weasyprint.draw:draw_stacking_context",
         "weasyprint.images:RasterImage", "weasyprint.images:LinearGradient")),
    Fix("grid-items-minimum-contributions", _grid_items_minimum_contributions,
        ("weasyprint.layout.grid:min_content_width", "weasyprint.layout.preferred:adjust")),
    Fix("grid-free-space-shared-until-limits", _grid_free_space_shared_until_limits,
        ("weasyprint.layout.grid:_resolve_tracks_sizes", "weasyprint.layout.grid:_is_fr",
         "weasyprint.layout.block:grid_layout", "weasyprint.layout.inline:grid_layout")),
    Fix("indefinite-heights-are-auto", _indefinite_heights_are_auto, ("weasyprint.layout.percent:resolve_percentages",)),
    Fix("flex-text-items-trimmed", _flex_text_items_trimmed, ("weasyprint.formatting_structure.build:flex_children",)),
    Fix("flex-cross-minimum-zero", _flex_cross_minimum_zero, ("weasyprint.formatting_structure.build:flex_children",
                                                              "weasyprint.css.properties:Dimension")),
    Fix("flex-children-in-document-order", _flex_children_in_document_order,
        ("weasyprint.layout.flex:flex_layout", "weasyprint.layout.block:flex_layout",
         "weasyprint.layout.inline:flex_layout")),
    Fix("flex-items-keep-their-flexed-width", _flex_items_keep_their_flexed_width,
        ("weasyprint.layout.flex:flex_layout", "weasyprint.layout.block:flex_layout",
         "weasyprint.layout.inline:flex_layout", "weasyprint.layout.block:block_level_width")),
    Fix("flex-minimum-clamped-by-the-maximum", _flex_minimum_clamped_by_the_maximum,
        ("weasyprint.layout.flex:min_content_width",)),
    Fix("links-kept-on-blockified-items", _links_kept_on_blockified_items,
        ("weasyprint.formatting_structure.build:blockify",)),
    Fix("grid-items-auto-margins", _grid_items_auto_margins,
        ("weasyprint.layout.block:grid_layout", "weasyprint.layout.inline:grid_layout")),
    # after the auto margins, so that they see the grid without its absolute children
    Fix("grids-leave-absolute-children-out", _grids_leave_absolute_children_out,
        ("weasyprint.layout.block:grid_layout", "weasyprint.layout.inline:grid_layout",
         "weasyprint.layout.absolute:absolute_layout", "weasyprint.layout.absolute:AbsolutePlaceholder")),
    Fix("absolute-flex-children-aligned", _absolute_flex_children_aligned,
        ("weasyprint.layout.block:flex_layout", "weasyprint.layout.inline:flex_layout",
         "weasyprint.layout.absolute:absolute_box_layout")),
    # last of the layout fixes, so that what they keep is what the fixes above made
    Fix("intrinsic-widths-remembered", _intrinsic_widths_remembered,
        tuple(f"weasyprint.layout.{module}:{name}" for module in ("preferred", "flex", "grid", "page")
              for name in ("min_content_width", "max_content_width"))),
    Fix("flex-and-grid-layouts-remembered", _flex_and_grid_layouts_remembered,
        ("weasyprint.layout.block:flex_layout", "weasyprint.layout.inline:flex_layout",
         "weasyprint.layout.block:grid_layout", "weasyprint.layout.inline:grid_layout",
         "weasyprint.formatting_structure.boxes:Box.copy", "weasyprint.layout.absolute:AbsolutePlaceholder")),
    Fix("click-states-laid-out-once", _click_states_laid_out_once,
        ("weasyprint.document:layout_document", "weasyprint.layout.block:block_level_layout",
         "weasyprint.css:ComputedStyle")),
    Fix("font-stamps-kept", _font_stamps_kept, ("fontTools.ttLib.tables._h_e_a_d:timestampNow",)),
    Fix("fewer-collections", _fewer_collections, ("gc:set_threshold",)),
)
