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

import math

from core.engine.compiled.codes import (  # noqa: F401 - the statuses are re-exported
    CROSS_ENTROPY, DIVERGED, LINEAR, OK, RELU, SIGMOID, SOFTMAX, SSE, TANH, TARGET_REACHED,
)  # fmt: skip

try:
    from numba import njit

    AVAILABLE = True
except ImportError:  # pragma: no cover - exercised only on machines without numba
    AVAILABLE = False

    def njit(*args, **kwargs):
        def wrap(f):
            return f

        return wrap if not (args and callable(args[0])) else args[0]


_HUGE = 1e300  # same bound as core/engine/backprop.py: larger updates count as divergence
# Let LLVM reassociate sums (vectorised dot products) and fuse multiply-adds; never assume away
# NaN or Inf, which the divergence check relies on. Results stay within 1e-12 of the reference.
FAST = {"reassoc", "contract", "nsz", "arcp"}


@njit(nogil=True, cache=True, fastmath=FAST)
def _activate(code, net):
    if code == SIGMOID:
        # σ(net) without overflow: exp only ever sees −|net|
        if net >= 0.0:
            return 1.0 / (1.0 + math.exp(-net))
        e = math.exp(net)
        return e / (1.0 + e)
    if code == TANH:
        return math.tanh(net)
    if code == RELU:
        return 0.0 if net <= 0.0 else net  # NaN stays NaN: a diverging net must not look finite
    return net  # LINEAR (softmax is done per layer)


@njit(nogil=True, cache=True, fastmath=FAST)
def _derivative(code, a):
    """f'(net) from a = f(net): σ' = a (1 − a), tanh' = 1 − a², ReLU' = [a > 0], linear' = 1.

    A NaN a gives NaN, as in core/engine/activations.py."""
    if code == SIGMOID:
        return a * (1.0 - a)
    if code == TANH:
        return 1.0 - a * a
    if a != a:
        return a
    if code == RELU:
        return 1.0 if a > 0.0 else 0.0
    return 1.0


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
    n_epochs = 0
    if n == 0:
        return 0, 0, OK
    _start_forward(net, sc, chunk.X[chunk.order[0]], 0)
    for s in range(n):
        c = s % 2
        # ---- E_n and the output delta δ_k = −∂E_n/∂net_k ----
        E = _output_delta(net, sc, chunk.T[chunk.order[s]], c)
        # ---- δ_j = f'(h_j) Σ_k w_kj δ_k, from the weights before this update ----
        _hidden_deltas(net, sc, c)
        # ---- divergence: refuse an update that would make a weight non-finite ----
        if _diverges(net, sc, c, rule.alpha, E):
            if plain:
                _velocity_of_last_update(net, sc, s - 1, rule.alpha)
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
                    _velocity_of_last_update(net, sc, s, rule.alpha)
                return s + 1, n_epochs, TARGET_REACHED
    if plain:
        _velocity_of_last_update(net, sc, n - 1, rule.alpha)
    return n, n_epochs, OK


@njit(nogil=True, cache=True, fastmath=FAST)
def _start_forward(net, sc, x, c):
    """net = W a + b, a = f(net), layer by layer, into row c (only the call's first sample needs it;
    later samples' forward passes come with the update)."""
    sizes, P = net.sizes, net.params
    for i in range(x.shape[0]):
        sc.a[c, i] = x[i]
    for l in range(sizes.shape[0] - 1):
        n_from, a_in, a_out = sizes[l], sc.a_off[l], sc.a_off[l + 1]
        a = sc.a[c, a_in : a_in + n_from]
        for j in range(sizes[l + 1]):
            w = P[net.w_off[l] + j * n_from : net.w_off[l] + (j + 1) * n_from]  # row j: w[i] is w_ji
            acc = 0.0
            for i in range(n_from):
                acc += w[i] * a[i]
            sc.a[c, a_out + j] = acc + P[net.b_off[l] + j]
        _activate_layer(net, sc, l, c)


@njit(nogil=True, cache=True, fastmath=FAST)
def _activate_layer(net, sc, l, c):
    """Turn layer l + 1's nets (in row c) into activations; keep the output's nets in sc.z."""
    L = net.sizes.shape[0] - 1
    a0, n_to, code = sc.a_off[l + 1], net.sizes[l + 1], net.acts[l]
    if l == L - 1:
        for j in range(n_to):
            sc.z[j] = sc.a[c, a0 + j]
    if code != SOFTMAX:
        for j in range(n_to):
            sc.a[c, a0 + j] = _activate(code, sc.a[c, a0 + j])
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


