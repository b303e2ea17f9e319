"""theme.packages: themes and addons found as Slidev finds them and drawn from their own files."""
import json

import slidepdf
from slidepdf.theme.packages import find_package, package_names
from tests.helpers import run_cli

THEME_FILES = {
    "package.json": json.dumps({"name": "slidev-theme-fixture", "version": "1.2.3", "slidev": {
        "colorSchema": "dark", "defaults": {"fonts": {"sans": "Fixture Sans"}, "canvasWidth": 800}}}),
    "layoutHelper.ts": "export function frame(color?: string): Record<string, string> {\n"
                       "  return { borderTop: `8px solid ${color ?? 'rgb(10, 20, 30)'}` }\n}\n",
    "layouts/banner.vue": """
        <script setup lang="ts">
        import { computed } from 'vue'
        import { frame } from '../layoutHelper'
        const props = defineProps({ color: { type: String } })
        const style = computed(() => frame(props.color))
        </script>
        <template><div class="slidev-layout banner" :style="style"><slot /></div></template>
        """,
    "components/Badge.vue": '<template><span class="fixture-badge"><slot /></span></template>\n',
    "styles/index.ts": "import './theme.css'\nimport 'some-package/vars.css'\n",
    "styles/theme.css": "@import 'prism-theme-vars/base.css';\n@import 'no-such-package/vars.css';\n"
                        ".fixture-badge { color: rgb(200, 0, 0); }\n",
}


def install(write_deck, prefix: str) -> None:
    write_deck({f"{prefix}/{name}": text for name, text in THEME_FILES.items()})


def test_slidev_s_package_names_for_a_theme():
    assert package_names("apple-basic") == ["@slidev/theme-apple-basic", "slidev-theme-apple-basic"]
    assert package_names("@org/slidev-theme-x") == ["@org/slidev-theme-x"]
    assert package_names("slidev-theme-x") == ["slidev-theme-x"]
    assert package_names("fancy", "addon") == ["@slidev/addon-fancy", "slidev-addon-fancy"]


def test_a_theme_in_the_decks_node_modules_is_drawn_from_its_own_files(write_deck, tmp_path):
    install(write_deck, "node_modules/slidev-theme-fixture")
    entry = write_deck({"slides.md": "---\ntheme: fixture\n---\n\n# Cover\n\n---\nlayout: banner\n---\n\n"
                                     "# Framed <Badge>new</Badge>\n"})
    result = slidepdf.export(entry, tmp_path / "deck.html", format="html")
    html = result.output.read_text("utf-8")
    assert "border-top: 8px solid rgb(10, 20, 30)" in html          # the layout ran its helper
    assert 'class="fixture-badge"' in html and ".fixture-badge" in html   # component and styles
    assert "size: 800px 450px" in html                              # slidev.defaults: canvasWidth
    assert "Fixture Sans" in html                                   # slidev.defaults: fonts
    assert '<html class="dark"' in html                            # slidev.colorSchema: dark
    kinds = {w.kind for w in result.warnings}
    assert "layout" not in kinds and "theme" in kinds               # a missing package @import is one warning
    assert any("no-such-package/vars.css" in w.message for w in result.warnings)
    assert "--prism-scheme" in html             # an @import of a package slidepdf bundles is its CSS


def test_a_local_theme_folder_and_the_theme_option(write_deck, tmp_path):
    install(write_deck, "theme")
    entry = write_deck({"slides.md": "---\ntheme: ./theme\n---\n\n# A\n\n---\nlayout: banner\ncolor: blue\n---\n\n# B\n"})
    html = slidepdf.export(entry, tmp_path / "a.html", format="html").output.read_text("utf-8")
    assert "8px solid blue" in html
    plain = write_deck({"plain.md": "# A\n\n---\nlayout: banner\n---\n\n# B\n"}, entry="plain.md")
    html = slidepdf.export(plain, tmp_path / "b.html", format="html", theme="./theme").output.read_text("utf-8")
    assert "8px solid rgb(10, 20, 30)" in html


