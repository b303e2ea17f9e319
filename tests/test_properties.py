"""Property tests: whatever a deck holds, the parser, the template engine and the utility
generator give a result or a typed slidepdf error — never another exception."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slidepdf.errors import SlidepdfError
from slidepdf.evaluate import instantiate
from slidepdf.jsengine import JsEngine
from slidepdf.markdown import make_markdown
from slidepdf.parser import load_deck
from slidepdf.policy import AccessPolicy
from slidepdf.style import StyleContext
from slidepdf.style.generate import generate_token
from slidepdf.template import parse_template, serialize

PIECES = ["---", "\n", "# ", "layout: ", "center", "src: ", "./a.md", "clicks: ", "3", "<v-click>", "</v-click>",
          "<div ", "v-if=\"", "$clicks", "\"", ">", "</div>", "{{ ", " }}", "```ts {1|2}\n", "```", "$$", "<!-- ",
          " -->", "[click]", ":class=\"", "{a: 1}", "<style>", "</style>", "::right::", "title: ", "'", "[", "]",
          "\t", "key: [1, 2", "&anchor", "*anchor", "<", "/>", "<<< @/x.ts", "$x^2$", "\u00e9", "\ufeff"]
deck_text = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=40).map("".join)
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(text=deck_text)
def test_the_parser_gives_a_deck_or_a_deck_error(tmp_path, text):
    entry = tmp_path / "slides.md"
    entry.write_text(text, "utf-8")
    try:
        deck = load_deck(entry, AccessPolicy.for_entry(entry))
    except SlidepdfError:
        return
    assert deck.slides is not None


@SETTINGS
@given(text=deck_text)
def test_the_template_engine_renders_any_markup(text):
    tree, _ = parse_template(make_markdown().render(text))
    rendered, _ = instantiate(tree, JsEngine(), {"$clicks": 1, "$page": 1})
    assert isinstance(serialize(rendered), str)


TOKEN_PIECES = ["text-", "bg-", "w-", "h-", "[", "]", "#fff", "calc(", ")", "/", "50", ":", "dark:", "!", "-", "op",
                "i-carbon-", "grid-cols-", "(", "~", "%", "px", "rem", "_", "from-", "to-", "via-", "md:", "hover:",
                "theme(", "colors.red.500", "$", "var(--x)", "red", "1.5", "e", "∞"]
tokens = st.lists(st.sampled_from(TOKEN_PIECES) | st.text(max_size=4), min_size=1, max_size=8).map("".join)


@SETTINGS
@given(token=tokens)
def test_the_utility_generator_gives_rules_or_nothing(token):
    rules = generate_token(token, StyleContext())
    assert rules is None or isinstance(rules, list)
