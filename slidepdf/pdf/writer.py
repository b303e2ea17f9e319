"""writer: the HTML document → PDF bytes, by WeasyPrint, with its messages collected as warnings
and the corrections of `weasyfixes` in force for the length of the render."""
from __future__ import annotations

from contextlib import contextmanager

from ..errors import WarningLog
from ..policy import AccessPolicy
from .fetcher import PolicyURLFetcher
from .finish import PdfOptions
from .messages import weasyprint_messages
from .weasyfixes import weasyprint_fixes


def warm_up() -> None:
    """Import WeasyPrint and what it loads to lay out and write (fontconfig's caches, Pango,
    HarfBuzz, the font subsetter) by rendering a one-line document. Called before chunk
    workers are forked, so that each inherits all of it instead of loading it again: about a
    second per worker otherwise."""
    from weasyprint import HTML

    HTML(string="<p style='font-family: sans-serif'>warm <b>up</b> <code>1</code></p>").write_pdf()


@contextmanager
def one_render(warnings: WarningLog, document_html: str):
    """What holds for the length of one render (to PDF or for measuring): WeasyPrint's messages
    collected as warnings, and the corrections above."""
    with weasyprint_messages(warnings, document_html), weasyprint_fixes():
        yield


def render_pdf(document_html: str, base_url: str, policy: AccessPolicy, warnings: WarningLog,
               image_max_side: int = 0, options: PdfOptions | None = None,
               timings: dict[str, float] | None = None) -> bytes:
    from weasyprint import HTML, Attachment

    options = options or PdfOptions()
    # HTML's presentational attributes as browsers apply them: <img width height>, <td align>,
    # <table border>, <font color>, `hidden` (under every stylesheet, as in a browser)
    settings: dict = {"presentational_hints": True}
    if options.pdfa:
        settings["pdf_variant"] = "pdf/a-3b"
    if options.tagged:
        settings["pdf_tags"] = True
    if options.jpeg_quality:
        settings["jpeg_quality"] = options.jpeg_quality
    if options.attachments:
        settings["attachments"] = [
            Attachment(string=policy.read_bytes(path), name=path.name, description=description,
                       relationship="Source", url_fetcher=PolicyURLFetcher(policy),
                       created=options.created, modified=options.created)
            for path, description in options.attachments]
    import time

    timings = timings if timings is not None else {}
    with one_render(warnings, document_html):
        started = time.perf_counter()
        html = HTML(string=document_html, base_url=base_url, url_fetcher=PolicyURLFetcher(policy, image_max_side))
        document = html.render(**settings)              # as HTML.write_pdf does, timed in two steps
        laid_out = time.perf_counter()
        timings["layout"] = timings.get("layout", 0.0) + laid_out - started
        data = document.write_pdf(finisher=options.finish, **settings)
        timings["write"] = timings.get("write", 0.0) + time.perf_counter() - laid_out
        return data


