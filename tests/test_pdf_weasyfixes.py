"""pdf.weasyfixes: WeasyPrint with the few fixes Chromium parity needs, scoped to one render, each
still applicable to the installed WeasyPrint."""
import pypdfium2 as pdfium
import pytest

from slidepdf.errors import WarningLog
from slidepdf.pdf.writer import render_pdf
from slidepdf.pdf.weasyfixes import FIXES, check_weasyprint, missing_targets
from slidepdf.policy import AccessPolicy

STYLE = ("<style>@page { size: 900px 300px; margin: 0 } body { margin: 20px; font: 16px sans-serif }"
         ".f { display: flex; gap: 8px; align-items: center } .i { width: 24px; height: 24px; background: #c00 }"
         "</style>")


def line_tops(html, tmp_path, text):
    """The distinct top edges (rounded) of the lines `text`'s characters are on."""
    pdf = pdfium.PdfDocument(render_pdf(STYLE + html, tmp_path.as_uri() + "/", AccessPolicy(root=tmp_path),
                                        WarningLog()))
    page = pdf[0].get_textpage()
    content = page.get_text_range()
    start = content.index(text)
    return {round(page.get_charbox(i, loose=True)[3] / 4) for i in range(start, start + len(text)) if not content[i].isspace()}


def test_a_row_inside_a_row_keeps_its_gap_and_its_label_on_one_line(tmp_path):
    html = ('<div class="f"><div class="f"><div class="i"></div><b>Have some components?</b></div>'
            '<div>Put them in components/ and use anywhere</div></div>')
    assert len(line_tops(html, tmp_path, "Have some components?")) == 1


def test_inline_flex_sits_in_its_line_at_its_own_width(tmp_path):
    html = '<p>Progressive on <span style="display: inline-flex; gap: 4px"><span>On</span><span>boarding</span></span> after</p>'
    tops = line_tops(html, tmp_path, "Progressive on")
    assert tops == line_tops(html, tmp_path, "after")
    assert len(tops | line_tops(html, tmp_path, "On")) == 1        # first item's baseline is the line's


def test_a_centred_title_with_a_negative_margin_keeps_one_line_of_height(tmp_path):
    from weasyprint import HTML

    from slidepdf.pdf.weasyfixes import weasyprint_fixes

    html = ('<div style="display: flex; flex-direction: column; align-items: center">'
            '<h1 style="font-size: 48px; line-height: 60px; margin: 0 0 0 -3px">Levels of Integrations</h1>'
            '<p>after</p></div>')
    with weasyprint_fixes():
        page = HTML(string=STYLE + html).render().pages[0]._page_box
    title = next(box for box in _descendants(page) if getattr(box, "element_tag", None) == "h1")
    assert title.height == 60


def test_an_image_shrunk_to_fit_a_row_keeps_its_aspect_ratio(tmp_path):
    from PIL import Image
    from weasyprint import HTML

    from slidepdf.pdf.weasyfixes import weasyprint_fixes

    Image.new("RGB", (1600, 1000), "red").save(tmp_path / "wide.png")
    html = ('<div style="display: flex; width: 890px"><div style="width: 1024px">text</div>'
            '<img src="wide.png" style="min-width: 0; margin-left: 64px"></div>')
    with weasyprint_fixes():
        page = HTML(string=STYLE + html, base_url=tmp_path.as_uri() + "/").render().pages[0]._page_box
    image = next(box for box in _descendants(page) if getattr(box, "element_tag", None) == "img")
    assert round(image.width) == 504 and round(image.height) == 315          # 504 × 1000/1600


def _widths_with_and_without(html, fix, tag, base_url=None):
    """The laid-out widths of every `tag` box, with every fix and without `fix`."""
    from weasyprint import HTML

    from slidepdf.pdf.weasyfixes import weasyprint_fixes

    widths = []
    for leave_out in ((), (fix,)):
        with weasyprint_fixes(leave_out):
            page = HTML(string=STYLE + html, base_url=base_url).render().pages[0]._page_box
        widths.append([round(box.width) for box in _descendants(page) if getattr(box, "element_tag", None) == tag])
    return widths


