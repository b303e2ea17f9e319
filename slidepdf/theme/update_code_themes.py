"""Development-time tool: refresh the bundled Shiki code themes from npm (needs `npm`; never run
by slidepdf itself).

    python -m slidepdf.theme.update_code_themes

Runs `npm pack tm-themes` (the TextMate themes Shiki ships, MIT, each theme under its own
licence as its NOTICE says), and keeps of each theme what printing needs: its type, editor
foreground and background, and each token rule's scope selectors, colour and font style, in
`themes/shiki/code-themes.json.xz` beside the package's LICENSE and NOTICE.
"""
from __future__ import annotations

import json
import lzma
import subprocess
import tarfile
import tempfile
from pathlib import Path

from ..resources import themes_dir
from .codethemes import compact

PACKAGE = "tm-themes"


def update() -> None:
    target = themes_dir() / "shiki"
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        done = subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=work, capture_output=True, text=True,
                              check=True)
        tarball = Path(work) / done.stdout.strip().splitlines()[-1]
        with tarfile.open(tarball) as archive:
            archive.extractall(work, filter="data")
        package = Path(work) / "package"
        meta = json.loads((package / "package.json").read_text("utf-8"))
        themes = {path.stem: compact(json.loads(path.read_text("utf-8")))
                  for path in sorted((package / "themes").glob("*.json"))}
        data = {"package": PACKAGE, "version": meta.get("version"), "license": meta.get("license"), "themes": themes}
        (target / "code-themes.json.xz").write_bytes(
            lzma.compress(json.dumps(data, separators=(",", ":"), sort_keys=True).encode("utf-8")))
        for name in ("LICENSE", "NOTICE"):
            if (package / name).is_file():
                (target / name).write_text((package / name).read_text("utf-8"), "utf-8")
    print(f"{len(themes)} code themes from {PACKAGE} {meta.get('version')} in {target}")


if __name__ == "__main__":
    update()
