"""The `slidepdf` command: parses options, shows progress, prints warnings and errors.

All work happens in the library (`slidepdf.export`); this module only talks to the user.
"""
from __future__ import annotations

import sys
from contextlib import nullcontext
from dataclasses import replace
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.markup import escape

from . import __version__
from .errors import SlidepdfError, UsageError, WarningLog
from .options import FORMAT_OF_SUFFIX, ExportOptions, available_cores
from .batch import Outcome, export_one, planned_outputs
from .console import PlainProgress, print_warnings, report as _report, summary as _summary
from .policy import folder_snapshot

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn Slidev-style Markdown decks into print-perfect PDFs, offline, without a browser.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"slidepdf {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version.", metavar=""),
) -> None:
    """slidepdf: Slidev decks to PDF."""


@app.command("export")
def export_command(
    entries: List[Path] = typer.Argument(..., help="Deck entry files (slides.md) or folders holding one."),
    output_text: Optional[str] = typer.Option(
        None, "--output", "-o",
        help="File to write (default: <exportFilename>.pdf in the current folder); a folder (DIR/) to write "
             "into; - for standard output."),
    range_: Optional[str] = typer.Option(None, "--range", help="Slides to export, e.g. '1,3-5' (Slidev's grammar)."),
    dark: Optional[bool] = typer.Option(
        None, "--dark/--light", help="Colour scheme when the deck's colorSchema is auto (default: light).", metavar=""),
    root: Optional[Path] = typer.Option(
        None, "--root", help="Folder the deck may read from (default: its workspace root, else its own folder)."),
    clicks: Optional[bool] = typer.Option(
        None, "--clicks/--no-clicks",
        help="One page per click state (default), or one page per slide in its final state "
             "(default: the deck's export.withClicks, else --clicks).", metavar=""),
    theme: Optional[str] = typer.Option(
        None, "--theme", "-t", help="Theme to use instead of the headmatter's: a bundled name or a theme folder."),
    toc: bool = typer.Option(True, "--toc/--no-toc", help="Write the PDF outline (bookmarks) from slide titles.", metavar=""),
    with_toc: bool = typer.Option(False, "--with-toc", hidden=True, help="Slidev's name for --toc.", metavar=""),
    notes: Optional[str] = typer.Option(
        None, "--notes", help="'annotations': each page's speaker notes in a PDF text annotation."),
    pdfa: bool = typer.Option(False, "--pdfa", help="Write PDF/A-3b with the deck's Markdown sources attached.", metavar=""),
    tagged: bool = typer.Option(False, "--tagged", help="Tag the PDF's structure (PDF/UA) where WeasyPrint can.", metavar=""),
    qr: Optional[str] = typer.Option(
        None, "--qr", help="Stamp a QR code of this address (the online deck) on the first and last page."),
    dpi: Optional[int] = typer.Option(None, "--dpi", help="Keep raster images at this resolution at most."),
    jpeg_quality: Optional[int] = typer.Option(None, "--jpeg-quality", help="JPEG quality (1-95) of images."),
    format_: Optional[str] = typer.Option(
        None, "--format", "-f",
        help="pdf, png (a folder of pages), html, pptx or md (default: from the output's name, else pdf)."),
    scale: float = typer.Option(2.0, "--scale", help="PNG size as a multiple of the canvas size."),
    handout: bool = typer.Option(False, "--handout", help="A4 handout: each slide with its notes.", metavar=""),
    handout_layout: str = typer.Option("3", "--handout-layout", help="Slides per handout page: 1, 2, 3, 4 or 6."),
    jobs: Optional[int] = typer.Option(
        None, "--jobs", "-j", min=1,
        help="Processes at work: several decks in parallel, or one deck's chunks of pages "
             "(default: the number of cores). The PDF is the same whatever the number."),
    watch: bool = typer.Option(False, "--watch", "-w", help="Export again whenever a file of the deck changes.", metavar=""),
    allow_remote: bool = typer.Option(False, "--allow-remote", help="Fetch http(s) images and styles.", metavar=""),
    allow_path: List[Path] = typer.Option(
        [], "--allow-path", help="A folder outside the deck's that it may also read (repeatable)."),
    strict: bool = typer.Option(False, "--strict", help="Fail (exit 1, nothing written) when there are warnings.", metavar=""),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only warnings and errors.", metavar=""),
    debug: bool = typer.Option(False, "--debug", help="Show a traceback for internal errors.", metavar=""),
    with_clicks: bool = typer.Option(False, "--with-clicks", help="Slidev's flag: one page per click state (the default).", metavar=""),
    omit_background: bool = typer.Option(False, "--omit-background", help="Pages without their background (transparent).", metavar=""),
    per_slide: bool = typer.Option(False, "--per-slide", help="Slidev's flag; slidepdf always renders in bounded chunks.", metavar=""),
    timeout: Optional[int] = typer.Option(None, "--timeout", help="Slidev's flag for its browser; no effect here."),
    wait: Optional[int] = typer.Option(None, "--wait", help="Slidev's flag for its browser; no effect here."),
    wait_until: Optional[str] = typer.Option(None, "--wait-until", help="Slidev's flag for its browser; no effect here."),
    executable_path: Optional[str] = typer.Option(
        None, "--executable-path", help="Slidev's flag for its browser; no effect here."),
) -> None:
    """Export each deck to a PDF, one page per click state of each slide."""
    err = Console(stderr=True, highlight=False)
    out = Console(highlight=False, quiet=quiet)
    output = Path(output_text) if output_text else None
    into_folder = output is not None and (output_text.endswith(("/", "\\")) or output.is_dir())
    if output and len(entries) > 1 and not into_folder:
        err.print("[red]error:[/red] --output names one file; give one deck with it, or a folder (ending in /)")
        raise typer.Exit(UsageError.exit_code)
    browser_only = [name for name, given in (("--timeout", timeout), ("--wait", wait), ("--wait-until", wait_until),
                                             ("--executable-path", executable_path)) if given is not None]
    if browser_only and not quiet:
        err.print(f"note: {', '.join(browser_only)} tune Slidev's browser; slidepdf renders without one, so "
                  "they have no effect", soft_wrap=True)
    if per_slide and not quiet:
        err.print("note: --per-slide: slidepdf always renders large decks in chunks of pages with bounded memory",
                  soft_wrap=True)
    to_stdout = output_text == "-"
    folder = output if into_folder else None
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    format_ = format_ or (FORMAT_OF_SUFFIX.get(output.suffix.lower(), "pdf") if output and not folder else "pdf")
    if with_clicks:
        clicks = True
    try:
        options = ExportOptions(range=range_, dark=dark, root=root, allow_remote=allow_remote,
                                allow_paths=tuple(allow_path), theme=theme, strict=strict, clicks=clicks,
                                toc=toc or with_toc, notes=notes, pdfa=pdfa, tagged=tagged, qr=qr, dpi=dpi,
                                jpeg_quality=jpeg_quality, format=format_, scale=scale, handout=handout,
                                handout_layout=handout_layout, omit_background=omit_background)
        entries, options = _standard_input(entries, options, watch)
        if len(entries) > 1:            # two decks never write one file
            planned_outputs(entries, None, options, folder)
    except UsageError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(exc.exit_code)
    if to_stdout:
        _export_to_stdout(entries, options, err)
        return
    if folder is not None:
        output, cwd = None, folder
    else:
        cwd = None
    if watch:
        if len(entries) != 1:
            err.print("error: --watch follows one deck; give one")
            raise typer.Exit(UsageError.exit_code)
        _watch(entries[0], output, options, debug, err, out)
        return
    workers = jobs or available_cores()
    if len(entries) == 1:
        options = replace(options, jobs=jobs)   # one deck: its chunks of pages in parallel
    else:
        options = replace(options, jobs=1)      # several: the decks in parallel, each in one process
    if workers > 1 and len(entries) > 1:
        outcomes = _export_in_parallel(entries, options, workers, err, quiet, cwd)
    else:
        outcomes = []
        for entry in entries:
            with err.status(f"{entry}: starting", spinner="dots") if not quiet and err.is_terminal else nullcontext() as status:
                plain = PlainProgress(err, str(entry)) if not quiet and not err.is_terminal else None

                def progress(message: str, status=status, entry=entry, plain=plain) -> None:
                    if status is not None:
                        status.update(f"{entry}: {message}")
                    elif plain is not None:
                        plain(message)

                outcomes.append(export_one(entry, output, options, debug, progress, cwd=cwd))
    for outcome in outcomes:
        _report(outcome, err, out)
    if len(outcomes) > 1:
        _summary(outcomes, out)
    failed = next((outcome.exit_code for outcome in outcomes if outcome.exit_code), 0)
    if failed:
        raise typer.Exit(failed)


