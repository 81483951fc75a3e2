"""Load time and peak memory of the CSV importer on a 60,000 x 785 integer CSV (MNIST's layout, label
first, ~110 MB), side by side with numpy.loadtxt on the same file in the same run; and a session
of that data saved and reopened.

    python bench/data.py                   # the importer of this checkout
    python bench/data.py --before /work/main   # also the importer of another checkout
    python bench/data.py --rows 6000       # smaller, for a quick look

Each load runs in a fresh subprocess, so its peak resident memory (ru_maxrss) is its own; the
baseline of a bare interpreter with numpy imported is printed too. Targets (issue 13): the importer
within 2x numpy.loadtxt's time, peak memory within 2.5x the float64 array + 150 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, resource, sys, time
import numpy as np
kind, path = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
if kind == "baseline":
    shape = None
elif kind == "loadtxt":
    shape = np.loadtxt(path, delimiter=",", skiprows=1).shape
elif kind == "importer":
    from core.data.csv_reader import load_csv
    try:
        ds = load_csv(path, targets=0, max_bytes=2**31)  # the old importer reads max_bytes + 1
    except TypeError:
        raise
    shape = (len(ds.X_train) + len(ds.X_test), ds.n_inputs)
elif kind == "cli":
    from core.cli import main
    main(["train", "--csv", path, "--target", "0", "--hidden", "30", "--epochs", "0",
          "--quiet"])
    shape = None
elif kind == "session":
    import os
    from core.data.csv_reader import load_csv
    from core.engine.network import Network
    from core.training.trainer import Trainer
    from core.engine.hyperparams import Hyperparams
    from core.engine.weight_init import InitSpec
    from core.files.session import load_session, save_session
    ds = load_csv(path, targets=0)
    tr = Trainer(Network((784, 30, 10), ("sigmoid", "sigmoid"), "sse"), ds, Hyperparams(),
                 InitSpec())
    out = sys.argv[3]
    t0 = time.perf_counter()
    save_session(out, tr, ds)
    t_save = time.perf_counter() - t0
    t1 = time.perf_counter()
    tr2, ds2 = load_session(out)
    t_open = time.perf_counter() - t1
    same = all(np.array_equal(getattr(ds, k), getattr(ds2, k))
               for k in ("X_train", "T_train", "X_test", "T_test"))
    same = same and np.array_equal(tr.network.params, tr2.network.params)
    print(json.dumps({"save": t_save, "open": t_open, "bytes": os.path.getsize(out),
                      "same": same}))
    sys.exit(0)
seconds = time.perf_counter() - t0
try:  # VmHWM: this program's own peak (ru_maxrss counts the parent's pages before exec)
    with open("/proc/self/status") as f:
        peak = next(int(ln.split()[1]) * 1024 for ln in f if ln.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"seconds": seconds, "peak": peak, "shape": shape}))
"""


def make_csv(path: Path, rows: int, seed: int = 0) -> None:
    """MNIST's CSV layout: 'label,pixel0..pixel783', then integer rows; ~80% of pixels 0."""
    rng = np.random.default_rng(seed)
    names = np.array([str(i) for i in range(256)])
    with open(path, "w", encoding="ascii") as f:
        f.write("label," + ",".join(f"pixel{i}" for i in range(784)) + "\n")
        for start in range(0, rows, 2000):
            k = min(2000, rows - start)
            pix = rng.integers(1, 256, size=(k, 784)) * (rng.random((k, 784)) < 0.2)
            table = np.column_stack([rng.integers(0, 10, size=k), pix])
            f.write("\n".join(",".join(r) for r in names[table].tolist()) + "\n")


def run(kind: str, path: Path, code: Path, *extra) -> dict:
    env = dict(os.environ, PYTHONPATH=str(code), OMP_NUM_THREADS="1")
    out = subprocess.run([sys.executable, "-c", CHILD, kind, str(path), *map(str, extra)],
                         capture_output=True, text=True, env=env, cwd=code, check=False)
    if out.returncode != 0:
        return {"error": (out.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(out.stdout.strip().splitlines()[-1]) if out.stdout.strip() else {}


def best(repeat: int, *jobs) -> list[dict]:
    """Run the jobs in turn, `repeat` rounds (so machine load hits all alike); the fastest each."""
    results = [[] for _ in jobs]
    for _ in range(repeat):
        for out, job in zip(results, jobs, strict=True):
            out.append(run(*job))
    return [min(r, key=lambda x: x.get("seconds", float("inf"))) for r in results]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--rows", type=int, default=60_000)
    p.add_argument("--before", type=Path, help="another checkout whose importer to measure too")
    p.add_argument("--repeat", type=int, default=3, help="rounds of the side-by-side runs")
    p.add_argument("--csv", type=Path, help="use this file instead of generating one")
    args = p.parse_args()
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} (1, 5 min)")
    with tempfile.TemporaryDirectory() as tmp:
        path = args.csv or Path(tmp) / "mnist_like.csv"
        if not args.csv:
            make_csv(path, args.rows)
        size = path.stat().st_size
        array = args.rows * 785 * 8
        print(f"file {size / 1e6:.1f} MB, {args.rows:,} x 785; float64 array {array / 1e6:.0f} MB")
        base = run("baseline", path, ROOT)
        lt, new = best(args.repeat, ("loadtxt", path, ROOT), ("importer", path, ROOT))
        cli = run("cli", path, ROOT)
        rows = [("python + numpy (baseline)", base), ("numpy.loadtxt", lt),
                ("importer (this checkout)", new), ("CLI train --epochs 0 (wall, all)", cli)]
        if args.before:
            rows.append((f"importer ({args.before})", run("importer", path, args.before)))
        print(f"{'':36} {'time s':>8} {'peak MB':>8} {'x loadtxt':>10}")
        for label, r in rows:
            if "error" in r:
                print(f"{label:36} refused: {r['error']}")
                continue
            ratio = r["seconds"] / lt["seconds"] if "seconds" in r else float("nan")
            print(f"{label:36} {r.get('seconds', float('nan')):8.2f} "
                  f"{r.get('peak', 0) / 1e6:8.0f} {ratio:10.2f}")
        if "error" not in new:
            budget = 2.5 * array + 150e6
            print(f"targets: time {new['seconds'] / lt['seconds']:.2f}x loadtxt (<= 2), "
                  f"peak {new['peak'] / 1e6:.0f} MB of {budget / 1e6:.0f} MB allowed "
                  f"(2.5 x array + 150 MB): "
                  f"{'MET' if new['seconds'] <= 2 * lt['seconds'] and new['peak'] <= budget else 'NOT MET'}")
        s = run("session", path, ROOT, Path(tmp) / "big.session")
        if "error" in s:
            print(f"session: {s['error']}")
        else:
            print(f"session: saved in {s['save']:.2f} s ({s['bytes'] / 1e6:.0f} MB), reopened in "
                  f"{s['open']:.2f} s, bit for bit: {s['same']}")


if __name__ == "__main__":
    main()
