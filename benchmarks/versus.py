"""Time this checkout's exports against another checkout's, deck by deck, in alternating runs.

    python benchmarks/versus.py --before ../old-checkout [ENTRY.md ...] [--repeat 3] [--slides 100 500]
                                [--jobs N] [--before-jobs N]

Each export runs in a fresh process (`import slidepdf` from the checkout under test, through
PYTHONPATH, with the same installed packages), before and after in turn, `--repeat` times each,
so that a drift of the shared machine's speed hits both sides alike. Prints one Markdown row per
deck: pages, and for each side the median wall and CPU seconds (worker processes included), peak
memory (the largest process), pages per second; then after/before ratios of wall and CPU. With no
entries it takes the demo deck, every deck in `../shared/decks/MANIFEST.tsv` and generated decks
(`--slides`, as `bench.py` makes them). Nothing is asserted: it only reports.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import generated_deck  # noqa: E402  (the benchmark's own deck generator)
from digests import default_entries  # noqa: E402

REPO = Path(__file__).resolve().parents[1]

CHILD = textwrap.dedent("""
    import json, resource, sys, time
    start_wall = time.perf_counter()
    import slidepdf
    jobs = int(sys.argv[3])
    result = slidepdf.export(sys.argv[1], sys.argv[2], jobs=jobs)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"wall": time.perf_counter() - start_wall,
                      "cpu": usage.ru_utime + usage.ru_stime + workers.ru_utime + workers.ru_stime,
                      "peak_mb": max(usage.ru_maxrss, workers.ru_maxrss) / 1024, "pages": result.pages,
                      "file": slidepdf.__file__}))
""")


def run(checkout: Path, entry: Path, out: Path, jobs: int) -> dict | None:
    """One export in a fresh process; CPU seconds from the kernel's account of the whole process
    tree once it has ended (its chunk workers included), wall seconds as the parent saw them."""
    env = {**os.environ, "PYTHONPATH": str(checkout), "SOURCE_DATE_EPOCH": "1700000000"}
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(entry), str(out), str(jobs)], cwd=tempfile.gettempdir(),
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        return None
    figures = json.loads(output.strip().splitlines()[-1])
    figures.update(wall=wall, cpu=usage.ru_utime + usage.ru_stime)
    if not figures["file"].startswith(str(checkout)):
        raise SystemExit(f"{checkout}: slidepdf was imported from {figures['file']}")
    return figures


def median(runs: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("entries", nargs="*", type=Path)
    parser.add_argument("--before", type=Path, required=True, help="the other checkout (its folder holding slidepdf/)")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--slides", type=int, nargs="*", default=[100, 500], help="generated deck sizes")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="--jobs of this checkout's exports")
    parser.add_argument("--before-jobs", type=int, default=1, help="--jobs of the other checkout's exports")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="slidepdf-versus-"))
    entries = [(p.resolve().parent.name, p.resolve()) for p in args.entries] or default_entries()
    entries += [(f"generated {n}", generated_deck(work, n)) for n in args.slides]
    before_dir, after_dir = args.before.resolve(), REPO
    print("| deck | pages | before wall s | before CPU s | before MB | before pages/s | after wall s | "
          "after CPU s | after MB | after pages/s | wall ratio | CPU ratio |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name, entry in entries:
        before, after = [], []
        for _ in range(max(1, args.repeat)):
            for side, checkout, jobs in ((before, before_dir, args.before_jobs), (after, after_dir, args.jobs)):
                figures = run(checkout, entry, work / f"{len(side)}.pdf", jobs)
                if figures:
                    side.append(figures)
        if not after:
            print(f"| {name} | export failed | | | | | | | | | | |")
            continue
        pages = after[0]["pages"]
        cells = []
        for side in (before, after):
            if side:
                wall = median(side, "wall")
                cells += [f"{wall:.1f}", f"{median(side, 'cpu'):.1f}", f"{median(side, 'peak_mb'):.0f}",
                          f"{pages / wall:.1f}"]
            else:
                cells += ["failed", "", "", ""]
        ratios = ([f"{median(after, 'wall') / median(before, 'wall'):.2f}", f"{median(after, 'cpu') / median(before, 'cpu'):.2f}"]
                  if before else ["", ""])
        print(f"| {name} | {pages} | " + " | ".join(cells + ratios) + " |", flush=True)


if __name__ == "__main__":
    main()
