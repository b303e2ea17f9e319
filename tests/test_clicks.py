"""Slidev's click model: what each directive and component registers, and what shows at a click."""
import pytest

from slidepdf.clicks import mount_clicks, show_clicks
from slidepdf.vue.evaluate import instantiate
from slidepdf.vue.engine import JsEngine
from slidepdf.vue.template import Element, parse_template


@pytest.fixture(scope="module")
def engine():
    return JsEngine()


def mount(engine, markup, click=0, clicks_start=0, total=None, animation=None):
    tree, problems = instantiate(parse_template(markup)[0], engine, {"$clicks": click})
    assert not problems
    mounted = mount_clicks(tree, clicks_start, total, animation)
    show_clicks(mounted, click)
    return mounted


def visible(engine, markup, click, **options):
    """The ids of elements shown at `click` (not hidden themselves or by an ancestor)."""
    tree = mount(engine, markup, click, **options).tree
    found = []

    def walk(element, hidden):
        for child in element.children:
            if isinstance(child, Element):
                gone = hidden or any(c in child.classes for c in ("slidev-vclick-hidden", "slidev-vclick-display-none"))
                if child.get("id") and not gone:
                    found.append(child.get("id"))
                walk(child, gone)

    walk(tree, False)
    return found


def timeline(engine, markup, **options):
    """{click: shown ids} for every click state 0..total."""
    total = mount(engine, markup, **options).total
    return {k: visible(engine, markup, k, **options) for k in range(options.get("clicks_start", 0), total + 1)}


def test_v_click_appears_at_the_next_click_and_keeps_its_box(engine):
    assert timeline(engine, '<p id="a">a</p><p id="b" v-click>b</p><p id="c" v-click>c</p>') == {
        0: ["a"], 1: ["a", "b"], 2: ["a", "b", "c"]}
    hidden = mount(engine, '<p id="b" v-click>b</p>', 0).tree.children[0]
    assert "slidev-vclick-hidden" in hidden.classes and "slidev-vclick-target" in hidden.classes


def test_v_after_shares_the_previous_click(engine):
    assert timeline(engine, '<p id="a" v-click>a</p><p id="b" v-after>b</p><p id="c" v-click>c</p>') == {
        0: [], 1: ["a", "b"], 2: ["a", "b", "c"]}


def test_hide_modifier_and_v_click_hide_invert(engine):
    assert timeline(engine, '<p id="a" v-click>a</p><p id="b" v-click.hide>b</p><p id="c" v-click-hide>c</p>') == {
        0: ["b", "c"], 1: ["a", "b", "c"], 2: ["a", "c"], 3: ["a"]}


def test_absolute_relative_and_negative_values_from_the_docs(engine):
    # docs/animations.md: v-click → 1, v-click="3" → 3, v-click → 2, v-click="'-1'" → 1, v-click="4" → 4
    markup = ('<p id="a" v-click>a</p><p id="b" v-click="3">b</p><p id="c" v-click>c</p>'
              '<p id="d" v-click="\'-1\'">d</p><p id="e" v-click="4">e</p>')
    assert timeline(engine, markup) == {0: [], 1: ["a", "d"], 2: ["a", "c", "d"], 3: ["a", "b", "c", "d"],
                                         4: ["a", "b", "c", "d", "e"]}


def test_relative_plus_two_moves_the_cursor(engine):
    assert timeline(engine, '<p id="a" v-click="\'+2\'">a</p><p id="b" v-click>b</p>') == {
        0: [], 1: [], 2: ["a"], 3: ["a", "b"]}


def test_ranges_are_end_exclusive(engine):
    markup = '<p id="a" v-click="[2, 4]">a</p><p id="b" v-click.hide="[1, 3]">b</p>'
    assert timeline(engine, markup) == {0: ["b"], 1: [], 2: ["a"], 3: ["a", "b"], 4: ["b"]}


