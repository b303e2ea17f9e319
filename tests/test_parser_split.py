"""The slide splitter and per-slide parse follow @slidev/parser rule for rule."""
from pathlib import Path

import pytest

from slidepdf.errors import DeckError
from slidepdf.parser import parse_slide, split_markdown

FILE = Path("/deck/slides.md")


def split(text: str):
    return split_markdown(text, FILE)


def test_headmatter_is_the_first_slides_frontmatter():
    slides = split("---\ntheme: default\nlayout: center\n---\n\n# Hello\n\n---\n\n# Two\n")
    assert [s.frontmatter for s in slides] == [{"theme": "default", "layout": "center"}, {}]
    assert [s.title for s in slides] == ["Hello", "Two"]


def test_separator_with_frontmatter_and_line_numbers():
    text = "# One\n\n---\nlayout: intro\n---\n\n# Two\n"
    one, two = split(text)
    assert (one.start, one.content_start, one.end) == (0, 0, 2)
    # the slide starts at its opening `---`; content after the closing one
    assert (two.start, two.content_start, two.end) == (2, 5, 8)  # end = len(lines)
    assert two.frontmatter == {"layout": "intro"} and two.frontmatter_style == "frontmatter"


def test_dashes_followed_by_blank_line_are_a_plain_separator():
    slides = split("# A\n---\n\n# B\n")
    assert [s.title for s in slides] == ["A", "B"]
    assert slides[1].frontmatter == {}


def test_four_dashes_never_open_frontmatter():
    slides = split("# A\n----\nlayout: center\n---\n# C\n")
    assert slides[1].frontmatter == {}
    assert slides[1].content == "layout: center"
    assert slides[2].title == "C"


def test_setext_underline_splits_slides_as_in_slidev():
    slides = split("Heading\n---\n\ntext\n")
    assert [s.content for s in slides] == ["Heading", "text"]


def test_indented_dashes_do_not_split():
    assert len(split("# A\n  ---\n\ntext\n")) == 1


def test_dashes_inside_a_code_fence_do_not_split():
    slides = split("# A\n\n```yaml\n---\nkey: 1\n---\n```\n\n---\n\n# B\n")
    assert len(slides) == 2 and "key: 1" in slides[0].content


def test_longer_fence_needs_its_own_length_to_close():
    slides = split("````md\n```\n---\n```\n````\n---\n\n# B\n")
    assert len(slides) == 2


def test_unclosed_fence_does_not_swallow_the_rest():
    slides = split("```js\nlet a\n---\n\n# B\n")
    assert len(slides) == 2 and slides[1].title == "B"


def test_dashes_inside_a_multiline_html_comment_do_not_split():
    slides = split("# A\n\n<!--\nnotes\n---\nmore\n-->\n\n---\n\n# B\n")
    assert len(slides) == 2
    assert slides[0].note == "notes\n---\nmore"


def test_yaml_code_block_frontmatter():
    slides = split("# A\n\n---\n\n```yaml\nlayout: center\nclass: text-red\n```\n\n# B\n")
    assert slides[1].frontmatter == {"layout": "center", "class": "text-red"}
    assert slides[1].frontmatter_style == "yaml"
    assert slides[1].content == "# B"


def test_note_is_the_last_comment_only_when_it_ends_the_slide():
    slide = parse_slide("# T\n\n<!-- hidden -->\n\ntext\n\n<!--\n  speaker notes\n-->\n", FILE, 0, 0, 0, 9)
    assert slide.note == "speaker notes"
    assert slide.content == "# T\n\n<!-- hidden -->\n\ntext"
    no_note = parse_slide("<!-- a comment -->\n\ntext", FILE, 0, 0, 0, 3)
    assert no_note.note is None


def test_title_and_level_from_first_heading_or_frontmatter():
    assert parse_slide("text\n\n## Second level\n# Later", FILE, 0, 0, 0, 1).level == 2
    named = parse_slide("---\nname: Intro\nlevel: 3\n---\n# Heading", FILE, 0, 0, 0, 1)
    assert (named.title, named.level) == ("Intro", 3)
    titled = parse_slide("---\ntitle: Custom\n---\n# Heading", FILE, 0, 0, 0, 1)
    assert (titled.title, titled.level) == ("Custom", None)


def test_a_comment_in_a_code_block_is_no_title_as_in_slidev_52():
    slide = parse_slide("```sh\n# install\n```\n", FILE, 0, 0, 0, 1)
    assert slide.title is None and slide.level is None
    slide = parse_slide("````md\n```\n# inner\n```\n````\n\n## After the fence\n", FILE, 0, 0, 0, 1)
    assert (slide.title, slide.level) == ("After the fence", 2)


def test_yaml_is_read_as_yaml_1_2():
    (slide,) = split("---\ndate: 2024-02-29\nflag: yes\ntime: 1:20\non: true\n---\n\nx")
    assert slide.frontmatter == {"date": "2024-02-29", "flag": "yes", "time": "1:20", "on": True}


def test_bad_yaml_names_the_file_line():
    with pytest.raises(DeckError) as caught:
        split("# A\n\n---\nlayout: center\n  bad: [\n---\n\nx")
    assert caught.value.location.file == FILE
    assert caught.value.location.line in (5, 6)
    assert "bad frontmatter YAML" in caught.value.message


def test_tab_in_yaml_is_explained():
    with pytest.raises(DeckError, match="tab character"):
        split("---\nlayout: center\n\tclass: x\n---\n\nx")


def test_frontmatter_that_is_not_a_mapping_is_an_error_with_a_hint():
    with pytest.raises(DeckError) as caught:
        split("# A\n---\n# B\nplain text\n---\n\nx")
    assert "mapping" in caught.value.message and "blank line" in caught.value.hint


def test_an_unclosed_frontmatter_ends_with_the_file():
    # found by the property test: content started two lines past the end of the file
    (slide,) = split("---\n# ")
    assert slide.content_start <= slide.end <= 2
