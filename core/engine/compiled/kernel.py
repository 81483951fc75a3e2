"""The hot loop of training, compiled with numba: many samples per call, without the GIL.

It is core/engine/backprop.py's arithmetic written as explicit loops over a flat weight buffer (see
core/engine/network.py's `layout`), so a worker thread can train while the GUI thread paints. Codes for
activations and losses come from core/engine/activations.py and core/engine/losses.py. Where numba is missing,
`AVAILABLE` is False and the trainer falls back to the numpy reference.
"""

from __future__ import annotations

import math

from core.engine.compiled.codes import (  # noqa: F401 - the statuses are re-exported
    CROSS_ENTROPY,
    DIVERGED,
    LINEAR,
    OK,
    RELU,
    SIGMOID,
    SOFTMAX,
    SSE,
    TANH,
    TARGET_REACHED,
)

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
def train_samples(
    params, velocity, grad, state, sizes, w_off, b_off, acts, loss,
    X, T, order, epoch_len, alpha, batch_size, momentum, l2, target_E,
    E_out, epoch_E_out, a_buf, a_off, d_buf, z_buf,
):  # fmt: skip
    """Train on X[order[s]], T[order[s]] for s = 0, 1, ... len(order) − 1, updating in place.

    params/velocity/grad: flat (n_params,). state: float64 [position in epoch, Σ E_n so far in
    this epoch, samples in the unfinished batch], carried between calls. sizes (L+1,), w_off/b_off
    (L+1,), acts (L,) activation codes; loss code. X (n, d), T (n, m). epoch_len: samples per epoch;
    the batch is flushed and the epoch's mean E_n written to epoch_E_out at each epoch's end.
    target_E < 0 means no target. E_out (len(order),) receives each sample's E_n. a_buf/d_buf:
    scratch for activations (laid out by a_off; layer 0 is the input) and deltas.

    Returns (samples done, epochs finished, status). On DIVERGED the sample `samples done` was not
    applied: the weights are the last finite ones.
    """
    L = sizes.shape[0] - 1
    n_samples = order.shape[0]
    fast = batch_size == 1 and momentum == 0.0 and l2 == 0.0
    n_epochs = 0
    for s in range(n_samples):
        row = order[s]
        # ---- forward: net = W a + b, a = f(net), layer by layer ----
        for i in range(sizes[0]):
            a_buf[i] = X[row, i]
        for l in range(L):
            n_from, n_to = sizes[l], sizes[l + 1]
            w0, b0, a_in, a_out = w_off[l], b_off[l], a_off[l], a_off[l + 1]
            for j in range(n_to):
                net = params[b0 + j]
                base = w0 + j * n_from
                for i in range(n_from):
                    net += params[base + i] * a_buf[a_in + i]
                if l == L - 1:
                    z_buf[j] = net  # the output's net_k, for an exact cross-entropy
                a_buf[a_out + j] = net if acts[l] == SOFTMAX else _activate(acts[l], net)
            if acts[l] == SOFTMAX:
                mx = a_buf[a_out]
                for j in range(1, n_to):
                    mx = max(mx, a_buf[a_out + j])
                tot = 0.0
                for j in range(n_to):
                    a_buf[a_out + j] = math.exp(a_buf[a_out + j] - mx)
                    tot += a_buf[a_out + j]
                for j in range(n_to):
                    a_buf[a_out + j] /= tot
        # ---- E_n and the output delta δ_k = −∂E_n/∂net_k ----
        m = sizes[L]
        o0 = a_off[L]
        d0 = a_off[L] - sizes[0]  # deltas are laid out like activations minus the input layer
        E = 0.0
        if loss == SSE:
            for k in range(m):
                e = T[row, k] - a_buf[o0 + k]
                E += 0.5 * e * e
            if acts[L - 1] == SOFTMAX:
                dot = 0.0
                for k in range(m):
                    dot += a_buf[o0 + k] * (T[row, k] - a_buf[o0 + k])
                for k in range(m):
                    o = a_buf[o0 + k]
                    d_buf[d0 + k] = o * ((T[row, k] - o) - dot)
            else:
                for k in range(m):
                    o = a_buf[o0 + k]
                    # the seed: δ_k = (t_k − o_k) o_k (1 − o_k)
                    d_buf[d0 + k] = (T[row, k] - o) * _derivative(acts[L - 1], o)
        else:
            E = _cross_entropy(z_buf, T[row], acts[L - 1] == SOFTMAX)
            for k in range(m):
                d_buf[d0 + k] = T[row, k] - a_buf[o0 + k]
        # ---- backward: δ_j = f'(h_j) Σ_k w_kj δ_k, from the weights before this update ----
        for l in range(L - 1, 0, -1):
            n_from, n_to = sizes[l], sizes[l + 1]
            w0 = w_off[l]
            dj0, dk0, h0 = a_off[l] - sizes[0], a_off[l + 1] - sizes[0], a_off[l]
            for j in range(n_from):
                d_buf[dj0 + j] = 0.0
            for k in range(n_to):
                dk = d_buf[dk0 + k]
                base = w0 + k * n_from
                for j in range(n_from):
                    d_buf[dj0 + j] += params[base + j] * dk
            for j in range(n_from):
                d_buf[dj0 + j] *= _derivative(acts[l - 1], a_buf[h0 + j])
        # ---- divergence: refuse an update that would make a weight non-finite ----
        bad = not math.isfinite(E)
        for l in range(L):
            amax = 1.0
            for i in range(sizes[l]):
                v = abs(a_buf[a_off[l] + i])
                if not v <= _HUGE:  # also true for NaN
                    bad = True
                amax = max(amax, v)
            for j in range(sizes[l + 1]):
                v = abs(alpha * d_buf[a_off[l + 1] - sizes[0] + j])
                if not v * amax <= _HUGE:
                    bad = True
        if bad:
            return s, n_epochs, DIVERGED
        E_out[s] = E
        # ---- update: Δw = α δ a (the seed's rule), or accumulate for a batch ----
        if fast:
            for l in range(L):
                n_from, n_to = sizes[l], sizes[l + 1]
                w0, b0, a_in, dd = w_off[l], b_off[l], a_off[l], a_off[l + 1] - sizes[0]
                for j in range(n_to):
                    ad = alpha * d_buf[dd + j]
                    base = w0 + j * n_from
                    for i in range(n_from):
                        velocity[base + i] = ad * a_buf[a_in + i]
                        params[base + i] += velocity[base + i]
                    velocity[b0 + j] = ad
                    params[b0 + j] += ad
        else:
            for l in range(L):
                n_from, n_to = sizes[l], sizes[l + 1]
                w0, b0, a_in, dd = w_off[l], b_off[l], a_off[l], a_off[l + 1] - sizes[0]
                for j in range(n_to):
                    d = d_buf[dd + j]
                    base = w0 + j * n_from
                    for i in range(n_from):
                        grad[base + i] += d * a_buf[a_in + i]
                    grad[b0 + j] += d
            state[2] += 1.0
        state[0] += 1.0
        state[1] += E
        epoch_done = state[0] >= epoch_len
        if state[2] > 0.0 and (state[2] >= batch_size or epoch_done):
            _apply_batch(params, velocity, grad, sizes, w_off, b_off, alpha, momentum, l2, state[2])
            state[2] = 0.0
        if epoch_done:
            n_epochs, reached = end_epoch(state, epoch_len, epoch_E_out, n_epochs, target_E)
            if reached:
                return s + 1, n_epochs, TARGET_REACHED
    return n_samples, n_epochs, OK


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


@njit(nogil=True, cache=True, fastmath=FAST)
def _apply_batch(params, velocity, grad, sizes, w_off, b_off, alpha, momentum, l2, B):
    """v ← μ v + α (G/B − λ W) (no decay on biases), W ← W + v; G ← 0. As core/backprop.apply_batch."""
    L = sizes.shape[0] - 1
    for l in range(L):
        w0, b0 = w_off[l], b_off[l]
        for p in range(w0, b0):
            velocity[p] = momentum * velocity[p] + alpha * (grad[p] / B - l2 * params[p])
            params[p] += velocity[p]
            grad[p] = 0.0
        for p in range(b0, w_off[l + 1]):
            velocity[p] = momentum * velocity[p] + alpha * (grad[p] / B)
            params[p] += velocity[p]
            grad[p] = 0.0