def test_relative_range_shows_for_one_click_after_the_previous(engine):
    # A range needs clicks up to its (exclusive) end, so the slide has a click 3 where b is gone.
    markup = '<p id="a" v-click>a</p><p id="b" v-click="[\'+1\', \'+1\']">b</p>'
    assert timeline(engine, markup) == {0: [], 1: ["a"], 2: ["a", "b"], 3: ["a"]}


def test_false_registers_nothing(engine):
    assert mount(engine, '<p v-click="false">x</p>').total == 0


def test_nested_clicks_register_children_first_as_vue_mounts_them(engine):
    markup = '<div id="outer" v-click><p id="inner" v-click>x</p></div>'
    assert timeline(engine, markup) == {0: [], 1: [], 2: ["outer", "inner"]}


def test_v_click_component_makes_all_children_one_click(engine):
    markup = '<v-click>\n<p id="a">a</p>\n<p id="b">b</p>\n</v-click><p id="c" v-click>c</p>'
    assert timeline(engine, markup) == {0: [], 1: ["a", "b"], 2: ["a", "b", "c"]}


def test_v_after_component(engine):
    markup = '<p id="a" v-click>a</p><v-after><p id="b">b</p><p id="c">c</p></v-after>'
    assert timeline(engine, markup) == {0: [], 1: ["a", "b", "c"]}


def test_v_clicks_on_a_list_gives_each_item_a_click(engine):
    markup = "<v-clicks>\n<ul>\n<li id='a'>a</li>\n<li id='b'>b</li>\n<li id='c'>c</li>\n</ul>\n</v-clicks>"
    assert timeline(engine, markup) == {0: [], 1: ["a"], 2: ["a", "b"], 3: ["a", "b", "c"]}


def test_v_clicks_every_two(engine):
    markup = ("<v-clicks every=\"2\">\n<ul>\n<li id='a'>a</li>\n<li id='b'>b</li>\n<li id='c'>c</li>\n"
              "</ul>\n</v-clicks><p id='d' v-click>d</p>")
    assert timeline(engine, markup) == {0: [], 1: ["a", "b"], 2: ["a", "b", "c"], 3: ["a", "b", "c", "d"]}


def test_v_clicks_depth_reaches_nested_items_in_document_order(engine):
    markup = ("<v-clicks depth=\"2\"><ul><li id='a'>a<ul><li id='a1'>a1</li><li id='a2'>a2</li></ul></li>"
              "<li id='b'>b</li></ul></v-clicks>")
    assert timeline(engine, markup) == {0: [], 1: ["a"], 2: ["a", "a1"], 3: ["a", "a1", "a2"],
                                         4: ["a", "a1", "a2", "b"]}


def test_v_clicks_absolute_at_and_hide(engine):
    markup = "<v-clicks :at=\"3\" hide><p id='a'>a</p><p id='b'>b</p></v-clicks>"
    assert timeline(engine, markup) == {0: ["a", "b"], 1: ["a", "b"], 2: ["a", "b"], 3: ["b"], 4: []}


def test_v_clicks_on_a_table_clicks_its_body_rows(engine):
    markup = ("<v-clicks><table><thead><tr id='h'><th>h</th></tr></thead><tbody><tr id='r1'><td>1</td></tr>"
              "<tr id='r2'><td>2</td></tr></tbody></table></v-clicks>")
    assert timeline(engine, markup) == {0: ["h"], 1: ["h", "r1"], 2: ["h", "r1", "r2"]}


def test_v_switch_shows_one_slot_per_click(engine):
    markup = ('<v-switch><template #1><b id="one">1</b></template><template #2-4><b id="mid">m</b></template>'
              '<template #5><b id="five">5</b></template></v-switch>')
    assert timeline(engine, markup) == {0: [], 1: ["one"], 2: ["mid"], 3: ["mid"], 4: [], 5: ["five"]}


def test_frontmatter_clicks_overrides_the_total(engine):
    assert mount(engine, '<p v-click>a</p>', total=5).total == 5
    assert timeline(engine, '<p id="a" v-if="$clicks >= 1">a</p>', total=1) == {0: [], 1: ["a"]}


