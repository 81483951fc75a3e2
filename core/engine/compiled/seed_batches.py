"""The seed's network in mini-batches, compiled: the seed kernel's update rule applied once per batch.

A batch of B samples is trained on fixed weights; its gradient G = Σ_b δ_b a_bᵀ is applied once,
by the rule of core/engine/hyperparams.py: v ← μ v + α (G/B − λ W) (biases not decayed), W ← W + v.
For the big matrix W_ji the gradient is never stored as a matrix while a batch is whole inside a
call: it is the batch's δ_j (B numbers per row) and its inputs, and one pass over W_ji per batch

    row j:  g = Σ_b δ_jb x_b                      (the batch's gradient of row j, in the L1 cache)
            v_j ← μ v_j + α (g / B − λ w_j),  w_j ← w_j + v_j
            net_j(y_b) = w_j · y_b + w_j0          for each sample y_b of the next batch

applies the update and gives the next batch's forward pass, each weight read and written once per
batch. That is a pair of matrix products, fused, done in blocks of four rows by four samples so
that each weight loaded serves four samples and each input four rows; the inputs of the batch after
next are prefetched during the pass. Only a batch cut by the end of a call (or by divergence) is
added to opt.grad as a matrix, as the other paths keep it.

With the seed's own rule (μ = λ = 0) the update is v = α g / B, and a whole batch is folded:

    row j:  w_j ← w_j + Σ_b (α δ_jb / B) x_b        (sample by sample, in the samples' order)

the same sum of multiply-adds as g, summed into w_j itself, so the batch costs what the online rule
costs: one multiply-add per weight and sample for the update, one for the next forward pass. Its
velocity (with μ = 0, the last update) is summed again from the batch's α δ_j / B once at the
call's end. The tests hold this kernel to the numpy reference at 1e-12.
"""

from __future__ import annotations

import numpy as np

from core.engine.compiled.codes import DIVERGED, OK, TARGET_REACHED
from core.engine.compiled.seed_kernel import diverges, forward_backward
from core.engine.compiled.seed_kernel_case import SUB_BATCH as SUB
from core.engine.compiled.unit_math import CHAIN, FAST, batch_length, end_epoch, njit, prefetch


@njit(nogil=True, cache=True, fastmath=FAST)
def train_seed_batches(weights, velocity, grad, rule, chunk, sc):
    """Mini-batch backprop over X[order[s]], T[order[s]]; same contract as kernel.train_samples.

    weights, velocity, grad: buffers.SeedWeights views of the network's and optimiser's flat
    buffers. rule: buffers.Rule. chunk: buffers.Chunk; state[2] is the number of samples of an
    unfinished batch already in grad. sc: buffers.SeedBatchScratch, rows for a whole batch.
    """
    X, T, order, state = chunk.X, chunk.T, chunk.order, chunk.state
    n, B = order.shape[0], rule.batch_size
    n_epochs = np.int64(0)  # int64, not a literal: numba compiles a callee once per literal argument
    if n == 0:
        return 0, 0, OK
    s = np.int64(0)
    folded_s, folded_k = np.int64(0), np.int64(0)  # the last batch _apply folded into W_ji (k = 0: none)
    k = batch_length(chunk, s, B)
    _forward_batch(weights, X, order, s, k, sc, B == 2)  # the first batch's net_j, as _apply gives the later ones
    while s < n:
        # the batch's samples, on the weights of its start
        for b in range(k):
            E_n = forward_backward(weights.W_kj, weights.w_k0, sc.net[b], sc.h[b], sc.delta_k[b], sc.delta_j[b],
                                   T[order[s + b]])  # fmt: skip
            if diverges(E_n, chunk.x_max[order[s + b]], rule.alpha, sc.h, sc.delta_k, sc.delta_j, b):
                _add_to_grad(grad, X, order, s, b, sc)  # the samples before it wait in grad
                state[2] += b
                _velocity_of_fold(velocity, X, order, folded_s, folded_k, sc)
                return s + b, n_epochs, DIVERGED
            chunk.E_out[s + b] = E_n
            state[0] += 1.0
            state[1] += E_n
        in_batch = int(state[2]) + k
        epoch_done = state[0] >= chunk.epoch_len
        if in_batch < B and not epoch_done:  # the call ends inside the batch
            _add_to_grad(grad, X, order, s, k, sc)
            state[2] = in_batch
            _velocity_of_fold(velocity, X, order, folded_s, folded_k, sc)
            return n, n_epochs, OK
        reached = False
        if epoch_done:
            n_epochs, reached = end_epoch(state, chunk.epoch_len, chunk.epoch_E_out, n_epochs, chunk.target_E)
        had_grad = state[2] > 0
        state[2] = 0
        s_next = s + k
        k_next = 0 if reached else batch_length(chunk, s_next, B)
        folded = _apply(weights, velocity, grad, rule, X, order, s, k, in_batch, had_grad, s_next, k_next, sc)
        folded_s, folded_k = s, (k if folded else 0)
        s = s_next
        k = k_next
        if reached:
            _velocity_of_fold(velocity, X, order, folded_s, folded_k, sc)
            return s, n_epochs, TARGET_REACHED
    _velocity_of_fold(velocity, X, order, folded_s, folded_k, sc)
    return n, n_epochs, OK


