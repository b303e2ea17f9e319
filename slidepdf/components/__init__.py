"""components: what a slide's tree holds besides HTML, drawn as markup.

`builtins/` are Slidev's own components (one module each), `deck` the deck's `components/*.vue`,
`dispatch` sends each element to its renderer; `layers` are the deck's layouts and global
layers, `qr` the QR codes and link cards the embeds and stamps use.
"""
from __future__ import annotations

from .context import ComponentContext
from .deck import DeckComponent, DeckComponents, load_component
from .dispatch import render_builtins

__all__ = ["ComponentContext", "DeckComponent", "DeckComponents", "load_component", "render_builtins"]
