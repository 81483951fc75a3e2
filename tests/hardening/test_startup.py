"""The app always starts (gui/app.py, gui/window/settings.py, gui/window/main_window.py): a CSV that
moved since it was loaded, or any saved value the window cannot use, is ignored; the window opens
on the seed's default and its status bar says what was not restored; `python main.py` keeps
running. The exception hook and a plain dialog are in place before the window is built, and a
start that fails anyway ends in that dialog and exit 1, with the training thread stopped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6 import QtCore, QtWidgets

from core.studio.experiment import DataChoice, Experiment
from gui import app
from gui.window import dialogs, main_window
from gui.window.files import file_actions as files
from gui.window.main_window import MainWindow
from gui.window.settings import ORGANISATION, Settings

ROOT = Path(__file__).resolve().parents[2]
CSV = "x1,x2,label\n0,0,a\n0,1,b\n1,0,b\n1,1,a\n0.1,0.1,a\n0.9,0.1,b\n"


def _open(qtbot, settings_path) -> MainWindow:
    w = MainWindow(Settings(str(settings_path)))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.studio.frame is not None, timeout=10_000)
    return w


def _settings_after_loading_a_csv(qtbot, monkeypatch, tmp_path, settings_path) -> Path:
    """File ▸ Load CSV, then quit: the settings now name the CSV."""
    csv = tmp_path / "points.csv"
    csv.write_text(CSV)
    monkeypatch.setattr(files, "ask_open_path", lambda *a: str(csv))
    w = _open(qtbot, settings_path)
    w.menu_actions["load_csv"].trigger()  # read on a worker thread (a progress bar meanwhile)
    qtbot.waitUntil(lambda: w.studio.experiment.data.csv_path == str(csv), timeout=10_000)
    w.close()
    return csv


def test_a_moved_csv_opens_the_window_on_the_default(qtbot, monkeypatch, tmp_path):
    """Load a CSV, quit, move the CSV, start again: the seed's XOR net, and the status bar names
    the CSV that could not be read; quitting then saves a settings file that opens cleanly."""
    settings_path = tmp_path / "settings.ini"
    csv = _settings_after_loading_a_csv(qtbot, monkeypatch, tmp_path, settings_path)
    csv.rename(tmp_path / "moved.csv")
    w = _open(qtbot, settings_path)
    assert w.studio.experiment == Experiment() and w.studio.sizes == (2, 2, 1)
    message = w.statusBar().currentMessage()
    assert "not restored" in message and "points.csv" in message
    w.close()
    again = Settings(str(settings_path))
    assert again.experiment() == Experiment() and again.unrestored == {}


def test_a_session_whose_csv_moved_opens_the_window_on_the_default(qtbot, monkeypatch, tmp_path):
    """Open a session trained on a CSV, quit, move the CSV: the next start is on the default (the
    session's CSV path was what the settings kept) and says so."""
    settings_path = tmp_path / "settings.ini"
    csv = _settings_after_loading_a_csv(qtbot, monkeypatch, tmp_path, settings_path)
    session = tmp_path / "run.json"
    monkeypatch.setattr(files, "ask_save_path", lambda *a: str(session))
    monkeypatch.setattr(files, "ask_open_path", lambda *a: str(session))
    w = _open(qtbot, tmp_path / "other.ini")
    w.studio.change_experiment(w.studio.experiment.with_(
        data=DataChoice(name="points", csv_path=str(csv))), "train on the CSV")
    w.menu_actions["save_session"].trigger()
    w.close()
    w = _open(qtbot, settings_path)
    w.menu_actions["open_session"].trigger()
    qtbot.waitUntil(lambda: w.studio.experiment.data.csv_path == str(csv), timeout=5000)
    w.close()
    csv.rename(tmp_path / "moved.csv")
    w = _open(qtbot, settings_path)
    assert w.studio.experiment == Experiment()
    assert "points.csv" in w.statusBar().currentMessage()
    w.close()


@pytest.mark.parametrize("line", [
    "speed=@Invalid()", "speed=Infinity", "speed=1, 2", "speed=@Rect(1 2 3 4)", "speed=-5",
    "learn\\pace=@Invalid()", "learn\\tab=99999999999", "learn\\backprop_view=@Size(1 2)",
    "plot\\x_unit=@Point(1 2)", "geometry=@ByteArray(not a geometry)", "last_folder=@Rect(1 2 3 4)",
    'experiment="{\\"data\\": {\\"name\\": \\"retired\\"}, \\"arch\\": {\\"hidden\\": [2]}, '
    '\\"hp\\": {}, \\"init\\": {}}"',
    'experiment="{\\"data\\": {}, \\"arch\\": {\\"hidden\\": [-2, 100000]}, \\"hp\\": {}, '
    '\\"init\\": {}}"',
    "experiment=" + "[" * 3000,
])
def test_an_unusable_saved_value_is_named_in_the_status_bar(qtbot, tmp_path, line):
    """Each kind of unreadable value: the window opens on defaults and names the key."""
    settings_path = tmp_path / "settings.ini"
    settings_path.write_text(f"[General]\n{line}\n")
    w = _open(qtbot, settings_path)
    key = line.split("=", 1)[0].replace("\\", "/")
    assert "not restored" in w.statusBar().currentMessage()
    assert key in w.settings.unrestored
    assert w.studio.experiment == Experiment()
    w.close()


def test_a_non_text_last_folder_does_not_break_saving(qtbot, monkeypatch, tmp_path):
    """last_folder saved as a rectangle: File ▸ Export weights still saves, no problem dialog."""
    settings_path = tmp_path / "settings.ini"
    settings_path.write_text("[General]\nlast_folder=@Rect(1 2 3 4)\n")
    problems = []
    monkeypatch.setattr(dialogs, "show_problem", lambda parent, title, msg: problems.append(msg))
    monkeypatch.setattr(files, "ask_save_path", lambda parent, title, suggestion, filters:
                        str(tmp_path / "w.json"))
    w = _open(qtbot, settings_path)
    w.menu_actions["export_json"].trigger()
    assert (tmp_path / "w.json").exists() and not problems
    w.close()


def _env(home: Path) -> dict:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"), "PYTHONUNBUFFERED": "1"}


def test_main_py_starts_after_its_csv_moved(qtbot, monkeypatch, tmp_path):
    """`python main.py` with settings naming a deleted CSV keeps running (it aborted with
    'QThread: Destroyed while thread is still running' before), and quits cleanly on SIGTERM."""
    settings_path = tmp_path / "config" / ORGANISATION / "Backprop Studio.ini"
    settings_path.parent.mkdir(parents=True)
    csv = _settings_after_loading_a_csv(qtbot, monkeypatch, tmp_path, settings_path)
    csv.unlink()
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py")], cwd=tmp_path, env=_env(tmp_path),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 6
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
        assert proc.poll() is None, proc.communicate()[1]
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "QThread" not in err


def test_the_dialog_hook_is_installed_before_the_window_is_built(qtbot, monkeypatch, tmp_path):
    """A window that fails while being built: the hook was already in place, a plain dialog
    saying the app could not start is shown, run() returns 1 and the hook is put back."""
    hook, seen = sys.excepthook, {}

    def broken_init(self, *args, **kwargs):
        seen["hook installed"] = sys.excepthook is not hook
        raise RuntimeError("the graphics driver said no")

    def close_dialog():
        box = QtWidgets.QApplication.activeModalWidget()
        seen["dialog"] = box.text() if box is not None else None
        if box is not None:
            box.accept()

    monkeypatch.setattr(main_window.MainWindow, "__init__", broken_init)
    QtCore.QTimer.singleShot(300, close_dialog)
    assert app.run([], settings_path=str(tmp_path / "s.ini")) == 1
    assert seen["hook installed"]
    assert "could not start" in seen["dialog"] and "graphics driver said no" in seen["dialog"]
    assert sys.excepthook is hook


def test_an_error_before_the_window_exists_gets_a_plain_dialog(qtbot, monkeypatch):
    """The hook shows a dialog of its own while there is no window yet (not only a traceback)."""
    shown = []
    monkeypatch.setattr(dialogs, "show_problem", lambda parent, title, msg: shown.append(msg))
    hook = sys.excepthook
    try:
        dialogs.install_excepthook(lambda: None)
        try:
            raise ValueError("early trouble")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = hook
    assert len(shown) == 1 and "early trouble" in shown[0]


def _deep_variant(depth: int) -> str:
    """An INI @Variant of a list nested `depth` deep (what Qt itself writes for [[...[1]...]])."""
    return "@Variant(" + r"\0\0\0\t\0\0\0\x1" * depth + r"\0\0\0\x2\0\0\0\x1" + ")"


def test_main_py_starts_on_a_settings_value_that_crashes_qt(tmp_path):
    """A list nested 100,000 deep in the settings file made Qt overflow its stack while reading
    the file (a segfault before any Python ran): the line is set aside, the app runs, and SIGTERM
    quits it cleanly; the rest of the file is kept."""
    settings_path = tmp_path / "config" / ORGANISATION / "Backprop Studio.ini"
    settings_path.parent.mkdir(parents=True)
    settings_path.write_text(f"[General]\nplot\\x_unit=epochs\nspeed={_deep_variant(100_000)}\n")
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py")], cwd=tmp_path, env=_env(tmp_path),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 6
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
        assert proc.poll() is None, (proc.returncode, proc.communicate()[1])
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    saved = settings_path.read_text()
    assert "x_unit=epochs" in saved and "@Variant" not in saved and "speed=1000" in saved