@njit(nogil=True, cache=True, fastmath=FAST)
def _block(p, j):
    """Rows in the block from row j: four, then two, then one (the blocked loops serve four and two)."""
    left = p - j
    return 4 if left >= 4 else 2 if left >= 2 else 1


@njit(nogil=True, cache=True, fastmath=FAST)
def _blocks(p):
    """How many blocks _block cuts p rows into."""
    count, j = 0, 0
    while j < p:
        j += _block(p, j)
        count += 1
    return count


@njit(nogil=True, cache=True, fastmath=CHAIN)
def _add_to_grad(grad, X, order, s, k, sc):
    """G += Σ_b δ_b a_bᵀ for samples s … s + k − 1 (a batch the call leaves unfinished)."""
    G_ji, g_j0, G_kj, g_k0 = grad
    for b in range(k):
        x = X[order[s + b]]
        for j in range(G_ji.shape[0]):
            dj = sc.delta_j[b, j]
            for i in range(x.shape[0]):
                G_ji[j, i] += dj * x[i]
            g_j0[j] += dj
        for kk in range(G_kj.shape[0]):
            dk = sc.delta_k[b, kk]
            for j in range(G_kj.shape[1]):
                G_kj[kk, j] += dk * sc.h[b, j]
            g_k0[kk] += dk


