"""Agreement with real UnoCSS under Slidev's config (skipped where ../shared is absent).

`../shared/conformance/unocss/tokens.json` holds what UnoCSS 66 generates for each token alone.
Both sides go through the same WeasyPrint rewrites (`style.weasy.rewrite`) and are compared as
declaration lists per rule, selectors and media aside. Icons are compared on their box (width
and height): UnoCSS draws them as masks, slidepdf as inline SVG.
"""
import json
import re

import pytest

from slidepdf.style import StyleContext
from slidepdf.style.generate import generate_token
from slidepdf.style.printcss import rewrite

from .conftest import SHARED

TOKENS = SHARED / "conformance" / "unocss" / "tokens.json"
# UnoCSS's default font stacks after Slidev's resolveFonts (theme-default's fonts).
FONTS = (
    ("sans", '"Avenir Next","Nunito Sans",ui-sans-serif,system-ui,-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,'
             '"Helvetica Neue",Arial,"Noto Sans",sans-serif,"Apple Color Emoji","Segoe UI Emoji","Segoe UI Symbol",'
             '"Noto Color Emoji"'),
    ("mono", '"Fira Code",ui-monospace,SFMono-Regular,Menlo,Monaco,Consolas,"Liberation Mono","Courier New",monospace'),
)
# Misses we accept, and why.
ACCEPTED = {
    "prose": "@unocss/preset-typography's article styles: not generated (Slidev's layouts style prose themselves)",
    "text-[theme(colors.red.500)]": "UnoCSS leaves theme() to a later transformer and emits the raw hex; "
                                    "we resolve it as a colour",
}


def parse_css(css: str) -> list[tuple]:
    css = re.sub(r"@keyframes[^{]*\{(?:[^{}]*\{[^}]*\})*[^}]*\}", "", css)
    rules = []
    for match in re.finditer(r"([^{}]+)\{([^{}]*)\}", css):
        if match[1].strip().startswith("@"):
            continue
        declarations = []
        for part in re.split(r";(?![^(]*\))", match[2]):
            if ":" in part:
                name, _, value = part.partition(":")
                declarations.append((name.strip(), value.strip()))
        rules.append(tuple(rewrite(declarations)[0]))
    return sorted(rules)


def box(rules):
    return sorted((name, value) for rule in rules for name, value in rule if name in ("width", "height"))


@pytest.mark.skipif(not TOKENS.is_file(), reason="../shared/conformance is not present")
def test_utilities_agree_with_unocss():
    expected = json.loads(TOKENS.read_text("utf-8"))
    context = StyleContext(font_families=FONTS)
    agree, differ, wrongly_matched = [], [], []
    for token, want in expected.items():
        generated = generate_token(token, context)
        if not want["matched"]:
            if generated is not None:
                wrongly_matched.append(token)
            continue
        mine = sorted(tuple(rewrite(rule.declarations)[0]) for rule in generated) if generated else None
        theirs = parse_css(want["css"])
        is_icon = token.startswith("i-") or ":i-" in token
        same = mine is not None and (box(mine) == box(theirs) if is_icon else mine == theirs)
        (agree if same else differ).append(token)
    rate = len(agree) / (len(agree) + len(differ))
    print(f"\nUnoCSS agreement: {len(agree)}/{len(agree) + len(differ)} = {rate:.1%}; "
          f"differ: {', '.join(differ)}")
    assert not wrongly_matched, f"UnoCSS does not match these, slidepdf must report them: {wrongly_matched}"
    assert rate >= 0.97
    assert set(differ) <= set(ACCEPTED), f"new differences: {sorted(set(differ) - set(ACCEPTED))}"
