"""Time an export and report its peak memory, against bare WeasyPrint on the same HTML.

    python benchmarks/bench.py                     # demo, the target deck (when ../shared is
                                                   # beside the checkout), generated 100 and 500
    python benchmarks/bench.py --slides 100        # generated decks of these sizes only
    python benchmarks/bench.py --deck path/to/slides.md
    python benchmarks/bench.py --edit              # also: what --watch re-renders after an edit

Each export runs in a fresh process, so peak RSS is that export's alone (imports included; the
largest of its chunk workers when it renders in chunks). SLIDEPDF_BENCH_JOBS=2 sets --jobs.
Timings on a shared machine vary by ±10 % from run to run; `--repeat N` runs each export and its
bare twin N times, alternating, and reports the fastest of each (as `timeit` does).
Then the same deck's final print HTML is rendered by bare WeasyPrint (no slidepdf code, its
default URL fetcher, also a fresh process): `overhead` is our wall time over that one.
Prints a table: slides, pages, wall and CPU seconds, peak RSS in MB, pages per second, PDF
size, the time in each stage (parse, style, template, layout, write) and the overhead. No
timing is asserted anywhere: this only reports.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEMO = HERE.parent / "examples" / "demo" / "slides.md"
TARGET = HERE.parent.parent / "shared" / "decks" / "baize-2025-kubecon-hk-dependency-chaos" / "slides.md"

# Bare WeasyPrint on the print HTML slidepdf made: the floor our own stages add to.
BARE = textwrap.dedent("""
    import json, resource, sys, time
    start_wall, start_cpu = time.perf_counter(), time.process_time()
    from weasyprint import HTML
    html = open(sys.argv[1], encoding="utf-8").read()
    data = HTML(string=html, base_url=sys.argv[2]).write_pdf()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"wall": time.perf_counter() - start_wall, "cpu": time.process_time() - start_cpu,
                      "peak_mb": usage.ru_maxrss / 1024, "bytes": len(data)}))
""")
HTML_CHILD = textwrap.dedent("""
    import sys, slidepdf
    slidepdf.export(sys.argv[1], sys.argv[2], root=sys.argv[3] if len(sys.argv) > 3 else None, format="html")
""")

# Runs inside the child process: one export, then its own resource usage as JSON.
CHILD = textwrap.dedent("""
    import json, resource, sys, time
    start_wall, start_cpu = time.perf_counter(), time.process_time()
    import slidepdf
    result = slidepdf.export(sys.argv[1], sys.argv[2], root=sys.argv[3] if len(sys.argv) > 3 else None,
                             jobs=int(__import__("os").environ.get("SLIDEPDF_BENCH_JOBS", "1")))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)      # chunks render in worker processes
    print(json.dumps({
        "wall": time.perf_counter() - start_wall, "cpu": time.process_time() - start_cpu + workers.ru_utime,
        "peak_mb": max(usage.ru_maxrss, workers.ru_maxrss) / 1024, "pages": result.pages, "slides": result.slides,
        "bytes": result.bytes, "timings": result.timings, "warnings": len(result.warnings),
    }))