def test_a_flex_container_shrunk_as_a_flex_item_lays_its_children_out_in_its_shrunk_width(tmp_path):
    # a 600 px row of a column holding a row with a 500×160 logo (max-width: 100%) and a 300 px box:
    # the column shrinks to 300 and its row with it (Chromium: row 300, logo 300)
    (tmp_path / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 500 160">'
                                       '<rect width="500" height="160"/></svg>')
    html = ('<div style="display: flex; width: 600px"><div style="display: flex; flex-direction: column; '
            'align-items: center"><section style="display: flex"><img src="logo.svg" style="height: 160px; '
            'max-width: 100%"></section></div><div style="width: 300px; flex-shrink: 0">y</div></div>')
    fixed, plain = _widths_with_and_without(html, "flex-items-keep-their-flexed-width", "section",
                                            tmp_path.as_uri() + "/")
    assert fixed == [300] and plain == [500]


def test_an_images_automatic_minimum_in_a_row_is_clamped_by_its_percentage_maximum(tmp_path):
    (tmp_path / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 500 160">'
                                       '<rect width="500" height="160"/></svg>')
    html = ('<div style="display: flex; width: 304px"><img src="logo.svg" '
            'style="height: 160px; max-width: 100%"></div>')
    fixed, plain = _widths_with_and_without(html, "flex-minimum-clamped-by-the-maximum", "img", tmp_path.as_uri() + "/")
    assert fixed == [304] and plain == [500]


@pytest.mark.parametrize("container", ["position: relative", "position: static"])
def test_an_absolute_child_of_a_centring_flex_box_is_centred_where_its_insets_are_auto(container):
    from weasyprint import HTML

    from slidepdf.pdf.weasyfixes import weasyprint_fixes

    html = (f'<div style="display: flex; justify-content: center; align-items: center; width: 400px; '
            f'height: 300px; {container}"><div class="a" style="position: absolute; width: 100px; height: 50px">'
            '</div><div class="b" style="position: absolute; top: 10px; width: 100px; height: 50px"></div>'
            '<p>text</p></div>')
    with weasyprint_fixes():
        page = HTML(string="<style>@page { size: 500px 400px; margin: 0 } body { margin: 0 }</style>" + html
                    ).render().pages[0]._page_box
    placed = {box.element.get("class"): (box.position_x, box.position_y) for box in _descendants(page)
              if getattr(box, "element_tag", None) == "div" and box.element.get("class") in ("a", "b")}
    assert placed["a"] == (150, 125)                        # the sole item's place: centred both ways
    assert placed["b"][0] == 150 and placed["b"][1] == 10   # its top is its own


def test_a_percentage_height_in_an_auto_height_column_flex_box_is_auto_and_every_coordinate_finite(tmp_path):
    import re
    import zlib

    from weasyprint import HTML

    from slidepdf.pdf.weasyfixes import weasyprint_fixes

    # found by laying out random nestings of flex and grid boxes: 30 of 180 had inf or NaN in the PDF
    html = ('<div style="display: flex; flex-direction: column; overflow: hidden">'
            '<div class="item" style="height: 100%"></div></div>')
    with weasyprint_fixes():
        document = HTML(string=STYLE + html).render()
        pdf = document.write_pdf()
    item = next(box for box in _descendants(document.pages[0]._page_box)
                if getattr(box, "element", None) is not None and box.element.get("class") == "item")
    assert item.height == 0                                     # `auto`: its content's height, none
    streams = [zlib.decompress(s) for s in re.findall(rb"stream\r?\n(.*?)endstream", pdf, re.S)
               if s[:1] == b"x"]
    assert streams and not any(re.search(rb"(?<![\w/])(?:-?inf|nan)(?!\w)", s) for s in streams)


