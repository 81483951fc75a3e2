"""Tests for gui/app.py: run() shows the window, runs the event loop and returns its exit code."""

from __future__ import annotations

import json
import sys
import time

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets

from core.data import make_dataset
from core.engine.hyperparams import Hyperparams
from core.engine.network import Network
from core.files import weights
from core.files.session import save_session
from core.training.trainer import Trainer
from gui import app
from gui.window import dialogs


def test_run_opens_a_window_and_returns_when_it_closes(qtbot, tmp_path):
    """run() shows a Backprop Studio window on the seed's net; closing it ends run() with 0, and
    the exception hook is put back."""
    seen, hook = [], sys.excepthook

    def close_window():
        windows = [w for w in QtWidgets.QApplication.topLevelWidgets()
                   if w.windowTitle() == "Backprop Studio" and w.isVisible()]
        seen.extend(windows)
        assert sys.excepthook is not hook  # the dialog hook is installed while running
        for w in windows:
            w.close()  # the last window closing ends the event loop, as Ctrl+Q does

    QtCore.QTimer.singleShot(300, close_window)
    assert app.run([], settings_path=str(tmp_path / "s.ini")) == 0
    assert len(seen) == 1 and seen[0].studio.sizes == (2, 2, 1)
    assert not seen[0].studio._worker.is_running
    assert sys.excepthook is hook


# ---- a file given on the command line: `backprop-studio FILE` ----
def run_until(argv, settings_path, done, timeout_s=15.0):
    """app.run(argv) until done(window) holds (or timeout_s passes); returns (exit code, window, held)."""
    from gui.window.main_window import MainWindow

    seen = {}
    deadline = time.monotonic() + timeout_s

    def poll():
        windows = [w for w in QtWidgets.QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if windows and ("window" not in seen) and (done(windows[0]) or time.monotonic() > deadline):
            seen["window"], seen["held"] = windows[0], done(windows[0])
            windows[0].close()

    timer = QtCore.QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    try:
        code = app.run(argv, settings_path=settings_path)
    finally:
        timer.stop()
    return code, seen.get("window"), seen.get("held", False)


def test_a_session_on_the_command_line_is_opened_once_the_window_shows(qtbot, tmp_path):
    """`backprop-studio run.json`: the window continues the saved 2-3-1 run at its 37th sample."""
    ds = make_dataset("xor")
    trainer = Trainer(Network((2, 3, 1)), ds, Hyperparams(), use_kernel=False)
    trainer.run(samples=37)
    save_session(tmp_path / "run.json", trainer, ds)

    def continued(w):
        f = w.studio.frame
        return w.studio.sizes == (2, 3, 1) and f is not None and f.snapshot.samples_seen == 37

    code, window, held = run_until([str(tmp_path / "run.json")], str(tmp_path / "s.ini"), continued)
    assert code == 0 and held
    assert np.array_equal(window.studio.frame.snapshot.params, trainer.network.params)


def test_a_file_on_the_command_line_does_not_wait_for_the_start_up_loop(qtbot, tmp_path, monkeypatch):
    """On a fresh install the start-up network's compiled loop would be compiled first (seconds);
    a session given on the command line does not wait behind that: it shows its run at once."""
    from core.training import paths
    from core.training import trainer as trainer_module

    ds = make_dataset("xor")
    trainer = Trainer(Network((2, 3, 1)), ds, Hyperparams(), use_kernel=False)
    trainer.run(samples=37)
    save_session(tmp_path / "run.json", trainer, ds)
    monkeypatch.setattr(paths, "_LOADED", set())
    monkeypatch.setattr(trainer_module, "warm_up_kernels", lambda loops: time.sleep(5))  # a compilation
    start = time.monotonic()
    code, _, held = run_until([str(tmp_path / "run.json")], str(tmp_path / "s.ini"),
                              lambda w: w.studio.frame is not None and w.studio.frame.snapshot.samples_seen == 37)
    assert code == 0 and held and time.monotonic() - start < 4


def test_weights_and_csv_on_the_command_line_are_opened_by_their_content(qtbot, tmp_path):
    """A weights JSON sets the network and its weights; a CSV becomes the data set trained on."""
    net = Network((2, 4, 1))
    net.params[:] = np.linspace(-1, 1, net.params.size)
    weights.save_weights(tmp_path / "w.json", weights.WeightsBundle.from_network(net))
    code, window, held = run_until([str(tmp_path / "w.json")], str(tmp_path / "s.ini"),
                                   lambda w: w.studio.frame is not None
                                   and np.array_equal(w.studio.frame.snapshot.params, net.params))
    assert code == 0 and held and window.studio.sizes == (2, 4, 1)

    (tmp_path / "marks.csv").write_text("a,b,c,passed\n" + "".join(
        f"{i % 7},{i % 5},{i % 3},{i % 2}\n" for i in range(40)))
    code, window, held = run_until([str(tmp_path / "marks.csv")], str(tmp_path / "s2.ini"),
                                   lambda w: w.studio.dataset.name == "marks" and w.studio.sizes[0] == 3)
    assert code == 0 and held


@pytest.mark.parametrize("name, content, title, words", [
    ("gone.json", None, "Could not open the file", "gone.json: there is no such file"),
    ("notes.txt", "a,b\nx,1\ny,0\n", "Could not open the data", "notes.txt, line 2, column 1"),
    ("other.json", '{"format": "mine"}', "Could not open the file", "not a Backprop Studio session"),
])
def test_a_file_that_cannot_be_opened_is_a_dialog_and_the_window_carries_on(qtbot, tmp_path, monkeypatch,
                                                                          name, content, title, words):
    """A missing, broken or foreign file given on the command line gives one plain dialog naming it;
    the window stays on the seed's network."""
    problems = []
    monkeypatch.setattr(dialogs, "show_problem", lambda parent, t, m: problems.append((t, m)))
    if content is not None:
        (tmp_path / name).write_text(content)
    code, window, held = run_until([str(tmp_path / name)], str(tmp_path / "s.ini"), lambda w: bool(problems))
    assert code == 0 and held
    assert len(problems) == 1 and problems[0][0] == title and words in problems[0][1]
    assert "Traceback" not in problems[0][1] and "\n" not in problems[0][1]
    assert window.studio.sizes == (2, 2, 1)


def test_file_argument_skips_options():
    """The file is the first argument that is not an option."""
    assert app.file_argument(["--verbose", "a.json", "b.csv"]) == "a.json"
    assert app.file_argument(["-x"]) is None and app.file_argument([]) is None


def test_smoke_probe_reports_the_window_and_closes_it(qtbot, tmp_path, monkeypatch, capsys):
    """With BACKPROP_STUDIO_SMOKE_SECONDS set, run() says when the window is up, then what it shows,
    and ends by itself with 0 (packaging/smoke_test.py relies on these lines)."""
    monkeypatch.setenv(app.SMOKE_ENV, "0.5")
    assert app.run([], settings_path=str(tmp_path / "s.ini")) == 0
    lines = [ln[len(app.SMOKE_PREFIX):] for ln in capsys.readouterr().out.splitlines()
             if ln.startswith(app.SMOKE_PREFIX)]
    assert lines[0] == "window shown"
    state = json.loads(lines[1])
    assert state["dataset"] == "xor" and state["sizes"] == [2, 2, 1] and state["problems"] == []
    assert state["qt_korean"] is True  # PySide6 ships qtbase_ko.qm
