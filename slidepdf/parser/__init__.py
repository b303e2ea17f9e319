"""parse: deck files → `Deck` (Slidev's splitter, frontmatter, notes, titles, imports)."""
from .load import load_deck
from .ranges import RangeSyntaxError, parse_range
from .split import parse_slide, split_markdown

__all__ = ["RangeSyntaxError", "load_deck", "parse_range", "parse_slide", "split_markdown"]
