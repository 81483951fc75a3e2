"""The seed kernel's pass over W_ji (core/engine/compiled/seed_kernel.py): a pair's two updates of
every weight, and from the updated rows the next pair's dot products, in one sweep.

Rows go two at a time, so each x_i and y_i loaded serves two rows, and each weight is loaded and
stored once for two updates and the dot products. Three rules, the seed's and its generalisations:

    the seed's           w ← w + α δ_j x_i
    L2 alone (μ = 0)     w ← w + (α δ_j x_i − α λ w)
    momentum             v ← μ v + α δ_j x_i − α λ w,   w ← w + v

Each weight gets the reference's expression for the first sample, then for the second; only the
dot products are summed in another order.
"""

from __future__ import annotations

from core.engine.compiled.unit_math import FAST, njit, prefetch_part


@njit(nogil=True, cache=True, fastmath=FAST)
def first_layer_pass(weights, velocity, rule, sc, pending, x1, x2, y1, y2, pf1, pf2):
    """Apply the first `pending` (0, 1 or 2) samples' update (δ_j in rows 0, 1 of sc.delta_j,
    inputs x1, x2) to W_ji (and V_ji when μ ≠ 0), then from each updated row j:
    net_j[0, j] = W_j · y1 + w_j0, net_j[1, j] = W_j · y2 and, with momentum, net_j[2, j] = V_j · y2.
    pf1, pf2: the inputs of the pair after (y1, y2)'s, prefetched a slice per two rows."""
    if rule.momentum == 0.0:
        _plain_pass(weights, rule.alpha, rule.alpha * rule.l2, sc, pending, x1, x2, y1, y2, pf1, pf2)
    else:
        _momentum_pass(weights, velocity, rule.alpha, rule.momentum, rule.alpha * rule.l2, sc, pending,
                       x1, x2, y1, y2, pf1, pf2)  # fmt: skip


