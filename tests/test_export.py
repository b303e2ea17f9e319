"""End to end: a deck becomes a PDF with the right pages, size, metadata, colours and name."""
import io

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

import slidepdf
from slidepdf.errors import DeckError, StrictModeError, UsageError

from .conftest import png_bytes

DECK = """
---
title: Talk Title
author: Ada Lovelace
keywords: [slides, pdf]
info: A talk about engines
exportFilename: my-talk
colorSchema: dark
---

# Talk Title

Subtitle line

---
layout: center
---

# Centered

---

# Third slide

- one
- two
"""


def page_image(pdf_path, index=0, scale=96 / 72):
    document = pdfium.PdfDocument(str(pdf_path))
    try:
        return document[index].render(scale=scale).to_pil().convert("RGB")
    finally:
        document.close()


def ink_box(image, background):
    """Bounding box of pixels that differ clearly from the background colour."""
    from PIL import ImageChops

    from PIL import Image

    diff = ImageChops.difference(image, Image.new("RGB", image.size, background))
    return diff.convert("L").point(lambda v: 255 if v > 60 else 0).getbbox()


def test_one_page_per_slide_at_slidev_page_size_with_metadata(write_deck, tmp_path):
    entry = write_deck({"slides.md": DECK})
    result = slidepdf.export(entry, cwd=tmp_path)
    assert result.output == tmp_path / "my-talk.pdf"
    reader = PdfReader(result.output)
    assert len(reader.pages) == result.pages == 3
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == (735, 414)
    meta = reader.metadata
    assert meta.title == "Talk Title" and meta.author == "Ada Lovelace"
    assert meta.subject == "A talk about engines" and meta.get("/Keywords") == "slides, pdf"
    assert "Third slide" in reader.pages[2].extract_text()     # real, selectable text


def test_dark_scheme_paints_slidev_dark_background_and_light_text(write_deck, tmp_path):
    result = slidepdf.export(write_deck({"slides.md": DECK}), cwd=tmp_path)
    image = page_image(result.output, 2)
    assert image.getpixel((5, 5)) == (0x12, 0x12, 0x12)
    box = ink_box(image, (0x12, 0x12, 0x12))
    assert box is not None
    # the brightest ink is the heading text: white on dark
    assert image.crop(box).convert("L").getextrema()[1] > 230


@pytest.mark.parametrize("schema, dark, expected", [
    ("auto", None, (255, 255, 255)), ("auto", True, (0x12, 0x12, 0x12)),
    ("light", True, (255, 255, 255)), ("dark", False, (0x12, 0x12, 0x12)),
])
def test_colour_scheme_rules(write_deck, tmp_path, schema, dark, expected):
    entry = write_deck({"slides.md": f"---\ncolorSchema: {schema}\n---\n\n# A\n"})
    result = slidepdf.export(entry, tmp_path / "out.pdf", dark=dark)
    assert page_image(result.output).getpixel((3, 3)) == expected


def test_default_name_is_entry_stem_export(write_deck, tmp_path):
    result = slidepdf.export(write_deck({"slides.md": "# A\n"}), cwd=tmp_path)
    assert result.output.name == "slides-export.pdf" and result.output.exists()


def test_range_selects_slides(write_deck, tmp_path):
    result = slidepdf.export(write_deck({"slides.md": DECK}), tmp_path / "r.pdf", range="1,3-")
    reader = PdfReader(result.output)
    assert len(reader.pages) == 2 and "Third slide" in reader.pages[1].extract_text()
    with pytest.raises(UsageError):
        slidepdf.export(write_deck({"slides.md": DECK}), tmp_path / "r.pdf", range="x")


def test_aspect_ratio_and_canvas_width_set_the_page(write_deck, tmp_path):
    entry = write_deck({"slides.md": "---\naspectRatio: 4/3\ncanvasWidth: 800\n---\n\n# A\n"})
    page = PdfReader(slidepdf.export(entry, tmp_path / "a.pdf").output).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (600, 450)


