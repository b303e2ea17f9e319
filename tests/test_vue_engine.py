"""The JavaScript sandbox: real JavaScript, Vue's name lookup, no I/O, bounded time and memory."""
import time

import pytest

from slidepdf.vue.engine import ExpressionError, JsEngine


@pytest.fixture(scope="module")
def engine():
    return JsEngine(time_limit=0.2, memory_limit=32 * 1024**2)


def test_evaluates_javascript_not_python(engine):
    assert engine.evaluate("[1, 2, 3].map(x => x * 2)") == [2, 4, 6]
    assert engine.evaluate("`${1 + 1}px`") == "2px"
    assert engine.evaluate("0.1 + 0.2 === 0.3") is False
    assert engine.evaluate("'a' + 1") == "a1"


def test_locals_shadow_the_page_scope(engine):
    engine.set_page_scope({"$clicks": 2, "idx": 9})
    assert engine.evaluate("$clicks >= idx + 1", {"idx": 1}) is True
    assert engine.evaluate("idx") == 9


def test_unknown_names_are_undefined_as_in_vue(engine):
    assert engine.evaluate("typeof nothingHere") == "undefined"
    assert engine.evaluate("nothingHere") is None
    with pytest.raises(ExpressionError, match="TypeError"):
        engine.evaluate("nothingHere.field")


def test_javascript_globals_stay_reachable(engine):
    assert engine.evaluate("Math.max(1, 4)") == 4
    assert engine.evaluate("JSON.stringify({a: 1})") == '{"a":1}'


def test_functions_and_undefined_do_not_cross_into_python(engine):
    assert engine.evaluate("({a: undefined, b: () => 1, c: 1})") == {"c": 1}
    assert engine.evaluate("[undefined, 1]") == [None, 1]


def test_iterate_follows_vue_render_list(engine):
    assert engine.iterate("['a', 'b']") == [("a", 0, 0), ("b", 1, 1)]
    assert engine.iterate("3") == [(1, 0, 0), (2, 1, 1), (3, 2, 2)]
    assert engine.iterate("({x: 1, y: 2})") == [(1, "x", 0), (2, "y", 1)]
    assert engine.iterate("'ab'") == [("a", 0, 0), ("b", 1, 1)]
    assert engine.iterate("null") == []


def test_no_io_is_reachable(engine):
    for name in ("require", "process", "fetch", "std", "os", "XMLHttpRequest"):
        assert engine.evaluate(f"typeof {name}") == "undefined", name


def test_a_syntax_error_is_reported_without_the_wrappers_tokens(engine):
    with pytest.raises(ExpressionError, match="SyntaxError") as caught:
        engine.evaluate("a +")
    assert caught.value.kind == "error" and "')'" not in caught.value.message


def test_an_endless_loop_stops_in_bounded_time(engine):
    started = time.monotonic()
    with pytest.raises(ExpressionError) as caught:
        engine.evaluate("(() => { while (true) {} })()")
    assert caught.value.kind == "timeout"
    assert time.monotonic() - started < 5
    # The same runaway expression is not run again.
    started = time.monotonic()
    with pytest.raises(ExpressionError):
        engine.evaluate("(() => { while (true) {} })()")
    assert time.monotonic() - started < 0.1


def test_endless_allocation_is_stopped_and_the_engine_still_works(engine):
    engine.set_page_scope({"$page": 7})
    with pytest.raises(ExpressionError) as caught:
        engine.evaluate("new Array(1e8).fill(1.5).length")
    assert caught.value.kind in ("memory", "timeout")
    assert engine.evaluate("$page + 1") == 8


def test_endless_recursion_is_an_error_not_a_crash(engine):
    with pytest.raises(ExpressionError):
        engine.evaluate("(function f() { return f() })()")
    assert engine.evaluate("1 + 1") == 2


def test_observers_exist_in_scripts_and_every_observed_element_is_on_screen():
    engine = JsEngine()
    engine.set_script("let hit = null; new IntersectionObserver((entries) => { hit = entries[0].isIntersecting })"
                      ".observe({}); new ResizeObserver(() => { hit = 'resized' }).observe({});", ["hit"])
    assert engine.evaluate("hit") is True
