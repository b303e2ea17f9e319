"""pdf.chunks: a large deck rendered in chunks of pages (in worker processes) and joined gives
the same document as one render: pages, labels, outline, links across chunks, notes."""
from pypdf import PdfReader

import slidepdf

DECK = "\n---\n\n".join(
    [f"---\nlevel: {2 if n % 3 == 0 else 1}\n---\n\n# Slide {n}\n\n[to two](/2) [out](https://x.example)\n\n"
     f"<v-click>more</v-click>\n\n<!-- note {n} -->\n" for n in range(1, 9)])


def summary(path):
    reader = PdfReader(path)

    def outline(items, depth=0):
        for item in items:
            if isinstance(item, list):
                yield from outline(item, depth + 1)
            else:
                yield depth, item.title, reader.get_destination_page_number(item)

    links = []
    for index, page in enumerate(reader.pages):
        for annotation in (a.get_object() for a in page.get("/Annots", [])):
            if annotation["/Subtype"] == "/Link" and "/Dest" in annotation:
                destination = annotation["/Dest"]
                if isinstance(destination, str):
                    destination = reader.named_destinations[destination]
                    links.append((index, reader.get_destination_page_number(destination)))
                else:
                    links.append((index, reader.get_page_number(destination[0].get_object())))
            elif annotation["/Subtype"] == "/Link":
                links.append((index, annotation["/A"]["/URI"]))
            elif annotation["/Subtype"] == "/Text":
                links.append((index, "note", annotation["/Contents"]))
    return len(reader.pages), list(reader.page_labels), list(outline(reader.outline)), links, reader.metadata.title


def test_chunks_joined_equal_one_render(write_deck, tmp_path):
    entry = write_deck({"slides.md": DECK})
    whole = slidepdf.export(entry, tmp_path / "whole.pdf", chunk_pages=0, notes="annotations")
    chunked = slidepdf.export(entry, tmp_path / "chunked.pdf", chunk_pages=3, notes="annotations")
    assert summary(chunked.output) == summary(whole.output)
    pages, labels, outline, links, title = summary(chunked.output)
    assert pages == whole.pages > 6 and labels[:2] == ["1", "1.1"] and title == "Slide 1"
    second = labels.index("2")
    assert (pages - 1, second) in links          # the last chunk's link to slide 2 crosses chunks


def test_one_deck_with_jobs_renders_its_chunks_in_parallel(write_deck, tmp_path):
    entry = write_deck({"slides.md": DECK})
    result = slidepdf.export(entry, tmp_path / "jobs.pdf", jobs=2)
    whole = slidepdf.export(entry, tmp_path / "whole.pdf", chunk_pages=0)
    assert result.pages == whole.pages == len(PdfReader(result.output).pages)
    assert summary(result.output) == summary(whole.output)


def test_a_chunked_export_is_reproducible(write_deck, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    entry = write_deck({"slides.md": DECK})
    first = slidepdf.export(entry, tmp_path / "a.pdf", chunk_pages=3).output.read_bytes()
    second = slidepdf.export(entry, tmp_path / "b.pdf", chunk_pages=3).output.read_bytes()
    assert first == second
