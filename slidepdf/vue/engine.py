"""jsengine: Vue template expressions, evaluated by a sandboxed JavaScript engine.

Template expressions (`:class="$clicks > 1 ? 'a' : 'b'"`, `v-for="(x, i) in [...]"`,
`{{ item.label }}`) are JavaScript, so a JavaScript engine runs them: QuickJS, through the
`quickjs-ng` wheel (import name `quickjs`). QuickJS is a few MB installed against 82 MB for V8
(mini-racer), starts in well under a millisecond and evaluates a cached expression in about
15 µs: an expression language, not an application runtime, is what a slide needs. The
`quickjs-ng` build ships one abi3 wheel for every CPython from 3.10 on, so no compiler is
needed (the older `quickjs` wheel stops at 3.12).

The sandbox: the context has no std/os modules, no `require`, no `fetch`, no timers, and
nothing from Python is exposed to it. Each call is bounded in time, the runtime in memory
and stack depth; a runaway expression raises `ExpressionError` instead of hanging.

Names resolve as in Vue: the expression's local scope (v-for aliases), then the page scope
(`$clicks`, `$slidev`, `$frontmatter` …); an unknown name is `undefined`, not an error.
JavaScript's own globals (`Math`, `JSON`, `Date` …) stay reachable.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

import quickjs

DEFAULT_TIME_LIMIT = 0.25            # seconds per evaluation
DEFAULT_MEMORY_LIMIT = 64 * 1024**2  # bytes for the whole runtime
DEFAULT_STACK_LIMIT = 512 * 1024     # bytes

# Vue's list of globals a template may use (shared/src/globalsAllowList.ts).
_VUE_GLOBALS = (
    "Infinity,undefined,NaN,isFinite,isNaN,parseFloat,parseInt,decodeURI,decodeURIComponent,"
    "encodeURI,encodeURIComponent,Math,Number,Date,Array,Object,Boolean,String,RegExp,Map,Set,"
    "JSON,Intl,BigInt,console,Error,Symbol"
)

_PRELUDE = r"""
globalThis.console = { log() {}, warn() {}, error() {}, info() {}, debug() {} };
const __globals = new Set("%s".split(","));
const __compiled = new Map();
let __page = {};
let __script = {};
function __compile(source) {
  let fn = __compiled.get(source);
  if (!fn) {
    fn = new Function("__scope", "with (__scope) { return (" + source + "\n) }");
    __compiled.set(source, fn);
  }
  return fn;
}
function __scope(locals) {
  return new Proxy(locals, {
    has(target, key) {
      return typeof key === "string" && (key in target || (!__globals.has(key) && !key.startsWith("__")));
    },
    get(target, key) {
      if (key === Symbol.unscopables) return undefined;
      if (key in target) return target[key];
      const own = __components[__components.length - 1];
      if (own && key in own) return __unref(own[key]);
      return key in __script ? __script[key] : __page[key];
    },
    set(target, key, value) { target[key] = value; return true; },
  });
}
function __json(value) {
  return JSON.stringify({ v: value }, (key, item) =>
    typeof item === "function" || typeof item === "symbol" ? undefined
      : typeof item === "bigint" ? Number(item) : item);
}
function __display(value) {
  return value == null ? ""
    : Array.isArray(value) || (typeof value === "object" && value.toString === Object.prototype.toString)
      ? JSON.stringify(value, null, 2) : String(value);
}
// A component's <script setup> runs with these in place of Vue: refs are plain boxes that
// templates unwrap, reactive objects are the objects, lifecycle hooks run at once (print
// shows the mounted state), watchers and timers never fire.
const __noop = () => {};
const __isRef = (r) => !!(r && typeof r === "object" && r.__v_isRef === true);
const __unref = (r) => __isRef(r) ? r.value : r;
const __vue = {
  ref: (v) => __isRef(v) ? v : { __v_isRef: true, value: v },
  shallowRef: (v) => ({ __v_isRef: true, value: v }),
  computed: (g) => ({ __v_isRef: true, get value() { return typeof g === "function" ? g() : g.get(); } }),
  reactive: (o) => o, shallowReactive: (o) => o, readonly: (o) => o, shallowReadonly: (o) => o,
  toRaw: (o) => o, markRaw: (o) => o, unref: __unref, isRef: __isRef,
  toRef: (o, k) => k === undefined ? __vue.ref(o) : ({ __v_isRef: true, get value() { return o[k]; }, set value(v) { o[k] = v; } }),
  toRefs: (o) => Object.fromEntries(Object.keys(o).map((k) => [k, __vue.toRef(o, k)])),
  toValue: (r) => typeof r === "function" ? r() : __unref(r),
  watch: __noop, watchEffect: __noop, watchPostEffect: __noop, watchSyncEffect: __noop,
  onBeforeMount: (f) => f(), onMounted: (f) => f(), onBeforeUpdate: __noop, onUpdated: __noop,
  onBeforeUnmount: __noop, onUnmounted: __noop, onActivated: __noop, onDeactivated: __noop,
  nextTick: (f) => { if (f) f(); return { then: (g) => g && g() }; },
  defineComponent: (o) => o, useSlots: () => ({}), useAttrs: () => ({}), getCurrentInstance: () => null,
  provide: __noop, inject: (k, d) => d,
};
globalThis.setTimeout = globalThis.setInterval = () => 0;
globalThis.clearTimeout = globalThis.clearInterval = __noop;
globalThis.requestAnimationFrame = () => 0;
// Observers: on the printed page every element is on screen and keeps its size, so an
// IntersectionObserver reports each observed element visible at once; the others never fire.
globalThis.IntersectionObserver = class {
  constructor(callback) { this.callback = callback; }
  observe(target) { this.callback([{ isIntersecting: true, intersectionRatio: 1, target }], this); }
  unobserve() {} disconnect() {} takeRecords() { return []; }
};
globalThis.ResizeObserver = globalThis.MutationObserver = class {
  observe() {} unobserve() {} disconnect() {} takeRecords() { return []; }
};
// Vite's `import.meta` as a built deck sees it
const __importMeta = { env: { BASE_URL: "/", MODE: "production", DEV: false, PROD: true, SSR: false },
  url: "", hot: undefined, glob: () => ({}) };
