"""Start the window: `run(argv)` creates the QApplication and the window, shows it, runs the event
loop and returns the exit code. Any uncaught exception becomes a plain dialog, never a traceback.

Order matters: the exception hook and the plain error dialog are installed right after the
QApplication exists, before the window (or its heavy imports) is built, so someone who starts the
app from a desktop icon sees a sentence even when start-up itself fails. SIGINT (Ctrl+C), SIGTERM
(a logout, `kill`) and SIGHUP (the terminal closed) all close the window the same way: settings
saved, training thread stopped.
"""

from __future__ import annotations

import signal
import sys
import threading

from PySide6 import QtCore, QtWidgets

from gui.window import dialogs
from gui.window.settings import APPLICATION, ORGANISATION

FINAL_WAIT_MS = 60_000  # after the window has closed: the worker finishes what it cannot interrupt
QUIT_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP")
                     if hasattr(signal, name))


def run(argv: list[str] | None = None, settings_path: str | None = None) -> int:
    """Open Backprop Studio on the seed's network learning XOR (or the last session's setup)."""
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(
        [sys.argv[0] if sys.argv else "backprop-studio", *(argv or [])])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    holder: dict = {}
    previous_hook = sys.excepthook
    dialogs.install_excepthook(lambda: holder.get("window"))
    try:
        try:
            from gui.window.main_window import MainWindow
            from gui.window.settings import Settings

            window = holder["window"] = MainWindow(Settings(settings_path))
        except Exception as exc:  # noqa: BLE001 - start-up failed: say so in a dialog, exit 1
            dialogs.report_start_failure(exc)
            return 1
        previous_handlers = _quit_on_signals(app, window)
        # however the event loop ends (a closed window, a signal, the session logging out), the
        # worker thread is stopped before Qt tears the objects down
        app.aboutToQuit.connect(window.studio.shutdown)
        window.show()
        try:
            return app.exec()
        finally:
            for signum, handler in previous_handlers.items():
                signal.signal(signum, handler)
            # The window is gone; if the worker was mid-way through something it cannot interrupt
            # (compiling the kernels takes a second or more), wait for it here: a QThread destroyed
            # while running aborts the process (exit 134) instead of exiting cleanly.
            window.studio.shutdown(FINAL_WAIT_MS)
    finally:
        sys.excepthook = previous_hook


def _quit_on_signals(app, window) -> dict:
    """SIGINT, SIGTERM and SIGHUP close the window (settings saved, worker stopped) and quit.

    Python runs a signal handler only when the interpreter gets control, which Qt's event loop
    rarely gives it: a 100 ms timer does. Returns the previous handlers (none off the main thread).
    """
    if threading.current_thread() is not threading.main_thread():
        return {}

    def on_signal(_signum, _frame):
        window.close()
        app.quit()

    previous = {signum: signal.signal(signum, on_signal) for signum in QUIT_SIGNALS}
    poll = QtCore.QTimer(app)
    poll.timeout.connect(lambda: None)
    poll.start(100)
    return previous
