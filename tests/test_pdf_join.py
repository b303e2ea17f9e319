"""pdf.join: the chunks of a deck joined into one PDF as compact as one render: pages drawn the
same, what every chunk repeats stored once, one merged subset per font, named destinations
kept, dictionaries in a compressed object stream."""
import io
from pathlib import Path

import pypdfium2
from fontTools import subset
from fontTools.ttLib import TTFont
from PIL import ImageChops
from pypdf import PdfReader

import slidepdf
from slidepdf.pdf.join import _merged_truetype

from .conftest import png_bytes

FONTS = Path(slidepdf.__file__).resolve().parent.parent / "fonts"
# each slide uses letters the others do not, so every chunk's font subsets differ
WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett"]
DECK = "\n---\n\n".join(
    f"# {word.title()} {number}\n\n{word.upper()} {word} `{word}()` **{word}**\n\n<img src=\"/logo.png\" w-20 />\n"
    for number, word in enumerate(WORDS, start=1))


def export_both(write_deck, tmp_path):
    entry = write_deck({"slides.md": DECK, "public/logo.png": png_bytes(64, 64, (10, 120, 200))})
    whole = slidepdf.export(entry, tmp_path / "whole.pdf", chunk_pages=0)
    chunked = slidepdf.export(entry, tmp_path / "chunked.pdf", chunk_pages=3)
    return whole.output, chunked.output


def embedded(path):
    """{font name: distinct embedded font programs} and the number of image XObjects."""
    reader = PdfReader(path)
    programs: dict[str, set] = {}
    images = set()
    for page in reader.pages:
        resources = page["/Resources"]
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            programs.setdefault(str(font["/BaseFont"]), set()).add(descriptor.raw_get("/FontFile2").idnum)
        stack = [resources]
        while stack:
            for xobject in (stack.pop().get("/XObject") or {}).values():
                if xobject.get_object()["/Subtype"] == "/Image":
                    images.add(xobject.idnum)
                elif "/Resources" in xobject.get_object():
                    stack.append(xobject.get_object()["/Resources"])
    return programs, len(images)


def test_joined_pages_draw_exactly_as_one_render(write_deck, tmp_path):
    whole, chunked = export_both(write_deck, tmp_path)
    one, joined = pypdfium2.PdfDocument(whole), pypdfium2.PdfDocument(chunked)
    assert len(one) == len(joined) == len(WORDS)
    for index in range(len(one)):
        expected = one[index].render(scale=1).to_pil().convert("RGB")
        got = joined[index].render(scale=1).to_pil().convert("RGB")
        assert ImageChops.difference(expected, got).getbbox() is None, f"page {index + 1} differs"


def test_what_chunks_repeat_is_stored_once(write_deck, tmp_path):
    whole, chunked = export_both(write_deck, tmp_path)
    fonts, images = embedded(chunked)
    assert fonts and all(len(programs) == 1 for programs in fonts.values()), fonts
    assert images == embedded(whole)[1] == 1
    # what is left per chunk: each font's widths and Unicode map for the glyphs that chunk uses
    assert chunked.stat().st_size <= whole.stat().st_size * 1.2
    assert b"/ObjStm" in chunked.read_bytes()


def test_named_destinations_of_every_chunk_are_kept(write_deck, tmp_path):
    whole, chunked = export_both(write_deck, tmp_path)
    reader = PdfReader(chunked)
    destinations = {name: reader.get_destination_page_number(dest) for name, dest in reader.named_destinations.items()}
    expected = PdfReader(whole)
    assert destinations == {name: expected.get_destination_page_number(dest)
                            for name, dest in expected.named_destinations.items()}
    assert destinations["slide-10"] == 9


def subset_of(text: str, font: Path = FONTS / "pt-mono" / "PTMono-Regular.ttf") -> TTFont:
    """A subset as WeasyPrint makes them: glyph ids retained."""
    ttfont = TTFont(font)
    subsetter = subset.Subsetter(subset.Options(retain_gids=True, notdef_outline=True))
    subsetter.populate(text=text)
    subsetter.subset(ttfont)
    return ttfont


def program(ttfont: TTFont) -> bytes:
    out = io.BytesIO()
    ttfont.save(out)
    return out.getvalue()


def test_subsets_of_one_font_merge_into_their_union():
    merged = TTFont(io.BytesIO(_merged_truetype([program(subset_of("abc")), program(subset_of("xyz"))])))
    full = TTFont(FONTS / "pt-mono" / "PTMono-Regular.ttf")

    def drawn(char):        # by glyph id: each subset names only the glyphs it keeps
        glyph_id = full.getGlyphID(full.getBestCmap()[ord(char)])
        return merged["glyf"][merged.getGlyphName(glyph_id)].numberOfContours > 0

    assert all(drawn(char) for char in "abcxyz") and not drawn("q")


def test_subsets_that_disagree_are_not_merged():
    first, second = subset_of("ab"), subset_of("bc")
    name = TTFont(FONTS / "pt-mono" / "PTMono-Regular.ttf").getBestCmap()[ord("b")]
    glyph = second["glyf"][name]
    glyph.coordinates[0] = (glyph.coordinates[0][0] + 40, glyph.coordinates[0][1])   # another design of "b"
    assert _merged_truetype([program(first), program(second)]) is None
    other_font = subset_of("c", FONTS / "pt-serif" / "PTSerif-Regular.ttf")
    assert _merged_truetype([program(first), program(other_font)]) is None


def test_merged_fonts_keep_the_bytes_reproducible(write_deck, tmp_path, monkeypatch):
    import time

    # without SOURCE_DATE_EPOCH (which fontTools would also take for a font's timestamp): the
    # document's date is the sources' modification time
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    _, first = export_both(write_deck, tmp_path)
    data = first.read_bytes()
    time.sleep(1.1)                 # a font's own timestamp, were it taken from the clock, would move
    second = slidepdf.export(first.parent / "deck" / "slides.md", tmp_path / "again.pdf", chunk_pages=3).output
    assert second.read_bytes() == data
