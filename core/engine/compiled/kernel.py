"""The hot loop of training any network in mini-batches (B ≥ 2), compiled with numba: many samples
per call, no GIL.

It is core/engine/backprop.py's arithmetic written as explicit loops over the flat buffers (laid
out by core/engine/param_layout.py), in the seed's order: a batch's samples forward, δ_k, δ_j, all
from the weights at the batch's start, then the batch's update. Its arguments are grouped and named
in buffers.py. (B = 1 runs in pairs.py, quads.py and the seed's own loops.)

A batch's samples keep their activations a and deltas δ in rows of the scratch; nothing is summed
while they run. Their forward pass goes four samples at a time (each weight loaded serves four).
At the batch's end each row j of each layer takes

    G_j ← G_j + Σ_b δ_jb a_b        (sample by sample, in order: the chain the reference sums)
    v_j ← μ v_j + α (G_j / B − λ w_j),  w_j ← w_j + v_j,  G_j ← 0

and with the seed's own rule (μ = λ = 0) the batch is folded: w_j ← w_j + Σ_b (α δ_jb / B) a_b, the
same chain summed into the weights themselves, without a gradient row or a pass to apply it (its
velocity, with μ = 0 the last update, summed again once at the call's end). A batch that a call or
a diverging sample leaves unfinished is added to G, as every path keeps it.
"""

from __future__ import annotations

import numpy as np

from core.engine.compiled.codes import DIVERGED, OK, TARGET_REACHED
from core.engine.compiled.layers import activate_layer, diverges, hidden_deltas, output_delta
from core.engine.compiled.unit_math import AVAILABLE, CHAIN, FAST, batch_length, end_epoch, njit  # noqa: F401 - re-exported


@njit(nogil=True, cache=True, fastmath=FAST)
def train_samples(net, rule, chunk, sc):
    """Train on X[order[s]], T[order[s]] for s = 0, 1, ... len(order) − 1, updating net in place.

    net, rule, chunk: buffers.Net, Rule, Chunk. sc: buffers.Scratch with two banks of R rows (R ≥
    the samples of a batch in this call): a batch's samples in one bank, the last batch folded
    kept in the other for its velocity. The batch is applied when B samples are in and at each
    epoch's end, whose mean E_n goes to chunk.epoch_E_out; chunk.state[2] is the number of samples
    of an unfinished batch already in net.grad.

    Returns (samples done, epochs finished, status). On DIVERGED the sample `samples done` was not
    trained: the weights are the last finite ones, the batch's samples before it wait in grad.
    """
    X, T, order, state = chunk.X, chunk.T, chunk.order, chunk.state
    n, B = order.shape[0], rule.batch_size
    L = net.sizes.shape[0] - 1
    R = sc.a.shape[0] // 2
    n_epochs = np.int64(0)  # int64, not a literal: numba compiles a callee once per literal argument
    if n == 0:
        return 0, 0, OK
    bank = np.int64(0)
    folded_at, folded_k, folded_scale = np.int64(0), np.int64(0), 0.0  # the last folded batch (k = 0: none)
    s = np.int64(0)
    while s < n:
        k = batch_length(chunk, s, B)
        o = bank * R
        for b in range(k):
            x = X[order[s + b]]
            for i in range(x.shape[0]):
                sc.a[o + b, i] = x[i]
        g = np.int64(0)
        while g < k:
            _forward_group(net, sc, o + g, min(4, k - g))
            g += 4
        for b in range(k):
            r = o + b
            activate_layer(net, sc, L - 1, r)
            E = output_delta(net, sc, T[order[s + b]], r)
            hidden_deltas(net, sc, r)  # from the weights at the batch's start
            if diverges(net, sc, r, rule.alpha, E, chunk.x_max[order[s + b]]):
                _add_to_grad(net, sc, o, b)  # the samples before it wait in grad
                state[2] += b
                _velocity_of_fold(net, sc, folded_at, folded_k, folded_scale)
                return s + b, n_epochs, DIVERGED
            chunk.E_out[s + b] = E
            state[0] += 1.0
            state[1] += E
        in_batch = int(state[2]) + k
        epoch_done = state[0] >= chunk.epoch_len
        if in_batch < B and not epoch_done:  # the call ends inside the batch
            _add_to_grad(net, sc, o, k)
            state[2] = in_batch
            _velocity_of_fold(net, sc, folded_at, folded_k, folded_scale)
            return n, n_epochs, OK
        reached = False
        if epoch_done:
            n_epochs, reached = end_epoch(state, chunk.epoch_len, chunk.epoch_E_out, n_epochs, chunk.target_E)
        fold = rule.momentum == 0.0 and rule.l2 == 0.0 and state[2] == 0.0
        state[2] = 0.0
        if fold:
            folded_at, folded_k, folded_scale = o, k, rule.alpha / in_batch
            _fold(net, sc, o, k, folded_scale)
            bank = 1 - bank  # keep its rows for _velocity_of_fold
        else:
            folded_k = 0
            _add_to_grad(net, sc, o, k)
            _apply(net, rule, in_batch)
        s += k
        if reached:
            _velocity_of_fold(net, sc, folded_at, folded_k, folded_scale)
            return s, n_epochs, TARGET_REACHED
    _velocity_of_fold(net, sc, folded_at, folded_k, folded_scale)
    return n, n_epochs, OK


