"""The seed's network, compiled: one hidden layer, sigmoid units, ½ SSE, one update per sample.

This is the seed derivation line for line (W_ji, w_j0, W_kj, w_k0, h_j, o_k, δ_k, δ_j, α), and
the trainer uses it whenever the setup is exactly the seed's — the app's default. Written for that
one case it runs about twice as fast as the general kernel in core/engine/compiled/kernel.py, whose arithmetic it
shares: the tests hold both, and the numpy reference, to 1e-12.
"""

from __future__ import annotations

import math

from core.engine.compiled.kernel import DIVERGED, FAST, OK, TARGET_REACHED, end_epoch, njit
from core.engine.compiled.seed_kernel_case import is_seed_case  # noqa: F401 - the case this kernel is for


@njit(nogil=True, cache=True, fastmath=FAST)
def train_seed(W_ji, w_j0, W_kj, w_k0, V_ji, v_j0, V_kj, v_k0, state, X, T, order, epoch_len, alpha, target_E,
               E_out, epoch_E_out, h, o, delta_k, delta_j):  # fmt: skip
    """Online backprop over X[order[s]], T[order[s]]; same contract as kernel.train_samples.

    W_ji (p, d), w_j0 (p,), W_kj (m, p), w_k0 (m,) are views into the network's flat buffer and
    are updated in place; V_ji, v_j0, V_kj, v_k0 (the velocity, same shapes) receive the last
    update, which is v when μ = 0. h, o, delta_k, delta_j are scratch of sizes p, m, m, p.
    """
    d, p, m = W_ji.shape[1], W_ji.shape[0], W_kj.shape[0]
    n_epochs = 0
    for s in range(order.shape[0]):
        x = X[order[s]]
        t = T[order[s]]
        # net_j = Σ_i w_ji x_i + w_j0 ;  h_j = σ(net_j)
        for j in range(p):
            net_j = w_j0[j]
            for i in range(d):
                net_j += W_ji[j, i] * x[i]
            h[j] = 1.0 / (1.0 + math.exp(-net_j)) if net_j >= 0.0 else math.exp(net_j) / (1.0 + math.exp(net_j))
        # net_k = Σ_j w_kj h_j + w_k0 ;  o_k = σ(net_k) ;  E_n = ½ Σ_k (t_k − o_k)²
        E_n = 0.0
        for k in range(m):
            net_k = w_k0[k]
            for j in range(p):
                net_k += W_kj[k, j] * h[j]
            o[k] = 1.0 / (1.0 + math.exp(-net_k)) if net_k >= 0.0 else math.exp(net_k) / (1.0 + math.exp(net_k))
            # δ_k = (t_k − o_k) o_k (1 − o_k)
            delta_k[k] = (t[k] - o[k]) * (o[k] * (1.0 - o[k]))
            E_n += 0.5 * (t[k] - o[k]) * (t[k] - o[k])
        if not math.isfinite(E_n):
            return s, n_epochs, DIVERGED
        # δ_j = h_j (1 − h_j) Σ_k w_kj δ_k   (from w_kj before this sample's update)
        for j in range(p):
            acc = 0.0
            for k in range(m):
                acc += W_kj[k, j] * delta_k[k]
            delta_j[j] = (h[j] * (1.0 - h[j])) * acc
        # Δw_kj = α δ_k h_j ;  Δw_k0 = α δ_k
        for k in range(m):
            a_dk = alpha * delta_k[k]
            for j in range(p):
                V_kj[k, j] = a_dk * h[j]
                W_kj[k, j] += V_kj[k, j]
            v_k0[k] = a_dk
            w_k0[k] += a_dk
        # Δw_ji = α δ_j x_i ;  Δw_j0 = α δ_j
        for j in range(p):
            a_dj = alpha * delta_j[j]
            for i in range(d):
                V_ji[j, i] = a_dj * x[i]
                W_ji[j, i] += V_ji[j, i]
            v_j0[j] = a_dj
            w_j0[j] += a_dj
        E_out[s] = E_n
        state[0] += 1.0
        state[1] += E_n
        if state[0] >= epoch_len:
            n_epochs, reached = end_epoch(state, epoch_len, epoch_E_out, n_epochs, target_E)
            if reached:
                return s + 1, n_epochs, TARGET_REACHED
    return order.shape[0], n_epochs, OK
