"""Fuzzing core/data/csv_reader.py: any file, with any options a user can give, loads as a Dataset or is
refused with a BackpropStudioError with a message; never another exception, never a hang."""

from __future__ import annotations

import numpy as np
from hypothesis import example, given
from hypothesis import strategies as st

from core.data.csv_reader import load_csv
from tests.hardening.fuzzing import FUZZ, load_or_refuse, mutate_bytes

CELLS = st.one_of(
    st.integers(-10, 10).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(["", " ", "nan", "NaN", "inf", "-inf", "1e999", "-1e999", "1e-999", "1e308",
                     "-1e308", "?", "-", "NA", "abc", "cat", "dog", '"', '""', '"1,5"', "1,5",
                     "0x1F", "1_000", "١٢", "\ufeff1", "é", "\x00", "9" * 400, "+.5", "5."]),
    st.text(max_size=6),
)
DELIMITERS = st.sampled_from([",", ";", "\t", " ", "  ", "|", ", "])
LINE_ENDS = st.sampled_from(["\n", "\r\n", "\r"])
OPTIONS = st.fixed_dictionaries({}, optional={
    "targets": st.one_of(st.integers(-4, 4), st.sampled_from(["a", "label", "-1", "0", "x1"]),
                         st.lists(st.integers(-3, 3), max_size=3)),
    "header": st.sampled_from(["auto", True, False]),
    "normalise": st.sampled_from(["standardise", "minmax", "none"]),
    "task": st.sampled_from(["auto", "classification", "regression"]),
    "output_activation": st.sampled_from(["sigmoid", "tanh", "linear", "softmax", "relu"]),
    "train_fraction": st.sampled_from([0.8, 1.0, 0.5, 0.01]),
})


@st.composite
def tables(draw) -> bytes:
    """A CSV-like text: a rectangular (or ragged) table of hostile cells, maybe with a header."""
    width = draw(st.integers(1, 5))
    n_rows = draw(st.integers(0, 12))
    ragged = draw(st.booleans()) and draw(st.booleans())
    rows = [[draw(CELLS) for _ in range(draw(st.integers(1, 5)) if ragged else width)]
            for _ in range(n_rows)]
    if draw(st.booleans()):
        rows.insert(0, [draw(st.sampled_from(["a", "b", "label", "x1", "", "a"])) for _ in range(width)])
    delim, end = draw(DELIMITERS), draw(LINE_ENDS)
    text = end.join(delim.join(r) for r in rows) + draw(st.sampled_from(["", end, end * 3]))
    prefix = draw(st.sampled_from(["", "\ufeff", "\n\n"]))
    return (prefix + text).encode(draw(st.sampled_from(["utf-8", "utf-8", "utf-16", "latin-1"])),
                                  errors="replace")


GOOD = (b"x1,x2,label\n0.1,2,cat\n0.5,1.5,dog\n-3,4e2,cat\n1,1,dog\n2.5,0,cat\n3,3,dog\n"
        b"7,-1,cat\n8,0.25,dog\n")


def check_loaded(ds) -> None:
    """A Dataset that loaded holds finite arrays a network can train on."""
    assert len(ds.X_train) > 0
    for a in (ds.X_train, ds.T_train, ds.X_test, ds.T_test):
        assert np.all(np.isfinite(a))


@FUZZ
@given(raw=tables(), options=OPTIONS)
@example(raw=b'0,"\n0,0', options={})  # found by the long run: an unclosed quote joined lines
@example(raw=b"0\r0", options={})  # found by this test: old Mac line ends crashed csv.reader
@example(raw=b"a,b\n1,1e999\n2,0\n3,1\n", options={})  # found: an overflowing integer label
@example(raw=b"a,b\n1e999,1\n2,0\n", options={})
@example(raw=b"a,b\n" + b"1" * 200_000 + b",1\n2,0\n", options={})  # a field beyond csv's limit
def test_hostile_tables_load_or_are_refused(tmp_path, raw, options):
    """Tables of hostile cells, delimiters, line ends, encodings and options."""
    path = tmp_path / "data.csv"
    path.write_bytes(raw)
    ds = load_or_refuse(load_csv, path, **options)
    if ds is not None:
        check_loaded(ds)


@FUZZ
@given(data=st.data(), options=OPTIONS)
def test_mutated_csv_loads_or_is_refused(tmp_path, data, options):
    """A valid CSV with random byte edits (flips, inserts, deletes, truncation, duplication)."""
    path = tmp_path / "data.csv"
    path.write_bytes(mutate_bytes(data, GOOD))
    ds = load_or_refuse(load_csv, path, **options)
    if ds is not None:
        check_loaded(ds)


@FUZZ
@given(raw=st.binary(max_size=4000))
def test_random_bytes_as_csv_load_or_are_refused(tmp_path, raw):
    """Random bytes (a binary file picked by mistake)."""
    path = tmp_path / "data.csv"
    path.write_bytes(raw)
    ds = load_or_refuse(load_csv, path)
    if ds is not None:
        check_loaded(ds)
