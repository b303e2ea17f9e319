"""highlight: code blocks coloured like Slidev's default Shiki themes, with Pygments.

Slidev highlights with Shiki's `vitesse-light` / `vitesse-dark`. Pygments' token types are
mapped onto the same colours (classes `tok-*`, coloured per scheme by the theme's CSS), and
the output keeps one `span.line` per source line, which the click stage dims line by line.
"""
from __future__ import annotations

from functools import lru_cache

from markdown_it.common.utils import escapeHtml
from pygments import lex
from pygments.lexers import get_lexer_by_name
from pygments.token import Token
from pygments.util import ClassNotFound

# Shiki language ids that Pygments spells differently.
_ALIASES = {"vue": "html", "sh": "bash", "shell": "bash", "zsh": "bash", "console": "bash", "ts": "typescript",
            "tsx": "tsx", "js": "javascript", "mjs": "javascript", "cjs": "javascript", "yml": "yaml",
            "md": "markdown", "dockerfile": "docker", "jsonc": "json", "json5": "json", "py": "python",
            "rs": "rust", "golang": "go", "kt": "kotlin", "c++": "cpp", "text": "text", "txt": "text", "": "text"}
# Most specific first: the first token type a token is a child of names its class.
_CLASSES = (
    (Token.Comment, "comment"), (Token.Literal.String.Regex, "regex"), (Token.Literal.String, "string"),
    (Token.Literal.Scalar, "string"),
    (Token.Literal.Number, "number"), (Token.Keyword.Constant, "constant"), (Token.Keyword.Type, "type"),
    (Token.Keyword, "keyword"), (Token.Name.Builtin, "builtin"), (Token.Name.Function, "function"),
    (Token.Name.Class, "type"), (Token.Name.Tag, "tag"), (Token.Name.Attribute, "attribute"),
    (Token.Name.Decorator, "function"), (Token.Name.Constant, "constant"), (Token.Name.Property, "property"),
    (Token.Name.Variable, "variable"), (Token.Name.Namespace, "variable"), (Token.Name, "name"),
    (Token.Operator.Word, "keyword"), (Token.Operator, "operator"), (Token.Punctuation, "punctuation"),
    (Token.Generic.Deleted, "deleted"), (Token.Generic.Inserted, "inserted"), (Token.Generic.Heading, "keyword"),
)


# Where a language's grammar in Shiki colours a token type differently: YAML keys are
# properties there (entity.name.tag.yaml in vitesse), not HTML tags.
_LANGUAGE_CLASSES = {"yaml": {Token.Name.Tag: "property"}}
# The elements Shiki's HTML grammar knows (HTML's own, obsolete ones included, and the SVG and
# MathML roots); any other tag without a hyphen (`<Counter/>`) it marks invalid.illegal.unrecognized-tag,
# which vitesse colours as an error.
_HTML_ELEMENTS = frozenset("""
a abbr acronym address applet area article aside audio b base basefont bdi bdo bgsound big blink blockquote
body br button canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl
dt em embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr
html i iframe image img input ins isindex kbd keygen label legend li link listing main map mark marquee math
menu menuitem meta meter multicol nav nextid nobr noembed noframes noscript object ol optgroup option output p
param picture plaintext pre progress q rb rp rt rtc ruby s samp script search section select slot small source
spacer span strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time title
tr track tt u ul var video wbr xmp""".split())
_HTML_LANGUAGES = frozenset(("html", "htm", "xhtml"))


@lru_cache(maxsize=64)
def _lexer(lang: str):
    name = _ALIASES.get(lang.lower(), lang.lower())
    try:
        return get_lexer_by_name(name, stripnl=False, ensurenl=False)
    except ClassNotFound:
        return None


def token_class(token_type, language: str = "") -> str | None:
    for parent, name in _LANGUAGE_CLASSES.get(language, {}).items():
        if token_type in parent:
            return name
    for parent, name in _CLASSES:
        if token_type in parent:
            return name
    return None


def highlight_lines(code: str, lang: str) -> list[str]:
    """The code as HTML, one string per source line, tokens wrapped in `span.tok-*`."""
    lexer = _lexer(lang)
    if lexer is None:
        return [escapeHtml(line) for line in code.split("\n")]
    language = _ALIASES.get(lang.lower(), lang.lower())
    lines: list[list[tuple[str | None, str]]] = [[]]
    for token_type, value in lex(code, lexer):
        name = token_class(token_type, language)
        if name == "tag" and lang.lower() in _HTML_LANGUAGES and "-" not in value \
                and value.lower() not in _HTML_ELEMENTS:
            name = "unknown-tag"
        for index, part in enumerate(value.split("\n")):
            if index:
                lines.append([])
            if not part:
                continue
            if lines[-1] and lines[-1][-1][0] == name:       # one span per run of one colour
                lines[-1][-1] = (name, lines[-1][-1][1] + part)
            else:
                lines[-1].append((name, part))
    source_lines = code.split("\n")
    lines = (lines + [[]] * len(source_lines))[:len(source_lines)]
    return ["".join(f'<span class="tok-{name}">{escapeHtml(text)}</span>' if name else escapeHtml(text)
                    for name, text in parts) for parts in lines]
