"""The deck as pictures of its pages, as Slidev's pptx and md exports make it: one picture per
page, at the deck's size, with that page's speaker notes."""
from __future__ import annotations

from dataclasses import dataclass

EMU_PER_PX = 9525               # PowerPoint's English Metric Units per CSS pixel (914400 per inch, 96 px)


@dataclass(frozen=True)
class PageNotes:
    """What goes beside a page's picture: the slide's number and title, the page's notes."""

    slide: int
    title: str
    notes: str


def pptx_bytes(pictures: list[bytes], pages: list[PageNotes], width_px: int, height_px: int,
               title: str = "", author: str = "", subject: str = "") -> bytes:
    """A .pptx with one slide per page: its picture filling the slide, its notes in the notes
    field; the deck's title, author and subject in the file's properties (as Slidev writes them)."""
    import io

    from pptx import Presentation

    presentation = Presentation()
    presentation.slide_width = width_px * EMU_PER_PX
    presentation.slide_height = height_px * EMU_PER_PX
    blank = presentation.slide_layouts[6]
    for picture, page in zip(pictures, pages):
        slide = presentation.slides.add_slide(blank)
        slide.shapes.add_picture(io.BytesIO(picture), 0, 0, presentation.slide_width, presentation.slide_height)
        if page.notes:
            slide.notes_slide.notes_text_frame.text = page.notes
    properties = presentation.core_properties
    properties.title, properties.author, properties.subject = title, author, subject
    properties.comments = "Created using slidepdf"
    out = io.BytesIO()
    presentation.save(out)
    return out.getvalue()


def markdown_page(names: list[str], pages: list[PageNotes]) -> str:
    """Slidev's md export: each page's picture, then its notes, pages apart by `---`."""
    parts = []
    for name, page in zip(names, pages):
        part = f"![{page.title or page.slide}](./{name})"
        if page.notes:
            part += f"\n\n{page.notes}"
        parts.append(part)
    return "\n\n---\n\n".join(parts) + "\n"
