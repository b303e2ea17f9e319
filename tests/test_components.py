"""Slidev's built-in components, printed statically."""
from pathlib import Path

from slidepdf.components import ComponentContext, render_builtins
from slidepdf.vue.evaluate import instantiate
from slidepdf.vue.engine import JsEngine
from slidepdf.model import Deck, DeckConfig, Slide
from slidepdf.vue.template import parse_template, serialize


def slide(no, title=None, level=None, **frontmatter):
    return Slide(no=no, file=Path("slides.md"), start_line=1, end_line=1, content_start_line=1, content="",
                 frontmatter=frontmatter, effective_frontmatter=frontmatter, layout="default", title=title, level=level)


DECK = Deck(entry=Path("slides.md"), root=Path("."), headmatter={}, config=DeckConfig(),
            slides=[slide(1, "Intro"), slide(2, "Part A"), slide(3, "Detail", level=2), slide(4, "Hidden", hideInToc=True),
                    slide(5, "Part B")], files=[])


def render(markup, slide_no=2, dark=False):
    tree, _ = instantiate(parse_template(markup)[0], JsEngine(), {})
    render_builtins(tree, ComponentContext(DECK, slide_no, dark))
    return serialize(tree, keep_attr=lambda n: not n.startswith(("v-", ":", "#")))


def test_page_numbers():
    assert render("<p><SlideCurrentNo /> / <SlidesTotal /></p>") == "<p>2 / 5</p>"


def test_toc_nests_by_level_links_pages_and_skips_hidden():
    html = render("<Toc />")
    assert html.count("<ol") == 2 and "Hidden" not in html
    assert '<a href="#slide-3">Detail</a>' in html and "slidev-toc-item-active" in html
    assert render('<Toc :max-depth="1" />').count("<ol") == 1


def test_link_goes_to_the_slide_page():
    assert render('<Link to="5">next</Link>') == '<a href="#slide-5">next</a>'
    assert render('<link rel="x">') == '<link rel="x">'


def test_light_or_dark_and_render_when():
    markup = "<LightOrDark><template #dark>D</template><template #light>L</template></LightOrDark>"
    assert render(markup, dark=True) == "D" and render(markup, dark=False) == "L"
    assert render('<RenderWhen context="presenter">x<template #fallback>y</template></RenderWhen>') == "y"
    assert render('<RenderWhen context="print">x</RenderWhen>') == "x"


def test_transform_and_arrow():
    assert 'transform: scale(0.5)' in render('<Transform :scale="0.5">x</Transform>')
    arrow = render('<Arrow x1="10" y1="20" x2="100" y2="20" color="red" />')
    assert "<svg" in arrow and 'stroke="red"' in arrow and "position: absolute" in arrow


def test_code_blocks_get_line_numbers_and_titles():
    from slidepdf.markdown.render import make_markdown

    html = render(make_markdown().render("```ts [app.ts] {*} {lines:true, startLine:5}\na\nb\n```\n"))
    assert "slidev-code-line-numbers" in html and "counter-reset: step 4" in html
    assert ('<div class="slidev-code-block-title"><div class="w-3.5 h-3.5 relative i-vscode-icons:file-type-typescript">'
            '</div><div class="leading-1em">app.ts</div></div>') in html
    assert "slidev-code-line-numbers" not in render(make_markdown().render("```ts\na\n```\n"))


def test_a_code_titles_icon_is_its_hint_else_the_longest_file_type_it_names():
    from slidepdf.components.builtins.code_block import title_icon

    assert title_icon("vite.config.ts") == "i-vscode-icons:file-type-vite"
    assert title_icon("tsconfig.json") == "i-vscode-icons:file-type-tsconfig"
    assert title_icon("Counter.jsx") == "i-vscode-icons:file-type-js"
    assert title_icon("~i-carbon:add~ Adding") == "i-carbon:add"
    assert title_icon("solid-app.tsx") == "i-logos:solidjs-icon"
    assert title_icon("notes") == ""


