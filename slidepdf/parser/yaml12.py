"""YAML as Slidev reads it: the `yaml` package's YAML 1.2 core schema, loaded safely.

PyYAML implements YAML 1.1, where `yes`/`on` are booleans, `2024-02-29` is a date and
`1:20` a number. Slidev (YAML 1.2) keeps those as strings, so the resolvers are replaced
with the 1.2 core schema's. Loading is always safe (no Python objects), and documents
that expand aliases into huge trees are refused.
"""
from __future__ import annotations

import re
from typing import Any

import yaml

MAX_ALIAS_EXPANSION = 10_000


class DeckYamlLoader(yaml.SafeLoader):
    """SafeLoader with the YAML 1.2 core schema's implicit types."""

    yaml_implicit_resolvers: dict = {}

    def __init__(self, stream):
        super().__init__(stream)
        self._alias_uses = 0

    def construct_mapping(self, node, deep=False):
        # YAML 1.2 (and Slidev's `yaml` package) refuse a key given twice; PyYAML keeps the last
        seen = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"duplicate key '{key_node.value}'", key_node.start_mark)
                seen.add(key_node.value)
        return super().construct_mapping(node, deep)

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            self._alias_uses += 1
            if self._alias_uses > MAX_ALIAS_EXPANSION:
                raise yaml.YAMLError(f"more than {MAX_ALIAS_EXPANSION} aliases (an alias bomb?)")
        return super().compose_node(parent, index)


def _resolver(tag: str, pattern: str, first: list[str]) -> None:
    DeckYamlLoader.add_implicit_resolver(tag, re.compile(pattern, re.X), first)


_resolver("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF"))
_resolver("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", [*"~nN", ""])
_resolver("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789"))
_resolver(
    "tag:yaml.org,2002:float",
    r"""^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?
        |[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$""",
    list("-+0123456789."),
)


def _construct_int(loader: DeckYamlLoader, node) -> int:
    value = loader.construct_scalar(node)
    if value.startswith("0o"):
        return int(value[2:], 8)
    if value.startswith("0x"):
        return int(value[2:], 16)
    return int(value)


DeckYamlLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)


class YamlProblem(Exception):
    """A YAML error with the 0-based line inside the YAML text where it was found."""

    def __init__(self, message: str, line: int | None):
        super().__init__(message)
        self.message = message
        self.line = line


MAX_EXPANDED_VALUES = 100_000


def _expanded_size_exceeds(value: Any, limit: int) -> bool:
    """Whether the data, with every alias expanded (as JSON or JavaScript would see it), has
    more than `limit` values. Aliases share objects in Python, so the bomb stays small until
    something walks it."""
    count, stack = 0, [value]
    while stack:
        item = stack.pop()
        count += 1
        if count > limit:
            return True
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
    return False


def load_yaml(text: str) -> Any:
    try:
        data = yaml.load(text, Loader=DeckYamlLoader)  # noqa: S506 - DeckYamlLoader is a SafeLoader
        if _expanded_size_exceeds(data, MAX_EXPANDED_VALUES):
            return _raise(f"its aliases expand to more than {MAX_EXPANDED_VALUES:,} values (an alias bomb?); "
                          "refused", None)
        return data
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark and "end" in (exc.problem or ""):
            mark = exc.context_mark     # an unclosed bracket or quote: point at where it opened
        problem = exc.problem or exc.context or "invalid YAML"
        if "\t" in problem or "found character '\\t'" in str(exc):
            problem = "a tab character; YAML indents with spaces"
        return _raise(problem, mark.line if mark else None)
    except yaml.YAMLError as exc:
        return _raise(str(exc), None)
    except RecursionError:
        return _raise("nested too deeply", None)


def _raise(message: str, line: int | None):
    raise YamlProblem(message, line)