def test_clicks_start_begins_later(engine):
    assert timeline(engine, '<p id="a" v-click>a</p><p id="b" v-click>b</p>', clicks_start=1) == {
        1: ["a"], 2: ["a", "b"]}


def code_lines(engine, markup, click):
    tree = mount(engine, markup, click).tree
    return ["dim" if "dishonored" in e.classes else "on" for e in tree.elements() if "line" in e.classes]


CODE = ('<div class="slidev-code-wrapper" :ranges=\'["1", "2-3", "all"]\'><pre v-pre><code>'
        '<span class="line">a</span><span class="line">b</span><span class="line">c</span></code></pre></div>')


def test_code_stages_add_clicks_and_dim_lines_outside_the_stage(engine):
    assert mount(engine, CODE).total == 2
    assert code_lines(engine, CODE, 0) == ["on", "dim", "dim"]
    assert code_lines(engine, CODE, 1) == ["dim", "on", "on"]
    assert code_lines(engine, CODE, 2) == ["on", "on", "on"]


def test_code_stages_honour_at_from_the_options(engine):
    markup = CODE.replace("<div ", "<div v-bind=\"{at: '+2'}\" ")
    assert mount(engine, markup).total == 3
    assert code_lines(engine, markup, 1) == ["on", "dim", "dim"]
    assert code_lines(engine, markup, 2) == ["dim", "on", "on"]


def test_magic_move_steps_and_their_stages(engine):
    markup = ('<div class="slidev-code-wrapper slidev-code-magic-move" :step-ranges=\'[["1", "2"], []]\'>'
              '<pre data-step="0"><code><span class="line">a</span><span class="line">b</span></code></pre>'
              '<pre data-step="1"><code><span class="line">c</span></code></pre></div>')
    mounted = mount(engine, markup, 0)
    assert mounted.total == 2
    steps = [[c.get("data-step") for c in mount(engine, markup, k).tree.children[0].children] for k in range(3)]
    assert steps == [["0"], ["0"], ["1"]]
    assert code_lines(engine, markup, 0) == ["on", "dim"]
    assert code_lines(engine, markup, 1) == ["dim", "on"]


def test_v_mark_draws_from_its_click_in_its_colour(engine):
    markup = '<span v-mark.circle.red="2">x</span>'
    assert mount(engine, markup).total == 2
    assert "slidepdf-mark" not in mount(engine, markup, 1).tree.children[0].classes
    mark = mount(engine, markup, 2).tree.children[0]
    assert "slidepdf-mark-circle" in mark.classes and "#f87171" in mark.get("style")


def test_v_mark_object_value(engine):
    mark = mount(engine, '<span v-mark="{ at: 1, color: \'green\', type: \'underline\' }">x</span>', 1).tree.children[0]
    assert "slidepdf-mark-underline" in mark.classes and "green" in mark.get("style")


def test_v_motion_shows_its_enter_state(engine):
    markup = '<div v-motion :initial="{ x: -80, opacity: 0 }" :enter="{ x: 0, opacity: 1 }">x</div>'
    style = mount(engine, markup).tree.children[0].get("style")
    assert "transform: translateX(0px)" in style and "opacity: 1" in style


def test_v_motion_click_variants(engine):
    markup = '<div v-motion :initial="{ y: 0 }" :click-1="{ y: 30 }">x</div>'
    assert "translateY(0px)" in mount(engine, markup, 0, total=1).tree.children[0].get("style")
    assert "translateY(30px)" in mount(engine, markup, 1, total=1).tree.children[0].get("style")


def test_click_animation_fade_keeps_hidden_elements_half_visible(engine):
    hidden = mount(engine, '<p v-click>x</p>', 0, animation="fade").tree.children[0]
    assert "slidev-vclick-anim-fade" in hidden.classes
    own = mount(engine, '<p v-click.up>x</p>', 0, animation="fade").tree.children[0]
    assert "slidev-vclick-anim-up" in own.classes and "slidev-vclick-anim-fade" not in own.classes
