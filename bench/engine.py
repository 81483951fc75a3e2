"""Engine speed in every mode, samples per second, side by side in one run, float64, one thread.

Modes: online (B = 1, the seed's update), mini-batch B = 8, 32 and 128, momentum μ = 0.5 and L2
λ = 1e-4 at B = 1. Peers: the hand-written C loop of ../shared/bench/c_reference.c (one hidden layer,
online) compiled plain (`cc -O3 -march=native`) and vectorised (`... -fassociative-math
-fno-signed-zeros -fno-trapping-math`), and PyTorch / scikit-learn at B = 32 and 128 when a Python
that has them is given (they are never project dependencies):

    python bench/engine.py                                   # the engine and C
    python bench/engine.py --peers /tmp/torchvenv/bin/python # and PyTorch, scikit-learn
    python bench/engine.py --code /tmp/old-checkout          # the same table for other code

The machine is shared: every column of ours and C's is measured once per round, `--rounds` short
rounds of about `--seconds` each, and each column's best round is kept (the peers get the same
number of rounds in one start of their Python), so that load from elsewhere hurts all columns
alike; the load average is printed with the table.

OpenBLAS's kernels: the header names the ones numpy's OpenBLAS runs (threadpoolctl). Some
machines' environments force older ones (OPENBLAS_CORETYPE=Haswell, AVX2, on this test machine,
where OpenBLAS would pick its AVX-512 SkylakeX kernels); a user's machine does not set it.
`--openblas-as-installed` measures with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE removed, in that
run alone, as the environment's notes allow for benchmarks (tests and CI keep them).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
C_SOURCE = ROOT.parent / "shared" / "bench" / "c_reference.c"
if not C_SOURCE.exists():
    C_SOURCE = Path("/work/shared/bench/c_reference.c")
NETWORKS = [(784, 30, 10), (784, 100, 10), (784, 256, 128, 10)]
MODES = {"online": {}, "B=8": {"batch_size": 8}, "B=32": {"batch_size": 32}, "B=128": {"batch_size": 128},
         "momentum": {"momentum": 0.5}, "L2": {"l2": 1e-4}}  # fmt: skip
N_DATA = 8192


def data(d, m, n, seed=1):
    rng = np.random.default_rng(seed)
    return rng.uniform(-0.5, 0.5, size=(n, d)), rng.integers(0, 2, size=(n, m)).astype(float)


def make_trainers(sizes):
    from core.engine.hyperparams import Hyperparams
    from core.engine.network import Network
    from core.engine.weight_init import InitSpec
    from core.training.trainer import ArrayData, Trainer

    X, T = data(sizes[0], sizes[-1], N_DATA)
    out = {}
    for mode, hp in MODES.items():
        tr = Trainer(Network(sizes), ArrayData(X, T), Hyperparams(alpha=0.1, **hp), InitSpec("uniform", 0.5, 1))
        tr.run(samples=512)  # load the kernels (numba caches them on disk)
        out[mode] = tr
    return out


def rate(tr, seconds):
    """Samples/s over about `seconds`, in chunks of ~4096 samples as the app's worker does."""
    done, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        done += tr.run(samples=4096).samples
        if tr.status != "running":
            tr.reset()
    return done / (time.perf_counter() - t0)


def compile_c():
    cc = shutil.which("cc") or shutil.which("gcc")
    if not cc or not C_SOURCE.exists():
        return {}
    out = {}
    flags = {"C -O3": [], "C vectorised": ["-fassociative-math", "-fno-signed-zeros", "-fno-trapping-math"]}
    for name, extra in flags.items():
        binary = Path(tempfile.gettempdir()) / f"backprop_c_reference_{len(extra)}"
        subprocess.run([cc, "-O3", "-march=native", *extra, "-o", str(binary), str(C_SOURCE), "-lm"], check=True)
        out[name] = str(binary)
    return out


def c_rate(binary, sizes, seconds):
    n = max(2000, int(seconds * 150_000 * 30 / sizes[1]))
    out = subprocess.run([binary, *map(str, sizes), str(n)], capture_output=True, text=True, check=True)
    return float(out.stdout.split("samples_per_s=")[1].split()[0])


