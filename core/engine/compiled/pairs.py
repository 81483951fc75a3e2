"""Online training (B = 1) of networks other than the seed's, with or without momentum and L2,
compiled: the first layer's weights updated two samples per pass.

With momentum μ or L2 λ every sample changes both W and v (the rule of core/engine/hyperparams.py
with B = 1): v ← μ v + α (δ aᵀ − λ W), W ← W + v. Doing that once per sample, as kernel.py does,
moves W_ji and V_ji through the cache for every sample, twice the memory of the plain rule. Here
the first weight layer (W_ji: by far the largest when there are many inputs) is updated for two
samples in one pass, with the reference's expressions applied sample after sample to each weight,
and that pass also gives the next two samples' dot products. The second sample of a pair needs
its net_j from the weights after the first sample's update, before that update is written; it
follows from those dot products:

    W'_j = W_j + v'_j = (1 − αλ) W_j + μ V_j + α δ_j x₁ᵀ,   so
    net_j(x₂) = (1 − αλ) (W_j · x₂) + μ (V_j · x₂) + α δ_j (x₁ · x₂) + w'_j0

The biases and the later layers (small) are updated sample by sample. The results are the
reference's to 1e-12: only the second sample's net_j is summed in another order.
"""

from __future__ import annotations

import numpy as np

from core.engine.compiled.codes import DIVERGED, OK, TARGET_REACHED
from core.engine.compiled.layers import (
    activate_layer,
    diverges,
    forward_from,
    hidden_deltas,
    output_delta,
)  # fmt: skip
from core.engine.compiled.unit_math import FAST, end_epoch, njit


@njit(nogil=True, cache=True, fastmath=FAST)
def train_pairs(net, rule, chunk, sc):
    """As kernel.train_samples, for B = 1 (any μ, λ) on networks other than the seed's. Rows 0 and 1
    of sc.a, sc.d hold the pair's first and second sample; sc.pair holds the first one's net_j and,
    for the second, W_j · x₂ and V_j · x₂ (before the first sample's update)."""
    n, state, X, order = chunk.order.shape[0], chunk.state, chunk.X, chunk.order
    d, p, a1 = net.sizes[0], net.sizes[1], sc.a_off[1]
    alpha, mu, lam = rule.alpha, rule.momentum, rule.l2
    n_epochs = np.int64(0)  # int64, not a literal: numba compiles a callee once per literal argument
    if n == 0:
        return 0, 0, OK
    zero = np.int64(0)
    _inputs(sc, X, order, zero, n)
    _first_layer_pass(net, rule, sc, zero, X, order, zero, n)
    s = 0
    while s < n:
        for c in range(2):  # the pair's first sample, then its second
            if c == 1:
                if s + 1 >= n:
                    break
                # net_j of the second sample from the first one's update, not yet written to W_ji
                g = 0.0
                for i in range(d):
                    g += sc.a[0, i] * sc.a[1, i]
                for j in range(p):
                    sc.a[1, a1 + j] = ((1.0 - alpha * lam) * sc.pair[1, j] + mu * sc.pair[2, j]
                                       + alpha * sc.d[0, a1 + j] * g) + net.params[net.b_off[0] + j]  # fmt: skip
            else:
                for j in range(p):
                    sc.a[0, a1 + j] = sc.pair[0, j]
            activate_layer(net, sc, zero, c)
            forward_from(net, sc, c, zero + 1)
            # E_n, δ_k and the hidden δ from the weights before this sample's update
            E = output_delta(net, sc, chunk.T[order[s + c]], c)
            hidden_deltas(net, sc, c)
            if diverges(net, sc, c, alpha, E, chunk.x_max[order[s + c]]):
                _first_layer_pass(net, rule, sc, c, X, order, n, n)  # the pair's first, if it was applied
                if c == 0 and s > 0 and mu == 0.0:  # the last pass did not write v (_row_pairs)
                    _last_update_as_velocity(net, rule, sc, X[order[s - 1]])
                return s + c, n_epochs, DIVERGED
            chunk.E_out[s + c] = E
            state[0] += 1.0
            state[1] += E
            _update_sample(net, rule, sc, c)
            if state[0] >= chunk.epoch_len:
                n_epochs, reached = end_epoch(state, chunk.epoch_len, chunk.epoch_E_out, n_epochs, chunk.target_E)
                if reached:
                    _first_layer_pass(net, rule, sc, c + 1, X, order, n, n)
                    return s + c + 1, n_epochs, TARGET_REACHED
        # W_ji and V_ji for the pair's samples; the dot products of the next pair
        _first_layer_pass(net, rule, sc, min(2, n - s), X, order, s + 2, n)
        _inputs(sc, X, order, s + 2, n)
        s += 2
    return n, n_epochs, OK


