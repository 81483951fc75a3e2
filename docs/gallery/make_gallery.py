"""Render the real window offscreen, once for each kind of data, into docs/gallery/:
the first launch, 1-D regression (y = sin x from a CSV), 1-D classification (a CSV with one measurement and two
classes), 2-D (spiral), the iris projection, digits, and a regression's predicted-vs-true scatter.

    python docs/gallery/make_gallery.py

Each run trains in the window's own worker thread from the data set's preset until a stated
number of samples, pauses, and grabs the window.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "docs"))

import numpy as np  # noqa: E402
from make_screenshots import shoot, wait_until  # noqa: E402
from PySide6 import QtWidgets  # noqa: E402

from core.studio.experiment import Architecture, DataChoice, with_preset  # noqa: E402
from core.studio.frame import FrameEvent  # noqa: E402

SIZE = (1400, 900)


def write_csvs(folder: Path) -> tuple[Path, Path]:
    """A sine sorted by x (regression) and fruit lengths with their size class (classification)."""
    x = np.linspace(-3, 3, 200)
    sine = folder / "sine.csv"
    np.savetxt(sine, np.column_stack([x, np.sin(x)]), delimiter=",", header="x,y", comments="",
               fmt="%.5f")
    rng = np.random.default_rng(4)
    length = rng.uniform(4, 14, 160)
    big = (length + rng.normal(0, 1.0, 160)) > 9
    fruit = folder / "banana-length.csv"
    fruit.write_text("length_cm,size\n" + "".join(f"{v:.2f},{'large' if b else 'small'}\n"
                                                  for v, b in zip(length, big, strict=True)))
    return sine, fruit


def main() -> None:
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    from gui.window.main_window import MainWindow
    from gui.window.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        sine, fruit = write_csvs(Path(tmp))
        window = MainWindow(Settings(str(Path(tmp) / "s.ini")))
        window.show()
        window.resize(*SIZE)
        studio = window.studio
        wait_until(lambda: studio.frame is not None)
        shoot(window, HERE / "first-launch.png")  # before anything is clicked

        def run(exp, tab, samples, name, message=""):
            assert studio.change_experiment(exp, "Gallery")
            window.learn_panel.show_tab(tab)
            window.controls.speed_box.set_speed(None)
            studio.play()
            wait_until(lambda: studio.frame.snapshot.samples_seen >= samples)
            studio.pause()
            wait_until(lambda: studio.frame.event is FrameEvent.PAUSED)
            window.training_actions.step_sample.trigger()
            wait_until(lambda: studio.frame.event is FrameEvent.STEPPED)
            if message:
                window.statusBar().showMessage(message)
            shoot(window, HERE / name)

        def csv(path, hidden, act, alpha):
            exp = studio.experiment.with_(data=DataChoice(name=path.stem, csv_path=str(path)),
                                          arch=Architecture(hidden, act))
            return exp.with_(hp=exp.hp.with_(alpha=alpha, shuffle=True))

        def named(name):
            return with_preset(studio.experiment, DataChoice(name))[0]

        run(csv(sine, (6,), "tanh", 0.1), "units", 60_000, "regression-1d.png",
            "Paused. The curve is the sum of the hidden units' curves below, each times its weight.")
        run(csv(fruit, (3,), "tanh", 0.1), "units", 30_000, "classification-1d.png")
        run(named("spiral"), "units", 50_000, "plane-2d.png")
        run(named("iris"), "units", 3_000, "iris-projection.png")
        run(named("digits"), "units", 15_000, "digits.png")
        run(named("multi-gaussian"), "metrics", 150_000, "regression-scatter.png")
        window.close()
    del app


if __name__ == "__main__":
    main()
