"""markdown-it plugins a Vite config turns on, where a Python port exists."""
from tests.helpers import pages_of

import slidepdf

VITE = """
import MarkdownItMark from 'markdown-it-mark'
import MarkdownItSub from 'markdown-it-sub'
import MarkdownItSup from 'markdown-it-sup'
import MarkdownItMagicLink from 'markdown-it-magic-link'
import { defineConfig } from 'vite'

export default defineConfig({
  slidev: { markdown: { markdownItSetup(md) { md.use(MarkdownItMark); md.use(MarkdownItSub); md.use(MarkdownItSup);
    md.use(MarkdownItMagicLink) } } },
})
"""


def test_mark_sub_and_sup_follow_the_decks_vite_config_and_the_rest_is_one_warning(write_deck, tmp_path):
    entry = write_deck({"slides.md": "# A\n\nSome ==marked text==, H~2~O and x^2^\n", "vite.config.ts": VITE})
    result = slidepdf.export(entry, tmp_path / "a.html", format="html")
    html = result.output.read_text("utf-8")
    assert "<mark>marked text</mark>" in html and "H<sub>2</sub>O" in html and "x<sup>2</sup>" in html
    assert [w.message for w in result.warnings if w.kind == "markdown"] == [
        "vite.config.ts adds markdown-it-magic-link to markdown-it, which slidepdf does not have; "
        "its syntax prints as written"]


def test_without_a_config_the_syntax_is_text(write_deck):
    pages, _ = pages_of(write_deck({"slides.md": "# A\n\nSome ==marked text== and H~2~O\n"}))
    assert "==marked text==" in pages[0].html and "<sub>" not in pages[0].html
