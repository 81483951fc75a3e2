"""Run the exported PyTorch script for real, under torch, and compare it with the app.

    python bench/torch_export.py [--python /tmp/torchvenv/bin/python]

torch is never a dependency of this project: the script runs in a separate virtual environment
(python3 -m venv /tmp/torchvenv && /tmp/torchvenv/bin/pip install torch numpy). For each network
below, the app exports the script from the initial weights, trains one epoch itself, and the script
trains one epoch under torch.optim.SGD; the forward check must pass and the two sets of weights
must agree to rounding (the same rule: batch mean, momentum, L2 on weights only).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.data import make_dataset  # noqa: E402
from core.engine.hyperparams import Hyperparams  # noqa: E402
from core.engine.network import Network  # noqa: E402
from core.engine.weight_init import InitSpec  # noqa: E402
from core.files.torch_script import save_torch_script  # noqa: E402
from core.files.weights import WeightsBundle  # noqa: E402
from core.training.trainer import Trainer  # noqa: E402

CASES = [
    ("seed rule: 2-2-1 sigmoid, ½ SSE, online", "xor-quadrants", (2,), ("sigmoid", "sigmoid"),
     "sse", Hyperparams(alpha=0.5)),
    ("2-5-1 tanh/sigmoid, cross-entropy, B=4, μ=0.5, λ=0.01", "circle", (5,),
     ("tanh", "sigmoid"), "cross_entropy",
     Hyperparams(alpha=0.3, batch_size=4, momentum=0.5, l2=0.01)),
    ("2-4-4-2 relu/softmax, cross-entropy, B=8, μ=0.9", "spiral", (4, 4),
     ("relu", "relu", "softmax"), "cross_entropy",
     Hyperparams(alpha=0.05, batch_size=8, momentum=0.9)),
]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--python", default="/tmp/torchvenv/bin/python", help="a python with torch")
    args = p.parse_args()
    version = subprocess.run([args.python, "-c", "import torch; print(torch.__version__)"],
                             capture_output=True, text=True, check=True).stdout.strip()
    print(f"torch {version} ({args.python})")
    worst = 0.0
    for title, data, hidden, acts, loss, hp in CASES:
        ds = make_dataset(data, n=50, train_fraction=0.8,
                          output_activation=acts[-1])  # 40 training rows: whole batches
        net = Network((ds.n_inputs, *hidden, ds.n_outputs), acts, loss)
        trainer = Trainer(net, ds, hp, InitSpec(seed=1), use_kernel=False)
        with tempfile.TemporaryDirectory() as tmp:
            script = Path(tmp) / "model.py"
            save_torch_script(script, WeightsBundle.from_trainer(trainer, ds), ds.X_train,
                              ds.T_train, hp)
            trainer.run(samples=len(ds.X_train))  # the app: one epoch, in file order
            out = subprocess.run([args.python, str(script), "--epochs", "1", "--save",
                                  str(Path(tmp) / "after.npz")], capture_output=True, text=True)
            if out.returncode != 0:
                print(f"{title}: FAILED\n{out.stdout}{out.stderr}")
                sys.exit(1)
            with np.load(Path(tmp) / "after.npz") as z:
                diff = max(max(np.max(np.abs(z[f"W{i}"] - W)), np.max(np.abs(z[f"b{i}"] - b)))
                           for i, (W, b) in enumerate(zip(trainer.network.W, trainer.network.b,
                                                          strict=True)))
        worst = max(worst, diff)
        lines = out.stdout.strip().splitlines()
        print(f"{title}:\n    {lines[0]}\n    {lines[1]}\n    after one epoch, torch vs app: "
              f"largest weight difference {diff:.2g}")
    print(f"{'OK' if worst < 1e-9 else 'DIFFERENT'}: torch's SGD follows the app's rule "
          f"(worst {worst:.2g})")


if __name__ == "__main__":
    main()
