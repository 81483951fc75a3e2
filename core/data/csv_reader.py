"""Load a user's CSV file into a `Dataset`; refuse anything doubtful, naming the line and column.

Accepted: UTF-8 with or without a byte-order mark, '\\n' or '\\r\\n' line ends, a header row or none
(detected), fields separated by comma, semicolon, tab or runs of spaces (sniffed), quoted fields
without embedded line breaks, blank lines (skipped). With semicolons, a decimal comma ("1,5") is
read as a decimal point. Inputs must be numbers; the target column may hold numbers or names.
`load_csv` is pure: it reads the file and returns a new Dataset or raises; nothing else changes.
"""

from __future__ import annotations

import csv
import hashlib
import math
import re
from pathlib import Path

import numpy as np

from core.checks.errors import DataError, FileFormatError, FileTooLargeError, where
from core.checks.validate import read_limited_bytes, require_choice
from core.data.assemble import assemble_classification, assemble_regression
from core.data.dataset import NORMALISATIONS, InputNorm
from core.i18n import translate

MAX_BYTES = 64 * 1024 * 1024
MAX_ROWS = 500_000
MAX_COLS = 1_000
# An integer-valued target column with at most this many distinct values is read as class labels.
MAX_INTEGER_CLASSES = 20
MISSING = {"", "na", "n/a", "nan", "null", "none", "?", "-"}
DELIMITERS = ("\t", ";", ",")  # in order of preference when several fit
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def load_csv(path, *, targets=None, header="auto", normalise="standardise", scale_targets=True,
             output_activation="sigmoid", train_fraction=0.8, seed=0, task="auto",
             max_rows=MAX_ROWS, max_cols=MAX_COLS, max_bytes=MAX_BYTES, name=None,
             fixed_input_norm: InputNorm | None = None):
    """Read the CSV at `path` -> Dataset with inputs (n, d) and targets (n, m).

    targets: column name(s) or 0-based index(es), negative from the end; default the last column.
    header: 'auto', True or False. normalise: 'standardise', 'minmax' or 'none', fitted on the
    training rows (or `fixed_input_norm`, used as given). task: 'auto', 'classification' or
    'regression'; 'auto' reads names, or integers with at most 20 distinct values, as class labels
    and anything else as regression. Class labels become one 0/1 column for 2 classes (one-hot for a
    softmax output), one-hot columns for more; regression targets are scaled into the output
    activation's range unless `scale_targets` is False. The file size is checked before reading.
    """
    path = Path(path)
    require_choice(normalise, NORMALISATIONS, "normalise")
    require_choice(task, ("auto", "classification", "regression"), "task")
    require_choice(header, ("auto", True, False), "header")
    raw = read_limited_bytes(path, max_bytes)
    header_row, rows, line_numbers = _read_table(path, raw, header, max_rows, max_cols)
    n_cols = len(rows[0])
    names = header_row or [f"column {j + 1}" for j in range(n_cols)]
    target_cols = _target_columns(path, targets, header_row, n_cols)
    input_cols = [j for j in range(n_cols) if j not in target_cols]
    if not input_cols:
        raise DataError(where(path) + translate("CsvReader", "no input columns are left besides the target"))

    X = _numeric_block(path, rows, line_numbers, input_cols, names, header_row is not None)
    spec = {"source": "csv", "path": str(path.resolve()), "sha256": hashlib.sha256(raw).hexdigest(),
            "options": {"targets": [names[j] if header_row else j for j in target_cols],
                        "header": header, "normalise": normalise, "scale_targets": scale_targets,
                        "output_activation": output_activation, "train_fraction": train_fraction,
                        "seed": seed, "task": task}}
    common = {"name": name or path.stem, "spec": spec, "seed": seed,
              "feature_names": [names[j] for j in input_cols] if header_row else None,
              "normalise": fixed_input_norm or normalise, "output_activation": output_activation,
              "train_fraction": train_fraction}

    _refuse_missing(path, rows, line_numbers, target_cols, names, header_row is not None)
    cells = [[row[j] for j in target_cols] for row in rows]
    numeric = [[_to_float(c) for c in row] for row in cells]
    all_numeric = all(v is not None for row in numeric for v in row)
    if (len(target_cols) > 1 or task == "regression") and not all_numeric:
        _refuse_first_bad_cell(path, rows, line_numbers, target_cols, names, header_row is not None)
    if len(target_cols) > 1:
        if task == "classification":
            raise DataError(where(path) + translate(
                "CsvReader", "classification needs one label column, not {count}").format(
                count=len(target_cols)))
        return assemble_regression(X, np.array(numeric), scale_targets=scale_targets, **common)

    y = np.array([row[0] for row in numeric], dtype=np.float64) if all_numeric else None
    is_integer = y is not None and bool(np.all(y == np.round(y)))
    classify = task == "classification" or (
        task == "auto" and (y is None or (is_integer and np.unique(y).size <= MAX_INTEGER_CLASSES)))
    if not classify:
        return assemble_regression(X, y, scale_targets=scale_targets, **common)
    if is_integer:
        classes = np.unique(y)
        class_names = [str(int(c)) for c in classes]
        labels = np.searchsorted(classes, y)
    else:
        class_names = sorted({row[0] for row in cells})
        index = {c: i for i, c in enumerate(class_names)}
        labels = np.array([index[row[0]] for row in cells])
    if len(class_names) < 2:
        raise DataError(where(path) + translate(
            "CsvReader", "the target column {names!r} holds a single class ({class_names}); "
            "at least 2 are needed").format(
            names=names[target_cols[0]], class_names=class_names[0]))
    return assemble_classification(X, labels, class_names, **common)


