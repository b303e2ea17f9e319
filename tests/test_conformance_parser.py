"""Agreement with real Slidev's parser on the shared decks (skipped where ../shared is absent).

`../shared/conformance/parser/<deck>.json` is @slidev/parser's own output; the deck folder is
the workspace root there, so it is our `--root` here.
"""
import hashlib
import json
from pathlib import Path

import pytest

from slidepdf.parser import load_deck
from slidepdf.policy import AccessPolicy

from .conftest import SHARED

CASES = sorted((SHARED / "conformance" / "parser").glob("*.json")) if SHARED.is_dir() else []


@pytest.mark.skipif(not CASES, reason="../shared/conformance is not present")
@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_parser_agrees_with_slidev(case):
    expected = json.loads(case.read_text("utf-8"))
    deck_dir = SHARED / "decks" / expected["deck"]
    entry = deck_dir / expected["entry"]
    deck = load_deck(entry, AccessPolicy.for_entry(entry, root=deck_dir))
    # Slidev logs a load error for an import of a missing file and leaves that slide out: so do we,
    # with the warning at the same file and line
    assert [(location.file.name, location.line) for _, location in deck.missing_imports] == \
        [(Path(error["file"]).name, error["line"]) for error in expected["errors"]]
    assert len(deck.slides) == expected["slide_count"]
    assert deck.config.title == expected["config"]["title"]
    assert deck.config.export_filename == expected["config"]["exportFilename"]
    assert deck.config.color_schema == expected["config"]["colorSchema"]
    for slide, want in zip(deck.slides, expected["slides"]):
        got = {
            "file": slide.file.relative_to(deck_dir.resolve()).as_posix(),
            "start_line": slide.start_line, "end_line": slide.end_line,
            "content_start_line": slide.content_start_line, "layout": slide.layout,
            "title": slide.title, "level": slide.level, "note": slide.note, "frontmatter": slide.frontmatter,
            "content_sha1": hashlib.sha1(slide.content.encode("utf-8")).hexdigest(),
        }
        assert got == {key: want[key] for key in got}, f"slide {slide.no}"