""")

# --edit: what `--watch` does after an edit. The deck is copied (never edited in place),
# exported with a chunk cache, one heading in its second half is edited, and it is exported again.
EDIT_CHILD = textwrap.dedent("""
    import json, pathlib, shutil, sys, time
    import slidepdf
    entry, work = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    copy = work / "edited-deck"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(entry.parent, copy, ignore=shutil.ignore_patterns("node_modules", ".*"))
    target, cache = copy / entry.name, slidepdf.ChunkCache()
    start = time.perf_counter()
    first = slidepdf.export(target, work / "watch.pdf", cache=cache)
    first_seconds = time.perf_counter() - start
    text = target.read_text("utf-8")
    middle = text.find("\\n# ", len(text) // 2)
    target.write_text(text[:middle] + "\\n# Edited:" + text[middle + 2:] if middle >= 0 else text + "\\nEdited.\\n", "utf-8")
    start = time.perf_counter()
    slidepdf.export(target, work / "watch.pdf", cache=cache)
    print(json.dumps({"first": first_seconds, "edit": time.perf_counter() - start, "rendered": cache.rendered,
                      "chunks": cache.rendered + cache.reused, "pages": first.pages}))
""")

LAYOUTS = ["default", "center", "intro", "fact", "quote", "statement", "section"]


PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000010000000100806000000"
                    "1ff3ff610000001c4944415478da63fccf400a3001a3063118350c1883"
                    "9801000de10ff1c5f4a8a30000000049454e44ae426082")


def generated_deck(folder: Path, slides: int) -> Path:
    """A deck of `slides` slides mixing layouts, lists, icons, images, code, tables and notes; every
    fourth slide reveals its list in two clicks (about 1.5 pages per slide)."""
    parts = ["---\ntitle: Generated deck\ncolorSchema: dark\n---\n\n# Generated deck\n\nA benchmark deck\n"]
    for number in range(2, slides + 1):
        layout = LAYOUTS[number % len(LAYOUTS)]
        parts.append(textwrap.dedent(f"""
            ---
            layout: {layout}
            ---

            # Slide {number}: a heading of typical length <div i-carbon-rocket inline-block />

            Some paragraph text with **bold**, *italic* and `inline code` in it, long enough to wrap
            over two lines on a 980 pixel wide slide like real talks do.

            {"<v-clicks>" if number % 4 == 0 else "<div>"}

            - First point on slide {number}
            - Second point, with a [link](https://example.org)

            {"</v-clicks>" if number % 4 == 0 else "</div>"}

            <div flex gap-4 items-center><img src="/dot.png" w-8 h-8 /> <span text-sm op75>An image and a caption</span></div>

            ```ts
            export function slide{number}(value: number): string {{
              return `value is ${{value * {number}}}`
            }}
            ```

            | key | value |
            |-----|-------|
            | a   | {number} |

            <!--
            Speaker notes for slide {number}. [click] And for its first click.
            -->
            """))
    path = folder / f"generated-{slides}" / "slides.md"
    (path.parent / "public").mkdir(parents=True, exist_ok=True)
    (path.parent / "public" / "dot.png").write_bytes(PNG)
    path.write_text("".join(parts), "utf-8")
    return path


def run_child(code: str, *args) -> dict:
    done = subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"benchmark child failed:\n{done.stderr}")
    lines = done.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--slides", type=int, nargs="*", default=[100, 500], help="generated deck sizes")
    parser.add_argument("--deck", type=Path, action="append", default=[], help="also time this deck")
    parser.add_argument("--root", type=Path, help="--root for the --deck exports")
    parser.add_argument("--no-demo", action="store_true", help="skip the demo deck")
    parser.add_argument("--no-target", action="store_true", help="skip the target deck")
    parser.add_argument("--no-bare", action="store_true", help="skip the bare WeasyPrint comparison")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each export (and its bare twin); the fastest counts")
    parser.add_argument("--edit", action="store_true",
                        help="also time what --watch does: an export with a chunk cache, one heading edited, again")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        cases = [] if args.no_demo else [("demo", DEMO, None)]
        if not args.no_target and TARGET.is_file():
            cases.append(("target (baize)", TARGET, None))
        cases += [(f"deck:{deck.parent.name}", deck, args.root) for deck in args.deck]
        cases += [(f"generated {n}", generated_deck(folder, n), None) for n in args.slides]
        header = (f"{'deck':<18} {'slides':>6} {'pages':>5} {'wall s':>7} {'cpu s':>7} {'peak MB':>8} "
                  f"{'pages/s':>8} {'PDF KB':>8} {'bare s':>7} {'bare MB':>8} {'ratio':>6}  stages (s)")
        print(header)
        print("-" * len(header))
        for name, entry, root in cases:
            if not args.no_bare:
                run_child(HTML_CHILD, entry, folder / "out.html", *([root] if root else []))
            rows, bares = [], []
            for _ in range(max(1, args.repeat)):
                rows.append(run_child(CHILD, entry, folder / "out.pdf", *([root] if root else [])))
                if not args.no_bare:
                    bares.append(run_child(BARE, folder / "out.html", entry.parent.resolve().as_uri() + "/"))
            row = min(rows, key=lambda r: r["wall"])
            bare = min(bares, key=lambda r: r["wall"]) if bares else {}
            stages = " ".join(f"{stage}={seconds:.2f}" for stage, seconds in row["timings"].items())
            ratio = f"{row['wall'] / bare['wall']:.2f}" if bare else "-"
            bare_cols = f"{bare['wall']:>7.2f} {bare['peak_mb']:>8.0f}" if bare else f"{'-':>7} {'-':>8}"
            print(f"{name:<18} {row['slides']:>6} {row['pages']:>5} {row['wall']:>7.2f} {row['cpu']:>7.2f} "
                  f"{row['peak_mb']:>8.0f} {row['pages'] / row['wall']:>8.1f} {row['bytes'] / 1024:>8.0f} "
                  f"{bare_cols} {ratio:>6}  {stages}", flush=True)
        if args.edit:
            print(f"\n{'--watch, one heading edited':<28} {'pages':>5} {'chunks':>6} {'first s':>8} {'edit s':>7} "
                  f"{'rendered again':>14}")
            for name, entry, _ in cases:
                row = run_child(EDIT_CHILD, entry, folder)
                print(f"{name:<28} {row['pages']:>5} {row['chunks']:>6} {row['first']:>8.2f} {row['edit']:>7.2f} "
                      f"{row['rendered']:>14}", flush=True)


if __name__ == "__main__":
    main()
