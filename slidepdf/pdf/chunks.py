"""chunks: a large deck rendered as several PDFs, in worker processes, then joined into one.

WeasyPrint keeps a whole document's layout in memory, so one 500-slide document needs several
times the memory of a 100-slide one. Rendered in chunks of pages, each in a process that ends
with it, peak memory stays about that of one chunk, and `jobs` chunks render at once. The join
(pypdf) makes what spans chunks: internal links (written as `slidepdf-slide:N` URIs by the
document stage) become jumps to slide N's first page, and the outline and page labels are made
for the whole document.
"""
from __future__ import annotations

import io
from concurrent.futures import ProcessPoolExecutor

from ..document import CHUNK_LINK
from ..errors import WarningLog
from ..policy import AccessPolicy
from .finish import PdfOptions
from .writer import render_pdf


def _render_chunk(document: str, base_url: str, policy: AccessPolicy, image_max_side: int,
                  options: PdfOptions) -> tuple[bytes, WarningLog, dict]:
    warnings, timings = WarningLog(), {}
    pdf = render_pdf(document, base_url, policy, warnings, image_max_side, options, timings)
    return pdf, warnings, timings


def render_chunks(documents: list[str], base_url: str, policy: AccessPolicy, image_max_side: int,
                  options: list[PdfOptions], jobs: int, warnings: WarningLog,
                  timings: dict[str, float]) -> list[bytes]:
    """Each document's PDF, `jobs` at a time, in worker processes that end after each round (so
    memory a layout held goes back to the system). Workers are forked: nothing is imported again
    and the caller's script is not run again."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    jobs = max(1, jobs)
    results = []
    for start in range(0, len(documents), jobs):
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            futures = [pool.submit(_render_chunk, document, base_url, policy, image_max_side, option)
                       for document, option in zip(documents[start:start + jobs], options[start:start + jobs])]
            results += [future.result() for future in futures]
    for _, chunk_warnings, chunk_timings in results:
        for warning in chunk_warnings:
            warnings.add(warning.kind, warning.message, warning.location)
        for stage, seconds in chunk_timings.items():
            timings[stage] = timings.get(stage, 0.0) + seconds
    return [pdf for pdf, _, _ in results]


def join(pdfs: list[bytes], labels: tuple[str, ...], outline: list[tuple[int, str, int]],
         first_pages: dict[int, int], metadata: dict[str, str]) -> bytes:
    """One PDF from the chunks: links across chunks resolved, outline (level, title, page)
    and page labels for the whole, the document's metadata."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, NameObject

    writer = PdfWriter()
    for data in pdfs:
        writer.append(PdfReader(io.BytesIO(data)), import_outline=False)
    for page in writer.pages:
        annotations = page.get("/Annots")
        if not annotations:
            continue
        kept = ArrayObject()
        for reference in annotations:
            annotation = reference.get_object()
            uri = str((annotation.get("/A") or {}).get("/URI", ""))
            if uri.startswith(CHUNK_LINK):
                target = first_pages.get(int(uri[len(CHUNK_LINK):] or 0))
                if target is None:
                    continue
                del annotation[NameObject("/A")]
                annotation[NameObject("/Dest")] = ArrayObject([writer.pages[target].indirect_reference,
                                                               NameObject("/Fit")])
            kept.append(reference)
        page[NameObject("/Annots")] = kept
    for index, label in enumerate(labels):
        writer.set_page_label(index, index, prefix=label)
    parents: list[tuple[int, object]] = []
    for level, title, index in outline:
        while parents and parents[-1][0] >= level:
            parents.pop()
        item = writer.add_outline_item(title=title, page_number=index, parent=parents[-1][1] if parents else None,
                                       is_open=False)
        parents.append((level, item))
    writer.add_metadata(metadata)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
