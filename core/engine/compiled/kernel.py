"""The hot loop of training for any network, compiled with numba: many samples per call, no GIL.

It is core/engine/backprop.py's arithmetic written as explicit loops over the flat buffers (laid
out by core/engine/param_layout.py), in the seed's order: forward, δ_k, δ_j from the weights
before the update, then the update. Its arguments are grouped and named in buffers.py.

One departure, for speed: each weight is touched once per sample. Row j of layer l is updated
with this sample's Δw and, while it is in the cache, gives the next sample's net_j (layer 0 first,
so the next sample's input to layer l + 1 is ready when that layer's rows are updated). The numbers
are those of a separate forward pass, which would read every weight a second time.
"""

from __future__ import annotations

import numpy as np

from core.engine.compiled.codes import DIVERGED, OK, TARGET_REACHED  # noqa: F401 - re-exported
from core.engine.compiled.layers import (
    activate_layer,
    diverges,
    forward,
    hidden_deltas,
    output_delta,
    velocity_of_last_update,
)  # fmt: skip
from core.engine.compiled.unit_math import AVAILABLE, FAST, end_epoch, njit  # noqa: F401 - re-exported


@njit(nogil=True, cache=True, fastmath=FAST)
def train_samples(net, rule, chunk, sc):
    """Train on X[order[s]], T[order[s]] for s = 0, 1, ... len(order) − 1, updating net in place.

    net, rule, chunk, sc: buffers.Net, Rule, Chunk, Scratch. The batch is applied when B samples
    are in and at each epoch's end, whose mean E_n goes to chunk.epoch_E_out.

    Returns (samples done, epochs finished, status). On DIVERGED the sample `samples done` was not
    applied: the weights are the last finite ones.
    """
    n = chunk.order.shape[0]
    state = chunk.state
    plain = rule.batch_size == 1 and rule.momentum == 0.0 and rule.l2 == 0.0
    n_epochs = np.int64(0)  # int64, not a literal: numba compiles a callee once per literal argument
    if n == 0:
        return 0, 0, OK
    forward(net, sc, chunk.X[chunk.order[0]], np.int64(0))
    for s in range(n):
        c = s % 2
        # ---- E_n and the output delta δ_k = −∂E_n/∂net_k ----
        E = output_delta(net, sc, chunk.T[chunk.order[s]], c)
        # ---- δ_j = f'(h_j) Σ_k w_kj δ_k, from the weights before this update ----
        hidden_deltas(net, sc, c)
        # ---- divergence: refuse an update that would make a weight non-finite ----
        if diverges(net, sc, c, rule.alpha, E, chunk.x_max[chunk.order[s]]):
            if plain:
                velocity_of_last_update(net, sc, s - 1, rule.alpha)
            return s, n_epochs, DIVERGED
        chunk.E_out[s] = E
        state[0] += 1.0
        state[1] += E
        state[2] += 1.0
        epoch_done = state[0] >= chunk.epoch_len
        apply = state[2] >= rule.batch_size or epoch_done
        # ---- update (Δw = α δ a, the seed's rule, or its batch/momentum/L2 form), fused with
        # the next sample's forward pass ----
        has_next = s + 1 < n
        if has_next:
            x = chunk.X[chunk.order[s + 1]]
            for i in range(x.shape[0]):
                sc.a[1 - c, i] = x[i]
        _update_and_forward_next(net, rule, sc, c, plain, apply, state[2], has_next)
        if apply:
            state[2] = 0.0
        if epoch_done:
            n_epochs, reached = end_epoch(state, chunk.epoch_len, chunk.epoch_E_out, n_epochs, chunk.target_E)
            if reached:
                if plain:
                    velocity_of_last_update(net, sc, s, rule.alpha)
                return s + 1, n_epochs, TARGET_REACHED
    if plain:
        velocity_of_last_update(net, sc, n - 1, rule.alpha)
    return n, n_epochs, OK


@njit(nogil=True, cache=True, fastmath=FAST)
def _update_and_forward_next(net, rule, sc, c, plain, apply, n_in_batch, has_next):
    """Apply this sample (row c) to every weight and, row by row, compute the next sample's forward
    pass (into the other row; its input is already there) from the updated weights.

    plain: W ← W + α δ aᵀ. B = 1 with μ or λ: v ← μ v + α (δ aᵀ − λ W), W ← W + v. B > 1:
    G ← G + δ aᵀ, and when `apply`: v ← μ v + α (G/n − λ W), W ← W + v, G ← 0 (n = n_in_batch).
    Biases take the same rule without the decay.
    """
    sizes, P, V, G = net.sizes, net.params, net.velocity, net.grad
    alpha, mu, lam = rule.alpha, rule.momentum, rule.l2
    nx = 1 - c
    for l in range(sizes.shape[0] - 1):
        n_from, a_in, a_out = sizes[l], sc.a_off[l], sc.a_off[l + 1]
        a = sc.a[c, a_in : a_in + n_from]  # this sample's input to layer l
        a_next = sc.a[nx, a_in : a_in + n_from]  # the next sample's
        for j in range(sizes[l + 1]):
            d_j = sc.d[c, a_out + j]
            w0, bj = net.w_off[l] + j * n_from, net.b_off[l] + j
            w = P[w0 : w0 + n_from]  # row j: w[i] is w_ji
            if plain:
                # Δw_ji = α δ_j a_i ;  Δw_j0 = α δ_j
                ad = alpha * d_j
                for i in range(n_from):
                    w[i] += ad * a[i]
                P[bj] += ad
            elif rule.batch_size == 1:
                v = V[w0 : w0 + n_from]
                for i in range(n_from):
                    v[i] = mu * v[i] + alpha * (d_j * a[i] - lam * w[i])
                    w[i] += v[i]
                V[bj] = mu * V[bj] + alpha * d_j
                P[bj] += V[bj]
            else:
                g = G[w0 : w0 + n_from]
                for i in range(n_from):
                    g[i] += d_j * a[i]
                G[bj] += d_j
                if apply:
                    v = V[w0 : w0 + n_from]
                    for i in range(n_from):
                        v[i] = mu * v[i] + alpha * (g[i] / n_in_batch - lam * w[i])
                        w[i] += v[i]
                        g[i] = 0.0
                    V[bj] = mu * V[bj] + alpha * (G[bj] / n_in_batch)
                    P[bj] += V[bj]
                    G[bj] = 0.0
            if has_next:
                # the next sample's net_j = Σ_i w_ji a_i + w_j0, from the row just updated
                acc = 0.0
                for i in range(n_from):
                    acc += w[i] * a_next[i]
                sc.a[nx, a_out + j] = acc + P[bj]
        if has_next:
            activate_layer(net, sc, l, nx)
