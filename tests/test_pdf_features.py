"""The PDF as a file for organisers and archives: outline, links, page labels, notes, PDF/A,
reproducible bytes, QR stamps, PNG/HTML output, handouts, notes documents and batches."""
import io
import subprocess
import sys

import pytest
from pypdf import PdfReader

import slidepdf

DECK = """\
---
title: Talk
routeAlias: start
---

# Intro

See [part two](/3), [the start](/start) and [Slidev](https://sli.dev).

<!-- Say hello. [click] Then point at it. -->

---
level: 2
---

# Detail

<v-click>more</v-click>

<!-- Detail notes with **bold** and [a link](https://example.org). -->

---
hideInToc: true
---

# Hidden from the outline

---

# Part $\\LaTeX$
"""


def outline_of(reader):
    entries = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                entries.append((depth, item.title, reader.get_destination_page_number(item)))
    walk(reader.outline, 0)
    return entries


def test_outline_nests_titles_by_level_and_skips_hidden_slides(write_deck, tmp_path):
    result = slidepdf.export(write_deck({"slides.md": DECK}), tmp_path / "t.pdf")
    assert outline_of(PdfReader(result.output)) == [(0, "Talk", 0), (1, "Detail", 1), (0, "Part LaTeX", 4)]
    assert PdfReader(slidepdf.export(write_deck({"slides.md": DECK}), tmp_path / "n.pdf", toc=False).output).outline == []


def test_internal_links_jump_to_the_slides_first_page_and_external_ones_are_uris(write_deck, tmp_path):
    reader = PdfReader(slidepdf.export(write_deck({"slides.md": DECK}), tmp_path / "t.pdf").output)
    annotations = [a.get_object() for a in reader.pages[0]["/Annots"]]
    uris = [a["/A"]["/URI"] for a in annotations if "/A" in a and "/URI" in a["/A"]]
    assert uris == ["https://sli.dev"]
    internal = [a for a in annotations if "/A" not in a or "/URI" not in a["/A"]]
    targets = []
    for annotation in internal:
        destination = annotation.get("/Dest") or annotation["/A"]["/D"]
        if isinstance(destination, str) or hasattr(destination, "encode"):
            destination = reader.named_destinations[str(destination)]
            targets.append(reader.get_destination_page_number(destination))
        else:
            targets.append(reader.get_page_number(destination[0].get_object()))
    assert sorted(targets) == [0, 3]            # /3 → slide 3's page, /start → slide 1 (routeAlias)


def test_page_labels_are_slide_and_click(write_deck, tmp_path):
    reader = PdfReader(slidepdf.export(write_deck({"slides.md": DECK}), tmp_path / "t.pdf").output)
    assert list(reader.page_labels) == ["1", "2", "2.1", "3", "4"]


def test_notes_as_annotations_one_per_page_part(write_deck, tmp_path):
    result = slidepdf.export(write_deck({"slides.md": DECK}), tmp_path / "t.pdf", notes="annotations", clicks=True)
    reader = PdfReader(result.output)

    def notes(page):
        return [a.get_object()["/Contents"] for a in page.get("/Annots", [])
                if a.get_object()["/Subtype"] == "/Text"]
    assert notes(reader.pages[0]) == ["Say hello.\n\nThen point at it."]   # one click state: both parts
    assert notes(reader.pages[1]) == ["Detail notes with bold and a link (https://example.org)."]
    assert notes(reader.pages[3]) == []


