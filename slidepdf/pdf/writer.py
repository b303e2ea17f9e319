"""pdf: the HTML document → PDF bytes (WeasyPrint) → the output file, written atomically.

The PDF is written to a temporary file beside the target and renamed over it only when
complete, so an interrupted or failed export never leaves a half-written PDF and keeps
any previous one intact.
"""
from __future__ import annotations

import logging
import os
import re
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..errors import OutputError, WarningLog
from ..policy import AccessPolicy
from .finish import PdfOptions

_MISSING_GLYPH = re.compile(r'\.notdef glyph rendered for Unicode string unsupported by fonts: "(.*)"', re.S)
_REFUSED_IMAGE = re.compile(r"UnusableImage: (.+)$", re.S)
_NOISE = (
    "Anchor defined twice",          # duplicate ids inside inline SVGs are harmless
)


class _CollectingHandler(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if not any(message.startswith(noise) for noise in _NOISE):
            self.messages.append(message)


@contextmanager
def _weasyprint_messages(warnings: WarningLog, document_html: str = ""):
    """WeasyPrint reports unsupported CSS and unreadable resources through logging: collect them."""
    logger = logging.getLogger("weasyprint")
    handler = _CollectingHandler()
    previous = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.propagate = previous
        missing_glyphs = []
        for message in handler.messages:
            glyph = _MISSING_GLYPH.match(message)
            refused = _REFUSED_IMAGE.search(message)
            if glyph:
                missing_glyphs.append(glyph[1])
            elif refused:
                warnings.add("image", f"{refused[1]} (an empty box is drawn)")
            else:
                warnings.add("render", _tidy(message))
        if missing_glyphs:
            characters = "".join(dict.fromkeys(c for text in missing_glyphs for c in text if not c.isspace()))
            warnings.add("missing-glyph", f"no installed font has {_where(characters, document_html)}; an empty "
                                          "box is drawn (install a font that covers them, e.g. fonts-noto-cjk, "
                                          "or put one in the deck's fonts/ folder)")


def _where(characters: str, document_html: str) -> str:
    """Each character with its code point and the slides (sections) it is on."""
    sections = re.findall(r'<section [^>]*data-slide="(\d+)"(.*?)</section>', document_html, re.S)
    described = []
    for char in characters:
        slides = list(dict.fromkeys(number for number, body in sections if char in body))
        on = f" (slide {', '.join(slides)})" if slides else ""
        described.append(f"'{char}' U+{ord(char):04X}{on}")
    return ", ".join(described)


def _tidy(message: str) -> str:
    message = re.sub(r"file://\S+/", "", message)
    return message.splitlines()[0] if message else message


_SVG_TAG = "{http://www.w3.org/2000/svg}svg"
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

    weasy_html.HTML_HANDLERS[_SVG_TAG] = handle_svg
    try:
        yield
    finally:
        weasy_html.HTML_HANDLERS[_SVG_TAG] = original


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

    preferred.flex_max_content_width, preferred.flex_min_content_width = max_content, min_content
    try:
        yield
    finally:
        preferred.flex_max_content_width, preferred.flex_min_content_width = originals


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

    flex.max_content_width = max_content_width
    try:
        yield
    finally:
        flex.max_content_width = original


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

    inline.flex_layout = flex_layout
    try:
        yield
    finally:
        inline.flex_layout = original


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

    modules = (preferred, flex, grid)
    saved = [module.max_content_width for module in modules]
    for module in modules:
        module.max_content_width = max_content_width
    try:
        yield
    finally:
        for module, function in zip(modules, saved):
            module.max_content_width = function


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

    build.flex_children = flex_children
    try:
        yield
    finally:
        build.flex_children = original


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

    build.blockify = blockify
    try:
        yield
    finally:
        build.blockify = original


@contextmanager
def _flex_children_in_document_order():
    """WeasyPrint 70's flex layout puts a container's absolutely positioned children before its
    flex items, so they are painted first: a card placed over a code block (`overflow: hidden`,
    which WeasyPrint paints as its own layer) ends up under it. For one render, the laid-out
    children are put back in document order (`weasyprint.layout.{flex,block,inline}.flex_layout`)."""
    from weasyprint.layout import block, flex, inline

    modules = (flex, block, inline)
    saved = [module.flex_layout for module in modules]

    def reordering(layout):
        def flex_layout(context, box, *args, **kwargs):
            given = list(box.children)
            result = layout(context, box, *args, **kwargs)
            laid_out = result[0]
            if laid_out is not None and any(child.is_absolutely_positioned() for child in given):
                laid_out.children = _document_order(given, laid_out.children)
            return result
        return flex_layout

    for module, function in zip(modules, saved):
        module.flex_layout = reordering(function)
    try:
        yield
    finally:
        for module, function in zip(modules, saved):
            module.flex_layout = function


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

    original = _h_e_a_d.timestampNow
    _h_e_a_d.timestampNow = lambda: FONT_STAMP
    try:
        yield
    finally:
        _h_e_a_d.timestampNow = original


@contextmanager
def _layout_fixes():
    """Where WeasyPrint 70's layout differs from Chromium's in ways slides hit often."""
    with _grids_measured_by_their_columns(), _flex_gaps_in_intrinsic_widths(), _inline_flex_shrinks_to_fit(), \
            _flex_items_measured_without_negative_margins(), _flex_text_items_trimmed(), \
            _flex_children_in_document_order(), _links_kept_on_blockified_items():
        yield


def warm_up() -> None:
    """Import WeasyPrint and what it loads to lay out and write (fontconfig's caches, Pango,
    HarfBuzz, the font subsetter) by rendering a one-line document. Called before chunk
    workers are forked, so that each inherits all of it instead of loading it again: about a
    second per worker otherwise."""
    from weasyprint import HTML

    HTML(string="<p style='font-family: sans-serif'>warm <b>up</b> <code>1</code></p>").write_pdf()


@contextmanager
def _one_render(warnings: WarningLog, document_html: str):
    """What holds for the length of one render (to PDF or for measuring): WeasyPrint's messages
    collected as warnings, and the corrections above."""
    with _weasyprint_messages(warnings, document_html), _svg_inherits_color(), _layout_fixes(), \
            _font_stamps_kept(), _fewer_collections():
        yield


def render_pdf(document_html: str, base_url: str, policy: AccessPolicy, warnings: WarningLog,
               image_max_side: int = 0, options: PdfOptions | None = None,
               timings: dict[str, float] | None = None) -> bytes:
    from weasyprint import HTML, Attachment

    options = options or PdfOptions()
    settings: dict = {}
    if options.pdfa:
        settings["pdf_variant"] = "pdf/a-3b"
    if options.tagged:
        settings["pdf_tags"] = True
    if options.jpeg_quality:
        settings["jpeg_quality"] = options.jpeg_quality
    if options.attachments:
        settings["attachments"] = [
            Attachment(string=policy.read_bytes(path), name=path.name, description=description,
                       relationship="Source", url_fetcher=policy.url_fetcher(),
                       created=options.created, modified=options.created)
            for path, description in options.attachments]
    import time

    timings = timings if timings is not None else {}
    with _one_render(warnings, document_html):
        started = time.perf_counter()
        html = HTML(string=document_html, base_url=base_url, url_fetcher=policy.url_fetcher(image_max_side))
        document = html.render(**settings)              # as HTML.write_pdf does, timed in two steps
        laid_out = time.perf_counter()
        timings["layout"] = timings.get("layout", 0.0) + laid_out - started
        data = document.write_pdf(finisher=options.finish, **settings)
        timings["write"] = timings.get("write", 0.0) + time.perf_counter() - laid_out
        return data


def write_atomically(data: bytes, output: Path) -> None:
    """Write `data` to `output` via a temporary file in the same folder and a rename."""
    output = Path(output)
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"cannot write {output}: folder {folder} does not exist")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".partial", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write {output}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, output)
    except BaseException as exc:
        try:
            os.unlink(temp_name)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {output}: {exc.strerror}") from None
        raise


