"""Every file the app writes goes through core/files/atomic_write.py: a save that fails midway (the write,
the fsync or the rename raises, or the user presses Ctrl+C) leaves the previous file byte for byte
and no temporary file behind — for weights (JSON, NPZ, CSV, ONNX), sessions, the error history and
PNG/SVG pictures."""

from __future__ import annotations

import os

import numpy as np
import pytest

import core.files.atomic_write as aw
from core.checks.errors import BackpropStudioError
from core.engine.network import Network
from core.files.session import save_session
from core.files.weights import WeightsBundle, save_weights
from core.studio.experiment import Experiment, build_dataset, build_trainer
from gui.window.files import file_actions as files

PREVIOUS = b"the previous file, which must survive\n"


def _bundle() -> WeightsBundle:
    net = Network((2, 3, 1), ("tanh", "sigmoid"), "sse")
    net.params[:] = np.linspace(-1, 1, net.n_params)
    return WeightsBundle.from_network(net)


def _session_writer(path):
    exp = Experiment()
    ds = build_dataset(exp.data, exp.arch.output_activation)
    save_session(path, build_trainer(exp, ds), ds)


def _picture_writer(ext):
    def write(path):
        from PySide6 import QtWidgets

        QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
        label = QtWidgets.QLabel("picture")
        label.resize(40, 20)
        files.save_picture(label, str(path), "test")
    return write


WRITERS = {
    "weights.json": lambda p: save_weights(p, _bundle()),
    "weights.npz": lambda p: save_weights(p, _bundle()),
    "weights.csv": lambda p: save_weights(p, _bundle()),
    "weights.onnx": lambda p: save_weights(p, _bundle()),
    "session.json": _session_writer,
    "history.csv": lambda p: files.save_history_csv(
        str(p), {"samples": (np.arange(1.0, 4.0), np.array([0.3, 0.2, 0.1]))}, 4),
    "graph.png": _picture_writer("png"),
    "graph.svg": _picture_writer("svg"),
}


class DiskFullError(OSError):
    """A disk that fails (full, removed, read-only) at one step of the save."""


def _fail_at(monkeypatch, step: str, exc: BaseException) -> None:
    def raise_(*_a, **_k):
        raise exc

    if step == "write":
        real_fdopen = os.fdopen

        class FailingFile:
            def __init__(self, f):
                self._f = f

            def __enter__(self):
                return self

            def __exit__(self, *a):
                return self._f.__exit__(*a)

            def write(self, data):
                self._f.write(data[: len(data) // 2])  # half of it reaches the disk, then it fails
                raise exc

            def __getattr__(self, name):
                return getattr(self._f, name)

        monkeypatch.setattr(aw.os, "fdopen", lambda fd, mode: FailingFile(real_fdopen(fd, mode)))
    elif step == "fsync":
        monkeypatch.setattr(aw.os, "fsync", raise_)
    else:
        monkeypatch.setattr(aw.os, "replace", raise_)


@pytest.mark.parametrize("step", ["write", "fsync", "replace"])
@pytest.mark.parametrize("name", sorted(WRITERS))
def test_failed_save_keeps_the_previous_file(tmp_path, monkeypatch, name, step):
    """A disk error midway: a plain error for the user, the old file intact, no temp file left."""
    if name.endswith(".onnx"):
        pytest.importorskip("onnx")
    target = tmp_path / name
    target.write_bytes(PREVIOUS)
    _fail_at(monkeypatch, step, DiskFullError(28, "No space left on device"))
    with pytest.raises((BackpropStudioError, files.FileActionError)) as info:
        WRITERS[name](target)
    assert str(info.value).strip()
    assert target.read_bytes() == PREVIOUS
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_interrupted_save_keeps_the_previous_file(tmp_path, monkeypatch, name):
    """Ctrl+C (KeyboardInterrupt) in the middle of writing: it propagates, the old file stays."""
    if name.endswith(".onnx"):
        pytest.importorskip("onnx")
    target = tmp_path / name
    target.write_bytes(PREVIOUS)
    _fail_at(monkeypatch, "write", KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        WRITERS[name](target)
    assert target.read_bytes() == PREVIOUS
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_successful_save_replaces_the_file_and_leaves_nothing_else(tmp_path, name):
    """Without failures each writer replaces the old file whole (so the tests above test a
    writer that really goes through the atomic writer)."""
    if name.endswith(".onnx"):
        pytest.importorskip("onnx")
    target = tmp_path / name
    target.write_bytes(PREVIOUS)
    WRITERS[name](target)
    assert target.read_bytes() != PREVIOUS and target.stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
