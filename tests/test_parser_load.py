"""Loading a deck: src imports with ranges and overrides, hide/disabled, defaults, config."""
import pytest

from slidepdf.errors import DeckError
from slidepdf.parser import load_deck
from slidepdf.policy import AccessPolicy


def load(entry, **kw):
    return load_deck(entry, AccessPolicy.for_entry(entry, **kw))


PART = """
---
layout: center
---

# P1

---

# P2

---

# P3
"""


def test_src_imports_selected_slides_with_importer_overrides(write_deck):
    entry = write_deck({
        "slides.md": """
            ---
            title: Deck
            ---

            # Cover

            ---
            src: ./pages/part.md#1,3
            class: text-xl
            layout: intro
            ---

            this content is ignored

            ---

            # After
            """,
        "pages/part.md": PART,
    })
    deck = load(entry)
    assert [s.title for s in deck.slides] == ["Deck", "P1", "P3", "After"]   # title: wins over "# Cover"
    assert deck.slides[1].frontmatter == {"layout": "intro", "class": "text-xl"}
    assert deck.slides[2].frontmatter == {"layout": "intro", "class": "text-xl"}
    assert deck.slides[1].file.name == "part.md"
    assert deck.slides[1].start_line == 1 and deck.slides[2].start_line == 12
    assert deck.slides[1].import_chain[0].src == "./pages/part.md#1,3"
    assert [p.name for p in deck.files] == ["slides.md", "part.md"]


def test_outer_importer_wins_over_inner_importer(write_deck):
    entry = write_deck({
        "slides.md": "# A\n\n---\nsrc: ./a.md\nclass: outer\n---\n",
        "a.md": "---\nsrc: ./b.md\nclass: inner\nlevel: 2\n---\n",
        "b.md": "---\nclass: own\n---\n\n# B\n",
    })
    deck = load(entry)
    assert deck.slides[1].frontmatter == {"class": "outer", "level": 2}


def test_absolute_src_is_relative_to_the_entry_folder(write_deck):
    entry = write_deck({"slides.md": "# A\n\n---\nsrc: /pages/x.md\n---\n", "pages/x.md": "# X\n"})
    assert [s.title for s in load(entry).slides] == ["A", "X"]


def test_hidden_and_disabled_slides_are_dropped_and_not_numbered(write_deck):
    entry = write_deck({
        "slides.md": "# A\n\n---\nhide: true\n---\n\n# H\n\n---\ndisabled: true\nsrc: ./missing.md\n---\n\n---\n\n# B\n",
    })
    deck = load(entry)
    assert [(s.no, s.title) for s in deck.slides] == [(1, "A"), (2, "B")]
    assert deck.removed_slides == 2


def test_defaults_merge_under_every_slide_and_choose_the_layout(write_deck):
    entry = write_deck({
        "slides.md": "---\ndefaults:\n  layout: center\n  class: base\n---\n\n# A\n\n---\nclass: own\n---\n\n# B\n",
    })
    deck = load(entry)
    assert [s.layout for s in deck.slides] == ["center", "center"]
    assert deck.slides[1].frontmatter == {"class": "own"}
    assert deck.slides[1].effective_frontmatter == {"layout": "center", "class": "own"}


def test_first_slide_defaults_to_cover_others_to_default(write_deck):
    deck = load(write_deck({"slides.md": "# A\n\n---\n\n# B\n"}))
    assert [s.layout for s in deck.slides] == ["cover", "default"]


def test_config_from_headmatter(write_deck):
    entry = write_deck({"slides.md": (
        "---\ntitle: My Talk\nexportFilename: talk-2026\naspectRatio: 4/3\ncanvasWidth: 1200\n"
        "colorSchema: dark\nauthor: Ada\nkeywords: a,b\ninfo: About it\n---\n\n# Hello\n"
    )})
    config = load(entry).config
    assert (config.title, config.export_filename, config.author, config.info) == ("My Talk", "talk-2026", "Ada", "About it")
    assert config.canvas_width == 1200 and config.canvas_height == 900
    assert config.color_schema == "dark" and config.keywords == ("a", "b")


