"""What the command line prints: warnings grouped by kind, each export's result, the summary of
several, and progress where there is no terminal to redraw."""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from .batch import Outcome
from .errors import WarningLog


def print_warnings(console: Console, warnings: WarningLog) -> None:
    """Every warning once, grouped by kind."""
    if not len(warnings):
        return
    console.print(f"[yellow]{len(warnings)} warning(s):[/yellow]")
    for kind, items in warnings.grouped().items():
        console.print(f"  [bold]{escape(kind)}[/bold] ({len(items)})")
        for item in items:
            console.print(f"    {escape(str(item))}", soft_wrap=True)


class PlainProgress:
    """Progress without a terminal (CI, a pipe): pages done at every 10 % of the pages, and the
    stage an export is in when 10 s went by without a line."""

    def __init__(self, console: Console, entry: str, every: float = 10.0):
        import time

        self.console, self.entry, self.every, self.clock = console, entry, every, time.monotonic
        self.last, self.step = self.clock(), 0

    def __call__(self, message: str) -> None:
        import re

        pages = re.match(r"(\d+)/(\d+) pages", message)
        if pages:
            step = int(10 * int(pages[1]) / max(int(pages[2]), 1))
            if step <= self.step and self.clock() - self.last < self.every and pages[1] != pages[2]:
                return
            self.step = step
        elif self.clock() - self.last < self.every:
            return                          # a stage of a quick export: nothing to wait for
        self.last = self.clock()
        self.console.print(f"{self.entry}: {message}", markup=False, highlight=False, soft_wrap=True)


def report(outcome: Outcome, err: Console, out: Console) -> None:
    log = WarningLog()
    for kind, text in outcome.warnings:
        log.add(kind, text)
    print_warnings(err, log)
    if outcome.exit_code:
        err.print(f"[red]error:[/red] {escape(outcome.error)}", soft_wrap=True)
        return
    out.print(f"wrote {escape(outcome.output)}: {outcome.pages} page(s), "
              f"{outcome.bytes / 1024:.0f} KB in {outcome.seconds:.1f} s", soft_wrap=True)


def summary(outcomes: list[Outcome], out: Console) -> None:
    from rich.table import Table

    table = Table(title="slidepdf export", title_justify="left")
    for name, justify in (("deck", "left"), ("pages", "right"), ("seconds", "right"), ("size", "right"),
                          ("warnings", "right"), ("result", "left")):
        table.add_column(name, justify=justify)
    for o in outcomes:
        result = "[green]ok[/green]" if not o.exit_code else f"[red]failed ({o.exit_code})[/red]"
        table.add_row(escape(o.entry), str(o.pages) if not o.exit_code else "-", f"{o.seconds:.1f}",
                      f"{o.bytes / 1024:.0f} KB" if not o.exit_code else "-", str(len(o.warnings)), result)
    out.print(table)

