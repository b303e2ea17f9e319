"""Images and videos in slide markup, as a browser shows them before anything plays."""
import io

import pytest

from tests.conftest import png_bytes
from tests.helpers import pages_of


def tiny_video() -> bytes:
    av = pytest.importorskip("av")
    from PIL import Image

    out = io.BytesIO()
    with av.open(out, mode="w", format="mp4") as container:
        stream = container.add_stream("mpeg4", rate=1)
        stream.width, stream.height, stream.pix_fmt = 32, 16, "yuv420p"
        for color in ((255, 0, 0), (0, 0, 255)):
            frame = av.VideoFrame.from_image(Image.new("RGB", (32, 16), color))
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return out.getvalue()


def test_a_video_prints_its_poster(write_deck):
    entry = write_deck({"slides.md": '# A\n\n<video src="/clip.mp4" poster="/still.png" class="w-40" autoplay></video>\n',
                        "public/still.png": png_bytes()})
    pages, _ = pages_of(entry)
    assert '<img class="w-40" src="file://' in pages[0].html and "still.png" in pages[0].html
    assert "<video" not in pages[0].html


def test_a_video_without_a_poster_prints_its_first_frame(write_deck):
    from PIL import Image
    import base64
    import re

    entry = write_deck({"slides.md": '# A\n\n<video muted loop>\n  <source src="/clip.mp4">\n</video>\n',
                        "public/clip.mp4": tiny_video()})
    pages, warnings = pages_of(entry)
    data = re.search(r'<img src="data:image/png;base64,([^"]+)"', pages[0].html)
    assert data and not [w for w in warnings if w.kind == "video"]
    picture = Image.open(io.BytesIO(base64.b64decode(data[1]))).convert("RGB")
    red, green, blue = picture.getpixel((16, 8))
    assert picture.size == (32, 16) and red > 200 and blue < 60          # the first frame, not the second


def test_without_pyav_a_video_is_an_empty_box_and_a_warning(write_deck, monkeypatch):
    import slidepdf.render.assets as assets

    def no_pyav(data):
        raise ImportError("No module named 'av'")

    monkeypatch.setattr(assets, "first_frame_png", no_pyav)
    entry = write_deck({"slides.md": '# A\n\n<video src="/clip.mp4" width="320"></video>\n', "public/clip.mp4": b"x"})
    pages, warnings = pages_of(entry)
    assert "slidepdf-missing-asset" in pages[0].html and "<video" not in pages[0].html
    assert [w.message for w in warnings if w.kind == "video"] == [
        "/clip.mp4: its first frame needs PyAV (pip install 'slidepdf[video]'), or give the video a poster; "
        "an empty box is drawn"]


def test_a_missing_image_is_reported_at_its_own_line(write_deck):
    entry = write_deck({"slides.md": "# A\n\n---\nlayout: two-cols\n---\n\n# B\n\ntext\nmore ![x](/a.png)\n\n"
                                     "<div>\n\n<img src=\"/b.png\">\n</div>\n\n::right::\n\n![y](/c.png)\n"})
    _, warnings = pages_of(entry)
    lines = {w.message.split()[0]: w.location.line for w in warnings if w.kind == "missing-image"}
    assert lines == {"/a.png": 10, "/b.png": 14, "/c.png": 19}
