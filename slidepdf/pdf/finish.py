"""finish: what the PDF gets after WeasyPrint has laid it out, through WeasyPrint's `finisher`
hook on its pydyf document: page labels (`3`, `3.1`, `3.2` … slide and click, so a viewer's
page box shows the slide number) and speaker notes as text annotations (as Marp's
`--pdf-notes` does)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Finish:
    labels: tuple[str, ...] = ()            # one label per page; empty: no labels
    notes: tuple[str, ...] = ()             # one text per page ("" for none); empty: no notes
    page_height: float = 414.0              # in PDF points, to place the note's icon at the top

    def __call__(self, document, pdf) -> None:
        import pydyf

        if self.labels:
            numbers = pydyf.Array()
            for index, label in enumerate(self.labels):
                numbers.extend([index, pydyf.Dictionary({"P": pydyf.String(label)})])
            pdf.catalog["PageLabels"] = pydyf.Dictionary({"Nums": numbers})
        if any(self.notes):
            kids = pdf.pages["Kids"]
            for index, text in enumerate(self.notes):
                if not text or 3 * index >= len(kids):
                    continue
                page = pdf.objects[kids[3 * index]]
                top = self.page_height
                annotation = pydyf.Dictionary({
                    "Type": "/Annot", "Subtype": "/Text", "Name": "/Comment", "F": 4, "Open": "false",
                    "Rect": pydyf.Array([4, top - 24, 24, top - 4]),
                    "Contents": pydyf.String(text), "T": pydyf.String("Notes"),
                })
                pdf.add_object(annotation)
                annotations = page.get("Annots")
                if annotations is None:
                    annotations = page["Annots"] = pydyf.Array()
                annotations.append(annotation.reference)


def page_labels(pages) -> tuple[str, ...]:
    """`N` for a slide's first page, `N.k` for its k-th click page after that."""
    labels = []
    for page in pages:
        step = page.click - page.clicks_start
        labels.append(str(page.slide.no) if step <= 0 else f"{page.slide.no}.{step}")
    return tuple(labels)


@dataclass(frozen=True)
class PdfOptions:
    """How the PDF is written: archival variant, tags, sources attached, image quality."""

    pdfa: bool = False                      # PDF/A-3b
    tagged: bool = False                    # PDF/UA structure tags where WeasyPrint makes them
    attachments: tuple = ()                 # (path, description) of files embedded in the PDF
    jpeg_quality: int | None = None
    created: object = None                  # datetime of the attachments (reproducible bytes)
    finish: Finish = field(default_factory=Finish)
