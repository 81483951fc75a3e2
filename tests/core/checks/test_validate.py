"""Tests for core/checks/validate.py: the shared checks refuse bad input with plain messages."""

import os

import numpy as np
import pytest

from core.checks.errors import DataError, FileFormatError, FileTooLargeError
from core.checks.validate import (
    check_file_size,
    check_json_cost,
    check_json_depth,
    read_limited_bytes,
    require_choice,
    require_finite,
)


def test_file_size_is_checked_without_reading(tmp_path, monkeypatch):
    """A file over the limit is refused from its size alone: open() is never called."""
    p = tmp_path / "big.csv"
    p.write_bytes(b"x" * 2000)

    def no_open(*a, **k):
        raise AssertionError("the file was opened")

    monkeypatch.setattr("builtins.open", no_open)
    message = r"big.csv: file is 2.0 KiB, larger than the limit of 1000 bytes"
    with pytest.raises(FileTooLargeError, match=message):
        check_file_size(p, 1000)


def test_sparse_huge_file_refused_quickly(tmp_path):
    """A 5 GiB sparse file is refused by size without reading it."""
    p = tmp_path / "huge.csv"
    with open(p, "wb") as f:
        f.truncate(5 * 1024**3)
    with pytest.raises(FileTooLargeError, match="5.0 GiB"):
        read_limited_bytes(p, 1024)


def test_missing_file_and_folder_are_refused(tmp_path):
    """A missing path and a folder each get a one-line FileFormatError."""
    with pytest.raises(FileFormatError, match="file not found"):
        check_file_size(tmp_path / "nope.csv", 10)
    with pytest.raises(FileFormatError, match="is not a file"):
        check_file_size(tmp_path, 10)


def test_read_limited_bytes_returns_content(tmp_path):
    """A file within the limit is returned byte for byte."""
    p = tmp_path / "a"
    p.write_bytes(b"abc")
    assert read_limited_bytes(os.fspath(p), 3) == b"abc"


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_require_finite_names_position(bad):
    """NaN and infinities are refused and the first bad index is named."""
    a = np.zeros((2, 3))
    a[1, 2] = bad
    with pytest.raises(DataError, match=r"weights has a non-finite value .* at index \(1, 2\)"):
        require_finite(a, "weights")


def test_require_finite_returns_float64():
    """Finite input comes back as float64 with the same values."""
    out = require_finite([1, 2], "x")
    assert out.dtype == np.float64 and out.tolist() == [1.0, 2.0]


def test_require_choice_lists_allowed_values():
    """A value outside the choices is refused, listing the allowed ones."""
    assert require_choice("a", ("a", "b"), "kind") == "a"
    with pytest.raises(DataError, match="kind must be one of 'a', 'b', not 'c'"):
        require_choice("c", ("a", "b"), "kind")


def test_json_cost_refuses_structure_heavy_text_before_parsing():
    """`{}` and `[]` repeated cost 20+ bytes each once parsed: refused, the message naming the file
    and the counts; a row of full-precision floats of the same size is accepted."""
    heavy = b"[" + b"{}," * 3_000_000 + b"{}]"
    with pytest.raises(FileTooLargeError, match=r"w\.json: holds 3,000,002 lists and objects"):
        check_json_cost(heavy, "w.json")
    floats = b"[" + b"0.12345678901234567," * 450_000 + b"1]"
    assert check_json_cost(floats, "w.json") < 4 * len(floats)


def test_json_cost_is_counted_from_brackets_and_commas():
    """The estimate comes from counts alone: bytes per list, object and item."""
    small = b"[" + b"[]," * 1000 + b"[]]"
    assert check_json_cost(small) == 1002 * 88 + 1000 * 32  # 1002 lists, 1000 commas


def _nest(depth):
    v = 1
    for _ in range(depth):
        v = [v]
    return v


def test_json_depth_refuses_deep_nesting_and_accepts_wide_data():
    """64 levels pass, 65 are refused (in lists or objects); a million-row table passes quickly."""
    check_json_depth(_nest(64))
    with pytest.raises(FileFormatError, match="nested more than 64 deep"):
        check_json_depth({"a": [1, {"b": _nest(64)}]}, "s.json")
    check_json_depth({"rows": [[0.5, 1.5]] * 1_000_000, "names": ["a", "b"]})
