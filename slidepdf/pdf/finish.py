"""finish: what the PDF gets after WeasyPrint has laid it out, through WeasyPrint's `finisher`
hook on its pydyf document: page labels (`3`, `3.1`, `3.2` … slide and click, so a viewer's
page box shows the slide number) and speaker notes as text annotations (as Marp's
`--pdf-notes` does)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import OutputError


@dataclass(frozen=True)
class Finish:
    labels: tuple[str, ...] = ()            # one label per page; empty: no labels
    notes: tuple[str, ...] = ()             # one text per page ("" for none); empty: no notes
    page_height: float = 414.0              # in PDF points, to place the note's icon at the top
    names: tuple[str, ...] = ()             # each page's label for messages (a chunk writes no labels)

    def __call__(self, document, pdf) -> None:
        import pydyf

        check_finite(pdf, self.names or self.labels)

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


_NOT_FINITE = re.compile(rb"(?<![\w./#])[-+]?(?:inf|nan)(?![\w])", re.I)


def check_finite(pdf, labels: tuple[str, ...] = ()) -> None:
    """Every number in every page's content is finite, or the export stops here, before anything
    is written: WeasyPrint 70 can place a box it measured at an infinite position, and a viewer
    then refuses the page ("Unknown operator 'inf'")."""
    kids = pdf.pages["Kids"]
    for index in range(len(kids) // 3):
        page = pdf.objects[kids[3 * index]]
        contents = page.get("Contents")
        streams = contents if isinstance(contents, (list, tuple)) else [contents]
        for reference in streams:
            number = (reference if isinstance(reference, int) else int(reference.split()[0])
                      if isinstance(reference, (bytes, str)) else None)
            stream = pdf.objects[number] if number is not None and number < len(pdf.objects) else None
            for line in getattr(stream, "stream", ()) or ():
                data = line if isinstance(line, bytes) else str(line).encode()
                if _NOT_FINITE.search(data):
                    label = labels[index] if index < len(labels) else str(index + 1)
                    slide, _, click = label.partition(".")
                    where = f"slide {slide}" + (f", click {click}" if click else "")
                    raise OutputError(f"{where} has content at an infinite position, which "
                                      "would make an invalid PDF; nothing written (simplify that slide's nested "
                                      "flex or grid boxes, and please report the deck)")


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
