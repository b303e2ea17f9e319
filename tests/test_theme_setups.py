"""Setup files (`setup/mermaid.ts`, `setup/shiki.ts`) run in the sandbox; what they return configures the export."""
import re

import pytest

from slidepdf.errors import WarningLog
from slidepdf.options import ExportOptions
from slidepdf.pipeline import deck_style, open_deck

MERMAID_SETUP = """
    import { defineMermaidSetup } from '@slidev/types'
    import type { MermaidConfig } from 'mermaid'

    export default defineMermaidSetup((): MermaidConfig => ({
      theme: 'forest',
      themeVariables: { primaryColor: '#123456' },
    }))
"""


def style_of(entry, **options):
    warnings = WarningLog()
    return deck_style(open_deck(entry, ExportOptions(**options), warnings)), warnings


def test_the_decks_mermaid_setup_is_run_and_returned(write_deck):
    style, warnings = style_of(write_deck({"slides.md": "# A\n", "setup/mermaid.ts": MERMAID_SETUP}))
    assert style.mermaid == {"theme": "forest", "themeVariables": {"primaryColor": "#123456"}}
    assert not [w for w in warnings if w.kind == "script"]


def test_the_themes_setup_comes_first_and_the_decks_wins(write_deck):
    entry = write_deck({
        "slides.md": "---\ntheme: ./my-theme\n---\n# A\n",
        "my-theme/package.json": '{"name": "my-theme"}',
        "my-theme/setup/mermaid.ts": "export default () => ({ theme: 'dark', fontSize: 12 })",
        "setup/mermaid.ts": "export default () => ({ theme: 'neutral' })",
    })
    style, _ = style_of(entry)
    assert style.mermaid == {"theme": "neutral", "fontSize": 12}


def test_a_setup_that_fails_is_one_warning_naming_its_file(write_deck):
    entry = write_deck({"slides.md": "# A\n", "setup/mermaid.ts": "export default () => { throw new Error('no') }"})
    style, warnings = style_of(entry)
    assert style.mermaid == {}
    assert [w.location.file.name for w in warnings if w.kind == "script"] == ["mermaid.ts"]


def test_diagrams_are_drawn_with_the_setup_and_the_blocks_options(write_deck):
    pytest.importorskip("mmdr")
    from slidepdf.markdown.diagrams import DiagramRenderer

    renderer = DiagramRenderer(mermaid_config={"theme": "base", "themeVariables": {"primaryColor": "#123456"}})
    svg = renderer.svg("mermaid", "flowchart LR\n A --> B\n")
    assert "#123456" in svg
    # every reference inside the diagram (markers, filters) points at an id it has
    ids = set(re.findall(r'\bid="([^"]+)"', svg))
    assert set(re.findall(r"url\(#([^)]+)\)", svg)) <= ids
    block = renderer.mermaid_init({"theme": "neutral", "scale": 0.5})
    assert block["theme"] == "neutral" and block["themeVariables"] == {"primaryColor": "#123456"}
    assert "scale" not in block
    assert DiagramRenderer(dark=True).mermaid_init({})["theme"] == "dark"
    # Mermaid's defaults, not mmdr's own: colours, the classic look, label wrapping; a setup's own keys kept
    assert DiagramRenderer().mermaid_init({}) == {"theme": "default", "look": "classic",
                                                   "flowchart": {"wrappingWidth": 200, "minNodeWidth": 0},
                                                   "state": {"minNodeWidth": 0}}
    assert DiagramRenderer(mermaid_config={"look": "handDrawn"}).mermaid_init({})["look"] == "handDrawn"
    assert DiagramRenderer(mermaid_config={"flowchart": {"curve": "basis"}}).mermaid_init({})["flowchart"] == {
        "wrappingWidth": 200, "minNodeWidth": 0, "curve": "basis"}


def test_flowchart_labels_shorter_than_mermaids_wrapping_width_keep_one_line():
    pytest.importorskip("mmdr")
    from slidepdf.markdown.diagrams import DiagramRenderer

    svg = DiagramRenderer().svg("mermaid", "flowchart LR\n A[Question Utilisateur] --> B[Thought : Que dois-je faire?]\n")
    assert "Question Utilisateur<" in svg and "Thought : Que dois-je faire?<" in svg


def test_the_shiki_setup_colours_code_with_the_themes_it_names(write_deck):
    from slidepdf.theme.codethemes import bundled_themes, scope_style

    entry = write_deck({"slides.md": "# A\n",
                        "setup/shiki.ts": "import { defineShikiSetup } from '@slidev/types'\n"
                                          "export default defineShikiSetup(() => ({ themes: "
                                          "{ dark: 'one-dark-pro', light: 'github-light' } }))"})
    style, _ = style_of(entry)
    light, _ = scope_style(bundled_themes()["github-light"], "keyword.control")
    dark, _ = scope_style(bundled_themes()["one-dark-pro"], "keyword.control")
    assert light != dark
    assert f"html .slidev-code .tok-keyword {{ color: {light};" in style.code_css
    assert f"html.dark .slidev-code .tok-keyword {{ color: {dark};" in style.code_css


def test_an_unknown_code_theme_is_a_warning(write_deck):
    entry = write_deck({"slides.md": "# A\n", "setup/shiki.ts": "export default () => ({ theme: 'no-such' })"})
    style, warnings = style_of(entry)
    assert style.code_css == ""
    assert any("code theme 'no-such'" in w.message for w in warnings)


def test_a_diagram_with_its_own_frontmatter_config_keeps_it_first_and_over_the_setups():
    import yaml

    from slidepdf.markdown.diagrams import with_mermaid_config

    source = "---\nconfig:\n  theme: base\n  themeVariables:\n    nodeText: '#e3f2fd'\n---\nmindmap\n  root((A))\n"
    out = with_mermaid_config(source, {"theme": "dark", "themeVariables": {"primaryColor": "#457b9d"}})
    assert out.startswith("---\n") and out.endswith("---\nmindmap\n  root((A))\n")
    config = yaml.safe_load(out.split("---\n")[1])["config"]
    assert config == {"theme": "base", "themeVariables": {"primaryColor": "#457b9d", "nodeText": "#e3f2fd"}}
    assert with_mermaid_config("graph TD\n A-->B\n", {"theme": "dark"}).startswith('%%{init: {"theme": "dark"}}%%\n')