@njit(nogil=True, cache=True, fastmath=FAST)
def _apply(weights, velocity, grad, rule, X, order, s, k, in_batch, had_grad, s_next, k_next, sc):
    """v ← μ v + α (G/B − λ W), W ← W + v with G = grad (if had_grad) + the k samples from s, B =
    in_batch; grad cleared; then net_j of the k_next samples from s_next (the next batch).

    With μ = λ = 0 a whole batch (none of it in grad) is folded: W_ji ← W_ji + Σ_b (α δ_jb / B) x_b,
    sample by sample, as the online rule adds each sample's update, without a gradient matrix or a
    second pass to apply it, and its velocity is left to _velocity_of_fold. Returns whether it was."""
    alpha, mu, lam = rule.alpha, rule.momentum, rule.l2
    inv = 1.0 / in_batch  # g · (1/B): the reference's g / B up to one rounding
    fold = mu == 0.0 and lam == 0.0 and not had_grad
    if fold:
        c = alpha * inv
        for b in range(k):
            for j in range(sc.fold.shape[1]):
                sc.fold[b, j] = c * sc.delta_j[b, j]
    # the small layer and the biases first (the next batch's net_j needs the new w_j0): their batch
    # gradient summed sample by sample, in the order the reference sums it, along contiguous rows
    W_kj, w_k0, w_j0 = weights.W_kj, weights.w_k0, weights.w_j0
    V_kj, v_k0, v_j0 = velocity.W_kj, velocity.w_k0, velocity.w_j0
    G_kj, g_k0, g_j0 = grad.W_kj, grad.w_k0, grad.w_j0
    if not had_grad:
        G_kj[:, :] = 0.0
        g_k0[:] = 0.0
        g_j0[:] = 0.0
    for b in range(k):
        h, delta_k, delta_j = sc.h[b], sc.delta_k[b], sc.delta_j[b]
        for kk in range(W_kj.shape[0]):
            dk = delta_k[kk]
            g_k0[kk] += dk
            for j in range(W_kj.shape[1]):
                G_kj[kk, j] += dk * h[j]
        for j in range(w_j0.shape[0]):
            g_j0[j] += delta_j[j]
    for kk in range(W_kj.shape[0]):
        v_k0[kk] = mu * v_k0[kk] + alpha * (g_k0[kk] * inv) if mu != 0.0 else alpha * (g_k0[kk] * inv)
        w_k0[kk] += v_k0[kk]
        g_k0[kk] = 0.0
        for j in range(W_kj.shape[1]):
            v = alpha * (G_kj[kk, j] * inv - lam * W_kj[kk, j])
            if mu != 0.0:
                v += mu * V_kj[kk, j]
            V_kj[kk, j] = v
            W_kj[kk, j] += v
            G_kj[kk, j] = 0.0
    for j in range(w_j0.shape[0]):
        v_j0[j] = mu * v_j0[j] + alpha * (g_j0[j] * inv) if mu != 0.0 else alpha * (g_j0[j] * inv)
        w_j0[j] += v_j0[j]
        g_j0[j] = 0.0
    # W_ji four rows at a time (then two, then one): the batch's gradient of the rows, the update, the
    # next batch's net_j
    p = weights.W_ji.shape[0]
    j = np.int64(0)  # not a literal: numba would compile the row functions for j = 0 apart
    blocks = _blocks(p)  # the prefetch is spread over them
    part = np.int64(0)
    ahead = s_next + k_next  # the batch after the next one: its inputs come in during this pass
    n_ahead = min(rule.batch_size, order.shape[0] - ahead)
    at = np.int64(0)
    if k <= SUB and k_next <= SUB:  # both batches' inputs stay in the L2 cache: one sweep a row block
        while j < p:
            rows = _block(p, j)
            _prefetch_rows(X, order, ahead, n_ahead, part, blocks)
            part += 1
            if fold:
                _accumulate(weights.W_ji, j, rows, X, order, s, k, sc.fold, j)
            else:
                _gradient_rows(grad, had_grad, X, order, s, k, sc, j, rows, at)
                _update_rows(weights, velocity, rule, inv, sc.grad_rows, np.int64(0), j, rows)
            _forward_rows(weights, X, order, s_next, k_next, sc, j, rows, at, rule.batch_size == 2)
            j += rows
        return fold
    # Larger batches go SUB samples at a time past every row block, so that the inputs swept over
    # stay in the L2 cache (a batch of 128 is 800 KB of MNIST inputs), summed into grad's rows in
    # place (or, folded, into W_ji's): the same sums in the same order as in one sweep.
    G_ji, coefficients = (weights.W_ji, sc.fold) if fold else (grad.W_ji, sc.delta_j)
    if not had_grad and not fold:
        G_ji[:, :] = 0.0
    while k - at > SUB:
        j = np.int64(0)
        while j < p:
            rows = _block(p, j)
            _accumulate(G_ji, j, rows, X, order, s + at, SUB, coefficients[at:], j)
            j += rows
        at += SUB
    j = np.int64(0)
    while j < p:
        rows = _block(p, j)
        _prefetch_rows(X, order, ahead, n_ahead, part, blocks)
        part += 1
        _accumulate(G_ji, j, rows, X, order, s + at, k - at, coefficients[at:], j)
        if not fold:
            _update_rows(weights, velocity, rule, inv, G_ji, j, j, rows)
            for r in range(rows):
                G_ji[j + r, :] = 0.0
        j += rows
    _forward_batch(weights, X, order, s_next, k_next, sc, rule.batch_size == 2)
    return fold


@njit(nogil=True, cache=True, fastmath=FAST)
def _velocity_of_fold(velocity, X, order, s, k, sc):
    """With μ = 0 the velocity is the last update (core/engine/hyperparams.py), and _apply does not
    write it for a folded batch: V_ji = Σ_b (α δ_jb / B) x_b of the k samples from s (the last batch
    folded; k = 0: none), summed again from sc.fold as they were added to W_ji. Once per call."""
    if k == 0:
        return
    V_ji = velocity.W_ji
    p = V_ji.shape[0]
    for j in range(p):
        for i in range(V_ji.shape[1]):
            V_ji[j, i] = 0.0
    j = np.int64(0)
    while j < p:
        rows = _block(p, j)
        _accumulate(V_ji, j, rows, X, order, s, k, sc.fold, j)
        j += rows


@njit(nogil=True, cache=True, fastmath=FAST)
def _forward_batch(weights, X, order, s, k, sc, pairs):
    """net_j of the k samples from s into sc.net, SUB samples at a time past every row block (in
    sweeps of two samples for batches of two: _forward_rows)."""
    p = weights.W_ji.shape[0]
    at = np.int64(0)
    while at < k:
        part = min(SUB, k - at)
        j = np.int64(0)
        while j < p:
            rows = _block(p, j)
            _forward_rows(weights, X, order, s + at, part, sc, j, rows, at, pairs)
            j += rows
        at += part