def test_a_line_with_fallback_font_glyphs_keeps_its_line_height(tmp_path):
    from weasyprint import HTML

    from slidepdf.pdf.weasyfixes import weasyprint_fixes

    import shutil
    import subprocess

    if not shutil.which("fc-list") or not subprocess.run(["fc-list", ":lang=ja"], capture_output=True,
                                                          text=True).stdout.strip():
        pytest.skip("no Japanese font installed (Debian: fonts-noto-cjk, as .ci/run installs)")
    # Japanese in a Latin font: the CJK glyphs come from a fallback font with a taller ascent
    html = ('<ul style="font: 17.6px \'Nunito Sans\'"><li style="line-height: 1.8em">音声情報がバックエンド</li>'
            '<li style="line-height: 1.8em">latin</li></ul>')
    heights = {}
    for leave_out in ((), ("leading-from-the-primary-font",)):
        with weasyprint_fixes(leave_out):
            page = HTML(string=STYLE + html).render().pages[0]._page_box
        heights[leave_out] = [round(box.height, 2) for box in _descendants(page)
                              if getattr(box, "element_tag", None) == "li" and type(box).__name__ == "BlockBox"]
    assert set(heights[()]) == {31.68}                      # 1.8em, as Chromium draws it
    assert max(heights[("leading-from-the-primary-font",)]) > 31.68   # WeasyPrint's own: taller


def _pre_line_pitch(html, leave_out=()):
    from weasyprint import HTML

    from slidepdf.pdf.weasyfixes import weasyprint_fixes

    with weasyprint_fixes(leave_out):
        page = HTML(string=STYLE + html).render().pages[0]._page_box
    pre = next(box for box in _descendants(page) if getattr(box, "element_tag", None) == "pre")
    return pre.height / 10


def test_code_a_size_smaller_than_its_pre_stands_on_whole_pixel_lines_as_in_chromium():
    import shutil
    import subprocess

    if not shutil.which("fc-list") or "Liberation Mono" not in subprocess.run(
            ["fc-list", ":family=Liberation Mono"], capture_output=True, text=True).stdout:
        pytest.skip("no Liberation Mono installed (Debian: fonts-liberation, as .ci/run installs)")
    # Slidev's <pre> is 12px/18px; a theme's `code { font-size: .875em }` makes its text 10.5px.
    # Liberation Mono is hinted: ascent and descent round up, to 10 + 4 px at 12px and 9 + 4 at
    # 10.5px, and the two boxes, each 18px tall, stand a pixel apart on every line.
    lines = "\n".join(f'<span class="line">x = {i}</span>' for i in range(10))
    html = ('<pre style="font: 12px/18px \'Liberation Mono\'; white-space: pre; margin: 0">'
            f'<code style="font-family: inherit; font-size: .875em">{lines}</code></pre>')
    assert _pre_line_pitch(html) == 19                              # Slidev's pages: 19 px apart
    assert _pre_line_pitch(html, ("line-metrics-in-whole-pixels",)) != 19   # WeasyPrint's own: 18.4


def test_an_unhinted_font_is_measured_to_the_nearest_pixel():
    from pathlib import Path

    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    from slidepdf.pdf.weasyfixes import weasyprint_fixes

    nunito = Path(__file__).parents[1] / "fonts" / "nunito-sans" / "NunitoSans.ttf"   # variable, no hinting
    fonts = FontConfiguration()
    html = (f'<style>@font-face {{ font-family: N; src: url({nunito.as_uri()}) }}</style>'
            '<h1 style="font: 36px/40px N; margin: 0">Title</h1>')
    baselines = {}
    for leave_out in ((), ("line-metrics-in-whole-pixels",)):
        with weasyprint_fixes(leave_out):
            page = HTML(string=STYLE + html).render(font_config=fonts).pages[0]._page_box
        text = next(box for box in _descendants(page) if type(box).__name__ == "TextBox")
        baselines[leave_out] = text.baseline            # from the top of its 40px line
    # ascent 36.4 → 36, descent 12.7 → 13: 9 px of negative leading, 5 of it above (floored)
    assert baselines[()] == 36 - 5
    assert baselines[("line-metrics-in-whole-pixels",)] != 31           # WeasyPrint's own: 31.85


