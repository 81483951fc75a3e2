"""How fast the network graph redraws: set_state + a full repaint, offscreen, at three sizes.

Run: python bench/graph_paint.py [--frames N]. Prints ms/frame and frames/s for 2-2-1, 64-32-10 and
784-30-10 (the target is ≥ 30 frames/s, i.e. ≤ 33 ms, at 784-30-10), both for repaint() of a shown
widget and for widget.grab() (which also allocates the pixmap each time); and how long the longest
pieces are when a frame is painted in pieces (stage_state + paint_in_steps), as it is while training.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from PySide6 import QtWidgets  # noqa: E402

from core.engine.network import Network  # noqa: E402
from core.engine.weight_init import InitSpec  # noqa: E402
from gui.graph.view import NetworkGraphView  # noqa: E402

SIZES = ([2, 2, 1], [64, 32, 10], [784, 30, 10])


def frames(sizes, n: int, rng: np.random.Generator):
    """n (params, activations) pairs of a slowly changing network, like a training run sends."""
    net = Network(sizes)
    InitSpec(scheme="glorot", seed=1).apply(net)
    out = []
    for _ in range(n):
        net.params += rng.normal(0.0, 0.01, net.params.size)
        x = rng.uniform(0.0, 1.0, sizes[0])
        out.append((net.params.copy(), net.forward_all(x)))
    return net, out


def bench(sizes, n_frames: int, width: int = 900, height: int = 600) -> tuple[float, ...]:
    """(wall ms, CPU ms per frame with repaint(), wall ms per frame with grab(), p99 and longest
    piece in ms when painted in pieces with stage_state + paint_in_steps) for one architecture.

    The CPU time of this process is given too because the wall time also counts whatever else
    the machine is doing (painting is single-threaded, so CPU time is what a frame costs).
    """
    rng = np.random.default_rng(0)
    net, data = frames(sizes, n_frames, rng)
    view = NetworkGraphView(sizes, net.activations)
    view.resize(width, height)
    view.show()
    QtWidgets.QApplication.processEvents()
    view.set_state(*data[0])
    view.repaint()  # warm up: layout, pens, first frame
    t0, c0 = time.perf_counter(), time.process_time()
    for params, acts in data:
        view.set_state(params, acts)
        view.repaint()
    t_repaint = (time.perf_counter() - t0) / n_frames * 1000
    c_repaint = (time.process_time() - c0) / n_frames * 1000
    t0 = time.perf_counter()
    for params, acts in data:
        view.set_state(params, acts)
        view.grab()
    t_grab = (time.perf_counter() - t0) / n_frames * 1000
    pieces = []  # painted in pieces, as while training: how long the GUI thread is held at once
    for params, acts in data:
        view.stage_state(params, acts)
        steps = view.paint_in_steps()
        while True:
            t = time.perf_counter()
            try:
                next(steps)
            except StopIteration:
                break
            finally:
                pieces.append((time.perf_counter() - t) * 1000)
    view.close()
    return t_repaint, c_repaint, t_grab, float(np.percentile(pieces, 99)), max(pieces)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=60)
    args = parser.parse_args()
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])  # noqa: F841
    print("set_state + repaint at 900 × 600, ms per frame (wall, CPU of this process) and frames/s")
    print("and, painted in pieces as while training, the p99 and longest piece (ms)")
    print(f"{'network':>12}  {'repaint':>8}  {'CPU':>6}  {'fps':>5}  {'grab':>6}  {'fps':>5}  "
          f"{'piece p99':>9}  {'max':>5}")
    for sizes in SIZES:
        t_r, c_r, t_g, p99, p_max = bench(sizes, args.frames)
        name = "-".join(map(str, sizes))
        print(f"{name:>12}  {t_r:8.1f}  {c_r:6.1f}  {1000 / t_r:5.0f}  {t_g:6.1f}  {1000 / t_g:5.0f}  "
              f"{p99:9.1f}  {p_max:5.1f}")


if __name__ == "__main__":
    main()
