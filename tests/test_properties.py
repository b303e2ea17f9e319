"""Property tests: whatever a deck holds, the parser, the template engine and the utility
generator give a result or a typed slidepdf error — never another exception."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slidepdf.errors import SlidepdfError
from slidepdf.vue.evaluate import instantiate
from slidepdf.vue.engine import JsEngine
from slidepdf.markdown.render import make_markdown
from slidepdf.parser import load_deck
from slidepdf.policy import AccessPolicy
from slidepdf.style import StyleContext
from slidepdf.style.generate import generate_token
from slidepdf.vue.template import parse_template, serialize

PIECES = ["---", "\n", "# ", "layout: ", "center", "src: ", "./a.md", "clicks: ", "3", "<v-click>", "</v-click>",
          "<div ", "v-if=\"", "$clicks", "\"", ">", "</div>", "{{ ", " }}", "```ts {1|2}\n", "```", "$$", "<!-- ",
          " -->", "[click]", ":class=\"", "{a: 1}", "<style>", "</style>", "::right::", "title: ", "'", "[", "]",
          "\t", "key: [1, 2", "&anchor", "*anchor", "<", "/>", "<<< @/x.ts", "$x^2$", "\u00e9", "\ufeff"]
deck_text = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=40).map("".join)
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(text=deck_text)
def test_the_parser_gives_slides_numbered_in_order_within_their_lines_or_an_error_naming_the_file(tmp_path, text):
    entry = tmp_path / "slides.md"
    entry.write_text(text, "utf-8")
    try:
        deck = load_deck(entry, AccessPolicy.for_entry(entry))
    except SlidepdfError as error:
        assert error.location is None or error.location.file.name in ("slides.md", "a.md")
        return
    assert [slide.no for slide in deck.slides] == list(range(1, len(deck.slides) + 1))
    lines = text.count("\n") + 1
    for slide in deck.slides:
        if slide.file == entry:
            assert 1 <= slide.start_line <= slide.content_start_line <= slide.end_line + 1 <= lines + 1


CONTROL = ("v-if", "v-else-if", "v-else", "v-for", "v-show", "v-html", "v-text")


@SETTINGS
@given(text=deck_text)
def test_the_template_engine_leaves_no_control_directive_or_binding_in_what_it_renders(text):
    tree, _ = parse_template(make_markdown().render(text))
    rendered, _ = instantiate(tree, JsEngine(), {"$clicks": 1, "$page": 1})
    for element in rendered.elements():
        assert not any(name in CONTROL or name.startswith(":") for name in element.attrs), element.attrs
        assert not any(directive.name in [c[2:] for c in CONTROL] for directive in element.directives)
    assert serialize(rendered) == serialize(rendered)       # serialising does not change the tree


TOKEN_PIECES = ["text-", "bg-", "w-", "h-", "[", "]", "#fff", "calc(", ")", "/", "50", ":", "dark:", "!", "-", "op",
                "i-carbon-", "grid-cols-", "(", "~", "%", "px", "rem", "_", "from-", "to-", "via-", "md:", "hover:",
                "theme(", "colors.red.500", "$", "var(--x)", "red", "1.5", "e", "∞"]
tokens = st.lists(st.sampled_from(TOKEN_PIECES) | st.text(max_size=4), min_size=1, max_size=8).map("".join)


@SETTINGS
@given(token=tokens)
def test_the_utility_generator_gives_rules_for_that_token_with_declarations_or_nothing(token):
    rules = generate_token(token, StyleContext())
    if rules is None:
        return
    for rule in rules:
        assert rule.token == token and rule.selector
        assert all(isinstance(name, str) and name and isinstance(value, str) for name, value in rule.declarations)