def _pixels_with_and_without(html, fix):
    """The page at 72 dpi (a CSS pixel is 0.75 of one) as RGB images, with every fix and without `fix`."""
    from weasyprint import HTML

    from slidepdf.pdf.weasyfixes import weasyprint_fixes

    pictures = []
    for leave_out in ((), (fix,)):
        with weasyprint_fixes(leave_out):
            pdf = HTML(string=STYLE + html).write_pdf()
        pictures.append(pdfium.PdfDocument(pdf)[0].render(scale=1).to_pil().convert("RGB"))
    return pictures


def _rgb(picture) -> list[tuple[int, int, int]]:
    data = picture.tobytes()
    return [tuple(data[i:i + 3]) for i in range(0, len(data), 3)]


def _white(picture, box) -> bool:
    return all(min(pixel) > 250 for pixel in _rgb(picture.crop(box)))


def test_gradient_text_shows_its_gradient_through_the_glyphs_and_nothing_around_them():
    html = ('<h1 style="font: bold 60px/80px sans-serif; margin: 0; color: rgb(0, 0, 255); '
            '--slidepdf-text-gradient: linear-gradient(90deg, rgb(0, 0, 255), rgb(0, 255, 0))">'
            'MMMMMMMMMMMMM <span style="visibility: hidden">hidden</span></h1>')
    pixels, plain = _pixels_with_and_without(html, "gradient-text-painted")

    def greenness(picture):     # blue text antialiased on white has green = red
        return [g - r for r, g, b in _rgb(picture) if r + g + b < 600]      # what is not the white page
    assert min(greenness(pixels)) < 5 and max(greenness(pixels)) > 100    # blue at the left, green to the right
    assert _white(pixels, (pixels.width - 10, 0, pixels.width, pixels.height))   # past the text: unpainted
    assert _white(pixels, (30, 97, 660, 98))    # the title's box below its glyphs (a hidden word paints none)
    assert max(greenness(plain)) < 5                                # WeasyPrint's own: one colour


def test_a_blurred_background_spreads_past_its_box_and_keeps_its_colour_inside():
    html = ('<div style="position: absolute; left: 200px; top: 100px; width: 100px; height: 100px; '
            'background: rgb(255, 0, 0); --slidepdf-blur: 8px"></div>')
    blurred, sharp = _pixels_with_and_without(html, "blurred-backgrounds-painted")      # the box: 150-225 pt
    middle = blurred.getpixel((187, 112))
    assert middle[0] == 255 and middle[1] < 20                                           # the middle: red
    outside = blurred.getpixel((150 - 3, 112))         # 3 pt outside the left edge
    assert outside[0] == 255 and 40 < outside[1] < 250                                   # tinted, not red
    assert sharp.getpixel((147, 112)) == (255, 255, 255)                                 # WeasyPrint's own: sharp
    assert blurred.getpixel((150 - 25, 112)) == (255, 255, 255)                          # past 3 sigma: untouched


def test_a_square_list_marker_is_chromiums_small_square_well_before_the_text():
    # DejaVu Sans 24px: ascent 22 → two thirds 14 → a 7 px square whose left edge is 21 px before
    # the item (at 20 + 100 px): x 99-106 px, in points (0.75 px) at 72 dpi 74.25-79.5
    html = ('<ul style="list-style: square; margin: 0; padding: 0 0 0 100px; font: 24px/40px \'DejaVu Sans\'">'
            '<li>item</li></ul>')
    drawn, glyph = _pixels_with_and_without(html, "list-symbols-drawn-as-chromium-draws-them")

    def ink_columns(picture):
        columns = [x for x in range(0, 89) if any(sum(picture.getpixel((x, y))) < 300 for y in range(15, 60))]
        return min(columns), max(columns)
    left, right = ink_columns(drawn)
    assert 73 <= left <= 75 and 78 <= right <= 80 and right - left <= 6
    glyph_left, glyph_right = ink_columns(glyph)
    assert glyph_right - glyph_left > right - left + 1     # WeasyPrint's own glyph is a bigger square