// Modules: each a function of (__import, __exports), run once when first imported.
const __modules = new Map();
function __defineModule(id, body) { __modules.set(id, { body, exports: {}, state: 0 }); return true; }
// What an import that cannot be had gives: every member is itself, calling it gives undefined,
// and it prints as nothing.
const __standIn = new Proxy(function () {}, {
  get: (target, key) => key === Symbol.toPrimitive ? () => "" : key === Symbol.iterator ? function* () {}
    : key === "length" ? 0 : key === "then" || key === "toJSON" ? undefined : __standIn,
  apply: () => undefined, construct: () => ({}), has: () => false,
});
function __defineStandIn(id) { __modules.set(id, { exports: __standIn, state: 2 }); return true; }
function __import(id) {
  if (id === "vue") return __vue;
  if (id === "@slidev/client") return __slidevClient();
  if (id === "@slidev/types") return __slidevTypes;
  const module = __modules.get(id);
  if (!module) return __standIn;
  if (module.state === 0) {
    module.state = 1;                       // importing: a cycle sees the exports made so far
    try { new Function("__import", "__exports", module.body)(__import, module.exports); }
    catch (error) { module.state = 0; throw error; }
    module.state = 2;
  }
  return module.exports;
}
// @slidev/types: its `defineXxxSetup` helpers give back the function they are given.
const __slidevTypes = new Proxy({}, {
  get: (target, key) => typeof key === "string" && key.startsWith("define") ? (setup) => setup : undefined,
});
// @slidev/client's composables, as they read on the printed page (a page is never entered or left).
function __slidevClient() {
  const slidev = __page.$slidev || {}, nav = slidev.nav || {};
  const refs = Object.fromEntries(Object.entries(nav).map(([key, value]) => [key, __vue.ref(value)]));
  const navigation = { ...refs, next: __noop, prev: __noop, go: __noop, nextSlide: __noop, prevSlide: __noop,
    goFirst: __noop, goLast: __noop, slides: __vue.ref([]),
    // the route of the slide on this page, as a global layer reads it (its number, its frontmatter)
    currentSlideRoute: __vue.ref({ no: __page.$page, path: String(__page.$page),
      meta: { slide: { no: __page.$page, frontmatter: __page.$frontmatter || {} } } }) };
  return {
    useNav: () => navigation,
    useSlideContext: () => ({ $page: __vue.ref(__page.$page), $clicks: __vue.ref(__page.$clicks),
      $frontmatter: __page.$frontmatter, $renderContext: __vue.ref(__page.$renderContext), $nav: __vue.ref(navigation),
      $slidev: slidev, $clicksContext: __page.$clicksContext }),
    useDarkMode: () => ({ isDark: __vue.ref(!!__page.$isDark), toggleDark: __noop }),
    useIsSlideActive: () => __vue.ref(true),
    useSlideInfo: () => ({ info: __vue.ref({}) }),
    onSlideEnter: __noop, onSlideLeave: __noop,
    configs: slidev.configs || {}, themeConfigs: slidev.themeConfigs || {},
  };
}
// Vue's compiler macros: props as given, with the defaults a runtime declaration or withDefaults names.
function __withDefaults(props, defaults) {
  if (defaults && typeof defaults === "object")
    for (const key of Object.keys(defaults))
      if (props[key] === undefined) props[key] = typeof defaults[key] === "function" ? defaults[key]() : defaults[key];
  return props;
}
function __runtimeDefaults(declared) {
  const out = {};
  if (declared && typeof declared === "object" && !Array.isArray(declared))
    for (const [key, value] of Object.entries(declared))
      if (value && typeof value === "object" && "default" in value)
        out[key] = typeof value.default === "function" && value.type !== Function ? value.default : () => value.default;
  return out;
}
let __components = [];
function __pushComponent(source, names, props) {
  const given = JSON.parse(props);
  const run = new Function("__vue", "__props",
    "const defineProps = (declared) => __withDefaults(__props, __runtimeDefaults(declared)), " +
    "withDefaults = (p, d) => __withDefaults(p, d), defineEmits = () => () => {}, " +
    "defineExpose = () => {}, defineOptions = () => {}, defineSlots = () => ({}), " +
    "defineModel = (name, options) => { if (typeof name !== 'string') { options = name; name = 'modelValue'; } " +
    "return __vue.ref(__props[name] !== undefined ? __props[name] : options && options.default); };\n" +
    source + "\n;return {" + JSON.parse(names).join(",") + "};");
  __components.push(run(__vue, given));
  return true;
}
function __popComponent() { __components.pop(); return true; }
function __setPage(text) { __page = JSON.parse(text); return true; }
function __setScript(source, names) {
  __script = {};
  if (source) __script = new Function(source + "\n;return {" + JSON.parse(names).join(",") + "};")();
  return true;
}
function __evaluate(source, locals) {
  return __json(__compile(source)(__scope(JSON.parse(locals))));
}
function __iterate(source, locals) {
  const list = __compile(source)(__scope(JSON.parse(locals)));
  const out = [];
  if (Array.isArray(list) || typeof list === "string") {
    for (let i = 0; i < list.length; i++) out.push([list[i], i, i]);
  } else if (typeof list === "number") {
    for (let i = 0; i < list; i++) out.push([i + 1, i, i]);
  } else if (list && typeof list === "object") {
    if (typeof list[Symbol.iterator] === "function") Array.from(list).forEach((v, i) => out.push([v, i, i]));
    else Object.keys(list).forEach((k, i) => out.push([list[k], k, i]));
  }
  return __json(out);
}
""" % _VUE_GLOBALS


@dataclass
class ExpressionError(Exception):
    """An expression that threw, ran too long or used too much memory.

    `kind` is "error", "timeout" or "memory"; `message` is JavaScript's first line.
    """

    message: str
    kind: str = "error"

    def __str__(self) -> str:
        return self.message


def _jsonable(value: Any) -> Any:
    """Python values from earlier evaluations, made safe for JSON.parse (no NaN)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