def test_title_falls_back_to_the_first_slide_heading(write_deck):
    deck = load(write_deck({"slides.md": "# From Heading\n"}))
    assert deck.config.title == "From Heading"
    assert deck.config.canvas_height == 552        # ceil(980 / (16/9))


def test_an_import_of_a_missing_file_is_left_out_and_reported_at_its_line(write_deck):
    # Slidev lists the error and renders the rest of the deck without that slide
    entry = write_deck({"slides.md": "# A\n\n---\nsrc: ./missing.md\n---\n\n---\n\n# C\n"})
    deck = load(entry)
    assert [slide.title for slide in deck.slides] == ["A", "C"]
    [(message, location)] = deck.missing_imports
    assert "./missing.md not found" in message and (location.file, location.line) == (entry.resolve(), 3)


@pytest.mark.parametrize("src, message", [
    ("./part.md#x", "bad slide range"),
    ("./part.md#9", "selects no slide"),
    ("../../outside.md", "outside the deck folder"),
])
def test_bad_imports_are_errors_naming_the_importing_line(write_deck, src, message):
    entry = write_deck({"slides.md": f"# A\n\n---\nsrc: {src}\n---\n", "part.md": PART})
    with pytest.raises(DeckError) as caught:
        load(entry)
    assert message in caught.value.message
    assert caught.value.location.file == entry.resolve() and caught.value.location.line == 3


def test_import_cycles_are_errors(write_deck):
    entry = write_deck({
        "slides.md": "# A\n\n---\nsrc: ./a.md\n---\n",
        "a.md": "---\nsrc: ./b.md\n---\n",
        "b.md": "---\nsrc: ./a.md\n---\n",
    })
    with pytest.raises(DeckError, match="import cycle"):
        load(entry)


def test_import_outside_the_folder_is_allowed_with_a_wider_root(write_deck, tmp_path):
    entry = write_deck({"talk/slides.md": "# A\n\n---\nsrc: ../reuse/thanks.md\n---\n", "reuse/thanks.md": "# Thanks\n"},
                       entry="talk/slides.md")
    with pytest.raises(DeckError):
        load(entry)
    deck = load(entry, root=tmp_path / "deck")
    assert [s.title for s in deck.slides] == ["A", "Thanks"]


def test_workspace_marker_widens_the_root(write_deck):
    entry = write_deck({"pnpm-workspace.yaml": "packages: ['*']\n", "talk/slides.md": "# A\n", "reuse/x.md": "# X\n"},
                       entry="talk/slides.md")
    assert AccessPolicy.for_entry(entry).root == entry.parent.parent.resolve()


@pytest.mark.parametrize("files, message", [
    ({"slides.md": ""}, "empty"),
    ({"slides.md": "\n  \n"}, "empty"),
    ({"slides.md": b"\xff\xfe# bad"}, "not UTF-8"),
    ({"slides.md": b"# A\x00\x01\x02"}, "binary"),
    ({"slides.md": "---\naspectRatio: 0\n---\n\n# A\n"}, "invalid aspectRatio"),
    ({"slides.md": "---\ncolorSchema: purple\n---\n\n# A\n"}, "colorSchema"),
    ({"slides.md": "---\ncanvasWidth: wide\n---\n\n# A\n"}, "canvasWidth"),
])
def test_broken_decks_are_deck_errors(write_deck, files, message):
    with pytest.raises(DeckError, match=message):
        load(write_deck(files))


def test_bom_is_ignored(write_deck):
    deck = load(write_deck({"slides.md": "\ufeff---\ntitle: T\n---\n\n# A\n".encode()}))
    assert deck.config.title == "T"


def test_missing_entry_and_folder_entry(write_deck, tmp_path):
    with pytest.raises(DeckError, match="does not exist"):
        load_deck(tmp_path / "nope.md", AccessPolicy(root=tmp_path))
    entry = write_deck({"slides.md": "# A\n"})
    assert load_deck(entry.parent, AccessPolicy.for_entry(entry)).slides[0].title == "A"