def test_a_text_gradient_or_blur_alone_leaves_the_layout_shared():
    from weasyprint import HTML

    from slidepdf.pdf.weasyfixes import _layout_relevant, weasyprint_fixes

    def relevant(extra):
        with weasyprint_fixes():
            page = HTML(string=STYLE + f'<h1 style="{extra}">Title</h1>').render().pages[0]._page_box
        return _layout_relevant(page)

    plain = relevant("")
    assert relevant("--slidepdf-blur: 3px; --slidepdf-text-gradient: linear-gradient(red, blue)") == plain
    assert relevant("padding: 3px") != plain


def test_a_grid_item_with_a_zero_min_width_keeps_an_auto_track_to_its_grid():
    from weasyprint import HTML

    from slidepdf.pdf.weasyfixes import weasyprint_fixes

    # a theme's two-cols-header: one implicit `auto` column holding a `flex min-w-0` row of
    # `flex-1 min-w-0` columns, one with a code line far wider than the slide
    long_line = "x = " + "very_long_name_" * 30
    html = ('<div style="display: grid; width: 600px"><div class="row" style="display: flex; min-width: 0">'
            '<div style="flex: 1; min-width: 0; overflow: auto"><pre style="margin: 0">' + long_line + '</pre></div>'
            '<div style="flex: 1; min-width: 0">right</div></div></div>')
    widths = {}
    for leave_out in ((), ("grid-items-minimum-contributions",)):
        with weasyprint_fixes(leave_out):
            page = HTML(string=STYLE + html).render().pages[0]._page_box
        row = next(box for box in _descendants(page)
                   if getattr(box, "element", None) is not None and box.element.get("class") == "row")
        widths[leave_out] = row.width
    assert widths[()] == 600                                                # as Chromium: the grid's width
    assert widths[("grid-items-minimum-contributions",)] > 600              # WeasyPrint's own: the code's


def _descendants(box):
    for child in getattr(box, "children", []):
        yield child
        yield from _descendants(child)


def test_text_runs_in_a_flex_row_keep_one_line(tmp_path):
    html = ('<div class="f" style="margin-left: 16px">It <span>Just works</span> with zero-config powered by '
            '<span>Nitro</span></div>')
    assert len(line_tops(html, tmp_path, "with zero-config powered by")) == 1


def test_an_absolute_box_after_a_clipped_block_in_a_flex_row_is_painted_over_it(tmp_path):
    html = ('<div style="display: flex; position: relative; background: #111">'
            '<div style="width: 75%"><pre style="margin: 0; overflow: hidden; background: #333; height: 60px">code</pre></div>'
            '<div style="position: absolute; right: 0; top: 10px; width: 400px; height: 30px; background: rgb(255, 0, 0)">'
            '</div></div>')
    pdf = pdfium.PdfDocument(render_pdf(STYLE + html, tmp_path.as_uri() + "/", AccessPolicy(root=tmp_path), WarningLog()))
    image = pdf[0].render(scale=1).to_pil().convert("RGB")
    # (560, 40) is over both boxes: the red card, later in the document, is on top
    assert image.getpixel((int(560 * 0.75), int(40 * 0.75)))[0] > 200


def test_the_same_deck_gives_the_same_bytes_a_second_later(write_deck, tmp_path, monkeypatch):
    import time

    import slidepdf

    # the bundled sans is a variable font, which WeasyPrint embeds as a static font it saves
    # with fontTools; the document's date is the sources' modification time
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    entry = write_deck({"slides.md": "# Title **bold**\n\nSome text `code`\n"})
    first = slidepdf.export(entry, tmp_path / "a.pdf").output.read_bytes()
    time.sleep(1.1)
    assert slidepdf.export(entry, tmp_path / "b.pdf").output.read_bytes() == first


@pytest.mark.parametrize("fix", FIXES, ids=[fix.name for fix in FIXES])
def test_every_attribute_a_fix_replaces_is_still_in_the_installed_weasyprint(fix):
    assert missing_targets(fix) == []


