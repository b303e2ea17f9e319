"""Shiki's TextMate themes, matched as TextMate matches scopes."""
from slidepdf.errors import WarningLog
from slidepdf.theme.codethemes import bundled_themes, code_theme_css, scope_style

THEME = {"fg": "#111111", "rules": [[["keyword"], "#aa0000", ""], [["keyword.control"], "#00aa00", "italic"],
                                    [["source.python keyword"], "#0000aa", ""], [["comment"], "#888888", ""]]}


def test_the_longest_matching_selector_wins_and_descendant_selectors_need_their_parents():
    assert scope_style(THEME, "keyword.control.import") == ("#00aa00", "italic")
    assert scope_style(THEME, "keyword.operator") == ("#aa0000", "")
    assert scope_style(THEME, "keywordish") == ("#111111", "")      # a prefix must end at a dot
    assert scope_style(THEME, "string") == ("#111111", "")          # no rule: the editor's foreground


def test_colour_and_font_style_each_come_from_the_most_specific_rule_that_sets_them():
    theme = {"fg": "#111111", "rules": [[["invalid.illegal"], "#b31d28", "italic"],
                                        [["invalid.illegal.unrecognized-tag.html"], "", "normal"]]}
    assert scope_style(theme, "invalid.illegal.unrecognized-tag.html") == ("#b31d28", "normal")


def test_html_tags_the_grammar_does_not_know_are_coloured_as_shiki_marks_them():
    from slidepdf.markdown.highlight import highlight_lines

    line, = highlight_lines('<Counter :count="1" /><div/><my-el/>', "html")
    assert '<span class="tok-unknown-tag">Counter</span>' in line
    assert '<span class="tok-tag">div</span>' in line and '<span class="tok-tag">my-el</span>' in line
    assert "tok-unknown-tag" not in highlight_lines("<Counter/>", "vue")[0]       # Vue's grammar knows components


def test_a_theme_written_in_the_setup_file_is_used_as_given():
    own = {"name": "mine", "type": "light", "colors": {"editor.foreground": "#222222"},
           "tokenColors": [{"scope": ["comment"], "settings": {"foreground": "#999999", "fontStyle": "italic"}}]}
    css = code_theme_css({"theme": own}, WarningLog())
    assert "html .slidev-code .tok-comment { color: #999999; font-style: italic;" in css
    assert "html .slidev-code code { color: #222222; }" in css


def test_the_bundled_themes_are_shikis():
    themes = bundled_themes()
    assert {"vitesse-dark", "vitesse-light", "github-light", "one-dark-pro", "nord"} <= set(themes)
    assert all(theme["rules"] for theme in themes.values())