def test_pdfa_identifies_itself_attaches_the_sources_and_is_reproducible(write_deck, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    entry = write_deck({"slides.md": DECK})
    first = slidepdf.export(entry, tmp_path / "a.pdf", pdfa=True).output.read_bytes()
    second = slidepdf.export(entry, tmp_path / "b.pdf", pdfa=True).output.read_bytes()
    assert first == second
    reader = PdfReader(io.BytesIO(first))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data()
    assert b'pdfaid:part="3"' in xmp and b'pdfaid:conformance="B"' in xmp          # PDF/A-3b
    assert set(reader.attachments) == {"slides.md"}
    assert reader.attachments["slides.md"][0].decode("utf-8") == entry.read_text("utf-8")


def test_qr_stamp_links_the_first_and_last_page(write_deck, tmp_path):
    reader = PdfReader(slidepdf.export(write_deck({"slides.md": DECK}), tmp_path / "t.pdf",
                                       qr="https://talks.example/t").output)
    stamped = [i for i, page in enumerate(reader.pages)
               if any(a.get_object().get("/A", {}).get("/URI") == "https://talks.example/t" for a in page.get("/Annots", []))]
    assert stamped == [0, len(reader.pages) - 1]


def test_png_and_html_formats(write_deck, tmp_path):
    entry = write_deck({"slides.md": DECK})
    result = slidepdf.export(entry, tmp_path / "pages", format="png", scale=0.5)
    assert sorted(p.name for p in (tmp_path / "pages").iterdir()) == ["001.png", "002.png", "003.png", "004.png", "005.png"]
    from PIL import Image
    assert Image.open(tmp_path / "pages" / "001.png").size == (490, 276) and result.pages == 5
    html = slidepdf.export(entry, tmp_path / "t.html", format="html").output.read_text("utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.count('<section class="slidev-page') == 5


def test_handout_puts_each_slide_with_its_notes_on_a4(write_deck, tmp_path):
    result = slidepdf.export(write_deck({"slides.md": DECK}), tmp_path / "h.pdf", handout=True, handout_layout="2")
    reader = PdfReader(result.output)
    assert len(reader.pages) == result.pages == 2                            # 4 slides, 2 per page
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)                       # A4 portrait in points
    text = reader.pages[0].extract_text()
    assert "1 / 4" in text and "Say hello." in text and "Then point at it." in text and "Detail notes" in text


def test_notes_document_lists_every_slide_with_number_title_and_notes(write_deck, tmp_path):
    result = slidepdf.export_notes(write_deck({"slides.md": DECK}), tmp_path / "notes.pdf")
    text = "".join(page.extract_text() for page in PdfReader(result.output).pages)
    assert "Talk" in text and "1 / 4" in text and "2 / 4" in text and "Then point at it." in text
    assert "[click]" not in text


def test_a_batch_exports_in_parallel_keeps_going_past_a_broken_deck_and_says_so(write_deck, tmp_path):
    good = write_deck({"slides.md": "# One\n"}, entry="slides.md")
    broken = tmp_path / "broken.md"
    broken.write_text("---\ntitle: [unclosed\n---\n# x\n")
    other = tmp_path / "two" / "slides.md"
    other.parent.mkdir()
    other.write_text("---\nexportFilename: second\n---\n# Two\n")
    done = subprocess.run([sys.executable, "-m", "slidepdf", "export", str(good), str(broken), str(other), "--jobs", "2"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    assert (tmp_path / "slides-export.pdf").is_file() and (tmp_path / "second.pdf").is_file()
    assert "broken.md:2" in done.stderr and "Traceback" not in done.stderr
    assert "ok" in done.stdout and "failed (1)" in done.stdout                # the summary table


def test_links_that_are_flex_or_grid_items_keep_their_annotations(write_deck, tmp_path):
    entry = write_deck({"slides.md": '# A\n\n<div class="flex gap-2"><a href="https://a.example">A</a>'
                                     '<a href="/2">two</a></div>\n\n<div class="grid grid-cols-2">'
                                     '<a href="https://b.example">B</a></div>\n\n---\n\n# B\n'})
    page = PdfReader(slidepdf.export(entry, tmp_path / "l.pdf").output).pages[0]
    found = [(a.get_object().get("/A") or {}).get("/URI") or str(a.get_object().get("/Dest"))
             for a in page.get("/Annots", [])]
    assert found == ["https://a.example", "slide-2", "https://b.example"]


def test_a_page_with_content_at_an_infinite_position_stops_the_export_naming_its_slide(write_deck, tmp_path,
                                                                                       monkeypatch):
    from weasyprint.pdf.stream import Stream

    from slidepdf.errors import OutputError

    real = Stream.transform

    def transform(self, a=1, b=0, c=0, d=1, e=0, f=0):     # as WeasyPrint 70 writes a box it placed at inf
        return real(self, a, b, c, d, float("inf"), f)

    entry = write_deck({"slides.md": "# One\n\n---\n\n# Two\n"})
    target = tmp_path / "x.pdf"
    target.write_bytes(b"previous")
    monkeypatch.setattr(Stream, "transform", transform)
    with pytest.raises(OutputError, match=r"^slide 1 has content at an infinite position"):
        slidepdf.export(entry, target, jobs=1)
    assert target.read_bytes() == b"previous"


def test_every_pdf_the_export_writes_has_only_finite_numbers(write_deck, tmp_path):
    from slidepdf.pdf.finish import check_finite

    entry = write_deck({"slides.md": "# One <div flex><div flex-1>a</div><div>b</div></div>\n\n---\n\n# Two\n"})
    calls = []

    def finisher(document, pdf):
        calls.append(check_finite(pdf, ("1", "2")))

    from weasyprint import HTML
    html = slidepdf.export(entry, tmp_path / "x.html", format="html").output.read_text("utf-8")
    HTML(string=html).write_pdf(finisher=finisher)
    assert calls == [None]


def test_presentational_attributes_apply_as_in_a_browser(write_deck, tmp_path):
    from tests.conftest import png_bytes

    entry = write_deck({"public/dot.png": png_bytes(80, 40), "slides.md":
                        '# A\n\n<img src="/dot.png" width="120" height="90">\n\n<p hidden>secret words</p>\n\n'
                        '<table border="1"><tr><td align="right">cell</td></tr></table>\n'})
    pdf = slidepdf.export(entry, tmp_path / "a.pdf", jobs=1).output
    page = PdfReader(pdf).pages[0]
    assert "secret words" not in page.extract_text()
    images = []
    page_size = float(page.mediabox.width)

    def visitor(op, args, cm, tm):
        if op == b"Do":
            images.append((cm[0], cm[3]))
    page.extract_text(visitor_operand_before=visitor)
    # width from the attribute; the preflight's `height: auto` wins over the height attribute, as in
    # Chromium, so the picture keeps its 2:1 shape
    assert images and abs(images[0][0] - 120 * 0.75) < 1 and abs(images[0][1] - 60 * 0.75) < 1, (images, page_size)
