"""diagrams: Mermaid / PlantUML drawn by a local renderer, else framed source and one warning."""
import os
import stat

from slidepdf.markdown.diagrams import DiagramRenderer, draw_diagrams
from slidepdf.vue.evaluate import instantiate
from slidepdf.vue.engine import JsEngine
from slidepdf.markdown.render import make_markdown
from slidepdf.vue.template import parse_template, serialize
from tests.helpers import pages_of

BLOCK = "```mermaid {theme: 'neutral', scale: 0.5}\ngraph TD\nA --> B\n```\n"


def diagram_tree(markdown):
    tree, _ = instantiate(parse_template(make_markdown().render(markdown))[0], JsEngine(), {})
    return tree


def test_without_a_renderer_the_source_is_framed_and_scaled():
    renderer = DiagramRenderer(tools={"mermaid": None})
    tree = diagram_tree(BLOCK)
    assert draw_diagrams(tree, renderer) == ["mermaid"]
    html = serialize(tree)
    assert "slidepdf-diagram-source" in html and "graph TD\nA --&gt; B" in html and "font-size: 0.35em" in html


def test_an_installed_renderer_draws_each_diagram_once_as_svg(tmp_path, monkeypatch):
    log = tmp_path / "calls"
    fake = tmp_path / "bin" / "mmdc"
    fake.parent.mkdir()
    fake.write_text(f"""#!/bin/sh
echo "$@" >> {log}
while [ $# -gt 0 ]; do [ "$1" = "-o" ] && out="$2"; shift; done
echo '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>' > "$out"
""")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    renderer = DiagramRenderer()
    for _ in range(2):
        tree = diagram_tree(BLOCK)
        assert draw_diagrams(tree, renderer) == []
        assert '<rect width="10" height="10"/>' in serialize(tree) and "scale(0.5)" in serialize(tree)
    calls = log.read_text().splitlines()
    assert len(calls) == 1 and "-t neutral" in calls[0]


def test_one_warning_names_every_slide_with_undrawn_diagrams(write_deck, monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    entry = write_deck({"slides.md": BLOCK + "\n---\n\n# none\n\n---\n\n" + BLOCK + "\n" + BLOCK})
    pages, warnings = pages_of(entry)
    diagram = [w.message for w in warnings if w.kind == "diagram"]
    assert diagram == ["mermaid diagrams are shown as their source (mmdc (npm @mermaid-js/mermaid-cli) is not "
                       "installed); slide(s) 1, 3"]
