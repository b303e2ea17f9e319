"""style.printcss: the one print rewrite, for stylesheets and inline styles alike."""
from slidepdf.style.printcss import flat_transform, rewrite, rewrite_inline_style
from tests.helpers import pages_of


def test_a_literal_3d_transform_becomes_its_projection_onto_the_page():
    assert flat_transform("rotateX(60deg) translateZ(40px) translateX(10px)") == "scaleY(0.5) translateX(10px)"
    assert flat_transform("translate3d(10px, 20px, 30px) rotateZ(45deg)") == "translate(10px, 20px) rotate(45deg)"
    assert flat_transform("rotateY(0.5turn)") == "scaleX(-1)"
    assert flat_transform("perspective(500px) translateZ(1px)") == "none"
    assert flat_transform("matrix3d(1,0,0,0,0,1,0,0,0,0,1,0,5,6,0,1)") == "matrix(1, 0, 0, 1, 5, 6)"


def test_unocss_transform_variables_keep_their_2d_string():
    kept, _ = rewrite([("transform", "translateX(var(--un-translate-x)) translateZ(var(--un-translate-z))")])
    assert "translateZ" not in kept[0][1] and "var(--un-translate-x)" in kept[0][1]


def test_an_inline_style_without_anything_to_rewrite_is_left_as_written():
    style = "color:red;  margin : 0 auto"
    assert rewrite_inline_style(style) is style


def test_an_inline_style_is_rewritten_as_a_stylesheet_is():
    assert rewrite_inline_style("position: fixed; top: 0; transform: rotateX(60deg)") == \
        "position: absolute; top: 0; transform: scaleY(0.5)"


def test_inline_and_bound_styles_of_a_slide_reach_weasyprint_rewritten(write_deck):
    entry = write_deck({"slides.md": '# 3D\n\n<div style="transform: perspective(400px) rotateX(60deg)">a</div>\n\n'
                                      '<div :style="{ transform: \'translateZ(30px) rotate(5deg)\' }">b</div>\n'})
    pages, _ = pages_of(entry)
    html = pages[0].html
    assert "transform: scaleY(0.5)" in html and "transform: rotate(5deg)" in html
    assert "translateZ" not in html and "rotateX" not in html and "perspective" not in html


def test_font_lists_are_read_as_chromium_picks_from_them():
    # system-ui is always found, so nothing after it counts; Chromium's serif is Times New Roman
    kept, _ = rewrite([("font-family", "serif"), ("font-family", "'Inter', serif"), ("font-family", "sans-serif")])
    assert kept == [("font-family", '"Times New Roman", serif'), ("font-family", "'Inter', serif"),
                    ("font-family", "sans-serif")]
    assert rewrite_inline_style("font-family: serif") == 'font-family: "Times New Roman", serif'
    assert rewrite_inline_style('font-family: "Helvetica Neue", system-ui, Arial, sans-serif') == \
        'font-family: "Helvetica Neue", sans-serif'


def test_a_blur_alone_goes_on_to_the_pdf_stage_and_other_filters_are_dropped():
    from slidepdf.style.printcss import BLUR

    assert rewrite([("filter", "blur(24px)")]) == ([(BLUR, "24px")], [])
    assert rewrite([("filter", "blur(2px) grayscale(1)")]) == ([], ["filter"])
    # UnoCSS's `blur-3xl`: the radius in its variable, `filter` only chaining the variables
    chain = "var(--un-blur) var(--un-brightness) var(--un-contrast) var(--un-drop-shadow) var(--un-grayscale)"
    assert rewrite([("--un-blur", "blur(64px)"), ("filter", chain)]) == ([(BLUR, "64px")], [])
    assert rewrite([("--un-invert", "invert(1)"), ("filter", chain)]) == ([], ["filter"])


def test_gradient_text_is_drawn_so_its_clip_is_no_warning(write_deck, tmp_path):
    import slidepdf

    entry = write_deck({
        "slides.md": '# <span class="bg-gradient-to-r from-blue-500 to-teal-400 bg-clip-text text-transparent">'
                     'Vite</span>\n\n<p class="ink">DX</p>\n',
        "style.css": ".ink { background: linear-gradient(90deg, red, blue); -webkit-background-clip: text;"
                     " background-clip: text; -webkit-text-fill-color: transparent }\n"})
    result = slidepdf.export(entry, tmp_path / "out.pdf")
    assert [w.message for w in result.warnings] == []
    # a clip to the border box is still a clip WeasyPrint draws
    assert rewrite([("background-clip", "border-box")]) == ([("background-clip", "border-box")], [])
    assert rewrite([("-webkit-background-clip", "text")]) == ([], [])


def test_a_blur_with_a_hue_rotation_and_a_polygon_clip_go_on_to_the_pdf_stage():
    from slidepdf.style.printcss import BLUR, CLIP_POLYGON, HUE_ROTATE

    assert rewrite([("filter", "blur(70px) hue-rotate(30deg)")]) == ([(BLUR, "70px"), (HUE_ROTATE, "30")], [])
    assert rewrite([("clip-path", "polygon(10% 20%, 30.5% -4%, 1e2% 50%)")]) == ([], ["clip-path"])   # not a number we read
    assert rewrite([("clip-path", "polygon(10% 20%, 30.5% -4%, 100% 50%)")]) == (
        [(CLIP_POLYGON, "10% 20% 30.5% -4% 100% 50%")], [])
    # a circle that reaches every corner of any box cuts nothing: no loss, no warning
    assert rewrite([("clip-path", "circle(75%)")]) == ([], [])
    assert rewrite([("clip-path", "circle(50%)")]) == ([], ["clip-path"])
    assert "--slidepdf-clip-polygon: 0% 0% 50% 0% 50% 100%" in rewrite_inline_style(
        "clip-path: polygon(0% 0%, 50% 0%, 50% 100%); opacity: 0.4")
