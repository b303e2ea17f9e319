"""Several decks in one command: each export's outcome as plain data (a worker process can send
it back), every error a user can cause turned into its message, and the outputs planned before
anything renders, so that two decks never write the same file."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .errors import SlidepdfError, StrictModeError, UsageError, WarningLog
from .options import ExportOptions


@dataclass
class Outcome:
    """How one deck's export went, in a form a worker process can send back."""

    entry: str
    exit_code: int = 0
    error: str = ""
    output: str = ""
    pages: int = 0
    seconds: float = 0.0
    bytes: int = 0
    warnings: list = field(default_factory=list)       # (kind, text) in the order they came


def export_one(entry: Path, output: Optional[Path], options: ExportOptions, debug: bool = False,
               progress=None, cache=None, cwd: Optional[Path] = None) -> Outcome:
    """Export one deck; every error a user can cause becomes the outcome's message."""
    from .api import export

    outcome = Outcome(str(entry))
    try:
        result = export(entry, output, options=options, progress=progress, cache=cache, cwd=cwd)
    except StrictModeError as exc:
        outcome.warnings = [(w.kind, str(w)) for w in getattr(exc, "warnings", WarningLog())]
        outcome.exit_code, outcome.error = exc.exit_code, str(exc)
        return outcome
    except SlidepdfError as exc:
        outcome.exit_code, outcome.error = exc.exit_code, str(exc)
        return outcome
    except KeyboardInterrupt:
        raise
    except OSError as exc:
        missing = missing_library(exc)
        if missing is None:
            raise
        outcome.exit_code, outcome.error = 1, missing
        return outcome
    except Exception as exc:  # a bug in slidepdf, not in the deck
        if debug:
            raise
        outcome.exit_code = 70
        outcome.error = (f"internal error: {type(exc).__name__}: {exc} "
                         "(run again with --debug for the traceback, and please report it)")
        return outcome
    outcome.warnings = [(w.kind, str(w)) for w in result.warnings]
    outcome.output, outcome.pages, outcome.seconds, outcome.bytes = (
        str(result.output), result.pages, result.seconds, result.bytes)
    return outcome



def planned_outputs(entries: list[Path], output: Optional[Path], options: ExportOptions,
                    cwd: Optional[Path] = None) -> list[Path]:
    """Where each deck's export will go (parsing each deck, rendering none); two decks that
    would write the same file are a usage error naming both."""
    from . import pipeline

    planned: dict[Path, Path] = {}
    paths = []
    for entry in entries:
        try:
            job = pipeline.open_deck(Path(entry), options, WarningLog())
        except SlidepdfError:
            paths.append(None)               # its own error is reported when it is exported
            continue
        path = pipeline.output_path(job, output, cwd).resolve()
        if path in planned:
            raise UsageError(f"{planned[path]} and {entry} would both write {path}; give each its own "
                             "exportFilename, or export them from different folders")
        planned[path] = Path(entry)
        paths.append(path)
    return paths


# What WeasyPrint loads with cffi, and which packages bring it
_SYSTEM_LIBRARIES = {
    "pango": ("libpango-1.0-0 libpangoft2-1.0-0", "pango"),
    "harfbuzz": ("libharfbuzz0b libharfbuzz-subset0", "harfbuzz"),
    "fontconfig": ("libfontconfig1", "fontconfig"),
    "gobject": ("libglib2.0-0", "glib"),
    "cairo": ("libcairo2", "cairo"),
}


def missing_library(error: OSError) -> str | None:
    """A system library WeasyPrint could not load, as what to install; None for other errors."""
    text = str(error)
    if "cannot load library" not in text and "no library called" not in text:
        return None
    for key, (debian, brew) in _SYSTEM_LIBRARIES.items():
        if key in text.lower():
            return (f"WeasyPrint, which slidepdf draws with, needs the {key} library, which is not installed: "
                    f"on Debian or Ubuntu `sudo apt install {debian}`, on macOS `brew install {brew}`")
    return ("WeasyPrint, which slidepdf draws with, could not load a system library: on Debian or Ubuntu "
            "`sudo apt install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0`, on macOS `brew install pango`")
