"""Tests for gui/window/menus.py: the File menu's actions, run as a user would (dialogs patched)."""

from __future__ import annotations

import numpy as np
import pytest

from core.studio.frame import FrameEvent
from gui.window import dialogs
from gui.window.files import file_actions as files
from tests.gui.conftest import frame_after


@pytest.fixture
def problems(monkeypatch):
    """Problem dialogs recorded instead of shown."""
    seen = []
    monkeypatch.setattr(dialogs, "show_problem", lambda parent, title, msg: seen.append(msg))
    return seen


def _answer(monkeypatch, path):
    monkeypatch.setattr(files, "ask_save_path", lambda *a: str(path))
    monkeypatch.setattr(files, "ask_open_path", lambda *a: str(path))


@pytest.mark.parametrize("ext", ["json", "npz"])
def test_export_then_import_weights_round_trips(window, qtbot, monkeypatch, tmp_path, problems,
                                                ext):
    """Weights exported through the menu and imported after a new init are the exported ones."""
    window.studio.step_epoch()
    trained = frame_after(qtbot, window.studio, lambda f: f.snapshot.epoch == 1).snapshot.params
    _answer(monkeypatch, tmp_path / f"w.{ext}")
    window.menu_actions[f"export_{ext}"].trigger()
    assert (tmp_path / f"w.{ext}").exists() and not problems
    window.training_actions.new_init.trigger()
    frame_after(qtbot, window.studio, lambda f: f.snapshot.samples_seen == 0)
    window.menu_actions["import_weights"].trigger()
    frame_after(qtbot, window.studio, lambda f: np.array_equal(f.snapshot.params, trained))
    assert not problems


def test_csv_and_onnx_weight_exports_write_files(window, monkeypatch, tmp_path, problems):
    """The write-only formats produce a file (or a plain problem if ONNX support is missing)."""
    for ext in ("csv", "onnx"):
        _answer(monkeypatch, tmp_path / f"w.{ext}")
        window.menu_actions[f"export_{ext}"].trigger()
    assert (tmp_path / "w.csv").stat().st_size > 0
    assert (tmp_path / "w.onnx").exists() or "onnx" in " ".join(problems).lower()


def test_a_weights_table_exported_as_csv_is_not_opened_as_data(window, qtbot, monkeypatch, tmp_path, problems):
    """The CSV weights export, opened again (Load CSV data…, or dropped / from Open recent / on the
    command line), is refused with a plain message instead of becoming a data set of weights; the
    run is kept."""
    path = tmp_path / "w.csv"
    _answer(monkeypatch, path)
    window.menu_actions["export_csv"].trigger()
    before = window.studio.experiment
    window.menu_actions["load_csv"].trigger()  # read on a worker thread
    qtbot.waitUntil(lambda: bool(problems) and not window.background.busy, timeout=10_000)
    assert window.file_actions.open_file(str(path)) is False
    qtbot.waitUntil(lambda: len(problems) == 2 and not window.background.busy, timeout=10_000)
    assert all("w.csv" in m and "table of weights" in m and ".json or .npz" in m for m in problems), problems
    assert window.studio.experiment == before


def test_importing_a_bad_file_explains_and_keeps_state(window, monkeypatch, tmp_path, problems):
    """A broken weights file gives a plain message; the network is unchanged."""
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json")
    before = window.studio.frame.snapshot.params.copy()
    _answer(monkeypatch, bad)
    window.menu_actions["import_weights"].trigger()
    assert len(problems) == 1 and "Traceback" not in problems[0]
    assert np.array_equal(window.studio.frame.snapshot.params, before)


def test_pictures_export_as_png_and_svg(window, monkeypatch, tmp_path, problems):
    """Graph and plot export as a real PNG and an SVG document."""
    for which in ("graph", "plot"):
        for ext in ("png", "svg"):
            _answer(monkeypatch, tmp_path / f"{which}.{ext}")
            window.menu_actions[f"{which}_{ext}"].trigger()
            data = (tmp_path / f"{which}.{ext}").read_bytes()
            assert data.startswith(b"\x89PNG") if ext == "png" else b"<svg" in data
    assert not problems


def test_error_history_exports_as_csv(window, qtbot, monkeypatch, tmp_path, problems):
    """After two epochs the CSV holds 8 per-sample rows and 2 training-mean rows."""
    for epoch in (1, 2):
        window.studio.step_epoch()
        frame_after(qtbot, window.studio, lambda f, e=epoch: f.snapshot.epoch == e)
    _answer(monkeypatch, tmp_path / "h.csv")
    window.menu_actions["export_history"].trigger()
    lines = (tmp_path / "h.csv").read_text().splitlines()
    assert lines[0] == "series,samples_seen,epoch,E"
    assert sum(ln.startswith("sample,") for ln in lines) == 8
    train = [ln for ln in lines if ln.startswith("train,")]
    assert [ln.split(",")[1:3] for ln in train] == [["4", "1"], ["8", "2"]]