class JsEngine:
    """One sandboxed QuickJS context for one export. Not shared between threads."""

    def __init__(self, time_limit: float = DEFAULT_TIME_LIMIT, memory_limit: int = DEFAULT_MEMORY_LIMIT,
                 stack_limit: int = DEFAULT_STACK_LIMIT):
        self.time_limit = time_limit
        self.memory_limit = memory_limit
        self.stack_limit = stack_limit
        self._page_json = "{}"
        self._runaway: dict[str, ExpressionError] = {}   # sources that ran away once are not run again
        self._modules: dict[str, str | None] = {}         # defined again when the context starts afresh
        self._as_javascript: dict[str, str] = {}          # TypeScript expressions, stripped once
        self.modules = None         # the export's ModuleLoader (`modules`), once something imports
        self._start()

    def _start(self) -> None:
        context = quickjs.Context()
        context.set_memory_limit(self.memory_limit)
        context.set_max_stack_size(self.stack_limit)
        context.eval(_PRELUDE)
        context.set_time_limit(self.time_limit)
        self._context = context
        self._evaluate = context.get("__evaluate")
        self._iterate = context.get("__iterate")
        self._set_page = context.get("__setPage")
        self._set_script = context.get("__setScript")
        self._push_component = context.get("__pushComponent")
        self._pop_component = context.get("__popComponent")
        self._set_page(self._page_json)
        for module_id, body in self._modules.items():
            if body is None:
                context.get("__defineStandIn")(module_id)
            else:
                context.get("__defineModule")(module_id, body)

    def set_page_scope(self, scope: dict[str, Any]) -> None:
        """The names every expression on the current page sees (`$clicks`, `$page` …)."""
        self._page_json = json.dumps(_jsonable(scope))
        try:
            self._set_page(self._page_json)
        except quickjs.JSException:          # too big for the sandbox: expressions see no page names
            self._page_json = "{}"
            self._start()

    def set_script(self, source: str | None, names: list[str] | None = None) -> None:
        """Run a slide's `<script setup>` body once; its top-level `names` join the scope of
        the slide's expressions until the next call. Raises ExpressionError when it fails."""
        try:
            self._set_script(source or "", json.dumps(names or []))
        except quickjs.JSException as exc:
            self._set_script("", "[]")
            raise self._translate(exc) from None

    def push_component(self, source: str, names: list[str], props: dict[str, Any]) -> None:
        """Run a component's `<script setup>` (Vue's API shimmed, `defineProps()` giving
        `props`); its top-level names are in scope, refs unwrapped, until `pop_component`.
        Raises ExpressionError when it fails (nothing is pushed then)."""
        try:
            self._push_component(source, json.dumps(names), json.dumps(_jsonable(props)))
        except quickjs.JSException as exc:
            raise self._translate(exc) from None
        except quickjs.StackOverflow:
            raise ExpressionError("too much recursion", "memory") from None

    def pop_component(self) -> None:
        self._pop_component()

    def define_module(self, module_id: str, body: str) -> None:
        """A module (see `modules`): `body` runs, once, when something first imports `module_id`."""
        self._context.get("__defineModule")(module_id, body)
        self._modules[module_id] = body

    def define_stand_in(self, module_id: str) -> None:
        """`module_id` gives the stand-in whose every member is undefined."""
        self._context.get("__defineStandIn")(module_id)
        self._modules[module_id] = None

    def evaluate(self, source: str, local_scope: dict[str, Any] | None = None) -> Any:
        """The value of a JavaScript expression, converted to JSON-like Python values."""
        return self._call(self._evaluate, source, local_scope)

    def iterate(self, source: str, local_scope: dict[str, Any] | None = None) -> list[tuple[Any, Any, int]]:
        """Vue's `renderList`: (value, key or index, index) for each item of a v-for source."""
        return [tuple(item) for item in self._call(self._iterate, source, local_scope) or []]

    def _call(self, function, source: str, local_scope: dict[str, Any] | None) -> Any:
        if source in self._runaway:
            raise self._runaway[source]
        source = self._as_javascript.get(source, source)
        locals_json = json.dumps(_jsonable(local_scope or {}))
        try:
            result = function(source, locals_json)
        except quickjs.JSException as exc:
            error = self._translate(exc)
            javascript = self._without_types(source) if error.message.startswith("SyntaxError") else None
            if javascript is not None:
                return self._call(function, javascript, local_scope)
            if error.message.startswith("SyntaxError"):
                # QuickJS names the token of the wrapper around the expression (`')'`): say what was written
                error = ExpressionError("SyntaxError: this is not a JavaScript expression", error.kind)
            if error.kind != "error":
                self._runaway[source] = error
            raise error from None
        except quickjs.StackOverflow:
            raise ExpressionError("too much recursion", "memory") from None
        except MemoryError:
            self._start()
            raise ExpressionError("out of memory", "memory") from None
        return json.loads(result).get("v") if isinstance(result, str) else None

    def _without_types(self, source: str) -> str | None:
        """A template expression written in TypeScript (`x as number`, `y!`), as JavaScript, the
        first time it fails to parse (Vue compiles a `lang="ts"` component's template so)."""
        from .typescript import strip_types

        stripped = strip_types(f"({source}\n)")
        javascript = stripped.source.strip() if stripped.problem is None else None
        if not javascript or javascript == f"({source}\n)".strip():
            return None
        self._as_javascript[source] = javascript
        return javascript

    def _translate(self, exc: Exception) -> ExpressionError:
        text = str(exc).strip()
        first = text.splitlines()[0] if text else ""
        if "interrupted" in first:
            return ExpressionError(f"stopped after {self.time_limit:g} s", "timeout")
        if not first or first == "null" or "out of memory" in first:
            # QuickJS reports an allocation past the limit as a bare `null` exception;
            # start a fresh context so later expressions do not inherit a full heap.
            self._start()
            return ExpressionError(f"used more than {self.memory_limit // 1024**2} MB", "memory")
        if "stack overflow" in first or "call stack" in first:
            return ExpressionError("too much recursion", "memory")
        return ExpressionError(first)
