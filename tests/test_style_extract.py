"""Finding utilities in a page: class, attributify, icons as inline SVG, icon components."""
from pathlib import Path

import pytest

from slidepdf.theme.icons import IconLibrary
from slidepdf.policy import AccessPolicy
from slidepdf.style import StyleContext, UtilityChecker
from slidepdf.style.extract import StyleTools, apply_utilities, attributify_tokens
from slidepdf.style.filters import ImageFilters
from slidepdf.vue.template import parse_template, serialize


@pytest.fixture
def icons(tmp_path):
    return IconLibrary(AccessPolicy(root=tmp_path), tmp_path)


def run(markup, icons, dark=False):
    tree = parse_template(markup)[0]
    context = StyleContext(dark=dark)
    used = apply_utilities(tree, StyleTools(icons, UtilityChecker(context), context, ImageFilters(icons.policy)))
    return tree, used


@pytest.mark.parametrize("name, value, tokens", [
    ("flex", None, ["flex"]),
    ("text", "[#5791f7] sm", ["text-[#5791f7]", "text-sm"]),
    ("flex", "~ col gap-2", ["flex", "flex-col", "flex-gap-2"]),
    ("text", "sm hover:red", ["text-sm", "hover:text-red"]),
    ("bg", "white/5", ["bg-white/5"]),
    ("m", "-2", ["-m-2"]),
    ("un-text", "red", ["text-red"]),
    ("src", "a.png", []),
    ("opacity", "50", []),
])
def test_attributify_tokens(name, value, tokens):
    assert attributify_tokens(name, value) == tokens


def test_attributify_becomes_classes_and_plain_attributes_stay(icons):
    tree, used = run('<div flex items-center text="[#5791f7] sm" id="x" data-n="1" custom-thing>hi</div>', icons)
    div = tree.children[0]
    assert div.classes == ["flex", "items-center", "text-[#5791f7]", "text-sm"]
    assert div.attrs["id"] == "x" and div.attrs["data-n"] == "1" and "custom-thing" in div.attrs
    assert used.tokens == {"flex", "items-center", "text-[#5791f7]", "text-sm"}


def test_icon_classes_get_the_svg(icons):
    tree, used = run('<div i-carbon:close text-red /><span class="i-ri-github-line" />', icons)
    html = serialize(tree)
    assert html.count("<svg") == 2 and 'viewBox="0 0 32 32"' in html and 'viewBox="0 0 24 24"' in html
    assert "display: inline-block" in tree.children[1].attrs["style"]      # a span has no size otherwise
    assert {"i-carbon:close", "i-ri-github-line"} <= used.tokens


def test_a_wide_class_icon_takes_its_width_unless_a_width_utility_gives_one(icons):
    tree, _ = run('<div i-logos-nuxt-icon /><div w-16 i-logos-nuxt-icon /><div class="w-16 i-logos-nuxt-icon" />', icons)
    unsized, attributified, classed = tree.children
    assert unsized.attrs["style"] == "width: 1.53em"
    assert "style" not in attributified.attrs and "style" not in classed.attrs
    # drawn at its own shape inside whatever box it gets, as Chromium draws a background SVG
    assert "preserveAspectRatio" not in serialize(tree)


def test_unknown_icon_is_reported_and_keeps_its_box(icons):
    tree, used = run('<div i-carbon:no-such-icon />', icons)
    assert used.missing_icons == {"i-carbon:no-such-icon"}
    assert "i-carbon:no-such-icon" in tree.children[0].classes and "<svg" not in serialize(tree)


def test_icon_components_become_sized_spans(icons):
    tree, _ = run('<p>edit <carbon-edit class="text-green" /> <mdi:github/></p>', icons)
    first, second = [e for e in tree.elements() if "slidev-icon" in e.classes]
    assert first.tag == "span" and "text-green" in first.classes and "height: 1.2em" in first.attrs["style"]
    assert "<svg" in serialize(second)


def test_gradient_icons_get_unique_ids(icons):
    tree, _ = run('<div i-logos:slidev /><div i-logos:slidev />', icons)
    html = serialize(tree)
    ids = [part.split('"')[0] for part in html.split(' id="')[1:]]
    assert len(ids) == len(set(ids)) > 0


def test_deck_icon_sets_win(tmp_path):
    folder = tmp_path / "node_modules" / "@iconify-json" / "mine"
    folder.mkdir(parents=True)
    (folder / "icons.json").write_text('{"prefix": "mine", "width": 10, "height": 10, "icons": {"dot": {"body": "<circle r=\\"5\\"/>"}}, "aliases": {"spot": {"parent": "dot", "hFlip": true}}}')
    library = IconLibrary(AccessPolicy(root=tmp_path), tmp_path)
    assert library.parse_class("i-mine-dot") == ("mine", "dot")
    assert library.icon("mine", "spot").body.startswith('<g transform="translate(10 0) scale(-1 1)">')


def test_gradients_are_written_as_one_literal_gradient(icons):
    tree, _ = run('<div bg-gradient-to-r from-green-400 to-blue-500 /><div class="bg-gradient-to-b from-white/10 via-red" />', icons)
    first, second = tree.children
    assert first.attrs["style"] == \
        "background-image: linear-gradient(to right, rgb(74 222 128 / 1) 0%, rgb(59 130 246 / 1) 100%)"
    assert second.attrs["style"] == ("background-image: linear-gradient(to bottom, rgb(255 255 255 / 0.1) 0%, "
                                     "rgb(248 113 113 / 1) 50%, rgb(255 255 255 / 0) 100%)")


def test_fit_width_becomes_a_shrink_to_fit_box(icons):
    tree, _ = run('<div w-fit mx-auto>x</div><div flex w-min>y</div><div flex w-fit mx-auto>z</div>', icons)
    assert tree.children[0].attrs["style"] == "display: table"
    assert tree.children[1].attrs["style"] == "display: inline-flex; vertical-align: top"   # a flex row
    assert "style" not in tree.children[2].attrs           # centred by auto margins: left as it is


def test_gradient_text_becomes_its_first_colour(icons):
    tree, _ = run('<span class="text-transparent bg-clip-text bg-gradient-to-tl from-green-400 to-blue-500">x</span>', icons)
    assert tree.children[0].attrs["style"] == (
        "color: rgb(74 222 128 / 1); background: none; "
        "--slidepdf-text-gradient: linear-gradient(to top left, rgb(74 222 128 / 1) 0%, rgb(59 130 246 / 1) 100%)")


def test_inline_gradient_text_becomes_its_first_colour(icons):
    tree, _ = run('<h1 text-transparent style="background: -webkit-linear-gradient(315deg,#42d392 25%,#647eff);'
                  '-webkit-background-clip: text;">Vue</h1>', icons)
    # the legacy -webkit- angle (from the right, counter-clockwise) in today's terms, for the PDF stage
    assert tree.children[0].attrs["style"].endswith(
        "color: #42d392; background: none; --slidepdf-text-gradient: linear-gradient(135deg,#42d392 25%,#647eff)")
