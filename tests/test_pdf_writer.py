"""pdf.writer: WeasyPrint with the few layout fixes Chromium parity needs, scoped to one render."""
import pypdfium2 as pdfium

from slidepdf.errors import WarningLog
from slidepdf.pdf.writer import render_pdf
from slidepdf.policy import AccessPolicy

STYLE = ("<style>@page { size: 900px 300px; margin: 0 } body { margin: 20px; font: 16px sans-serif }"
         ".f { display: flex; gap: 8px; align-items: center } .i { width: 24px; height: 24px; background: #c00 }"
         "</style>")


def line_tops(html, tmp_path, text):
    """The distinct top edges (rounded) of the lines `text`'s characters are on."""
    pdf = pdfium.PdfDocument(render_pdf(STYLE + html, tmp_path.as_uri() + "/", AccessPolicy(root=tmp_path),
                                        WarningLog()))
    page = pdf[0].get_textpage()
    content = page.get_text_range()
    start = content.index(text)
    return {round(page.get_charbox(i, loose=True)[3] / 4) for i in range(start, start + len(text)) if not content[i].isspace()}


def test_a_row_inside_a_row_keeps_its_gap_and_its_label_on_one_line(tmp_path):
    html = ('<div class="f"><div class="f"><div class="i"></div><b>Have some components?</b></div>'
            '<div>Put them in components/ and use anywhere</div></div>')
    assert len(line_tops(html, tmp_path, "Have some components?")) == 1


def test_inline_flex_sits_in_its_line_at_its_own_width(tmp_path):
    html = '<p>Progressive on <span style="display: inline-flex; gap: 4px"><span>On</span><span>boarding</span></span> after</p>'
    tops = line_tops(html, tmp_path, "Progressive on")
    assert tops == line_tops(html, tmp_path, "after")
    assert len(tops | line_tops(html, tmp_path, "On")) == 1        # first item's baseline is the line's


def test_a_centred_title_with_a_negative_margin_keeps_one_line_of_height(tmp_path):
    from weasyprint import HTML

    from slidepdf.pdf.writer import _layout_fixes

    html = ('<div style="display: flex; flex-direction: column; align-items: center">'
            '<h1 style="font-size: 48px; line-height: 60px; margin: 0 0 0 -3px">Levels of Integrations</h1>'
            '<p>after</p></div>')
    with _layout_fixes():
        page = HTML(string=STYLE + html).render().pages[0]._page_box
    title = next(box for box in _descendants(page) if getattr(box, "element_tag", None) == "h1")
    assert title.height == 60


def _descendants(box):
    for child in getattr(box, "children", []):
        yield child
        yield from _descendants(child)


def test_text_runs_in_a_flex_row_keep_one_line(tmp_path):
    html = ('<div class="f" style="margin-left: 16px">It <span>Just works</span> with zero-config powered by '
            '<span>Nitro</span></div>')
    assert len(line_tops(html, tmp_path, "with zero-config powered by")) == 1


def test_an_absolute_box_after_a_clipped_block_in_a_flex_row_is_painted_over_it(tmp_path):
    html = ('<div style="display: flex; position: relative; background: #111">'
            '<div style="width: 75%"><pre style="margin: 0; overflow: hidden; background: #333; height: 60px">code</pre></div>'
            '<div style="position: absolute; right: 0; top: 10px; width: 400px; height: 30px; background: rgb(255, 0, 0)">'
            '</div></div>')
    pdf = pdfium.PdfDocument(render_pdf(STYLE + html, tmp_path.as_uri() + "/", AccessPolicy(root=tmp_path), WarningLog()))
    image = pdf[0].render(scale=1).to_pil().convert("RGB")
    # (560, 40) is over both boxes: the red card, later in the document, is on top
    assert image.getpixel((int(560 * 0.75), int(40 * 0.75)))[0] > 200


def test_the_same_deck_gives_the_same_bytes_a_second_later(write_deck, tmp_path, monkeypatch):
    import time

    import slidepdf

    # the bundled sans is a variable font, which WeasyPrint embeds as a static font it saves
    # with fontTools; the document's date is the sources' modification time
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    entry = write_deck({"slides.md": "# Title **bold**\n\nSome text `code`\n"})
    first = slidepdf.export(entry, tmp_path / "a.pdf").output.read_bytes()
    time.sleep(1.1)
    assert slidepdf.export(entry, tmp_path / "b.pdf").output.read_bytes() == first
