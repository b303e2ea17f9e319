"""rules: UnoCSS preset-wind3's utility rules, one family per module, in its definition order.

A rule is either static (an exact utility → declarations) or dynamic (a regular expression
and a function of its match → declarations or None). As in UnoCSS, static rules are tried
first, then dynamic rules from the last defined to the first, and a rule that returns None
lets the next one try. The definition index orders the generated CSS, which is what decides
conflicts (`p-4 px-2`: the `px` rule comes later, so it wins). That order is `ORDER` below,
and nothing else: each family module only fills its own list.
"""
from __future__ import annotations

from . import (alignment, animations, backgrounds, borders, columns, displays, filters, flex, gaps, grids,
               interactivity, lists, overflows, positions, shadows, sizes, spacing, svg, tables, transforms,
               transitions, typography)
from .base import Rule, RuleList

# preset-wind3's `rules` array, family by family (paddings come after the SVG rules there)
ORDER: tuple[RuleList, ...] = (
    positions.rules, grids.rules, spacing.margins, displays.rules, sizes.rules, flex.rules, tables.rules,
    transforms.rules, animations.rules, interactivity.rules, lists.rules, columns.rules, alignment.rules,
    gaps.rules, overflows.rules, borders.rules, backgrounds.rules, svg.rules, spacing.paddings,
    typography.rules, shadows.rules, filters.rules, transitions.rules,
)


def build_rules(order: tuple[RuleList, ...]) -> tuple[dict[str, Rule], list[Rule], dict[str, int]]:
    """The static table, the dynamic list (in definition order) and the index of each tagged rule."""
    statics: dict[str, Rule] = {}
    dynamics: list[Rule] = []
    tagged: dict[str, int] = {}
    items = [item for family in order for item in family.items]
    for index, (kind, key, value, tag) in enumerate(items):
        if kind == "static":
            statics[key] = Rule(index, key, None, value, None)
        else:
            dynamics.append(Rule(index, None, key, None, value))
        if tag:
            tagged[tag] = index
    return statics, dynamics, tagged


STATIC_RULES, DYNAMIC_RULES, _TAGGED = build_rules(ORDER)
FONT_FAMILY_RULE = _TAGGED["font-family"]
