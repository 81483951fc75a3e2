"""The seed's network, compiled: one hidden layer, sigmoid units, ½ SSE, one update per sample.

This is the seed derivation line for line (W_ji, w_j0, W_kj, w_k0, h_j, o_k, δ_k, δ_j, α), and
the trainer uses it whenever the network is the seed's and training is online — the app's
default; momentum and L2 decay, the rule's generalisations, run here too (v ← μ v + α (δ a − λ w),
w ← w + v). One departure, for speed: the big matrix W_ji goes through the cache once per *two*
samples. The samples are taken in pairs (x₁, x₂). Everything of x₁ is computed and its small
updates (W_kj, w_k0, w_j0) applied; x₂'s net_j, which must see x₁'s Δw_ji = α δ_j x₁, follows from
a dot product of the old row, which the previous pass left:

    net_j(x₂) = (W_j + α δ_j x₁) · x₂ + w_j0 = W_j · x₂ + α δ_j (x₁ · x₂) + w_j0   (w_j0 updated)

(with momentum, + μ V_j · x₂, and with L2 the old row counts (1 − αλ) times). Then x₂ is trained,
and one pass over W_ji applies both samples' updates and from each updated row gives the next
pair's dot products (core/engine/compiled/seed_pass.py). The seed's rule is unchanged: every
weight gets the same two updates in the same order; only x₂'s net_j is summed in another order.
The tests hold this kernel, the general one (core/engine/compiled/kernel.py) and the numpy
reference to 1e-12.
"""

from __future__ import annotations

import math

import numpy as np

from core.engine.compiled.codes import DIVERGED, HUGE, OK, TARGET_REACHED
from core.engine.compiled.seed_kernel_case import is_seed_case  # noqa: F401 - the case this kernel is for
from core.engine.compiled.seed_pass import dot, first_layer_pass
from core.engine.compiled.unit_math import FAST, end_epoch, njit


@njit(nogil=True, cache=True, fastmath=FAST)
def sigmoid(net):
    """σ(net) = 1 / (1 + exp(−net)), with exp only ever of −|net| (no overflow); NaN stays NaN.

    No branch on the sign (it would be mispredicted half the time): e = exp(−|net|), then
    1 / (1 + e) for net ≥ 0 and e / (1 + e) below."""
    e = math.exp(-abs(net))
    r = 1.0 / (1.0 + e)
    return r if net >= 0.0 else e * r


