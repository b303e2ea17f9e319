"""chunks: a large deck rendered as several PDFs, in worker processes, then joined into one.

WeasyPrint keeps a whole document's layout in memory, so one 500-slide document needs several
times the memory of a 100-slide one. Rendered in chunks of pages, each in a process that ends
with it, peak memory stays about that of one chunk, and `jobs` chunks render at once. The join
(`join`) makes what spans chunks.
"""
from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import signal
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import Callable

from ..errors import WarningLog
from ..policy import AccessPolicy, folder_snapshot
from .finish import PdfOptions
from .writer import render_pdf, warm_up


@dataclass
class ChunkCache:
    """The chunk PDFs of the last export, by everything that made them (their HTML, the PDF
    options, the deck's asset files): exporting again (`--watch`) renders only the chunks that
    changed. Holds one export's chunks, so it never grows past one deck."""

    entries: dict[str, tuple[bytes, WarningLog, dict]] = field(default_factory=dict)
    reused: int = 0                             # chunks of the last export taken from here
    rendered: int = 0                           # chunks of the last export rendered anew


def even_chunks(count: int, most: int, jobs: int) -> list[range]:
    """`count` pages in chunks of at most `most`, as many as a multiple of `jobs`, of even size,
    so that every round of workers has the same amount of work."""
    workers = max(1, jobs)
    rounds = -(-count // (workers * most))
    size = max(1, -(-count // (workers * rounds)))
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


def at_slide_starts(chunks: list[range], slide_numbers: list[int]) -> list[range]:
    """The same cuts, each moved to the nearest start of a slide (pages given by their slide
    numbers, in order), so that no slide's pages are split between two chunks; a cut that
    would leave a chunk empty goes."""
    starts = [index for index in range(1, len(slide_numbers)) if slide_numbers[index] != slide_numbers[index - 1]]
    cuts: list[int] = []
    for chunk in chunks[1:]:
        if starts:
            cut = min(starts, key=lambda start: (abs(start - chunk.start), start))
            if cut > (cuts[-1] if cuts else 0) and cut < len(slide_numbers):
                cuts.append(cut)
    bounds = [0, *cuts, len(slide_numbers)]
    return [range(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def slide_chunks(slide_numbers: list[int], slides_per_chunk: int) -> list[range]:
    """Pages (given by their slide numbers, in order) cut before every slide whose number is a
    multiple of `slides_per_chunk` plus one: a slide that gains or loses a click page moves no
    other chunk's bounds, so the other chunks' HTML stays the same and is not rendered again."""
    chunks: list[range] = []
    start = 0
    for index in range(1, len(slide_numbers) + 1):
        if index == len(slide_numbers) or (
                (slide_numbers[index] - 1) // slides_per_chunk != (slide_numbers[start] - 1) // slides_per_chunk):
            chunks.append(range(start, index))
            start = index
    return chunks


def _end_with_parent(parent: int) -> None:
    """In a worker: end when the export that started it ends, however it ends (a kill leaves no
    time to stop workers), with Linux's parent-death signal; elsewhere the pool's pipes do it."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)      # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:                  # it ended before the signal was asked for
        os._exit(1)


def _render_chunk(document: str, base_url: str, policy: AccessPolicy, image_max_side: int,
                  options: PdfOptions) -> tuple[bytes, WarningLog, dict]:
    warnings, timings = WarningLog(), {}
    pdf = render_pdf(document, base_url, policy, warnings, image_max_side, options, timings)
    return pdf, warnings, timings


def render_chunks(documents: list[str], base_url: str, policy: AccessPolicy, image_max_side: int,
                  options: list[PdfOptions], jobs: int, warnings: WarningLog, timings: dict[str, float],
                  cache: ChunkCache | None = None, assets: str = "",
                  done: "Callable[[int], None] | None" = None) -> list[bytes]:
    """Each document's PDF, `jobs` at a time, in worker processes that end after each round (so
    memory a layout held goes back to the system). Workers are forked: nothing is imported again
    and the caller's script is not run again. With a `cache`, a document rendered by the last
    export with the same options and `assets` (a fingerprint of the files it may draw) is
    taken from it. `done(index)` is called as each chunk is finished (in the order they finish)."""
    keys = [hashlib.sha256("\0".join((document, repr(option), base_url, str(image_max_side), assets))
                           .encode("utf-8", "surrogatepass")).hexdigest()
            for document, option in zip(documents, options)]
    known = cache.entries if cache is not None else {}
    todo = [index for index, key in enumerate(keys) if key not in known]
    context = multiprocessing.get_context("fork")
    jobs = max(1, jobs)
    made: dict[int, tuple[bytes, WarningLog, dict]] = {}
    if todo:
        warm_up()
    # What the workers inherit (the deck, its pages, WeasyPrint's modules) is not theirs to
    # collect: frozen, their cycle collectors skip it and leave its memory pages shared.
    gc.freeze()
    others = set(multiprocessing.active_children())
    try:
        for start in range(0, len(todo), jobs):
            batch = todo[start:start + jobs]
            with ProcessPoolExecutor(max_workers=len(batch), mp_context=context, initializer=_end_with_parent,
                                     initargs=(os.getpid(),)) as pool:
                futures = {pool.submit(_render_chunk, documents[index], base_url, policy, image_max_side,
                                       options[index]): index for index in batch}
                for future in as_completed(futures):
                    made[futures[future]] = future.result()
                    if done is not None:
                        done(futures[future])
    except BaseException:
        # Ctrl-C or a failure: the workers stop now rather than finish chunks nobody will join
        for worker in set(multiprocessing.active_children()) - others:
            worker.kill()
        raise
    finally:
        gc.unfreeze()
    results = [made[index] if index in made else known[key] for index, key in enumerate(keys)]
    if cache is not None:
        cache.entries = dict(zip(keys, results))
        cache.reused, cache.rendered = len(keys) - len(todo), len(todo)
    for index, (_, chunk_warnings, chunk_timings) in enumerate(results):
        for warning in chunk_warnings:
            warnings.add(warning.kind, warning.message, warning.location)
        if index in made:
            for stage, seconds in chunk_timings.items():
                timings[stage] = timings.get(stage, 0.0) + seconds
    return [pdf for pdf, _, _ in results]


def asset_fingerprint(deck, outputs: set) -> str:
    """What a PDF may draw from files rather than from its HTML (images, fonts): every file in
    the deck's folder but its Markdown sources and the outputs, by modification time."""
    sources = {path.resolve() for path in deck.files} | outputs
    snapshot = folder_snapshot(deck.folder, sources)
    return hashlib.sha256(repr(sorted((str(p), t) for p, t in snapshot.items())).encode()).hexdigest()