@njit(nogil=True, cache=True, fastmath=FAST)
def _prefetch_rows(X, order, s, k, part, parts):
    """Prefetch the part-th of `parts` equal slices of the cache lines of samples s … s + k − 1."""
    if k <= 0:
        return
    per_row = (X.shape[1] + 7) // 8  # 8 float64 per 64-byte line
    total = k * per_row
    first, end = total * part // parts, total * (part + 1) // parts
    row, line = first // per_row, first % per_row  # two divisions a call, none a line
    left = end - first
    while left > 0:
        x = X[order[s + row]]
        stop = min(per_row, line + left)
        for c in range(line, stop):
            prefetch(x, c * 8)
        left -= stop - line
        row, line = row + 1, 0


@njit(nogil=True, cache=True, fastmath=FAST)
def _gradient_rows(grad, had_grad, X, order, s, k, sc, j, rows, at):
    """sc.grad_rows[r] = G_ji[j + r] (if had_grad, then cleared) + Σ_b δ_j+r,b x_b over the batch's
    k samples from s, whose δ_j are rows at … at + k − 1 of sc.delta_j."""
    g, G_ji = sc.grad_rows, grad.W_ji
    for r in range(rows):
        if had_grad:
            for i in range(G_ji.shape[1]):  # not g[r, :] = G_ji[j + r]: an array copy needs numba's runtime
                g[r, i] = G_ji[j + r, i]
            G_ji[j + r, :] = 0.0
        else:
            g[r, :] = 0.0
    _accumulate(g, np.int64(0), rows, X, order, s, k, sc.delta_j[at:], j)


@njit(nogil=True, cache=True, fastmath=CHAIN)
def _accumulate(g, at, rows, X, order, s, k, delta_j, j):
    """g[at + r] += Σ_b δ_j+r,b x_b for r < rows over the k samples from s (δ_j in delta_j's rows
    0 … k − 1). Four rows by four samples per sweep: each x_i loaded serves four rows."""
    b = 0
    if rows == 4:
        b = _four_by_four(g[at], g[at + 1], g[at + 2], g[at + 3], X, order, s, k, delta_j, j)
    elif rows == 2:
        b = _two_by_four(g[at], g[at + 1], X, order, s, k, delta_j, j)
    d = g.shape[1]
    while b + 1 < k:  # two samples left over (or a batch of two or three): two a sweep
        x0, x1 = X[order[s + b]], X[order[s + b + 1]]
        for r in range(rows):
            a0, a1, gr = delta_j[b, j + r], delta_j[b + 1, j + r], g[at + r]
            for i in range(d):
                gr[i] = (gr[i] + a0 * x0[i]) + a1 * x1[i]
        b += 2
    while b < k:
        x0 = X[order[s + b]]
        for r in range(rows):
            a = delta_j[b, j + r]
            for i in range(d):
                g[at + r, i] += a * x0[i]
        b += 1


@njit(nogil=True, cache=True, fastmath=CHAIN)
def _four_by_four(g0, g1, g2, g3, X, order, s, k, delta_j, j):
    """g_r += Σ_b δ_j+r,b x_b for rows j … j + 3, samples s … s + 4⌊k/4⌋ − 1, four by four; returns
    the samples done. In its own function: written out inside _gradient_rows, beside its other
    loops over g, LLVM compiled this loop to run at half the speed (20 against 40 G multiplies/s)."""
    b = 0
    d = g0.shape[0]
    while b + 3 < k:
        x0, x1, x2, x3 = X[order[s + b]], X[order[s + b + 1]], X[order[s + b + 2]], X[order[s + b + 3]]
        a00, a01, a02, a03 = delta_j[b, j], delta_j[b + 1, j], delta_j[b + 2, j], delta_j[b + 3, j]
        a10, a11, a12, a13 = delta_j[b, j + 1], delta_j[b + 1, j + 1], delta_j[b + 2, j + 1], delta_j[b + 3, j + 1]
        a20, a21, a22, a23 = delta_j[b, j + 2], delta_j[b + 1, j + 2], delta_j[b + 2, j + 2], delta_j[b + 3, j + 2]
        a30, a31, a32, a33 = delta_j[b, j + 3], delta_j[b + 1, j + 3], delta_j[b + 2, j + 3], delta_j[b + 3, j + 3]
        for i in range(d):  # each sum sample by sample, as _add_to_grad adds them
            u0, u1, u2, u3 = x0[i], x1[i], x2[i], x3[i]
            g0[i] = (((g0[i] + a00 * u0) + a01 * u1) + a02 * u2) + a03 * u3
            g1[i] = (((g1[i] + a10 * u0) + a11 * u1) + a12 * u2) + a13 * u3
            g2[i] = (((g2[i] + a20 * u0) + a21 * u1) + a22 * u2) + a23 * u3
            g3[i] = (((g3[i] + a30 * u0) + a31 * u1) + a32 * u2) + a33 * u3
        b += 4
    return b