@njit(nogil=True, cache=True, fastmath=FAST)
def train_seed(weights, velocity, rule, chunk, sc):
    """Online backprop over X[order[s]], T[order[s]]; same contract as kernel.train_samples.

    weights, velocity: buffers.SeedWeights, views into the network's flat buffers, updated in
    place; the velocity receives each update v (with μ = 0, the last one, written at the end).
    rule: buffers.Rule with B = 1. The seed's rule has μ = λ = 0; momentum and L2 generalise each
    update to v ← μ v + α (δ a − λ w), w ← w + v (biases not decayed). chunk: buffers.Chunk.
    sc: buffers.SeedScratch; row 0 of h, δ_k, δ_j is a pair's first sample, row 1 its second.
    """
    w_j0 = weights.w_j0
    X, T, order = chunk.X, chunk.T, chunk.order
    net_j, p = sc.net_j, w_j0.shape[0]
    alpha, mu = rule.alpha, rule.momentum
    al = alpha * rule.l2
    keep = 1.0 - al  # what the decay leaves of a weight: exactly 1 in the seed's rule
    n = order.shape[0]
    n_epochs = np.int64(0)  # int64, not a literal: numba compiles a callee once per literal argument
    first, second = np.int64(0), np.int64(1)  # a pair's rows in the scratch
    no_update, one_update, two_updates = np.int64(0), np.int64(1), np.int64(2)  # what a pass applies to W_ji
    if n == 0:
        return 0, 0, OK
    # net_j of the first sample and W_j · x of the second (later ones come with the updates of W_ji)
    x1 = X[order[0]]
    x2 = X[order[1]] if n > 1 else x1
    first_layer_pass(weights, velocity, rule, sc, no_update, x1, x1, x1, x2, x1, x1)
    g = dot(x1, x2)
    for s in range(0, n, 2):  # the pair x₁ = sample s, x₂ = sample s + 1
        x1 = X[order[s]]
        # x₁: h_j, o_k, E_n, δ_k, δ_j from the weights before its update
        E_n = forward_backward(weights.W_kj, weights.w_k0, net_j[0], sc.h[first], sc.delta_k[first], sc.delta_j[first],
                               T[order[s]])  # fmt: skip
        if diverges(E_n, chunk.x_max[order[s]], alpha, sc.h, sc.delta_k, sc.delta_j, first):
            if s > 0 and mu == 0.0:
                _velocity_of_last_update(weights, velocity, X[order[s - 1]], alpha, al, sc, second)
            return s, n_epochs, DIVERGED
        _update_small(weights, velocity, rule, sc, first)  # W_kj, w_k0, w_j0; W_ji comes with the pair's pass
        n_epochs, reached = _record(chunk, s, E_n, n_epochs)
        if reached or s + 1 == n:
            first_layer_pass(weights, velocity, rule, sc, one_update, x1, x1, x1, x1, x1, x1)
            if mu == 0.0:
                _velocity_of_last_update(weights, velocity, x1, alpha, al, sc, first)
            return s + 1, n_epochs, TARGET_REACHED if reached else OK
        # x₂: net_j = (1 − αλ) W_j · x₂ + μ V_j · x₂ + α δ_j (x₁ · x₂) + w_j0, as if x₁'s update
        # (w ← w + v, v = μ v + α (δ_j x₁ − λ w)) were already in W_ji
        x2 = X[order[s + 1]]
        for j in range(p):
            from_v = mu * net_j[2, j] if mu != 0.0 else 0.0
            net_j[0, j] = keep * net_j[1, j] + from_v + alpha * sc.delta_j[0, j] * g + w_j0[j]
        E_n = forward_backward(weights.W_kj, weights.w_k0, net_j[0], sc.h[second], sc.delta_k[second],
                               sc.delta_j[second], T[order[s + 1]])  # fmt: skip
        if diverges(E_n, chunk.x_max[order[s + 1]], alpha, sc.h, sc.delta_k, sc.delta_j, second):
            first_layer_pass(weights, velocity, rule, sc, one_update, x1, x1, x1, x1, x1, x1)
            if mu == 0.0:
                _velocity_of_last_update(weights, velocity, x1, alpha, al, sc, first)
            return s + 1, n_epochs, DIVERGED
        _update_small(weights, velocity, rule, sc, second)
        n_epochs, reached = _record(chunk, s + 1, E_n, n_epochs)
        # Δw_ji of both samples; from the updated rows, the next pair's W_j · x (and V_j · x₂)
        y1 = X[order[s + 2]] if s + 2 < n else x1
        y2 = X[order[s + 3]] if s + 3 < n else y1
        z1 = X[order[s + 4]] if s + 4 < n else y2
        z2 = X[order[s + 5]] if s + 5 < n else z1
        first_layer_pass(weights, velocity, rule, sc, two_updates, x1, x2, y1, y2, z1, z2)
        if reached:
            if mu == 0.0:
                _velocity_of_last_update(weights, velocity, x2, alpha, al, sc, second)
            return s + 2, n_epochs, TARGET_REACHED
        g = dot(y1, y2)
    if mu == 0.0:
        _velocity_of_last_update(weights, velocity, X[order[n - 1]], alpha, al, sc, second)
    return n, n_epochs, OK


@njit(nogil=True, cache=True, fastmath=FAST)
def forward_backward(W_kj, w_k0, net_j, h, delta_k, delta_j, t):
    """One sample from its net_j (row views): h_j = σ(net_j); net_k = Σ_j w_kj h_j + w_k0,
    o_k = σ(net_k); δ_k = (t_k − o_k) o_k (1 − o_k); δ_j = h_j (1 − h_j) Σ_k w_kj δ_k, into the rows
    h, delta_k, delta_j; returns E_n = ½ Σ_k (t_k − o_k)². The seed batch loop shares it."""
    p, m = W_kj.shape[1], W_kj.shape[0]
    for j in range(p):
        h[j] = sigmoid(net_j[j])
    E_n = 0.0
    for k in range(m):
        net_k = w_k0[k]
        for j in range(p):
            net_k += W_kj[k, j] * h[j]
        o = sigmoid(net_k)
        delta_k[k] = (t[k] - o) * (o * (1.0 - o))
        E_n += 0.5 * (t[k] - o) * (t[k] - o)
    # Σ_k w_kj δ_k row by row of W_kj (contiguous), then times h_j (1 − h_j)
    for j in range(p):
        delta_j[j] = 0.0
    for k in range(m):
        for j in range(p):
            delta_j[j] += W_kj[k, j] * delta_k[k]
    for j in range(p):
        delta_j[j] *= h[j] * (1.0 - h[j])
    return E_n


