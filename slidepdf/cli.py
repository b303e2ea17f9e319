"""The `slidepdf` command: parses options, shows progress, prints warnings and errors.

All work happens in the library (`slidepdf.export`); this module only talks to the user.
"""
from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.markup import escape

from . import __version__
from .errors import SlidepdfError, StrictModeError, UsageError, WarningLog

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
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """slidepdf: Slidev decks to PDF."""


def print_warnings(console: Console, warnings: WarningLog) -> None:
    """Every warning once, grouped by kind."""
    if not len(warnings):
        return
    console.print(f"[yellow]{len(warnings)} warning(s):[/yellow]")
    for kind, items in warnings.grouped().items():
        console.print(f"  [bold]{escape(kind)}[/bold] ({len(items)})")
        for item in items:
            console.print(f"    {escape(str(item))}", soft_wrap=True)


@app.command("export")
def export_command(
    entries: List[Path] = typer.Argument(..., help="Deck entry files (slides.md) or folders holding one."),
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", help="PDF to write (default: <exportFilename>.pdf in the current folder)."),
    range_: Optional[str] = typer.Option(None, "--range", help="Slides to export, e.g. '1,3-5' (Slidev's grammar)."),
    dark: Optional[bool] = typer.Option(
        None, "--dark/--light", help="Colour scheme when the deck's colorSchema is auto (default: light)."),
    root: Optional[Path] = typer.Option(
        None, "--root", help="Folder the deck may read from (default: its workspace root, else its own folder)."),
    clicks: Optional[bool] = typer.Option(
        None, "--clicks/--no-clicks",
        help="One page per click state (default), or one page per slide in its final state "
             "(default: the deck's export.withClicks, else --clicks)."),
    theme: Optional[str] = typer.Option(
        None, "--theme", "-t", help="Theme to use instead of the headmatter's: a bundled name or a theme folder."),
    allow_remote: bool = typer.Option(False, "--allow-remote", help="Fetch http(s) images and styles."),
    strict: bool = typer.Option(False, "--strict", help="Fail (exit 1, no PDF) when there are warnings."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only warnings and errors."),
    debug: bool = typer.Option(False, "--debug", help="Show a traceback for internal errors."),
) -> None:
    """Export each deck to a PDF, one page per click state of each slide."""
    from .api import export

    err = Console(stderr=True, highlight=False)
    out = Console(highlight=False, quiet=quiet)
    if output and len(entries) > 1:
        err.print("error: --output names one file; give one deck with it")
        raise typer.Exit(UsageError.exit_code)
    failed = 0
    for entry in entries:
        try:
            with err.status(f"{entry}: starting", spinner="dots") if not quiet and err.is_terminal else nullcontext() as status:
                def progress(message: str, status=status, entry=entry) -> None:
                    if status is not None:
                        status.update(f"{entry}: {message}")

                result = export(entry, output, range=range_, dark=dark, root=root, allow_remote=allow_remote, theme=theme,
                                strict=strict, clicks=clicks, progress=progress)
        except StrictModeError as exc:
            print_warnings(err, getattr(exc, "warnings", WarningLog()))
            err.print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
            failed = failed or exc.exit_code
            continue
        except SlidepdfError as exc:
            err.print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
            failed = failed or exc.exit_code
            continue
        except KeyboardInterrupt:
            err.print("interrupted; no PDF written")
            raise typer.Exit(130)
        except Exception as exc:  # a bug in slidepdf, not in the deck
            if debug:
                raise
            err.print(f"[red]internal error:[/red] {escape(type(exc).__name__)}: {escape(str(exc))} "
                      "(run again with --debug for the traceback, and please report it)", soft_wrap=True)
            failed = failed or 70
            continue
        print_warnings(err, result.warnings)
        out.print(
            f"wrote {escape(str(result.output))}: {result.pages} page(s), "
            f"{result.bytes / 1024:.0f} KB in {result.seconds:.1f} s", soft_wrap=True)
    if failed:
        raise typer.Exit(failed)


@app.command("css")
def css_command(
    tokens: List[str] = typer.Argument(..., help="Utility tokens, e.g. 'flex' 'text-[#5791f7]' 'dark:bg-main'."),
    dark: bool = typer.Option(False, "--dark/--light", help="Resolve dark:/light: for this colour scheme."),
    width: int = typer.Option(980, "--width", help="Canvas width that breakpoints are resolved against."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON list, one object per token."),
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


def main() -> None:
    try:
        app(prog_name="slidepdf")
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)
