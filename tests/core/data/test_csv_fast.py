"""Tests for core/data/csv_fast.py: the fast path gives the careful path's arrays and refusals on a
fuzzed corpus (tiny blocks, so every block boundary, line end and fallback is crossed), and reads
the file in two streaming passes without holding it whole."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.checks.errors import BackpropStudioError
from core.data import csv_fast
from core.data.csv_reader import load_csv

CELLS = st.one_of(
    st.integers(-999, 999).map(str),
    st.floats(-1e6, 1e6, allow_nan=False).map(repr),
    st.sampled_from(["0,5", "-1,25", "1.5", " 2 ", "+.5", "5.", "1e3", "1E-2", "", "nan", "inf",
                     "-Infinity", "1e200", "1e999", "x", "1_0", "0x10", "١", '"3"', '"4', "?",
                     "NA", "cat", "dog", "a,b", "1;2"]),
)


@st.composite
def tables(draw):
    cols = draw(st.integers(2, 4))
    rows = draw(st.lists(st.lists(CELLS, min_size=cols, max_size=cols), min_size=1, max_size=25))
    if draw(st.booleans()):  # a ragged row somewhere
        i = draw(st.integers(0, len(rows) - 1))
        rows[i] = rows[i][:-1] if draw(st.booleans()) else rows[i] + ["1"]
    sep = draw(st.sampled_from([",", ";", "\t", " "]))
    eol = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    lines = [sep.join(r) for r in rows]
    if draw(st.booleans()):
        lines.insert(0, sep.join(f"c{j}" for j in range(cols)))
    if draw(st.booleans()):
        lines.insert(draw(st.integers(0, len(lines))), "")
    text = ("\ufeff" if draw(st.booleans()) else "") + eol.join(lines)
    return (text + eol if draw(st.booleans()) else text).encode()


def outcome(path, monkeypatch, block, fast, **options):
    """('ok', arrays and names) or ('refused', exception type, message)."""
    monkeypatch.setattr(csv_fast, "BLOCK", block)
    try:
        ds = load_csv(path, fast=fast, **options)
    except BackpropStudioError as exc:
        return ("refused", type(exc).__name__, str(exc))
    return ("ok", [a.tolist() for a in (ds.X_train, ds.T_train, ds.X_test, ds.T_test)],
            ds.class_names, ds.feature_names)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # BLOCK is set each time
@given(raw=tables(), block=st.sampled_from([7, 16, 64, 1 << 20]),
       task=st.sampled_from(["auto", "classification", "regression"]))
@example(raw=b"a;b;y\n0,5;1;0\n1,5;2;1\n", block=7, task="auto")
@example(raw=b'1,2,0\n3,"4\n5,6,1\n', block=16, task="auto")
@example(raw=b"1,2,0\r\n3,4,1\r\n5,6,0\r\n", block=7, task="auto")
@example(raw=b"1,2,0\r3,4,1\r5,6,0\r", block=7, task="auto")
# a ragged row (line 2) before a quote left open (line 22): the first in reading order, on both paths
@example(raw=b"0,0,0,0,1\n" + b"0,0,0,0\n" * 20 + b'0,0,0,"4\n0,0,0,0', block=7, task="auto")
def test_fast_path_equals_careful_path(tmp_path_factory, monkeypatch, raw, block, task):
    """Same arrays, class and feature names, or the same refusal, whichever path reads it; the
    careful reference reads the whole file as one block."""
    path = tmp_path_factory.mktemp("parity") / "data.csv"
    path.write_bytes(raw)
    options = {"normalise": "none", "train_fraction": 1.0, "task": task}
    careful = outcome(path, monkeypatch, 1 << 30, False, **options)
    fast = outcome(path, monkeypatch, block, True, **options)
    assert fast == careful


def test_blocks_that_fall_back_are_only_the_ones_that_need_it(tmp_path, monkeypatch):
    """A quoted cell in one block sends that block alone to the careful path."""
    from core.data import csv_careful

    rows = [f"{i},{i + 1},{i % 2}" for i in range(300)]
    rows[150] = '"150",151,0'
    (tmp_path / "q.csv").write_text("\n".join(rows) + "\n")
    calls = []
    real = csv_careful.parse_block
    monkeypatch.setattr(csv_fast, "parse_block", lambda *a: calls.append(1) or real(*a))
    monkeypatch.setattr(csv_fast, "BLOCK", 256)
    ds = load_csv(tmp_path / "q.csv", normalise="none", train_fraction=1.0)
    assert len(calls) == 1 and ds.X_train[150].tolist() == [150, 151]


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"])
def test_line_numbers_survive_block_boundaries(tmp_path, monkeypatch, eol):
    """A bad cell on line 777 is reported as line 777 however the blocks fall and whatever the line
    ends (a '\\r\\n' split between blocks counts once)."""
    lines = [f"{i},{i},{i % 3}" for i in range(1, 1001)]
    lines[776] = "777,oops,1"
    (tmp_path / "d.csv").write_bytes(eol.join(lines).encode())
    for block in (5, 13, 64, 4096):
        monkeypatch.setattr(csv_fast, "BLOCK", block)
        with pytest.raises(BackpropStudioError, match=r"d.csv, line 777, column 2: 'oops'"):
            load_csv(tmp_path / "d.csv")


def test_scan_counts_line_ends_and_hashes(tmp_path):
    """The scan's SHA-256 is the file's, and its line-end count bounds the lines."""
    import hashlib

    raw = b"\xef\xbb\xbfa,b\r\n1,2\r3,4\n5,6"
    (tmp_path / "s.csv").write_bytes(raw)
    scan = csv_fast.scan(tmp_path / "s.csv", len(raw), None)
    assert scan.sha256 == hashlib.sha256(raw).hexdigest()
    assert scan.line_ends == 3 and scan.head.startswith("a,b")
    np.testing.assert_array_equal(load_csv(tmp_path / "s.csv", normalise="none",
                                           train_fraction=1.0, task="regression").X_train,
                                  [[1], [3], [5]])