def _read_table(path, raw: bytes, header, max_rows: int, max_cols: int):
    """Bytes -> (header cells or None, data rows of stripped strings, 1-based line numbers)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise FileFormatError(where(path, line) + translate(
            "CsvReader", "not UTF-8 text (byte {start})").format(
            start=exc.start)) from None
    if "\x00" in text:
        raise FileFormatError(where(path) + translate("CsvReader", "holds NUL bytes; is it a binary file?"))
    # A lone '\r' (old Mac line ends) ends a line too, as in editors; csv would choke on it.
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    numbered = [(i + 1, ln) for i, ln in enumerate(lines) if ln.strip()]
    if not numbered:
        raise FileFormatError(where(path) + translate("CsvReader", "the file is empty"))
    if len(numbered) > max_rows + 1:
        raise FileTooLargeError(where(path) + translate(
            "CsvReader", "more than the limit of {max_rows} data rows").format(
            max_rows=max_rows))
    line1, first = numbered[0]
    widest = max(len(first.split()), *(first.count(d) + 1 for d in DELIMITERS))
    if widest > max_cols:  # before splitting: a 10⁶-column header is refused, not parsed
        raise FileTooLargeError(where(path, line1) + translate(
            "CsvReader", "{widest} columns, more than the limit of {max_cols}").format(
            widest=widest, max_cols=max_cols))
    try:
        delimiter = _sniff_delimiter([ln for _, ln in numbered[:20]])
        rows = _split(delimiter, [ln for _, ln in numbered])
    except csv.Error as exc:  # e.g. a field longer than csv's limit of 128 KiB
        raise FileFormatError(where(path) + translate(
            "CsvReader", "not readable as CSV ({error})").format(
            error=exc)) from None
    numbers = [i for i, _ in numbered]
    if len(rows) != len(numbered):  # csv joined lines: a quote opened and not closed
        line = next((i for i, ln in numbered if ln.count('"') % 2), numbered[0][0])
        raise FileFormatError(where(path, line) + translate(
            "CsvReader", "a quote is opened and not closed on this line"))
    width = len(rows[0])
    if width > max_cols:
        raise FileTooLargeError(where(path, numbers[0]) + translate(
            "CsvReader", "{width} columns, more than the limit of {max_cols}").format(
            width=width, max_cols=max_cols))
    for row, line in zip(rows, numbers, strict=True):
        if len(row) != width:
            raise FileFormatError(where(path, line) + translate(
                "CsvReader", "{count} fields, but the first row has {width} (ragged row)").format(
                count=len(row), width=width))
    if width < 2:
        raise FileFormatError(where(path) + translate(
            "CsvReader", "only one column: need at least one input and a target"))
    has_header = _looks_like_header(rows) if header == "auto" else header
    head = rows[0] if has_header else None
    rows, numbers = (rows[1:], numbers[1:]) if has_header else (rows, numbers)
    if not rows:
        raise FileFormatError(where(path) + translate("CsvReader", "no data rows below the header"))
    if len(rows) > max_rows:
        raise FileTooLargeError(where(path) + translate(
            "CsvReader", "more than the limit of {max_rows} data rows").format(
            max_rows=max_rows))
    if delimiter == ";":
        rows = [[_decimal_comma(c) for c in row] for row in rows]
    return head, rows, numbers


def _sniff_delimiter(lines: list[str]) -> str | None:
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


def _split(delimiter: str | None, lines: list[str]) -> list[list[str]]:
    if delimiter is None:
        return [ln.split() for ln in lines]
    return [[c.strip() for c in row] for row in csv.reader(lines, delimiter=delimiter)]


def _looks_like_header(rows: list[list[str]]) -> bool:
    """A header if some column is text on the first row but a number on the second (or, with a
    single row, if any of its cells is text)."""
    first = rows[0]
    if len(rows) == 1:
        return any(_to_float(c) is None for c in first)
    return any(_to_float(a) is None and _to_float(b) is not None
               for a, b in zip(first, rows[1], strict=True))


def _to_float(cell: str) -> float | None:
    """A finite number, or None; stricter than float(): no 'nan', 'inf' or '1_000'."""
    if not _NUMBER.fullmatch(cell):
        return None
    value = float(cell)
    return value if math.isfinite(value) else None  # "1e999" overflows to infinity


def _decimal_comma(cell: str) -> str:
    return cell.replace(",", ".") if ("," in cell and "." not in cell) else cell


def _target_columns(path, targets, header_row, n_cols: int) -> list[int]:
    if targets is None:
        return [n_cols - 1]
    wanted = [targets] if isinstance(targets, (str, int)) else list(targets)
    if not wanted:
        raise DataError(translate("CsvReader", "no target column given"))
    cols = []
    for t in wanted:
        if isinstance(t, str) and not t.lstrip("-").isdigit():
            if header_row is None:
                raise DataError(where(path) + translate(
                    "CsvReader", "target {t!r} given by name, but the file has no header row").format(
                    t=t))
            if t not in header_row:
                raise DataError(where(path) + translate(
                    "CsvReader", "no column named {t!r}; columns are {names}").format(
                    t=t, names=', '.join(header_row)))
            cols.append(header_row.index(t))
        else:
            j = int(t)
            if not -n_cols <= j < n_cols:
                raise DataError(where(path) + translate(
                    "CsvReader", "target column {j} does not exist (the file has {n_cols} columns, "
                    "numbered from 0)").format(
                    j=j, n_cols=n_cols))
            cols.append(j % n_cols)
    if len(set(cols)) != len(cols):
        raise DataError(where(path) + translate("CsvReader", "a target column is given twice"))
    return cols


def _numeric_block(path, rows, line_numbers, cols, names, has_header) -> np.ndarray:
    """Input cells -> float64 array (n, len(cols)), or an error naming the first bad cell."""
    block = [[row[j] for j in cols] for row in rows]
    if all(_NUMBER.fullmatch(c) for r in block for c in r):
        X = np.array(block, dtype=np.float64)
        if np.all(np.isfinite(X)):
            return X
    _refuse_first_bad_cell(path, rows, line_numbers, cols, names, has_header)


def _refuse_first_bad_cell(path, rows, line_numbers, cols, names, has_header):
    """Raise for the first cell of `cols` (in reading order) that is missing or not a number."""
    for row, line in zip(rows, line_numbers, strict=True):
        for j in cols:
            if _to_float(row[j]) is None:
                raise DataError(where(path, line, _column(j, names, has_header)) + translate(
                    "CsvReader", "{describe}").format(
                    describe=_describe(row[j])))
    raise AssertionError("no bad cell found")  # pragma: no cover


def _refuse_missing(path, rows, line_numbers, cols, names, has_header):
    """Raise for the first missing cell of `cols`, so a gap is not mistaken for a class name."""
    for row, line in zip(rows, line_numbers, strict=True):
        for j in cols:
            if row[j].lower() in MISSING:
                raise DataError(where(path, line, _column(j, names, has_header)) + translate(
                    "CsvReader", "missing value"))


def _describe(cell: str) -> str:
    if cell.lower() in MISSING:
        return "missing value" + (f" ({cell!r})" if cell else "")
    if cell.lower().lstrip("+-") in ("inf", "infinity") or _NUMBER.fullmatch(cell):
        return f"{cell!r} is not a finite number"
    return f"{cell!r} is not a number"


def _column(j: int, names: list[str], has_header: bool) -> str:
    return f'{j + 1} ("{names[j]}")' if has_header else str(j + 1)