@njit(nogil=True, cache=True, fastmath=FAST)
def _inputs(sc, X, order, s, n):
    """Samples s and s + 1 (those that exist) into rows 0 and 1 as layer 0's activations."""
    for c in range(2):
        if s + c < n:
            x = X[order[s + c]]
            for i in range(x.shape[0]):
                sc.a[c, i] = x[i]


@njit(nogil=True, cache=True, fastmath=FAST)
def _first_layer_pass(net, rule, sc, pending, X, order, s_next, n):
    """Apply the update of the first `pending` (0, 1 or 2) samples of rows 0, 1 to W_ji and V_ji,
    then, from the updated rows, the next pair's dot products (samples s_next, s_next + 1 < n)."""
    d, p = net.sizes[0], net.sizes[1]
    has1, has2 = s_next < n, s_next + 1 < n
    x1 = sc.a[0, 0:d]
    y1 = X[order[s_next]] if has1 else x1
    y2 = X[order[s_next + 1]] if has2 else x1
    j = 0
    if pending == 2 and has2:  # the usual pass: rows two at a time (below), the last one alone
        j = _row_pairs(net, rule, sc, y1, y2)
    while j < p:
        _row(net, rule, sc, j, pending, y1, y2, has1, has2)
        j += 1


@njit(nogil=True, cache=True, fastmath=FAST)
def _row(net, rule, sc, j, pending, y1, y2, has1, has2):
    """Row j of W_ji and V_ji: the first `pending` samples' update, then W_j · y1 (+ w_j0) into
    pair[0, j], W_j · y2 and V_j · y2 into pair[1, j], pair[2, j] (those of existing samples)."""
    d = net.sizes[0]
    alpha, mu, lam = rule.alpha, rule.momentum, rule.l2
    w, v = net.params[j * d : (j + 1) * d], net.velocity[j * d : (j + 1) * d]  # w[i] is w_ji
    x1, x2 = sc.a[0, 0:d], sc.a[1, 0:d]
    # α δ_j of each sample: v ← μ v + α (δ_j x_i − λ w_ji) is written μ v + (α δ_j) x_i − (α λ) w_ji,
    # the same up to rounding (the tests hold it to the reference at 1e-12)
    ad1, ad2 = alpha * sc.d[0, sc.a_off[1] + j], alpha * sc.d[1, sc.a_off[1] + j]
    for c in range(pending):
        x, ad = (x1, ad1) if c == 0 else (x2, ad2)
        for i in range(d):  # with μ = 0 a stale v is not read (0 · inf would be NaN)
            v[i] = (mu * v[i] if mu != 0.0 else 0.0) + ad * x[i] - (alpha * lam) * w[i]
            w[i] += v[i]
    if has1:
        sc.pair[0, j] = _dot(w, y1) + net.params[net.b_off[0] + j]
    if has2:
        sc.pair[1, j] = _dot(w, y2)
        sc.pair[2, j] = _dot(v, y2) if mu != 0.0 else 0.0


