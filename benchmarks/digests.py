"""Export decks and print each PDF's SHA-256: run it before and after a refactor, then diff the lists.

    python benchmarks/digests.py [ENTRY.md ...] [--out FILE] [--jobs N] [--python PY] [-- EXPORT FLAGS]

With no entries it takes the bundled demo deck and, when the checkout sits beside `../shared`, every
deck listed in `../shared/decks/MANIFEST.tsv`. `SOURCE_DATE_EPOCH` is fixed so that the bytes depend
only on the code and the deck. Each deck is exported by `PY -m slidepdf export` from its own folder,
so pointing `PYTHONPATH` at another checkout digests that checkout's output with the same packages.
A deck whose export fails is listed with its exit code instead of a digest.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_DECKS = REPO.parent / "shared" / "decks"


def default_entries() -> list[tuple[str, Path]]:
    entries = [("demo", REPO / "examples" / "demo" / "slides.md")]
    manifest = SHARED_DECKS / "MANIFEST.tsv"
    if manifest.is_file():
        for line in manifest.read_text(encoding="utf-8").splitlines()[1:]:
            cells = line.split("\t")
            if len(cells) > 3 and cells[0]:
                entries.append((cells[0], SHARED_DECKS / cells[0] / cells[3]))
    return entries


def digest(name: str, entry: Path, out_dir: Path, python: str, flags: list[str]) -> str:
    pdf = out_dir / f"{name}.pdf"
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    run = subprocess.run([python, "-m", "slidepdf", "export", str(entry), "--output", str(pdf), "--quiet", *flags],
                         cwd=entry.parent, env=env, capture_output=True, text=True)
    if run.returncode or not pdf.is_file():
        return f"{'exit ' + str(run.returncode):64}  {name}"
    return f"{hashlib.sha256(pdf.read_bytes()).hexdigest()}  {name}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("entries", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, help="also write the list to this file")
    parser.add_argument("--keep", type=Path, help="keep the PDFs in this folder")
    parser.add_argument("--jobs", type=int, default=2, help="decks exported at once (default 2)")
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("flags", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    flags = args.flags[1:] if args.flags[:1] == ["--"] else args.flags
    entries = [(p.resolve().parent.name, p.resolve()) for p in args.entries] or default_entries()
    out_dir = args.keep or Path(tempfile.mkdtemp(prefix="slidepdf-digests-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        lines = list(pool.map(lambda e: digest(*e, out_dir, args.python, flags), entries))
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
