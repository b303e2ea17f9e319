"""Utility tokens → CSS, following UnoCSS preset-wind3 as Slidev configures it."""
import pytest

from slidepdf.style import StyleContext, utilities_css
from slidepdf.style.generate import expand_variant_groups, generate_token, split_variants


def declarations(token, **context):
    rules = generate_token(token, StyleContext(**context))
    assert rules is not None, f"{token} did not match"
    return [d for rule in rules for d in rule.declarations]


@pytest.mark.parametrize("token, expected", [
    ("mt-4", [("margin-top", "1rem")]),
    ("ml4", [("margin-left", "1rem")]),
    ("p-2.5", [("padding", "0.625rem")]),
    ("m-xl", [("margin", "1.25rem")]),
    ("-mt-2", [("margin-top", "-0.5rem")]),
    ("mt--2", [("margin-top", "-0.5rem")]),
    ("w-50", [("width", "12.5rem")]),
    ("h-10.1", [("height", "2.525rem")]),
    ("w-1/2", [("width", "50%")]),
    ("size-10", [("width", "2.5rem"), ("height", "2.5rem")]),
    ("op50", [("opacity", "0.5")]),
    ("text-5xl", [("font-size", "3rem"), ("line-height", "1")]),
    ("text-lg/7", [("font-size", "1.125rem"), ("line-height", "1.75rem")]),
    ("text-[1.1rem]", [("font-size", "1.1rem")]),
    ("text-[#5791f7]", [("--un-text-opacity", "1"), ("color", "rgb(87 145 247 / var(--un-text-opacity))")]),
    ("text-green", [("--un-text-opacity", "1"), ("color", "rgb(74 222 128 / var(--un-text-opacity))")]),
    ("text-red5", [("--un-text-opacity", "1"), ("color", "rgb(239 68 68 / var(--un-text-opacity))")]),
    ("text-white:50", [("color", "rgb(255 255 255 / 0.5)")]),
    ("bg-gray:10", [("background-color", "rgb(156 163 175 / 0.1)")]),
    ("bg-hex-8882", [("--un-bg-opacity", "0.13"), ("background-color", "rgb(136 136 136 / var(--un-bg-opacity))")]),
    ("border-2", [("border-width", "2px")]),
    ("rounded-full", [("border-radius", "9999px")]),
    ("grid-cols-2", [("grid-template-columns", "repeat(2,minmax(0,1fr))")]),
    ("grid-cols-[1fr_2fr]", [("grid-template-columns", "1fr 2fr")]),
    ("col-span-2", [("grid-column", "span 2/span 2")]),
    ("flex-gap-2", [("gap", "0.5rem")]),
    ("abs-br", [("position", "absolute"), ("bottom", "0"), ("right", "0")]),
    ("p-$gap", [("padding", "var(--gap)")]),
    ("[color:red]", [("color", "red")]),
    ("!w-20", [("width", "5rem !important")]),
    ("w-20!", [("width", "5rem !important")]),
    ("inset-x-0", [("left", "0"), ("right", "0")]),
])
def test_values_match_unocss(token, expected):
    assert declarations(token) == expected


def test_bracket_values_put_spaces_back_and_space_out_math():
    assert declarations("w-[calc(100%-2rem)]") == [("width", "calc(100% - 2rem)")]
    assert declarations("m-[1px_2px]") == [("margin", "1px 2px")]


def test_transforms_set_variables_and_the_transform():
    decls = dict(declarations("translate-x--10"))
    assert decls["--un-translate-x"] == "-2.5rem" and "translateX(var(--un-translate-x))" in decls["transform"]
    assert dict(declarations("-rotate-45"))["--un-rotate"] == "-45deg"
    assert dict(declarations("scale-110"))["--un-scale-x"] == "1.1"


def test_later_rules_win_and_rule_order_orders_the_css():
    sheet = utilities_css(["px-2", "p-4"], StyleContext())
    assert sheet.css.index(".p-4{") < sheet.css.index(".px-2{")   # padding-x comes later: it wins


def test_unknown_tokens_are_reported_not_invented():
    assert generate_token("my-card", StyleContext()) is None
    assert generate_token("text-nope-500", StyleContext()) is None
    assert utilities_css(["my-card", "flex"], StyleContext()).unknown == ["my-card"]


def test_dark_and_light_variants_follow_the_colour_scheme():
    light = utilities_css(["dark:text-white", "light:text-black"], StyleContext(dark=False)).css
    dark = utilities_css(["dark:text-white", "light:text-black"], StyleContext(dark=True)).css
    assert "text-black" in light and "text-white" not in light
    assert "text-white" in dark and "text-black" not in dark


def test_breakpoints_are_resolved_against_the_canvas_width():
    css = utilities_css(["sm:flex", "md:grid", "lg:hidden", "lt-lg:block", "lt-md:inline"], StyleContext(canvas_width=980)).css
    assert "sm\\:flex" in css and "md\\:grid" in css and "lt-lg\\:block" in css
    assert "lg\\:hidden" not in css and "lt-md\\:inline" not in css
    assert "@media" not in css


def test_shortcuts_from_slidev_and_the_deck():
    assert [r.layer for r in generate_token("bg-main", StyleContext())] == ["shortcuts", "shortcuts"]
    ctx = StyleContext(shortcuts=(("btn", "px-4 py-1 rounded"),))
    # One rule; its declarations in rule order, as UnoCSS merges a shortcut (borders before paddings).
    assert declarations("btn", shortcuts=ctx.shortcuts) == [
        ("border-radius", "0.25rem"), ("padding-left", "1rem"), ("padding-right", "1rem"),
        ("padding-top", "0.25rem"), ("padding-bottom", "0.25rem")]


def test_fonts_come_from_the_deck():
    assert declarations("font-mono", font_families=(("mono", '"Fira Code", monospace'),)) == [
        ("font-family", '"Fira Code", monospace')]


def test_variant_groups_expand():
    assert expand_variant_groups("flex-(~ col) hover:(a b) text-(red sm)") == \
        "flex flex-col hover:a hover:b text-red text-sm"


def test_variants_split_from_the_body():
    variants, body = split_variants("dark:md:!-mt-2")
    assert (variants.scheme, variants.min_width, variants.important, variants.negative, body) == \
        ("dark", 768.0, True, True, "mt-2")


def test_weasyprint_rewrites():
    css = utilities_css(["translate-x-4", "fixed", "bg-gradient-to-r", "overflow-x-hidden", "backdrop-blur"],
                        StyleContext())
    assert "translateZ" not in css.css and "translateX(var(--un-translate-x))" in css.css
    assert "position:absolute" in css.css and "in oklch" not in css.css and "overflow:hidden" in css.css
    assert css.unsupported == {"backdrop-blur": ["backdrop-filter"]}
    assert "--un-translate-x:0" in css.css        # the preflight variables the rules read


def test_a_negated_zero_is_known_and_makes_no_css_as_in_unocss():
    from slidepdf.style import StyleContext
    from slidepdf.style.generate import generate_token
    from slidepdf.style.deckcss import prepare_css

    assert generate_token("-mt-0", StyleContext()) == []
    prepared = prepare_css(".a { @apply -mt-0 mt-2 }", StyleContext())
    assert prepared.css == ".a{margin-top:0.5rem}" and prepared.unknown == []
