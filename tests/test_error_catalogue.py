"""A catalogue of broken decks: each gives exactly this message (file:line and what to do),
this exit code, and writes nothing — an existing output stays as it was. Decks that can still
be printed faithfully give exactly this warning instead."""
import pytest

import slidepdf
from slidepdf.errors import SlidepdfError


DECKS = {
 "unterminated frontmatter": {"slides.md": "---\ntitle: x\n# no end\n"},
 "unterminated slide frontmatter": {"slides.md": "# A\n\n---\nlayout: center\n"},
 "tab in YAML": {"slides.md": "---\ntitle: x\n\tlayout: center\n---\n# A\n"},
 "bad YAML flow": {"slides.md": "---\ntitle: [x\n---\n# A\n"},
 "YAML not a mapping": {"slides.md": "---\n- a\n- b\n---\n# A\n"},
 "duplicate YAML key": {"slides.md": "---\ntitle: a\ntitle: b\n---\n# A\n"},
 "alias bomb": {"slides.md": "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n---\n# A\n"},
 "layout not a string": {"slides.md": "---\nlayout: [a]\n---\n# A\n"},
 "unknown layout": {"slides.md": "---\nlayout: two-col\n---\n# A\n"},
 "clicks not a number": {"slides.md": "---\nclicks: many\n---\n# A\n"},
 "aspectRatio wrong": {"slides.md": "---\naspectRatio: wide\n---\n# A\n"},
 "canvasWidth wrong": {"slides.md": "---\ncanvasWidth: -5\n---\n# A\n"},
 "colorSchema wrong": {"slides.md": "---\ncolorSchema: purple\n---\n# A\n"},
 "missing src": {"slides.md": "# A\n\n---\nsrc: ./gone.md\n---\n"},
 "src outside": {"slides.md": "# A\n\n---\nsrc: ../../etc/passwd\n---\n"},
 "src bad range": {"slides.md": "# A\n\n---\nsrc: ./p.md#x-y\n---\n", "p.md": "# P\n"},
 "src range out of bounds": {"slides.md": "# A\n\n---\nsrc: ./p.md#5\n---\n", "p.md": "# P\n"},
 "src is a folder": {"slides.md": "# A\n\n---\nsrc: ./dir\n---\n", "dir/x.md": "# x\n"},
 "import cycle": {"slides.md": "# A\n\n---\nsrc: ./a.md\n---\n", "a.md": "# a\n\n---\nsrc: ./b.md\n---\n", "b.md": "---\nsrc: ./a.md\n---\n"},
 "self import": {"slides.md": "# A\n\n---\nsrc: ./slides.md\n---\n"},
 "src not a string": {"slides.md": "# A\n\n---\nsrc: [1]\n---\n"},
 "non-UTF-8 deck": {"slides.md": b"# caf\xe9\n"},
 "non-UTF-8 import": {"slides.md": "# A\n\n---\nsrc: ./p.md\n---\n", "p.md": b"\xff\xfe# P\n"},
 "binary file": {"slides.md": b"\x00\x01\x02PNG\x00"},
 "empty deck": {"slides.md": ""},
 "whitespace deck": {"slides.md": "\n\n   \n"},
 "only hidden slides": {"slides.md": "---\nhide: true\n---\n# A\n"},
 "range selects nothing": {"slides.md": "# A\n", "@range": "5-9"},
 "bad range syntax": {"slides.md": "# A\n", "@range": "x-y"},
 "unclosed tag": {"slides.md": "# A\n\n<div>\n\ntext\n"},
 "end tag without start": {"slides.md": "# A\n\ntext</p>\n"},
 "missing image": {"slides.md": "# A\n\n![x](/gone.png)\n"},
 "corrupt image": {"slides.md": "# A\n\n![x](/bad.png)\n", "public/bad.png": b"not a png"},
 "unknown icon": {"slides.md": "# A\n\n<div i-carbon-no-such-icon />\n"},
 "runaway expression": {"slides.md": "# {{ (() => { while (true) {} })() }}\n"},
 "bad expression": {"slides.md": "# {{ a.b.c }}\n"},
 "unknown theme": {"slides.md": "---\ntheme: nonexistent\n---\n# A\n"},
 "theme not a string": {"slides.md": "---\ntheme: [a]\n---\n# A\n"},
 "bad uno config": {"slides.md": "# A\n", "uno.config.ts": "export default { shortcuts: { btn: () => 1 } "},
 "deep nesting": {"slides.md": "# A\n\n" + "<div>" * 10000 + "x" + "</div>" * 10000 + "\n"},
 "big deck": {"slides.md": "# A\n\n" + ("lorem ipsum " * 10 + "\n") * 460000},
 "bad math": {"slides.md": "# A\n\n$$\n\\frac{1}{\n$$\n"},
 "script with import": {"slides.md": "# A\n\n<script setup>\nimport x from 'y'\n</script>\n"},
 "decompression bomb": {"slides.md": "# A\n\n![x](/bomb.png)\n", "@bomb": True},
 "missing deck": {"@missing": True},
 "output is an input": {"slides.md": "# A\n", "@output_self": True},
 "output folder missing": {"slides.md": "# A\n", "@output": "nofolder/x.pdf"},
}