@pytest.mark.parametrize("body", [
    "\n".join(f"- item {i}" for i in range(200)),
    "\n\n".join(f"paragraph {i}" for i in range(60)),    # spilled onto the next page before 0.1
])
def test_overflowing_content_is_clipped_not_spilled_onto_other_pages(write_deck, tmp_path, body):
    result = slidepdf.export(write_deck({"slides.md": f"# Long\n\n{body}\n\n---\n\n# Next\n"}), tmp_path / "o.pdf")
    reader = PdfReader(result.output)
    assert len(reader.pages) == 2
    assert reader.pages[1].extract_text().strip() == "Next"


def test_center_layout_centres_its_content(write_deck, tmp_path):
    entry = write_deck({"slides.md": "---\nlayout: center\n---\n\n# Middle\n"})
    image = page_image(slidepdf.export(entry, tmp_path / "c.pdf").output)
    left, top, right, bottom = ink_box(image, (255, 255, 255))
    assert abs((left + right) / 2 - 490) < 15 and abs((top + bottom) / 2 - 276) < 30


def test_section_layout_centres_its_title_both_ways(write_deck, tmp_path):
    entry = write_deck({"slides.md": "# A\n\n---\nlayout: section\n---\n\n# Part two\n"})
    image = page_image(slidepdf.export(entry, tmp_path / "s.pdf", range="2").output)
    left, top, right, bottom = ink_box(image, (255, 255, 255))
    assert abs((left + right) / 2 - 490) < 15 and abs((top + bottom) / 2 - 276) < 30


def test_end_layout_centres_a_full_height_child_as_its_content_as_slidevs_grid_does(write_deck, tmp_path):
    entry = write_deck({"slides.md": "# A\n\n---\nlayout: end\n---\n\n<div class=\"h-full\">Thanks</div>\n"})
    image = page_image(slidepdf.export(entry, tmp_path / "e.pdf", range="2").output)
    left, top, right, bottom = ink_box(image, (0, 0, 0))
    assert abs((top + bottom) / 2 - 276) < 30 and abs((left + right) / 2 - 490) < 30


def test_cover_layout_centres_vertically_and_keeps_left_alignment(write_deck, tmp_path):
    entry = write_deck({"slides.md": "# Cover title\n"})
    image = page_image(slidepdf.export(entry, tmp_path / "c.pdf").output)
    left, top, right, bottom = ink_box(image, (255, 255, 255))
    assert left < 80 and abs((top + bottom) / 2 - 276) < 30


def test_images_from_public_are_embedded(write_deck, tmp_path):
    entry = write_deck({"slides.md": '# A\n\n<img src="/red.png" style="width:200px;height:100px">\n',
                        "public/red.png": png_bytes(color=(255, 0, 0))})
    result = slidepdf.export(entry, tmp_path / "i.pdf")
    assert len(result.warnings) == 0
    image = page_image(result.output)
    assert (255, 0, 0) in {color for _, color in image.getcolors(1 << 24)}


def test_missing_image_is_a_warning_not_a_failure(write_deck, tmp_path):
    entry = write_deck({"slides.md": "# A\n\n![logo](/missing.png)\n"})
    result = slidepdf.export(entry, tmp_path / "m.pdf")
    assert result.output.exists()
    (warning,) = [w for w in result.warnings if w.kind == "missing-image"]
    assert "/missing.png" in warning.message and warning.location.line == 3     # the image's own line


def test_an_image_that_cannot_be_had_shows_as_a_browser_shows_it(write_deck):
    from tests.helpers import pages_of

    entry = write_deck({"slides.md": '![](/a.png)\n\n![the logo](/b.png)\n\n<img src="/c.png">\n'})
    html = pages_of(entry)[0][0].html
    assert 'class="slidepdf-missing-asset slidepdf-missing-decorative"' in html          # alt="": nothing
    assert '<span class="slidepdf-missing-asset slidepdf-missing-alt" data-missing-src="/b.png">the logo</span>' in html
    assert '<span class="slidepdf-missing-asset" data-missing-src="/c.png"></span>' in html   # a small box


