"""Render the real window offscreen into docs/screenshot.png (the seed's XOR, mid-training),
docs/screenshot-digits.png (a 64-32-10 network learning hand-written digits) and the Learn panel's
tabs in the window: docs/teaching-inspector.png (backprop view, mid-animation), teaching-boundary.png
(spiral, 2-8-8-1), teaching-metrics.png (iris) and teaching-hinton.png (digits' weights); and
docs/screenshot-practice.png (lesson 1, a practice question answered with a common mistake).

    python docs/make_screenshots.py            # all of them
    python docs/make_screenshots.py practice   # only screenshot-practice.png

Training runs in the window's own worker thread; the script waits with a Qt event loop (no
processEvents loop) until the run reaches the wanted point, then grabs the window.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from core.studio.frame import FrameEvent

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6 import QtCore, QtWidgets  # noqa: E402

from core.engine.hyperparams import Hyperparams  # noqa: E402
from core.studio.experiment import Architecture, DataChoice, Experiment  # noqa: E402

SIZE = (1400, 900)


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


def practice_shot(window, path: Path) -> None:
    """Lesson 1 at its first question; δ₁ answered without the sigmoid's slope, the hint showing."""
    from core.files.lesson import bundled_lessons

    practice = window.practice
    practice.open_lesson(bundled_lessons()[0])
    lp, pane = practice.lesson_pane, practice.pane
    for _ in range(2):
        wait_until(lambda: lp.next_button.isEnabled())
        lp.next()
    wait_until(lambda: pane.round is not None)
    q = pane.round.current
    shown = {g.symbol.plain: g.value for g in q.inputs}
    # (t₁ − o₁) without the slope o₁(1 − o₁): the missing-derivative mistake
    pane.submit(f"{shown['t₁'] - shown['o₁']:.4g}".replace("-", "−"))
    shoot(window, path)


def main(which: str = "all") -> None:
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    from gui.window.main_window import MainWindow
    from gui.window.settings import Settings

    docs = ROOT / "docs"
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(Settings(str(Path(tmp) / "s.ini")))
        window.show()
        window.resize(*SIZE)
        studio = window.studio
        if which == "practice":
            wait_until(lambda: studio.frame is not None)
            practice_shot(window, docs / "screenshot-practice.png")
            window.close()
            return

        def train(exp, why, until, tab):
            studio.change_experiment(exp, why)
            window.learn_panel.show_tab(tab)
            window.controls.speed_box.set_speed(None)
            studio.play()
            wait_until(lambda: studio.frame.snapshot.epoch >= until)
            studio.pause()
            wait_until(lambda: studio.frame.event is FrameEvent.PAUSED)

        # XOR, the seed's network, caught while E is falling; one weight explained
        window.controls.speed_box.set_speed(2_000)
        studio.play()
        wait_until(lambda: studio.frame.snapshot.samples_seen >= 4_300)
        studio.pause()
        wait_until(lambda: studio.frame.event is FrameEvent.PAUSED)
        window.graph_view.select(edge=(1, 0, 0))
        window.learn_panel.show_edge(1, 0, 0)
        window.learn_panel.show_tab("derivation")
        window.statusBar().showMessage("Paused. Space continues; → trains one sample at a time.")
        shoot(window, docs / "screenshot.png")

        # the same, one step animated in the backprop view, caught going backwards
        window.graph_view.select(edge=(0, 0, 1))
        window.learn_panel.show_edge(0, 0, 1)
        window.teaching_actions.backprop.trigger()
        window.teaching_actions.animate.trigger()
        window.graph_feed.animation.set_pace(1.0)
        window.training_actions.step_sample.trigger()
        wait_until(lambda: False, 4_300)  # forward (3 phases), then the outputs' δ
        shoot(window, docs / "teaching-inspector.png")
        window.teaching_actions.animate.trigger()
        window.teaching_actions.backprop.trigger()

        train(Experiment(DataChoice("spiral"), Architecture((8, 8), "tanh"), Hyperparams(alpha=0.05)),
              "Data set changed to spiral", 1_500, "units")
        window.statusBar().showMessage("Paused. Hover a unit's picture to see it large.")
        shoot(window, docs / "teaching-boundary.png")

        train(Experiment(DataChoice("iris"), Architecture((6,)), Hyperparams(alpha=0.1)),
              "Data set changed to iris", 300, "metrics")
        shoot(window, docs / "teaching-metrics.png")

        # digits, 64-32-10
        train(Experiment(DataChoice("digits"), Architecture((32,)), Hyperparams(alpha=0.1)),
              "Data set changed to digits", 12, "weights")
        window.error_plot.set_x_unit("epochs")
        window.error_plot.set_log(True)
        window.statusBar().showMessage("Paused. Hover a weight or a unit to see its name and value.")
        shoot(window, docs / "teaching-hinton.png")
        window.learn_panel.show_tab("units")
        shoot(window, docs / "screenshot-digits.png")
        practice_shot(window, docs / "screenshot-practice.png")
        window.close()
    del app


if __name__ == "__main__":
    main(*sys.argv[1:2])
