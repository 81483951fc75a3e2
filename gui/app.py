"""Start the window: `run(argv)` creates the QApplication and the window, shows it, runs the event
loop and returns the exit code. Any uncaught exception becomes a plain dialog, never a traceback."""

from __future__ import annotations

import sys

from PySide6 import QtWidgets

from gui import dialogs
from gui.settings import APPLICATION, ORGANISATION


def run(argv: list[str] | None = None, settings_path: str | None = None) -> int:
    """Open Backprop Studio on the seed's network learning XOR (or the last session's setup)."""
    from gui.main_window import MainWindow
    from gui.settings import Settings

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(
        [sys.argv[0] if sys.argv else "backprop-studio", *(argv or [])])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    window = MainWindow(Settings(settings_path))
    previous_hook = sys.excepthook
    dialogs.install_excepthook(lambda: window)
    window.show()
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
