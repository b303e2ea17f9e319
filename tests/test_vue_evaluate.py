"""Vue's template semantics on a parsed tree: conditionals, loops, bindings, interpolation."""
import pytest

from slidepdf.vue.evaluate import instantiate, parse_directive
from slidepdf.vue.scripts import setup_script
from slidepdf.vue.values import normalize_class, normalize_style
from slidepdf.vue.engine import JsEngine
from slidepdf.vue.template import parse_template, serialize


@pytest.fixture(scope="module")
def engine():
    return JsEngine()


def render(engine, markup, **scope):
    tree, problems = instantiate(parse_template(markup)[0], engine, scope)
    return serialize(tree, keep_attr=lambda name: not name.startswith(("v-", ":", "@", "#"))), problems


def test_interpolation_uses_javascript_display_rules(engine):
    html, _ = render(engine, "<p>{{ 1 + 1 }} {{ null }} {{ [1, 2] }} {{ 'a' + $page }}</p>", **{"$page": 3})
    assert html == "<p>2  [\n  1,\n  2\n] a3</p>"


def test_v_if_else_if_else_chain(engine):
    markup = '<p v-if="$clicks > 2">big</p>\n<p v-else-if="$clicks > 0">some</p>\n<p v-else>none</p>'
    assert render(engine, markup, **{"$clicks": 0})[0] == "<p>none</p>"
    assert render(engine, markup, **{"$clicks": 1})[0] == "<p>some</p>"
    assert render(engine, markup, **{"$clicks": 3})[0] == "<p>big</p>"


def test_v_else_without_v_if_is_reported(engine):
    html, problems = render(engine, "<p v-else>x</p>")
    assert html == "" and "no v-if" in problems[0].message


def test_v_for_over_arrays_objects_numbers_with_aliases(engine):
    assert render(engine, '<i v-for="(x, i) in [\'a\', \'b\']">{{ i }}{{ x }}</i>')[0] == "<i>0a</i><i>1b</i>"
    assert render(engine, '<i v-for="(v, k, n) in {p: 1, q: 2}">{{ k }}={{ v }}@{{ n }}</i>')[0] == \
        "<i>p=1@0</i><i>q=2@1</i>"
    assert render(engine, '<i v-for="n in 3">{{ n }}</i>')[0] == "<i>1</i><i>2</i><i>3</i>"
    assert render(engine, '<i v-for="({a, b: c}, i) of [{a: 1, b: 2}]">{{ a }}{{ c }}{{ i }}</i>')[0] == "<i>120</i>"


def test_v_if_is_evaluated_before_v_for_as_in_vue_3(engine):
    html, problems = render(engine, '<i v-for="x in [1]" v-if="show">{{ x }}</i>', show=False)
    assert html == "" and not problems


def test_template_fragments_render_their_children_only(engine):
    assert render(engine, '<template v-for="x in [1, 2]"><b>{{ x }}</b></template>')[0] == "<b>1</b><b>2</b>"
    assert render(engine, '<template v-if="true"><b>y</b></template>')[0] == "<b>y</b>"


def test_class_and_style_bindings_merge_static_first(engine):
    html, _ = render(engine, '<p :class="[\'b\', {c: true, d: false}]" class="a" '
                             ':style="{fontSize: \'2px\', opacity: 0.5, width: 10, zIndex: 0}" style="color: red">x</p>')
    assert html == '<p class="a b c" style="color: red; font-size: 2px; opacity: 0.5; z-index: 0">x</p>'


def test_prop_bindings_become_attributes_and_props(engine):
    tree, _ = instantiate(parse_template('<img :src="`/a${n}.png`" :alt="false" :hidden="true" '
                                         ':data-n="n" :key="n" v-bind="{title: \'t\'}">')[0], engine, {"n": 2})
    img = tree.children[0]
    assert img.attrs == {"src": "/a2.png", "hidden": "", "data-n": "2", "title": "t"}
    assert img.props["alt"] is False and img.props["key"] == 2


def test_v_show_hides_with_display_none(engine):
    assert render(engine, '<p v-show="false">x</p>')[0] == '<p style="display: none">x</p>'


def test_v_html_and_v_text(engine):
    assert render(engine, '<p v-html="\'<b>x</b>\'"></p><p v-text="\'<b>\'"></p>')[0] == \
        "<p><b>x</b></p><p>&lt;b&gt;</p>"


def test_v_pre_content_is_never_evaluated(engine):
    assert render(engine, "<code v-pre>{{ $clicks }}</code>", **{"$clicks": 1})[0] == "<code>{{ $clicks }}</code>"


def test_click_directives_are_kept_with_evaluated_values(engine):
    tree, _ = instantiate(parse_template('<p v-click.hide.fade="[1, \'+2\']" v-after>x</p>')[0], engine, {})
    click, after = tree.children[0].directives
    assert (click.name, click.modifiers, click.value) == ("click", ("hide", "fade"), [1, "+2"])
    assert (after.name, after.value) == ("after", None)


def test_failing_expression_renders_as_undefined_and_is_reported(engine):
    html, problems = render(engine, "<p :class=\"a.b\">{{ c.d }}</p>")
    assert html == "<p></p>"
    assert [p.expression for p in problems] == ["a.b", "c.d"]


def test_scripts_never_reach_the_html(engine):
    html, problems = render(engine, "<script setup>const x = 1</script><p>y</p>")
    assert html == "<p>y</p>" and not problems


def test_setup_script_body_and_its_top_level_names():
    from slidepdf.vue.modules import rewrite

    tree = parse_template("<script setup lang=\"ts\">\nimport { ref } from 'vue'\nconst final = { x: 0 }\n"
                          "function twice(n) {\n  const inner = 1\n  return n * 2\n}\nlet later\n</script>")[0]
    script = setup_script(tree)
    assert script.typescript and script.problem is None
    _, names, imports = rewrite(script.source, module=False)
    assert names == ("ref", "final", "twice", "later") and imports == ("vue",)


def test_scripts_that_cannot_run_say_why():
    assert "without `setup`" in setup_script(parse_template("<script>\nconst a = 1\n</script>")[0]).problem
    assert "inside an element" in setup_script(parse_template("<div><script setup>a</script></div>")[0]).problem


def test_event_handlers_are_dropped(engine):
    assert render(engine, '<button @click="$slidev.nav.next()">x</button>')[0] == "<button>x</button>"


def test_directive_name_grammar():
    assert parse_directive("v-click.hide") .modifiers == ("hide",)
    assert parse_directive(":class").name == "bind"
    assert parse_directive("@click.stop").name == "on"
    assert parse_directive("#2-4").arg == "2-4"
    assert parse_directive("v-bind:title").arg == "title"
    assert parse_directive("flex") is None


def test_normalizers():
    assert normalize_class(["a", ["b", {"c": 1, "d": 0}]]) == "a b c"
    assert normalize_style([{"marginTop": "1px"}, "color: red; background: url(a;b)"]) == \
        {"margin-top": "1px", "color": "red", "background": "url(a;b)"}
    assert normalize_style({"--my-var": 3}) == {"--my-var": "3"}


def test_a_dynamic_component_becomes_the_element_its_is_names(engine):
    markup = "<component :is=\"block ? 'div' : 'span'\" class=\"g\">x</component><component is=\"b\">y</component>"
    assert render(engine, markup, block=False)[0] == '<span class="g">x</span><b>y</b>'
    assert render(engine, markup, block=True)[0] == '<div class="g">x</div><b>y</b>'
