"""Speaker notes cut at [click] markers, each part on its click's page."""
from slidepdf.clicks.notes import NotePart, notes_for_click, split_notes


def test_markers_split_and_count_relatively():
    parts = split_notes("intro\n[click] first\n[click:2] third\n[CLICK] fourth")
    assert parts == (NotePart(0, "intro"), NotePart(1, "first"), NotePart(3, "third"), NotePart(4, "fourth"))


def test_no_notes():
    assert split_notes(None) == () and split_notes("  \n") == ()


def test_every_part_lands_on_exactly_one_page():
    parts = split_notes("before\n[click] one\n[click:5] late")
    pages = {k: notes_for_click(parts, k, 0, 2) for k in range(3)}
    assert pages == {0: "before", 1: "one", 2: "late"}


def test_one_final_page_gets_all_notes_and_no_marker():
    parts = split_notes("a [click] b [click] c")
    assert notes_for_click(parts, 2, 2, 2) == "a\n\nb\n\nc"
