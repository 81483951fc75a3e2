"""The careful path of the CSV importer: Python's `csv` module and one cell at a time.

It decides what the fast path cannot (the delimiter, whether the first row is a header) from the
first lines, and it reads any block of lines the fast path (core/data/csv_fast.py) could not take
as it is: quoted fields, blank lines, a bad cell. Whatever it refuses, it names the line and column
of the first problem in reading order, so both paths refuse a file with the same sentence.
"""

from __future__ import annotations

import csv
import math
import re

import numpy as np

from core.checks.errors import DataError, FileFormatError, FileTooLargeError, where
from core.i18n import translate

MISSING = {"", "na", "n/a", "nan", "null", "none", "?", "-"}
DELIMITERS = ("\t", ";", ",")  # in order of preference when several fit
# Beyond this, standardising (x - mean)² overflows and a network's sums would too.
MAX_MAGNITUDE = 1e150
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


class Targets:
    """The target cells as codes into `uniques` (the distinct cell texts, in order of appearance),
    so that a column of 60,000 labels costs 60,000 small integers, not 60,000 strings."""

    def __init__(self, n_columns: int):
        self.index: list[dict[str, int]] = [{} for _ in range(n_columns)]
        self.uniques: list[list[str]] = [[] for _ in range(n_columns)]

    def code(self, column: int, cell: str) -> int:
        """The code of `cell` in target column `column` (0-based among the targets)."""
        index = self.index[column]
        code = index.get(cell)
        if code is None:
            code = index[cell] = len(index)
            self.uniques[column].append(cell)
        return code

    def converter(self, column: int, decimal_comma: bool):
        """A numpy.loadtxt converter: cell text -> code (as float)."""
        def convert(cell: str) -> float:
            cell = cell.strip()
            return float(self.code(column, _decimal_comma(cell) if decimal_comma else cell))
        return convert


class Layout:
    """What the first lines decided: delimiter, width, header and which columns are which."""

    def __init__(self, path, delimiter, width, header, names, input_cols, target_cols):
        self.path, self.delimiter, self.width = path, delimiter, width
        self.header, self.names = header, names
        self.input_cols, self.target_cols = input_cols, target_cols

    def column(self, j: int) -> str:
        """'3 ("age")' with a header, '3' without: how a message names column j (0-based)."""
        return f'{j + 1} ("{self.names[j]}")' if self.header is not None else str(j + 1)