@njit(nogil=True, cache=True, fastmath=FAST)
def _output_delta(net, sc, t, c):
    """E_n of the sample in row c, and its output δ_k = −∂E_n/∂net_k into sc.d[c]."""
    L = net.sizes.shape[0] - 1
    m, o0, out = net.sizes[L], sc.a_off[L], net.acts[L - 1]
    E = 0.0
    if net.loss == CROSS_ENTROPY:
        E = _cross_entropy(sc.z, t, out == SOFTMAX)
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
            sc.d[c, o0 + k] = (t[k] - o) * _derivative(out, o)
    return E


@njit(nogil=True, cache=True, fastmath=FAST)
def _hidden_deltas(net, sc, c):
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
            delta_j[j] *= _derivative(net.acts[l - 1], sc.a[c, dj0 + j])


@njit(nogil=True, cache=True, fastmath=FAST)
def _diverges(net, sc, c, alpha, E):
    """True if E_n is not finite, or an activation or an update α δ a would pass 1e300."""
    sizes = net.sizes
    bad = not math.isfinite(E)
    for l in range(sizes.shape[0] - 1):
        amax = 1.0
        for i in range(sizes[l]):
            v = abs(sc.a[c, sc.a_off[l] + i])
            if not v <= _HUGE:  # also true for NaN
                bad = True
            amax = max(amax, v)
        for j in range(sizes[l + 1]):
            v = abs(alpha * sc.d[c, sc.a_off[l + 1] + j])
            if not v * amax <= _HUGE:
                bad = True
    return bad


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
            _activate_layer(net, sc, l, nx)


@njit(nogil=True, cache=True, fastmath=FAST)
def _velocity_of_last_update(net, sc, s, alpha):
    """With μ = 0 the velocity is the last update, v = α δ aᵀ of sample s (row s % 2 still holds
    it): written once at the end of a call instead of for every sample."""
    if s < 0:
        return
    c = s % 2
    sizes, V = net.sizes, net.velocity
    for l in range(sizes.shape[0] - 1):
        n_from, a_in, a_out = sizes[l], sc.a_off[l], sc.a_off[l + 1]
        a = sc.a[c, a_in : a_in + n_from]
        for j in range(sizes[l + 1]):
            ad = alpha * sc.d[c, a_out + j]
            v = V[net.w_off[l] + j * n_from : net.w_off[l] + (j + 1) * n_from]
            for i in range(n_from):
                v[i] = ad * a[i]
            V[net.b_off[l] + j] = ad


@njit(nogil=True, cache=True, fastmath=FAST)
def _cross_entropy(z, t, softmax):
    """E_n from the output's net z: Σ t_k (lse − z_k) for softmax, else Σ t softplus(−z) + (1 − t) softplus(z)."""
    E = 0.0
    if softmax:
        top = 0
        for k in range(1, z.shape[0]):
            if z[k] > z[top]:
                top = k
        rest = 0.0
        for k in range(z.shape[0]):
            if k != top:
                rest += math.exp(z[k] - z[top])
        tail = math.log1p(rest)
        for k in range(z.shape[0]):
            E += t[k] * ((z[top] - z[k]) + tail)  # lse − z_k, a tiny loss keeping its precision
        return E
    for k in range(z.shape[0]):
        E += t[k] * _softplus(-z[k]) + (1.0 - t[k]) * _softplus(z[k])
    return E


@njit(nogil=True, cache=True, fastmath=FAST)
def _softplus(z):
    """log(1 + exp(z)) = max(z, 0) + log1p(exp(−|z|)); NaN stays NaN."""
    return (z if z > 0.0 else 0.0) + math.log1p(math.exp(-abs(z)))


@njit(nogil=True, cache=True, fastmath=FAST)
def end_epoch(state, epoch_len, epoch_E_out, n_epochs, target_E):
    """Record the finished epoch's mean E_n and restart the epoch's sums; True if below target_E."""
    mean_E = state[1] / epoch_len
    epoch_E_out[n_epochs] = mean_E
    state[0] = 0.0
    state[1] = 0.0
    return n_epochs + 1, target_E >= 0.0 and mean_E < target_E
