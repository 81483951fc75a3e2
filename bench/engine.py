"""Engine speed: online SGD (batch 1, the seed's update), samples per second, side by side in one run.

Compares the compiled kernel (core/engine/compiled/kernel.py), the numpy reference (core/engine/backprop.py), the
hand-written C loop in ../shared/bench/c_reference.c (compiled here with `cc -O3 -march=native`
if a C compiler is present), and PyTorch eager autograd / scikit-learn's MLPRegressor when they
happen to be installed (they are never project dependencies).

    python bench/engine.py            # all three networks
    python bench/engine.py --quick    # fewer samples
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.engine.hyperparams import Hyperparams  # noqa: E402
from core.engine.network import Network  # noqa: E402
from core.engine.weight_init import InitSpec  # noqa: E402
from core.training.trainer import ArrayData, Trainer  # noqa: E402

NETWORKS = [(2, 4, 1), (64, 32, 10), (784, 30, 10)]
C_SOURCE = ROOT.parent / "shared" / "bench" / "c_reference.c"


def data(d, m, n, seed=1):
    rng = np.random.default_rng(seed)
    return rng.uniform(-0.5, 0.5, size=(n, d)), rng.integers(0, 2, size=(n, m)).astype(float)


def bench_core(sizes, n, use_kernel, repeats=3):
    X, T = data(sizes[0], sizes[-1], n)
    tr = Trainer(Network(sizes), ArrayData(X, T), Hyperparams(alpha=0.1), InitSpec("uniform", 0.5, 1),
                 use_kernel=use_kernel)  # fmt: skip
    tr.run(samples=min(n, 1000))  # warm-up (compilation is cached on disk, but load it now)
    best = 0.0
    for _ in range(repeats):
        tr.reset()
        t0 = time.perf_counter()
        tr.run(samples=n)
        best = max(best, n / (time.perf_counter() - t0))
    return best


def bench_c(sizes, n, binary, repeats=3):
    best = 0.0
    for _ in range(repeats):
        out = subprocess.run([binary, *map(str, sizes), str(n)], capture_output=True, text=True, check=True)
        best = max(best, float(out.stdout.split("samples_per_s=")[1].split()[0]))
    return best


def bench_torch(sizes, n):
    try:
        import torch
    except ImportError:
        return None
    torch.set_num_threads(1)
    X, T = data(sizes[0], sizes[-1], n)
    X, T = torch.tensor(X), torch.tensor(T)
    model = torch.nn.Sequential(torch.nn.Linear(sizes[0], sizes[1]), torch.nn.Sigmoid(),
                                torch.nn.Linear(sizes[1], sizes[2]), torch.nn.Sigmoid()).double()  # fmt: skip
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    t0 = time.perf_counter()
    for s in range(n):
        opt.zero_grad()
        loss = 0.5 * ((T[s] - model(X[s])) ** 2).sum()
        loss.backward()
        opt.step()
    return n / (time.perf_counter() - t0)


def bench_sklearn(sizes, n):
    try:
        from sklearn.neural_network import MLPRegressor
    except ImportError:
        return None
    X, T = data(sizes[0], sizes[-1], n)
    mlp = MLPRegressor(hidden_layer_sizes=(sizes[1],), activation="logistic", solver="sgd", batch_size=1,
                       learning_rate_init=0.1, momentum=0.0, max_iter=1, shuffle=False)  # fmt: skip
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t0 = time.perf_counter()
        mlp.fit(X, T if sizes[-1] > 1 else T.ravel())
    return n / (time.perf_counter() - t0)


def compile_c():
    cc = shutil.which("cc") or shutil.which("gcc")
    if not cc or not C_SOURCE.exists():
        return None
    binary = Path(tempfile.gettempdir()) / "backprop_c_reference"
    subprocess.run([cc, "-O3", "-march=native", "-o", str(binary), str(C_SOURCE), "-lm"], check=True)
    return str(binary)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="fewer samples per measurement")
    args = ap.parse_args(argv)
    scale = 0.2 if args.quick else 1.0
    binary = compile_c()
    rows = []
    print(f"{'network':>10} {'kernel':>12} {'numpy ref':>12} {'C -O3':>12} {'kernel/C':>9} "
          f"{'torch':>10} {'sklearn':>10}   (samples/s, best of 3)")  # fmt: skip
    for sizes in NETWORKS:
        n_fast = int(scale * {2: 2_000_000, 64: 200_000, 784: 30_000}[sizes[0]])
        n_slow = int(scale * {2: 50_000, 64: 20_000, 784: 3_000}[sizes[0]])
        k = bench_core(sizes, n_fast, True)
        r = bench_core(sizes, n_slow, False, repeats=1)
        c = bench_c(sizes, n_fast, binary) if binary else None
        t = bench_torch(sizes, n_slow)
        s = bench_sklearn(sizes, n_slow)
        fmt = lambda v: f"{v:12,.0f}" if v else f"{'n/a':>12}"  # noqa: E731
        ratio = f"{k / c:9.2f}" if c else f"{'n/a':>9}"
        name = "-".join(map(str, sizes))
        print(f"{name:>10} {fmt(k)} {fmt(r)} {fmt(c)} {ratio} {fmt(t)[2:]} {fmt(s)[2:]}", flush=True)
        rows.append((name, k, r, c, t, s))
    return rows


if __name__ == "__main__":
    main()