def test_a_fix_whose_attribute_is_gone_is_named():
    from slidepdf.pdf.weasyfixes import Fix

    gone = Fix("gone", lambda: None, ("weasyprint.layout.flex:no_such_function", "no.such.module:x"))
    assert missing_targets(gone) == ["weasyprint.layout.flex:no_such_function", "no.such.module:x"]


def test_the_installed_weasyprint_is_the_pinned_major_version():
    assert check_weasyprint() == []


def test_every_fix_puts_back_what_it_replaced():
    import importlib

    def current():
        values = {}
        for fix in FIXES:
            for target in fix.targets:
                module, _, attribute = target.partition(":")
                found = importlib.import_module(module)
                for part in attribute.split("."):
                    found = getattr(found, part)
                values[target] = found
        return values

    from weasyprint import html as weasy_html

    before, handlers = current(), dict(weasy_html.HTML_HANDLERS)
    from slidepdf.pdf.weasyfixes import weasyprint_fixes

    with weasyprint_fixes():
        assert current() != before
    assert current() == before and weasy_html.HTML_HANDLERS == handlers


def _nested_flex(depth: int, direction: str) -> str:
    inner = "<p>text here and more</p><p>two</p>"
    for level in range(depth):
        inner = (f'<div style="display: flex; flex-direction: {direction}; gap: 4px; align-items: center">'
                 f'<div style="padding: 2px">{inner}</div><div>{level}</div></div>')
    return STYLE + inner


