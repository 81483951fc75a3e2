"""Online training (B = 1) with momentum and no L2 of networks other than the seed's, compiled:
the first layer's weights and velocities moved through the cache once per four samples.

The first layer's pass is the seed's four-sample pass (core/engine/compiled/seed_quads.py, where
the algebra is written out): each weight gets the four samples' updates in turn, and the updated
rows give the next group's dot products D_k; sample k of a group then has

    net_j = D_k + Σ_{i<k} (1 + μ + … + μ^(k−1−i)) α δ_j(i) (x_i · x_k) + w_j0.

The later layers and the biases are updated sample by sample (core/engine/compiled/pairs.py's
_update_sample), their activations and δ computed by core/engine/compiled/layers.py for any
activation and loss. The tests hold this loop to the numpy reference at 1e-12.
"""

from __future__ import annotations

import numpy as np

from core.engine.compiled.codes import DIVERGED, OK, TARGET_REACHED
from core.engine.compiled.layers import activate_layer, diverges, forward_from, hidden_deltas, output_delta
from core.engine.compiled.pairs import _update_sample
from core.engine.compiled.seed_quads import apply_group, first_group, group_net, group_rows, next_group
from core.engine.compiled.unit_math import FAST, end_epoch, njit


@njit(nogil=True, cache=True, fastmath=FAST)
def train_quads(net, rule, chunk, sc, first, v_first, q, gram):
    """As kernel.train_samples, for B = 1, μ > 0, λ = 0. sc: buffers.Scratch with four rows (a
    group's samples); first, v_first: buffers.seed_weights of the weights and velocities (W_ji, w_j0:
    the first layer's); q: buffers.SeedScratch, four rows of δ_j (α-free) and five of
    net_j (the group's D_k); gram (4, 4): the group's x_i · x_k."""
    n, state, X, T, order = chunk.order.shape[0], chunk.state, chunk.X, chunk.T, chunk.order
    d, p, a1 = net.sizes[0], net.sizes[1], sc.a_off[1]
    alpha, mu = rule.alpha, rule.momentum
    n_epochs = np.int64(0)  # int64, not a literal: numba compiles a callee once per literal argument
    zero = np.int64(0)
    if n == 0:
        return 0, 0, OK
    first_group(first, v_first, alpha, mu, q, gram, X, order)
    s = np.int64(0)
    while s < n:
        g = min(4, n - s)
        x1, x2, x3, x4 = group_rows(X, order, s)
        for k in range(g):
            x = X[order[s + k]]
            for i in range(d):
                sc.a[k, i] = x[i]
            group_net(q, gram, alpha, mu, k, first.w_j0, sc.a[k, a1 : a1 + p])
            activate_layer(net, sc, zero, k)
            forward_from(net, sc, k, zero + 1)
            E = output_delta(net, sc, T[order[s + k]], k)  # from the weights before this sample's update
            hidden_deltas(net, sc, k)
            for j in range(p):
                q.delta_j[k, j] = sc.d[k, a1 + j]
            if diverges(net, sc, k, alpha, E, chunk.x_max[order[s + k]]):
                apply_group(first, v_first, alpha, mu, q, np.int64(k), x1, x2, x3, x4)  # those before it
                return s + k, n_epochs, DIVERGED
            chunk.E_out[s + k] = E
            state[0] += 1.0
            state[1] += E
            _update_sample(net, rule, sc, k)  # the biases and the later layers; W_ji comes with the pass
            if state[0] >= chunk.epoch_len:
                n_epochs, reached = end_epoch(state, chunk.epoch_len, chunk.epoch_E_out, n_epochs, chunk.target_E)
                if reached:
                    apply_group(first, v_first, alpha, mu, q, np.int64(k + 1), x1, x2, x3, x4)
                    return s + k + 1, n_epochs, TARGET_REACHED
        if s + g == n:  # the call's last group
            apply_group(first, v_first, alpha, mu, q, np.int64(g), x1, x2, x3, x4)
            return n, n_epochs, OK
        next_group(first, v_first, alpha, mu, q, gram, X, order, s, x1, x2, x3, x4)
        s += 4
    return n, n_epochs, OK
