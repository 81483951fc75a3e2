"""Momentum and L2 at B = 1, compiled: the first layer's weights updated two samples per pass.

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
    """As kernel.train_samples, for B = 1 with μ or λ not 0. Rows 0 and 1 of sc.a, sc.d hold the
    pair's first and second sample; sc.pair holds the first one's net_j and, for the second,
    W_j · x₂ and V_j · x₂ (before the first sample's update)."""
    n, state, X, order = chunk.order.shape[0], chunk.state, chunk.X, chunk.order
    d, p, a1 = net.sizes[0], net.sizes[1], sc.a_off[1]
    alpha, mu, lam = rule.alpha, rule.momentum, rule.l2
    n_epochs = 0
    if n == 0:
        return 0, 0, OK
    _inputs(sc, X, order, 0, n)
    _first_layer_pass(net, rule, sc, 0, X, order, 0, n)
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
            activate_layer(net, sc, 0, c)
            forward_from(net, sc, c, 1)
            # E_n, δ_k and the hidden δ from the weights before this sample's update
            E = output_delta(net, sc, chunk.T[order[s + c]], c)
            hidden_deltas(net, sc, c)
            if diverges(net, sc, c, alpha, E):
                _first_layer_pass(net, rule, sc, c, X, order, n, n)  # the pair's first, if it was applied
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
    alpha, mu, lam = rule.alpha, rule.momentum, rule.l2
    a1 = sc.a_off[1]
    P, V = net.params, net.velocity
    x1, x2 = sc.a[0, 0:d], sc.a[1, 0:d]
    has1, has2 = s_next < n, s_next + 1 < n
    y1 = X[order[s_next]] if has1 else x1
    y2 = X[order[s_next + 1]] if has2 else x1
    keep = 1.0 - alpha * lam  # (1 − αλ) w: what L2 leaves of a weight
    for j in range(p):
        w, v = P[j * d : (j + 1) * d], V[j * d : (j + 1) * d]  # row j: w[i] is w_ji
        # α δ_j of each sample: v ← μ v + α (δ_j x_i − λ w_ji) is written μ v + (α δ_j) x_i − (α λ) w_ji,
        # the same up to rounding (the tests hold it to the reference at 1e-12)
        ad1, ad2 = alpha * sc.d[0, a1 + j], alpha * sc.d[1, a1 + j]
        if pending == 2 and mu == 0.0:  # L2 alone: v is the update itself, w ← (1 − αλ) w + α δ x
            for i in range(d):
                w1 = keep * w[i] + ad1 * x1[i]
                v[i] = ad2 * x2[i] - (alpha * lam) * w1
                w[i] = w1 + v[i]
        elif pending == 2:
            for i in range(d):
                # the first sample, then the second
                v1 = mu * v[i] + ad1 * x1[i] - (alpha * lam) * w[i]
                w1 = w[i] + v1
                v[i] = mu * v1 + ad2 * x2[i] - (alpha * lam) * w1
                w[i] = w1 + v[i]
        elif pending == 1:
            for i in range(d):
                v[i] = mu * v[i] + ad1 * x1[i] - (alpha * lam) * w[i]
                w[i] += v[i]
        if has1:
            acc = 0.0
            for i in range(d):
                acc += w[i] * y1[i]
            sc.pair[0, j] = acc + P[net.b_off[0] + j]
        if has2:
            wy, vy = 0.0, 0.0
            if mu == 0.0:  # V · x₂ is not needed
                for i in range(d):
                    wy += w[i] * y2[i]
            else:
                for i in range(d):
                    wy += w[i] * y2[i]
                    vy += v[i] * y2[i]
            sc.pair[1, j] = wy
            sc.pair[2, j] = vy


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
