"""Tests for core/files/session_container.py: big data saved as .npy members of a zip and read back
bit for bit; every member checked before it is read (no pickle, no compression, sizes that fit)."""

from __future__ import annotations

import io
import json
import zipfile

import numpy as np
import pytest

from core.checks.errors import BackpropStudioError, FileFormatError
from core.files.session_container import is_container, read_container, write_container

ARRAYS = {"X_train": np.random.default_rng(0).normal(size=(50, 7)), "T_train": np.eye(7)[:50 % 7],
          "X_test": np.arange(14.0).reshape(2, 7), "T_test": np.ones((2, 7))}


def test_round_trip_bit_for_bit(tmp_path):
    """The document and every array come back exactly; the file is a plain zip of .npy files."""
    doc = {"format": "backprop-studio-session", "x": [1.5, None]}
    path = write_container(tmp_path / "s.session", doc, ARRAYS)
    assert is_container(path)
    back, arrays = read_container(path)
    assert back == doc
    for k, a in ARRAYS.items():
        assert np.array_equal(arrays[k], a) and arrays[k].dtype == np.float64
        assert arrays[k].ctypes.data % 64 == 0  # read onto a cache line: no copy needed to train on them
    with zipfile.ZipFile(path) as z:
        assert np.array_equal(np.load(io.BytesIO(z.read("data/X_test.npy"))), ARRAYS["X_test"])


def write_zip(path, members: dict, compression=zipfile.ZIP_STORED):
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def npy(a, **kw) -> bytes:
    buf = io.BytesIO()
    np.lib.format.write_array(buf, a, **kw)
    return buf.getvalue()


@pytest.mark.parametrize("members, compression, message", [
    ({"session.json": b"{}", "evil.py": b"x"}, zipfile.ZIP_STORED, "not a session container"),
    ({"data/X_train.npy": npy(np.ones((2, 2)))}, zipfile.ZIP_STORED, "without session.json"),
    ({"session.json": b"{}"}, zipfile.ZIP_DEFLATED, "stored, not compressed"),
    ({"session.json": b"{}", "data/X_train.npy": npy(np.array([object()]), allow_pickle=True)},
     zipfile.ZIP_STORED, "2-D float64"),
    ({"session.json": b"{}", "data/X_train.npy": npy(np.ones((2, 2), dtype=np.float32))},
     zipfile.ZIP_STORED, "2-D float64"),
    ({"session.json": b"{}", "data/X_train.npy": npy(np.ones((2, 2)))[:-8]},
     zipfile.ZIP_STORED, "does not match its size"),
    ({"session.json": b"{}", "data/X_train.npy": b"\x93NUMPY\x09\x00"},
     zipfile.ZIP_STORED, "not a readable .npy"),
    ({"session.json": b"[1, 2"}, zipfile.ZIP_STORED, "JSON"),
])
def test_hostile_containers_are_refused(tmp_path, members, compression, message):
    """Strange members, compression, pickled or mis-sized arrays, bad JSON: refused by name."""
    path = write_zip(tmp_path / "bad.session", members, compression)
    with pytest.raises(BackpropStudioError, match=message):
        read_container(path)


def test_a_damaged_zip_is_refused(tmp_path):
    """A truncated container is a plain refusal, not a zipfile traceback."""
    path = write_container(tmp_path / "s.session", {"a": 1}, ARRAYS)
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])
    with pytest.raises(FileFormatError):
        read_container(path)


def test_a_description_too_big_to_read_back_is_not_written(tmp_path, monkeypatch):
    """If session.json alone would pass the read limit, the save is refused and nothing is left."""
    from core.files import session_container

    monkeypatch.setattr(session_container, "MAX_FILE_BYTES", 100)
    with pytest.raises(BackpropStudioError, match="not saved"):
        write_container(tmp_path / "s.session", {"x": "y" * 200}, {})
    assert list(tmp_path.iterdir()) == []
    assert json.dumps({"ok": 1})
