"""Tests for gui/studio/background.py: File ▸ Load CSV, Open session and MNIST (download) run on a
worker thread with a progress bar and Cancel while the window keeps answering; problems arrive as
the usual dialog, in plain words."""

from __future__ import annotations

import builtins

import numpy as np
import pytest
from PySide6 import QtCore

from core.data import csv_fast, downloads
from gui.window import dialogs
from gui.window.files import file_actions as files
from tests.core.data.test_downloads import IMAGES, server, source  # noqa: F401 - a fixture

__all__ = ["server"]


@pytest.fixture
def problems(monkeypatch):
    seen = []
    monkeypatch.setattr(dialogs, "show_problem", lambda parent, title, msg: seen.append(msg))
    return seen


def big_csv(path, rows=40_000, cols=30):
    rng = np.random.default_rng(0)
    table = np.column_stack([rng.integers(0, 100, size=(rows, cols - 1)),
                             rng.integers(0, 3, size=rows)])
    path.write_text("\n".join(",".join(map(str, r)) for r in table.tolist()) + "\n")
    return table


def test_load_csv_reads_on_a_worker_while_the_window_answers(window, qtbot, monkeypatch, tmp_path,
                                                              problems):
    """A CSV read in 64 KiB blocks: the progress bar shows, a 10 ms GUI timer keeps firing while
    the job runs, and the data set is the file's when it ends."""
    monkeypatch.setattr(csv_fast, "BLOCK", 64 * 1024)
    path = tmp_path / "big.csv"
    table = big_csv(path)
    monkeypatch.setattr(files, "ask_open_path", lambda *a: str(path))
    ticks = []
    timer = QtCore.QTimer()
    timer.timeout.connect(lambda: ticks.append(window.background.busy))
    timer.start(10)
    window.menu_actions["load_csv"].trigger()
    assert window.background.busy and window.background.bar.isVisible()
    qtbot.waitUntil(lambda: not window.background.busy, timeout=30000)
    timer.stop()
    assert sum(ticks) >= 3, "the GUI thread did not run while the file was read"
    ds = window.studio.dataset
    assert ds.n_inputs == 29 and len(ds.X_train) + len(ds.X_test) == len(table)
    assert window.studio.experiment.data.csv_path == str(path) and not problems
    assert not window.background.bar.isVisible()


def test_cancel_changes_nothing(window, qtbot, monkeypatch, tmp_path, problems):
    """Cancel pressed at once: the job stops at its first progress report; the data stay XOR."""
    path = tmp_path / "big.csv"
    big_csv(path, rows=2000)
    monkeypatch.setattr(files, "ask_open_path", lambda *a: str(path))
    window.menu_actions["load_csv"].trigger()
    window.background.cancel_button.click()
    qtbot.waitUntil(lambda: not window.background.busy, timeout=10000)
    assert window.studio.dataset.name == "xor" and not problems
    assert "Cancelled" in window.statusBar().currentMessage()


def test_a_bad_csv_is_the_usual_dialog_naming_line_and_column(window, qtbot, monkeypatch,
                                                              tmp_path, problems):
    """A bad cell in a big file: one dialog naming the file, line and column; data unchanged."""
    path = tmp_path / "bad.csv"
    big_csv(path, rows=5000)
    lines = path.read_text().splitlines()
    cells = lines[4000].split(",")
    lines[4000] = ",".join([cells[0], "x", *cells[2:]])
    path.write_text("\n".join(lines) + "\n")
    monkeypatch.setattr(files, "ask_open_path", lambda *a: str(path))
    window.menu_actions["load_csv"].trigger()
    qtbot.waitUntil(lambda: bool(problems), timeout=10000)
    assert problems == ["bad.csv, line 4001, column 2: 'x' is not a number"]
    assert window.studio.dataset.name == "xor"


def test_an_unreadable_csv_is_a_plain_sentence(window, qtbot, monkeypatch, tmp_path, problems):
    """Permission denied when the file is opened (simulated: tests may run as root): a plain
    sentence naming the file, not 'unexpected problem'."""
    path = tmp_path / "locked.csv"
    path.write_text("a,y\n1,0\n2,1\n")
    real_open = builtins.open

    def guarded(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded)
    monkeypatch.setattr(files, "ask_open_path", lambda *a: str(path))
    window.menu_actions["load_csv"].trigger()
    qtbot.waitUntil(lambda: bool(problems), timeout=10000)
    assert problems == ["locked.csv: cannot be read (Permission denied)"]


def test_mnist_download_from_the_data_box(window, qtbot, monkeypatch, server, problems,  # noqa: F811
                                          tmp_path):
    """Choosing "mnist" downloads it (local server) on a worker and trains on 784 inputs."""
    url, requests = server
    monkeypatch.setenv(downloads.ENV_DIR, str(tmp_path / "cache"))
    monkeypatch.delenv(downloads.ENV_OFFLINE, raising=False)  # only 127.0.0.1 is asked
    monkeypatch.setitem(downloads.SOURCES, "mnist", source(url))
    combo = window.controls.data_box.dataset_combo
    combo.setCurrentIndex(combo.findData("mnist"))
    qtbot.waitUntil(lambda: window.studio.dataset.name == "mnist", timeout=20000)
    assert window.studio.dataset.n_inputs == 784 and len(requests) == 4 and not problems
    np.testing.assert_array_equal(window.studio.dataset.X_test * 255,
                                  IMAGES["test"].reshape(10, -1))


def test_export_pytorch_script_writes_script_weights_and_data(window, qtbot, monkeypatch,
                                                              tmp_path, problems):
    """File ▸ Export weights as ▸ PyTorch script: model.py, model.npz and model-data.npz appear;
    the script holds this run's α and the weights file holds the frame's weights."""
    from core.files.weights import load_weights

    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(files, "ask_save_path", lambda *a: str(out / "model.py"))
    window.studio.step_epoch()
    qtbot.waitUntil(lambda: window.studio.frame.snapshot.epoch == 1, timeout=5000)
    params = window.studio.frame.snapshot.params.copy()
    window.menu_actions["export_torch"].trigger()
    qtbot.waitUntil(lambda: not window.background.busy, timeout=10000)
    assert not problems
    assert sorted(p.name for p in out.iterdir()) == ["model-data.npz", "model.npz", "model.py"]
    assert "ALPHA = 0.5" in (out / "model.py").read_text()
    assert np.array_equal(load_weights(out / "model.npz").to_network().params, params)
    assert "PyTorch script saved" in window.statusBar().currentMessage()