@njit(nogil=True, cache=True, fastmath=FAST)
def _forward_group(net, sc, r0, g):
    """net = W a + b of every layer for the g (1 … 4) samples in rows r0 … r0 + g − 1 (their inputs
    in place), four samples a sweep: each weight loaded serves four. A group of fewer repeats its
    last row, so that every sample's sums come from this one loop wherever a call cut its batch.
    The hidden layers are activated; the output's nets are left for the sample's own turn
    (activate_layer keeps them in sc.z for an exact cross-entropy)."""
    sizes, P = net.sizes, net.params
    L = sizes.shape[0] - 1
    last = r0 + g - 1
    r1, r2, r3 = min(r0 + 1, last), min(r0 + 2, last), min(r0 + 3, last)
    for l in range(L):
        n_from, a_in, a_out = sizes[l], sc.a_off[l], sc.a_off[l + 1]
        y0, y1 = sc.a[r0, a_in : a_in + n_from], sc.a[r1, a_in : a_in + n_from]
        y2, y3 = sc.a[r2, a_in : a_in + n_from], sc.a[r3, a_in : a_in + n_from]
        for j in range(sizes[l + 1]):
            w = P[net.w_off[l] + j * n_from : net.w_off[l] + (j + 1) * n_from]  # row j: w[i] is w_ji
            c0 = c1 = c2 = c3 = 0.0
            for i in range(n_from):
                c0 += w[i] * y0[i]
                c1 += w[i] * y1[i]
                c2 += w[i] * y2[i]
                c3 += w[i] * y3[i]
            bias = P[net.b_off[l] + j]
            sc.a[r0, a_out + j] = c0 + bias
            if g > 1:
                sc.a[r1, a_out + j] = c1 + bias
            if g > 2:
                sc.a[r2, a_out + j] = c2 + bias
            if g > 3:
                sc.a[r3, a_out + j] = c3 + bias
        if l < L - 1:
            for r in range(g):
                activate_layer(net, sc, l, r0 + r)


@njit(nogil=True, cache=True, fastmath=CHAIN)
def _chain(t, sc, o, k, a_in, col, scale):
    """t ← t + Σ_b (scale δ_b) a_b over the k samples in rows o …: δ_b = sc.d[o + b, col], a_b =
    sc.a[o + b, a_in : a_in + len(t)]; sample by sample, in order, four a sweep (compiled without
    reassociation: the same sums as adding one sample at a time). scale = 1: t is a row of G."""
    n = t.shape[0]
    b = 0
    while b + 3 < k:
        r = o + b
        a0, a1 = sc.a[r, a_in : a_in + n], sc.a[r + 1, a_in : a_in + n]
        a2, a3 = sc.a[r + 2, a_in : a_in + n], sc.a[r + 3, a_in : a_in + n]
        c0, c1 = scale * sc.d[r, col], scale * sc.d[r + 1, col]
        c2, c3 = scale * sc.d[r + 2, col], scale * sc.d[r + 3, col]
        for i in range(n):
            t[i] = (((t[i] + c0 * a0[i]) + c1 * a1[i]) + c2 * a2[i]) + c3 * a3[i]
        b += 4
    while b < k:
        r = o + b
        a0, c0 = sc.a[r, a_in : a_in + n], scale * sc.d[r, col]
        for i in range(n):
            t[i] += c0 * a0[i]
        b += 1


