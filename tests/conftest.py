"""Shared helpers: write small decks into a temporary folder."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture
def write_deck(tmp_path):
    """write_deck({"slides.md": "...", "pages/a.md": "..."}) → path of slides.md."""

    def write(files: dict[str, str | bytes], entry: str = "slides.md") -> Path:
        for name, content in files.items():
            path = tmp_path / "deck" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(textwrap.dedent(content).lstrip("\n"), "utf-8")
        return tmp_path / "deck" / entry

    return write


def png_bytes(width: int = 4, height: int = 4, color=(255, 0, 0)) -> bytes:
    """A small solid PNG, made with Pillow (a WeasyPrint dependency)."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def every_pdf_written_is_valid(tmp_path):
    """After each test, `qpdf --check` on every PDF it wrote under its tmp_path (issue: never an
    invalid PDF). CI installs qpdf (.ci/run); where it is missing the check is skipped
    (tests/test_export.py fails on CI then)."""
    import shutil
    import subprocess

    yield
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        return
    for pdf in tmp_path.rglob("*.pdf"):
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF-1"):
            continue            # stand-ins written by the test itself ("the previous export")
        done = subprocess.run([qpdf, "--check", str(pdf)], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, f"qpdf --check {pdf.name}: {done.stdout[-800:]}{done.stderr[-800:]}"
