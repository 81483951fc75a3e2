"""The seed's network online with momentum (λ = 0), compiled: four samples per pass over W_ji.

With momentum each sample changes W_ji and its velocity V_ji, and moving both matrices through
the cache is what a pass costs (docs/performance.md, "What limits a pass"). The seed kernel's
pair loop moves them once per two samples; this loop once per four. For a group of samples
x₁ … x₄, with a_k = α δ_j of sample k (one number per row j), each weight gets the reference's
update sample by sample,

    t = μ v + a₁ x₁,  w ← w + t;   t = μ t + a₂ x₂,  w ← w + t;   t = μ t + a₃ x₃,  w ← w + t;
    t = μ t + a₄ x₄,  w ← w + t;   v ← t

and, from the updated row, with h = μ v, the next group's dot products

    D₁ = w · y₁,   D₂ = (w + h) · y₂,   D₃ = (w + (1 + μ) h) · y₃,   D₄ = (w + (1 + μ + μ²) h) · y₄.

The weights sample k of a group sees are the group's starting W, V plus the updates of the
samples before it, W + (μ + … + μ^(k−1)) V + Σ_{i<k} (1 + μ + … + μ^(k−1−i)) a_i x_i, so

    net_j(y_k) = D_k + Σ_{i<k} (1 + μ + … + μ^(k−1−i)) a_i (y_i · y_k) + w_j0

from the group's six input dot products (y_i · y_k). Only the dot products' sums are in another
order than the reference's; the tests hold this loop to the numpy reference at 1e-12.
"""

from __future__ import annotations

import numpy as np

from core.engine.compiled.codes import DIVERGED, OK, TARGET_REACHED
from core.engine.compiled.seed_kernel import _record, _update_small, diverges, forward_backward
from core.engine.compiled.seed_pass import dot
from core.engine.compiled.unit_math import FAST, njit


@njit(nogil=True, cache=True, fastmath=FAST)
def train_seed_quads(weights, velocity, rule, chunk, sc, gram):
    """Online backprop with momentum over X[order[s]], T[order[s]]; same contract as
    seed_kernel.train_seed, for μ > 0 and λ = 0. sc: buffers.SeedScratch with four rows of h, δ_k,
    δ_j (a group's samples) and five of net_j (the group's D₁ … D₄, then the sample's net_j);
    gram (4, 4): the group's y_i · y_k."""
    X, T, order = chunk.X, chunk.T, chunk.order
    n = order.shape[0]
    alpha, mu = rule.alpha, rule.momentum
    n_epochs = np.int64(0)  # int64, not a literal: numba compiles a callee once per literal argument
    if n == 0:
        return 0, 0, OK
    first_group(weights, velocity, alpha, mu, sc, gram, X, order)
    s = np.int64(0)
    while s < n:
        g = min(4, n - s)
        x1, x2, x3, x4 = group_rows(X, order, s)
        for k in range(g):
            net = sc.net_j[4]
            group_net(sc, gram, alpha, mu, k, weights.w_j0, net)
            E_n = forward_backward(weights.W_kj, weights.w_k0, net, sc.h[k], sc.delta_k[k], sc.delta_j[k],
                                   T[order[s + k]])  # fmt: skip
            if diverges(E_n, chunk.x_max[order[s + k]], alpha, sc.h, sc.delta_k, sc.delta_j, k):
                apply_group(weights, velocity, alpha, mu, sc, np.int64(k), x1, x2, x3, x4)  # those before it
                return s + k, n_epochs, DIVERGED
            _update_small(weights, velocity, rule, sc, k)  # W_kj, w_k0, w_j0; W_ji comes with the pass
            n_epochs, reached = _record(chunk, s + k, E_n, n_epochs)
            if reached:
                apply_group(weights, velocity, alpha, mu, sc, np.int64(k + 1), x1, x2, x3, x4)
                return s + k + 1, n_epochs, TARGET_REACHED
        if s + g == n:  # the call's last group
            apply_group(weights, velocity, alpha, mu, sc, np.int64(g), x1, x2, x3, x4)
            return n, n_epochs, OK
        next_group(weights, velocity, alpha, mu, sc, gram, X, order, s, x1, x2, x3, x4)
        s += 4
    return n, n_epochs, OK


