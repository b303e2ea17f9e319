"""Slidev's range grammar for --range and src: ranges."""
import pytest

from slidepdf.parser import RangeSyntaxError, parse_range


@pytest.mark.parametrize("text, expected", [
    (None, [1, 2, 3, 4, 5]), ("", [1, 2, 3, 4, 5]), ("all", [1, 2, 3, 4, 5]), ("*", [1, 2, 3, 4, 5]),
    ("none", []), ("2", [2]), ("1,3-4", [1, 3, 4]), ("4-", [4, 5]), ("3;1", [1, 3]),
    ("5,5,1", [1, 5]), ("2-9", [2, 3, 4, 5]), ("7", []),
])
def test_ranges(text, expected):
    assert parse_range(5, text) == expected


@pytest.mark.parametrize("text", ["a", "1-x", "3-1", "-2"])
def test_bad_ranges(text):
    with pytest.raises(RangeSyntaxError):
        parse_range(5, text)