def _standard_input(entries: List[Path], options: ExportOptions, watch: bool) -> tuple[List[Path], ExportOptions]:
    """A deck given as `-` is read from standard input, as `slides.md` in the `--root` folder
    (what its images and imports are relative to)."""
    if not any(str(entry) == "-" for entry in entries):
        return entries, options
    if len(entries) > 1 or watch:
        raise UsageError("a deck from standard input (-) is exported alone, without --watch")
    if options.root is None:
        raise UsageError("a deck from standard input (-) needs --root: the folder its files are relative to")
    if not options.root.is_dir():
        raise UsageError(f"--root {options.root}: not a folder")
    return [options.root / "slides.md"], replace(options, source=sys.stdin.read())


def _export_in_parallel(entries: List[Path], options: ExportOptions, jobs: int, err: Console, quiet: bool,
                        cwd: Optional[Path] = None) -> list[Outcome]:
    """Decks in worker processes, one progress line for all of them; one deck failing does
    not stop the others."""
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    outcomes: dict[int, Outcome] = {}
    columns = (TextColumn("exporting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, disable=quiet or not err.is_terminal) as bar, \
            ProcessPoolExecutor(max_workers=jobs) as pool:
        task = bar.add_task("decks", total=len(entries))
        futures = {pool.submit(export_one, entry, None, options, cwd=cwd): index for index, entry in enumerate(entries)}
        for future in as_completed(futures):
            index = futures[future]
            try:
                outcomes[index] = future.result()
            except Exception as exc:  # the worker process itself died
                outcomes[index] = Outcome(str(entries[index]), 70, f"internal error: {type(exc).__name__}: {exc}")
            bar.advance(task)
    return [outcomes[index] for index in range(len(entries))]


def _export_to_stdout(entries: List[Path], options: ExportOptions, err: Console) -> None:
    """`-o -`: the file to standard output (a pipe), messages to standard error."""
    import tempfile

    if len(entries) != 1 or options.format in ("png", "md"):
        err.print("[red]error:[/red] -o - writes one deck's PDF, HTML or PPTX to standard output")
        raise typer.Exit(UsageError.exit_code)
    with tempfile.TemporaryDirectory(prefix="slidepdf-stdout-") as folder:
        outcome = export_one(entries[0], Path(folder) / f"out.{options.format}", options)
        _report(outcome, err, Console(stderr=True, highlight=False, quiet=True))
        if outcome.exit_code:
            raise typer.Exit(outcome.exit_code)
        sys.stdout.buffer.write(Path(outcome.output).read_bytes())
        sys.stdout.buffer.flush()


def _folder_of(entry: Path) -> Path:
    return (entry if entry.is_dir() else entry.parent).resolve()


def _watch(entry: Path, output: Optional[Path], options: ExportOptions, debug: bool, err: Console, out: Console,
           interval: float = 0.5) -> None:
    """Export, then export again after every change to the deck's files, until Ctrl-C. The
    chunks of pages rendered last time are kept, so an edit renders only its own chunk."""
    import time

    from .pdf.chunks import ChunkCache

    cache = ChunkCache()
    outputs: set[Path] = set()
    snapshot: dict[Path, int] = {}
    try:
        while True:
            outcome = export_one(entry, output, options, debug, cache=cache)
            _report(outcome, err, out)
            if outcome.output:
                outputs.add(Path(outcome.output).resolve())
            if not outcome.exit_code and cache.reused:
                err.print(f"{cache.rendered} of {cache.rendered + cache.reused} chunks rendered again, "
                          f"{cache.reused} unchanged", soft_wrap=True)
            snapshot = folder_snapshot(_folder_of(entry), outputs)
            err.print(f"watching {escape(str(entry))} ({len(snapshot)} files); Ctrl-C to stop", soft_wrap=True)
            while folder_snapshot(_folder_of(entry), outputs) == snapshot:
                time.sleep(interval)
            err.print("a file changed; exporting again")
    except KeyboardInterrupt:
        err.print("stopped watching")


@app.command("notes")
def notes_command(
    entry: Path = typer.Argument(..., help="Deck entry file (slides.md) or a folder holding one."),
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", help="PDF to write (default: <exportFilename>-notes.pdf in the current folder)."),
    range_: Optional[str] = typer.Option(None, "--range", help="Slides to include, e.g. '1,3-5'."),
    root: Optional[Path] = typer.Option(None, "--root", help="Folder the deck may read from."),
) -> None:
    """Write the speaker notes alone: title, date, and each slide's number, title and notes."""
    from .api import export_notes

    err = Console(stderr=True, highlight=False)
    try:
        result = export_notes(entry, output, range=range_, root=root)
    except SlidepdfError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(exc.exit_code)
    print_warnings(err, result.warnings)
    Console(highlight=False).print(f"wrote {escape(str(result.output))}: {result.pages} page(s), "
                                   f"{result.bytes / 1024:.0f} KB in {result.seconds:.1f} s", soft_wrap=True)


@app.command("check")
def check_command(
    entry: Path = typer.Argument(..., help="Deck entry file (slides.md) or a folder holding one."),
    range_: Optional[str] = typer.Option(None, "--range", help="Slides to check, e.g. '1,3-5'."),
    root: Optional[Path] = typer.Option(None, "--root", help="Folder the deck may read from."),
    dark: Optional[bool] = typer.Option(None, "--dark/--light", help="Colour scheme when colorSchema is auto.", metavar=""),
    format_: str = typer.Option("text", "--format", "-f", help="text, or json for tools."),
) -> None:
    """Preflight a deck without writing a PDF: missing assets, unknown layouts, components and
    icons, fonts and glyphs, and slides whose content overflows. Exit 1 when something would
    look wrong."""
    import json

    from .api import check

    err = Console(stderr=True, highlight=False)
    out = Console(highlight=False)
    try:
        report = check(entry, range=range_, root=root, dark=dark)
    except SlidepdfError as exc:
        if format_ == "json":
            typer.echo(json.dumps({"entry": str(entry), "ok": False, "error": str(exc)}, indent=2))
        else:
            err.print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(exc.exit_code)
    if format_ == "json":
        typer.echo(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
    else:
        print_warnings(out, report.warnings)
        if report.overflows:
            out.print(f"[yellow]{len(report.overflows)} page(s) overflow the slide:[/yellow]")
            for o in report.overflows:
                where = " and ".join(part for part in (f"{o.bottom:g} px below" if o.bottom else "",
                                                       f"{o.right:g} px to the right" if o.right else "") if part)
                out.print(f"    slide {o.slide}, click {o.click}: content reaches {where} the slide")
        out.print(f"{escape(str(entry))}: {report.pages} page(s), "
                  + ("[green]nothing to fix[/green]" if report.ok else "[red]something would not look right[/red]"))
    if not report.ok:
        raise typer.Exit(1)


@app.command("css")
def css_command(
    tokens: List[str] = typer.Argument(..., help="Utility tokens, e.g. 'flex' 'text-\\[#5791f7]' 'dark:bg-main'."),
    dark: bool = typer.Option(False, "--dark/--light", help="Resolve dark:/light: for this colour scheme.", metavar=""),
    width: int = typer.Option(980, "--width", help="Canvas width that breakpoints are resolved against."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON list, one object per token.", metavar=""),
) -> None:
    """Print the CSS slidepdf generates for utility tokens, and why one does not render."""
    import json

    from .style import StyleContext, explain
    from .style.generate import expand_variant_groups

    context = StyleContext(dark=dark, canvas_width=width)
    reports = [explain(token, context) for token in expand_variant_groups(" ".join(tokens)).split()]
    out = Console(highlight=False)
    if as_json:
        typer.echo(json.dumps([report.as_dict() for report in reports], indent=2, ensure_ascii=False))
    else:
        for report in reports:
            if not report.matched:
                out.print(f"/* {report.token}: unknown — {report.note} */", style="yellow", markup=False)
                continue
            out.print(report.print_css or f"/* {report.token}: {report.note} */", markup=False, soft_wrap=True)
            if report.note and report.print_css:
                out.print(f"/* {report.token}: {report.note} */", style="yellow", markup=False, soft_wrap=True)
    if any(not report.matched for report in reports):
        raise typer.Exit(1)


@app.command("themes")
def themes_command(
    entry: Optional[Path] = typer.Argument(None, help="A deck: also show the theme and addons it would use."),
) -> None:
    """List the themes slidepdf bundles, and for a deck the theme and addons it finds."""
    from .theme.packages import describe_themes

    err = Console(stderr=True, highlight=False)
    warnings = WarningLog()
    try:
        lines = describe_themes(entry, warnings)
    except SlidepdfError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(exc.exit_code)
    Console(highlight=False).print("\n".join(lines), markup=False, soft_wrap=True)
    print_warnings(err, warnings)


def main() -> None:
    try:
        app(prog_name="slidepdf")
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)
