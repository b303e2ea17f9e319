"""fonts: bundled, the deck's own and system fonts; families nothing provides; glyphs no font has."""
import shutil
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import ImageChops

import slidepdf
from slidepdf.errors import WarningLog
from slidepdf.theme.fonts import bundled_faces, catalogue, check_requested_families
from slidepdf.policy import AccessPolicy


def test_a_font_file_in_the_decks_fonts_folder_is_declared_under_its_own_family_name(tmp_path):
    source = next(face.path for face in bundled_faces() if face.family == "PT Mono")
    (tmp_path / "fonts").mkdir()
    shutil.copy(source, tmp_path / "fonts" / "renamed-file.ttf")
    (tmp_path / "fonts" / "broken.otf").write_bytes(b"not a font")
    warnings = WarningLog()
    fonts = catalogue(tmp_path, AccessPolicy(root=tmp_path.resolve()), warnings)
    assert [(f.family, f.path.name, f.weight) for f in fonts.deck] == [("PT Mono", "renamed-file.ttf", 400)]
    assert (tmp_path / "fonts" / "renamed-file.ttf").resolve().as_uri() in fonts.css()
    assert [w.kind for w in warnings] == ["font"] and "broken.otf" in str(list(warnings)[0])


def test_families_found_nowhere_are_reported_once_each_with_where_they_are_named(tmp_path):
    warnings = WarningLog()
    fonts = catalogue(tmp_path, AccessPolicy(root=tmp_path.resolve()), warnings)
    check_requested_families({"fonts.sans": "'PT Serif', No Such Font, sans-serif", "fonts.mono": "Fira Code"},
                             fonts, warnings, None)
    assert [str(w) for w in warnings] == [
        "font 'No Such Font' (fonts.sans) is not bundled, not in the deck's fonts/ folder, not an @fontsource "
        "package in its node_modules and not installed; its text uses the next font in the list (slidepdf does "
        "not download fonts)"]


def _has_noto_cjk() -> bool:
    if shutil.which("fc-list") is None:
        return False
    families = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout
    return "Noto Sans CJK JP" in families and "Noto Sans CJK SC" in families


@pytest.mark.skipif(not _has_noto_cjk(), reason="needs fonts-noto-cjk (CI installs it)")
def test_cjk_text_takes_the_glyph_forms_of_its_language(write_deck, tmp_path):
    # 直 is drawn differently in Japanese and Simplified Chinese; the slide's `lang:` decides
    entry = write_deck({"slides.md": "---\nlang: ja\n---\n\n# 直直直\n\n---\nlang: zh-CN\n---\n\n# 直直直\n"})
    result = slidepdf.export(entry, tmp_path / "cjk.pdf")
    assert not [w for w in result.warnings if w.kind == "glyph"]
    pdf = pdfium.PdfDocument(result.output)
    ja, zh = (pdf[i].render(scale=1).to_pil().convert("L") for i in (0, 1))
    differing = sum(ImageChops.difference(ja, zh).point(lambda v: 255 if v > 60 else 0).histogram()[255:])
    assert differing > 50


def test_font_stacks_keep_generic_families_as_keywords_and_stop_where_chromium_does():
    from slidepdf.model import DeckConfig
    from slidepdf.theme.themes import Theme, font_stacks

    theme = Theme("t", Path("."), {}, fonts={"sans": "Inter, system-ui, Arial, sans-serif", "serif": "Lora"})
    stacks = font_stacks(DeckConfig(), theme)
    # system-ui is always found in Chromium: nothing after it is ever used
    assert stacks["sans"] == '"Inter", sans-serif'
    assert stacks["serif"].startswith('"Lora", ui-serif, Georgia')


def test_fontsource_packages_in_node_modules_are_used(write_deck, tmp_path):
    from pypdf import PdfReader

    serif = (Path(__file__).resolve().parents[1] / "fonts" / "pt-serif" / "PTSerif-Bold.ttf").read_bytes()
    entry = write_deck({
        "slides.md": "---\nfonts:\n  sans: Fixture Display\n---\n\n# Set in the packaged font\n",
        "node_modules/@fontsource/fixture-display/files/fixture-display-latin-400-normal.woff2": serif,
        "node_modules/@fontsource/fixture-display/400.css":
            "/* fixture-display-latin-400-normal */\n@font-face {\n  font-family: 'Fixture Display';\n"
            "  font-style: normal;\n  font-display: swap;\n  font-weight: 400;\n"
            "  src: url(./files/fixture-display-latin-400-normal.woff2) format('woff2');\n"
            "  unicode-range: U+0000-00FF;\n}\n",
    })
    result = slidepdf.export(entry, tmp_path / "out.pdf")
    assert not [w for w in result.warnings if w.kind == "font" and "Fixture Display" in w.message]
    fonts = {str(font.get("/BaseFont")) for page in PdfReader(result.output).pages
             for font in (page["/Resources"].get("/Font") or {}).values() for font in [font.get_object()]}
    assert any(name.endswith("+Fixture-Display") for name in fonts)     # embedded under its CSS family
