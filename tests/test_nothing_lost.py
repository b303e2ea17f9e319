"""Nothing lost: an export interrupted at any moment leaves the previous PDF as it was, and
the deck's own files are never written to."""
import signal
import subprocess
import sys
import time

import pytest

import slidepdf
from slidepdf.errors import UsageError

SLIDE = "# Slide {n}\n\n```ts\nconst value{n} = {n}\n```\n\n<div flex gap-2 items-center><div i-carbon-edit /> {n}</div>\n"


def big_deck(write_deck, count=600):
    return write_deck({"slides.md": "\n---\n\n".join(SLIDE.format(n=n) for n in range(count))})


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_an_interrupted_export_keeps_the_previous_pdf(write_deck, tmp_path, stop):
    entry = big_deck(write_deck)
    target = tmp_path / "talk.pdf"
    target.write_bytes(b"%PDF the previous export\n")
    before = target.read_bytes()
    process = subprocess.Popen([sys.executable, "-m", "slidepdf", "export", str(entry), "-o", str(target)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(2.0)                                   # parsing done, WeasyPrint at work
    assert process.poll() is None, "the export finished before it could be interrupted"
    process.send_signal(stop)
    process.wait(timeout=60)
    assert process.returncode != 0
    assert target.read_bytes() == before
    if stop != signal.SIGKILL:                        # a clean stop leaves no temporary file either
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []
    deadline = time.time() + 10                       # nor a worker rendering a chunk (600 slides: chunked)
    while exports_of(target) and time.time() < deadline:
        time.sleep(0.2)
    assert exports_of(target) == []


def exports_of(target):
    """Processes still running an export to `target` (its workers share its command line)."""
    from pathlib import Path

    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if str(target).encode() in cmdline.read_bytes():
                found.append(cmdline.parent.name)
        except OSError:
            continue
    return found


def test_output_pointing_at_the_decks_own_file_is_refused(write_deck, tmp_path):
    entry = write_deck({"slides.md": "# A\n"})
    before = entry.read_bytes()
    with pytest.raises(UsageError, match="one of the deck's own files"):
        slidepdf.export(entry, entry)
    assert entry.read_bytes() == before
