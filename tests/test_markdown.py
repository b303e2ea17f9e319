"""Slide Markdown → Vue template markup, as Slidev's markdown pipeline writes it."""
from slidepdf.markdown import make_markdown, parse_mdc_attributes


def test_mdc_attributes_on_inline_elements_when_the_deck_turns_mdc_on():
    md = make_markdown(mdc=True)
    html = md.render("![](/a.svg){.w-30.mt--10}\n\n**bold**{.red #x data-k=\"v w\"} `code`{.c}\n")
    assert '<img src="/a.svg" alt="" class="w-30 mt--10" />' in html
    assert '<strong class="red" id="x" data-k="v w">bold</strong>' in html
    assert '<code v-pre class="c">code</code>' in html


def test_mdc_spans():
    html = make_markdown(mdc=True).render("the [future]{.text-yellow.font-bold} versions")
    assert html == '<p>the <span class="text-yellow font-bold">future</span> versions</p>\n'


def test_without_mdc_the_braces_stay_text():
    assert make_markdown().render("![](/a.svg){.w-30}") == '<p><img src="/a.svg" alt="" />{.w-30}</p>\n'


def test_mdc_attribute_grammar():
    assert parse_mdc_attributes(".a.b #id key=value flag q='x y'") == [
        ("class", "a"), ("class", "b"), ("id", "id"), ("key", "value"), ("flag", ""), ("q", "x y")]


def test_code_fence_stages_and_options_become_component_props():
    html = make_markdown().render("```ts {1|2-3|all} {at:'+2'}\nconst a = 1\n```\n")
    assert ":ranges='[\"1\", \"2-3\", \"all\"]'" in html and 'v-bind="{at:\'+2\'}"' in html
