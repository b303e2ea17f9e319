"""Slides become pages: one per click state, the final state with --no-clicks, notes and numbers."""
import time

import pypdfium2 as pdfium
from pypdf import PdfReader

import slidepdf
from tests.helpers import pages_of

DECK = """
---
title: Clicks
---

# One

<p v-click>appears</p>
<p v-click>then this</p>

<!--
Intro notes
[click] about appears
[click] about then this
-->

---
clicks: 2
---

# Two {{ $clicks }} / {{ $slidev.nav.total }} on page {{ $page }}

---

# Three
"""



def test_one_page_per_click_state(write_deck):
    pages, _ = pages_of(write_deck({"slides.md": DECK}))
    assert [(p.slide.no, p.click, p.total_clicks) for p in pages] == [
        (1, 0, 2), (1, 1, 2), (1, 2, 2), (2, 0, 2), (2, 1, 2), (2, 2, 2), (3, 0, 0)]


def test_pages_know_their_notes_part(write_deck):
    pages, _ = pages_of(write_deck({"slides.md": DECK}))
    assert [p.notes for p in pages[:3]] == ["Intro notes", "about appears", "about then this"]


def test_expressions_see_the_page_state(write_deck):
    pages, _ = pages_of(write_deck({"slides.md": DECK}))
    assert "Two 1 / 3 on page 2" in pages[4].html


def test_without_clicks_each_slide_is_in_its_final_state(write_deck):
    pages, _ = pages_of(write_deck({"slides.md": DECK}), with_clicks=False)
    assert [(p.slide.no, p.click) for p in pages] == [(1, 2), (2, 2), (3, 0)]
    assert "slidev-vclick-hidden" not in pages[0].html
    assert pages[0].notes == "Intro notes\n\nabout appears\n\nabout then this"


def test_export_writes_a_page_per_click_and_no_clicks_one_per_slide(write_deck, tmp_path):
    entry = write_deck({"slides.md": DECK})
    assert slidepdf.export(entry, tmp_path / "a.pdf").pages == 7
    assert len(PdfReader(tmp_path / "a.pdf").pages) == 7
    assert slidepdf.export(entry, tmp_path / "b.pdf", clicks=False).pages == 3


def test_headmatter_with_clicks_false_is_honoured_and_the_option_wins(write_deck, tmp_path):
    entry = write_deck({"slides.md": DECK.replace("title: Clicks", "title: Clicks\nexport:\n  withClicks: false")})
    assert slidepdf.export(entry, tmp_path / "a.pdf").pages == 3
    assert slidepdf.export(entry, tmp_path / "b.pdf", clicks=True).pages == 7


def test_click_markers_never_reach_the_pdf(write_deck, tmp_path):
    entry = write_deck({"slides.md": DECK})
    slidepdf.export(entry, tmp_path / "a.pdf")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "a.pdf").pages)
    assert "[click]" not in text and "appears" in text


def test_a_hidden_element_keeps_its_box(write_deck, tmp_path):
    entry = write_deck({"slides.md": """
        ---
        layout: none
        ---

        <div v-click style="height: 100px; background: rgb(255, 0, 0)"></div>
        <div style="height: 100px; background: rgb(0, 0, 255)"></div>
        """})
    slidepdf.export(entry, tmp_path / "a.pdf")
    pdf = pdfium.PdfDocument(tmp_path / "a.pdf")
    before, after = (pdf[i].render(scale=96 / 72).to_pil().convert("RGB") for i in range(2))  # CSS px
    assert before.getpixel((10, 150)) == after.getpixel((10, 150)) == (0, 0, 255)
    assert after.getpixel((10, 50)) == (255, 0, 0)
    assert before.getpixel((10, 50)) != (255, 0, 0)


def test_runaway_expressions_give_a_warning_not_a_hang(write_deck, tmp_path):
    entry = write_deck({"slides.md": """
        # Loop {{ (() => { while (true) {} })() }}

        <div v-for="x in (() => { const a = []; while (true) a.push('x'.repeat(1000)) })()">{{ x }}</div>

        ---

        # Still here
        """})
    started = time.monotonic()
    result = slidepdf.export(entry, tmp_path / "a.pdf")
    assert time.monotonic() - started < 30
    assert result.pages == 2
    messages = [str(w) for w in result.warnings if w.kind == "expression"]
    assert len(messages) == 2 and all("slide 1" in m and "ran away" in m for m in messages)


