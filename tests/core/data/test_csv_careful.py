"""Tests for core/data/csv_careful.py: the delimiter and header decided from the first lines, and
the first problem of a block found in reading order, named by line and column."""

from __future__ import annotations

import numpy as np
import pytest

from core.checks.errors import DataError, FileFormatError
from core.data.csv_careful import (
    Layout,
    Targets,
    describe,
    looks_like_header,
    parse_block,
    sniff_delimiter,
    split_rows,
    to_float,
)


def layout(width=3, delimiter=","):
    return Layout("d.csv", delimiter, width, None, [f"column {j + 1}" for j in range(width)],
                  list(range(width - 1)), [width - 1])


@pytest.mark.parametrize("lines, expected", [
    (["a,b,c", "1,2,3"], ","), (["a;b;c", "1,5;2;3"], ";"), (["a\tb", "1\t2"], "\t"),
    (["1 2  3", "4 5 6"], None), (["a,b;c", "1,2;3"], ";"),
])
def test_sniff_delimiter(lines, expected):
    """Tab, then semicolon, then comma when it splits every line alike; else whitespace."""
    assert sniff_delimiter(lines) == expected


def test_header_detection_reads_decimal_commas_as_numbers():
    """A European file's data row '0,5;1,5;cat' is numbers (and a name), so 'x1;x2;label' above it
    is a header; read without decimal commas, no column would be text over a number."""
    assert looks_like_header([["x1", "x2", "label"], ["0,5", "1,5", "cat"]], decimal_comma=True)
    assert not looks_like_header([["x1", "x2", "label"], ["0,5", "1,5", "cat"]],
                                 decimal_comma=False)
    assert not looks_like_header([["0,5", "1,5", "0"], ["0,7", "2,5", "1"]], decimal_comma=True)


def test_numbers_are_finite_and_of_sane_size():
    """'nan', 'inf', '1e999', '1_000' and values beyond 1e150 are not numbers to train on."""
    assert to_float("1e150") == 1e150 and to_float("-2.5e-3") == -2.5e-3
    for cell in ("nan", "inf", "1e999", "1_000", "0x10", "1e200", ""):
        assert to_float(cell) is None
    assert describe("1e200") == "'1e200' is too large (beyond ±1e+150)"
    assert describe("1e999") == "'1e999' is not a finite number"
    assert describe("NA") == "missing value ('NA')"


def test_parse_block_values_codes_and_lines():
    """Cells become floats, labels codes in order of appearance, blank lines are skipped."""
    targets = Targets(1)
    X, codes, lines = parse_block(layout(), [(3, "1,2,cat"), (4, ""), (5, "3,4,dog"),
                                             (6, "5,6,cat")], targets)
    np.testing.assert_array_equal(X, [[1, 2], [3, 4], [5, 6]])
    assert codes[:, 0].tolist() == [0, 1, 0] and targets.uniques == [["cat", "dog"]]
    assert lines.tolist() == [3, 5, 6]


@pytest.mark.parametrize("block, error, message", [
    ([(1, "1,x,0"), (2, "1,2")], DataError, "d.csv, line 1, column 2: 'x' is not a number"),
    ([(1, "1,2"), (2, "1,x,0")], FileFormatError, "line 1: 2 fields, but the first row has 3"),
    ([(1, "1,2,"), (2, "y,2,0")], DataError, "line 1, column 3: missing value"),
    ([(1, '1,"2,0'), (2, "y,2,0")], FileFormatError, "line 1: a quote is opened and not closed"),
    ([(7, "1,2,0"), (8, "1,1e200,0")], DataError, "line 8, column 2: '1e200' is too large"),
])
def test_first_problem_in_reading_order(block, error, message):
    """Whatever comes first in the file is what is reported, line and column included."""
    with pytest.raises(error, match=message):
        parse_block(layout(), block, Targets(1))


def test_an_open_quote_does_not_swallow_the_next_line():
    """Each line is its own row: an unclosed quote is refused on its line."""
    with pytest.raises(FileFormatError, match="line 5: a quote"):
        split_rows("d.csv", ",", [(4, '1,"2",3'), (5, '"4,5,6'), (6, '7",8,9')])
