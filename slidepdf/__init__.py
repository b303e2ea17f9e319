"""slidepdf: Slidev-style Markdown decks → print-perfect PDFs, without a browser.

    >>> import slidepdf
    >>> result = slidepdf.export("slides.md")          # doctest: +SKIP
    >>> result.output, result.pages, len(result.warnings)  # doctest: +SKIP
"""
from .errors import (
    AccessDenied,
    DeckError,
    ExportWarning,
    SlidepdfError,
    SourceLocation,
    StrictModeError,
    UsageError,
    WarningLog,
)

from .options import ExportOptions

__version__ = "0.1.0"

_API = ("CheckReport", "ExportResult", "check", "export", "export_notes")


def __getattr__(name: str):
    """The export API is imported on first use, so `slidepdf --help` does not load the pipeline."""
    if name in _API:
        from . import api

        return getattr(api, name)
    if name == "ChunkCache":
        from .pdf.chunks import ChunkCache

        return ChunkCache
    raise AttributeError(f"module 'slidepdf' has no attribute {name!r}")

__all__ = [
    "AccessDenied", "DeckError", "ExportOptions", "ExportResult", "ExportWarning", "SlidepdfError", "SourceLocation",
    "StrictModeError", "UsageError", "WarningLog", "export", "export_notes", "check", "CheckReport", "ChunkCache",
    "__version__",
]