@njit(nogil=True, cache=True, fastmath=CHAIN)
def _two_by_four(g0, g1, X, order, s, k, delta_j, j):
    """_four_by_four for the two rows j, j + 1 (a network whose p leaves two rows over, as 30 does)."""
    b = 0
    d = g0.shape[0]
    while b + 3 < k:
        x0, x1, x2, x3 = X[order[s + b]], X[order[s + b + 1]], X[order[s + b + 2]], X[order[s + b + 3]]
        a00, a01, a02, a03 = delta_j[b, j], delta_j[b + 1, j], delta_j[b + 2, j], delta_j[b + 3, j]
        a10, a11, a12, a13 = delta_j[b, j + 1], delta_j[b + 1, j + 1], delta_j[b + 2, j + 1], delta_j[b + 3, j + 1]
        for i in range(d):  # each sum sample by sample, as _add_to_grad adds them
            u0, u1, u2, u3 = x0[i], x1[i], x2[i], x3[i]
            g0[i] = (((g0[i] + a00 * u0) + a01 * u1) + a02 * u2) + a03 * u3
            g1[i] = (((g1[i] + a10 * u0) + a11 * u1) + a12 * u2) + a13 * u3
        b += 4
    return b


@njit(nogil=True, cache=True, fastmath=FAST)
def _update_rows(weights, velocity, rule, inv, g, at, j, rows):
    """v ← μ v + α (g/B − λ w), w ← w + v for rows j … j + rows − 1 of W_ji, their g rows at … at +
    rows − 1 of g (sc.grad_rows, or grad's rows themselves)."""
    alpha, mu, lam = rule.alpha, rule.momentum, rule.l2
    for r in range(rows):
        w, vj, gr = weights.W_ji[j + r], velocity.W_ji[j + r], g[at + r]
        if mu == 0.0:  # a stale v is not read (0 · inf would be NaN)
            for i in range(w.shape[0]):
                v = alpha * (gr[i] * inv - lam * w[i])
                vj[i] = v
                w[i] += v
        else:
            for i in range(w.shape[0]):
                v = mu * vj[i] + alpha * (gr[i] * inv - lam * w[i])
                vj[i] = v
                w[i] += v


