"""`slidepdf check`: a preflight that writes no PDF, names what would look wrong, and measures
overflowing slides from the layout."""
import json

import slidepdf
from tests.helpers import run_cli as run


def test_a_clean_deck_passes_and_nothing_is_written(write_deck, tmp_path):
    entry = write_deck({"slides.md": "# Fine\n\ntext\n"})
    done = run("check", entry, cwd=tmp_path)
    assert done.returncode == 0 and "nothing to fix" in done.stdout
    assert list(tmp_path.rglob("*.pdf")) == []


def test_overflow_is_measured_per_slide_and_click_and_reported_with_warnings(write_deck, tmp_path):
    entry = write_deck({"slides.md": "# Fine\n\n---\n\n# Long\n\n<div v-click style=\"height: 700px\">tall</div>\n\n"
                                     "![x](/gone.png)\n"})
    report = slidepdf.check(entry)
    assert [(o.slide, o.click) for o in report.overflows] == [(2, 0), (2, 1)]
    assert 250 < report.overflows[0].bottom < 350 and report.overflows[0].right == 0      # 700 px + the rest, in 552
    assert [w.kind for w in report.warnings] == ["missing-image"] and not report.ok
    done = run("check", entry, "--format", "json", cwd=tmp_path)
    data = json.loads(done.stdout)
    assert done.returncode == 1 and data["ok"] is False and data["pages"] == 3
    assert data["overflows"][0]["slide"] == 2 and data["warnings"][0]["kind"] == "missing-image"
    assert data["slides"] == [{"no": 1, "clicks": [0]}, {"no": 2, "clicks": [0, 1]}]     # Slidev's page map


def test_the_page_map_follows_hidden_slides_and_clicks_start(write_deck):
    entry = write_deck({"slides.md": "# A\n\n---\nhide: true\n---\n\n# Gone\n\n---\nclicksStart: 1\n---\n\n"
                                     "# C\n\n<div v-click>x</div>\n<div v-click>y</div>\n"})
    assert slidepdf.check(entry).slides == [(1, [0]), (2, [1, 2])]


def test_absolutely_placed_decorations_off_the_edge_are_not_overflow(write_deck):
    entry = write_deck({"slides.md": "# A\n\n<div style=\"position: absolute; right: -200px; width: 400px\">x</div>\n"})
    assert slidepdf.check(entry).overflows == []


def test_a_broken_deck_is_reported_as_an_error(write_deck, tmp_path):
    entry = write_deck({"slides.md": "---\ntitle: [x\n---\n# A\n"})
    done = run("check", entry, "--format", "json", cwd=tmp_path)
    assert done.returncode == 1 and "bad frontmatter YAML" in json.loads(done.stdout)["error"]
