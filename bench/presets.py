"""Every named data set trained two ways, side by side: with the defaults a learner met before
the presets (the seed's 2-2-1 sigmoid net, α 0.5, samples in the order stored, the sets as
generated), and with the set's preset (core/training/presets.py) on the shuffled-once data.
Prints the Markdown table of docs/presets.md: test accuracy (R² for regression) after the
preset's sample budget and after 200,000 samples, seed 1 as on the command line.

    python bench/presets.py
    python bench/presets.py --mnist-dir DIR   # and MNIST, from its four IDX files in DIR

MNIST is downloaded by the app; the benchmark reads the files from a folder instead (uncompressed
IDX, named train-images.idx3-ubyte or train-images-idx3-ubyte and so on), so it runs offline.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.data import class_indices, make_dataset  # noqa: E402
from core.data.idx import read_idx  # noqa: E402
from core.data.registry import DATASETS  # noqa: E402
from core.engine.hyperparams import Hyperparams  # noqa: E402
from core.engine.network import Network  # noqa: E402
from core.engine.weight_init import InitSpec  # noqa: E402
from core.teaching.metrics import r2  # noqa: E402
from core.training.presets import PRESETS, SEED  # noqa: E402
from core.training.trainer import ArrayData, Trainer  # noqa: E402

SEED_NO = 1
LONG = 200_000


def score(trainer, ds) -> float:
    X, T = (ds.X_test, ds.T_test) if len(ds.X_test) else (ds.X_train, ds.T_train)
    O = trainer.network.forward(X)
    if ds.task == "classification":
        return float(np.mean(class_indices(O) == class_indices(T)))
    return r2(O, T, ds.target_scaling)


def curve(name: str, preset, order: str, budgets, ds=None) -> list[float]:
    ds = ds or make_dataset(name, seed=SEED_NO, output_activation=preset.output_activation, order=order)
    acts = (preset.hidden_activation,) * len(preset.hidden) + (preset.output_activation,)
    net = Network((ds.n_inputs, *preset.hidden, ds.n_outputs), acts, preset.loss)
    data = ds if not isinstance(ds, IdxData) else ArrayData(ds.X_train, ds.T_train)
    tr = Trainer(net, data, Hyperparams(alpha=preset.alpha, shuffle=preset.shuffle,
                                        order_seed=SEED_NO), InitSpec("uniform", 1.0, SEED_NO))
    out = []
    for b in budgets:
        tr.run(samples=b - tr.counters.samples_seen)
        out.append(score(tr, ds))
    return out


def fmt(name: str, v: float) -> str:
    return f"{100 * v:.1f} %" if PRESETS_TASK[name] == "classification" else f"R² {v:.3f}"


DOWNLOADED = {name for name, info in DATASETS.items() if info.source == "download"}
PRESETS_TASK = {name: "classification" if name in DOWNLOADED else make_dataset(name).task for name in PRESETS}


class IdxData:
    """MNIST's official split from its four IDX files in a folder: pixels / 255, one-hot labels."""

    task, target_scaling = "classification", None

    def __init__(self, folder: Path):
        def part(stem: str) -> np.ndarray:
            for name in (stem.replace("-idx", ".idx"), stem):
                if (folder / name).exists():
                    return read_idx(folder / name)
            raise SystemExit(f"{folder} has no {stem}")

        self.X_train = part("train-images-idx3-ubyte").reshape(-1, 784) / 255.0
        self.T_train = np.eye(10)[part("train-labels-idx1-ubyte")]
        self.X_test = part("t10k-images-idx3-ubyte").reshape(-1, 784) / 255.0
        self.T_test = np.eye(10)[part("t10k-labels-idx1-ubyte")]
        self.n_inputs, self.n_outputs = 784, 10


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mnist-dir", type=Path, help="a folder with MNIST's four IDX files")
    args = ap.parse_args(argv)
    mnist = IdxData(args.mnist_dir) if args.mnist_dir else None
    print("| data set | preset (hidden, activation, α, order) | stated: at least … within … samples "
          "| before: defaults, in stored order, at that budget / at 200k | after: preset, at that "
          "budget / at 200k |")
    print("|---|---|---|---|---|")
    for name, p in PRESETS.items():
        if name in DOWNLOADED and not (name == "mnist" and mnist):
            continue
        budgets = sorted({p.within, LONG})
        ds = mnist if name in DOWNLOADED else None  # the official split, in the files' order
        before = curve(name, SEED, "file", budgets, ds)
        after = curve(name, p, "shuffled once", budgets, ds)
        pick = [budgets.index(p.within), budgets.index(LONG)]
        hidden = "-".join(map(str, p.hidden))
        order = "shuffled" if p.shuffle else "file order"
        print(f"| {name} | {hidden} {p.hidden_activation}, α {p.alpha:g}, {order} "
              f"| {fmt(name, p.reaches)} within {p.within:,} "
              f"| {fmt(name, before[pick[0]])} / {fmt(name, before[pick[1]])} "
              f"| {fmt(name, after[pick[0]])} / {fmt(name, after[pick[1]])} |")


if __name__ == "__main__":
    main()
