"""Development-time tool: refresh the bundled Iconify sets from npm (needs `npm`; never run
by slidepdf itself).

    python -m slidepdf.iconsets.update carbon logos mdi …     # default: the sets in index.json

For each set it runs `npm pack @iconify-json/<set>`, keeps `icons.json` (minified, xz) and
the licence, author and version from `info.json`/`package.json` in `index.json`.
"""
from __future__ import annotations

import json
import lzma
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def update(names: list[str]) -> None:
    index_path = HERE / "index.json"
    index = json.loads(index_path.read_text("utf-8")) if index_path.exists() else {}
    with tempfile.TemporaryDirectory() as work:
        for name in names:
            done = subprocess.run(["npm", "pack", f"@iconify-json/{name}", "--silent"], cwd=work,
                                  capture_output=True, text=True, check=True)
            tarball = Path(work) / done.stdout.strip().splitlines()[-1]
            with tarfile.open(tarball) as archive:
                icons = json.load(archive.extractfile("package/icons.json"))
                info = json.load(archive.extractfile("package/info.json"))
                package = json.load(archive.extractfile("package/package.json"))
            raw = json.dumps(icons, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
            (HERE / f"{name}.json.xz").write_bytes(lzma.compress(raw, preset=9 | lzma.PRESET_EXTREME))
            index[name] = {
                "name": info.get("name"), "version": package.get("version"), "total": info.get("total"),
                "license": info.get("license"), "author": info.get("author"),
                "palette": info.get("palette", False),
            }
            print(f"{name} {package.get('version')} {info.get('license', {}).get('spdx')}")
    index_path.write_text(json.dumps(dict(sorted(index.items())), indent=1, ensure_ascii=False) + "\n", "utf-8")


if __name__ == "__main__":
    update(sys.argv[1:] or sorted(json.loads((HERE / "index.json").read_text("utf-8"))))
