"""The command line as people who export use it: Slidev's flags, outputs that never collide, the
format from the output's name, pptx and md, standard output, progress in a log."""
import pytest
from pptx import Presentation

from tests.helpers import run_cli

DECK = "# First\n\n<!--\nSay hello\n-->\n\n---\n\n# Second\n\n<v-click>\n\nmore\n\n</v-click>\n\n<!--\nThen this\n-->\n"


@pytest.mark.parametrize("flags", [
    ["--with-clicks"], ["--timeout", "30000"], ["--wait", "500"], ["--wait-until", "networkidle"],
    ["--executable-path", "/usr/bin/chromium"], ["--per-slide"], ["--omit-background"], ["--scale", "1"],
    ["--dark"], ["--range", "1-2"], ["--with-toc"], ["--format", "pdf"],
])
def test_slidevs_export_flags_are_accepted(write_deck, tmp_path, flags):
    entry = write_deck({"slides.md": DECK})
    done = run_cli("export", entry, "-o", tmp_path / "x.pdf", *flags, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "x.pdf").read_bytes()[:5] == b"%PDF-"
    if flags[0] in ("--timeout", "--wait", "--wait-until", "--executable-path"):
        assert "no effect" in done.stderr


def test_two_decks_that_would_write_one_file_stop_before_anything_renders(write_deck, tmp_path):
    one = write_deck({"a/slides.md": "# A\n"}, entry="a/slides.md")
    two = write_deck({"b/slides.md": "# B\n"}, entry="b/slides.md")
    done = run_cli("export", one, two, cwd=tmp_path)
    assert done.returncode == 2 and "would both write" in done.stderr
    assert list(tmp_path.glob("*.pdf")) == []


def test_an_output_folder_and_the_format_its_name_says(write_deck, tmp_path):
    entry = write_deck({"slides.md": "---\nexportFilename: talk\n---\n\n" + DECK})
    assert run_cli("export", entry, "-o", f"{tmp_path}/out/", cwd=tmp_path).returncode == 0
    assert (tmp_path / "out" / "talk.pdf").is_file()
    assert run_cli("export", entry, "-o", tmp_path / "pages.png", cwd=tmp_path).returncode == 0
    assert sorted(p.name for p in (tmp_path / "pages.png").iterdir()) == ["001.png", "002.png", "003.png"]
    assert run_cli("export", entry, "-o", tmp_path / "doc.html", cwd=tmp_path).returncode == 0
    assert (tmp_path / "doc.html").read_text("utf-8").startswith("<!DOCTYPE html>")


def test_pptx_has_a_slide_per_page_with_its_notes(write_deck, tmp_path):
    entry = write_deck({"slides.md": "---\ntitle: Talk\nauthor: Ada\n---\n\n" + DECK})
    done = run_cli("export", entry, "-o", tmp_path / "talk.pptx", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    deck = Presentation(str(tmp_path / "talk.pptx"))
    assert len(deck.slides) == 3
    assert deck.slides[0].notes_slide.notes_text_frame.text == "Say hello"
    assert deck.core_properties.author == "Ada" and deck.core_properties.title == "Talk"
    assert deck.slide_width == 980 * 9525


def test_md_shows_every_picture_with_its_notes(write_deck, tmp_path):
    entry = write_deck({"slides.md": DECK})
    assert run_cli("export", entry, "-o", tmp_path / "talk.md", cwd=tmp_path).returncode == 0
    text = (tmp_path / "talk.md").read_text("utf-8")
    pictures = sorted(p.name for p in (tmp_path / "talk").iterdir())
    assert pictures == ["001.png", "002.png", "003.png"]
    assert all(f"(./talk/{name})" in text for name in pictures) and "Say hello" in text


def test_the_pdf_to_standard_output(write_deck, tmp_path):
    import subprocess
    import sys

    entry = write_deck({"slides.md": DECK})
    done = subprocess.run([sys.executable, "-m", "slidepdf", "export", str(entry), "-o", "-", "-q"], cwd=tmp_path,
                          capture_output=True, timeout=300)
    assert done.returncode == 0 and done.stdout[:5] == b"%PDF-" and list(tmp_path.glob("*.pdf")) == []


def test_without_a_terminal_progress_is_plain_lines_with_pages_done(write_deck, tmp_path):
    slides = "\n\n---\n\n".join(f"# Slide {n}\n\ntext" for n in range(40))
    entry = write_deck({"slides.md": slides})
    done = run_cli("export", entry, "-o", tmp_path / "x.pdf", "-j", "2", cwd=tmp_path)
    lines = [line for line in done.stderr.splitlines() if "slides.md:" in line]
    assert any("40/40 pages" in line and "pages/s" in line for line in lines)
    assert len(lines) <= 12                             # every 10 %, not every chunk or stage


def test_a_deck_read_from_standard_input_is_relative_to_its_root(write_deck, tmp_path):
    import subprocess
    import sys

    from tests.conftest import png_bytes

    folder = write_deck({"public/logo.png": png_bytes(), "pages/part.md": "# Imported\n"}).parent
    deck = "# From the pipe\n\n![logo](/logo.png)\n\n---\nsrc: ./pages/part.md\n---\n"
    done = subprocess.run([sys.executable, "-m", "slidepdf", "export", "-", "--root", str(folder), "-o", "out.pdf"],
                          input=deck, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "warning" not in done.stderr                     # the image and the import were found
    assert len(pypdf_pages(tmp_path / "out.pdf")) == 2
    without_root = subprocess.run([sys.executable, "-m", "slidepdf", "export", "-"], input=deck, cwd=tmp_path,
                                  capture_output=True, text=True, timeout=300)
    assert without_root.returncode == 2 and "needs --root" in without_root.stderr


def pypdf_pages(path):
    from pypdf import PdfReader

    return PdfReader(path).pages