ERRORS = {
    'tab in YAML': (1, '{tmp}/deck/slides.md:3: bad frontmatter YAML: a tab character; YAML indents with spaces'),
    'bad YAML flow': (1, "{tmp}/deck/slides.md:2: bad frontmatter YAML: expected ',' or ']', but got '<stream end>'"),
    'YAML not a mapping': (1, "{tmp}/deck/slides.md:1: frontmatter must be a YAML mapping (key: value lines) (a '---' directly above text opens frontmatter; leave a blank line after it)"),
    'duplicate YAML key': (1, "{tmp}/deck/slides.md:3: bad frontmatter YAML: duplicate key 'title'"),
    'alias bomb': (1, '{tmp}/deck/slides.md:2: bad frontmatter YAML: its aliases expand to more than 100,000 values (an alias bomb?); refused'),
    'layout not a string': (1, "{tmp}/deck/slides.md:1: layout must be a layout's name, not ['a'] (write e.g. `layout: center`)"),
    'aspectRatio wrong': (1, "{tmp}/deck/slides.md:1: invalid aspectRatio 'wide' (use a value such as 16/9 or 4/3)"),
    'canvasWidth wrong': (1, '{tmp}/deck/slides.md:1: canvasWidth must be a positive number, not -5'),
    'colorSchema wrong': (1, "{tmp}/deck/slides.md:1: colorSchema must be auto, light or dark, not 'purple'"),
    'src outside': (1, '{tmp}/deck/slides.md:3: src: ../../etc/passwd is outside the deck folder {tmp}/deck (use --root to widen the folder the deck may read)'),
    'src bad range': (1, "{tmp}/deck/slides.md:3: bad slide range in src: 'x-y' in range 'x-y' is not a number or a-b range"),
    'src range out of bounds': (1, "{tmp}/deck/slides.md:3: src range '5' selects no slide (1 in the file)"),
    'import cycle': (1, '{tmp}/deck/b.md:1: src: import cycle (./a.md -> ./b.md -> ./a.md)'),
    'self import': (1, '{tmp}/deck/slides.md:3: src: import cycle (./slides.md)'),
    'src not a string': (1, '{tmp}/deck/slides.md:3: src must be a file path, not [1]'),
    'non-UTF-8 deck': (1, '{tmp}/deck/slides.md:1: is not UTF-8 text (save the file as UTF-8)'),
    'non-UTF-8 import': (1, '{tmp}/deck/p.md:1: is not UTF-8 text (save the file as UTF-8)'),
    'binary file': (1, '{tmp}/deck/slides.md: is a binary file, not Markdown'),
    'empty deck': (1, '{tmp}/deck/slides.md: the deck is empty (write some Markdown slides)'),
    'whitespace deck': (1, '{tmp}/deck/slides.md: the deck is empty (write some Markdown slides)'),
    'only hidden slides': (1, '{tmp}/deck/slides.md: the deck has no slides (write some Markdown below the headmatter)'),
    'range selects nothing': (2, "--range '5-9' selects no slide (the deck has 1)"),
    'bad range syntax': (2, "--range: 'x-y' in range 'x-y' is not a number or a-b range"),
    'theme not a string': (1, '{tmp}/deck/slides.md:1: theme must be text, not a list'),
    'deep nesting': (1, '{tmp}/deck/slides.md:1: slide 1: markup nested more than 256 elements deep (flatten the markup; no slide needs that many nested elements)'),
    'big deck': (1, '{tmp}/deck/slides.md is 53 MB, over the 20 MB limit'),
    'missing deck': (1, "{tmp}/deck/slides.md does not exist (give the path of the deck's slides.md)"),
    'output is an input': (2, "--output {tmp}/deck/slides.md is one of the deck's own files; it is never written to"),
    'output folder missing': (1, 'cannot write {tmp}/nofolder/x.pdf: folder {tmp}/nofolder does not exist'),
}
WARNINGS = {
    'clicks not a number': "clicks: slide 1: 'clicks: many' is not a number; ignored",
    'unclosed tag': 'markup: slide 1: <div> has no end tag',
    'end tag without start': 'markup: slide 1: </p> has no matching start tag',
    'missing image': 'missing-image: /gone.png not found (an empty box is drawn)',
    'corrupt image': 'image: bad.png is not a readable PNG image (an empty box is drawn)',
    'unknown icon': 'icon: no icon i-carbon-no-such-icon (an empty box of its size is drawn); slide(s) 1',
    'runaway expression': 'expression: slide 1: `(() => { while (true) {} })()` ran away: stopped after 0.25 s',
    'bad expression': "expression: slide 1: `a.b.c` failed: TypeError: cannot read property 'b' of undefined",
    'missing src': 'import: src: ./gone.md not found (looked for {tmp}/deck/gone.md); that slide is left out',
    'src is a folder': 'import: src: ./dir not found (looked for {tmp}/deck/dir); that slide is left out',
    'unknown theme': "theme: theme 'nonexistent' is not available; using the default theme",
    'unknown layout': "layout: unknown layout 'two-col' (known layouts: center, cover, default, end, fact, full, iframe, iframe-left, iframe-right, image, image-left, image-right, intro, none, quote, section, statement, two-cols, two-cols-header); slide(s) 1 use 'default'",
    'bad uno config': "uno-config: shortcuts: 1 entry uses functions or patterns, which need the deck's JavaScript; left out",
    'bad math': 'math: slide 1: $\\frac{1}{$ cannot be typeset (NoAvailableTokensError); its TeX source is shown',
    'script with import': "script: slides.md imports 'y' (not installed in the deck's node_modules); what it gives is undefined, the rest is drawn",
    'decompression bomb': 'image: bomb.png is 12,000 × 12,000 pixels, over the 100,000,000-pixel limit (a decompression bomb?); refused (an empty box is drawn)',
}


