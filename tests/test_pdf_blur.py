"""pdf.blur and the blurred-group weasyfix: what a deck's own glow layer (its script placing
gradient polygons under `filter: blur()`) prints as, without the browser."""
import json
import re

import numpy as np
import pypdfium2 as pdfium
import pytest

import slidepdf
from slidepdf.pdf import blur

from .conftest import SHARED

# a glow layer written as decks write it (after antfu/talks): seedrandom places the points of
# three polygons from the slide's frontmatter; the element above them blurs them together
GLOW = """<script setup lang="ts">
import { useNav } from '@slidev/client'
import seedrandom from 'seedrandom'
import { computed } from 'vue'

const { currentSlideRoute } = useNav()
const formatter = computed(() => (currentSlideRoute.value.meta?.slide as any)?.frontmatter || {})
const opacity = computed<number>(() => +(formatter.value.glowOpacity ?? 0.4))
const seed = computed<string>(() => String(formatter.value.glowSeed || 'default'))

function usePloy(count: number) {
  const rng = seedrandom(`${seed.value}-${currentSlideRoute.value.no}`)
  const points = Array.from({ length: count }, () => [rng() * 1.6 - 0.3, rng() * 1.6 - 0.3])
  return computed(() => points.map(([x, y]) => `${x * 100}% ${y * 100}%`).join(', '))
}
const poly1 = usePloy(10)
const poly2 = usePloy(6)
</script>
<template>
  <div>
    <div class="bg" :style="{ filter: `blur(70px) hue-rotate(0deg)` }">
      <div class="clip bg-gradient-to-r from-[#18549a] to-[#12238b]" :style="{ 'clip-path': `polygon(${poly1})`, 'opacity': opacity }" />
      <div class="clip bg-gradient-to-t from-[#01b6d1] to-[#aaf7ff]" :style="{ 'clip-path': `polygon(${poly2})`, 'opacity': 0.2 }" />
    </div>
    <footer class="absolute bottom-0 z-10">Course 412 · {{ $slidev.nav.currentPage }}</footer>
  </div>
</template>
<style scoped>
.bg { position: absolute; inset: 0; z-index: -10; }
.clip { clip-path: circle(75%); position: absolute; inset: 0; }
</style>
"""


def test_a_self_crossing_polygon_is_filled_by_the_nonzero_rule():
    # a pentagram: its centre is wound twice, so nonzero fills it where even-odd would not
    star = [(50 + 40 * np.cos(np.radians(90 + 144 * i)), 50 - 40 * np.sin(np.radians(90 + 144 * i)))
            for i in range(5)]
    mask = blur.nonzero_mask(star, 100, 100)
    assert mask[50, 50] and not mask[2, 2]


def test_a_group_is_painted_cut_by_its_polygons_then_blurred_past_its_box():
    red = blur.Fill(x=0, y=0, width=200, height=100, line=None, positions=(0.0,), colors=((1, 0, 0, 1),),
                    polygon=((0, 0), (0.5, 0), (0.5, 1), (0, 1)))          # the left half only
    picture, spread = blur.group_picture([red], 200, 100, sigma=4)
    assert spread == 12 and picture.size == (224, 124)                     # 3σ past every side, full size
    alpha = np.asarray(picture.getchannel("A"), dtype=float)
    assert alpha[62, 12 + 50] > 250 and alpha[62, 12 + 150] < 5            # inside the polygon, far outside it
    assert 0 < alpha[62, 12 + 100] < 255                                   # the blurred edge
    assert 0 < alpha[62, 4] < 128                                          # spread past the box
    r, g, b = picture.getpixel((12 + 50, 62))[:3]
    assert r > 240 and g < 10 and b < 10                                   # straight colour, not darkened


def test_a_gradient_fill_runs_along_its_line_in_premultiplied_colour():
    fade = blur.Fill(x=0, y=0, width=100, height=10, line=(0, 5, 100, 5), positions=(0.0, 1.0),
                     colors=((0, 0, 1, 1), (0, 0, 1, 0)))                   # blue to transparent
    picture, _ = blur.group_picture([fade], 100, 10, sigma=0.5)
    alpha = np.asarray(picture.getchannel("A"), dtype=float)[5]
    assert alpha[5] > alpha[50] > alpha[95]
    assert picture.getpixel((50, 5))[2] > 240                              # still blue where half clear


def test_a_decks_glow_layer_runs_its_own_script_and_prints_blurred(write_deck, tmp_path):
    entry = write_deck({"global-bottom.vue": GLOW,
                        "slides.md": "---\ncolorSchema: dark\nglowSeed: 7\n---\n\n# A\n\n<p v-click>b</p>\n\n"
                                     "---\nglowSeed: 8\n---\n\n# B\n"})
    result = slidepdf.export(entry, tmp_path / "a.pdf")
    assert [w.message for w in result.warnings] == []           # seedrandom is there, its clips drawn
    pdf = pdfium.PdfDocument(result.output)
    first, second, other = (pdf[i].render(scale=0.25).to_pil().convert("RGB") for i in range(3))
    colours = {colour for _, colour in first.getcolors(1 << 20)}
    assert len(colours) > 50                                    # a soft glow, not flat or sharp polygons
    assert max(b for _, _, b in colours) > 40                   # blue on the dark page
    assert first.getpixel((100, 10)) == second.getpixel((100, 10))       # same slide, same glow
    assert np.abs(np.asarray(first, float) - np.asarray(other, float)).max() > 10    # another seed, another glow
    texts = [pdf[i].get_textpage().get_text_range() for i in range(3)]
    assert "Course 412 · 1" in texts[0] and "Course 412 · 2" in texts[2]  # what is beside the glow is drawn


@pytest.mark.skipif(not (SHARED / "decks").is_dir(), reason="../shared is not present")
def test_the_real_glow_component_places_the_points_node_places(tmp_path):
    # the target deck's own global-bottom.vue, run in the sandbox, against seedrandom in Node
    expected = json.loads((SHARED / "conformance" / "glow" / "baize-2025-points.json").read_text("utf-8"))
    entry = SHARED / "decks" / "baize-2025-kubecon-hk-dependency-chaos" / "slides.md"
    html = slidepdf.export(entry, tmp_path / "deck.html", format="html").output.read_text("utf-8")
    sections = re.split(r'<section class="slidev-page ', html)[1:]
    first_of = {}
    for section in sections:
        first_of.setdefault(int(re.search(r'data-slide="(\d+)"', section)[1]), section)
    for slide in expected["slides"]:
        found = re.search(r"--slidepdf-clip-polygon: ([^;\"]+)", first_of[slide["no"]])
        numbers = [float(v) / 100 for v in re.findall(r"(-?[\d.e-]+)%", found[1])]
        flat = [v for point in slide["poly1_10"] for v in point]
        assert numbers == pytest.approx(flat, abs=1e-5), f"slide {slide['no']}"