def test_a_themes_global_layer_is_drawn_under_the_decks_own(write_deck, tmp_path):
    entry = write_deck({"slides.md": "---\ntheme: ./theme\n---\n\n# A\n\n---\n\n# B\n",
                        "theme/package.json": '{"name": "t"}',
                        "theme/global-top.vue": '<template><div class="theme-page">{{ $nav.currentPage }} of the theme'
                                                '</div></template>',
                        "global-top.vue": '<template><div class="deck-page">the deck</div></template>'})
    html = slidepdf.export(entry, tmp_path / "a.html", format="html").output.read_text("utf-8")
    assert html.count("of the theme") == 2 and "2 of the theme" in html
    assert html.index("of the theme") < html.index("the deck")          # the deck's is on top


def test_a_themes_public_folder_serves_what_the_deck_does_not_have(write_deck, tmp_path):
    from tests.conftest import png_bytes

    entry = write_deck({"slides.md": "---\ntheme: ./theme\n---\n\n![a](/logo.png) ![b](/own.png)\n",
                        "theme/package.json": '{"name": "t"}', "theme/public/logo.png": png_bytes(),
                        "theme/public/own.png": png_bytes(), "public/own.png": png_bytes()})
    result = slidepdf.export(entry, tmp_path / "a.html", format="html")
    html = result.output.read_text("utf-8")
    assert "theme/public/logo.png" in html and "deck/public/own.png" in html     # the deck's own first
    assert not [w for w in result.warnings if w.kind == "missing-image"]


def test_an_npm_theme_does_not_get_theme_defaults_own_rules(write_deck, tmp_path):
    install(write_deck, "theme")
    entry = write_deck({"slides.md": "---\ntheme: ./theme\n---\n\n# A\n"})
    html = slidepdf.export(entry, tmp_path / "a.html", format="html").output.read_text("utf-8")
    assert "h1 + p" not in html                     # theme-default's subtitle rule is theme-default's
    plain = write_deck({"plain.md": "# A\n"}, entry="plain.md")
    assert "h1 + p" in slidepdf.export(plain, tmp_path / "b.html", format="html").output.read_text("utf-8")


def test_the_bundled_official_themes_are_found_without_node_modules(tmp_path):
    for name in ("apple-basic", "bricks", "shibainu", "academic"):
        package = find_package(name, tmp_path, tmp_path)
        assert package is not None and package.bundled and (package.folder / "LICENSE").is_file()


def test_an_addon_s_component_is_drawn_and_a_missing_addon_is_a_warning(write_deck, tmp_path):
    write_deck({"node_modules/slidev-addon-stamp/package.json": '{"name": "slidev-addon-stamp", "version": "0.1.0"}',
                "node_modules/slidev-addon-stamp/components/Stamp.vue":
                    "<script setup>\nconst props = defineProps({ text: String })\n</script>\n"
                    '<template><b class="stamp">{{ props.text }}!</b></template>\n'})
    entry = write_deck({"slides.md": "---\naddons:\n  - stamp\n  - nowhere\n---\n\n# <Stamp text=\"ok\" />\n"})
    result = slidepdf.export(entry, tmp_path / "s.html", format="html")
    assert '<b class="stamp"' in result.output.read_text("utf-8") and "ok!" in result.output.read_text("utf-8")
    assert [w.message for w in result.warnings if w.kind == "addon"] == [
        "addon 'nowhere' is not installed in the deck's node_modules; its components and layouts are not drawn"]


def test_an_unknown_theme_and_an_unknown_layout_are_warnings_and_the_pdf_is_written(write_deck, tmp_path):
    entry = write_deck({"slides.md": "---\ntheme: no-such-theme\n---\n\n# A\n\n---\nlayout: no-such-layout\n---\n\n# B\n"})
    done = run_cli("export", entry, "-o", tmp_path / "x.pdf", cwd=tmp_path)
    assert done.returncode == 0 and (tmp_path / "x.pdf").is_file()
    assert "no-such-theme" in done.stderr and "no-such-layout" in done.stderr


def test_slidepdf_themes_lists_the_bundled_themes_and_a_deck_s(write_deck, tmp_path):
    install(write_deck, "node_modules/slidev-theme-fixture")
    entry = write_deck({"slides.md": "---\ntheme: fixture\n---\n\n# A\n"})
    done = run_cli("themes", entry, cwd=tmp_path)
    assert done.returncode == 0
    assert "@slidev/theme-apple-basic" in done.stdout and "theme 'fixture'" in done.stdout
