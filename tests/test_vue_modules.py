"""vue.modules and vue.typescript: scripts run as Vite would run them, TypeScript included, inside
the sandbox, with imports resolved through the access policy."""
import json

import pytest
import quickjs

import slidepdf
from slidepdf.vue.typescript import strip_types
from tests.conftest import png_bytes
from tests.helpers import pages_of

PNG = png_bytes()


def run_js(source: str, expression: str):
    context = quickjs.Context()
    context.eval(source)
    return json.loads(context.eval(f"JSON.stringify({expression})"))


@pytest.mark.parametrize("typescript, expression, value", [
    ("enum Color { Red, Green = 4, Blue }", "[Color.Red, Color.Blue, Color[4]]", [0, 5, "Green"]),
    ("enum Dir { Up = 'UP' }", "Dir.Up", "UP"),
    ("const n = (2 as number) + (3 as unknown as number)", "n", 5),
    ("let s: string | undefined = 'x'; const m = s!.length", "m", 1),
    ("function id<T>(v: T): T { return v }\nconst k = id<number>(7)", "k", 7),
    ("const cfg = { a: 1 } satisfies Record<string, number>", "cfg.a", 1),
    ("interface P { a: number }\ntype Q = P | null\nconst p: P = { a: 2 }", "p.a", 2),
    ("class Box<T> implements Iterable<T> { private readonly v: T; constructor(v: T) { this.v = v } get(): T "
     "{ return this.v } }\nconst b = new Box<number>(3).get()", "b", 3),
    ("declare const g: number\nconst arrow = <K,>(k: K, o?: number): K => k\nconst r = arrow(4)", "r", 4),
    ("function f(a: number, b?: number): asserts a is number {}\nconst ok = typeof f", "ok", "function"),
])
def test_typescript_runs_as_javascript_once_its_types_are_gone(typescript, expression, value):
    stripped = strip_types(typescript)
    assert stripped.problem is None
    assert stripped.source.count("\n") == typescript.count("\n")      # lines stay where they were
    assert run_js(stripped.source, expression) == value


def test_typescript_that_cannot_be_read_says_where():
    assert strip_types("const a = \nconst b: = 1").problem.startswith("line 2")


def test_a_typed_slide_script_importing_a_json_file_prints_its_values(write_deck):
    entry = write_deck({
        "data/prices.json": '{"coffee": 3.5, "tea": 2}',
        "slides.md": """
            # {{ total.toFixed(2) }} {{ label }}

            <script setup lang="ts">
            import prices from './data/prices.json'
            import { tea } from './data/prices.json'
            const total: number = prices.coffee + tea
            const label = `${Object.keys(prices).length} items` as string
            </script>
            """})
    pages, warnings = pages_of(entry)
    assert "<h1>5.50 2 items</h1>" in pages[0].html and not [w for w in warnings if w.kind == "script"]


def test_a_component_importing_a_helper_with_typed_props_and_defaults(write_deck):
    entry = write_deck({
        "utils/money.ts": "export function money(amount: number, currency = 'USD'): string {\n"
                          "  return `${amount.toFixed(2)} ${currency}`\n}\nexport const VAT: number = 0.2\n",
        "components/Price.vue": """
            <script setup lang="ts">
            import { computed } from 'vue'
            import { money, VAT } from '../utils/money'
            interface Props { amount: number; currency?: string }
            const props = withDefaults(defineProps<Props>(), { currency: 'EUR' })
            const shown = computed(() => money(props.amount * (1 + VAT), props.currency))
            </script>
            <template><span class="price">{{ shown }}</span></template>
            """,
        "slides.md": '<Price :amount="10" text-red-500 />\n\n<Price :amount="1" currency="CHF" />\n'})
    pages, warnings = pages_of(entry)
    html = pages[0].html
    assert "12.00 EUR" in html and "1.20 CHF" in html
    assert 'text-red-500' in html                           # not a declared prop: it falls through
    assert not list(warnings)


def test_a_layout_importing_its_helper_sets_the_background_from_its_computed_style(write_deck):
    entry = write_deck({
        "layoutHelper.ts": "export function handleBackground(background?: string): Record<string, string> {\n"
                           "  return background ? { background: `url(\"${background}\") center / cover` } : {}\n}\n",
        "layouts/banner.vue": """
            <script setup lang="ts">
            import { computed } from 'vue'
            import { handleBackground } from '../layoutHelper'
            const props = defineProps({ image: { type: String } })
            const style = computed(() => handleBackground(props.image))
            </script>
            <template><div class="slidev-layout banner" :style="style"><slot /></div></template>
            """,
        "public/sky.png": PNG,
        "slides.md": "---\nlayout: banner\nimage: /sky.png\n---\n\n# Sky\n"})
    pages, warnings = pages_of(entry)
    sky = (entry.parent / "public" / "sky.png").resolve().as_uri()
    assert f"url(&quot;{sky}&quot;) center / cover" in pages[0].html      # resolved as Vite's public/ is
    assert not list(warnings)


