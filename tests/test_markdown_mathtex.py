"""mathtex: formulas typeset to SVG; display rows as Slidev's line stages count them."""
import re

from slidepdf.markdown.render import make_markdown
from slidepdf.markdown.mathtex import MathTypesetter, display_rows, typeset_math
from slidepdf.vue.template import parse_template


def test_aligned_rows_split_into_cells_with_the_relation_kept_apart():
    rows = display_rows(r"\begin{aligned} a &= b \\ c &= \frac{1}{2} \end{aligned}")
    assert rows == [["a", "{}= b"], ["c", r"{}= \frac{1}{2}"]]


def test_a_plain_formula_is_one_row_and_nested_environments_are_not_split():
    assert display_rows(r"x^2 + y^2") == [["x^2 + y^2"]]
    matrix = r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}"
    assert display_rows(matrix) == [[matrix]]
    assert display_rows(r"a \\ b") == [["a"], ["b"]]       # KaTeX's top-level line breaks


def test_inline_dollars_follow_markdown_it_katex():
    md = make_markdown()
    html = md.render("Inline $x^2$ but not $5 or $ y$ here\n")
    assert html.count('class="slidepdf-math"') == 1 and ">x^2<" in html
    assert "$5 or $ y$" in html
    assert "slidepdf-math" not in md.render("costs $5 and $6\n")


def test_display_math_rows_are_lines_for_click_stages():
    html = make_markdown().render("$$ {1|2}\n\\begin{aligned} a &= 1 \\\\ b &= 2 \\end{aligned}\n$$\n")
    assert html.count('class="line slidepdf-math-row"') == 2
    assert html.count("slidepdf-math-display") == 4


def test_typesetting_gives_scaled_svg_with_unique_ids_and_current_color():
    tree, _ = parse_template('<p><span class="slidepdf-math">\\frac{a}{b}</span>'
                             '<span class="slidepdf-math">\\frac{a}{b}</span></p>')
    typesetter = MathTypesetter()
    assert typeset_math(tree, typesetter) == []
    html = "".join(child.html for el in tree.elements() if "slidepdf-math" in el.classes for child in el.children)
    assert html.count("<svg") == 2 and "currentColor" in html
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert ids and len(ids) == len(set(ids))          # two uses of one formula never share an id
    assert re.search(r"width:[\d.]+em;height:[\d.]+em;vertical-align:-[\d.]+em", html)
    assert len(typesetter.cache) == 1                  # typeset once, used twice


def test_unreadable_tex_stays_as_source_and_is_reported():
    tree, _ = parse_template('<span class="slidepdf-math">\\frac{1}{</span>')
    typesetter = MathTypesetter()
    assert typeset_math(tree, typesetter) == ["\\frac{1}{"]
    element = next(tree.elements())
    assert "slidepdf-tex" in element.classes and element.text_content() == "\\frac{1}{"
    assert typesetter.failure("\\frac{1}{", False)


def test_a_blank_row_keeps_a_strut_of_height_and_the_array_is_drawn():
    from slidepdf.markdown.mathtex import MathTypesetter, blank_rows_kept

    tex = r"\begin{array}{cc} a & b \\ \\ c & d \end{array}"
    assert blank_rows_kept(tex) == r"\begin{array}{cc} a & b \\ \strut \\ c & d \end{array}"
    assert blank_rows_kept(r"\begin{array}{c} a \\ \end{array}") == r"\begin{array}{c} a \\ \end{array}"
    svg = MathTypesetter().svg(tex, True)
    height = re.search(r'viewBox="[-\d.]+ [-\d.]+ [-\d.]+ ([-\d.]+)"', svg)
    assert height and float(height[1]) > 0                  # ziamath gave the array a negative height
    # the aligned layout keeps the blank row too, and drops the row a closing \\ would make
    assert display_rows(r"\begin{aligned} x &= 1 \\ \\ &+ 2 \\ \end{aligned}") == [
        ["x", "{}= 1"], [r"\strut"], ["", "{}+ 2"]]


def test_an_aligned_row_that_starts_with_its_relation_is_typeset_without_a_warning(write_deck):
    from tests.helpers import pages_of

    pages, warnings = pages_of(write_deck({"slides.md": "# A\n\n$$\n\\begin{aligned} x &= 1 \\\\ &+ 2 \\end{aligned}\n$$\n"}))
    assert not [w for w in warnings if w.kind == "math"]
    assert "slidepdf-tex" not in pages[0].html


def test_the_tex_logos_are_upright_letters_as_katex_draws_them():
    from slidepdf.markdown.mathtex import _typeset

    def glyphs(tex):
        return set(re.findall(r'<symbol id="([^"]+)"', _typeset(tex, False)[0]))

    upright, italic = glyphs(r"\mathrm{L}\mathrm{K}\mathrm{E}"), glyphs("LKE")
    for logo in (r"\LaTeX", r"\KaTeX", r"\TeX"):
        drawn = glyphs(logo)
        assert drawn & upright and not drawn & italic, logo
    assert _typeset(r"\TeXt", False)[0] != _typeset(r"\TeX t", False)[0]     # only the macro itself
