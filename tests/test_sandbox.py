"""Untrusted decks: no byte outside the deck folder is read, and nothing reaches the network
without --allow-remote. Every file the export opens is recorded with an audit hook."""
import shutil
import socket
import sys

import pytest

import slidepdf
from slidepdf.errors import SlidepdfError
from slidepdf.theme.fonts import bundled_faces

_OPENED: list[str] = []
_RECORDING = [False]


def _audit(event, args):
    if _RECORDING[0] and event == "open" and args and isinstance(args[0], (str, bytes)) or \
            _RECORDING[0] and event == "open" and args and hasattr(args[0], "__fspath__"):
        _OPENED.append(str(args[0]))


sys.addaudithook(_audit)


PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde\x00"
       b"\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82")


@pytest.fixture
def outside(tmp_path):
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "secret.png").write_bytes(PNG)
    (folder / "secret.css").write_text("body { color: red }")
    (folder / "secret.js").write_text("alert(1)")
    (folder / "secret.md").write_text("# secret\n")
    (folder / "secret.ts").write_text("export const secret = 1\n")
    (folder / "secret.vue").write_text("<template><b>secret component</b></template>")
    shutil.copy(bundled_faces()[0].path, folder / "secret.ttf")
    return folder


# Each vector names the outside file one way; together they cover every way a deck names a file.
VECTORS = {
    "relative image": {"slides.md": "![x](../outside/secret.png)\n"},
    "slash-dot-dot image": {"slides.md": '<img src="/../../outside/secret.png">\n'},
    "file URL": {"slides.md": '<img src="file://{outside}/secret.png">\n'},
    "encoded dots": {"slides.md": '<img src="%2e%2e/outside/secret.png">\n'},
    "symlinked public file": {"slides.md": "![x](/link.png)\n", "@public/link.png": "secret.png"},
    "CSS @import": {"slides.md": "# a\n", "style.css": '@import "../outside/secret.css";\n'},
    "CSS url()": {"slides.md": "# a\n", "style.css": "body { background: url(../outside/secret.png) }\n"},
    "slide style url()": {"slides.md": "# a\n\n<style>\nh1 { background: url(/../outside/secret.png) }\n</style>\n"},
    "srcset": {"slides.md": '<img srcset="../outside/secret.png 2x" src="/nothing.png">\n'},
    "SVG href": {"slides.md": '<svg width="10" height="10"><image href="../outside/secret.png" width="10" height="10"/></svg>\n'},
    "SVG xlink:href": {"slides.md": '<svg width="10" height="10" xmlns:xlink="http://www.w3.org/1999/xlink">'
                                    '<image xlink:href="../outside/secret.png" width="10" height="10"/></svg>\n'},
    "link element": {"slides.md": '<link rel="stylesheet" href="../outside/secret.css">\n\n# a\n'},
    "script src": {"slides.md": '<script src="../outside/secret.js"></script>\n\n# a\n'},
    "snippet import": {"slides.md": "<<< ../outside/secret.ts\n"},
    "symlinked component": {"slides.md": "<Evil />\n", "@components/Evil.vue": "secret.vue"},
    "symlinked layout": {"slides.md": "---\nlayout: evil\n---\n\nx\n", "@layouts/evil.vue": "secret.vue"},
    "symlinked font": {"slides.md": "# a\n", "@fonts/evil.ttf": "secret.ttf"},
    "cover background": {"slides.md": "---\nlayout: cover\nbackground: ../outside/secret.png\n---\n\n# a\n"},
    "image layout": {"slides.md": "---\nlayout: image\nimage: ../outside/secret.png\n---\n"},
    "remote redirect-free file scheme in CSS": {"slides.md": "# a\n", "style.css": "h1 { background: url('file:///etc/passwd') }\n"},
}


def make_deck(tmp_path, outside, files):
    deck = tmp_path / "deck"
    deck.mkdir()
    for name, content in files.items():
        if name.startswith("@"):                     # a symlink to a file outside
            link = deck / name[1:]
            link.parent.mkdir(parents=True, exist_ok=True)
            link.symlink_to(outside / content)
            continue
        path = deck / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content.replace("{outside}", str(outside)))
    return deck / "slides.md"


@pytest.mark.parametrize("vector", sorted(VECTORS))
def test_no_byte_outside_the_deck_folder_is_read(tmp_path, outside, vector):
    entry = make_deck(tmp_path, outside, VECTORS[vector])
    _OPENED.clear()
    _RECORDING[0] = True
    try:
        result = slidepdf.export(entry, tmp_path / "out.pdf")
    except SlidepdfError:
        result = None                                # refusing is fine too
    finally:
        _RECORDING[0] = False
    touched = [path for path in _OPENED if str(outside) in path]
    assert touched == []
    assert any(path.endswith("slides.md") for path in _OPENED)     # the hook does see what is read
    if result is not None:
        assert b"secret component" not in result.output.read_bytes()


def test_an_import_from_outside_is_refused_with_a_message(tmp_path, outside):
    entry = make_deck(tmp_path, outside, {"slides.md": "# a\n\n---\nsrc: ../outside/secret.md\n---\n"})
    with pytest.raises(SlidepdfError, match="outside the deck folder"):
        slidepdf.export(entry, tmp_path / "out.pdf")


def test_nothing_reaches_the_network_without_allow_remote(tmp_path, outside, monkeypatch):
    attempts = []

    def refuse(self, address, *args, **kwargs):
        attempts.append(address)
        raise OSError("network is off in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda address, *a, **k: refuse(None, address))
    entry = make_deck(tmp_path, outside, {
        "slides.md": "---\nlayout: cover\nbackground: https://cover.sli.dev\n---\n\n![r](https://example.org/a.png)\n\n"
                     '<link rel="stylesheet" href="https://example.org/a.css">\n',
        "style.css": "@import url(https://example.org/b.css);\nh1 { background: url(//example.org/c.png) }\n"})
    result = slidepdf.export(entry, tmp_path / "out.pdf")
    assert attempts == []
    assert {w.kind for w in result.warnings} >= {"remote-asset"}


def test_the_audit_hook_would_see_a_read_outside(outside):
    _OPENED.clear()
    _RECORDING[0] = True
    try:
        (outside / "secret.png").read_bytes()
    finally:
        _RECORDING[0] = False
    assert any(str(outside) in path for path in _OPENED)


def test_allow_path_opens_one_more_folder_and_only_that(tmp_path, outside):
    entry = make_deck(tmp_path, outside, {"slides.md": "![x](../outside/secret.png)\n"})
    refused = slidepdf.export(entry, tmp_path / "a.pdf")
    assert any(w.kind == "missing-image" or "outside" in w.message for w in refused.warnings)
    allowed = slidepdf.export(entry, tmp_path / "b.pdf", allow_paths=(outside,))
    assert not [w for w in allowed.warnings if "secret.png" in w.message]
