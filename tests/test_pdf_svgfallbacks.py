"""SVG as a browser draws it: <switch> evaluated, HTML labels (<foreignObject>) drawn as text."""
from pathlib import Path

import pypdfium2 as pdfium

import slidepdf
from slidepdf.pdf.svgfallbacks import browser_svg

DRAWIO = (Path(__file__).parent / "fixtures" / "drawio-labels.svg").read_bytes()   # as draw.io exports


def test_a_drawio_label_is_its_full_text_where_the_fallback_stood_and_the_warning_is_gone():
    svg = browser_svg(DRAWIO).decode("utf-8")
    assert "Supervisor process</tspan>" in svg and "second line</tspan>" in svg
    assert "Supervisor pro..." not in svg and "cannot display" not in svg and "foreignObject" not in svg
    assert 'font-family="Helvetica"' in svg and 'x="100" y="44"' in svg


def test_a_switch_keeps_the_first_child_for_the_readers_language():
    svg = browser_svg(b'<svg xmlns="http://www.w3.org/2000/svg"><switch><text systemLanguage="de">Hallo</text>'
                      b'<text systemLanguage="en-US,fr">Hello</text><text>Other</text></switch></svg>').decode()
    assert "Hello" in svg and "Hallo" not in svg and "Other" not in svg


def test_an_svg_without_switches_is_left_as_it_is():
    plain = b'<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>'
    assert browser_svg(plain) is plain


def test_drawio_pictures_print_their_labels_in_img_and_inline(write_deck, tmp_path):
    inline = DRAWIO.decode("utf-8").split("?>", 1)[1]
    entry = write_deck({"public/d.svg": DRAWIO, "slides.md": f"# A\n\n<img src=\"/d.svg\">\n\n{inline}\n"})
    result = slidepdf.export(entry, tmp_path / "out.pdf")
    text = pdfium.PdfDocument(result.output)[0].get_textpage().get_text_range()
    assert text.count("Supervisor process") == 2 and text.count("second line") == 2
    assert "cannot display" not in text and "pro..." not in text
