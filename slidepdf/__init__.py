"""slidepdf: Slidev-style Markdown decks → print-perfect PDFs, without a browser.

    >>> import slidepdf
    >>> result = slidepdf.export("slides.md")          # doctest: +SKIP
    >>> result.output, result.pages, len(result.warnings)  # doctest: +SKIP
"""
from .api import CheckReport, ExportResult, check, export, export_notes
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

__version__ = "0.1.0"

__all__ = [
    "AccessDenied", "DeckError", "ExportResult", "ExportWarning", "SlidepdfError", "SourceLocation",
    "StrictModeError", "UsageError", "WarningLog", "export", "export_notes", "check", "CheckReport", "__version__",
]
