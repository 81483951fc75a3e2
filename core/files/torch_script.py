"""File ▸ Export ▸ PyTorch script: a self-contained .py that rebuilds the network as a
torch.nn.Module, loads the weights from the .npz written beside it, checks one forward pass against
outputs saved in the script, and goes on training with torch.optim.SGD under the app's rule.

The rule: the app updates v ← μ v + α (G/B − λ W), W ← W + v with G = Σ δ aᵀ over a batch of B
samples (biases undecayed). With L = the batch mean of E_n, G/B = −∂L/∂W, and torch's SGD with
lr=α, momentum=μ, dampening 0, weight_decay=λ on the weights only keeps buf = −v/α: the same steps.
The script never imports this app; the app never imports torch (it only writes text). Checked by
tests/core/files/test_torch_script.py (ruff, compile) and bench/torch_export.py (run under torch).
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import numpy as np

from core.checks.errors import DataError
from core.files.atomic_write import atomic_write_bytes, atomic_write_text
from core.files.weights import WeightsBundle, save_weights
from core.i18n import translate

CHECK_ROWS = 3


def save_torch_script(path: str | os.PathLike, bundle: WeightsBundle, X_train=None, T_train=None,
                      hp=None) -> list[Path]:
    """Write <stem>.py, <stem>.npz (weights) and, given the training data, <stem>-data.npz.

    X_train (n, d), T_train (n, m): normalised inputs and stored targets, as the network trains on
    them. hp: the Hyperparams of the run (α, B, μ, λ, shuffle); the seed's rule when None.
    Returns the paths written.
    """
    path = Path(path)
    if path.suffix.lower() != ".py":
        raise DataError(translate("TorchScript", "{name}: a PyTorch script is saved as .py").format(name=path.name))
    net = bundle.to_network()
    if X_train is not None and len(X_train):
        check_x = np.asarray(X_train[:CHECK_ROWS], dtype=np.float64)
    else:
        check_x = np.random.default_rng(0).normal(size=(CHECK_ROWS, net.sizes[0]))
    written = [save_weights(path.with_suffix(".npz"), bundle)]
    if X_train is not None and T_train is not None:
        buffer = io.BytesIO()
        np.savez(buffer, X_train=np.asarray(X_train, np.float64),
                 T_train=np.asarray(T_train, np.float64))
        written.append(atomic_write_bytes(path.with_name(path.stem + "-data.npz"),
                                          buffer.getvalue()))
    text = script_text(path.stem, bundle, check_x, net.forward(check_x), hp)
    written.insert(0, atomic_write_text(path, text))
    return written


def script_text(stem: str, bundle: WeightsBundle, check_x: np.ndarray, check_o: np.ndarray,
                hp=None) -> str:
    """The script's source for weights file <stem>.npz (a pure function: text in, text out)."""
    from core import __version__

    alpha, batch, momentum, l2, shuffle = (
        (hp.alpha, hp.batch_size, hp.momentum, hp.l2, hp.shuffle) if hp is not None
        else (0.5, 1, 0.0, 0.0, False))
    out_act = bundle.activations[-1]
    if bundle.loss == "sse":
        error = "0.5 * ((t - o) ** 2).sum(dim=1)  # the seed's E_n = ½ Σ_k (t_k − o_k)²"
    elif out_act == "softmax":
        error = "-(t * torch.log(o.clamp_min(1e-300))).sum(dim=1)  # cross-entropy"
    else:
        error = ("-(t * torch.log(o.clamp_min(1e-300))\n"
                 "             + (1 - t) * torch.log((1 - o).clamp_min(1e-300))).sum(dim=1)")
    replacements = {
        "__STEM__": stem, "__VERSION__": __version__,
        "__SIZES__": "-".join(map(str, bundle.sizes)),
        "__ACTS__": "/".join(bundle.activations), "__LOSS__": bundle.loss,
        "__ALPHA__": repr(float(alpha)), "__BATCH__": str(int(batch)),
        "__MOMENTUM__": repr(float(momentum)), "__L2__": repr(float(l2)),
        "__SHUFFLE__": repr(bool(shuffle)), "__ERROR__": error,
        "__CHECK_X__": _literal(check_x), "__CHECK_O__": _literal(check_o),
    }
    text = TEMPLATE
    for key, value in replacements.items():
        text = text.replace(key, value)
    return text


def _literal(a: np.ndarray) -> str:
    """A 2-D array as a Python list literal, exact (shortest round-trip reprs), one row a line."""
    rows = [", ".join(repr(float(v)) for v in row) for row in np.asarray(a, dtype=np.float64)]
    return "[\n" + "".join(f"    [{r}],\n" for r in rows) + "]"


