"""handout: printed documents about a talk rather than of it — A4 handouts with each slide
and its notes, and a notes-only document for the speaker.

Both are HTML documents for the same PDF stage. A handout shows each slide as a picture of
its printed page (rendered from the slides' own PDF, so it is exactly what the deck's PDF
shows; WeasyPrint cannot scale a whole laid-out page as vector); the notes are rendered from
their Markdown.
"""
from __future__ import annotations

import html
from dataclasses import dataclass

from .html import html_document
from .meta import DocumentMeta, plain_title
from ..markdown.render import make_markdown
from ..model import Deck
from ..clicks.notes import split_notes

# name → (slides per A4 page, notes beside the slide (True) or below it)
HANDOUT_LAYOUTS = {"1": (1, False), "2": (2, False), "3": (3, True), "4": (4, True), "6": (6, True)}
A4_WIDTH, A4_HEIGHT, MARGIN = 794, 1123, 48        # CSS px at 96 dpi (210 × 297 mm), 12.7 mm margins


@dataclass(frozen=True)
class HandoutShape:
    per_page: int
    beside: bool
    slide_width: float
    scale: float


def handout_shape(layout: str, canvas_width: int, canvas_height: int) -> HandoutShape:
    if layout not in HANDOUT_LAYOUTS:
        from ..errors import UsageError

        raise UsageError(f"--handout-layout {layout}: choose one of {', '.join(HANDOUT_LAYOUTS)}")
    per_page, beside = HANDOUT_LAYOUTS[layout]
    usable_width, usable_height = A4_WIDTH - 2 * MARGIN, A4_HEIGHT - 2 * MARGIN - 40
    if beside:
        width = min(usable_width * 0.55, (usable_height / per_page - 16) * canvas_width / canvas_height)
    else:
        width = min(usable_width, (usable_height / per_page * 0.62) * canvas_width / canvas_height)
    return HandoutShape(per_page, beside, width, width / canvas_width)


def slide_pictures(pdf: bytes, width_px: float) -> list[str]:
    """Each page of the slides' PDF as a JPEG data: URL, `width_px` CSS px wide at 2x."""
    import base64
    import io

    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    pictures = []
    try:
        for page in document:
            image = page.render(scale=2 * width_px / page.get_width() * 0.75).to_pil().convert("RGB")
            out = io.BytesIO()
            image.save(out, "JPEG", quality=88, optimize=True)
            pictures.append("data:image/jpeg;base64," + base64.b64encode(out.getvalue()).decode("ascii"))
    finally:
        document.close()
    return pictures


def handout_css(deck: Deck, shape: HandoutShape) -> str:
    width, height = deck.config.canvas_width, deck.config.canvas_height
    return f"""
@page {{ size: A4 portrait; margin: {MARGIN}px; @bottom-center {{ content: counter(page) " / " counter(pages);
  font: 9px sans-serif; color: #777; }} }}
html, body {{ margin: 0; padding: 0; background: white; color: #111; font: 12px/1.45 sans-serif; }}
.slidepdf-handout-sheet {{ break-after: page; }}
.slidepdf-handout-sheet:last-child {{ break-after: auto; }}
.slidepdf-handout-entry {{ display: flex; flex-direction: {"row" if shape.beside else "column"}; gap: 16px;
  margin-bottom: 16px; break-inside: avoid; }}
.slidepdf-handout-frame {{ width: {shape.slide_width:.2f}px; height: {shape.slide_width * height / width:.2f}px;
  flex: none; overflow: hidden; border: 1px solid #ccc; position: relative; }}
.slidepdf-handout-frame > img {{ width: 100%; height: 100%; display: block; }}
.slidepdf-handout-notes {{ flex: 1; min-width: 0; }}
.slidepdf-handout-notes h3 {{ font-size: 12px; margin: 0 0 4px; color: #444; bookmark-level: 3; }}
.slidepdf-handout-notes p {{ margin: 0 0 6px; }}
.slidepdf-handout-empty {{ color: #aaa; }}
"""


def handout_document(entries_in: list[tuple[str, str, str]], css: str, meta: DocumentMeta, shape: HandoutShape,
                     dark: bool) -> str:
    """`entries_in`: (a picture of the slide as a data: URL, its heading, its notes as Markdown)."""
    md = make_markdown()
    entries = []
    for picture, heading, notes in entries_in:
        notes_html = md.render(notes) if notes.strip() else '<p class="slidepdf-handout-empty">(no notes)</p>'
        entries.append(f'<div class="slidepdf-handout-entry"><div class="slidepdf-handout-frame">'
                       f'<img src="{picture}" alt=""></div>'
                       f'<div class="slidepdf-handout-notes"><h3>{html.escape(heading)}</h3>{notes_html}</div></div>')
    sheets = ["".join(entries[i:i + shape.per_page]) for i in range(0, len(entries), shape.per_page)]
    body = "".join(f'<div class="slidepdf-handout-sheet">{sheet}</div>' for sheet in sheets)
    return _page(meta, css, body, dark)


def notes_document(deck: Deck, meta: DocumentMeta, selected: list[int]) -> str:
    """The speaker's notes alone: the talk's title and date, then per slide "no / total title"
    and its notes (click markers left out), Markdown rendered."""
    md = make_markdown()
    total = len(deck.slides)
    parts = [f"<h1>{html.escape(meta.title)}</h1>",
             f'<p class="slidepdf-notes-date">{meta.created.date().isoformat()}</p>']
    for number in selected:
        slide = deck.slides[number - 1]
        title = plain_title(slide.title or "")
        text = "\n\n".join(part.text for part in split_notes(slide.note))
        parts.append(f'<section class="slidepdf-notes-slide"><h2><span class="no">{number} / {total}</span> '
                     f'{html.escape(title)}</h2>'
                     + (md.render(text) if text else '<p class="slidepdf-handout-empty">(no notes)</p>')
                     + "</section>")
    css = f"""
@page {{ size: A4 portrait; margin: {MARGIN}px; @bottom-center {{ content: counter(page) " / " counter(pages);
  font: 9px sans-serif; color: #777; }} }}
body {{ font: 12pt/1.5 "PT Serif", serif; color: #111; }}
h1 {{ font-size: 22pt; margin: 0 0 4pt; bookmark-level: none; }}
.slidepdf-notes-date {{ color: #666; margin: 0 0 18pt; }}
.slidepdf-notes-slide {{ break-inside: avoid-page; margin-bottom: 14pt; }}
.slidepdf-notes-slide h2 {{ font-size: 13pt; margin: 0 0 4pt; border-bottom: 1px solid #ddd; bookmark-level: 1; }}
.slidepdf-notes-slide h2 .no {{ color: #888; font-weight: normal; margin-right: 6pt; }}
.slidepdf-handout-empty {{ color: #aaa; }}
"""
    return _page(meta, css, "".join(parts), dark=False)


def _page(meta: DocumentMeta, css: str, body: str, dark: bool) -> str:
    from ..theme.themes import font_face_css

    return html_document(meta, f"{font_face_css()}\n{css}", dark, body)
