"""Pages per slide agree with `slidev export --with-clicks` on the shared decks.

`../shared/conformance/clicks/<deck>.json` lists the click states real Slidev exported for each
slide. One kind of difference is on purpose: a slide whose markup Vue cannot compile (an end tag
with no start tag …) is Slidev's red "An error occurred on this slide" page with no clicks;
slidepdf renders what it can, with its clicks, and warns naming the slide. Skipped where
../shared is absent.
"""
import json

import pytest

from slidepdf.errors import WarningLog
from slidepdf.render.pages import deck_pages
from slidepdf.parser import load_deck
from slidepdf.policy import AccessPolicy
from slidepdf.theme.themes import check_layouts, load_theme

from .conftest import SHARED

CASES = sorted((SHARED / "conformance" / "clicks").glob("*.json")) if SHARED.is_dir() else []


@pytest.mark.skipif(not CASES, reason="../shared/conformance is not present")
@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_pages_per_slide_agree_with_slidev(case):
    expected = json.loads(case.read_text("utf-8"))
    parsed = json.loads((SHARED / "conformance" / "parser" / case.name).read_text("utf-8"))
    deck_dir = SHARED / "decks" / parsed["deck"]
    entry = deck_dir / parsed["entry"]
    policy = AccessPolicy.for_entry(entry, root=deck_dir)
    deck = load_deck(entry, policy)
    warnings = WarningLog()
    theme = load_theme(deck.config.theme, deck.folder, warnings)
    pages = deck_pages(deck, theme, check_layouts(deck, theme, warnings), policy, warnings)

    uncompilable = {int(w.message.split(":")[0].split()[1]) for w in warnings if w.kind == "markup"}
    got = {}
    for page in pages:
        got.setdefault(page.slide.no, []).append(page.click)
    error_pages = set()
    for want in expected["slides"]:
        if want["no"] in uncompilable and want["clicks"] == [0] and got.get(want["no"]) != [0]:
            error_pages.add(want["no"])
            continue        # Slidev's error page; see the module docstring
        assert got[want["no"]] == want["clicks"], f"slide {want['no']}"
    exempt = sum(len(got[n]) - 1 for n in error_pages if n in got)
    assert len(pages) - exempt == expected["pages"]
