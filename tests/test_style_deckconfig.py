"""A deck's uno.config.ts: its plain shortcuts, static rules and web-font names are used."""
from slidepdf.vue.engine import JsEngine
from slidepdf.policy import AccessPolicy
from slidepdf.style.deckconfig import font_families, read_deck_config

CONFIG = """
import config from '@slidev/client/uno.config'
import { mergeConfigs, presetWebFonts } from 'unocss'

export default mergeConfigs([
  config,
  {
    // comments are fine
    shortcuts: {
      'btn': 'px-4 py-1 rounded',
      'card': 'p-4 border border-main',
    },
    rules: [
      ['font-math', { 'font-family': 'Latin Modern Roman, serif' }],
      [/^m-(\\d+)$/, ([, d]) => ({ margin: `${d / 4}rem` })],
    ],
    presets: [presetWebFonts({ fonts: { sans: 'DM Sans', hand: 'Caveat' } })],
  },
])
"""


def test_plain_parts_are_read_and_code_is_reported(write_deck):
    entry = write_deck({"uno.config.ts": CONFIG, "slides.md": "# x\n"})
    config = read_deck_config(entry.parent, AccessPolicy(root=entry.parent), JsEngine())
    assert config.shortcuts == [("btn", "px-4 py-1 rounded"), ("card", "p-4 border border-main")]
    assert config.rules == [("font-math", (("font-family", "Latin Modern Roman, serif"),))]
    assert config.fonts == {"sans": "DM Sans", "hand": "Caveat"}
    assert config.problems == [
        "rules: 1 entry uses functions or patterns, which need the deck's JavaScript; left out"]
    families = font_families(config, {"sans": '"Nunito Sans", sans-serif'})
    assert families == {"sans": '"DM Sans", "Nunito Sans", sans-serif', "hand": '"Caveat"'}


def test_no_config_is_fine(write_deck):
    entry = write_deck({"slides.md": "# x\n"})
    config = read_deck_config(entry.parent, AccessPolicy(root=entry.parent), JsEngine())
    assert (config.file, config.shortcuts, config.problems) == (None, [], [])


def test_the_deck_shortcuts_and_rules_reach_the_pdf_css(write_deck, tmp_path):
    import slidepdf
    from pypdf import PdfReader

    entry = write_deck({"uno.config.ts": CONFIG, "slides.md": "<div btn font-math>Button text</div>\n"})
    result = slidepdf.export(entry, tmp_path / "a.pdf")
    assert "Button text" in PdfReader(tmp_path / "a.pdf").pages[0].extract_text()
    # the web fonts are not on this machine: named, not downloaded
    assert [w.kind for w in result.warnings] == ["uno-config", "font", "font"]
    assert "font 'DM Sans' (uno.config.ts fonts.sans)" in str(list(result.warnings)[1])