@dataclass(frozen=True)
class Overflow:
    """A page whose content reaches past the slide: by how many CSS px to the right and below."""

    slide: int
    click: int
    right: float
    bottom: float


def measure_overflow(document_html: str, base_url: str, policy: AccessPolicy, warnings: WarningLog,
                     tolerance: float = 1.0) -> list[Overflow]:
    """Lay the document out (no PDF) and measure, per page, how far in-flow content reaches
    past the slide box. Absolutely positioned boxes (decorations placed off the edge on
    purpose) and what clipped boxes hide are not counted."""
    from weasyprint import HTML

    with _one_render(warnings, document_html):
        document = HTML(string=document_html, base_url=base_url, url_fetcher=policy.url_fetcher()).render()
    found = []
    for page in document.pages:
        content = _first(page._page_box, lambda b: "slidev-page-content" in _classes(b))
        section = _first(page._page_box, lambda b: getattr(b, "element_tag", None) == "section")
        if content is None or section is None:
            continue
        left, top = content.border_box_x(), content.border_box_y()
        right_edge, bottom_edge = left + content.border_width(), top + content.border_height()
        reach_x, reach_y = right_edge, bottom_edge
        stack = list(content.children)
        while stack:
            box = stack.pop()
            if box.is_absolutely_positioned() if hasattr(box, "is_absolutely_positioned") else True:
                continue
            try:
                reach_x = max(reach_x, box.position_x + box.margin_width() if hasattr(box, "margin_width") else 0)
                reach_y = max(reach_y, box.position_y + box.margin_height() if hasattr(box, "margin_height") else 0)
            except TypeError:
                continue
            if box.style["overflow"] == "visible":
                stack.extend(getattr(box, "children", []))
        over_x, over_y = reach_x - right_edge, reach_y - bottom_edge
        if over_x > tolerance or over_y > tolerance:
            element = section.element
            found.append(Overflow(int(element.get("data-slide", 0)), int(element.get("data-click", 0)),
                                  round(max(over_x, 0), 1), round(max(over_y, 0), 1)))
    return found


def _classes(box) -> list[str]:
    element = getattr(box, "element", None)
    return (element.get("class") or "").split() if element is not None else []


def _first(box, matches):
    stack = [box]
    while stack:
        current = stack.pop(0)
        if matches(current):
            return current
        stack.extend(getattr(current, "children", []))
    return None