def _flex_layouts_done(html: str, leave_out=()) -> tuple[int, list]:
    """How many times WeasyPrint's own flex layout ran, and the page as pixels."""
    from weasyprint import HTML
    from weasyprint.layout import flex

    from slidepdf.pdf.weasyfixes import weasyprint_fixes

    real, calls = flex.flex_layout, [0]

    def counting(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    flex.flex_layout = counting
    try:
        from weasyprint.layout import block, inline
        saved = block.flex_layout, inline.flex_layout
        block.flex_layout = inline.flex_layout = counting
        with weasyprint_fixes(leave_out):
            pdf = HTML(string=html).write_pdf()
    finally:
        flex.flex_layout = real
        block.flex_layout, inline.flex_layout = saved
    return calls[0], _pixels(pdf)


def _pixels(pdf: bytes) -> list:
    document = pdfium.PdfDocument(pdf)
    try:
        return [document[i].render(scale=1).to_pil().tobytes() for i in range(len(document))]
    finally:
        document.close()


@pytest.mark.parametrize("direction", ["row", "column"])
def test_nested_flex_boxes_are_laid_out_a_linear_number_of_times_and_look_the_same(direction):
    html = _nested_flex(6, direction)
    remembered, pixels = _flex_layouts_done(html)
    every_time, pixels_every_time = _flex_layouts_done(html, ("flex-and-grid-layouts-remembered",
                                                              "intrinsic-widths-remembered"))
    # WeasyPrint's own (measuring the cross-axis minimum by laying each item out again): 3ⁿ–4ⁿ
    unfixed, pixels_unfixed = _flex_layouts_done(html, ("flex-and-grid-layouts-remembered",
                                                        "intrinsic-widths-remembered", "flex-cross-minimum-zero"))
    assert pixels == pixels_every_time == pixels_unfixed
    assert remembered <= 10 * 6 and every_time >= 3 * remembered and unfixed >= 5 * remembered


def test_click_states_that_differ_in_paint_share_one_layout_and_each_page_is_painted_as_itself(write_deck, tmp_path):
    import slidepdf
    from slidepdf.pdf import weasyfixes

    deck = ("# Clicks\n\n<div class=\"flex gap-4 items-center\"><div v-click class=\"p-4 bg-blue-500 text-white\">one</div>"
            "<div v-click class=\"p-4 text-red-600\">two</div><div v-motion :initial=\"{ x: -40 }\" "
            ":enter=\"{ x: 0 }\" :click-2=\"{ x: 40 }\">moves</div></div>\n\n<v-click>\n\n- a list item\n\n</v-click>\n\n"
            "---\n\n# Other\n\ntext\n")
    entry = write_deck({"slides.md": deck})
    grouped = slidepdf.export(entry, tmp_path / "grouped.pdf", toc=True)
    original = weasyfixes.weasyprint_fixes
    weasyfixes_module_fixes = weasyfixes.FIXES
    try:
        weasyfixes.FIXES = tuple(f for f in weasyfixes_module_fixes if f.name != "click-states-laid-out-once")
        alone = slidepdf.export(entry, tmp_path / "alone.pdf", toc=True)
    finally:
        weasyfixes.FIXES = weasyfixes_module_fixes
        weasyfixes.weasyprint_fixes = original
    assert grouped.pages == alone.pages == 5
    first, second = grouped.output.read_bytes(), alone.output.read_bytes()
    assert _pixels(first) == _pixels(second)
    from pypdf import PdfReader
    assert [o.title for o in PdfReader(grouped.output).outline] == ["Clicks", "Other"]


def test_pages_alike_but_for_paint_are_found_alike_and_others_not():
    from weasyprint import HTML

    from slidepdf.pdf.weasyfixes import _layout_relevant, _page_sections

    def sections(markup: str) -> list:
        document = HTML(string="<style>.h { opacity: 0; color: red } .w { width: 200px }</style><body>" + markup)
        found = []
        from weasyprint import document as weasy_document
        real = weasy_document.layout_document

        def spy(html, root_box, context, *args, **kwargs):
            found.extend(_layout_relevant(section) for section in _page_sections(root_box))
            return real(html, root_box, context, *args, **kwargs)
        weasy_document.layout_document = spy
        try:
            document.render()
        finally:
            weasy_document.layout_document = real
        return found

    one, hidden, wider, other_text = sections(
        '<section data-slide="1"><p>a <b>b</b></p></section><section data-slide="1"><p class="h">a <b>b</b></p></section>'
        '<section data-slide="1"><p class="w">a <b>b</b></p></section><section data-slide="1"><p>a <b>c</b></p></section>')
    assert one == hidden and one != wider and one != other_text


def test_a_grid_items_auto_margins_centre_it_as_in_chromium(tmp_path):
    from weasyprint import HTML

    from slidepdf.pdf.weasyfixes import weasyprint_fixes

    html = ('<style>@page { size: 400px 300px; margin: 0 } body { margin: 0 } .g { display: grid; height: 300px; width: 400px }'
            '.a { margin: auto; width: 100px; height: 20px } .b { margin-top: auto; height: 20px }</style>'
            '<div class="g"><div class="a">centred</div></div><div class="g"><div class="b">at the end</div></div>')
    with weasyprint_fixes():
        pages = HTML(string=html).render().pages
    found = {}
    for page in pages:
        for box in _descendants(page._page_box):
            if getattr(box, "element_tag", None) == "div" and box.element.get("class") in ("a", "b"):
                found.setdefault(box.element.get("class"), (box.position_x, box.position_y))
    assert found["a"] == (150, 140)           # both axes centred
    assert found["b"][1] == 280               # pushed to the end


@pytest.mark.parametrize("position", ["relative", "static"])
def test_a_grids_absolute_children_take_no_cell_and_are_still_drawn(tmp_path, position):
    from weasyprint import HTML

    from slidepdf.pdf.weasyfixes import weasyprint_fixes

    html = ('<style>@page { size: 400px 300px; margin: 0 } body { margin: 0 }'
            f'.g {{ display: grid; height: 300px; width: 400px; align-items: center; position: {position} }}'
            '.g::before { content: ""; position: absolute; top: 0; left: 0; width: 50px; height: 50px; background: red }'
            '.a { height: 24px }</style><div class="g"><div class="a">centred</div></div>')
    with weasyprint_fixes():
        pages = HTML(string=html).render().pages
    boxes = list(_descendants(pages[0]._page_box))
    item = next(box for box in boxes if getattr(box, "element_tag", None) == "div" and box.element.get("class") == "a")
    decoration = next(box for box in boxes if getattr(box, "element_tag", "").endswith("::before"))
    assert item.position_y == 138                         # alone in its row, centred in 300px
    assert (decoration.position_x, decoration.position_y, decoration.width) == (0, 0, 50)


@pytest.mark.parametrize("place, where", [("place-items: center", (175, 140)),
                                          ("place-items: end start", (0, 280)),
                                          ("place-items: var(--both)", (175, 140)),
                                          ("place-content: center", (175, 140))])
def test_place_shorthands_set_both_axes(place, where):
    from weasyprint import HTML

    from slidepdf.pdf.weasyfixes import weasyprint_fixes

    html = ('<style>@page { size: 400px 300px; margin: 0 } body { margin: 0 }'
            f'.g {{ --both: center; display: grid; height: 300px; {place} }} .a {{ width: 50px; height: 20px }}</style>'
            '<div class="g"><div class="a">x</div></div>')
    with weasyprint_fixes():
        pages = HTML(string=html).render().pages
    item = next(box for box in _descendants(pages[0]._page_box)
                if getattr(box, "element_tag", None) == "div" and box.element.get("class") == "a")
    assert (item.position_x, item.position_y) == where


def test_style_attributes_inside_an_inline_svg_draw_without_a_warning(tmp_path):
    html = ('<svg style="width: 200px; height: 100px" viewBox="0 0 2 1"><rect width="2" height="1" style="fill: #ff0000"/></svg>'
            '<p style="colour: red">a typo outside the picture is still reported</p>')
    warnings = WarningLog()
    pdf = pdfium.PdfDocument(render_pdf(STYLE + html, tmp_path.as_uri() + "/", AccessPolicy(root=tmp_path), warnings))
    bitmap = pdf[0].render(scale=1).to_pil().convert("RGB")
    assert bitmap.getpixel((120, 70)) == (255, 0, 0)           # drawn by the SVG renderer, 200px wide
    assert bitmap.getpixel((230, 70)) == (255, 255, 255)
    messages = [warning.message for warning in warnings]
    assert not any("fill" in message for message in messages)
    assert any("colour" in message for message in messages)


def _boxes_by_id(html, leave_out=()):
    from weasyprint import HTML

    from slidepdf.pdf.weasyfixes import weasyprint_fixes

    with weasyprint_fixes(leave_out):
        page = HTML(string=STYLE + html).render().pages[0]._page_box
    found = {}
    for box in _descendants(page):
        element = getattr(box, "element", None)
        if element is not None and element.get("id") and element.get("id") not in found:
            found[element.get("id")] = box
    return found


@pytest.mark.parametrize("justify, text_left", [("center", 20), ("start", 20), ("end", 20)])
def test_an_auto_column_beside_a_fixed_one_takes_the_free_width_up_to_its_content(justify, text_left):
    # Chromium (measured): `grid-cols-[auto_640px] gap-4 justify-center` in 868 px gives the
    # text column 212 px (all the free width: its content is wider) at the left edge
    html = (f'<div style="display: grid; grid-template-columns: auto 640px; gap: 16px; justify-content: {justify};'
            ' width: 868px"><div id="a"><div style="font-size: 36px">Nuxt DevTools and more</div></div>'
            '<div id="b" style="height: 50px"></div></div>')
    boxes = _boxes_by_id(html)
    assert boxes["a"].width == pytest.approx(212)
    assert boxes["a"].position_x == pytest.approx(text_left)
    assert boxes["b"].position_x == pytest.approx(text_left + 212 + 16)
    assert _boxes_by_id(html, ("grid-free-space-shared-until-limits",))["a"].width < 200    # WeasyPrint's own


def test_centred_columns_narrower_than_the_grid_leave_the_gaps_out_of_the_free_width():
    # Chromium: columns 100 + 16 + 200 in 600 px, centred, start at (600 - 316) / 2 = 142
    html = ('<div style="display: grid; grid-template-columns: 100px 200px; gap: 16px; justify-content: center;'
            ' width: 600px"><div id="a">a</div><div id="b">b</div></div>')
    boxes = _boxes_by_id(html)
    assert boxes["a"].position_x == pytest.approx(20 + 142)
    assert boxes["b"].position_x == pytest.approx(20 + 142 + 116)
