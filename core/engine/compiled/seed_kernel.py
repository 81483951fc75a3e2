"""The seed's network, compiled: one hidden layer, sigmoid units, ½ SSE, one update per sample.

This is the seed derivation line for line (W_ji, w_j0, W_kj, w_k0, h_j, o_k, δ_k, δ_j, α), and
the trainer uses it whenever the setup is exactly the seed's — the app's default. One departure,
for speed: the big matrix W_ji is touched once per sample. Row j is updated with this sample's
Δw_ji = α δ_j x_i and, while it is in the cache, gives the next sample's net_j — the same numbers
as a separate forward pass, which would read W_ji a second time. The tests hold this kernel, the
general one (core/engine/compiled/kernel.py) and the numpy reference to 1e-12.
"""

from __future__ import annotations

import math

from core.engine.compiled.codes import DIVERGED, OK, TARGET_REACHED
from core.engine.compiled.seed_kernel_case import is_seed_case  # noqa: F401 - the case this kernel is for
from core.engine.compiled.unit_math import FAST, end_epoch, njit


@njit(nogil=True, cache=True, fastmath=FAST)
def _sigmoid(net):
    """σ(net) = 1 / (1 + exp(−net)), with exp only ever of −|net| (no overflow); NaN stays NaN."""
    if net >= 0.0:
        return 1.0 / (1.0 + math.exp(-net))
    e = math.exp(net)
    return e / (1.0 + e)


@njit(nogil=True, cache=True, fastmath=FAST)
def train_seed(weights, velocity, alpha, chunk, sc):
    """Online backprop over X[order[s]], T[order[s]]; same contract as kernel.train_samples.

    weights, velocity: buffers.SeedWeights, views into the network's flat buffers, updated in
    place; the velocity receives the last sample's update (v when μ = 0). chunk: buffers.Chunk.
    sc: buffers.SeedScratch.
    """
    W_ji, w_j0, W_kj, w_k0 = weights
    X, T, order, epoch_len, target_E, state, E_out, epoch_E_out = chunk
    h, o, delta_k, delta_j, net_j = sc
    d, p, m = W_ji.shape[1], W_ji.shape[0], W_kj.shape[0]
    n = order.shape[0]
    n_epochs = 0
    if n == 0:
        return 0, 0, OK
    # net_j = Σ_i w_ji x_i + w_j0   of the first sample (later ones come with the update of W_ji)
    x = X[order[0]]
    for j in range(p):
        acc = w_j0[j]
        for i in range(d):
            acc += W_ji[j, i] * x[i]
        net_j[j] = acc
    for s in range(n):
        c = s % 2
        x, t = X[order[s]], T[order[s]]
        # h_j = σ(net_j)
        for j in range(p):
            h[c, j] = _sigmoid(net_j[j])
        # net_k = Σ_j w_kj h_j + w_k0 ;  o_k = σ(net_k) ;  E_n = ½ Σ_k (t_k − o_k)²
        E_n = 0.0
        for k in range(m):
            net_k = w_k0[k]
            for j in range(p):
                net_k += W_kj[k, j] * h[c, j]
            o[k] = _sigmoid(net_k)
            # δ_k = (t_k − o_k) o_k (1 − o_k)
            delta_k[c, k] = (t[k] - o[k]) * (o[k] * (1.0 - o[k]))
            E_n += 0.5 * (t[k] - o[k]) * (t[k] - o[k])
        if not math.isfinite(E_n):
            _velocity_of_last_update(velocity, X, order, s - 1, alpha, h, delta_k, delta_j)
            return s, n_epochs, DIVERGED
        # δ_j = h_j (1 − h_j) Σ_k w_kj δ_k   (from w_kj before this sample's update)
        for j in range(p):
            acc = 0.0
            for k in range(m):
                acc += W_kj[k, j] * delta_k[c, k]
            delta_j[c, j] = (h[c, j] * (1.0 - h[c, j])) * acc
        # Δw_kj = α δ_k h_j ;  Δw_k0 = α δ_k
        for k in range(m):
            a_dk = alpha * delta_k[c, k]
            for j in range(p):
                W_kj[k, j] += a_dk * h[c, j]
            w_k0[k] += a_dk
        # Δw_ji = α δ_j x_i ;  Δw_j0 = α δ_j   — and the next sample's net_j from the updated row
        x_next = X[order[s + 1]] if s + 1 < n else x
        for j in range(p):
            a_dj = alpha * delta_j[c, j]
            acc = 0.0
            for i in range(d):
                W_ji[j, i] += a_dj * x[i]
                acc += W_ji[j, i] * x_next[i]
            w_j0[j] += a_dj
            net_j[j] = acc + w_j0[j]
        E_out[s] = E_n
        state[0] += 1.0
        state[1] += E_n
        if state[0] >= epoch_len:
            n_epochs, reached = end_epoch(state, epoch_len, epoch_E_out, n_epochs, target_E)
            if reached:
                _velocity_of_last_update(velocity, X, order, s, alpha, h, delta_k, delta_j)
                return s + 1, n_epochs, TARGET_REACHED
    _velocity_of_last_update(velocity, X, order, n - 1, alpha, h, delta_k, delta_j)
    return n, n_epochs, OK


@njit(nogil=True, cache=True, fastmath=FAST)
def _velocity_of_last_update(velocity, X, order, s, alpha, h, delta_k, delta_j):
    """With μ = 0 the velocity is the last update: v_kj = α δ_k h_j, v_ji = α δ_j x_i of sample s.

    Written once at the end of a call rather than for every sample (which would touch every weight
    twice); sample s's h, δ_k and δ_j are still in row s % 2 (a diverging s + 1 used the other).
    """
    if s < 0:
        return
    V_ji, v_j0, V_kj, v_k0 = velocity
    c = s % 2
    x = X[order[s]]
    p, m = V_ji.shape[0], V_kj.shape[0]
    for j in range(p):
        a_dj = alpha * delta_j[c, j]
        for i in range(x.shape[0]):
            V_ji[j, i] = a_dj * x[i]
        v_j0[j] = a_dj
    for k in range(m):
        a_dk = alpha * delta_k[c, k]
        for j in range(p):
            V_kj[k, j] = a_dk * h[c, j]
        v_k0[k] = a_dk
