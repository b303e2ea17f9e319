"""Where the package's own data lives: `themes/` and `fonts/`.

In a source checkout they sit beside the `slidepdf/` package; an installed wheel carries
them inside it (see pyproject's force-include).
"""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"slidepdf is installed without its {name}/ folder")


def themes_dir() -> Path:
    return _data_dir("themes")


def bundled_packages_dir() -> Path:
    """themes/npm/<package name>/: npm packages as published (the official themes, and the few
    small libraries decks' own scripts import, such as seedrandom), each with its licence."""
    return themes_dir() / "npm"


def fonts_dir() -> Path:
    return _data_dir("fonts")


def resource_dirs() -> tuple[Path, ...]:
    return (themes_dir(), fonts_dir())
