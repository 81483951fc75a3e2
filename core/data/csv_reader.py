"""Load a user's CSV file into a `Dataset`; refuse anything doubtful, naming the line and column.

Accepted: UTF-8 with or without a byte-order mark, '\\n', '\\r\\n' or '\\r' line ends, a header row
or none (detected), fields separated by comma, semicolon, tab or runs of spaces (sniffed), quoted
fields without embedded line breaks, blank lines (skipped). With semicolons, a decimal comma ("1,5")
is read as a decimal point, in the header detection too. Inputs must be numbers; the target column
may hold numbers or names. `load_csv` is pure: it reads the file and returns a new Dataset or
raises; nothing else changes.

Numbers are parsed by numpy's C parser block by block (core/data/csv_fast.py); the careful path
(core/data/csv_careful.py) reads only the first lines and any block the fast one cannot take, and
names the line and column of a problem. Every limit is checked from cheap facts (file size, first
lines, a count of line ends, the number of distinct labels) before the allocation it guards; see
docs/data-import.md.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from core.checks.errors import DataError, FileFormatError, FileTooLargeError, where
from core.checks.memory import human, require_memory
from core.checks.validate import check_file_size, open_limited, require_choice
from core.data import csv_fast
from core.data.assemble import assemble_classification, assemble_regression
from core.data.csv_careful import (
    Layout,
    Targets,
    describe,
    first_rows,
    looks_like_header,
    split_text,
    to_float,
)
from core.data.dataset import NORMALISATIONS, InputNorm
from core.i18n import QT_TRANSLATE_NOOP, translate

MAX_BYTES = 16 * 1024**3  # a sanity cap; what memory allows is checked from the file itself
MAX_ROWS = 5_000_000
MAX_COLS = 1_000
MAX_CLASSES = 1_000  # an output unit each
# An integer-valued target column with at most this many distinct values is read as class labels.
MAX_INTEGER_CLASSES = 20
# Header names that say "this column is the target" wherever it stands (Kaggle's MNIST and
# Fashion-MNIST CSVs have `label` first). Not "y": a file of x, y, z coordinates has its target last.
TARGET_NAMES = ("label", "labels", "target", "class")
# Peak memory of a load as a multiple of the float64 inputs: the array, reordered and normalised
# in place, plus small change; the file itself is never held whole, only a block of it.
PEAK_FACTOR = 1.2
BLOCK_COST = 20 * csv_fast.BLOCK  # a block's text, its parsed table and their copies
HINT = QT_TRANSLATE_NOOP("CsvReader",
                         "close other programs, or load a file with fewer rows (split it) or fewer columns")


def load_csv(path, *, targets=None, header="auto", normalise="standardise", scale_targets=True,
             output_activation="sigmoid", train_fraction=0.8, seed=0, task="auto",
             max_rows=MAX_ROWS, max_cols=MAX_COLS, max_bytes=MAX_BYTES, name=None,
             fixed_input_norm: InputNorm | None = None, progress=None, fast: bool = True):
    """Read the CSV at `path` -> Dataset with inputs (n, d) and targets (n, m).

    targets: column name(s) or 0-based index(es), negative from the end; by default the one column
    whose header names it as the target (TARGET_NAMES, e.g. MNIST's CSV with `label` first), else
    the last column.
    header: 'auto', True or False. normalise: 'standardise', 'minmax' or 'none', fitted on the
    training rows (or `fixed_input_norm`, used as given). task: 'auto', 'classification' or
    'regression'; 'auto' reads names, or integers with at most 20 distinct values, as class labels
    and anything else as regression. Class labels become one 0/1 column for 2 classes (one-hot for a
    softmax output), one-hot columns for more; regression targets are scaled into the output
    activation's range unless `scale_targets` is False. progress(done, total) is called with bytes
    as the file is read and may raise core.checks.errors.Cancelled. fast=False parses every line
    on the careful path (the same result, slower; for tests).
    """
    path = Path(path)
    require_choice(normalise, NORMALISATIONS, "normalise")
    require_choice(task, ("auto", "classification", "regression"), "task")
    require_choice(header, ("auto", True, False), "header")
    size = check_file_size(path, max_bytes)
    try:
        # before reading it all: what the file would cost, from its size and first lines
        require_memory(path, _estimate(path, size),
                       translate("CsvReader", "reading this {size} file").format(size=human(size)),
                       translate("CsvReader", HINT))
        scan = csv_fast.scan(path, size, progress)
        rows_upper = scan.line_ends + 1
        # before a line is split: more lines than rows plus a header cannot fit the limit
        if rows_upper > max_rows + 1 and _count_rows(path, size) > max_rows + 1:
            raise FileTooLargeError(where(path) + translate(
                "CsvReader", "more than the limit of {max_rows} data rows").format(
                max_rows=max_rows))
        layout, data_line = _layout(path, scan, header, targets, max_cols)
        d, t = len(layout.input_cols), len(layout.target_cols)
        require_memory(path, int(rows_upper * (d * 8 * PEAK_FACTOR + t * 8 + 8)) + BLOCK_COST,
                       translate("CsvReader", "reading {rows:,} rows of {columns} columns").format(
                           rows=rows_upper, columns=layout.width), translate("CsvReader", HINT))
        found = Targets(t)
        X, codes, lines = csv_fast.parse(layout, data_line, rows_upper, scan, found, progress, fast)
    except OSError as exc:
        raise FileFormatError(where(path) + translate(
            "CsvReader", "cannot be read ({value})").format(
            value=exc.strerror or exc)) from None
    if len(X) == 0:
        raise FileFormatError(where(path) + translate("CsvReader", "no data rows below the header"))
    if len(X) > max_rows:
        raise FileTooLargeError(where(path) + translate(
            "CsvReader", "more than the limit of {max_rows} data rows").format(
            max_rows=max_rows))
    names = layout.names
    spec = {"source": "csv", "path": str(path.resolve()), "sha256": scan.sha256,
            "options": {"targets": [names[j] if layout.header else j for j in layout.target_cols],
                        "header": header, "normalise": normalise, "scale_targets": scale_targets,
                        "output_activation": output_activation, "train_fraction": train_fraction,
                        "seed": seed, "task": task}}
    common = {"name": name or path.stem, "spec": spec, "seed": seed,
              "feature_names": [names[j] for j in layout.input_cols] if layout.header else None,
              "normalise": fixed_input_norm or normalise, "output_activation": output_activation,
              "train_fraction": train_fraction, "own_X": True}
    return _assemble(layout, X, codes, lines, found, task, scale_targets, common)


def _assemble(layout: Layout, X, codes, lines, found: Targets, task, scale_targets, common):
    """Parsed inputs and target codes -> Dataset (classification or regression)."""
    path, target_cols = layout.path, layout.target_cols
    values = [[to_float(u) for u in uniques] for uniques in found.uniques]
    all_numeric = all(v is not None for col in values for v in col)
    if (len(target_cols) > 1 or task == "regression") and not all_numeric:
        t = next(t for t, col in enumerate(values) if None in col)
        row = int(np.flatnonzero(codes[:, t] == values[t].index(None))[0])
        cell = found.uniques[t][values[t].index(None)]
        raise DataError(where(path, int(lines[row]), layout.column(target_cols[t])) + translate(
            "CsvReader", "{describe}").format(
            describe=describe(cell)))
    if len(target_cols) > 1:
        if task == "classification":
            raise DataError(where(path) + translate(
                "CsvReader", "classification needs one label column, not {count}").format(
                count=len(target_cols)))
        y = np.column_stack([np.asarray(values[t])[codes[:, t]] for t in range(len(target_cols))])
        return assemble_regression(X, y, scale_targets=scale_targets, **common)

    codes, uniques = codes[:, 0], found.uniques[0]
    value_of = np.asarray(values[0], dtype=np.float64) if all_numeric else None
    is_integer = value_of is not None and bool(np.all(value_of == np.round(value_of)))
    n_distinct = np.unique(value_of).size if value_of is not None else len(uniques)
    classify = task == "classification" or (
        task == "auto" and (value_of is None or (is_integer and n_distinct <= MAX_INTEGER_CLASSES)))
    if not classify:
        return assemble_regression(X, value_of[codes], scale_targets=scale_targets, **common)
    if n_distinct > MAX_CLASSES:  # before any one-hot array is made
        raise FileTooLargeError(where(path) + translate(
            "CsvReader", "the target column {names!r} holds {n_distinct:,} different labels, more than "
            "the limit of {max_classes:,} classes").format(
            names=layout.names[target_cols[0]], n_distinct=n_distinct, max_classes=MAX_CLASSES))
    require_memory(path, len(codes) * n_distinct * 8 * 2, translate(
        "CsvReader", "one-hot targets for {count:,} classes").format(count=n_distinct), translate("CsvReader", HINT))
    if is_integer:
        classes = np.unique(value_of)
        class_names = [str(int(c)) for c in classes]
        labels = np.searchsorted(classes, value_of)[codes]
    else:
        class_names = sorted(uniques)
        rank = {c: i for i, c in enumerate(class_names)}
        labels = np.array([rank[u] for u in uniques], dtype=np.int64)[codes]
    if len(class_names) < 2:
        raise DataError(where(path) + translate(
            "CsvReader", "the target column {names!r} holds a single class ({class_names}); at least 2 "
            "are needed").format(names=layout.names[target_cols[0]], class_names=class_names[0]))
    return assemble_classification(X, labels, class_names, **common)


def _layout(path, scan, header, targets, max_cols: int) -> tuple[Layout, int]:
    """From the first lines: delimiter, width, header and columns; the last line before data."""
    numbered = [(i + 1, ln) for i, ln in enumerate(split_text(scan.head)) if ln.strip()]
    if not numbered:
        raise FileFormatError(where(path) + translate("CsvReader", "the file is empty"))
    delimiter, rows = first_rows(path, numbered[:20], max_cols)
    width = len(rows[0])
    if width > max_cols:
        raise FileTooLargeError(where(path, numbered[0][0]) + translate(
            "CsvReader", "{width} columns, more than the limit of {max_cols}").format(
            width=width, max_cols=max_cols))
    if width < 2:
        raise FileFormatError(where(path) + translate(
            "CsvReader", "only one column: need at least one input and a target"))
    same = [r for r in rows[:2] if len(r) == width]
    has_header = looks_like_header(same, delimiter == ";") if header == "auto" else header
    head = rows[0] if has_header else None
    names = head or [f"column {j + 1}" for j in range(width)]
    target_cols = _target_columns(path, targets, head, width)
    input_cols = [j for j in range(width) if j not in target_cols]
    if not input_cols:
        raise DataError(where(path) + translate("CsvReader", "no input columns are left besides the target"))
    layout = Layout(path, delimiter, width, head, names, input_cols, target_cols)
    return layout, numbered[0][0] if has_header else 0


def default_target(header_row, n_cols: int) -> int:
    """The target when none is chosen: the last column, unless the header names exactly one other
    column as the target (TARGET_NAMES, any case) and the last column is not so named."""
    if header_row is None:
        return n_cols - 1
    named = [j for j, name in enumerate(header_row) if name.strip().lower() in TARGET_NAMES]
    return named[0] if len(named) == 1 and named[0] != n_cols - 1 else n_cols - 1


def _estimate(path, size: int) -> int:
    """Bytes a load of this file would need, from its size and its first 256 KiB: each cell
    becomes 8 bytes, and a cell costs the bytes it takes in the head (at least 2: '0,')."""
    with open_limited(path, size) as f:
        head = f.read(256 * 1024)
    cells = head.count(b"\n") + max(head.count(d) for d in (b",", b";", b"\t", b" "))
    per_cell = max(2.0, len(head) / cells) if cells else 2.0
    return int(size / per_cell * 8 * PEAK_FACTOR) + BLOCK_COST


def _count_rows(path, size: int) -> int:
    """Non-blank lines in the file, counted with numpy block by block (no line is split)."""
    n, carry = 0, b""
    with open_limited(path, size) as f:
        while True:
            block = f.read(csv_fast.BLOCK)
            buf = carry + block
            cut = buf.rfind(b"\n") if block else len(buf) - 1
            part, carry = buf[:cut + 1], buf[cut + 1:]
            a = np.frombuffer(part, dtype=np.uint8)
            ends = (a == 10) | (a == 13)
            content = ~ends & ~np.isin(a, (9, 11, 12, 32))
            line_of = np.cumsum(ends)[content]
            n += int(np.count_nonzero(np.diff(line_of, prepend=-1)))
            if not block:
                return n


def _target_columns(path, targets, header_row, n_cols: int) -> list[int]:
    if targets is None:
        return [default_target(header_row, n_cols)]
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
            if t not in header_row:  # a wide file's names cut to a readable line: first ten, …, last
                shown = header_row if len(header_row) <= 12 else [*header_row[:10], "…", header_row[-1]]
                raise DataError(where(path) + translate(
                    "CsvReader", "no column named {t!r}; columns are {names}").format(
                    t=t, names=', '.join(shown)))
            cols.append(header_row.index(t))
        else:
            j = int(t)
            if not -n_cols <= j < n_cols:
                raise DataError(where(path) + translate(
                    "CsvReader", "target column {j} does not exist (the file has {n_cols} columns, "
                    "numbered from 0)").format(j=j, n_cols=n_cols))
            cols.append(j % n_cols)
    if len(set(cols)) != len(cols):
        raise DataError(where(path) + translate("CsvReader", "a target column is given twice"))
    return cols

