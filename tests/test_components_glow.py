"""The glowSeed background: seedrandom's numbers, the component's points, a blurred layer."""
import json

import pypdfium2 as pdfium
import pytest

import slidepdf
from slidepdf.components.glow import SeedRandom, find_glow, limits, points
from slidepdf.policy import AccessPolicy

from .conftest import SHARED

GLOW = """<script setup lang="ts">
import seedrandom from 'seedrandom'
const seed = computed(() => formatter.value.glowSeed || 'default')
const poly1 = usePloy(10)
const poly2 = usePloy(6)
const poly3 = usePloy(3)
</script>
<template>
  <div class="bg" :style="{ filter: `blur(70px) hue-rotate(${hue}deg)` }">
    <div class="clip bg-gradient-to-r from-[#18549a] to-[#12238b]" :style="{ 'clip-path': `polygon(${poly1})`, 'opacity': opacity }" />
    <div class="clip bg-gradient-to-l from-[#18549a] to-[#12238b]" :style="{ 'clip-path': `polygon(${poly2})`, 'opacity': opacity }" />
    <div class="clip bg-gradient-to-t from-[#01b6d1] to-[#aaf7ff]" :style="{ 'clip-path': `polygon(${poly3})`, 'opacity': 0.2 }" />
  </div>
</template>
"""


def test_seedrandom_matches_its_documented_output():
    # From seedrandom's README: Math.seedrandom('hello.'); Math.random() → 0.9282578795792454
    assert SeedRandom("hello.")() == 0.9282578795792454


def test_limits_follow_the_distribution():
    assert limits("full") == ((0, 1), (0, 1))
    assert limits("top-left") == ((-0.2, 0.6), (-0.2, 0.6))
    assert limits("center") == ((0.25, 0.75), (0.25, 0.75))


def test_points_are_reproducible_and_overflow_the_slide():
    first = points("229", 1, "full", 10)
    assert first == points("229", 1, "full", 10) and len(first) == 10
    assert points("229", 2, "full", 10) != first
    assert all(-0.6 < v < 1.6 for p in first for v in p)
    assert points("229", 1, "full", 3) == first[:3]          # poly3 is poly1's first three points


@pytest.mark.skipif(not (SHARED / "conformance" / "glow").is_dir(), reason="../shared/conformance is not present")
def test_points_agree_with_node_seedrandom():
    expected = json.loads((SHARED / "conformance" / "glow" / "baize-2025-points.json").read_text("utf-8"))
    for slide in expected["slides"]:
        got = points(str(slide["glowSeed"]) if slide.get("glowSeed") else "default", slide["no"], slide["glow"], 10)
        flat = [v for point in got for v in point]
        assert flat == pytest.approx([v for point in slide["poly1_10"] for v in point], abs=1e-6), f"slide {slide['no']}"


def test_the_component_is_recognised_as_data(write_deck):
    entry = write_deck({"global-bottom.vue": GLOW, "slides.md": "# x\n"})
    layer = find_glow(entry.parent, AccessPolicy(root=entry.parent))
    assert [p.count for p in layer.polygons] == [10, 6, 3] and layer.blur == 70
    assert layer.polygons[0].start == (0x18, 0x54, 0x9a) and layer.polygons[2].opacity == 0.2


def test_pages_get_the_glow_behind_their_content(write_deck, tmp_path):
    entry = write_deck({"global-bottom.vue": GLOW, "slides.md": "---\ncolorSchema: dark\nglowSeed: 7\n---\n\n# A\n\n<p v-click>b</p>\n"})
    slidepdf.export(entry, tmp_path / "a.pdf")
    pdf = pdfium.PdfDocument(tmp_path / "a.pdf")
    first, second = (pdf[i].render(scale=0.25).to_pil().convert("RGB") for i in range(2))
    colours = {colour for _, colour in first.getcolors(1 << 20)}
    assert len(colours) > 50                                   # a soft gradient, not a flat page
    assert max(b for _, _, b in colours) > 40                  # blue glow on the dark page
    assert first.getpixel((100, 10)) == second.getpixel((100, 10))   # same slide, same glow


def test_what_the_deck_put_beside_the_glow_is_still_drawn_over_it(write_deck, tmp_path):
    footer = ('  <footer class="absolute bottom-0 z-10">Course 412 · {{ $slidev.nav.currentPage }} / '
              '{{ $slidev.nav.total }}</footer>\n')
    with_footer = GLOW.replace("<template>\n", "<template><div>\n").replace("</template>", footer + "</div></template>")
    entry = write_deck({"global-bottom.vue": with_footer, "slides.md": "# A\n\n---\n\n# B\n"})
    result = slidepdf.export(entry, tmp_path / "a.pdf")
    pdf = pdfium.PdfDocument(result.output)
    texts = [pdf[i].get_textpage().get_text_range() for i in range(2)]
    assert "Course 412 · 1 / 2" in texts[0] and "Course 412 · 2 / 2" in texts[1]
    # the glow's script (seedrandom) and clips are drawn by slidepdf, so nothing is reported of them
    assert [w.message for w in result.warnings] == []


def test_a_themes_own_bottom_layer_beside_the_decks_glow_keeps_its_script(write_deck, tmp_path):
    from slidepdf.components.layers import global_layers
    from slidepdf.errors import WarningLog
    from slidepdf.parser import load_deck
    from slidepdf.vue.engine import JsEngine

    entry = write_deck({"global-bottom.vue": GLOW, "slides.md": "# A\n"})
    theme = entry.parent / "node_modules" / "slidev-theme-x"
    theme.mkdir(parents=True)
    (theme / "global-bottom.vue").write_text('<script setup>\nconst label = "by " + "theme"\n</script>\n'
                                             "<template><footer>{{ label }}</footer></template>\n")
    policy = AccessPolicy.for_entry(entry)
    layers = global_layers(load_deck(entry, policy), policy, JsEngine(), WarningLog(),
                           drawn_elsewhere=frozenset({"global-bottom"}), package_roots=(theme,))
    # the theme's layer is drawn as it is, script and all; the deck's glow-only layer adds none
    assert [layer.component.path for layer in layers] == [theme / "global-bottom.vue"]
    assert layers[0].component.has_logic and "label" in layers[0].component.script_names


def test_a_glow_layer_with_nothing_beside_it_adds_no_layer():
    from slidepdf.components.glow import without_glow
    from slidepdf.vue.template import parse_template

    glow_only = parse_template(GLOW.split("<template>")[1].split("</template>")[0])[0]
    assert without_glow(glow_only) is None
    beside = parse_template('<div><div class="bg"><div class="clip" /></div><img src="/logo.png"></div>')[0]
    assert [e.tag for e in without_glow(beside).elements()] == ["div", "img"]   # the wrapper, the picture


def test_decks_without_the_component_have_no_layer(write_deck):
    entry = write_deck({"global-bottom.vue": "<template><div>footer</div></template>", "slides.md": "# x\n"})
    assert find_glow(entry.parent, AccessPolicy(root=entry.parent)) is None