def test_bad_clicks_frontmatter_is_a_warning(write_deck):
    pages, warnings = pages_of(write_deck({"slides.md": "---\nclicks: many\n---\n\n# x\n"}))
    assert len(pages) == 1 and any("clicks: many" in str(w) for w in warnings)


def test_code_math_and_magic_move_stages_add_pages(write_deck):
    entry = write_deck({"slides.md": """
        # Code

        ```ts {1|2-3|all}
        a
        b
        c
        ```

        ---

        ````md magic-move
        ```js {1|2}
        one
        two
        ```
        ```js
        three
        ```
        ````

        ---

        $$ {1|2}
        a \\\\
        b
        $$

        ---

        ```ts {monaco}
        not staged
        ```
        """})
    pages, warnings = pages_of(entry)
    assert [(p.slide.no, p.click) for p in pages] == [
        (1, 0), (1, 1), (1, 2), (2, 0), (2, 1), (2, 2), (3, 0), (3, 1), (4, 0)]
    assert pages[0].html.count("slidev-code-dishonored") == 2
    assert pages[2].html.count("slidev-code-dishonored") == 0 and 'ranges="' not in pages[0].html
    assert "three" not in pages[3].html and "three" in pages[5].html
    # math rows are what `{1|2}` counts: row 2 dims on the first page, row 1 on the second
    assert pages[6].html.count(" dishonored") == 1 and pages[7].html.count(" dishonored") == 1
    assert "slidepdf-math-svg" in pages[6].html and not any(w.kind == "math" for w in warnings)


def test_script_setup_constants_reach_the_template_in_the_sandbox(write_deck):
    entry = write_deck({"slides.md": """
        # {{ title(final.x) }}

        <script setup>
        const final = { x: 3 }
        function title(n) { return `shown at ${n}` }
        </script>

        ---

        # {{ typeof final }}

        <script setup>
        import { ref } from 'vue'
        const later = ref(2)
        </script>

        ---

        # {{ typed }} {{ (typed as number) + 1 }}

        <script setup lang="ts">
        const typed: number = 1
        </script>

        ---

        <script setup>
        const broken = ;
        </script>
        """})
    pages, warnings = pages_of(entry)
    assert "shown at 3" in pages[0].html
    assert "undefined" in pages[1].html          # one slide's script never leaks into the next
    assert "1 2" in pages[2].html                # TypeScript runs, in the script and in the template
    messages = [str(w) for w in warnings if w.kind == "script"]
    assert len(messages) == 1 and "slide 4" in messages[0] and "cannot be read" in messages[0]


def test_a_slides_script_setup_runs_whatever_layout_wraps_its_slot(write_deck):
    # Slidev hoists the slide's <script setup> into the slide's component: a theme's .vue layout
    # around the slot, or a two-slot layout's column, does not put it "inside an element"
    entry = write_deck({
        "layouts/boxed.vue": '<template><div class="slidev-layout boxed"><div class="inner"><slot /></div></div></template>',
        "slides.md": """
        ---
        layout: boxed
        ---

        <script setup>
        const items = ['first item', 'second item']
        </script>

        <div v-for="item in items">{{ item }}</div>

        ---
        layout: two-cols
        ---

        # Left

        ::right::

        <script setup>
        const side = 'right side'
        </script>

        {{ side }}
        """})
    pages, warnings = pages_of(entry)
    assert "first item" in pages[0].html and "second item" in pages[0].html
    assert "right side" in pages[1].html
    assert not [w for w in warnings if w.kind == "script"]


def test_an_unknown_icon_is_one_warning_naming_its_slides(write_deck):
    entry = write_deck({"slides.md": "<div i-carbon:nope-nope /> <p v-click>x</p>\n\n---\n\n<div i-carbon:nope-nope />\n"})
    pages, warnings = pages_of(entry)
    icons = [str(w) for w in warnings if w.kind == "icon"]
    assert len(icons) == 1 and "i-carbon:nope-nope" in icons[0] and "slide(s) 1, 2" in icons[0]