def peer_rates(python, sizes, seconds, rounds):
    if not python:
        return {}
    cmd = [python, str(Path(__file__).with_name("peers.py")), "-".join(map(str, sizes)), "--seconds", str(seconds),
           "--rounds", str(rounds)]  # fmt: skip
    out = subprocess.run(cmd, capture_output=True, text=True)
    return json.loads(out.stdout) if out.returncode == 0 else {}


def openblas_kernels():
    """The kernel family numpy's OpenBLAS runs, e.g. Haswell (AVX2) or SkylakeX (AVX-512)."""
    from threadpoolctl import threadpool_info

    kernels = [str(i.get("architecture")) for i in threadpool_info() if i.get("internal_api") == "openblas"]
    return ", ".join(kernels) or "?"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--code", type=Path, default=ROOT, help="the checkout whose engine is measured")
    ap.add_argument("--peers", default=os.environ.get("BACKPROP_PEERS_PYTHON"),
                    help="a Python with torch and/or scikit-learn")  # fmt: skip
    ap.add_argument("--seconds", type=float, default=0.25, help="length of one measurement")
    ap.add_argument("--rounds", type=int, default=8, help="interleaved rounds; the best is kept")
    ap.add_argument("--networks", nargs="+", help="e.g. 784-30-10")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--openblas-as-installed", action="store_true",
                    help="unset OPENBLAS_CORETYPE, OPENBLAS_L2_SIZE: OpenBLAS picks its kernels")  # fmt: skip
    args = ap.parse_args(argv)
    forced = [k for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE") if k in os.environ]
    if args.openblas_as_installed and forced:  # numpy reads them when it loads: a fresh process
        env = {k: v for k, v in os.environ.items() if k not in forced}
        rest = [a for a in (sys.argv[1:] if argv is None else argv) if a != "--openblas-as-installed"]
        sys.exit(subprocess.run([sys.executable, __file__, *rest], env=env).returncode)
    sys.path.insert(0, str(args.code.resolve()))
    from core.training.blas_threads import limit_blas_threads

    limit_blas_threads()
    networks = [tuple(map(int, n.split("-"))) for n in args.networks] if args.networks else NETWORKS
    binaries = compile_c()
    print(f"code: {args.code}   load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} (1, 5 min)   "
          f"OpenBLAS kernels: {openblas_kernels()} (OPENBLAS_CORETYPE="
          f"{os.environ.get('OPENBLAS_CORETYPE', 'unset: OpenBLAS picks')})")  # fmt: skip
    cols = [*MODES, "C -O3", "C vectorised", "torch B=32", "torch B=128", "sklearn B=32", "sklearn B=128"]
    print(f"{'network':>15} " + " ".join(f"{c:>12}" for c in cols) + "   samples/s, best of rounds")
    table = {}
    for sizes in networks:
        name = "-".join(map(str, sizes))
        trainers = make_trainers(sizes)
        best = {}
        for _ in range(args.rounds):  # every column once per round, so load hits them alike
            now = {mode: rate(tr, args.seconds) for mode, tr in trainers.items()}
            if len(sizes) == 3:
                now.update({c: c_rate(binary, sizes, args.seconds) for c, binary in binaries.items()})
            best = {k: max(v, best.get(k, 0.0)) for k, v in now.items()}
        best.update(peer_rates(args.peers, sizes, args.seconds, args.rounds))  # one start of torch
        table[name] = best
        fmt = lambda v: f"{v:12,.0f}" if v else f"{'—':>12}"  # noqa: E731
        print(f"{name:>15} " + " ".join(fmt(best.get(c)) for c in cols), flush=True)
    print("\nratios (same run): each mode's samples/s over online's, and online over the vectorised C loop")
    for name, best in table.items():
        parts = [f"{m} {best[m] / best['online']:.2f}" for m in MODES if m != "online"]
        if best.get("C vectorised"):
            parts.append(f"online/C-vec {best['online'] / best['C vectorised']:.2f}")
        for B in (32, 128):
            if best.get(f"torch B={B}"):
                parts.append(f"B={B}/torch {best[f'B={B}'] / best[f'torch B={B}']:.2f}")
        print(f"{name:>15}  " + ", ".join(parts))
    if args.json:
        args.json.write_text(json.dumps(table, indent=1))
    return table


if __name__ == "__main__":
    main()
