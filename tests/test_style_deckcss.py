"""The deck's own CSS: style.css and friends, slide <style> blocks scoped, @apply expanded."""
import pypdfium2 as pdfium

import slidepdf
from slidepdf.errors import WarningLog
from slidepdf.policy import AccessPolicy
from slidepdf.style import StyleContext
from slidepdf.style.deckcss import deck_stylesheets, prepare_css


def test_apply_expands_through_the_generator():
    css = prepare_css(".note { @apply mt-5 op50; color: red } .x { --at-apply: 'text-sm' }", StyleContext()).css
    # In place of the @apply, in the order written.
    assert css == ".note{margin-top:1.25rem;opacity:0.5;color:red}\n.x{font-size:0.875rem;line-height:1.25rem}"


def test_unknown_and_undrawable_apply_tokens_are_reported():
    prepared = prepare_css(".a { @apply nope-nope backdrop-blur }", StyleContext())
    assert prepared.unknown == ["nope-nope"] and prepared.unsupported == {"backdrop-blur": ["backdrop-filter"]}


def test_nesting_is_flattened_and_slide_styles_are_scoped():
    css = prepare_css(".card { color: red; &:hover { color: blue } .title { font-weight: 700 } }\n"
                      "h1, h2 { margin: 0 }\n:root { --x: 1 }\n@media print { p { color: black } }",
                      StyleContext(), scope=".slidev-page-3").css
    assert ".slidev-page-3 .card{color:red}" in css
    assert ".slidev-page-3 .card:hover{color:blue}" in css
    assert ".slidev-page-3 .card .title{font-weight:700}" in css
    assert ".slidev-page-3 h1, .slidev-page-3 h2{margin:0}" in css
    assert ":root{--x:1}" in css
    assert "@media print{.slidev-page-3 :is(p, slidepdf-p){color:black}}" in css     # p: any printed paragraph


def test_a_sheets_p_selects_the_paragraphs_printed_as_slidepdf_p_and_nothing_else_named_p():
    from slidepdf.style.deckcss import paragraph_selector

    assert paragraph_selector(".slidev-layout h1 + p") == ".slidev-layout h1 + :is(p, slidepdf-p)"
    assert paragraph_selector("li > p:first-child") == "li > :is(p, slidepdf-p):first-child"
    for untouched in ("pre", ".p-4", "#p", 'a[title="p"]', "span.p", "::placeholder"):
        assert paragraph_selector(untouched) == untouched


def test_stylesheets_are_found_as_slidev_imports_them(write_deck):
    entry = write_deck({"slides.md": "# x\n", "style.css": "h1 { color: red }",
                        "styles/index.ts": "import './base.css'\nimport './more.css'\n",
                        "styles/base.css": "p { color: blue }", "styles/more.css": "li { color: green }"})
    sheets = deck_stylesheets(entry.parent, AccessPolicy(root=entry.parent), WarningLog())
    assert [p.name for p, _ in sheets] == ["base.css", "more.css", "style.css"]


def test_slide_style_colours_only_its_slide(write_deck, tmp_path):
    entry = write_deck({"slides.md": """
        ---
        layout: none
        ---

        <div class="box" style="height: 100px"></div>

        <style>
        .box { background: rgb(255, 0, 0) }
        </style>

        ---
        layout: none
        ---

        <div class="box" style="height: 100px"></div>
        """, "style.css": ".box { background: rgb(0, 0, 255) }"})
    result = slidepdf.export(entry, tmp_path / "a.pdf")
    pdf = pdfium.PdfDocument(tmp_path / "a.pdf")
    first, second = (pdf[i].render(scale=96 / 72).to_pil().convert("RGB").getpixel((10, 50)) for i in range(2))
    assert first == (255, 0, 0) and second == (0, 0, 255)
    assert not [w for w in result.warnings if w.kind in ("css", "deck-css")]