def test_deck_components_render_their_template_with_props_and_slots(write_deck, tmp_path):
    import slidepdf
    from pypdf import PdfReader

    entry = write_deck({
        "components/SectionTitle.vue": """
            <script setup lang="ts">
            withDefaults(defineProps<{ title: string, headline?: string }>(), { headline: 'Part' })
            </script>
            <template>
              <div class="section-title">
                <div v-if="headline">{{ headline }}</div>
                <h2>{{ title.toUpperCase() }}</h2>
                <slot name="extra">fallback</slot>
              </div>
            </template>
            """,
        "slides.md": '<SectionTitle title="integrations" class="text-red" />\n\n---\n\n'
                     '<SectionTitle title="b" headline="Build">\n<template #extra>more</template>\n</SectionTitle>\n\n---\n\n'
                     '<TopN :n="3">inner text</TopN>\n'})
    result = slidepdf.export(entry, tmp_path / "c.pdf")
    texts = [page.extract_text() for page in PdfReader(result.output).pages]
    assert "Part" in texts[0] and "INTEGRATIONS" in texts[0] and "fallback" in texts[0]
    assert "Build" in texts[1] and "more" in texts[1] and "fallback" not in texts[1]
    assert "inner text" in texts[2]
    assert [str(w) for w in result.warnings if w.kind == "component"] == [
        "slide 3: <TopN> is not a built-in or a deck component; only its content is drawn"]


def test_code_max_height_cuts_the_block():
    from slidepdf.markdown.render import make_markdown

    html = render(make_markdown().render("```ts {*} {maxHeight:'40px'}\na\nb\nc\n```\n"))
    assert "max-height: 40px; overflow: hidden" in html


def test_undeclared_attributes_fall_through_to_the_root_and_scoped_styles_stay_inside(write_deck):
    from tests.helpers import pages_of

    entry = write_deck({
        "components/Title.vue": """
            <script setup>
            defineProps({ size: { type: String, default: 'big' } })
            </script>
            <template>
              <div class="title" :data-size="size"><slot>Vue</slot></div>
            </template>
            <style scoped>
            .title { color: #123456; }
            .title:first-child span { color: red; }
            </style>
            """,
        "slides.md": '# <Title inline font-bold size="small">Macros</Title>\n\n<div class="title">not mine</div>\n'})
    pages, _ = pages_of(entry)
    html = pages[0].html
    assert {"inline", "font-bold"} <= pages[0].tokens          # attributify utilities on the root
    assert ".title[data-v-title]{color:#123456}" in pages[0].css
    assert ".title[data-v-title]:first-child span" not in pages[0].css   # last compound scoped
    assert ".title:first-child span[data-v-title]" in pages[0].css
    assert '<div class="title">not mine</div>' in html          # the slide's own element is not scoped


def test_gradient_text_in_a_components_style_prints_in_its_main_colour(write_deck):
    from tests.helpers import pages_of

    entry = write_deck({
        "components/Fancy.vue": """
            <template><span class="fancy"><slot /></span></template>
            <style scoped>
            .fancy { background: linear-gradient(30deg, #1d2d69 0%, #924797 40%); background-clip: text;
                     -webkit-background-clip: text; -webkit-text-fill-color: transparent; }
            </style>
            """,
        "slides.md": "# <Fancy>Shiny</Fancy>\n"})
    pages, _ = pages_of(entry)
    assert "color:#924797" in pages[0].css and "background:none" in pages[0].css
    assert "background-clip" not in pages[0].css and "fill-color" not in pages[0].css


def test_buttons_print_as_what_they_show():
    html = render('<div><button class="slidev-icon-btn" title="Edit">edit</button></div>')
    assert html == '<div><span title="Edit" class="slidev-icon-btn slidepdf-button">edit</span></div>'


def test_youtube_and_tweet_print_as_cards_with_their_address_and_a_qr_code():
    html = render('<Youtube id="luoMHjh-XcQ" :width="400" :height="225" />')
    assert 'href="https://www.youtube.com/watch?v=luoMHjh-XcQ"' in html and "<svg" in html
    assert "width: 400px; height: 225px" in html
    # the iframe's attributes as a browser reads them: a percentage, else the 300×150 default
    assert "width: 100%; height: 150px" in render('<Youtube id="x" width="100%" height="auto" />')
    tweet = render('<Tweet id="1390115482657726468" :scale="0.65" />')
    assert 'href="https://x.com/i/status/1390115482657726468"' in tweet and "transform: scale(0.65)" in tweet


