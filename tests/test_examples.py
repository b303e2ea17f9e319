"""The bundled example decks (the demo and one per bundled theme) print without a problem."""
from pathlib import Path

import pytest

import slidepdf

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
THEME_DECKS = sorted((EXAMPLES / "themes").glob("*/slides.md"))


# What the themes' own CSS asks for and Slidev does not draw either: Chromium drops bricks'
# `grid-cols-[3fr,4fr]` (UnoCSS keeps the comma) as WeasyPrint does, which says so.
AS_IN_SLIDEV = {"bricks": ("grid-template-columns:3fr,4fr",)}


@pytest.mark.parametrize("entry", THEME_DECKS, ids=lambda p: p.parent.name)
def test_each_bundled_themes_example_uses_the_themes_own_layouts_without_a_warning(entry, tmp_path):
    result = slidepdf.export(entry, tmp_path / "out.pdf")
    # fonts the themes name from Google Fonts are never downloaded: those warnings are expected
    expected = AS_IN_SLIDEV.get(entry.parent.name, ())
    assert [str(w) for w in result.warnings if w.kind != "font" and not any(e in str(w) for e in expected)] == []
    assert result.pages >= 6


def test_every_bundled_theme_has_an_example_deck():
    from slidepdf.theme.packages import bundled_packages

    names = {package.name.rsplit("/", 1)[-1].removeprefix("theme-").removeprefix("slidev-theme-")
             for package in bundled_packages()}
    assert names == {entry.parent.name for entry in THEME_DECKS}
