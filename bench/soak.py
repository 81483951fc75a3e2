"""Soak test: the window trains flat out for N minutes (offscreen) while resident memory is sampled.

    python bench/soak.py                 # 30 minutes
    python bench/soak.py --minutes 2     # a quick look

Every few seconds it prints the elapsed time, the samples trained and the resident set size (RSS).
Every minute the user "does something" that rebuilds state (α changed, a reset, a new
initialisation, back and forth between two architectures), so leaks in rebuilding show as well as
leaks in steady training. At the end it prints RSS growth after warm-up (target ≤ 5 %) and exits
non-zero if the target is missed or the app reported a problem.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6 import QtCore, QtWidgets  # noqa: E402

from core.studio.experiment import Architecture, DataChoice, Experiment  # noqa: E402
from gui.window import dialogs  # noqa: E402
from gui.window.main_window import MainWindow  # noqa: E402
from gui.window.settings import Settings  # noqa: E402

TARGET_GROWTH = 0.05
ARCHS = (Architecture((8, 8), "tanh"), Architecture((16,), "relu"))


def rss_bytes() -> int:
    """Resident set size of this process: psutil if installed, else /proc, else ru_maxrss."""
    try:
        import psutil

        return psutil.Process().memory_info().rss
    except ImportError:
        pass
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        import resource  # peak, not current: the best a system without /proc offers

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def wait(ms: int) -> None:
    """Run the real event loop for `ms` milliseconds."""
    loop = QtCore.QEventLoop()
    QtCore.QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--minutes", type=float, default=30.0)
    p.add_argument("--every", type=float, default=5.0, help="seconds between samples")
    p.add_argument("--warmup", type=float, default=None,
                   help="minutes of warm-up excluded from growth (default: 10 %% of the run, ≥ 0.5)")
    args = p.parse_args(argv)
    warmup_s = 60 * (args.warmup if args.warmup is not None else max(0.5, args.minutes / 10))

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    import tempfile

    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(Settings(str(Path(tmp) / "settings.ini")))
        window.report_problem = lambda title, msg: problems.append(f"{title}: {msg}")
        dialogs.install_excepthook(lambda: window)
        window.show()
        studio = window.studio
        studio.change_experiment(Experiment(DataChoice("spiral"), ARCHS[0]), "soak")
        window.controls.speed_box.set_speed(None)  # flat out
        studio.play()

        t0 = time.perf_counter()
        samples: list[tuple[float, int]] = []
        last_action, n_action = t0, 0
        print(f"{'min':>6} {'samples':>14} {'RSS MiB':>9}", flush=True)
        while (now := time.perf_counter()) - t0 < 60 * args.minutes:
            wait(int(1000 * args.every))
            rss = rss_bytes()
            t = time.perf_counter() - t0
            samples.append((t, rss))
            seen = studio.frame.snapshot.samples_seen if studio.frame else 0
            print(f"{t / 60:6.2f} {seen:14,} {rss / 2**20:9.1f}", flush=True)
            if now - last_action >= 60:
                last_action, n_action = now, n_action + 1
                _act(studio, n_action)
        studio.pause()
        window.close()
        app.processEvents()

    after = [r for t, r in samples if t >= warmup_s] or [samples[-1][1]]
    base, end, peak = after[0], after[-1], max(after)
    growth = (end - base) / base
    print(f"\nRSS after warm-up ({warmup_s / 60:.1f} min): {base / 2**20:.1f} MiB; at the end "
          f"{end / 2**20:.1f} MiB; peak {peak / 2**20:.1f} MiB; growth {100 * growth:+.2f} % "
          f"(target ≤ {100 * TARGET_GROWTH:.0f} %)")
    if problems:
        print("problems reported by the app:", *problems[:10], sep="\n  ")
    ok = growth <= TARGET_GROWTH and not problems
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


def _act(studio, n: int) -> None:
    """One user action per minute, cycling through what rebuilds state."""
    kind = n % 4
    if kind == 0:
        exp = studio.experiment
        studio.change_experiment(exp.with_(arch=ARCHS[(n // 4) % 2]), "soak: architecture")
    elif kind == 1:
        studio.set_hyperparams(studio.experiment.hp.with_(alpha=0.05 if n % 8 == 1 else 0.2))
    elif kind == 2:
        studio.reset()
    else:
        studio.new_init()
    studio.play()


if __name__ == "__main__":
    sys.exit(main())
