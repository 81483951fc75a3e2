"""Start the window: `run(argv)` creates the QApplication and the window, shows it, runs the event
loop and returns the exit code. Any uncaught exception becomes a plain dialog, never a traceback."""

from __future__ import annotations

import signal
import sys
import threading

from PySide6 import QtCore, QtWidgets

from gui.window import dialogs
from gui.window.settings import APPLICATION, ORGANISATION


def run(argv: list[str] | None = None, settings_path: str | None = None) -> int:
    """Open Backprop Studio on the seed's network learning XOR (or the last session's setup)."""
    from gui.window.main_window import MainWindow
    from gui.window.settings import Settings

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(
        [sys.argv[0] if sys.argv else "backprop-studio", *(argv or [])])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    from core.data.downloads import set_data_dir  # MNIST and alike are kept where Qt says

    set_data_dir(QtCore.QStandardPaths.writableLocation(
        QtCore.QStandardPaths.StandardLocation.AppLocalDataLocation))
    window = MainWindow(Settings(settings_path))
    previous_hook = sys.excepthook
    dialogs.install_excepthook(lambda: window)
    previous_sigint = _quit_on_sigint(app, window)
    # however the event loop ends (a closed window, Ctrl+C, the session logging out), the worker
    # thread is stopped before Qt tears the objects down
    app.aboutToQuit.connect(window.studio.shutdown)
    window.show()
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        if previous_sigint is not None:
            signal.signal(signal.SIGINT, previous_sigint)


def _quit_on_sigint(app, window):
    """Ctrl+C in the terminal closes the window (settings saved, worker stopped) and quits.

    Python runs a signal handler only when the interpreter gets control, which Qt's event loop
    rarely gives it: a 200 ms timer does. Returns the previous handler (None off the main thread).
    """
    if threading.current_thread() is not threading.main_thread():
        return None

    def on_sigint(_signum, _frame):
        window.close()
        app.quit()

    previous = signal.signal(signal.SIGINT, on_sigint)
    poll = QtCore.QTimer(app)
    poll.timeout.connect(lambda: None)
    poll.start(200)
    return previous
