"""Filters on images are applied to the picture itself; WeasyPrint has no CSS filter."""
import base64
import io

from PIL import Image

from slidepdf.style import StyleContext
from slidepdf.style.filters import filter_rgb, image_filters

from .conftest import png_bytes
from .test_style_extract import icons, run  # noqa: F401  (fixture)


def test_filter_functions_from_utilities_respect_variants():
    assert image_filters(["invert", "brightness-50"], StyleContext()) == [("brightness", 0.5), ("invert", 1.0)]
    assert image_filters(["dark:invert"], StyleContext(dark=False)) == []
    assert image_filters(["dark:invert"], StyleContext(dark=True)) == [("invert", 1.0)]
    assert image_filters(["flex"], StyleContext()) == []


def test_colour_maths():
    assert filter_rgb((0, 0, 0), [("invert", 1.0)]) == (255, 255, 255)
    assert filter_rgb((200, 100, 0), [("brightness", 0.5)]) == (100, 50, 0)
    r, g, b = filter_rgb((255, 0, 0), [("grayscale", 1.0)])
    assert round(r) == round(g) == round(b) == 54


def test_a_raster_logo_is_inverted(write_deck, icons):
    entry = write_deck({"public/logo.png": png_bytes(2, 2, (0, 0, 0)), "slides.md": "# x\n"})
    from slidepdf.theme.icons import IconLibrary
    from slidepdf.policy import AccessPolicy

    library = IconLibrary(AccessPolicy(root=entry.parent), entry.parent)
    tree, used = run(f'<img src="{(entry.parent / "public/logo.png").as_uri()}" invert w-10>', library)
    src = tree.children[0].attrs["src"]
    assert src.startswith("data:image/png;base64,")
    image = Image.open(io.BytesIO(base64.b64decode(src.split(",", 1)[1]))).convert("RGB")
    assert image.getpixel((0, 0)) == (255, 255, 255)
    assert "invert" not in used.tokens and "w-10" in used.tokens     # emulated: no warning needed


def test_an_svg_logo_has_its_colours_rewritten(write_deck):
    entry = write_deck({"logo.svg": '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><path fill="#000" d="M0 0h1v1H0z"/></svg>',
                        "slides.md": "# x\n"})
    from slidepdf.theme.icons import IconLibrary
    from slidepdf.policy import AccessPolicy

    library = IconLibrary(AccessPolicy(root=entry.parent), entry.parent)
    tree, _ = run(f'<img src="{(entry.parent / "logo.svg").as_uri()}" class="dark:invert">', library, dark=True)
    svg = base64.b64decode(tree.children[0].attrs["src"].split(",", 1)[1]).decode()
    assert 'fill="#ffffff"' in svg


def test_filters_elsewhere_are_reported_once_per_utility(write_deck, tmp_path):
    import slidepdf

    entry = write_deck({"slides.md": "<div backdrop-blur-sm>a</div>\n<div backdrop-blur-sm>b</div>\n"})
    result = slidepdf.export(entry, tmp_path / "a.pdf")
    assert [str(w) for w in result.warnings if w.kind == "css"] == [
        "backdrop-blur-sm: backdrop-filter cannot be drawn in the PDF; left out"]