TEMPLATE = '''"""A __SIZES__ network (__ACTS__, loss __LOSS__) from Backprop Studio __VERSION__, in PyTorch.

    python __STEM__.py               # check the forward pass, then train 1 more epoch
    python __STEM__.py --epochs 20   # train longer; --save out.npz keeps the weights

Reads __STEM__.npz (the weights, as the app saved them) and, to train, __STEM__-data.npz
(the normalised training inputs X_train and targets T_train) from this script's folder.

The update is the app's: v <- mu v + alpha (G/B - lambda W), W <- W + v, where G/B is the batch
mean of -dE_n/dW and biases get no decay. That is torch.optim.SGD(lr=alpha, momentum=mu,
weight_decay=lambda on the weights only) on the batch MEAN of E_n. One difference: the app's
batches run on across the end of an epoch; here the last batch of an epoch may be shorter.
"""

import argparse
from pathlib import Path

import numpy as np
import torch

HERE = Path(__file__).resolve().parent
WEIGHTS = HERE / "__STEM__.npz"
DATA = HERE / "__STEM__-data.npz"
ALPHA = __ALPHA__  # learning rate α
BATCH = __BATCH__  # samples per update B (1: the seed's online rule)
MOMENTUM = __MOMENTUM__  # μ
L2 = __L2__  # λ, weight decay (weights only, not biases)
SHUFFLE = __SHUFFLE__  # a fresh random order each epoch (else file order)
# inputs (already normalised) and the outputs the app computed for them
CHECK_X = __CHECK_X__
CHECK_O = __CHECK_O__
ACTIVATIONS = {
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "relu": torch.relu,
    "linear": lambda net: net,
    "softmax": lambda net: torch.softmax(net, dim=-1),
}


class Net(torch.nn.Module):
    """Layers of torch.nn.Linear; weight[k, j] is the app's W[k, j] (to, from), bias its b."""

    def __init__(self, sizes, activations):
        super().__init__()
        self.layers = torch.nn.ModuleList(
            torch.nn.Linear(n_from, n_to, dtype=torch.float64)
            for n_from, n_to in zip(sizes[:-1], sizes[1:], strict=True)
        )
        self.activations = list(activations)

    def forward(self, x):
        for layer, name in zip(self.layers, self.activations, strict=True):
            x = ACTIVATIONS[name](layer(x))
        return x


def error(o, t):
    """E_n for each sample (rows of o and t)."""
    return __ERROR__


def load_net():
    with np.load(WEIGHTS, allow_pickle=False) as z:
        sizes = [int(n) for n in z["sizes"]]
        net = Net(sizes, [str(a) for a in z["activations"]])
        with torch.no_grad():
            for i, layer in enumerate(net.layers):
                layer.weight.copy_(torch.from_numpy(z[f"W{i}"]))
                layer.bias.copy_(torch.from_numpy(z[f"b{i}"]))
    return net


def check_forward(net):
    with torch.no_grad():
        o = net(torch.tensor(CHECK_X, dtype=torch.float64)).numpy()
    diff = float(np.max(np.abs(o - np.array(CHECK_O))))
    if diff > 1e-9:
        raise SystemExit(f"the forward pass differs from Backprop Studio's by {diff:.3g}")
    print(f"forward pass: matches Backprop Studio (largest difference {diff:.2g})")


def train(net, epochs, seed=0):
    if not DATA.exists():
        print(f"no {DATA.name} beside the script: nothing to train on")
        return
    with np.load(DATA, allow_pickle=False) as z:
        X = torch.from_numpy(z["X_train"])
        T = torch.from_numpy(z["T_train"])
    weights = [layer.weight for layer in net.layers]
    biases = [layer.bias for layer in net.layers]
    optimizer = torch.optim.SGD(
        [{"params": weights, "weight_decay": L2}, {"params": biases, "weight_decay": 0.0}],
        lr=ALPHA, momentum=MOMENTUM,
    )
    generator = torch.Generator().manual_seed(seed)
    n = len(X)
    for epoch in range(1, epochs + 1):
        order = torch.randperm(n, generator=generator) if SHUFFLE else torch.arange(n)
        for start in range(0, n, BATCH):
            rows = order[start:start + BATCH]
            optimizer.zero_grad()
            error(net(X[rows]), T[rows]).mean().backward()
            optimizer.step()
        with torch.no_grad():
            E = float(error(net(X), T).mean())
        print(f"epoch {epoch}: mean E_n {E:.6g} over {n} training samples")


def save(net, path):
    arrays = {}
    for i, layer in enumerate(net.layers):
        arrays[f"W{i}"] = layer.weight.detach().numpy()
        arrays[f"b{i}"] = layer.bias.detach().numpy()
    np.savez(path, **arrays)
    print(f"saved {path}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=1, help="epochs to train (default 1)")
    parser.add_argument("--save", metavar="NPZ", help="write the trained weights here")
    args = parser.parse_args()
    net = load_net()
    check_forward(net)
    train(net, args.epochs)
    if args.save:
        save(net, args.save)


if __name__ == "__main__":
    main()
'''
