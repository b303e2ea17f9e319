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
