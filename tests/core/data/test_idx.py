"""Tests for core/data/idx.py: the IDX format read back exactly, damaged files refused."""

from __future__ import annotations

import gzip

import numpy as np
import pytest

from core.checks.errors import FileFormatError
from core.data.idx import idx_bytes, read_idx

RNG = np.random.default_rng(1)


def test_idx_round_trip_and_damage(tmp_path):
    """IDX: written by idx_bytes, read back equal (gzip or not); short or overlong files refused."""
    a = RNG.integers(0, 256, size=(3, 4, 5), dtype=np.uint8)
    (tmp_path / "a.idx").write_bytes(idx_bytes(a))
    (tmp_path / "a.gz").write_bytes(gzip.compress(idx_bytes(a)))
    np.testing.assert_array_equal(read_idx(tmp_path / "a.idx"), a)
    np.testing.assert_array_equal(read_idx(tmp_path / "a.gz"), a)
    (tmp_path / "short").write_bytes(idx_bytes(a)[:-1])
    (tmp_path / "long").write_bytes(idx_bytes(a) + b"x")
    (tmp_path / "huge").write_bytes(bytes([0, 0, 8, 2]) + np.array([2**31, 2**31], ">u4").tobytes())
    with pytest.raises(FileFormatError, match="fewer values"):
        read_idx(tmp_path / "short")
    with pytest.raises(FileFormatError, match="bytes after"):
        read_idx(tmp_path / "long")
    with pytest.raises(FileFormatError, match="limit"):
        read_idx(tmp_path / "huge")


def test_known_header_bytes_by_hand(tmp_path):
    """A 2x3 uint8 array is 00 00 08 02, then 2 and 3 as big-endian uint32, then the bytes."""
    (tmp_path / "h").write_bytes(bytes.fromhex("00000802" "00000002" "00000003" "000102030405"))
    np.testing.assert_array_equal(read_idx(tmp_path / "h"), [[0, 1, 2], [3, 4, 5]])
    (tmp_path / "i").write_bytes(bytes.fromhex("00000b01" "00000002" "0102" "fffe"))
    np.testing.assert_array_equal(read_idx(tmp_path / "i"), [258, -2])
