"""One sample through the layers, compiled: the forward pass, E_n and the output δ, the hidden δs
from the weights before the update, and the divergence check. The seed's equations generalised as
in core/engine/backprop.py, over the flat buffers of buffers.Net with the per-sample space of
buffers.Scratch (row c of a and d is the sample's).
"""

from __future__ import annotations

import math

import numpy as np

from core.engine.compiled.codes import CROSS_ENTROPY, HUGE, SOFTMAX
from core.engine.compiled.unit_math import CHAIN, FAST, activate, cross_entropy, derivative, njit


@njit(nogil=True, cache=True, fastmath=FAST)
def forward(net, sc, x, c):
    """net = W a + b, a = f(net), layer by layer, for input x into row c."""
    for i in range(x.shape[0]):
        sc.a[c, i] = x[i]
    forward_from(net, sc, c, np.int64(0))  # int64, not a literal: numba compiles a callee once per literal argument


@njit(nogil=True, cache=True, fastmath=FAST)
def forward_from(net, sc, c, first):
    """The forward pass of row c from weight layer `first` on (its input activations are in place)."""
    sizes, P = net.sizes, net.params
    for l in range(first, sizes.shape[0] - 1):
        n_from, a_in, a_out = sizes[l], sc.a_off[l], sc.a_off[l + 1]
        a = sc.a[c, a_in : a_in + n_from]
        for j in range(sizes[l + 1]):
            w = P[net.w_off[l] + j * n_from : net.w_off[l] + (j + 1) * n_from]  # row j: w[i] is w_ji
            acc = 0.0
            for i in range(n_from):
                acc += w[i] * a[i]
            sc.a[c, a_out + j] = acc + P[net.b_off[l] + j]
        activate_layer(net, sc, l, c)


@njit(nogil=True, cache=True, fastmath=FAST)
def activate_layer(net, sc, l, c):
    """Turn layer l + 1's nets (in row c) into activations; keep the output's nets in sc.z."""
    L = net.sizes.shape[0] - 1
    a0, n_to, code = sc.a_off[l + 1], net.sizes[l + 1], net.acts[l]
    if l == L - 1:
        for j in range(n_to):
            sc.z[j] = sc.a[c, a0 + j]
    if code != SOFTMAX:
        for j in range(n_to):
            sc.a[c, a0 + j] = activate(code, sc.a[c, a0 + j])
        return
    mx = sc.a[c, a0]
    for j in range(1, n_to):
        mx = max(mx, sc.a[c, a0 + j])
    tot = 0.0
    for j in range(n_to):
        sc.a[c, a0 + j] = math.exp(sc.a[c, a0 + j] - mx)
        tot += sc.a[c, a0 + j]
    for j in range(n_to):
        sc.a[c, a0 + j] /= tot


@njit(nogil=True, cache=True, fastmath=CHAIN)
def output_delta(net, sc, t, c):
    """E_n of the sample in row c, and its output δ_k = −∂E_n/∂net_k into sc.d[c]. Compiled without
    reassociation: through a saturated softmax (o = 1, 0) the reference's δ_k = o_k ((t_k − o_k) −
    Σ_m o_m (t_m − o_m)) is exactly 0, and reassociated as t_k − (o_k + Σ …) it was 5.6e-17, whose
    update of an input of 1e200 then overflowed the next sample while the reference trained on."""
    L = net.sizes.shape[0] - 1
    m, o0, out = net.sizes[L], sc.a_off[L], net.acts[L - 1]
    E = 0.0
    if net.loss == CROSS_ENTROPY:
        E = cross_entropy(sc.z, t, out == SOFTMAX)
        for k in range(m):
            # sigmoid + binary CE, softmax + categorical CE: δ_k = t_k − o_k
            sc.d[c, o0 + k] = t[k] - sc.a[c, o0 + k]
        return E
    dot = 0.0
    for k in range(m):
        e = t[k] - sc.a[c, o0 + k]
        E += 0.5 * e * e  # the seed: E_n = ½ Σ_k (t_k − o_k)²
        dot += sc.a[c, o0 + k] * e
    for k in range(m):
        o = sc.a[c, o0 + k]
        if out == SOFTMAX:  # ½ SSE through softmax: δ_k = o_k ((t_k − o_k) − Σ_m o_m (t_m − o_m))
            sc.d[c, o0 + k] = o * ((t[k] - o) - dot)
        else:  # the seed: δ_k = (t_k − o_k) o_k (1 − o_k)
            sc.d[c, o0 + k] = (t[k] - o) * derivative(out, o)
    return E


@njit(nogil=True, cache=True, fastmath=FAST)
def hidden_deltas(net, sc, c):
    """δ_j = f'(h_j) Σ_k w_kj δ_k for every hidden layer, top down, from the current weights."""
    sizes, P = net.sizes, net.params
    for l in range(sizes.shape[0] - 2, 0, -1):
        n_from, n_to = sizes[l], sizes[l + 1]
        dj0, dk0 = sc.a_off[l], sc.a_off[l + 1]
        delta_j = sc.d[c, dj0 : dj0 + n_from]
        for j in range(n_from):
            delta_j[j] = 0.0
        for k in range(n_to):
            dk = sc.d[c, dk0 + k]
            w = P[net.w_off[l] + k * n_from : net.w_off[l] + (k + 1) * n_from]  # row k: w[j] is w_kj
            for j in range(n_from):
                delta_j[j] += w[j] * dk
        for j in range(n_from):
            delta_j[j] *= derivative(net.acts[l - 1], sc.a[c, dj0 + j])


@njit(nogil=True, cache=True, fastmath=FAST)
def diverges(net, sc, c, alpha, E, x_max):
    """True if E_n is not finite, or an activation or an update α δ a would pass 1e300. x_max is
    max(1, max |x_i|) of the input (buffers.Chunk.x_max), the first layer's a."""
    sizes = net.sizes
    bad = not math.isfinite(E)
    for l in range(sizes.shape[0] - 1):
        amax = x_max
        if not x_max <= HUGE:  # also true for NaN
            bad = True
        if l > 0:
            amax = 1.0
            for i in range(sizes[l]):
                v = abs(sc.a[c, sc.a_off[l] + i])
                if not v <= HUGE:  # also true for NaN
                    bad = True
                amax = max(amax, v)
        for j in range(sizes[l + 1]):
            v = abs(alpha * sc.d[c, sc.a_off[l + 1] + j])
            if not v * amax <= HUGE:
                bad = True
    return bad