def test_a_cards_qr_code_is_sized_to_leave_room_for_its_address_inside_the_card():
    import re

    def qr_side(markup):
        found = re.search(r'class="slidepdf-qr" style="width: ([\d.]+)px; height: \1px"', render(markup))
        return float(found[1]) if found else None

    small = qr_side('<Youtube id="x" />')                          # the browser's 300×150 frame
    assert small is not None and small + 16 + 22 <= 150 - 2        # code, gap and address line fit
    assert qr_side('<Youtube id="x" width="560" height="315" />') == 144     # never larger than 9rem
    assert qr_side('<Youtube id="x" width="100%" height="100%" />') is None  # the stylesheet's size


def test_an_iframe_prints_as_a_card_of_its_size_with_the_authors_utilities_kept():
    html = render('<iframe mt-20 class="rounded" frameBorder="0" allow="fullscreen" width="290" height="200" '
                  'src="https://giphy.com/embed/x/video"></iframe>')
    assert 'href="https://giphy.com/embed/x/video"' in html and ">giphy.com/embed/x/video<" in html
    assert "width: 290px; height: 200px" in html and "<iframe" not in html
    assert 'mt-20=""' in html or "mt-20" in html.split(">")[0]          # attributify utility carried
    assert "rounded" in html and "frameBorder" not in html and "allow=" not in html
    # no address to link (a frame of inline HTML): an empty box of the browser's 300×150
    blank = render('<iframe srcdoc="<p>hi</p>"></iframe>')
    assert "width: 300px; height: 150px" in blank and "<svg" not in blank


def test_qrcode_component_draws_a_vector_code_of_its_size():
    html = render('<QRCode value="https://sli.dev" :size="120" />')
    assert 'class="slidepdf-qrcode"' in html and "width: 120px; height: 120px" in html and "<path" in html


def test_powered_by_slidev_links_to_slidev():
    assert 'Powered by <a href="https://sli.dev"' in render("<PoweredBySlidev />")


def test_powered_by_slidev_is_a_box_its_margin_moves(write_deck, tmp_path):
    import pypdfium2 as pdfium
    import slidepdf

    def top_of_powered_by(attrs):
        entry = write_deck({"slides.md": f"# Learn more\n\n<PoweredBySlidev {attrs}/>\n"})
        page = pdfium.PdfDocument(slidepdf.export(entry, tmp_path / "out.pdf").output)[0]
        text = page.get_textpage()
        start = text.get_text_range().index("Powered")
        return text.get_charbox(start)[3]          # the glyph's top, in points from the bottom

    # an inline span would ignore `mt-10` (2.5rem); Slidev's inline-flex root is moved down by it
    assert top_of_powered_by("") - top_of_powered_by("mt-10") > 10


def test_auto_fit_text_takes_a_size_between_min_and_max_by_its_length():
    short = render('<AutoFitText :max="200" :min="30" modelValue="Hi" />')
    long = render('<AutoFitText :max="200" :min="30" modelValue="' + "x" * 300 + '" />')
    assert "font-size: 200.0px" in short and "font-size: 30.0px" in long


def test_v_drag_places_elements_where_the_deck_stored_them():
    frontmatter = {"dragPos": {"square": "691,32,167,_,-16"}}
    deck = Deck(entry=Path("slides.md"), root=Path("."), headmatter={}, config=DeckConfig(),
                slides=[slide(1, "Drag", **frontmatter)], files=[])
    tree, _ = instantiate(parse_template(
        "<img v-drag=\"'square'\" src=\"a.png\"><v-drag pos=\"663,206,261,80,0\">box</v-drag>"
        "<v-drag>here</v-drag><v-drag-arrow pos=\"67,452,253,46\" two-way />")[0], JsEngine(), {})
    render_builtins(tree, ComponentContext(deck, 1, False))
    html = serialize(tree, keep_attr=lambda n: not n.startswith(("v-", ":", "#")))
    assert "left: 691px; top: 32px; width: 167px; transform: rotate(-16deg)" in html      # `_`: height is auto
    assert "left: 663px; top: 206px; width: 261px; height: 80px" in html
    assert '<div style="position: absolute; z-index: 100" class="p-1">here</div>' in html
    assert 'class="slidev-arrow"' in html and "<polygon" in html