def build(tmp_path, name):
    deck = tmp_path / "deck"
    deck.mkdir()
    options, output = {}, tmp_path / "out.pdf"
    for file, content in DECKS[name].items():
        if file == "@range":
            options["range"] = content
        elif file == "@output_self":
            output = deck / "slides.md"
        elif file == "@output":
            output = tmp_path / content
        elif file == "@bomb":
            from PIL import Image
            (deck / "public").mkdir()
            Image.new("1", (12_000, 12_000)).save(deck / "public" / "bomb.png")
        elif file != "@missing":
            path = deck / file
            path.parent.mkdir(parents=True, exist_ok=True)
            (path.write_bytes if isinstance(content, bytes) else path.write_text)(content)
    return deck / "slides.md", output, options


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_a_broken_deck_gives_its_message_and_writes_nothing(tmp_path, name):
    entry, output, options = build(tmp_path, name)
    previous = tmp_path / "out.pdf"
    if output == previous:
        previous.write_bytes(b"%PDF the previous export")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    with pytest.raises(SlidepdfError) as caught:
        slidepdf.export(entry, output, **options)
    code, message = ERRORS[name]
    assert (caught.value.exit_code, str(caught.value)) == (code, message.format(tmp=tmp_path))
    after = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before                            # nothing written, nothing changed


@pytest.mark.parametrize("name", sorted(WARNINGS))
def test_a_deck_that_still_prints_gives_its_warning(tmp_path, name):
    entry, output, options = build(tmp_path, name)
    result = slidepdf.export(entry, output, **options)
    assert WARNINGS[name].replace("{tmp}", str(tmp_path)) in [f"{w.kind}: {w.message}" for w in result.warnings]
    assert result.output.is_file()


def test_the_catalogue_is_large_enough():
    assert len(ERRORS) + len(WARNINGS) >= 40
