"""Every deck read goes through the access policy: the deck folder, nothing else."""
import os

import pytest

from slidepdf.errors import AccessDenied, DeckError
from slidepdf.pdf.fetcher import PolicyURLFetcher
from slidepdf.policy import AccessPolicy, node_modules_folders


@pytest.fixture
def deck(tmp_path):
    root = tmp_path / "deck"
    (root / "public").mkdir(parents=True)
    (root / "public" / "logo.png").write_bytes(b"png")
    (root / "local.png").write_bytes(b"png")
    (root / "only-root.png").write_bytes(b"png")
    (tmp_path / "secret.txt").write_text("secret")
    return AccessPolicy(root=root.resolve())


def test_slash_paths_look_in_public_first_then_the_root(deck):
    assert deck.resolve_asset("/logo.png", deck.root).path == deck.root / "public" / "logo.png"
    assert deck.resolve_asset("/only-root.png", deck.root).path == deck.root / "only-root.png"


def test_slash_paths_use_the_entry_folders_public_when_the_root_is_wider(tmp_path):
    # Vite serves public/ from the deck's own folder, also when --root names a workspace above it
    entry = tmp_path / "talks" / "2022" / "slides.md"
    (entry.parent / "public").mkdir(parents=True)
    (entry.parent / "public" / "logo.svg").write_text("<svg/>")
    entry.write_text("# x")
    policy = AccessPolicy.for_entry(entry, root=tmp_path)
    assert policy.resolve_asset("/logo.svg", entry.parent / "pages").path == entry.parent / "public" / "logo.svg"


def test_relative_paths_are_relative_to_the_markdown_file(deck):
    (deck.root / "pages").mkdir()
    (deck.root / "pages" / "p.png").write_bytes(b"png")
    assert deck.resolve_asset("./p.png", deck.root / "pages").kind == "file"
    assert deck.resolve_asset("p.png", deck.root).kind == "missing"


@pytest.mark.parametrize("ref", ["../secret.txt", "/../../secret.txt", "..%2Fsecret.txt", "file:///etc/passwd",
                                 "javascript:alert(1)"])
def test_references_outside_the_folder_are_never_usable(deck, ref):
    assert not deck.resolve_asset(ref, deck.root).usable


def test_symlinks_pointing_outside_are_refused(deck, tmp_path):
    os.symlink(tmp_path / "secret.txt", deck.root / "link.txt")
    with pytest.raises(AccessDenied):
        deck.read_text(deck.root / "link.txt")


def test_remote_urls_need_opt_in(deck):
    assert not deck.resolve_asset("https://example.org/a.png", deck.root).usable
    assert deck.resolve_asset("//example.org/a.png", deck.root).kind == "remote"
    opened = AccessPolicy(root=deck.root, allow_remote=True)
    assert opened.resolve_asset("https://example.org/a.png", deck.root).usable


def test_data_urls_are_allowed(deck):
    assert deck.resolve_asset("data:image/png;base64,AAAA", deck.root).usable


def test_reads_outside_are_access_errors_and_size_is_bounded(deck, tmp_path):
    with pytest.raises(AccessDenied):
        deck.read_bytes(tmp_path / "secret.txt")
    small = AccessPolicy(root=deck.root, max_asset_bytes=2)
    with pytest.raises(DeckError, match="over the"):
        small.read_bytes(deck.root / "local.png")


def test_fetcher_refuses_files_outside_and_remote(deck, tmp_path):
    fetcher = PolicyURLFetcher(deck)
    with pytest.raises(ValueError):
        fetcher.fetch((tmp_path / "secret.txt").as_uri())
    with pytest.raises(ValueError, match="allow-remote"):
        fetcher.fetch("http://127.0.0.1:9/x.png")
    (deck.root / "note.css").write_text("h1 {}")
    assert fetcher.fetch((deck.root / "note.css").as_uri()).read() == b"h1 {}"
    with pytest.raises(ValueError, match="not a readable PNG image"):     # checked before anything decodes it
        fetcher.fetch((deck.root / "local.png").as_uri())


def test_remote_fetches_are_bounded_and_redirects_checked_again(tmp_path):
    """On a loopback server (no network): within the size limit, and never redirected off http(s)."""
    import http.server
    import threading
    from dataclasses import replace

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path == "/redirect":
                self.send_response(302)
                self.send_header("Location", "file:///etc/passwd")
                self.end_headers()
                return
            body = b"a" * (5000 if self.path == "/big.css" else 10)
            self.send_response(200)
            self.send_header("Content-Type", "text/css")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        fetcher = PolicyURLFetcher(replace(AccessPolicy(root=tmp_path.resolve(), allow_remote=True), max_asset_bytes=1000))
        assert fetcher.fetch(f"{base}/small.css").read() == b"a" * 10
        with pytest.raises(ValueError, match="over the"):
            fetcher.fetch(f"{base}/big.css")
        with pytest.raises(ValueError, match="file:///etc/passwd"):             # urllib or our handler refuses
            fetcher.fetch(f"{base}/redirect")
    finally:
        server.shutdown()


def test_packages_are_looked_for_from_the_using_folder_up_to_the_deck_root_and_no_higher(tmp_path):
    root, deep = tmp_path / "talks", tmp_path / "talks" / "2026" / "kubecon"
    assert node_modules_folders(deep, root) == [
        (deep / "node_modules").resolve(), (root / "2026" / "node_modules").resolve(), (root / "node_modules").resolve()]
    assert node_modules_folders(root, root) == [(root / "node_modules").resolve()]
    outside = tmp_path / "bundled" / "theme"          # a bundled theme's file: its own folder only
    assert node_modules_folders(outside, root) == [(outside / "node_modules").resolve()]