@njit(nogil=True, cache=True, fastmath=FAST)
def _row_pairs(net, rule, sc, y1, y2):
    """Both samples' update of rows j, j + 1 together, with the next pair's dot products, in one
    loop over i: x1, x2, y1, y2 loaded once for two rows, each weight once for everything. With
    μ = 0 (L2 alone) v is not written here: it is the last update, which the call's final pass
    (_row) writes. Returns the first row not done."""
    d, p, a1 = net.sizes[0], net.sizes[1], sc.a_off[1]
    alpha, mu, lam = rule.alpha, rule.momentum, rule.l2
    P, V = net.params, net.velocity
    x1, x2 = sc.a[0, 0:d], sc.a[1, 0:d]
    al = alpha * lam
    keep = 1.0 - al  # (1 − αλ) w: what L2 leaves of a weight
    j = 0
    while j + 1 < p:
        r, q = P[j * d : (j + 1) * d], P[(j + 1) * d : (j + 2) * d]
        rv, qv = V[j * d : (j + 1) * d], V[(j + 1) * d : (j + 2) * d]
        ra1, ra2 = alpha * sc.d[0, a1 + j], alpha * sc.d[1, a1 + j]
        qa1, qa2 = alpha * sc.d[0, a1 + j + 1], alpha * sc.d[1, a1 + j + 1]
        r1, r2, rv2, q1, q2, qv2 = 0.0, 0.0, 0.0, 0.0, 0.0, 0.0
        if mu == 0.0:  # L2 alone: w ← (1 − αλ) w + α δ x, twice
            for i in range(d):
                u1, u2, z1, z2 = x1[i], x2[i], y1[i], y2[i]
                w1 = keep * r[i] + ra1 * u1
                w = w1 + (ra2 * u2 - al * w1)
                r[i] = w
                r1 += w * z1
                r2 += w * z2
                w1 = keep * q[i] + qa1 * u1
                w = w1 + (qa2 * u2 - al * w1)
                q[i] = w
                q1 += w * z1
                q2 += w * z2
        else:
            for i in range(d):
                u1, u2, z1, z2 = x1[i], x2[i], y1[i], y2[i]
                # the first sample, then the second
                v1 = mu * rv[i] + ra1 * u1 - al * r[i]
                w1 = r[i] + v1
                v = mu * v1 + ra2 * u2 - al * w1
                w = w1 + v
                rv[i], r[i] = v, w
                r1 += w * z1
                r2 += w * z2
                rv2 += v * z2
                v1 = mu * qv[i] + qa1 * u1 - al * q[i]
                w1 = q[i] + v1
                v = mu * v1 + qa2 * u2 - al * w1
                w = w1 + v
                qv[i], q[i] = v, w
                q1 += w * z1
                q2 += w * z2
                qv2 += v * z2
        b = net.b_off[0] + j
        sc.pair[0, j], sc.pair[1, j], sc.pair[2, j] = r1 + P[b], r2, rv2
        sc.pair[0, j + 1], sc.pair[1, j + 1], sc.pair[2, j + 1] = q1 + P[b + 1], q2, qv2
        j += 2
    return j


@njit(nogil=True, cache=True, fastmath=FAST)
def _last_update_as_velocity(net, rule, sc, x):
    """With μ = 0, V_ji is the last update α (δ_j x_i − λ w_ji) of the weights w before it; from
    the weights w' after it, w = (w' − α δ_j x_i) / (1 − αλ), so v = (α δ_j x_i − αλ w') / (1 − αλ).
    δ_j is in row 1 of sc.d (the last pair's second sample), x its input."""
    d, p = net.sizes[0], net.sizes[1]
    al = rule.alpha * rule.l2
    for j in range(p):
        ad = rule.alpha * sc.d[1, sc.a_off[1] + j]
        for i in range(d):
            net.velocity[j * d + i] = (ad * x[i] - al * net.params[j * d + i]) / (1.0 - al)


@njit(nogil=True, cache=True, fastmath=FAST)
def _dot(a, b):
    acc = 0.0
    for i in range(a.shape[0]):
        acc += a[i] * b[i]
    return acc


@njit(nogil=True, cache=True, fastmath=FAST)
def _update_sample(net, rule, sc, c):
    """The sample in row c's update of everything but W_ji: the biases w_j0 and all later layers,
    v ← μ v + α (δ aᵀ − λ W) (biases not decayed), W ← W + v."""
    sizes, P, V = net.sizes, net.params, net.velocity
    alpha, mu, lam = rule.alpha, rule.momentum, rule.l2
    for l in range(sizes.shape[0] - 1):
        n_from, a_in, a_out = sizes[l], sc.a_off[l], sc.a_off[l + 1]
        a = sc.a[c, a_in : a_in + n_from]
        for j in range(sizes[l + 1]):
            d_j = sc.d[c, a_out + j]
            if l > 0:
                w0 = net.w_off[l] + j * n_from
                w, v = P[w0 : w0 + n_from], V[w0 : w0 + n_from]
                for i in range(n_from):
                    v[i] = mu * v[i] + alpha * (d_j * a[i] - lam * w[i])
                    w[i] += v[i]
            bj = net.b_off[l] + j
            V[bj] = mu * V[bj] + alpha * d_j
            P[bj] += V[bj]