def test_session_saves_and_opens_where_it_stopped(window, qtbot, monkeypatch, tmp_path, problems):
    """A saved session, opened after a reset, brings back the weights and the counters."""
    window.studio.step_epoch()
    saved = frame_after(qtbot, window.studio, lambda f: f.snapshot.epoch == 1).snapshot
    _answer(monkeypatch, tmp_path / "s.json")
    window.menu_actions["save_session"].trigger()
    assert not problems
    window.studio.reset()
    frame_after(qtbot, window.studio, lambda f: f.snapshot.samples_seen == 0)
    window.menu_actions["open_session"].trigger()
    f = frame_after(qtbot, window.studio, lambda f: f.snapshot.samples_seen == 4)
    assert np.array_equal(f.snapshot.params, saved.params) and not problems


def test_a_diverged_runs_session_saves_and_opens(window, qtbot, monkeypatch, tmp_path, problems):
    """A run that diverged after some epochs (its history holds an infinite epoch E) saves its
    session from the command line, and the window opens it and draws its E plot: JSON has no inf,
    the history writes it as null and reads it back as NaN. Opening it reports no problem; Play
    does, at once."""
    import subprocess
    import sys
    from pathlib import Path

    main_py = Path(__file__).resolve().parents[3] / "main.py"
    proc = subprocess.run([sys.executable, str(main_py), "train", "--output-activation", "linear", "--batch-size",
                           "4", "--lr", "10000", "--epochs", "50", "--session", "dv.json", "--quiet"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert proc.returncode == 1 and "diverged" in proc.stderr and "Traceback" not in proc.stderr
    assert (tmp_path / "dv.json").exists()
    _answer(monkeypatch, tmp_path / "dv.json")
    notices = []
    window.studio.notice_posted.connect(notices.append)
    window.menu_actions["open_session"].trigger()
    frame_after(qtbot, window.studio, lambda f: f.snapshot.samples_seen > 0)
    window.grab()  # paints the E plot with the history's NaN
    assert not problems
    # its dashed line stands where E left the plot's range, near the left edge: its word is whole
    plot = window.error_plot
    qtbot.waitUntil(plot.divergence_line.isVisible, timeout=3000)

    def word_is_whole():
        window.grab()  # a paint places the label
        view = plot.plot_widget.getPlotItem().getViewBox().sceneBoundingRect()
        word = plot.divergence_line.label.sceneBoundingRect()
        return view.left() <= word.left() and word.right() <= view.right()

    qtbot.waitUntil(word_is_whole, timeout=3000)
    # opened, it is not a problem yet (a dialog on every open would nag): the status bar says how it
    # stopped; Play says it again, in a dialog
    qtbot.waitUntil(lambda: any("Training diverged at sample 157" in n for n in notices), timeout=3000)
    # α = 10000 is beyond the slider: used as the controls show it, and said with the control's name
    qtbot.waitUntil(lambda: any("now used as shown: α 10000 → 1000." in n for n in notices), timeout=3000)
    before = window.studio.frame
    window.studio.set_speed(100.0)  # a frame that keeps the diverged status is not a new problem
    frame_after(qtbot, window.studio, lambda f: f is not before and f.event is FrameEvent.CHANGED)
    assert not problems
    window.training_actions.play.trigger()
    qtbot.waitUntil(lambda: bool(problems), timeout=10000)
    assert "diverged at sample 157" in problems[0] and not window.studio.playing
    before = window.studio.frame
    window.studio.set_speed(None)  # said once: moving the speed after it does not say it again
    frame_after(qtbot, window.studio, lambda f: f is not before and f.event is FrameEvent.CHANGED)
    assert len(problems) == 1


def test_loading_a_csv_switches_the_data_and_resets(window, qtbot, monkeypatch, tmp_path):
    """Load CSV… trains on the file's data; the status bar says training restarted."""
    path = tmp_path / "and.csv"
    path.write_text("a,b,y\n0,0,0\n0,1,0\n1,0,0\n1,1,1\n0,0,0\n1,1,1\n0,1,0\n1,0,0\n0.9,0.9,1\n"
                    "0.1,0.1,0\n")
    _answer(monkeypatch, path)
    window.menu_actions["load_csv"].trigger()
    qtbot.waitUntil(lambda: window.studio.experiment.data.csv_path == str(path), timeout=10000)
    assert "restarted" in window.statusBar().currentMessage()
    assert window.controls.data_box.dataset_combo.currentText() == "CSV: and"
