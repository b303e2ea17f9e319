"""Slide Markdown → Vue template markup, as Slidev's markdown pipeline writes it."""
from slidepdf.markdown.mdc import parse_mdc_attributes
from slidepdf.markdown.render import make_markdown


def test_mdc_attributes_on_inline_elements_when_the_deck_turns_mdc_on():
    md = make_markdown(mdc=True)
    html = md.render("![](/a.svg){.w-30.mt--10}\n\n**bold**{.red #x data-k=\"v w\"} `code`{.c}\n")
    assert '<img src="/a.svg" alt="" class="w-30 mt--10" data-source-line="0" />' in html
    assert '<strong class="red" id="x" data-k="v w">bold</strong>' in html
    assert '<code v-pre class="c">code</code>' in html


def test_mdc_spans():
    html = make_markdown(mdc=True).render("the [future]{.text-yellow.font-bold} versions")
    assert html == '<p>the <span class="text-yellow font-bold">future</span> versions</p>\n'


def test_mdc_props_on_a_heading_paragraph_or_list_item_that_is_only_text_go_on_the_block():
    md = make_markdown(mdc=True)
    assert md.render("### Previous Episode{.op50.mb-2}") == '<h3 class="op50 mb-2">Previous Episode</h3>\n'
    assert md.render("- item{.red}\n- b\n") == '<ul>\n<li class="red">item</li>\n<li>b</li>\n</ul>\n'


def test_mdc_props_after_plain_text_wrap_that_text_and_leave_vue_interpolation_alone():
    md = make_markdown(mdc=True)
    assert md.render("hello world{.red} more") == '<p><span class="red">hello world</span> more</p>\n'
    assert md.render("a **b** {.c} d") == '<p>a <strong class="c">b</strong>  d</p>\n'     # the space stays
    assert md.render("{{ $slidev.nav.currentPage }} and ${x}") == "<p>{{ $slidev.nav.currentPage }} and ${x}</p>\n"


def test_without_mdc_the_braces_stay_text():
    assert make_markdown().render("![](/a.svg){.w-30}") == '<p><img src="/a.svg" alt="" data-source-line="0" />{.w-30}</p>\n'


def test_typography_is_slidevs_apostrophes_dashes_and_ellipses_with_straight_quotes():
    html = make_markdown().render("It's \"said\" and 'so' -- well... (c) `it's`")
    assert html == '<p>It’s &quot;said&quot; and \'so\' – well… © <code v-pre>it\'s</code></p>\n'


def test_only_addresses_with_a_scheme_become_links():
    html = make_markdown().render("see example.com or https://sli.dev")
    assert html == '<p>see example.com or <a href="https://sli.dev">https://sli.dev</a></p>\n'


def test_mdc_attribute_values_keep_their_straight_quotes():
    html = make_markdown(mdc=True).render("**b**{title=\"it's\"}")
    assert html == '<p><strong title="it\'s">b</strong></p>\n'


def test_mdc_attribute_grammar():
    assert parse_mdc_attributes(".a.b #id key=value flag q='x y'") == [
        ("class", "a"), ("class", "b"), ("id", "id"), ("key", "value"), ("flag", ""), ("q", "x y")]


def test_code_fence_stages_and_options_become_component_props():
    html = make_markdown().render("```ts {1|2-3|all} {at:'+2'}\nconst a = 1\n```\n")
    assert ":ranges='[\"1\", \"2-3\", \"all\"]'" in html and 'v-bind="{at:\'+2\'}"' in html


def test_code_is_coloured_and_keeps_one_line_per_source_line():
    html = make_markdown().render("```python\ndef f():\n\n    return 'x'  # done\n```\n")
    assert html.count('<span class="line">') == 3
    assert '<span class="tok-keyword">def</span>' in html and '<span class="tok-comment"># done</span>' in html
    assert "<span class=\"tok-string\">'x'</span>" in html          # one span per run of one colour


def test_yaml_keys_are_properties_and_plain_values_strings_as_in_shiki():
    html = make_markdown().render("```yaml\nkind: Dataset\nspec:\n  type: CONDA\n```\n")
    assert '<span class="tok-property">kind</span>' in html and '<span class="tok-string">Dataset</span>' in html
    assert '<span class="tok-string">CONDA</span>' in html


def test_unknown_languages_stay_plain_text():
    html = make_markdown().render("```nosuchlang\na < b\n```\n")
    assert '<span class="line">a &lt; b</span>' in html


def test_footnotes_are_rendered_as_slidev_renders_them():
    from slidepdf.markdown.render import make_markdown

    html = make_markdown().render("A claim[^1].\n\n[^1]: Its source.\n")
    assert '<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup>' in html
    assert '<section class="footnotes">' in html and "Its source." in html and "[^1]" not in html


def test_outline_titles_are_the_rendered_text():
    from slidepdf.document.meta import plain_title

    assert plain_title("**Bold** and `code` {.text-red}") == "Bold and code"
    assert plain_title("[A link](https://x.org) with *emphasis*") == "A link with emphasis"
    assert plain_title("snake_case_name <b>stays</b> $\\LaTeX$") == "snake_case_name stays LaTeX"


def test_mdc_components_inline_and_block_become_the_decks_components(write_deck):
    from tests.helpers import pages_of

    entry = write_deck({
        "components/Badge.vue": '<template><span class="badge" :data-type="type"><slot /></span></template>\n'
                                '<script setup>\ndefineProps({ type: String })\n</script>\n',
        "components/Callout.vue": '<template><aside class="callout"><slot /></aside></template>\n',
        "slides.md": '---\nmdc: true\n---\n\n# A\n\nSee :badge[New]{type="info"} at 12:30 :smile:\n\n'
                     '::callout\nSome **bold** inside\n::\n\n::right::\n'})
    pages, _ = pages_of(entry)
    html = pages[0].html
    assert '<span data-type="info" class="badge"' in html and '>New</span>' in html
    assert '<aside class="callout"' in html and "<strong>bold</strong>" in html
    assert "12:30 :smile:" in html                       # times and emoji shortcodes stay text
