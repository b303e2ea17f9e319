"""Slide markup is read with Vue's template rules, not HTML5's."""
from slidepdf.vue.template import Comment, Element, Text, parse_template, serialize


def only_child(source: str) -> Element:
    root, problems = parse_template(source)
    assert problems == []
    (element,) = [c for c in root.children if isinstance(c, Element)]
    return element


def test_any_element_may_self_close():
    root, problems = parse_template('<div i-carbon:close text-8xl /><span>after</span>')
    assert problems == []
    div, span = root.children
    assert div.tag == "div" and div.children == [] and span.text_content() == "after"


def test_attribute_names_keep_vue_syntax_and_valueless_attributes():
    div = only_child('<div v-click.hide flex :class="$clicks < 1 ? \'a\' : \'b\'" @click="go" text="[#5791f7] sm" />')
    assert div.attrs == {"v-click.hide": None, "flex": None, ":class": "$clicks < 1 ? 'a' : 'b'",
                         "@click": "go", "text": "[#5791f7] sm"}


def test_tag_names_keep_case_and_colons():
    root, _ = parse_template("<Toc minDepth=1 /><carbon:edit/><mdi-github></mdi-github>")
    assert [c.tag for c in root.children] == ["Toc", "carbon:edit", "mdi-github"]
    assert root.children[0].get("minDepth") == "1"


def test_void_elements_need_no_end_tag():
    root, problems = parse_template('<p><img src="a.png" h-20><br>text</p>')
    assert problems == []
    (p,) = root.children
    assert [getattr(c, "tag", None) for c in p.children] == ["img", "br", None]


def test_text_and_attributes_are_decoded_then_escaped_again():
    root, _ = parse_template('<a title="x &amp; y">1 &lt; 2 &amp; 3</a>')
    assert root.children[0].get("title") == "x & y"
    assert root.children[0].text_content() == "1 < 2 & 3"
    assert serialize(root) == '<a title="x &amp; y">1 &lt; 2 &amp; 3</a>'


def test_raw_text_elements_are_not_parsed():
    root, _ = parse_template("<style>.a > b { color: red }</style><script>if (a<b) {}</script>")
    assert root.children[0].children[0].text == ".a > b { color: red }"
    assert serialize(root) == "<style>.a > b { color: red }</style><script>if (a<b) {}</script>"


def test_whitespace_is_condensed_as_vues_compiler_condenses_it():
    root, _ = parse_template("<span>\n  <slot />\n</span>.<b>a</b>\n<i>b</i> <i>c</i><pre>  x\n  y</pre>"
                             "<p>\n  {{ n }}  of\n  {{ m }}\n</p>")
    assert serialize(root) == ("<span><slot></slot></span>.<b>a</b><i>b</i> <i>c</i><pre>  x\n  y</pre>"
                               "<p>{{ n }} of {{ m }}</p>")


def test_comments_are_kept_in_the_tree_and_dropped_from_html():
    root, _ = parse_template("a<!-- note -->b")
    assert isinstance(root.children[1], Comment)
    assert serialize(root) == "ab"


def test_unclosed_and_stray_tags_are_reported_with_lines():
    root, problems = parse_template("<div>\n<span>text\n</div>\n</section>")
    messages = [(p.line, p.message) for p in problems]
    assert (2, "<span> has no end tag") in messages
    assert (4, "</section> has no matching start tag") in messages
    assert serialize(root) == "<div><span>text </span></div>"


def test_serialize_drops_attributes_the_filter_rejects():
    root, _ = parse_template('<div v-click flex :class="x">a</div>')
    assert serialize(root, keep_attr=lambda n: not n.startswith(("v-", ":"))) == "<div flex>a</div>"


def test_lone_less_than_is_text():
    root, _ = parse_template("a < b")
    assert isinstance(root.children[0], Text) and root.children[0].text == "a < b"


def test_markup_that_ends_inside_a_tag_is_a_problem_not_a_crash():
    tree, problems = parse_template("<div ")          # found by tests/test_properties.py
    assert [p.message for p in problems][:1] == ["<div> is not closed with '>'"]


def test_an_element_left_open_by_an_outer_end_tag_goes_on_after_it():
    # Markdown leaves `text\n<v-clicks>` in a paragraph and the list after it; Slidev's
    # v-clicks still holds the list
    root, problems = parse_template("<p>Output\n<v-clicks></p>\n<ul><li>a</li></ul>\n</v-clicks>")
    assert serialize(root) == "<p>Output </p><v-clicks><ul><li>a</li></ul></v-clicks>"
    assert problems == []
    root, _ = parse_template("<p>x<b>bold</p>more</b>")
    assert serialize(root) == "<p>x<b>bold</b></p><b>more</b>"       # continued by a copy


def test_an_element_that_is_never_closed_is_still_reported():
    root, problems = parse_template("<div><p>x<span>y</p>z</div>")
    assert serialize(root) == "<div><p>x<span>y</span></p>z</div>"
    assert [p.message for p in problems] == ["<span> has no end tag"]
