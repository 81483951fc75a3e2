"""Tests for gui/window/files/recent_files.py and opening files from outside: dropped on the window,
or picked from File ▸ Open Recent; sessions, weights and CSV data each go to the right place."""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from gui.window import dialogs
from gui.window.files import file_actions as files
from tests.gui.conftest import frame_after


def drop(qtbot, window, path, until=None) -> None:
    """Drag `path` onto the window and let go, as a file manager does; wait for `until()`."""
    mime = QtCore.QMimeData()
    mime.setUrls([QtCore.QUrl.fromLocalFile(str(path))])
    pos = QtCore.QPointF(window.width() / 2, window.height() / 2)
    enter = QtGui.QDragEnterEvent(pos.toPoint(), QtCore.Qt.DropAction.CopyAction, mime,
                                  QtCore.Qt.MouseButton.LeftButton, QtCore.Qt.KeyboardModifier.NoModifier)
    QtWidgets.QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QtGui.QDropEvent(pos, QtCore.Qt.DropAction.CopyAction, mime, QtCore.Qt.MouseButton.LeftButton,
                             QtCore.Qt.KeyboardModifier.NoModifier)
    QtWidgets.QApplication.sendEvent(window, event)
    if until is not None:  # the drop opens the file from the event loop's next pass
        qtbot.waitUntil(until, timeout=5000)


def _saved_weights_and_session(window, qtbot, monkeypatch, tmp_path):
    window.studio.step_epoch()
    trained = frame_after(qtbot, window.studio, lambda f: f.snapshot.epoch == 1).snapshot.params
    for name, action in (("w.json", "export_json"), ("s.json", "save_session")):
        monkeypatch.setattr(files, "ask_save_path", lambda *a, n=name: str(tmp_path / n))
        window.menu_actions[action].trigger()
    window.training_actions.new_init.trigger()
    frame_after(qtbot, window.studio, lambda f: f.snapshot.samples_seen == 0)
    return trained


def test_dropping_weights_a_session_and_csv_opens_each(window, qtbot, monkeypatch, tmp_path):
    """Weights (JSON) dropped are loaded; a session dropped continues at its epoch; a CSV dropped
    becomes the data set. No problem reported."""
    problems = []
    monkeypatch.setattr(dialogs, "show_problem", lambda parent, t, m: problems.append(m))
    trained = _saved_weights_and_session(window, qtbot, monkeypatch, tmp_path)
    drop(qtbot, window, tmp_path / "w.json")
    frame_after(qtbot, window.studio, lambda f: np.array_equal(f.snapshot.params, trained))
    window.studio.reset()
    frame_after(qtbot, window.studio, lambda f: f.snapshot.samples_seen == 0)
    drop(qtbot, window, tmp_path / "s.json")
    frame_after(qtbot, window.studio, lambda f: f.snapshot.epoch == 1)
    csv = tmp_path / "and.csv"
    csv.write_text("a,b,y\n0,0,0\n0,1,0\n1,0,0\n1,1,1\n0,0,0\n1,1,1\n0,1,0\n1,0,0\n")
    drop(qtbot, window, csv, until=lambda: window.studio.experiment.data.csv_path == str(csv))
    assert not problems


def test_dropping_an_unknown_file_says_so(window, qtbot, monkeypatch, tmp_path):
    """A file of another kind is refused in one sentence naming it; nothing changes."""
    shown = []
    monkeypatch.setattr(dialogs, "show_problem", lambda parent, t, m: shown.append(m))
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG")
    before = window.studio.experiment
    drop(qtbot, window, path, until=lambda: bool(shown))
    assert len(shown) == 1 and shown[0].startswith("photo.png") and "Backprop Studio opens" in shown[0]
    assert window.studio.experiment == before


def test_open_recent_lists_opened_files_and_reopens_them(window, qtbot, monkeypatch, tmp_path):
    """Files opened land at the top of File ▸ Open recent; choosing one opens it again; a file
    gone since is reported and leaves the list."""
    trained = _saved_weights_and_session(window, qtbot, monkeypatch, tmp_path)
    drop(qtbot, window, tmp_path / "w.json")
    frame_after(qtbot, window.studio, lambda f: np.array_equal(f.snapshot.params, trained))
    recent = window.file_actions.recent
    drop(qtbot, window, tmp_path / "s.json", until=lambda: len(recent.paths()) == 2)
    assert recent.paths() == [str((tmp_path / n).resolve()) for n in ("s.json", "w.json")]
    menu = window.menu_actions["open_recent"].menu()
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if a.toolTip().endswith(".json")]
    assert [a.text() for a in entries] == ["&1  s.json", "&2  w.json"]
    window.studio.reset()
    frame_after(qtbot, window.studio, lambda f: f.snapshot.samples_seen == 0)
    entries[1].trigger()
    frame_after(qtbot, window.studio, lambda f: np.array_equal(f.snapshot.params, trained))
    shown = []
    monkeypatch.setattr(dialogs, "show_problem", lambda parent, t, m: shown.append(m))
    (tmp_path / "w.json").unlink()
    entries[1].trigger()
    assert len(shown) == 1 and shown[0].startswith("w.json") and "no such file" in shown[0]
    assert recent.paths() == [str((tmp_path / "s.json").resolve())]
