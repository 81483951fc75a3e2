"""PyTorch and scikit-learn on the engine benchmark's work, for bench/engine.py.

Run by bench/engine.py with a Python that has torch and/or scikit-learn (they are never project
dependencies; e.g. a venv under /tmp). Prints one JSON object: {"torch B=32": samples/s, ...}.

    /tmp/torchvenv/bin/python bench/peers.py 784-100-10 --batches 32 128 --seconds 1
"""

from __future__ import annotations

import argparse
import json
import time
import warnings

import numpy as np


def data(d, m, n, seed=1):
    rng = np.random.default_rng(seed)
    return rng.uniform(-0.5, 0.5, size=(n, d)), rng.integers(0, 2, size=(n, m)).astype(float)


def torch_rate(sizes, B, seconds):
    """float64, one thread: sigmoid layers, ½ SSE averaged over the batch, plain SGD (α = 0.1)."""
    import torch

    torch.set_num_threads(1)
    X, T = (torch.tensor(a) for a in data(sizes[0], sizes[-1], 4096))
    layers = []
    for a, b in zip(sizes[:-1], sizes[1:], strict=True):
        layers += [torch.nn.Linear(a, b), torch.nn.Sigmoid()]
    model = torch.nn.Sequential(*layers).double()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)

    def steps(k):
        for s in range(k):
            i = (s * B) % (4096 - B)
            opt.zero_grad()
            loss = 0.5 * ((T[i : i + B] - model(X[i : i + B])) ** 2).sum() / B
            loss.backward()
            opt.step()

    steps(5)
    done, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        steps(10)
        done += 10 * B
    return done / (time.perf_counter() - t0)


def sklearn_rate(sizes, B, seconds):
    """MLPRegressor, logistic units, solver sgd, one epoch over enough samples for `seconds`; numpy's
    BLAS held to one thread (threadpoolctl, which scikit-learn depends on), as torch and ours are:
    left alone it takes both cores of the test machine (784-256-128-10 at B = 128: ~50k samples/s
    against ~42k on one thread)."""
    from sklearn.neural_network import MLPRegressor
    from threadpoolctl import threadpool_limits

    n = 2048
    X, T = data(sizes[0], sizes[-1], n)
    mlp = MLPRegressor(hidden_layer_sizes=tuple(sizes[1:-1]), activation="logistic", solver="sgd",
                       batch_size=B, learning_rate_init=0.1, momentum=0.0, max_iter=1, shuffle=False)  # fmt: skip
    with warnings.catch_warnings(), threadpool_limits(1):
        warnings.simplefilter("ignore")
        mlp.fit(X[:256], T[:256])  # the first fit loads what sklearn imports lazily
        t0 = time.perf_counter()
        mlp.fit(X, T)
        rate = n / (time.perf_counter() - t0)
    return rate


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sizes")
    ap.add_argument("--batches", type=int, nargs="+", default=[32, 128])
    ap.add_argument("--seconds", type=float, default=1.0)
    ap.add_argument("--rounds", type=int, default=1, help="best of this many measurements")
    args = ap.parse_args()
    sizes = [int(v) for v in args.sizes.split("-")]
    out = {}
    for name, fn in (("torch", torch_rate), ("sklearn", sklearn_rate)):
        for B in args.batches:
            try:
                out[f"{name} B={B}"] = max(fn(sizes, B, args.seconds) for _ in range(args.rounds))
            except ImportError:
                break
    print(json.dumps(out))


if __name__ == "__main__":
    main()
