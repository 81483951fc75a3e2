"""How close the engine's loops over W_ji run to the best multiply rate a compiled loop gets here.

Each loop is timed alone, on data in the cache (no sample's forward pass, no memory traffic from
the data set), and its rate is counted in multiplies per second (a multiply-add is one):

  online      the seed's rule, a pair of samples per pass (seed_pass.first_layer_pass, μ = 0):
              2 per weight and sample (w += α δ_j x_i, then w · x of a later sample)
  momentum    the same pass with μ = 0.5: 3.5 per weight and sample (v = μ v + α δ_j x_i is a
              multiply and a multiply-add, twice a pair; three dot products a pair)
  batch       seed_batches' gradient and forward passes of a batch of 32: 1 each, 2 together

    python bench/engine_limits.py

The counts bound the ratios the issue asks about: at equal multiply rates, exact momentum is at
best 2/3.5 of the online rule in pairs (2/3 one sample per pass, which streams W and V through
the cache every sample), and a mini-batch at best ties the online rule. Beyond those, a loop is
faster only by running nearer the best rate; this prints how near each is
(docs/performance.md, "What the multiply units allow").
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.engine.compiled import seed_batches  # noqa: E402
from core.engine.compiled.buffers import Rule, SeedWeights, seed_batch_scratch, seed_scratch  # noqa: E402
from core.engine.compiled.seed_pass import first_layer_pass  # noqa: E402
from core.engine.compiled.unit_math import njit  # noqa: E402

D = 784  # MNIST's inputs


@njit(nogil=True)
def _pairs(weights, velocity, rule, sc, X, n):
    m = X.shape[0]
    for s in range(0, n, 2):
        x1, x2, y1, y2 = X[s % m], X[(s + 1) % m], X[(s + 2) % m], X[(s + 3) % m]
        first_layer_pass(weights, velocity, rule, sc, np.int64(2), x1, x2, y1, y2, y1, y2)


@njit(nogil=True)
def _batches(weights, grad, X, order, B, sc, n_batches, gradient):
    p = weights.W_ji.shape[0]
    for _ in range(n_batches):
        j = np.int64(0)
        while j < p:
            rows = min(4, p - j)
            if gradient:
                seed_batches._gradient_rows(grad, False, X, order, np.int64(0), B, sc, j, rows, np.int64(0))
            else:
                seed_batches._forward_rows(weights, X, order, np.int64(0), B, sc, j, rows, np.int64(0))
            j += rows


def _weights(rng, p, m=10, scale=0.01):
    return SeedWeights(rng.normal(size=(p, D)) * scale, np.zeros(p), rng.normal(size=(m, p)), np.zeros(m))


def _best(run, rounds=5):
    run(1)  # compile
    best = np.inf
    for _ in range(rounds):
        t0 = time.perf_counter()
        run(0)
        best = min(best, time.perf_counter() - t0)
    return best


def online_rate(p, mu, samples=20_000):
    """Weight-samples per second of the seed kernel's pass over a (p, 784) W_ji."""
    rng = np.random.default_rng(0)
    w, v = _weights(rng, p), _weights(rng, p, scale=0.0)
    sc = seed_scratch(p, 10)
    sc.delta_j[:] = rng.normal(size=sc.delta_j.shape) * 1e-12  # updates that keep the weights tame
    X = rng.uniform(-0.5, 0.5, size=(8, D))
    rule = Rule(0.1, 1, mu, 0.0)
    seconds = _best(lambda warm: _pairs(w, v, rule, sc, X, np.int64(4 if warm else samples)))
    return samples * p * D / seconds


def batch_rate(p, gradient, B=32, batches=400):
    """Weight-samples per second of the batch loop's gradient or forward pass, batch of B."""
    rng = np.random.default_rng(1)
    w, g = _weights(rng, p), _weights(rng, p, scale=0.0)
    sc = seed_batch_scratch(B, D, p, 10)
    sc.delta_j[:] = rng.normal(size=sc.delta_j.shape)
    X, order = rng.uniform(-0.5, 0.5, size=(B, D)), np.arange(B)
    seconds = _best(lambda warm: _batches(w, g, X, order, np.int64(B), sc, np.int64(1 if warm else batches), gradient))
    return batches * B * p * D / seconds


def main():
    rows = []
    for p in (30, 100):
        online, momentum = online_rate(p, 0.0), online_rate(p, 0.5)
        rows.append((f"online pass, p = {p}", online * 2.0, 2.0, online))
        rows.append((f"momentum pass, p = {p}", momentum * 3.5, 3.5, momentum))
        gradient, forward = batch_rate(p, True), batch_rate(p, False)
        rows.append((f"batch 32 gradient, p = {p}", gradient, 1.0, None))
        rows.append((f"batch 32 forward, p = {p}", forward, 1.0, None))
        rows.append((f"batch 32 both, p = {p}", 2.0 / (1.0 / gradient + 1.0 / forward), 2.0,
                     1.0 / (1.0 / gradient + 1.0 / forward)))  # fmt: skip
    top = max(rate for _, rate, _, _ in rows)
    print(f"{'loop over W_ji alone, data in cache':36} {'G mult/s':>9} {'of best':>8} {'mult per w·s':>13} "
          f"{'G w·s/s':>8}")  # fmt: skip
    for name, rate, per, ws in rows:
        print(f"{name:36} {rate / 1e9:9.1f} {rate / top:8.0%} {per:13.1f} "
              f"{'' if ws is None else f'{ws / 1e9:8.2f}'}")  # fmt: skip
    print(
        f"\nThe best rate here: {top / 1e9:.1f} G multiplies/s. At that rate, per weight and sample:\n"
        f"  the seed's rule (2 multiplies)            {top / 2e9:6.2f} G weight-samples/s\n"
        f"  momentum, a pair per pass (3.5)           {top / 3.5e9:6.2f}\n"
        f"  momentum, one sample per pass (3, and W and V streamed every sample) {top / 3e9:.2f}\n"
        f"  a mini-batch's two products (2)           {top / 2e9:6.2f}"
    )


if __name__ == "__main__":
    main()