@njit(nogil=True, cache=True, fastmath=FAST)
def group_net(sc, gram, alpha, mu, k, w_j0, out):
    """net_j of a group's sample k into out: its D_k (sc.net_j[k]), the updates of the group's
    samples before it (δ_j in sc.delta_j, not yet in W_ji) through gram, and w_j0."""
    for j in range(out.shape[0]):
        acc = sc.net_j[k, j]
        run = 1.0  # 1 + μ + … + μ^(k−1−i), from i = k − 1 down
        for i in range(k - 1, -1, -1):
            acc += run * (alpha * sc.delta_j[i, j]) * gram[i, k]
            run = 1.0 + mu * run
        out[j] = acc + w_j0[j]


@njit(nogil=True, cache=True, fastmath=FAST)
def first_group(weights, velocity, alpha, mu, sc, gram, X, order):
    """A call's first group's D_k and input dot products, from the weights as they are."""
    y1, y2, y3, y4 = group_rows(X, order, np.int64(0))
    _pass(weights, velocity, alpha, mu, sc, np.int64(0), y1, y1, y1, y1, np.int64(4), y1, y2, y3, y4)
    _gram(gram, y1, y2, y3, y4)


@njit(nogil=True, cache=True, fastmath=FAST)
def apply_group(weights, velocity, alpha, mu, sc, pending, x1, x2, x3, x4):
    """The first `pending` samples' updates of W_ji and V_ji, without dot products (a call's end)."""
    _pass(weights, velocity, alpha, mu, sc, pending, x1, x2, x3, x4, np.int64(0), x1, x1, x1, x1)


@njit(nogil=True, cache=True, fastmath=FAST)
def next_group(weights, velocity, alpha, mu, sc, gram, X, order, s, x1, x2, x3, x4):
    """The four updates of the group from s; from the updated rows, the next group's D_k and input
    dot products."""
    y1, y2, y3, y4 = group_rows(X, order, s + 4)
    _pass(weights, velocity, alpha, mu, sc, np.int64(4), x1, x2, x3, x4, np.int64(4), y1, y2, y3, y4)
    _gram(gram, y1, y2, y3, y4)


@njit(nogil=True, cache=True, fastmath=FAST)
def group_rows(X, order, s):
    """The input rows of samples s … s + 3 (the last one in the chunk repeated past its end)."""
    last = order.shape[0] - 1
    return (X[order[min(s, last)]], X[order[min(s + 1, last)]], X[order[min(s + 2, last)]],
            X[order[min(s + 3, last)]])  # fmt: skip


@njit(nogil=True, cache=True, fastmath=FAST)
def _gram(gram, y1, y2, y3, y4):
    """gram[i, k] = y_i · y_k for i < k."""
    ys = (y1, y2, y3, y4)
    for k in range(1, 4):
        for i in range(k):
            gram[i, k] = dot(ys[i], ys[k])


TILE = 392
"""Inputs per tile of the usual pass: its eight input rows (x₁ … x₄, y₁ … y₄) take 8 × 392 × 8 bytes
= 25 KB, so they stay in a 32–48 KB L1 cache while W_ji and V_ji stream past; whole rows of 784
inputs took 50 KB, and the inputs came again from the L2 cache for each pair of rows."""