def test_deck_css_urls_resolve_relative_to_the_sheet(write_deck, tmp_path):
    from .conftest import png_bytes

    entry = write_deck({"slides.md": "---\nlayout: none\n---\n\n<div class=\"bg\" style=\"height: 100px\"></div>\n",
                        "styles/index.css": ".bg { background-image: url(./dot.png); background-size: cover }",
                        "styles/dot.png": png_bytes(2, 2, (0, 200, 0))})
    slidepdf.export(entry, tmp_path / "a.pdf")
    pixel = pdfium.PdfDocument(tmp_path / "a.pdf")[0].render(scale=96 / 72).to_pil().convert("RGB").getpixel((10, 50))
    assert pixel == (0, 200, 0)


def test_deck_css_goes_through_the_print_rewrites():
    prepared = prepare_css(".a { filter: drop-shadow(0 0 2px red); transition: all 1s; color: red; position: fixed !important; --My: 1 }"
                           " @keyframes spin { from { opacity: 0 } }", StyleContext())
    assert prepared.css == ".a{color:red;position:absolute !important;--My:1}"
    assert list(prepared.dropped) == ["filter"]          # reported once; transition is screen-only


def test_a_plain_colour_clipped_to_the_text_is_the_texts_colour():
    css = prepare_css("strong { background: var(--ink); -webkit-background-clip: text; background-clip: text;"
                      " -webkit-text-fill-color: transparent; font-weight: 700 }", StyleContext()).css
    assert "color: var(--ink)" in css.replace("color:var", "color: var")
    assert "background:" not in css.replace("background:none", "") and "text-fill" not in css


def test_gradient_text_over_a_background_colour_takes_the_gradients_colour():
    css = prepare_css("h1 { background-color: #2B90B6; background-image: linear-gradient(90deg, #352fac 10%, "
                      "#ff0606 50%, #cb9307 80%); -webkit-background-clip: text; -webkit-text-fill-color: transparent }",
                      StyleContext()).css
    assert "#2B90B6" not in css and "color:#ff0606" in css.replace(" ", "")
    # the gradient itself goes on to the PDF stage, which paints it through the text
    assert "--slidepdf-text-gradient:linear-gradient(90deg,#352fac10%,#ff060650%,#cb930780%)" in css.replace(" ", "")


def test_a_later_fill_colour_or_background_ends_the_gradient_text():
    css = prepare_css(".cover h1 { color: white; -webkit-text-fill-color: white; background: none }"
                      " h2 { background-clip: border-box }", StyleContext()).css.replace(" ", "")
    assert ".coverh1{color:white;background:none;--slidepdf-text-gradient:none;color:white}" in css
    assert "h2{background-clip:border-box;--slidepdf-text-gradient:none}" in css


def test_rules_only_for_screens_are_left_out():
    css = prepare_css("::selection { color: red } pre::-webkit-scrollbar { width: 0 } .a, .b::-moz-selection { color: blue }",
                      StyleContext()).css
    assert css == ".a{color:blue}"


def test_a_deck_sized_code_font_keeps_slidevs_code_line_pitch(write_deck, tmp_path):
    import shutil
    import subprocess

    import pytest

    if not shutil.which("fc-list") or "Liberation Mono" not in subprocess.run(
            ["fc-list", ":family=Liberation Mono"], capture_output=True, text=True).stdout:
        pytest.skip("no Liberation Mono installed (Debian: fonts-liberation, as .ci/run installs)")
    code = "\n".join(f"line_{i} = {i}" for i in range(12))
    entry = write_deck({"slides.md": f"---\nfonts:\n  mono: Liberation Mono\n---\n\n```py\n{code}\n```\n",
                        "style.css": "code { font-size: 0.875em }"})
    slidepdf.export(entry, tmp_path / "a.pdf")
    text = pdfium.PdfDocument(tmp_path / "a.pdf")[0].get_textpage()
    content = text.get_text_range()
    tops = [text.get_charbox(content.index(f"line_{i}"))[3] * 96 / 72 for i in range(12)]
    # the <code> is inline in Slidev's <pre>: its 10.5px text and the 12px strut stand a pixel apart
    assert [round(a - b, 2) for a, b in zip(tops, tops[1:])] == [19.0] * 11      # PDF y grows upward