def test_strict_turns_warnings_into_failure_and_writes_nothing(write_deck, tmp_path):
    entry = write_deck({"slides.md": "# A\n\n![logo](/missing.png)\n"})
    with pytest.raises(StrictModeError) as caught:
        slidepdf.export(entry, tmp_path / "s.pdf", strict=True)
    assert len(caught.value.warnings) == 1
    assert not (tmp_path / "s.pdf").exists()


def test_failed_export_keeps_the_previous_pdf_and_leaves_no_temp_file(write_deck, tmp_path):
    target = tmp_path / "keep.pdf"
    target.write_bytes(b"previous")
    entry = write_deck({"slides.md": "# A\n\n---\nlayout: [1\n---\n"})
    with pytest.raises(DeckError) as caught:
        slidepdf.export(entry, target)
    assert "bad frontmatter YAML" in str(caught.value) and "slides.md:4" in str(caught.value)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_same_deck_gives_the_same_bytes(write_deck, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    entry = write_deck({"slides.md": DECK})
    first = slidepdf.export(entry, tmp_path / "1.pdf").output.read_bytes()
    second = slidepdf.export(entry, tmp_path / "2.pdf").output.read_bytes()
    assert first == second
    assert PdfReader(io.BytesIO(first)).metadata["/CreationDate"].startswith("D:20231114")


def test_a_decks_own_layout_draws_its_template_with_slots_and_frontmatter_props(write_deck):
    from tests.helpers import pages_of

    entry = write_deck({
        "slides.md": "# A\n\n---\nlayout: quote\nauthor: Ada\nclass: text-red\n---\n\nTo be\n\n::aside::\n\nnote\n",
        "layouts/quote.vue": """
            <script setup>
            defineProps({ author: String, mood: { default: 'calm' } })
            </script>
            <template>
              <div class="slidev-layout quote">
                <blockquote><slot /></blockquote>
                <cite>{{ author }} ({{ mood }}, {{ frontmatter.layout }})</cite>
                <aside><slot name="aside">nothing</slot></aside>
              </div>
            </template>
            <style scoped>cite { color: #0a0; }</style>
            """})
    pages, warnings = pages_of(entry)
    html = pages[1].html
    assert html.strip().startswith('<div data-v-quote="" class="slidev-layout quote text-red">')
    assert "<blockquote data-v-quote=\"\"><p>To be</p></blockquote>" in html
    assert "Ada (calm, quote)" in html and "<p>note</p>" in html and "nothing" not in html
    assert "cite[data-v-quote]{color:#0a0}" in pages[1].css
    assert not [w for w in warnings if w.kind in ("layout", "slot")]


def test_global_layers_are_drawn_on_every_page_with_that_pages_number(write_deck, tmp_path):
    entry = write_deck({
        "slides.md": "# One\n\n---\n\n# Two\n\n<v-click>more</v-click>\n",
        "global-top.vue": '<template><footer class="absolute bottom-2 right-4">page {{ $nav.currentPage }} of '
                          '{{ $nav.total }}</footer></template>',
        "slide-bottom.vue": '<template><div class="absolute inset-0 bg-[#ffeeee]"></div></template>'})
    result = slidepdf.export(entry, tmp_path / "t.pdf")
    texts = [page.extract_text() for page in PdfReader(result.output).pages]
    assert ["page 1 of 2" in t for t in texts] == [True, False, False]
    assert ["page 2 of 2" in t for t in texts] == [False, True, True]
    image = page_image(result.output, 0)
    assert image.getpixel((5, 5)) == (255, 238, 238)          # the bottom layer, under the slide
    assert ink_box(image, (255, 238, 238))[3] > 500            # its footer drawn over it, at the bottom


@pytest.mark.parametrize("layout, image_side", [("image-right", "right"), ("image-left", "left")])
def test_image_layouts_put_the_image_in_their_half(write_deck, tmp_path, layout, image_side):
    entry = write_deck({"public/pic.png": png_bytes(4, 4, (0, 160, 0)),
                        "slides.md": f"---\nlayout: {layout}\nimage: /pic.png\nclass: text-center\n---\n\n# Text\n"})
    result = slidepdf.export(entry, tmp_path / "t.pdf")
    image = page_image(result.output, 0)
    right, left = image.getpixel((3 * image.width // 4, 300)), image.getpixel((image.width // 4, 300))
    picture, other = (right, left) if image_side == "right" else (left, right)
    assert picture == (0, 160, 0) and other != (0, 160, 0)
    assert "Text" in PdfReader(result.output).pages[0].extract_text() and not len(result.warnings)


def test_image_layout_draws_the_image_as_background(write_deck, tmp_path):
    entry = write_deck({"public/pic.png": png_bytes(4, 4, (0, 0, 200)), "slides.md": "---\nlayout: image\nimage: /pic.png\n---\n"})
    image = page_image(slidepdf.export(entry, tmp_path / "t.pdf").output, 0)
    assert image.getpixel((10, 10)) == image.getpixel((970, 540)) == (0, 0, 200)


def test_cover_keeps_its_dimming_and_white_text_when_the_background_cannot_be_had(write_deck, tmp_path):
    entry = write_deck({"slides.md": "---\nbackground: https://cover.sli.dev\n---\n\n# Title\n"})
    result = slidepdf.export(entry, tmp_path / "t.pdf")
    image = page_image(result.output, 0)
    top, bottom = image.getpixel((10, 10)), image.getpixel((10, 540))
    assert 150 < top[0] < 190 and 100 < bottom[0] < 140        # #0005 → #0008 over white
    assert [w.kind for w in result.warnings] == ["remote-asset"]


def test_two_columns_give_class_to_each_column_and_layout_class_to_the_root(write_deck):
    from tests.helpers import pages_of

    entry = write_deck({"slides.md": "---\nlayout: two-cols-header\nclass: px-2\nlayoutClass: gap-16\n---\n\n"
                                     "# Head\n\n::left::\n\nL\n\n::right::\n\nR\n"})
    (page,), _ = pages_of(entry)
    assert page.html.startswith('<div class="slidev-layout two-cols-header w-full h-full gap-16">')
    assert '<div class="col-header"><h1>Head</h1></div>' in page.html
    assert '<div class="col-left px-2"><p>L</p></div>' in page.html and '<div class="col-right px-2">' in page.html
    assert {"px-2", "gap-16"} <= page.tokens


def test_two_columns_put_each_slot_in_its_column(write_deck, tmp_path):
    entry = write_deck({"slides.md": """
        ---
        layout: two-cols
        ---

        <div style="height: 50px; background: rgb(255, 0, 0)"></div>

        ::right::

        <div style="height: 50px; background: rgb(0, 0, 255)"></div>
        """})
    result = slidepdf.export(entry, tmp_path / "t.pdf")
    assert not [w for w in result.warnings if w.kind in ("slot", "layout")]
    image = page_image(result.output, 0)
    row = [image.getpixel((x, 60)) for x in range(image.width)]
    reds = [x for x, p in enumerate(row) if p[0] > 200 and p[2] < 80]
    blues = [x for x, p in enumerate(row) if p[2] > 200 and p[0] < 80]
    assert reds and blues and max(reds) < image.width // 2 <= min(blues)


def test_two_cols_header_spans_the_header(write_deck, tmp_path):
    entry = write_deck({"slides.md": "---\nlayout: two-cols-header\n---\n\n# Top\n\n::left::\n\nL\n\n::right::\n\nR\n"})
    result = slidepdf.export(entry, tmp_path / "t.pdf")
    text = PdfReader(result.output).pages[0].extract_text()
    assert "Top" in text and "L" in text and "R" in text and not len(result.warnings)


def test_end_layout_draws_END_on_black(write_deck, tmp_path):
    entry = write_deck({"slides.md": "# A\n\n---\nlayout: end\n---\n"})
    result = slidepdf.export(entry, tmp_path / "e.pdf")
    assert "END" in PdfReader(result.output).pages[1].extract_text()
    assert page_image(result.output, 1).getpixel((3, 3)) == (0, 0, 0)


def test_end_layout_centres_each_line_of_its_text(write_deck, tmp_path):
    import pypdfium2 as pdfium

    entry = write_deck({"slides.md": "---\nlayout: end\n---\n\n<h1>Go<br>much further</h1>\n"})
    slidepdf.export(entry, tmp_path / "e.pdf")
    text = pdfium.PdfDocument(tmp_path / "e.pdf")[0].get_textpage()
    content = text.get_text_range()

    def centre(word):
        start = content.index(word)
        boxes = [text.get_charbox(i) for i in range(start, start + len(word))]
        return (boxes[0][0] + boxes[-1][2]) / 2

    # Slidev's end layout is `text-center`: the short line sits over the middle of the long one
    assert abs(centre("Go") - centre("much further")) < 3


def test_digits_are_drawn_with_the_text_font_not_the_emoji_font(write_deck, tmp_path):
    result = slidepdf.export(write_deck({"slides.md": "# 980 × 552\n\n1234567890\n"}), tmp_path / "d.pdf")
    reader = PdfReader(result.output)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = {str(font.get_object()["/BaseFont"]).split("+", 1)[-1] for font in fonts.values()}
    assert "Nunito-Sans" in names and not any("Emoji" in name for name in names)
    text = reader.pages[0].extract_text()
    assert "980 × 552" in text and "1234567890" in text


def test_characters_no_font_has_are_one_warning_per_script(write_deck, tmp_path):
    # Egyptian hieroglyph and Linear B: no font this project installs draws them
    entry = write_deck({"slides.md": "# A \U00013000\U00010000\n\ntext \U00013000\n\n---\n\n# B é\n\n---\n\n\U00013000\n"})
    result = slidepdf.export(entry, tmp_path / "g.pdf")
    glyph_warnings = [w.message for w in result.warnings if w.kind == "missing-glyph"]
    assert len(glyph_warnings) == 2                         # one per script, each with its package
    egyptian = next(m for m in glyph_warnings if "Egyptian characters" in m)
    linear = next(m for m in glyph_warnings if "Linear characters" in m)
    assert "'\U00013000' U+13000 (slide 1, 3)" in egyptian and "'\U00010000' U+10000 (slide 1)" in linear
    assert "fonts-noto" in egyptian and not any("U+00E9" in m for m in glyph_warnings)


def test_missing_emoji_name_their_package():
    from slidepdf.pdf.messages import _by_script

    groups = _by_script("\U0001F600\u4E2D\U00013000")
    assert groups["emoji"][0] == "fonts-noto-color-emoji" and groups["CJK"][0] == "fonts-noto-cjk"
    assert groups["Egyptian"][1] == "\U00013000"


def test_a_centred_block_holding_a_grid_is_as_wide_as_chromium_makes_it(write_deck, tmp_path):
    entry = write_deck({"slides.md": """
        ---
        layout: center
        ---

        # Short title

        <div class="grid grid-cols-3 gap-2">
          <div style="height: 40px; background: rgb(255, 0, 0)">a long cell of text that wants all the room it can get</div>
          <div>b</div><div>c</div>
        </div>
        """})
    slidepdf.export(entry, tmp_path / "a.pdf")
    image = pdfium.PdfDocument(tmp_path / "a.pdf")[0].render(scale=96 / 72).to_pil().convert("RGB")
    row = [image.getpixel((x, 305)) for x in range(0, 980, 4)]
    red = [i * 4 for i, p in enumerate(row) if p[0] > 200 and p[1] < 80]
    assert red and red[-1] - red[0] > 250      # a third of the content width, not a squeezed column


def test_the_seriph_theme_has_its_fonts_and_primary_titles(write_deck, tmp_path):
    entry = write_deck({"slides.md": "---\ntheme: seriph\nlayout: default\n---\n\n# Title\n\ntext\n\n```ts\nconst a = 1\n```\n"})
    result = slidepdf.export(entry, tmp_path / "s.pdf")
    assert not [w for w in result.warnings if w.kind == "theme"]
    fonts = {str(f.get("/BaseFont", "")) for page in PdfReader(result.output).pages
             for f in page["/Resources"]["/Font"].values() for f in [f.get_object()]}
    assert any("PT-Serif" in f or "PTSerif" in f for f in fonts) and any("PT-Mono" in f or "PTMono" in f for f in fonts)
    image = page_image(result.output, 0)
    title = [image.getpixel((x, y)) for x in range(50, 300) for y in range(40, 110)]
    assert any(abs(r - 0x5d) < 20 and abs(g - 0x83) < 20 and abs(b - 0x92) < 20 for r, g, b in title)


def test_the_theme_option_replaces_the_headmatters_and_an_unknown_one_falls_back(write_deck, tmp_path):
    entry = write_deck({"slides.md": "---\ntheme: default\nlayout: default\n---\n\n# Title\n"})
    result = slidepdf.export(entry, tmp_path / "s.pdf", theme="seriph")
    fonts = {str(f.get_object().get("/BaseFont", "")) for page in PdfReader(result.output).pages
             for f in page["/Resources"]["/Font"].values()}
    assert any("PTSerif" in f or "PT-Serif" in f for f in fonts) and not len(result.warnings)
    fallback = slidepdf.export(entry, tmp_path / "u.pdf", theme="no-such-theme")
    assert [w.message for w in fallback.warnings] == ["theme 'no-such-theme' is not available; using the default theme"]


def test_iframe_layouts_print_a_card_with_the_address_and_a_qr_code(write_deck, tmp_path):
    entry = write_deck({"slides.md": "---\nlayout: iframe-right\nurl: https://sli.dev/guide\n---\n\n# Demo\n\n---\nlayout: iframe\nurl: https://example.org\n---\n"})
    result = slidepdf.export(entry, tmp_path / "i.pdf")
    reader = PdfReader(result.output)
    assert "https://sli.dev/guide" in reader.pages[0].extract_text() and "Demo" in reader.pages[0].extract_text()
    links = [a.get_object()["/A"].get("/URI") for a in reader.pages[1].get("/Annots", [])]
    assert "https://example.org" in links and not len(result.warnings)


def test_a_block_component_alone_in_a_paragraph_is_not_wrapped_and_one_with_text_stays_inside(write_deck):
    from tests.helpers import pages_of

    entry = write_deck({
        "components/Box.vue": '<template><div class="box h-full"><slot /></div></template>',
        "slides.md": '<Box\n  title="a"\n/>\n\n---\n\nBefore <Box\n  title="b"\n/> after\n'})
    pages, _ = pages_of(entry)
    first, second = (p.html.replace(' data-v-box=""', "") for p in pages)
    assert "<p>" not in first and '<div class="box h-full" title="a"></div>' in first
    assert '<slidepdf-p class="slidepdf-p">Before <div class="box h-full" title="b"></div> after</slidepdf-p>' in second


def test_an_unknown_layout_is_a_warning_and_the_slide_is_drawn_with_default(write_deck, tmp_path):
    entry = write_deck({"slides.md": "# A\n\n---\nlayout: nope\n---\n\nx\n\n---\nlayout: nope\n---\n\ny\n"})
    result = slidepdf.export(entry, tmp_path / "out.pdf")
    assert result.pages == 3
    layout = [w for w in result.warnings if w.kind == "layout"]
    assert len(layout) == 1 and "unknown layout 'nope'" in layout[0].message and "slide(s) 2, 3" in layout[0].message
    assert layout[0].location.line == 3


def test_an_icon_component_keeps_its_box_whatever_display_class_it_is_given(write_deck, tmp_path):
    import pypdfium2 as pdfium

    entry = write_deck({"slides.md": '<div class="text-4xl">\n  Next <carbon:arrow-right class="inline"/>\n</div>\n'})
    pdf = slidepdf.export(entry, tmp_path / "i.pdf", jobs=1).output
    picture = pdfium.PdfDocument(str(pdf))[0].render(scale=0.5).to_pil().convert("L")
    dark = picture.histogram()[:128]
    dark = sum(dark)
    assert 0 < dark < 0.03 * picture.width * picture.height      # a glyph-sized arrow, not one filling the page


def test_ci_has_qpdf_to_check_every_pdf_the_tests_write(write_deck, tmp_path):
    import os
    import shutil

    if shutil.which("qpdf") is None:
        assert not os.environ.get("CI"), "qpdf is not installed (Debian: apt install qpdf): PDFs go unchecked"
        pytest.skip("qpdf is not installed; the PDFs the tests write are not checked here")
    # the check itself fires on a broken PDF
    import subprocess
    broken = tmp_path / "broken.pdf"
    good = slidepdf.export(write_deck({"slides.md": "# A\n"}), tmp_path / "good.pdf").output.read_bytes()
    broken.write_bytes(good.replace(b"/Type /Page", b"/Type /Pag", 1)[: len(good) // 2])
    assert subprocess.run(["qpdf", "--check", str(broken)], capture_output=True).returncode != 0
    broken.unlink()


def test_a_buttons_label_in_a_centring_flex_column_keeps_one_line(write_deck, tmp_path):
    # the template's whitespace around the label must not count in the button's width
    entry = write_deck({"slides.md": '# A\n\n<div class="flex flex-col items-center">\n  <button class="px-4 py-2">\n'
                                     '    Perform Bernoulli Sampling\n  </button>\n</div>\n'})
    text = PdfReader(slidepdf.export(entry, tmp_path / "b.pdf").output).pages[0].extract_text()
    assert "Perform Bernoulli Sampling" in text


def test_a_loose_lists_items_stand_as_far_apart_as_chromium_sets_them(write_deck, tmp_path):
    # a paragraph per item: Chromium's marker at the item's 1.8em line height raises each first line
    # by (1.8em - 1.5rem) / 2, so the items are 24 + 16 + 3.84 px apart at the slide's 17.6 px
    entry = write_deck({"slides.md": "# A\n\n- one\n\n- two\n- three\n"})
    pdf = pdfium.PdfDocument(str(slidepdf.export(entry, tmp_path / "l.pdf").output))
    text = pdf[0].get_textpage()
    content = text.get_text_range()
    tops = [text.get_charbox(content.index(word))[1] for word in ("one", "two", "three")]     # glyph bottoms
    pitches = [(tops[i] - tops[i + 1]) * 4 / 3 for i in range(2)]         # points to CSS px
    assert all(43 < pitch < 44.5 for pitch in pitches), pitches


def test_the_decks_p_rules_style_a_paragraph_that_holds_a_block(write_deck, tmp_path):
    # printed as <slidepdf-p> so the block stays inside it; the deck's `p { color }` still applies
    entry = write_deck({"slides.md": '# A\n\nBefore <div class="inline-block">box</div> after\n',
                        "style.css": "p { color: rgb(255, 0, 0); }"})
    image = page_image(slidepdf.export(entry, tmp_path / "p.pdf").output)
    data = image.tobytes()
    reds = [i for i in range(0, len(data), 3) if data[i] > 200 and data[i + 1] < 150 and data[i + 2] < 150]
    assert len(reds) > 50          # red text (at the theme's 50 % for the line under a title)