def split_text(text: str) -> list[str]:
    """Text (BOM removed) -> physical lines; '\\r\\n' and a lone '\\r' end a line too."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def first_rows(path, numbered: list[tuple[int, str]], max_cols: int):
    """Sniff the delimiter and split the first lines; refuses absurd widths before splitting."""
    line1, first = numbered[0]
    widest = max(len(first.split()), *(first.count(d) + 1 for d in DELIMITERS))
    if widest > max_cols:  # before splitting: a 10⁶-column header is refused, not parsed
        raise FileTooLargeError(where(path, line1) + translate(
            "CsvCareful", "{widest} columns, more than the limit of {max_cols}").format(
            widest=widest, max_cols=max_cols))
    try:
        delimiter = sniff_delimiter([ln for _, ln in numbered[:20]])
        rows = split_rows(path, delimiter, numbered)
    except csv.Error as exc:  # e.g. a field longer than csv's limit of 128 KiB
        raise FileFormatError(where(path) + translate(
            "CsvCareful", "not readable as CSV ({error})").format(
            error=exc)) from None
    return delimiter, rows


def sniff_delimiter(lines: list[str]) -> str | None:
    """Tab, semicolon or comma if it occurs the same number of times (> 0) on every sampled line;
    None means runs of whitespace."""
    for d in DELIMITERS:
        counts = {len(_split(d, [ln])[0]) for ln in lines}
        if len(counts) == 1 and counts.pop() > 1:
            return d
    for d in DELIMITERS:  # inconsistent counts: still the delimiter, and the ragged row is reported
        if d in lines[0]:
            return d
    return None


def split_rows(path, delimiter, numbered: list[tuple[int, str]]) -> list[list[str]]:
    """Numbered non-blank lines -> rows of stripped cells, one line at a time (a line never joins
    the next: a quote still open at the end of its line is refused, naming that line)."""
    rows, open_quote = split_rows_to_open_quote(path, delimiter, numbered)
    if open_quote is not None:
        raise open_quote
    return rows


def split_rows_to_open_quote(path, delimiter, numbered: list[tuple[int, str]]):
    """As split_rows, but a quote left open ends the rows instead of raising: (the rows before
    that line, its error or None), so that a problem on an earlier line is reported first."""
    if delimiter is None:
        return [ln.split() for _, ln in numbered], None
    rows = []
    for line, text in numbered:
        # csv keeps reading past an open quote: the line end then lands inside a field
        row = next(csv.reader([text + "\n"], delimiter=delimiter), [])
        if any("\n" in c for c in row):
            return rows, FileFormatError(where(path, line) + translate(
                "CsvCareful", "a quote is opened and not closed on this line"))
        rows.append([c.strip() for c in row])
    return rows, None


def _split(delimiter: str | None, lines: list[str]) -> list[list[str]]:
    if delimiter is None:
        return [ln.split() for ln in lines]
    return [[c.strip() for c in next(csv.reader([ln], delimiter=delimiter), [])] for ln in lines]


def looks_like_header(rows: list[list[str]], decimal_comma: bool) -> bool:
    """A header if some column is text on the first row but a number on the second (or, with a
    single row, if any of its cells is text). Decimal commas are read as numbers here too."""
    def number(c):
        return to_float(_decimal_comma(c) if decimal_comma else c)
    first = rows[0]
    if len(rows) == 1:
        return any(number(c) is None for c in first)
    return any(number(a) is None and number(b) is not None
               for a, b in zip(first, rows[1], strict=False))


def to_float(cell: str) -> float | None:
    """A finite number of sane size, or None; stricter than float(): no 'nan', 'inf', '1_000'."""
    if not _NUMBER.fullmatch(cell):
        return None
    value = float(cell)
    return value if math.isfinite(value) and abs(value) <= MAX_MAGNITUDE else None


def _decimal_comma(cell: str) -> str:
    return cell.replace(",", ".") if ("," in cell and "." not in cell) else cell


def describe(cell: str) -> str:
    """Why a cell is not an acceptable number, in a few words."""
    if cell.lower() in MISSING:
        return "missing value" + (f" ({cell!r})" if cell else "")
    if cell.lower().lstrip("+-") in ("inf", "infinity") or _NUMBER.fullmatch(cell):
        if _NUMBER.fullmatch(cell) and math.isfinite(float(cell)):
            return f"{cell!r} is too large (beyond ±{MAX_MAGNITUDE:g})"
        return f"{cell!r} is not a finite number"
    return f"{cell!r} is not a number"


def parse_block(layout: Layout, numbered: list[tuple[int, str]], targets: Targets):
    """Numbered lines of one block -> (X (k, d) float64, codes (k, t) int64, line numbers (k,)).

    Blank lines are skipped; the first problem in reading order is refused, line by line: a quote
    left open, a ragged row, then cell by cell a missing target or an input that is not a number.
    """
    path = layout.path
    numbered = [(i, ln) for i, ln in numbered if ln.strip()]
    try:
        rows, open_quote = split_rows_to_open_quote(path, layout.delimiter, numbered)
    except csv.Error as exc:
        raise FileFormatError(where(path) + translate(
            "CsvCareful", "not readable as CSV ({error})").format(
            error=exc)) from None
    comma = layout.delimiter == ";"
    X = np.empty((len(rows), len(layout.input_cols)))
    codes = np.empty((len(rows), len(layout.target_cols)), dtype=np.int64)
    target_of = {j: t for t, j in enumerate(layout.target_cols)}
    input_of = {j: i for i, j in enumerate(layout.input_cols)}
    for r, (row, (line, _)) in enumerate(zip(rows, numbered[: len(rows)], strict=True)):
        if len(row) != layout.width:
            raise FileFormatError(where(path, line) + translate(
                "CsvCareful", "{count} fields, but the first row has {width} (ragged row)").format(
                count=len(row), width=layout.width))
        for j, cell in enumerate(row):
            cell = _decimal_comma(cell) if comma else cell
            if j in target_of:
                if cell.lower() in MISSING:
                    raise DataError(where(path, line, layout.column(j)) + translate("CsvCareful", "missing value"))
                codes[r, target_of[j]] = targets.code(target_of[j], cell)
            else:
                value = to_float(cell)
                if value is None:
                    raise DataError(where(path, line, layout.column(j)) + translate(
                        "CsvCareful", "{describe}").format(
                        describe=describe(cell)))
                X[r, input_of[j]] = value
    if open_quote is not None:  # every line before it was sound
        raise open_quote
    return X, codes, np.array([i for i, _ in numbered], dtype=np.int64)
