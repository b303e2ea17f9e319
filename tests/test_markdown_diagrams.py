"""diagrams: Mermaid drawn in-process by mmdr as SVG with real text, else by a local mmdc; PlantUML
by a local plantuml; what none can draw is framed source and one warning."""
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


BROKEN = "```mermaid {scale: 0.5}\ngraph TD\nA -->\n```\n"


def test_mermaid_is_drawn_in_process_as_vector_with_its_labels_as_text():
    renderer = DiagramRenderer(tools={"mermaid": None})
    tree = diagram_tree("```mermaid\ngraph TD\nA[Start here] --> B[Then there]\n```\n")
    assert draw_diagrams(tree, renderer) == []
    html = serialize(tree)
    assert "<svg" in html and ">Start here</text>" in html and ">Then there</text>" in html
    assert 'id="merman-' in html and "#merman " not in html       # its styles scoped to its own id


def test_sequence_class_state_pie_and_gantt_diagrams_are_drawn():
    renderer = DiagramRenderer(tools={"mermaid": None})
    for source in ("sequenceDiagram\nAlice->>Bob: Hi", "classDiagram\nAnimal <|-- Duck", "stateDiagram-v2\n[*] --> Still",
                   'pie title Pets\n"Dogs" : 3\n"Cats" : 1', "gantt\ndateFormat YYYY-MM-DD\nsection S\nTask :a1, 2024-01-01, 3d"):
        tree = diagram_tree(f"```mermaid\n{source}\n```\n")
        assert draw_diagrams(tree, renderer) == [], source
        assert "<text" in serialize(tree)


def test_without_a_renderer_the_source_is_framed_and_scaled(monkeypatch):
    import slidepdf.markdown.diagrams as diagrams

    monkeypatch.setattr(diagrams, "_mmdr_svg", lambda source: (None, "mmdr is not installed"))
    renderer = DiagramRenderer(tools={"mermaid": None})
    tree = diagram_tree(BLOCK)
    assert draw_diagrams(tree, renderer) == ["mermaid"]
    html = serialize(tree)
    assert "slidepdf-diagram-source" in html and "graph TD\nA --&gt; B" in html and "font-size: 0.35em" in html


def test_mmdc_draws_what_mmdr_cannot_each_diagram_once(tmp_path, monkeypatch):
    import slidepdf.markdown.diagrams as diagrams

    monkeypatch.setattr(diagrams, "_mmdr_svg", lambda source: (None, "mmdr cannot draw it"))
    log = tmp_path / "calls"
    fake = tmp_path / "bin" / "mmdc"
    fake.parent.mkdir()
    fake.write_text(f"""#!/bin/sh
while [ $# -gt 0 ]; do [ "$1" = "-o" ] && out="$2"; [ "$1" = "-i" ] && in="$2"; shift; done
head -1 "$in" >> {log}
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
    # drawn once, with the block's options as Mermaid's init directive
    assert len(calls) == 1 and calls[0].startswith("%%{init:") and '"theme": "neutral"' in calls[0]


def test_one_warning_names_every_slide_with_undrawn_diagrams(write_deck, monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    entry = write_deck({"slides.md": BROKEN + "\n---\n\n# none\n\n" + BLOCK + "\n---\n\n" + BROKEN + "\n" + BROKEN})
    pages, warnings = pages_of(entry)
    diagram = [w.message for w in warnings if w.kind == "diagram"]
    assert len(diagram) == 1 and diagram[0].startswith("mermaid diagrams are shown as their source (mmdr cannot draw it")
    assert diagram[0].endswith("slide(s) 1, 3")
    assert ">B</text>" in pages[1].html                            # the good one on slide 2 is drawn


def test_a_scaled_mermaid_diagram_is_its_own_size_times_the_scale_not_fitted_first():
    renderer = DiagramRenderer(tools={"mermaid": None})
    tree = diagram_tree("```mermaid {scale: 0.5}\nflowchart LR\nA[Start] --> B[End]\n```\n")
    draw_diagrams(tree, renderer)
    html = serialize(tree)
    import re
    opening = re.search(r"<svg\b[^>]*>", html)[0]
    _, _, width, height = (float(n) for n in re.search(r'viewBox="([^"]+)"', opening)[1].split())
    assert f'width="{width * 0.5:.2f}"' in opening and f'height="{height * 0.5:.2f}"' in opening
    assert "max-width" not in opening and "scale(" not in html


def _view_box(svg):
    import re
    return [float(n) for n in re.search(r'viewBox="([^"]+)"', svg)[1].replace(",", " ").split()]


def test_a_flowchart_is_laid_out_by_dagre_so_its_spacing_settings_take_effect():
    # Mermaid's default layout is dagre; mmdr's own is ELK, which ignores rankSpacing and nodeSpacing
    source = "flowchart TD\nA --> B\nB --> C\nA --> C\n"
    tight = DiagramRenderer(mermaid_config={"flowchart": {"rankSpacing": 20}}).svg("mermaid", source)
    loose = DiagramRenderer(mermaid_config={"flowchart": {"rankSpacing": 150}}).svg("mermaid", source)
    assert _view_box(loose)[3] - _view_box(tight)[3] >= 2 * (150 - 20) - 1     # two gaps between three ranks


def test_a_short_flowchart_label_gets_a_narrow_node_as_in_mermaid():
    import re
    svg = DiagramRenderer().svg("mermaid", "flowchart LR\nA[X] --> B[A much longer label]\n")
    widths = sorted(float(w) for w in re.findall(r'<rect class="basic label-container"[^>]*width="([\d.]+)"', svg))
    assert len(widths) == 2 and widths[0] < 100 < widths[1]      # no common floor under both


def test_a_layout_the_deck_or_the_diagram_names_is_kept():
    from slidepdf.markdown.diagrams import with_dagre_layout
    assert with_dagre_layout({"theme": "dark"}, "graph TD\nA-->B")["flowchart"]["layout"] == "dagre"
    assert with_dagre_layout({"layout": "elk"}, "graph TD\nA-->B") == {"layout": "elk"}
    assert "flowchart" not in with_dagre_layout({}, "---\nconfig:\n  layout: elk\n---\ngraph TD\nA-->B")
    assert "flowchart" not in with_dagre_layout({}, '%%{init: {"layout": "elk"}}%%\ngraph TD\nA-->B')
