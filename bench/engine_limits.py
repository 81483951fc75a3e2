"""What limits the engine's loops over W_ji: the multiply units or moving the weights.

Each loop is timed alone, on data in the cache (no sample's forward pass, no memory traffic from
the data set), beside the rate of a loop of twelve independent multiply-adds on numbers in
registers (the core's multiply rate, as a compiled loop gets it here), and with the bytes of
weights (and velocities) each loop reads and writes per weight and sample:

  online      the seed's rule, a pair of samples per pass (seed_pass.first_layer_pass, μ = 0):
              2 multiplies per weight and sample; W read and written once per 2 samples: 8 bytes
  momentum, pairs   the seed kernel's momentum pass (μ = 0.5): 3.5 multiplies; W and V once per
              2 samples: 16 bytes
  momentum, fours   seed_quads._pass: 3.75 multiplies; W and V once per 4 samples: 8 bytes
  batch       seed_batches' gradient and forward passes of a batch of 32: 2 multiplies; W once
              per batch, the batch's inputs swept once per four rows

    python bench/engine_limits.py

Measured here (docs/performance.md, "What limits a pass"): the passes run at 40–50 % of the
multiply units' rate whatever their traffic, so with their data in the cache their times follow
their multiply counts (momentum 0.52–0.61 of online, pairs and fours alike); in the whole engine,
where the data set's rows stream from memory, moving half the bytes makes the four-sample pass
1.1–1.24x the pair pass.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.engine import aligned  # noqa: E402
from core.engine.compiled import seed_batches  # noqa: E402
from core.engine.compiled.buffers import Rule, SeedWeights, seed_batch_scratch, seed_scratch  # noqa: E402
from core.engine.compiled.seed_pass import first_layer_pass  # noqa: E402
from core.engine.compiled.seed_quads import _pass as quad_pass  # noqa: E402
from core.engine.compiled.unit_math import FAST, njit  # noqa: E402

D = 784  # MNIST's inputs


@njit(nogil=True)
def _pairs(weights, velocity, rule, sc, X, n):
    m = X.shape[0]
    for s in range(0, n, 2):
        x1, x2, y1, y2 = X[s % m], X[(s + 1) % m], X[(s + 2) % m], X[(s + 3) % m]
        first_layer_pass(weights, velocity, rule, sc, np.int64(2), x1, x2, y1, y2, y1, y2)


@njit(nogil=True)
def _fours(weights, velocity, mu, sc, X, n):
    m = X.shape[0]
    four = np.int64(4)
    for s in range(0, n, 4):
        x1, x2, x3, x4 = X[s % m], X[(s + 1) % m], X[(s + 2) % m], X[(s + 3) % m]
        y1, y2, y3, y4 = X[(s + 4) % m], X[(s + 5) % m], X[(s + 6) % m], X[(s + 7) % m]
        quad_pass(weights, velocity, 0.1, mu, sc, four, x1, x2, x3, x4, four, y1, y2, y3, y4)


@njit(nogil=True, fastmath=FAST)
def _peak(x, c, reps):
    """Twelve independent multiply-add chains over x (in the L1 cache): one load per twelve."""
    total = 0.0
    c0, c1, c2, c3, c4, c5, c6, c7 = c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]
    c8, c9, c10, c11 = c[8], c[9], c[10], c[11]
    for _ in range(reps):
        a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = a9 = a10 = a11 = 0.0
        for i in range(x.shape[0]):
            v = x[i]
            a0 += c0 * v
            a1 += c1 * v
            a2 += c2 * v
            a3 += c3 * v
            a4 += c4 * v
            a5 += c5 * v
            a6 += c6 * v
            a7 += c7 * v
            a8 += c8 * v
            a9 += c9 * v
            a10 += c10 * v
            a11 += c11 * v
        total += a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11
    return total


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
                seed_batches._forward_rows(weights, X, order, np.int64(0), B, sc, j, rows, np.int64(0), False)
            j += rows


def _weights(rng, p, m=10, scale=0.01):
    """W_ji on a cache line, as the engine keeps it (core/engine/aligned.py)."""
    return SeedWeights(aligned.contiguous(rng.normal(size=(p, D)) * scale), np.zeros(p), rng.normal(size=(m, p)),
                       np.zeros(m))  # fmt: skip


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
    X = aligned.contiguous(rng.uniform(-0.5, 0.5, size=(8, D)))
    rule = Rule(0.1, 1, mu, 0.0)
    seconds = _best(lambda warm: _pairs(w, v, rule, sc, X, np.int64(4 if warm else samples)))
    return samples * p * D / seconds


def fours_rate(p, mu=0.5, samples=20_000):
    """Weight-samples per second of the four-sample momentum pass over a (p, 784) W_ji."""
    rng = np.random.default_rng(0)
    w, v = _weights(rng, p), _weights(rng, p, scale=0.0)
    sc = seed_scratch(p, 10, 4)
    sc.delta_j[:] = rng.normal(size=sc.delta_j.shape) * 1e-12
    X = aligned.contiguous(rng.uniform(-0.5, 0.5, size=(16, D)))
    seconds = _best(lambda warm: _fours(w, v, mu, sc, X, np.int64(8 if warm else samples)))
    return samples * p * D / seconds


def peak_rate(n=1024, reps=20_000):
    """Multiplies per second of twelve independent chains: what the multiply units give a loop."""
    x, c = np.random.default_rng(3).random(n), np.random.default_rng(4).random(12)
    seconds = _best(lambda warm: _peak(x, c, 2 if warm else reps))
    return 12 * n * reps / seconds


def batch_rate(p, gradient, B=32, batches=400):
    """Weight-samples per second of the batch loop's gradient or forward pass, batch of B."""
    rng = np.random.default_rng(1)
    w, g = _weights(rng, p), _weights(rng, p, scale=0.0)
    sc = seed_batch_scratch(B, D, p, 10)
    sc.delta_j[:] = rng.normal(size=sc.delta_j.shape)
    X, order = aligned.contiguous(rng.uniform(-0.5, 0.5, size=(B, D))), np.arange(B)
    seconds = _best(lambda warm: _batches(w, g, X, order, np.int64(B), sc, np.int64(1 if warm else batches), gradient))
    return batches * B * p * D / seconds


def main():
    peak = peak_rate()
    rows = []
    for p in (30, 100):
        online, pairs, fours = online_rate(p, 0.0), online_rate(p, 0.5), fours_rate(p)
        gradient, forward = batch_rate(p, True), batch_rate(p, False)
        both = 1.0 / (1.0 / gradient + 1.0 / forward)
        rows += [(f"online, p = {p}", online, 2.0, "8", online),
                 (f"momentum, pairs, p = {p}", pairs, 3.5, "16", online),
                 (f"momentum, fours, p = {p}", fours, 3.75, "8", online),
                 (f"batch of 32, p = {p}", both, 2.0, "0.5 + inputs", online)]  # fmt: skip
    print(f"multiply rate of 12 independent chains (the units' rate for a loop): {peak / 1e9:.1f} G/s\n")
    print(f"{'loop over W_ji alone, data in cache':36} {'mult/w·s':>8} {'bytes/w·s':>13} {'G mult/s':>9} "
          f"{'of units':>9} {'G w·s/s':>8} {'/ online':>8}")  # fmt: skip
    for name, ws, per, traffic, online in rows:
        print(f"{name:36} {per:8.2f} {traffic:>13} {ws * per / 1e9:9.1f} {ws * per / peak:9.0%} {ws / 1e9:8.2f} "
              f"{ws / online:8.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
