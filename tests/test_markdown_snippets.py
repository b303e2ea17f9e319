"""`<<< @/file#region` lines become code blocks, as Slidev's snippet import makes them."""
import re

import slidepdf
from tests.helpers import pages_of

FILE = """import { ref } from 'vue'

// #region snippet
  export function emptyArray(length: number) {
    return Array.from({ length })
  }
// #endregion snippet

export const other = 1
"""



def test_a_region_of_a_file_becomes_a_highlighted_code_block(write_deck):
    entry = write_deck({"snippets/external.ts": FILE,
                        "slides.md": "# Code\n\n<<< @/snippets/external.ts#snippet {2}\n\n```md\n<<< not a snippet\n```\n"})
    pages, warnings = pages_of(entry)
    html = pages[-1].html
    assert "emptyArray" in html and "import" not in html and "other" not in html
    assert 'class="slidev-code language-ts"' in html and "&lt;&lt;&lt; not a snippet" in html
    assert re.search(r'<span class="line[^"]*">(<span class="tok-\w+">)?export', html)     # dedented
    assert len(pages) == 1 and not len(warnings)


def test_a_missing_or_outside_snippet_is_a_warning(write_deck, tmp_path):
    entry = write_deck({"slides.md": "# Code\n\n<<< @/nope.ts\n\n<<< ../../outside.ts\n"})
    result = slidepdf.export(entry, tmp_path / "a.pdf")
    assert [w.kind for w in result.warnings] == ["snippet", "snippet"]


def test_a_snippet_in_a_list_item_or_a_quote_stays_there_and_magic_move_steps_are_expanded(tmp_path):
    from slidepdf.errors import WarningLog
    from slidepdf.markdown.snippets import expand_snippets
    from slidepdf.model import Slide
    from slidepdf.policy import AccessPolicy

    (tmp_path / "a.ts").write_text("const a = 1")
    slide = Slide(1, tmp_path / "slides.md", 1, 1, 1, "", {}, {}, "default")
    content = ("- item\n\n  <<< ./a.ts\n\n> <<< ./a.ts\n\n````md magic-move\n<<< ./a.ts\n```ts\nx\n```\n````\n\n"
               "````md\n```\n<<< ./a.ts\n````\n")
    out = expand_snippets(content, slide, tmp_path, AccessPolicy(root=tmp_path), WarningLog())
    assert "  ```ts\n  const a = 1\n  ```" in out                     # inside the list item
    assert "> ```ts\n> const a = 1\n> ```" in out                      # inside the quote
    assert "````md magic-move\n```ts\nconst a = 1\n```" in out           # a magic-move step
    assert "````md\n```\n<<< ./a.ts\n````" in out                        # ``` does not close ````