@njit(nogil=True, cache=True, fastmath=FAST)
def _plain_pass(weights, alpha, al, sc, pending, x1, x2, y1, y2, pf1, pf2):
    """The seed's rule or L2 alone (v is written at the call's end): apply the first `pending`
    samples' Δw_ji = α δ_j x_i (− α λ w_ji) to W_ji, then from each updated row:
    net_j[0, j] = W_j · y1 + w_j0 and net_j[1, j] = W_j · y2.

    With two samples pending the seed's rule goes four rows at a time, L2 two: each x_i and y_i
    is loaded once for all of them, each weight once for both updates and both dot products (the
    loads and stores, not the multiplies, are what such a pass waits for: docs/performance.md)."""
    W_ji, w_j0 = weights.W_ji, weights.w_j0
    net_j, delta_j = sc.net_j, sc.delta_j
    p, d = W_ji.shape[0], W_ji.shape[1]
    j = 0
    if pending == 2:
        j = _four_rows(W_ji, w_j0, alpha, al, net_j, delta_j, x1, x2, y1, y2, pf1, pf2)
    if pending == 2:
        while j + 1 < p:
            prefetch_part(pf1, pf2, j // 2, p // 2)
            a1, a2 = alpha * delta_j[0, j], alpha * delta_j[1, j]
            b1, b2 = alpha * delta_j[0, j + 1], alpha * delta_j[1, j + 1]
            r, q = W_ji[j], W_ji[j + 1]
            r1, r2, q1, q2 = 0.0, 0.0, 0.0, 0.0
            if al == 0.0:  # the seed's rule
                for i in range(d):
                    u1, u2, v1, v2 = x1[i], x2[i], y1[i], y2[i]
                    w = r[i] + a1 * u1
                    w = w + a2 * u2
                    r[i] = w
                    r1 += w * v1
                    r2 += w * v2
                    w = q[i] + b1 * u1
                    w = w + b2 * u2
                    q[i] = w
                    q1 += w * v1
                    q2 += w * v2
            else:  # with L2: w ← w + (α δ_j x_i − α λ w), twice
                for i in range(d):
                    u1, u2, v1, v2 = x1[i], x2[i], y1[i], y2[i]
                    w = r[i] + (a1 * u1 - al * r[i])
                    w = w + (a2 * u2 - al * w)
                    r[i] = w
                    r1 += w * v1
                    r2 += w * v2
                    w = q[i] + (b1 * u1 - al * q[i])
                    w = w + (b2 * u2 - al * w)
                    q[i] = w
                    q1 += w * v1
                    q2 += w * v2
            net_j[0, j], net_j[1, j] = r1 + w_j0[j], r2
            net_j[0, j + 1], net_j[1, j + 1] = q1 + w_j0[j + 1], q2
            j += 2
    while j < p:  # a row left over, or 0 or 1 sample pending (once per call)
        r = W_ji[j]
        a1, a2 = alpha * delta_j[0, j], alpha * delta_j[1, j]
        for c in range(pending):
            x, a = (x1, a1) if c == 0 else (x2, a2)
            if al == 0.0:
                for i in range(d):
                    r[i] += a * x[i]
            else:
                for i in range(d):
                    r[i] += a * x[i] - al * r[i]
        net_j[0, j] = dot(r, y1) + w_j0[j]
        net_j[1, j] = dot(r, y2)
        j += 1


@njit(nogil=True, cache=True, fastmath=FAST)
def _four_rows(W_ji, w_j0, alpha, al, net_j, delta_j, x1, x2, y1, y2, pf1, pf2):
    """The seed's rule (al = 0) or L2 alone for a pair, rows four at a time (as _plain_pass's
    two-row loop, twice as many rows per x_i and y_i loaded). Returns the first row not done."""
    p, d = W_ji.shape[0], W_ji.shape[1]
    j = 0
    while j + 3 < p:
        prefetch_part(pf1, pf2, j // 4, p // 4)
        a1, a2 = alpha * delta_j[0, j], alpha * delta_j[1, j]
        b1, b2 = alpha * delta_j[0, j + 1], alpha * delta_j[1, j + 1]
        c1, c2 = alpha * delta_j[0, j + 2], alpha * delta_j[1, j + 2]
        e1, e2 = alpha * delta_j[0, j + 3], alpha * delta_j[1, j + 3]
        r, q, g, h = W_ji[j], W_ji[j + 1], W_ji[j + 2], W_ji[j + 3]
        r1, r2, q1, q2, g1, g2, h1, h2 = 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0
        if al != 0.0:  # w ← w + (α δ_j x_i − α λ w), twice
            for i in range(d):
                u1, u2, v1, v2 = x1[i], x2[i], y1[i], y2[i]
                w = r[i] + (a1 * u1 - al * r[i])
                w = w + (a2 * u2 - al * w)
                r[i] = w
                r1 += w * v1
                r2 += w * v2
                w = q[i] + (b1 * u1 - al * q[i])
                w = w + (b2 * u2 - al * w)
                q[i] = w
                q1 += w * v1
                q2 += w * v2
                w = g[i] + (c1 * u1 - al * g[i])
                w = w + (c2 * u2 - al * w)
                g[i] = w
                g1 += w * v1
                g2 += w * v2
                w = h[i] + (e1 * u1 - al * h[i])
                w = w + (e2 * u2 - al * w)
                h[i] = w
                h1 += w * v1
                h2 += w * v2
        else:  # the seed's rule
            for i in range(d):
                u1, u2, v1, v2 = x1[i], x2[i], y1[i], y2[i]
                w = r[i] + a1 * u1
                w = w + a2 * u2
                r[i] = w
                r1 += w * v1
                r2 += w * v2
                w = q[i] + b1 * u1
                w = w + b2 * u2
                q[i] = w
                q1 += w * v1
                q2 += w * v2
                w = g[i] + c1 * u1
                w = w + c2 * u2
                g[i] = w
                g1 += w * v1
                g2 += w * v2
                w = h[i] + e1 * u1
                w = w + e2 * u2
                h[i] = w
                h1 += w * v1
                h2 += w * v2
        net_j[0, j], net_j[1, j] = r1 + w_j0[j], r2
        net_j[0, j + 1], net_j[1, j + 1] = q1 + w_j0[j + 1], q2
        net_j[0, j + 2], net_j[1, j + 2] = g1 + w_j0[j + 2], g2
        net_j[0, j + 3], net_j[1, j + 3] = h1 + w_j0[j + 3], h2
        j += 4
    return j


@njit(nogil=True, cache=True, fastmath=FAST)
def _momentum_pass(weights, velocity, alpha, mu, al, sc, pending, x1, x2, y1, y2, pf1, pf2):
    """Momentum: v ← μ v + α δ_j x_i − α λ w, w ← w + v for the first `pending` samples, then from
    each updated row: net_j[0, j] = W_j · y1 + w_j0, net_j[1, j] = W_j · y2, net_j[2, j] = V_j · y2."""
    W_ji, w_j0, V_ji = weights.W_ji, weights.w_j0, velocity.W_ji
    net_j, delta_j = sc.net_j, sc.delta_j
    p, d = W_ji.shape[0], W_ji.shape[1]
    j = 0
    if pending == 2:
        while j + 1 < p:
            prefetch_part(pf1, pf2, j // 2, p // 2)
            a1, a2 = alpha * delta_j[0, j], alpha * delta_j[1, j]
            b1, b2 = alpha * delta_j[0, j + 1], alpha * delta_j[1, j + 1]
            r, q, rv, qv = W_ji[j], W_ji[j + 1], V_ji[j], V_ji[j + 1]
            r1, r2, rv2, q1, q2, qv2 = 0.0, 0.0, 0.0, 0.0, 0.0, 0.0
            # with L2 (the seed's network with momentum alone runs in seed_quads.py)
            for i in range(d):
                u1, u2, z1, z2 = x1[i], x2[i], y1[i], y2[i]
                v = mu * rv[i] + a1 * u1 - al * r[i]
                w = r[i] + v
                v = mu * v + a2 * u2 - al * w
                w = w + v
                rv[i], r[i] = v, w
                r1 += w * z1
                r2 += w * z2
                rv2 += v * z2
                v = mu * qv[i] + b1 * u1 - al * q[i]
                w = q[i] + v
                v = mu * v + b2 * u2 - al * w
                w = w + v
                qv[i], q[i] = v, w
                q1 += w * z1
                q2 += w * z2
                qv2 += v * z2
            net_j[0, j], net_j[1, j], net_j[2, j] = r1 + w_j0[j], r2, rv2
            net_j[0, j + 1], net_j[1, j + 1], net_j[2, j + 1] = q1 + w_j0[j + 1], q2, qv2
            j += 2
    while j < p:  # a row left over, or 0 or 1 sample pending (once per call)
        _one_row_momentum(weights, velocity, alpha, mu, al, sc, j, pending, x1, x2, y1, y2)
        j += 1


@njit(nogil=True, cache=True, fastmath=FAST)
def _one_row_momentum(weights, velocity, alpha, mu, al, sc, j, pending, x1, x2, y1, y2):
    """Row j alone, with momentum: the first `pending` samples' update, then its dot products."""
    r, v, delta_j = weights.W_ji[j], velocity.W_ji[j], sc.delta_j
    for c in range(pending):
        x, a = (x1, alpha * delta_j[0, j]) if c == 0 else (x2, alpha * delta_j[1, j])
        for i in range(r.shape[0]):
            v[i] = mu * v[i] + a * x[i] - al * r[i]
            r[i] += v[i]
    sc.net_j[0, j] = dot(r, y1) + weights.w_j0[j]
    sc.net_j[1, j] = dot(r, y2)
    sc.net_j[2, j] = dot(v, y2)


@njit(nogil=True, cache=True, fastmath=FAST)
def dot(a, b):
    acc = 0.0
    for i in range(a.shape[0]):
        acc += a[i] * b[i]
    return acc