@njit(nogil=True, cache=True, fastmath=FAST)
def _pass(weights, velocity, alpha, mu, sc, pending, x1, x2, x3, x4, dots, y1, y2, y3, y4):
    """Apply the first `pending` (0 … 4) samples' updates of the group x₁ … x₄ (δ_j in rows 0 … 3 of
    sc.delta_j) to W_ji and V_ji; then, if dots is 4, the next group's D₁ … D₄ from the updated
    rows into rows 0 … 3 of sc.net_j. The usual pass goes over the inputs in tiles of TILE, each
    tile over every pair of rows, each row's dot products summed over its tiles. (No prefetch of
    the group after: measured in the whole engine, the pass ran 2–14 % faster without one.)"""
    W_ji, V_ji, D, delta_j = weights.W_ji, velocity.W_ji, sc.net_j, sc.delta_j
    p, d = W_ji.shape[0], W_ji.shape[1]
    c2, c3 = 1.0 + mu, 1.0 + mu + mu * mu
    j = 0
    if pending == 4 and dots == 4:  # the loop's usual pass: two rows at a time, in tiles of inputs
        pairs = p - p % 2
        D[0:4, 0:pairs] = 0.0
        for i0 in range(0, d, TILE):
            i1 = min(d, i0 + TILE)
            X1, X2, X3, X4 = x1[i0:i1], x2[i0:i1], x3[i0:i1], x4[i0:i1]
            Y1, Y2, Y3, Y4 = y1[i0:i1], y2[i0:i1], y3[i0:i1], y4[i0:i1]
            n = i1 - i0
            for j in range(0, pairs, 2):  # rows j and j + 1: their four updates, then their dot products
                a1, a2 = alpha * delta_j[0, j], alpha * delta_j[1, j]
                a3, a4 = alpha * delta_j[2, j], alpha * delta_j[3, j]
                b1, b2 = alpha * delta_j[0, j + 1], alpha * delta_j[1, j + 1]
                b3, b4 = alpha * delta_j[2, j + 1], alpha * delta_j[3, j + 1]
                r, q, rv, qv = W_ji[j, i0:i1], W_ji[j + 1, i0:i1], V_ji[j, i0:i1], V_ji[j + 1, i0:i1]
                r1, r2, r3, r4, q1, q2, q3, q4 = 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0
                for i in range(n):
                    u1, u2, u3, u4 = X1[i], X2[i], X3[i], X4[i]
                    t = mu * rv[i] + a1 * u1
                    w = r[i] + t
                    t = mu * t + a2 * u2
                    w = w + t
                    t = mu * t + a3 * u3
                    w = w + t
                    t = mu * t + a4 * u4
                    w = w + t
                    rv[i], r[i] = t, w
                    h = mu * t
                    r1 += w * Y1[i]
                    r2 += (w + h) * Y2[i]
                    r3 += (w + c2 * h) * Y3[i]
                    r4 += (w + c3 * h) * Y4[i]
                    t = mu * qv[i] + b1 * u1
                    w = q[i] + t
                    t = mu * t + b2 * u2
                    w = w + t
                    t = mu * t + b3 * u3
                    w = w + t
                    t = mu * t + b4 * u4
                    w = w + t
                    qv[i], q[i] = t, w
                    h = mu * t
                    q1 += w * Y1[i]
                    q2 += (w + h) * Y2[i]
                    q3 += (w + c2 * h) * Y3[i]
                    q4 += (w + c3 * h) * Y4[i]
                D[0, j] += r1
                D[1, j] += r2
                D[2, j] += r3
                D[3, j] += r4
                D[0, j + 1] += q1
                D[1, j + 1] += q2
                D[2, j + 1] += q3
                D[3, j + 1] += q4
        j = pairs
    while j < p:  # a row left over, or a call's first or last pass
        r, v = W_ji[j], V_ji[j]
        for c in range(pending):
            x = x1 if c == 0 else x2 if c == 1 else x3 if c == 2 else x4
            a = alpha * delta_j[c, j]
            for i in range(d):
                v[i] = mu * v[i] + a * x[i]
                r[i] += v[i]
        if dots == 4:
            r1, r2, r3, r4 = 0.0, 0.0, 0.0, 0.0
            for i in range(d):
                w, h = r[i], mu * v[i]
                r1 += w * y1[i]
                r2 += (w + h) * y2[i]
                r3 += (w + c2 * h) * y3[i]
                r4 += (w + c3 * h) * y4[i]
            D[0, j], D[1, j], D[2, j], D[3, j] = r1, r2, r3, r4
        j += 1

