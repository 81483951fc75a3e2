"""Render docs/screenshot-mnist.png: Nielsen's 784-30-10 network (sigmoid, ½ SSE, α = 3, B = 10)
on MNIST in the real window after one epoch, the Learn panel on "What units learned".

    python docs/make_screenshot_mnist.py                  # MNIST from the cache (or downloaded)
    python docs/make_screenshot_mnist.py --idx DIR        # from the four IDX files in DIR

With --idx, the files (train-images.idx3-ubyte or train-images-idx3-ubyte[.gz], ...) are gzipped
into a temporary data folder under the names the downloader caches, so the window reads them
exactly as it reads a download. The data set is read on the window's worker thread, as
File ▸ Load does; training runs flat out in the window's own worker.
"""

from __future__ import annotations

import argparse
import gzip
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6 import QtWidgets  # noqa: E402

from core.data import downloads  # noqa: E402
from core.engine.hyperparams import Hyperparams  # noqa: E402
from core.studio.experiment import Architecture, DataChoice  # noqa: E402
from core.studio.frame import FrameEvent  # noqa: E402
from docs.make_screenshots import shoot, wait_until  # noqa: E402

SIZE = (1400, 900)


def seed_cache(idx_dir: Path, data_dir: Path) -> None:
    """Gzip the IDX files of idx_dir into data_dir/mnist under the downloader's names."""
    folder = data_dir / "mnist"
    folder.mkdir(parents=True)
    for name, _, _ in downloads.SOURCES["mnist"].files.values():
        stem = name[:-3]  # train-images-idx3-ubyte
        candidates = [idx_dir / name, idx_dir / stem, idx_dir / stem.replace("-idx", ".idx")]
        source = next(p for p in candidates if p.is_file())
        raw = source.read_bytes()
        (folder / name).write_bytes(raw if raw[:2] == b"\x1f\x8b" else gzip.compress(raw))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--idx", type=Path, help="folder with MNIST's four IDX files")
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot-mnist.png")
    p.add_argument("--size", default=f"{SIZE[0]}x{SIZE[1]}")
    args = p.parse_args()
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    from gui.window.main_window import MainWindow
    from gui.window.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        if args.idx:
            seed_cache(args.idx, Path(tmp) / "data")
            os.environ[downloads.ENV_DIR] = str(Path(tmp) / "data")
        window = MainWindow(Settings(str(Path(tmp) / "s.ini")))
        window.show()
        window.resize(*map(int, args.size.split("x")))
        studio = window.studio
        window.file_actions.load_data(DataChoice("mnist"), "Data set changed to mnist")
        wait_until(lambda: studio.dataset.name == "mnist", 120_000)
        exp = studio.experiment.with_(arch=Architecture((30,), "sigmoid"),
                                      hp=Hyperparams(alpha=3.0, batch_size=10))
        studio.change_experiment(exp, "Nielsen's network")
        window.learn_panel.show_tab("units")
        window.controls.speed_box.set_speed(None)
        studio.play()
        wait_until(lambda: studio.frame.snapshot.epoch >= 1, 600_000)
        studio.pause()
        wait_until(lambda: studio.frame.event is FrameEvent.PAUSED)
        window.statusBar().showMessage("Paused after one epoch of MNIST (60,000 images). "
                                       "Hover a unit's picture to see it large.")
        shoot(window, args.out)
        window.close()
    del app


if __name__ == "__main__":
    main()
