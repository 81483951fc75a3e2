"""Start the window: `run(argv)` creates the QApplication and the window, shows it, opens a file given
on the command line (`backprop-studio session.json | weights.json | data.csv`), runs the event loop
and returns the exit code. Any uncaught exception becomes a plain dialog, never a traceback.

Order matters: the exception hook and the plain error dialog are installed right after the
QApplication exists, before the window (or its heavy imports) is built, so someone who starts the
app from a desktop icon sees a sentence even when start-up itself fails. SIGINT (Ctrl+C), SIGTERM
(a logout, `kill`) and SIGHUP (the terminal closed) all close the window the same way: settings
saved, training thread stopped.

With BACKPROP_STUDIO_SMOKE_SECONDS=N in the environment the app reports, on stdout, when its window
is up and, N seconds later, what it shows (data set, network, samples seen, any problem dialog,
whether Qt's Korean catalogue loads), then closes itself like a user would: packaging/smoke_test.py
checks a built bundle this way.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading

from PySide6 import QtCore, QtWidgets

from gui.i18n import language
from gui.window import dialogs
from gui.window.app_icon import app_icon
from gui.window.settings import APPLICATION, ORGANISATION

DESKTOP_FILE = "backprop-studio"  # resources/linux/backprop-studio.desktop: Wayland finds the icon by it
SMOKE_ENV = "BACKPROP_STUDIO_SMOKE_SECONDS"
SMOKE_PREFIX = "backprop-studio smoke: "

FINAL_WAIT_MS = 60_000  # after the window has closed: the worker finishes what it cannot interrupt
QUIT_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP")
                     if hasattr(signal, name))


def start(argv: list[str] | None = None, settings_path: str | None = None):
    """The QApplication and the main window, in the language `--lang en|ko` in argv asks for (else
    the one last chosen in View ▸ Language, else the system locale's); not shown yet."""
    app, _args, lang = _application(argv)
    return app, _window(settings_path, lang)


def _application(argv: list[str] | None):
    """(the QApplication, the arguments left for the app, the language `--lang` asked for or None)."""
    lang, argv = language.split_lang_option(list(argv or []))
    app = QtWidgets.QApplication.instance()
    if app is None:
        app = QtWidgets.QApplication([sys.argv[0] if sys.argv else "backprop-studio", *argv])
        args = app.arguments()[1:]  # Qt has taken its own options (-platform, -style, ...) out
    else:
        args = argv
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    from core.data.downloads import set_data_dir  # MNIST and alike are kept where Qt says

    set_data_dir(QtCore.QStandardPaths.writableLocation(
        QtCore.QStandardPaths.StandardLocation.AppLocalDataLocation))
    return app, args, lang


def _window(settings_path: str | None, lang: str | None):
    """The main window, built after the language is installed (so it starts in it)."""
    from gui.window.main_window import MainWindow
    from gui.window.settings import Settings

    settings = Settings(settings_path)
    language.apply(language.choose(lang, settings.text("language", "", tuple(language.LANGUAGES))))
    return MainWindow(settings)


def run(argv: list[str] | None = None, settings_path: str | None = None) -> int:
    """Open Backprop Studio on the seed's network learning XOR (or the last session's setup), then
    the file named in `argv`, if any. `--lang en|ko` chooses the language (else the one last used,
    else the system locale's)."""
    app, args, lang = _application(argv)
    holder: dict = {}
    previous_hook = sys.excepthook
    dialogs.install_excepthook(lambda: holder.get("window"))
    try:
        try:
            app.setWindowIcon(app_icon())
            app.setDesktopFileName(DESKTOP_FILE)
            window = holder["window"] = _window(settings_path, lang)
        except Exception as exc:  # noqa: BLE001 - start-up failed: say so in a dialog, exit 1
            dialogs.report_start_failure(exc)
            return 1
        previous_handlers = _quit_on_signals(app, window)
        # however the event loop ends (a closed window, a signal, the session logging out), the
        # worker thread is stopped before Qt tears the objects down
        app.aboutToQuit.connect(window.studio.shutdown)
        window.show()
        language.warn_once_if_no_font(window)
        path = file_argument(args)
        if path is not None:
            # the file brings its own network: no loading the start-up one's compiled loop first
            # (on a fresh install that is a compilation the file would wait behind)
            window.skip_warm_up()
            # once the event loop runs, so the window is on screen before a large file is read
            QtCore.QTimer.singleShot(0, lambda: window.file_actions.open_file(path))
        _smoke_probe(window)
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


def file_argument(args: list[str]) -> str | None:
    """The file to open from the command line's arguments: the first that is not an option."""
    return next((a for a in args if a and not a.startswith("-")), None)


def _smoke_probe(window) -> None:
    """Report for packaging/smoke_test.py when SMOKE_ENV is set (see the module docstring)."""
    seconds = os.environ.get(SMOKE_ENV, "")
    if not seconds:
        return
    QtCore.QTimer.singleShot(0, lambda: print(SMOKE_PREFIX + "window shown", flush=True))

    def report_and_close():
        frame = window.studio.frame
        problems = [box.text() for box in window.findChildren(QtWidgets.QMessageBox) if box.isVisible()]
        qt_translations = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
        state = {"dataset": window.studio.dataset.name, "sizes": list(window.studio.sizes),
                 "samples_seen": int(frame.snapshot.samples_seen) if frame is not None else None,
                 "problems": problems,
                 # Qt's own Korean strings (file dialog, message boxes), where Qt looks for them
                 "qt_korean": QtCore.QTranslator().load("qtbase_ko", qt_translations)}
        print(SMOKE_PREFIX + json.dumps(state, allow_nan=False), flush=True)
        window.close()

    QtCore.QTimer.singleShot(int(float(seconds) * 1000), report_and_close)


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
