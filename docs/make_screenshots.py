"""Render the real window offscreen into docs/screenshot.png (the seed's XOR, mid-training) and
docs/screenshot-digits.png (a 64-32-10 network learning hand-written digits).

    python docs/make_screenshots.py

Training runs in the window's own worker thread; the script waits with a Qt event loop (no
processEvents loop) until the run reaches the wanted point, then grabs the window.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6 import QtCore, QtWidgets  # noqa: E402

from core.hyperparams import Hyperparams  # noqa: E402
from gui.experiment import Architecture, DataChoice, Experiment  # noqa: E402

SIZE = (1440, 900)


def wait_until(predicate, timeout_ms: int = 60_000, poll_ms: int = 20) -> None:
    """Run the event loop until predicate() is true (or the timeout passes)."""
    loop = QtCore.QEventLoop()
    timer = QtCore.QTimer()
    timer.timeout.connect(lambda: predicate() and loop.quit())
    timer.start(poll_ms)
    QtCore.QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    timer.stop()


def shoot(window, path: Path) -> None:
    wait_until(lambda: False, 400)  # let the last frame and repaints land
    window.grab().save(str(path))
    print(f"wrote {path}")


def main() -> None:
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    from gui.main_window import MainWindow
    from gui.settings import Settings

    docs = ROOT / "docs"
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(Settings(str(Path(tmp) / "s.ini")))
        window.show()
        window.resize(*SIZE)
        studio = window.studio

        # XOR, the seed's network, caught while E is falling
        window.controls.speed_box.set_speed(2_000)
        studio.play()
        wait_until(lambda: studio.frame.snapshot.samples_seen >= 4_300)
        studio.pause()
        wait_until(lambda: studio.frame.event == "paused")
        window.statusBar().showMessage("Paused. Space continues; → trains one sample at a time.")
        shoot(window, docs / "screenshot.png")

        # digits, 64-32-10
        exp = Experiment(DataChoice("digits"), Architecture((32,)), Hyperparams(alpha=0.1))
        studio.change_experiment(exp, "Data set changed to digits")
        window.controls.speed_box.set_speed(None)
        studio.play()
        wait_until(lambda: studio.frame.snapshot.epoch >= 12)
        studio.pause()
        wait_until(lambda: studio.frame.event == "paused")
        window.error_plot.set_x_unit("epochs")
        window.error_plot.set_log(True)
        window.statusBar().showMessage("Paused. Hover a weight or a unit to see its name and value.")
        shoot(window, docs / "screenshot-digits.png")
        window.close()
    del app


if __name__ == "__main__":
    main()
