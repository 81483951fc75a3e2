"""Tests for gui/app.py: run() shows the window, runs the event loop and returns its exit code."""

from __future__ import annotations

import sys

from PySide6 import QtCore, QtWidgets

from gui import app


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