@njit(nogil=True, cache=True, fastmath=FAST)
def _forward_rows(weights, X, order, s, k, sc, j, rows, at, pairs):
    """net_j = w_j · y_b + w_j0 of rows j … j + rows − 1 for the k samples from s (the next batch),
    into rows at … at + k − 1 of sc.net. Four rows by four samples per sweep: sixteen sums, each
    weight and each y_i loaded once for four. A last sweep of fewer than four samples repeats its
    last one: every sample's sum comes from the same loop, so that it does not depend on where a
    call cut the batch (a call starts with _forward_batch). pairs (batches of two, every sweep of
    a run): four rows by two samples, which would repeat half of a sweep of four."""
    W_ji, w_j0, net = weights.W_ji, weights.w_j0, sc.net[at:]
    d = W_ji.shape[1]
    b = 0
    last = k - 1
    if rows == 4 and pairs:
        w0, w1, w2, w3 = W_ji[j], W_ji[j + 1], W_ji[j + 2], W_ji[j + 3]
        while b < k:
            y0, y1 = X[order[s + b]], X[order[s + min(b + 1, last)]]
            c00 = c01 = c10 = c11 = c20 = c21 = c30 = c31 = 0.0
            for i in range(d):
                z0, z1 = y0[i], y1[i]
                c00 += w0[i] * z0
                c01 += w0[i] * z1
                c10 += w1[i] * z0
                c11 += w1[i] * z1
                c20 += w2[i] * z0
                c21 += w2[i] * z1
                c30 += w3[i] * z0
                c31 += w3[i] * z1
            b0, b1, b2, b3 = w_j0[j], w_j0[j + 1], w_j0[j + 2], w_j0[j + 3]
            net[b, j], net[b, j + 1], net[b, j + 2], net[b, j + 3] = c00 + b0, c10 + b1, c20 + b2, c30 + b3
            if b + 1 < k:
                net[b + 1, j], net[b + 1, j + 1] = c01 + b0, c11 + b1
                net[b + 1, j + 2], net[b + 1, j + 3] = c21 + b2, c31 + b3
            b += 2
    elif rows == 4:
        w0, w1, w2, w3 = W_ji[j], W_ji[j + 1], W_ji[j + 2], W_ji[j + 3]
        while b < k:
            y0, y1 = X[order[s + b]], X[order[s + min(b + 1, last)]]
            y2, y3 = X[order[s + min(b + 2, last)]], X[order[s + min(b + 3, last)]]
            c00 = c01 = c02 = c03 = c10 = c11 = c12 = c13 = 0.0
            c20 = c21 = c22 = c23 = c30 = c31 = c32 = c33 = 0.0
            for i in range(d):
                z0, z1, z2, z3 = y0[i], y1[i], y2[i], y3[i]
                c00 += w0[i] * z0
                c01 += w0[i] * z1
                c02 += w0[i] * z2
                c03 += w0[i] * z3
                c10 += w1[i] * z0
                c11 += w1[i] * z1
                c12 += w1[i] * z2
                c13 += w1[i] * z3
                c20 += w2[i] * z0
                c21 += w2[i] * z1
                c22 += w2[i] * z2
                c23 += w2[i] * z3
                c30 += w3[i] * z0
                c31 += w3[i] * z1
                c32 += w3[i] * z2
                c33 += w3[i] * z3
            b0, b1, b2, b3 = w_j0[j], w_j0[j + 1], w_j0[j + 2], w_j0[j + 3]
            net[b, j], net[b, j + 1], net[b, j + 2], net[b, j + 3] = c00 + b0, c10 + b1, c20 + b2, c30 + b3
            if b + 1 < k:
                net[b + 1, j], net[b + 1, j + 1] = c01 + b0, c11 + b1
                net[b + 1, j + 2], net[b + 1, j + 3] = c21 + b2, c31 + b3
            if b + 2 < k:
                net[b + 2, j], net[b + 2, j + 1] = c02 + b0, c12 + b1
                net[b + 2, j + 2], net[b + 2, j + 3] = c22 + b2, c32 + b3
            if b + 3 < k:
                net[b + 3, j], net[b + 3, j + 1] = c03 + b0, c13 + b1
                net[b + 3, j + 2], net[b + 3, j + 3] = c23 + b2, c33 + b3
            b += 4
    elif rows == 2:
        w0, w1 = W_ji[j], W_ji[j + 1]
        while b < k:
            y0, y1 = X[order[s + b]], X[order[s + min(b + 1, last)]]
            y2, y3 = X[order[s + min(b + 2, last)]], X[order[s + min(b + 3, last)]]
            c00 = c01 = c02 = c03 = c10 = c11 = c12 = c13 = 0.0
            for i in range(d):
                z0, z1, z2, z3 = y0[i], y1[i], y2[i], y3[i]
                c00 += w0[i] * z0
                c01 += w0[i] * z1
                c02 += w0[i] * z2
                c03 += w0[i] * z3
                c10 += w1[i] * z0
                c11 += w1[i] * z1
                c12 += w1[i] * z2
                c13 += w1[i] * z3
            b0, b1 = w_j0[j], w_j0[j + 1]
            net[b, j], net[b, j + 1] = c00 + b0, c10 + b1
            if b + 1 < k:
                net[b + 1, j], net[b + 1, j + 1] = c01 + b0, c11 + b1
            if b + 2 < k:
                net[b + 2, j], net[b + 2, j + 1] = c02 + b0, c12 + b1
            if b + 3 < k:
                net[b + 3, j], net[b + 3, j + 1] = c03 + b0, c13 + b1
            b += 4
    else:  # a row left over (or any other count): one sample at a time, for every sample
        for r in range(rows):
            for b in range(k):
                y0 = X[order[s + b]]
                acc = 0.0
                for i in range(d):
                    acc += W_ji[j + r, i] * y0[i]
                net[b, j + r] = acc + w_j0[j + r]

