"""The command line: exit codes, one-line errors with file:line, no tracebacks, grouped warnings."""
import pytest

from tests.helpers import run_cli as run


def test_export_writes_the_pdf_in_the_working_folder(write_deck, tmp_path):
    entry = write_deck({"slides.md": "---\nexportFilename: Talk 2026\n---\n\n# Hi\n"})
    done = run("export", entry, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "Talk 2026.pdf").is_file()
    assert "wrote" in done.stdout and "1 page" in done.stdout


@pytest.mark.parametrize("files, expected", [
    ({"slides.md": "# A\n\n---\nlayout: [1\n---\n\nx\n"}, "slides.md:4: bad frontmatter YAML"),
    ({"slides.md": "# A\n\n---\nsrc: ../../elsewhere.md\n---\n"}, "slides.md:3: src: ../../elsewhere.md is outside"),
])
def test_deck_errors_are_one_line_with_file_and_line(write_deck, tmp_path, files, expected):
    done = run("export", write_deck(files), cwd=tmp_path)
    assert done.returncode == 1
    assert expected in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert list(tmp_path.glob("*.pdf")) == []


def test_missing_deck_is_an_error(tmp_path):
    done = run("export", tmp_path / "nope.md", cwd=tmp_path)
    assert done.returncode == 1 and "does not exist" in done.stderr and "Traceback" not in done.stderr


def test_bad_range_is_a_usage_error(write_deck, tmp_path):
    done = run("export", write_deck({"slides.md": "# A\n"}), "--range", "x-y", cwd=tmp_path)
    assert done.returncode == 2 and "--range" in done.stderr


def test_unknown_option_is_a_usage_error(tmp_path):
    assert run("export", "--bogus", cwd=tmp_path).returncode == 2


def test_warnings_are_printed_once_grouped_and_strict_fails(write_deck, tmp_path):
    # three pages (click states) show the same missing image: one warning, at its line
    entry = write_deck({"slides.md": "# A\n\n![a](/gone.png)\n\n<v-clicks>\n\n- x\n- y\n\n</v-clicks>\n\n"
                                     "![c](/other.png)\n"})
    done = run("export", entry, cwd=tmp_path)
    assert done.returncode == 0
    assert "2 warning(s)" in done.stderr and "missing-image (2)" in done.stderr
    assert done.stderr.count("/gone.png") == 1 and "slides.md:3: /gone.png" in done.stderr
    strict = run("export", entry, "--strict", "-o", tmp_path / "s.pdf", cwd=tmp_path)
    assert strict.returncode == 1 and "--strict" in strict.stderr and not (tmp_path / "s.pdf").exists()


def test_version_and_help(tmp_path):
    assert run("--version", cwd=tmp_path).stdout.startswith("slidepdf ")
    assert "export" in run("--help", cwd=tmp_path).stdout


def test_no_clicks_gives_one_page_per_slide(write_deck, tmp_path):
    entry = write_deck({"slides.md": "# A\n\n<p v-click>x</p>\n<p v-click>y</p>\n"})
    assert "3 page(s)" in run("export", entry, "-o", tmp_path / "a.pdf", cwd=tmp_path).stdout
    assert "1 page(s)" in run("export", entry, "--no-clicks", "-o", tmp_path / "b.pdf", cwd=tmp_path).stdout


def test_a_runaway_expression_is_a_grouped_warning(write_deck, tmp_path):
    entry = write_deck({"slides.md": "# {{ (() => { while (true) {} })() }}\n"})
    done = run("export", entry, "-o", tmp_path / "a.pdf", cwd=tmp_path)
    assert done.returncode == 0 and "expression (1)" in done.stderr and "ran away" in done.stderr
    assert run("export", entry, "--strict", "-o", tmp_path / "b.pdf", cwd=tmp_path).returncode == 1


def test_css_command_explains_tokens(tmp_path):
    done = run("css", "flex", "backdrop-blur", "no-such-utility", cwd=tmp_path)
    assert done.returncode == 1                      # an unknown token is a failure to report
    assert ".flex{display:flex;}" in done.stdout
    assert "backdrop-filter cannot be drawn" in done.stdout and "no-such-utility: unknown" in done.stdout
    done = run("css", "--json", "--dark", "dark:text-white", cwd=tmp_path)
    import json
    report = json.loads(done.stdout)[0]
    assert done.returncode == 0 and report["matched"] and "255 255 255" in report["print_css"]


def test_watch_exports_again_when_a_deck_file_changes(write_deck, tmp_path):
    import signal
    import subprocess
    import sys
    import time

    slides = [f"# Slide {n}\n" for n in range(1, 10)]
    entry = write_deck({"slides.md": "\n---\n\n".join(slides)})
    target = tmp_path / "w.pdf"
    process = subprocess.Popen([sys.executable, "-m", "slidepdf", "export", str(entry), "-o", str(target), "--watch"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.time() + 60
        while not target.exists() and time.time() < deadline:
            time.sleep(0.2)
        first = target.read_bytes()
        time.sleep(1.0)
        slides[8] = "# Last slide, edited\n\nmore\n"
        entry.write_text("\n---\n\n".join(slides))
        while target.read_bytes() == first and time.time() < deadline:
            time.sleep(0.2)
        assert target.read_bytes() != first
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    assert "exporting again" in err and "stopped watching" in err and process.returncode == 0
    assert "1 of 3 chunks rendered again, 2 unchanged" in err          # slides 1-4 and 5-8 kept


def test_a_missing_system_library_names_the_packages_to_install():
    from slidepdf.batch import missing_library

    message = missing_library(OSError("cannot load library 'libpango-1.0-0': libpango-1.0-0: cannot open shared "
                                      "object file: No such file or directory"))
    assert "apt install libpango-1.0-0 libpangoft2-1.0-0" in message and "brew install pango" in message
    assert missing_library(OSError("disk full")) is None