def test_toc_passes_attributes_to_its_root_and_typesets_math_in_titles():
    deck = Deck(entry=Path("slides.md"), root=Path("."), headmatter={}, config=DeckConfig(),
                slides=[slide(1, "Intro"), slide(2, "$\\LaTeX$ & more")], files=[])
    tree, _ = instantiate(parse_template('<Toc text-sm minDepth="1" />')[0], JsEngine(), {})
    render_builtins(tree, ComponentContext(deck, 1, False))
    html = serialize(tree)
    assert '<div class="slidev-toc" text-sm>' in html and "minDepth" not in html
    assert '<span class="slidepdf-math">\\LaTeX</span> &amp; more' in html


def test_a_components_script_setup_runs_in_the_sandbox_with_vue_shimmed(write_deck):
    from tests.helpers import pages_of

    entry = write_deck({
        "components/Counter.vue": """
            <script setup>
            import { ref, computed, onMounted } from 'vue'
            const props = defineProps({ start: { default: 1 } })
            const letters = 'abc'.split('')
            const count = ref(props.start)
            const doubled = computed(() => count.value * 2)
            onMounted(() => { count.value += 10 })
            </script>
            <template>
              <div class="counter"><span v-for="l in letters">{{ l }}</span> {{ count }} {{ doubled }}</div>
            </template>
            """,
        "components/Chart.vue": """
            <script setup>
            import { Bar } from 'vue-chartjs'
            const data = [1, 2]
            </script>
            <template><div>{{ data.length }} bars</div></template>
            """,
        "slides.md": '<Counter :start="2" />\n\n<Chart />\n'})
    pages, warnings = pages_of(entry)
    html = pages[0].html.replace(' data-v-counter=""', "")
    assert "<span>a</span><span>b</span><span>c</span> 12 24" in html     # the mounted state, refs unwrapped
    assert [w.message for w in warnings] == [
        "Chart.vue imports 'vue-chartjs' (not installed in the deck's node_modules); what it gives is undefined, "
        "the rest is drawn"]                                # one warning, not one per failing expression
    assert "2 bars" in html                                 # what does not need the package still prints


def test_a_component_sees_what_it_was_given_beyond_its_props_as_attrs(write_deck):
    from tests.helpers import pages_of

    entry = write_deck({
        "components/Box.vue": """
            <script setup>
            defineProps({ title: String })
            </script>
            <template><div :class="['box', $attrs.class]">{{ title }} {{ $attrs['data-kind'] }}</div></template>
            """,
        "slides.md": '# A\n\n<Box title="T" class="wide" data-kind="note" />\n'})
    pages, warnings = pages_of(entry)
    assert not [w for w in warnings if w.kind == "expression"]
    assert "T note" in pages[0].html and "wide" in pages[0].html


def test_toc_entries_are_the_titles_rendered_text(write_deck):
    from tests.helpers import pages_of

    entry = write_deck({"slides.md": "# Contents\n\n<Toc />\n\n---\n\n# [Web Audio API](https://w3.org) and **more**\n"})
    pages, _ = pages_of(entry)
    assert ">Web Audio API and more</a>" in pages[0].html and "w3.org" not in pages[0].html


def test_a_component_that_turns_inherit_attrs_off_gets_the_callers_class_only_where_it_binds_attrs(write_deck):
    from tests.helpers import pages_of

    entry = write_deck({
        "components/Box.vue": """
            <template>
              <div class="outer"><div class="inner" :class="$attrs.class"><slot /></div></div>
            </template>
            <script setup>
            defineOptions({ inheritAttrs: false })
            </script>
            """,
        "components/Plain.vue": "<template><div class=\"outer\"><slot /></div></template>",
        "slides.md": '# A\n\n<Box class="bg-blue-100 p-4">x</Box>\n\n<Plain class="p-4">y</Plain>\n'})
    html = pages_of(entry)[0][0].html
    assert '<div class="outer"' in html and 'class="inner bg-blue-100 p-4"' in html
    assert 'class="outer bg-blue-100' not in html and 'class="outer p-4"' in html     # Plain still inherits
