"""Every named data set trained two ways, side by side: with the defaults a learner met before
the presets (the seed's 2-2-1 sigmoid net, α 0.5, samples in the order stored, the sets as
generated), and with the set's preset (core/training/presets.py) on the shuffled-once data.
Prints the Markdown table of docs/presets.md: test accuracy (R² for regression) after the
preset's sample budget and after 200,000 samples, seed 1 as on the command line.

    python bench/presets.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.data import class_indices, make_dataset  # noqa: E402
from core.engine.hyperparams import Hyperparams  # noqa: E402
from core.engine.network import Network  # noqa: E402
from core.engine.weight_init import InitSpec  # noqa: E402
from core.teaching.metrics import r2  # noqa: E402
from core.training.presets import PRESETS, SEED  # noqa: E402
from core.training.trainer import Trainer  # noqa: E402

SEED_NO = 1
LONG = 200_000


def score(trainer, ds) -> float:
    X, T = (ds.X_test, ds.T_test) if len(ds.X_test) else (ds.X_train, ds.T_train)
    O = trainer.network.forward(X)
    if ds.task == "classification":
        return float(np.mean(class_indices(O) == class_indices(T)))
    return r2(O, T, ds.target_scaling)


def curve(name: str, preset, order: str, budgets) -> list[float]:
    ds = make_dataset(name, seed=SEED_NO, output_activation=preset.output_activation, order=order)
    acts = (preset.hidden_activation,) * len(preset.hidden) + (preset.output_activation,)
    net = Network((ds.n_inputs, *preset.hidden, ds.n_outputs), acts, preset.loss)
    tr = Trainer(net, ds, Hyperparams(alpha=preset.alpha, shuffle=preset.shuffle,
                                      order_seed=SEED_NO), InitSpec("uniform", 1.0, SEED_NO))
    out = []
    for b in budgets:
        tr.run(samples=b - tr.counters.samples_seen)
        out.append(score(tr, ds))
    return out


def fmt(name: str, v: float) -> str:
    return f"{100 * v:.1f} %" if PRESETS_TASK[name] == "classification" else f"R² {v:.3f}"


PRESETS_TASK = {name: make_dataset(name).task for name in PRESETS}


def main() -> None:
    print("| data set | preset (hidden, activation, α, order) | stated: at least … within … samples "
          "| before: defaults, in stored order, at that budget / at 200k | after: preset, at that "
          "budget / at 200k |")
    print("|---|---|---|---|---|")
    for name, p in PRESETS.items():
        budgets = sorted({p.within, LONG})
        before = curve(name, SEED, "file", budgets)
        after = curve(name, p, "shuffled once", budgets)
        pick = [budgets.index(p.within), budgets.index(LONG)]
        hidden = "-".join(map(str, p.hidden))
        order = "shuffled" if p.shuffle else "file order"
        print(f"| {name} | {hidden} {p.hidden_activation}, α {p.alpha:g}, {order} "
              f"| {fmt(name, p.reaches)} within {p.within:,} "
              f"| {fmt(name, before[pick[0]])} / {fmt(name, before[pick[1]])} "
              f"| {fmt(name, after[pick[0]])} / {fmt(name, after[pick[1]])} |")


if __name__ == "__main__":
    main()
