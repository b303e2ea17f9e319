"""images: raster images larger than a page can show are scaled down before embedding."""
import io

from PIL import Image
from pypdf import PdfReader

import slidepdf
from slidepdf.pdf.images import fit_for_page


def noisy(size, mode="RGB", fmt="JPEG"):
    """A photo-like image: smooth gradients with grain."""
    channels = [Image.radial_gradient("L").resize(size), Image.linear_gradient("L").resize(size),
                Image.effect_noise(size, 40)]
    image = Image.merge("RGB", channels)
    if mode == "RGBA":
        image = Image.merge("RGBA", [*channels, Image.linear_gradient("L").resize(size)])
    out = io.BytesIO()
    image.save(out, fmt, **({"quality": 95} if fmt == "JPEG" else {}))
    return out.getvalue()


def test_a_big_photo_is_scaled_to_the_longest_side_and_stays_jpeg():
    body, kind = fit_for_page(noisy((1200, 800)), "image/jpeg", 600)
    assert kind == "image/jpeg" and Image.open(io.BytesIO(body)).size == (600, 400)


def test_transparency_is_kept_as_png_and_small_images_are_untouched():
    body, kind = fit_for_page(noisy((900, 300), "RGBA", "PNG"), "image/png", 300)
    image = Image.open(io.BytesIO(body))
    assert kind == "image/png" and image.size == (300, 100) and image.mode == "RGBA"
    small = noisy((100, 100))
    assert fit_for_page(small, "image/jpeg", 300) == (small, "image/jpeg")
    assert fit_for_page(b"<svg/>", "image/svg+xml", 10) == (b"<svg/>", "image/svg+xml")
    assert fit_for_page(b"not an image", "image/png", 10) == (b"not an image", "image/png")


def test_an_export_embeds_the_scaled_image(write_deck, tmp_path):
    photo = noisy((2600, 1400))
    entry = write_deck({"public/photo.jpg": photo, "slides.md": "---\nlayout: image\nimage: /photo.jpg\n---\n"})
    result = slidepdf.export(entry, tmp_path / "p.pdf")
    images = [image for page in PdfReader(result.output).pages for image in page.images]
    assert len(images) == 1 and images[0].image.size == (1960, 1055)
    assert result.bytes < len(photo)
