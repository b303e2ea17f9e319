"""pdf.weasyfixes: WeasyPrint with the few fixes Chromium parity needs, scoped to one render, each
still applicable to the installed WeasyPrint."""
import pypdfium2 as pdfium
import pytest

from slidepdf.errors import WarningLog
from slidepdf.pdf.writer import render_pdf
from slidepdf.pdf.weasyfixes import FIXES, check_weasyprint, missing_targets
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

    from slidepdf.pdf.weasyfixes import weasyprint_fixes

    html = ('<div style="display: flex; flex-direction: column; align-items: center">'
            '<h1 style="font-size: 48px; line-height: 60px; margin: 0 0 0 -3px">Levels of Integrations</h1>'
            '<p>after</p></div>')
    with weasyprint_fixes():
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


@pytest.mark.parametrize("fix", FIXES, ids=[fix.name for fix in FIXES])
def test_every_attribute_a_fix_replaces_is_still_in_the_installed_weasyprint(fix):
    assert missing_targets(fix) == []


def test_a_fix_whose_attribute_is_gone_is_named():
    from slidepdf.pdf.weasyfixes import Fix

    gone = Fix("gone", lambda: None, ("weasyprint.layout.flex:no_such_function", "no.such.module:x"))
    assert missing_targets(gone) == ["weasyprint.layout.flex:no_such_function", "no.such.module:x"]


def test_the_installed_weasyprint_is_the_pinned_major_version():
    assert check_weasyprint() == []


def test_every_fix_puts_back_what_it_replaced():
    import importlib

    def current():
        values = {}
        for fix in FIXES:
            for target in fix.targets:
                module, _, attribute = target.partition(":")
                values[target] = getattr(importlib.import_module(module), attribute)
        return values

    from weasyprint import html as weasy_html

    before, handlers = current(), dict(weasy_html.HTML_HANDLERS)
    from slidepdf.pdf.weasyfixes import weasyprint_fixes

    with weasyprint_fixes():
        assert current() != before
    assert current() == before and weasy_html.HTML_HANDLERS == handlers