@njit(nogil=True, cache=True, fastmath=CHAIN)
def _chain_bias(P, at, sc, o, k, col, scale):
    """P[at] ← P[at] + Σ_b scale δ_b, sample by sample (a bias, or its entry of G)."""
    acc = P[at]
    for b in range(k):
        acc += scale * sc.d[o + b, col]
    P[at] = acc


@njit(nogil=True, cache=True, fastmath=FAST)
def _add_to_grad(net, sc, o, k):
    """G ← G + Σ_b δ_b a_bᵀ for the k samples in rows o … (biases: G_j0 ← G_j0 + Σ_b δ_b)."""
    _sum_into(net.grad, sc, o, k, 1.0, net)


@njit(nogil=True, cache=True, fastmath=FAST)
def _fold(net, sc, o, k, scale):
    """W ← W + Σ_b (scale δ_b) a_bᵀ (biases alike) for the k samples in rows o …: with scale = α / B,
    the batch's update by the seed's rule, summed into the weights."""
    _sum_into(net.params, sc, o, k, scale, net)


L1_SHARE = 32 * 1024
"""Bytes of a batch's rows of a that _sum_into keeps in the L1 cache while every row of a layer
takes them: a batch whose rows are larger goes in tiles of inputs. On 784-256-128-10 at B = 8,
whole rows of 784 inputs (50 KB) came from the L2 cache again for each row, 10 % slower than in
tiles; at B = 4 (25 KB) whole rows are as fast, at 24 KB tiles made B = 4 4 % slower."""


@njit(nogil=True, cache=True, fastmath=FAST)
def _sum_into(P, sc, o, k, scale, net):
    """P ← P + Σ_b (scale δ_b) a_bᵀ over every layer's weights and biases, P laid out as net.params;
    where the batch's rows of a layer's input pass L1_SHARE, in tiles of inputs, each tile over
    every row (the same sums, element by element)."""
    sizes = net.sizes
    for l in range(sizes.shape[0] - 1):
        n_from, a_in, a_out = sizes[l], sc.a_off[l], sc.a_off[l + 1]
        tile = n_from if k * n_from * 8 <= L1_SHARE else max(64, L1_SHARE // (8 * k))
        for i0 in range(0, n_from, tile):
            i1 = min(n_from, i0 + tile)
            for j in range(sizes[l + 1]):
                w0 = net.w_off[l] + j * n_from
                _chain(P[w0 + i0 : w0 + i1], sc, o, k, a_in + i0, a_out + j, scale)
        for j in range(sizes[l + 1]):
            _chain_bias(P, net.b_off[l] + j, sc, o, k, a_out + j, scale)


@njit(nogil=True, cache=True, fastmath=FAST)
def _apply(net, rule, n_in_batch):
    """v ← μ v + α (G/n − λ W), W ← W + v, G ← 0 (n = n_in_batch); biases without the decay."""
    sizes, P, V, G = net.sizes, net.params, net.velocity, net.grad
    alpha, mu, lam = rule.alpha, rule.momentum, rule.l2
    for l in range(sizes.shape[0] - 1):
        n_from = sizes[l]
        for j in range(sizes[l + 1]):
            w0, bj = net.w_off[l] + j * n_from, net.b_off[l] + j
            w, v, g = P[w0 : w0 + n_from], V[w0 : w0 + n_from], G[w0 : w0 + n_from]
            if mu == 0.0:  # a stale v is not read (0 · inf would be NaN)
                for i in range(n_from):
                    v[i] = alpha * (g[i] / n_in_batch - lam * w[i])
                    w[i] += v[i]
                    g[i] = 0.0
                V[bj] = alpha * (G[bj] / n_in_batch)
            else:
                for i in range(n_from):
                    v[i] = mu * v[i] + alpha * (g[i] / n_in_batch - lam * w[i])
                    w[i] += v[i]
                    g[i] = 0.0
                V[bj] = mu * V[bj] + alpha * (G[bj] / n_in_batch)
            P[bj] += V[bj]
            G[bj] = 0.0


@njit(nogil=True, cache=True, fastmath=FAST)
def _velocity_of_fold(net, sc, o, k, scale):
    """With μ = 0 the velocity is the last update (core/engine/hyperparams.py), and a folded batch
    does not write it: V = Σ_b (scale δ_b) a_bᵀ of the k samples in rows o … (the last batch folded;
    k = 0: none), summed again as they were added to W. Once per call."""
    if k == 0:
        return
    V = net.velocity
    for i in range(V.shape[0]):
        V[i] = 0.0
    _sum_into(V, sc, o, k, scale, net)
