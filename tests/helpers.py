"""Helpers shared by tests: a deck's pages as the pipeline builds them, before the PDF."""
from slidepdf.errors import WarningLog
from slidepdf.vue.engine import JsEngine
from slidepdf.components.layers import deck_layouts
from slidepdf.render.pages import deck_pages
from slidepdf.parser import load_deck
from slidepdf.policy import AccessPolicy
from slidepdf.theme.themes import check_layouts, load_theme, with_deck_layouts


def pages_of(entry, **options):
    """(pages, warnings) for the deck at `entry`."""
    policy = AccessPolicy.for_entry(entry)
    deck = load_deck(entry, policy)
    warnings = WarningLog()
    engine = JsEngine()                 # one per export, as the pipeline has it
    theme = with_deck_layouts(load_theme(deck.config.theme, deck.folder, warnings),
                              deck_layouts(deck, policy, engine, warnings))
    return deck_pages(deck, theme, check_layouts(deck, theme, warnings), policy, warnings, engine=engine,
                      **options), warnings


def run_cli(*args, cwd):
    """`python -m slidepdf ARGS` in `cwd`, as a user runs it."""
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "slidepdf", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)
