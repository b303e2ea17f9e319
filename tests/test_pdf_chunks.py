"""pdf.chunks: a large deck rendered in chunks of pages (in worker processes) and joined gives
the same document as one render: pages, labels, outline, links across chunks, notes."""
from pypdf import PdfReader

import slidepdf

from .conftest import png_bytes

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


def test_even_chunks_share_the_work_between_workers():
    from slidepdf.pdf.chunks import even_chunks

    assert even_chunks(150, 50, 1) == [range(0, 50), range(50, 100), range(100, 150)]
    assert [len(c) for c in even_chunks(150, 50, 2)] == [38, 38, 38, 36]       # two rounds of two
    assert [len(c) for c in even_chunks(7, 50, 2)] == [4, 3]
    chunks = even_chunks(751, 50, 1)
    assert max(map(len, chunks)) <= 50 and sum(map(len, chunks)) == 751


def test_slide_chunks_do_not_move_when_a_slide_gains_a_click():
    from slidepdf.pdf.chunks import slide_chunks

    before = slide_chunks([1, 2, 2, 3, 4, 5, 6, 6, 7, 8, 9], 4)
    assert before == [range(0, 5), range(5, 10), range(10, 11)]
    after = slide_chunks([1, 2, 2, 2, 3, 4, 5, 6, 6, 7, 8, 9], 4)         # slide 2 gained a click
    assert [len(c) for c in after] == [6, 5, 1]                          # only the first chunk grew


def test_a_cache_renders_only_the_chunks_that_changed(write_deck, tmp_path):
    from slidepdf.pdf.chunks import ChunkCache

    slides = [f"# Slide {n}\n\n![logo](/logo.png)\n" for n in range(1, 10)]
    entry = write_deck({"slides.md": "\n---\n\n".join(slides), "public/logo.png": png_bytes(8, 8, (200, 0, 0))})
    cache = ChunkCache()
    slidepdf.export(entry, tmp_path / "a.pdf", cache=cache)
    assert (cache.rendered, cache.reused) == (3, 0)                      # slides 1-4, 5-8, 9
    slides[5] = "# Slide six, edited\n\n<v-click>and a click</v-click>\n"
    entry.write_text("\n---\n\n".join(slides), "utf-8")
    again = slidepdf.export(entry, tmp_path / "a.pdf", cache=cache)
    assert (cache.rendered, cache.reused) == (1, 2)
    fresh = slidepdf.export(entry, tmp_path / "fresh.pdf", chunk_pages=0)
    assert summary(again.output) == summary(fresh.output) and again.pages == 10
    (entry.parent / "public" / "logo.png").write_bytes(png_bytes(8, 8, (0, 0, 200)))   # same HTML, new image
    slidepdf.export(entry, tmp_path / "a.pdf", cache=cache)
    assert (cache.rendered, cache.reused) == (3, 0)


def test_chunks_are_cut_between_slides_so_a_slide_s_click_states_render_together():
    from slidepdf.pdf.chunks import at_slide_starts

    slides = [1, 1, 1, 2, 2, 3, 3, 3, 3, 4]
    assert at_slide_starts([range(0, 5), range(5, 10)], slides) == [range(0, 5), range(5, 10)]
    assert at_slide_starts([range(0, 4), range(4, 8), range(8, 10)], slides) == \
        [range(0, 3), range(3, 9), range(9, 10)]
    assert at_slide_starts([range(0, 2), range(2, 4)], [1, 1, 1, 1]) == [range(0, 4)]   # one slide: one chunk


def test_a_small_deck_renders_in_this_process_and_a_large_one_uses_the_cores(write_deck, tmp_path, monkeypatch):
    import slidepdf
    from slidepdf.pdf import chunks

    used = []
    real = chunks.render_chunks
    monkeypatch.setattr(chunks, "render_chunks", lambda *a, **k: used.append(a[5]) or real(*a, **k))
    small = write_deck({"slides.md": "\n\n---\n\n".join(f"# {n}" for n in range(5))})
    slidepdf.export(small, tmp_path / "small.pdf", jobs=2)
    assert used == []
    large = write_deck({"large.md": "\n\n---\n\n".join(f"# {n}" for n in range(30))}, entry="large.md")
    slidepdf.export(large, tmp_path / "large.pdf", jobs=2)
    assert used == [2]


def test_the_same_deck_gives_the_same_bytes_whatever_the_number_of_workers(write_deck, tmp_path, monkeypatch):
    import slidepdf

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    entry = write_deck({"slides.md": "\n\n---\n\n".join(f"# Slide {n}\n\n<v-click>more</v-click>" for n in range(15))})
    one = slidepdf.export(entry, tmp_path / "one.pdf", jobs=1).output.read_bytes()
    two = slidepdf.export(entry, tmp_path / "two.pdf", jobs=2).output.read_bytes()
    three = slidepdf.export(entry, tmp_path / "three.pdf", jobs=3).output.read_bytes()
    assert one == two == three
