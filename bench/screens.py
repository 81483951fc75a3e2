"""The gallery: the real window rendered offscreen at the sizes users have, for the cases that
stress the layout (issue 15). Look at every image after a change to the window's layout.

    python bench/screens.py [OUT_DIR]            # all sizes; 2x runs in a child process
    python bench/screens.py OUT_DIR [CASE ...] --2x   # only the 2x scaling set

Sizes: 1024x640, 1366x768, 1920x1080 (scale 1) and 1280x800 at 2x device pixel ratio (a
2560x1600 HiDPI laptop); the default case also at 1400x880, the window's first size.
Cases: the seed's default run, a diverged run, 6 hidden layers, a 64-512-512-10 network on
digits, and the E plot with three earlier runs. Files are named
`<case>-<width>x<height>[@2x].png` in OUT_DIR (default docs/gallery).

Training runs in the window's own worker thread; the script waits with a Qt event loop until the
run reaches the wanted point, then grabs the window.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES_1X = ((1024, 640), (1366, 768), (1920, 1080))
SIZES_2X = ((1280, 800),)
EXTRA_SIZES = {"default": ((1400, 880),)}  # the window's own first size: "Stop when" in view


def wait_until(predicate, timeout_ms: int = 60_000, poll_ms: int = 20) -> bool:
    """Run the event loop until predicate() is true (or the timeout passes); True if it came."""
    from PySide6 import QtCore

    loop = QtCore.QEventLoop()
    timer = QtCore.QTimer()
    timer.timeout.connect(lambda: predicate() and loop.quit())
    timer.start(poll_ms)
    QtCore.QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    timer.stop()
    return bool(predicate())


def _train(window, until_epoch: int, speed=None, timeout_ms: int = 60_000) -> None:
    from core.studio.frame import FrameEvent

    studio = window.studio
    window.controls.speed_box.set_speed(speed)
    studio.play()
    wait_until(lambda: studio.frame is not None and (studio.frame.snapshot.epoch >= until_epoch
                                                     or not studio.playing), timeout_ms)
    if studio.playing:
        studio.pause()
    wait_until(lambda: studio.frame.event in (FrameEvent.PAUSED, FrameEvent.DIVERGED,
                                              FrameEvent.STOPPED), 5_000)


def case_default(window) -> None:
    """The seed's XOR 2-2-1, trained to where E falls."""
    _train(window, 1_200, speed=None)
    window.graph_view.select(edge=(1, 0, 0))
    window.learn_panel.show_edge(1, 0, 0)


def case_diverged(window) -> None:
    """XOR with α = 1000 on a 2-8-1 linear-output network: the weights blow up."""
    from core.engine.hyperparams import Hyperparams
    from core.studio.experiment import Architecture, DataChoice, Experiment

    exp = Experiment(DataChoice("xor"), Architecture((8,), "relu", "linear"), Hyperparams(alpha=1000.0))
    window.studio.change_experiment(exp, "Gallery: diverged")
    _train(window, 100_000, speed=None)
    window.graph_view.select(edge=(1, 0, 0))
    window.learn_panel.show_edge(1, 0, 0)


def case_deep(window) -> None:
    """Spiral on six hidden layers of 6 tanh units."""
    from core.engine.hyperparams import Hyperparams
    from core.studio.experiment import Architecture, DataChoice, Experiment

    exp = Experiment(DataChoice("spiral"), Architecture((6,) * 6, "tanh"), Hyperparams(alpha=0.05))
    window.studio.change_experiment(exp, "Gallery: 6 hidden layers")
    _train(window, 40)


def case_wide(window) -> None:
    """Digits on 64-512-512-10."""
    from core.engine.hyperparams import Hyperparams
    from core.studio.experiment import Architecture, DataChoice, Experiment

    exp = Experiment(DataChoice("digits"), Architecture((512, 512)), Hyperparams(alpha=0.1))
    window.studio.change_experiment(exp, "Gallery: wide")
    _train(window, 2, timeout_ms=120_000)
    window.learn_panel.show_tab("weights")


def case_old_runs(window) -> None:
    """XOR trained four times (α 0.5, then 2, then cross-entropy, then 4 hidden units): three
    earlier runs faded behind the current one."""
    from dataclasses import replace

    studio = window.studio
    _train(window, 1_500)
    studio.set_hyperparams(studio.experiment.hp.with_(alpha=2.0))
    studio.reset()
    _train(window, 1_500)
    exp = studio.experiment
    studio.change_experiment(exp.with_(arch=replace(exp.arch, loss="cross_entropy")), "Loss changed")
    _train(window, 1_500)
    exp = studio.experiment
    studio.change_experiment(exp.with_(arch=replace(exp.arch, hidden=(4,))), "Network changed")
    _train(window, 1_000)


CASES = {"default": case_default, "diverged": case_diverged, "deep": case_deep,
         "wide": case_wide, "old-runs": case_old_runs}


def shoot(out: Path, sizes, scale: int, only=None) -> list[Path]:
    """Render every case at every size; returns the files written."""
    from PySide6 import QtWidgets

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    from gui.window.main_window import MainWindow
    from gui.window.settings import Settings

    written = []
    out.mkdir(parents=True, exist_ok=True)
    for name, make in CASES.items():
        if only and name not in only:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            window = MainWindow(Settings(str(Path(tmp) / "s.ini")))
            window.show()
            wait_until(lambda w=window: w.studio.frame is not None, 10_000)
            make(window)
            for w, h in (*sizes, *(EXTRA_SIZES.get(name, ()) if scale == 1 else ())):
                window.resize(w, h)
                wait_until(lambda: False, 600)  # layouts settle, the last frame and repaints land
                path = out / f"{name}-{w}x{h}{'@2x' if scale == 2 else ''}.png"
                window.grab().save(str(path))
                written.append(path)
                print(f"wrote {path}", flush=True)
            for d in list(window._dialogs):
                d.close()
            window.close()
            wait_until(lambda: False, 100)
    del app
    return written


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else ROOT / "docs" / "gallery"
    only = args[1:] or None
    if "--2x" in argv:
        shoot(out, SIZES_2X, 2, only)
        return
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, __file__, str(out), *(only or []), "--2x"],
                             env=env)
    shoot(out, SIZES_1X, 1, only)
    child.wait()


if __name__ == "__main__":
    main(sys.argv[1:])