def test_a_global_layer_using_use_nav_prints_each_page_s_number(write_deck):
    entry = write_deck({
        "global-top.vue": """
            <script setup lang="ts">
            import { useNav } from '@slidev/client'
            const { currentPage, total } = useNav()
            </script>
            <template><div class="page-number">{{ currentPage }} of {{ total }}</div></template>
            """,
        "slides.md": "# One\n\n---\n\n# Two\n\n---\n\n# Three\n"})
    pages, _ = pages_of(entry)
    assert ["1 of 3" in pages[0].html, "2 of 3" in pages[1].html, "3 of 3" in pages[2].html] == [True] * 3


def test_a_small_esm_package_from_the_decks_node_modules_is_loaded(write_deck):
    entry = write_deck({
        "node_modules/tiny-case/package.json": '{"name": "tiny-case", "type": "module", "exports": {".": {"import": "./index.mjs"}}}',
        "node_modules/tiny-case/index.mjs": "import { joiner } from './join.mjs'\n"
                                            "export default function title(s) { return joiner(s.split(' ').map(w => w[0].toUpperCase() + w.slice(1))) }\n",
        "node_modules/tiny-case/join.mjs": "export const joiner = (parts) => parts.join(' ')\n",
        "slides.md": "# {{ title('hello small world') }}\n\n<script setup>\nimport title from 'tiny-case'\n</script>\n"})
    pages, warnings = pages_of(entry)
    assert "<h1>Hello Small World</h1>" in pages[0].html and not list(warnings)


def test_a_package_the_deck_does_not_have_is_one_warning_and_the_rest_prints(write_deck, tmp_path):
    entry = write_deck({
        "components/Chart.vue": """
            <script setup lang="ts">
            import { Chart, registerables } from 'chart.js'
            Chart.register(...(registerables || []))
            const title: string = 'Sales'
            </script>
            <template><figure><figcaption>{{ title }}</figcaption><canvas /></figure></template>
            """,
        "slides.md": "# Chart\n\n<Chart />\n\n<Chart />\n"})
    result = slidepdf.export(entry, tmp_path / "chart.pdf")
    scripts = [w for w in result.warnings if w.kind == "script"]
    assert len(scripts) == 1 and "'chart.js'" in scripts[0].message and "Chart.vue" in scripts[0].message
    pages, _ = pages_of(entry)
    assert pages[0].html.count("Sales") == 2


def test_imports_never_leave_the_deck_folder(write_deck, tmp_path):
    (tmp_path / "secret.js").write_text("export const secret = 'leaked'\n")
    entry = write_deck({"slides.md": "# {{ secret }}\n\n<script setup>\nimport { secret } from '../secret.js'\n</script>\n"})
    pages, warnings = pages_of(entry)
    assert "leaked" not in pages[0].html
    assert any("secret.js" in w.message and w.kind == "script" for w in warnings)


def test_a_commonjs_package_runs_as_node_runs_it(write_deck):
    entry = write_deck({
        "node_modules/old-pad/package.json": '{"name": "old-pad", "main": "index.js"}',
        "node_modules/old-pad/index.js": "var repeat = require('./repeat');\n"
                                         "try { require('fs'); module.exports.node = true } catch (e) { }\n"
                                         "module.exports = function pad(s, n) { return repeat('·', n - s.length) + s };\n"
                                         "module.exports.version = '1.0';\n",
        "node_modules/old-pad/repeat.js": "exports = module.exports = function (c, n) { return new Array(n + 1).join(c) };\n",
        "slides.md": "# {{ pad('ab', 5) }} {{ version }}\n\n<script setup>\nimport pad, { version } from 'old-pad'\n</script>\n"})
    pages, warnings = pages_of(entry)
    # its module.exports is the default export, its properties the named ones; `require` of a
    # Node built-in it does not get throws where it asks, as Node's would for a missing module
    assert "<h1>···ab 1.0</h1>" in pages[0].html and not list(warnings)


def test_seedrandom_is_bundled_and_gives_its_documented_numbers(write_deck):
    # from seedrandom's README: seedrandom('hello.')() is always 0.9282578795792454
    entry = write_deck({"slides.md": "# {{ first }} {{ alea }}\n\n<script setup>\nimport seedrandom from 'seedrandom'\n"
                                     "const first = seedrandom('hello.')()\nconst alea = typeof seedrandom.alea\n</script>\n"})
    pages, warnings = pages_of(entry)
    assert "0.9282578795792454 function" in pages[0].html and not list(warnings)
