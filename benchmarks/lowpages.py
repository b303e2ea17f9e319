"""Put each page that scores below a threshold beside Slidev's page, to look at why.

    python benchmarks/lowpages.py PDF_DIR [--below 0.6] [--out DIR] [--shared ../shared]

PDF_DIR holds `<deck>.pdf` exports (what `shared/tools/fidelity_all.py --keep PDF_DIR` leaves).
For each deck with a reference, `shared/tools/fidelity.py` scores the PDF (pages paired by slide
when the page counts differ: the page map comes from `slidepdf check --format json`); every page
below `--below` is written to `--out` as `<deck>-<ref page>.png`, Slidev's page on the left and
this export's on the right (96 dpi), and `--out/index.md` lists them with their scores. Nothing
is asserted: it only shows.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def deck_entry(shared: Path, deck: str) -> Path | None:
    """The deck's entry file from the shared MANIFEST (its `entry` column), else slides.md."""
    manifest = shared / "decks" / "MANIFEST.tsv"
    if manifest.exists():
        rows = [line.split("\t") for line in manifest.read_text("utf-8").splitlines() if line.strip()]
        header = rows[0] if rows else []
        for row in rows[1:]:
            record = dict(zip(header, row))
            if record.get("short_name", row[0]) == deck and record.get("entry"):
                return shared / "decks" / deck / record["entry"]
    found = sorted((shared / "decks" / deck).rglob("slides.md"), key=lambda p: len(p.parts))
    return found[0] if found else None


def page_map(entry: Path, work: Path) -> Path | None:
    """This export's page map (slide → click states), from `slidepdf check --format json`."""
    done = subprocess.run([sys.executable, "-m", "slidepdf", "check", str(entry), "--format", "json"],
                          capture_output=True, text=True, cwd=entry.parent)
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        return None
    path = work / f"{entry.parent.name}-clicks.json"
    path.write_text(json.dumps({"pages": report["pages"], "slides": report["slides"]}), "utf-8")
    return path


def side_by_side(reference: Path, pdf: Path, page: int, out: Path, work: Path) -> None:
    from PIL import Image

    stem = work / "page"
    subprocess.run(["pdftoppm", "-r", "96", "-f", str(page), "-l", str(page), "-png", "-singlefile",
                    str(pdf), str(stem)], check=True)
    left = Image.open(reference).convert("RGB")
    right = Image.open(f"{stem}.png").convert("RGB").resize(left.size)
    picture = Image.new("RGB", (left.width * 2 + 8, left.height), (220, 0, 0))
    picture.paste(left, (0, 0))
    picture.paste(right, (left.width + 8, 0))
    picture.save(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf_dir", type=Path)
    parser.add_argument("--below", type=float, default=0.6)
    parser.add_argument("--out", type=Path, default=Path("lowpages"))
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args(argv)
    conformance = args.shared / "conformance"
    args.out.mkdir(parents=True, exist_ok=True)
    rows = ["| deck | Slidev page | our page | SSIM | picture |", "|---|---|---|---|---|"]
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        for pdf in sorted(args.pdf_dir.glob("*.pdf")):
            deck = pdf.stem
            reference = conformance / "reference" / deck
            if not reference.is_dir():
                continue
            command = [sys.executable, str(args.shared / "tools" / "fidelity.py"), str(pdf), str(reference),
                       "--json", str(work / "report.json")]
            entry = deck_entry(args.shared, deck)
            clicks = page_map(entry, work) if entry else None
            if clicks:
                command += ["--candidate-clicks", str(clicks)]
            subprocess.run(command, capture_output=True, text=True, check=True)
            report = json.loads((work / "report.json").read_text("utf-8"))
            for pair in report["pairs"]:
                if pair["ssim"] >= args.below:
                    continue
                name = f"{deck}-{pair['ref']}.png"
                side_by_side(reference / f"{pair['ref']}.png", pdf, pair["candidate_page"], args.out / name, work)
                rows.append(f"| {deck} | {pair['ref']} | {pair['candidate_page']} | {pair['ssim']:.3f} | {name} |")
    (args.out / "index.md").write_text("\n".join(rows) + "\n", "utf-8")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
