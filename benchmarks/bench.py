"""Time an export and report its peak memory: the demo deck and generated decks of N slides.

    python benchmarks/bench.py                     # demo deck + a generated 100-slide deck
    python benchmarks/bench.py --slides 100 500    # generated decks of these sizes
    python benchmarks/bench.py --deck path/to/slides.md

Each export runs in a fresh process, so peak RSS is that export's alone (imports included).
Prints a table: slides, pages, wall seconds, CPU seconds, peak RSS in MB, pages per second,
PDF size, and the time in each stage. No timing is asserted anywhere: this only reports.
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

# Runs inside the child process: one export, then its own resource usage as JSON.
CHILD = textwrap.dedent("""
    import json, resource, sys, time
    start_wall, start_cpu = time.perf_counter(), time.process_time()
    import slidepdf
    result = slidepdf.export(sys.argv[1], sys.argv[2], root=sys.argv[3] if len(sys.argv) > 3 else None)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({
        "wall": time.perf_counter() - start_wall, "cpu": time.process_time() - start_cpu,
        "peak_mb": usage.ru_maxrss / 1024, "pages": result.pages, "slides": result.slides,
        "bytes": result.bytes, "timings": result.timings, "warnings": len(result.warnings),
    }))
""")

LAYOUTS = ["default", "center", "intro", "fact", "quote", "statement", "section"]


def generated_deck(folder: Path, slides: int) -> Path:
    """A deck of `slides` slides mixing layouts, lists, code, tables, quotes and notes."""
    parts = ["---\ntitle: Generated deck\ncolorSchema: dark\n---\n\n# Generated deck\n\nA benchmark deck\n"]
    for number in range(2, slides + 1):
        layout = LAYOUTS[number % len(LAYOUTS)]
        parts.append(textwrap.dedent(f"""
            ---
            layout: {layout}
            ---

            # Slide {number}: a heading of typical length

            Some paragraph text with **bold**, *italic* and `inline code` in it, long enough to wrap
            over two lines on a 980 pixel wide slide like real talks do.

            - First point on slide {number}
            - Second point, with a [link](https://example.org)
            - Third point

            ```ts
            export function slide{number}(value: number): string {{
              return `value is ${{value * {number}}}`
            }}
            ```

            | key | value |
            |-----|-------|
            | a   | {number} |

            <!--
            Speaker notes for slide {number}.
            -->
            """))
    path = folder / f"generated-{slides}" / "slides.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(parts), "utf-8")
    return path


def run_one(entry: Path, output: Path, root: Path | None = None) -> dict:
    args = [sys.executable, "-c", CHILD, str(entry), str(output)] + ([str(root)] if root else [])
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"export of {entry} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--slides", type=int, nargs="*", default=[100], help="generated deck sizes")
    parser.add_argument("--deck", type=Path, action="append", default=[], help="also time this deck")
    parser.add_argument("--root", type=Path, help="--root for the --deck exports")
    parser.add_argument("--no-demo", action="store_true", help="skip the demo deck")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        cases = [] if args.no_demo else [("demo", DEMO, None)]
        cases += [(f"deck:{deck.parent.name}", deck, args.root) for deck in args.deck]
        cases += [(f"generated {n}", generated_deck(folder, n), None) for n in args.slides]
        header = f"{'deck':<28} {'slides':>6} {'pages':>5} {'wall s':>7} {'cpu s':>7} {'peak MB':>8} " \
                 f"{'pages/s':>8} {'PDF KB':>8}  stages (s)"
        print(header)
        print("-" * len(header))
        for name, entry, root in cases:
            row = run_one(entry, folder / "out.pdf", root)
            stages = " ".join(f"{stage}={seconds:.2f}" for stage, seconds in row["timings"].items())
            print(f"{name:<28} {row['slides']:>6} {row['pages']:>5} {row['wall']:>7.2f} {row['cpu']:>7.2f} "
                  f"{row['peak_mb']:>8.0f} {row['pages'] / row['wall']:>8.1f} {row['bytes'] / 1024:>8.0f}  {stages}")


if __name__ == "__main__":
    main()