@njit(nogil=True, cache=True, fastmath=FAST)
def diverges(E_n, amax, alpha, h, delta_k, delta_j, c):
    """True if E_n is not finite, or an input or an update α δ a would pass HUGE (1e300): the
    bound every path checks before applying a sample (core/engine/compiled/layers.py's diverges).
    amax is max(1, max |x_i|) of the sample's input (buffers.Chunk.x_max; the hidden units' h_j
    are in [0, 1]); h, δ_k, δ_j are in row c."""
    bad = not math.isfinite(E_n)
    if not amax <= HUGE:  # also true for NaN
        bad = True
    for j in range(delta_j.shape[1]):
        if not abs(alpha * delta_j[c, j]) * amax <= HUGE:
            bad = True
    for k in range(delta_k.shape[1]):
        if not abs(alpha * delta_k[c, k]) <= HUGE:
            bad = True
    return bad


@njit(nogil=True, cache=True, fastmath=FAST)
def _update_small(weights, velocity, rule, sc, c):
    """Δw_kj = α δ_k h_j, Δw_k0 = α δ_k, Δw_j0 = α δ_j of the sample in row c; with μ or λ,
    v ← μ v + α (δ a − λ w) (biases not decayed), w ← w + v, v written only when μ ≠ 0."""
    W_kj, w_k0, w_j0 = weights.W_kj, weights.w_k0, weights.w_j0
    V_kj, v_k0, v_j0 = velocity.W_kj, velocity.w_k0, velocity.w_j0
    alpha, mu = rule.alpha, rule.momentum
    al = alpha * rule.l2
    for k in range(W_kj.shape[0]):
        a_dk = alpha * sc.delta_k[c, k]
        if mu != 0.0:
            for j in range(W_kj.shape[1]):
                V_kj[k, j] = mu * V_kj[k, j] + a_dk * sc.h[c, j] - al * W_kj[k, j]
                W_kj[k, j] += V_kj[k, j]
            v_k0[k] = mu * v_k0[k] + a_dk
            w_k0[k] += v_k0[k]
            continue
        if al == 0.0:
            for j in range(W_kj.shape[1]):
                W_kj[k, j] += a_dk * sc.h[c, j]
        else:
            for j in range(W_kj.shape[1]):
                W_kj[k, j] += a_dk * sc.h[c, j] - al * W_kj[k, j]
        w_k0[k] += a_dk
    for j in range(w_j0.shape[0]):
        if mu != 0.0:
            v_j0[j] = mu * v_j0[j] + alpha * sc.delta_j[c, j]
            w_j0[j] += v_j0[j]
        else:
            w_j0[j] += alpha * sc.delta_j[c, j]


@njit(nogil=True, cache=True, fastmath=FAST)
def _record(chunk, s, E_n, n_epochs):
    """Sample s's E_n into the chunk's outputs and the epoch's sums; (epochs done, target reached)."""
    chunk.E_out[s] = E_n
    chunk.state[0] += 1.0
    chunk.state[1] += E_n
    if chunk.state[0] >= chunk.epoch_len:
        return end_epoch(chunk.state, chunk.epoch_len, chunk.epoch_E_out, n_epochs, chunk.target_E)
    return n_epochs, False


@njit(nogil=True, cache=True, fastmath=FAST)
def _velocity_of_last_update(weights, velocity, x, alpha, al, sc, c):
    """With μ = 0 the velocity is the last update: v_kj = α δ_k h_j, v_ji = α δ_j x_i of the
    sample whose input is x and whose h, δ_k, δ_j are in row c of the scratch; with L2 it is
    α (δ a − λ w) of the weights before that update, w = (w' − α δ a) / (1 − αλ) of the weights w'
    after it, so v = (α δ a − αλ w') / (1 − αλ).

    Written once at the end of a call rather than for every sample (which would touch every weight
    once more per sample)."""
    V_ji, v_j0, V_kj, v_k0 = velocity
    p, m = V_ji.shape[0], V_kj.shape[0]
    keep = 1.0 - al
    for j in range(p):
        a_dj = alpha * sc.delta_j[c, j]
        if al == 0.0:
            for i in range(x.shape[0]):
                V_ji[j, i] = a_dj * x[i]
        else:
            for i in range(x.shape[0]):
                V_ji[j, i] = (a_dj * x[i] - al * weights.W_ji[j, i]) / keep
        v_j0[j] = a_dj
    for k in range(m):
        a_dk = alpha * sc.delta_k[c, k]
        if al == 0.0:
            for j in range(p):
                V_kj[k, j] = a_dk * sc.h[c, j]
        else:
            for j in range(p):
                V_kj[k, j] = (a_dk * sc.h[c, j] - al * weights.W_kj[k, j]) / keep
        v_k0[k] = a_dk
