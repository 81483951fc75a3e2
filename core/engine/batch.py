"""Mini-batch backpropagation in matrix form, for batches of 16 samples and more.

The reference's arithmetic (core/engine/backprop.py) with a batch's samples as the rows of a
matrix, so that the three products per layer — the forward pass A W^T, the backward pass Δ W and
the gradient Δ^T A — are matrix-matrix products run by numpy's BLAS, which releases the GIL while
it works (the window's thread keeps painting). For the seed's net and a batch of B samples:

    NET_J = X W_ji^T + w_j0,  H = σ(NET_J)         (B, p): row s is sample s's net_j, h_j
    NET_K = H W_kj^T + w_k0,  O = σ(NET_K)         (B, m)
    Δ_K = (T − O) ⊙ O ⊙ (1 − O)                    (B, m): row s is δ_k
    Δ_J = H ⊙ (1 − H) ⊙ (Δ_K W_kj)                 (B, p): row s is δ_j = h_j (1 − h_j) Σ_k w_kj δ_k
    G_kj += Δ_K^T H,  G_ji += Δ_J^T X              = Σ over the batch of δ_k h_j, δ_j x_i

then the rule of core/engine/hyperparams.py applied once (backprop.apply_batch). Only the sum's
order differs from the sample-by-sample reference; the tests hold them to 1e-12.
"""

from __future__ import annotations

import math

import numpy as np

from core.engine.activations import activate, derivative
from core.engine.backprop import OptimizerState
from core.engine.compiled.codes import DIVERGED, HUGE, OK, TARGET_REACHED
from core.engine.hyperparams import Hyperparams
from core.engine.losses import loss_value, output_delta
from core.engine.network import Network

MIN_BATCH = 16  # below this, the compiled kernel's loop is faster on every network measured
# numpy's calls cost about 40 µs a batch whatever its size, and the compiled kernel sums a batch into
# the weights as it goes: BLAS wins only past a batch size that falls as the network grows.
# Crossovers measured (docs/performance.md, "BLAS or the kernel"): (weights, batch size) on iris's
# 4-4-3, spiral's 2-8-8-1, digits' 64-32-10, 784-30-10 and 784-100-10 (tanh); between them
# interpolated on log scales, beyond them the end's batch size.
CROSSOVERS = ((35, 530), (105, 160), (2_410, 60), (23_860, 28), (79_510, 16))


def crossover(n_weights: int) -> float:
    """The batch size from which BLAS trains a network of n_weights faster than the kernel."""
    w = max(1, n_weights)
    if w <= CROSSOVERS[0][0]:
        return CROSSOVERS[0][1]
    for (w0, b0), (w1, b1) in zip(CROSSOVERS, CROSSOVERS[1:], strict=False):
        if w <= w1:
            t = math.log(w / w0) / math.log(w1 / w0)
            return math.exp(math.log(b0) + t * (math.log(b1) - math.log(b0)))
    return CROSSOVERS[-1][1]


def blas_wins(batch_size: int, n_weights: int) -> bool:
    """True where BLAS's matrix products train a batch faster than the compiled kernel."""
    return batch_size >= MIN_BATCH and batch_size >= crossover(n_weights)


class BatchPath:
    """Trains one network in batches; keeps per-layer views of its optimiser's flat buffers."""

    def __init__(self, net: Network):
        self.net = net
        self._bound = self._x_of = None

    def _bind(self, opt: OptimizerState) -> None:
        if self._bound is not opt:  # a reset or a loaded session brings new buffers
            lay = self.net.layout
            self.G_W, self.G_b = lay.views(opt.grad)
            self.V_W, self.V_b = lay.views(opt.velocity)
            self.tmp = [np.empty_like(w) for w in self.net.W]
            self._bound = opt

    def run(self, opt: OptimizerState, epoch_state: np.ndarray, X: np.ndarray, T: np.ndarray,
            order: np.ndarray, hp: Hyperparams, target_E: float | None):  # fmt: skip
        """Train on rows `order` of X (n, d), T (n, m) a batch (or the part of one up to the chunk's
        or the epoch's end) at a time. Same contract as core/training/paths.py's paths: returns
        (samples done, E_n (done,), each finished epoch's mean E_n, status code); on divergence the
        weights are the last finite ones and the batch's samples before the bad one are in opt.grad."""
        self._bind(opt)
        if self._x_of is not X:  # the data's largest |x|, for the quick divergence bound
            self._x_max, self._x_of = float(np.max(np.abs(X))), X
        n = X.shape[0]
        E_n = np.empty(order.size)
        epoch_E = []
        s = 0
        # Overflow in a diverging run is found row by row (_rows_before_divergence); numpy's
        # warnings would only be noise.
        with np.errstate(over="ignore", invalid="ignore"):
            while s < order.size:
                k = int(min(hp.batch_size - opt.n_in_batch, order.size - s, n - epoch_state[0]))
                if hp.shuffle:
                    rows = order[s : s + k]
                    Xb, Tb = X[rows], T[rows]
                else:  # file order: the rows are consecutive (a piece never crosses an epoch's end)
                    r0 = int(order[s])
                    Xb, Tb = X[r0 : r0 + k], T[r0 : r0 + k]
                E, good = self._accumulate(opt, Xb, Tb, hp.alpha)
                E_n[s : s + good] = E[:good]
                # the epoch's running sum, added sample by sample as the other paths do
                epoch_state[1] = np.cumsum(np.concatenate([[epoch_state[1]], E[:good]]))[-1]
                epoch_state[0] += good
                opt.n_in_batch += good
                s += good
                if good < k:
                    return s, E_n[:s], np.asarray(epoch_E), DIVERGED
                epoch_done = epoch_state[0] >= n
                if opt.n_in_batch >= hp.batch_size or epoch_done:
                    self._apply(opt, hp)
                if epoch_done:
                    epoch_E.append(epoch_state[1] / n)
                    epoch_state[:2] = 0.0
                    if target_E is not None and epoch_E[-1] < target_E:
                        return s, E_n[:s], np.asarray(epoch_E), TARGET_REACHED
        return s, E_n, np.asarray(epoch_E), OK

    def _accumulate(self, opt: OptimizerState, X: np.ndarray, T: np.ndarray, alpha: float):
        """Forward and backward for the rows of X (k, d), T (k, m); add Σ δ aᵀ of the rows before
        the first diverging one to opt.grad. Returns (E_n (k,), number of rows added)."""
        net, L = self.net, self.net.n_layers
        acts, nets = [X], []
        for l in range(L):
            # NET = A W^T + b ;  A' = f(NET)   — rows are samples
            nets.append(acts[-1] @ net.W[l].T)
            nets[-1] += net.b[l]
            acts.append(activate(net.activations[l], nets[-1]))
        E = loss_value(net.loss, nets[-1], acts[-1], T, net.activations[-1])
        deltas = [None] * L
        deltas[L - 1] = output_delta(net.loss, acts[-1], T, net.activations[-1])
        for l in range(L - 2, -1, -1):
            # Δ_J = f'(H) ⊙ (Δ_K W_kj)   — row s is sample s's δ_j = f'(h_j) Σ_k w_kj δ_k
            deltas[l] = derivative(net.activations[l], acts[l + 1]) * (deltas[l + 1] @ net.W[l + 1])
        good = _rows_before_divergence(E, acts, deltas, alpha, self._x_max)
        fresh = opt.n_in_batch == 0
        for l in range(L):
            d, a = deltas[l][:good], acts[l][:good]
            # G += Δ^T A   (Σ over the rows of δ aᵀ) ;  bias inputs are 1
            if fresh:
                np.matmul(d.T, a, out=self.G_W[l])
            else:
                self.G_W[l] += d.T @ a
            self.G_b[l] += d.sum(axis=0)
        return E, good

    def _apply(self, opt: OptimizerState, hp: Hyperparams) -> None:
        """v ← μ v + α (G/B − λ W) (no decay on biases), W ← W + v, G ← 0: backprop.apply_batch in
        place, without temporaries the size of the network."""
        B = float(opt.n_in_batch)
        if not hp.l2 and not hp.momentum:  # the seed's rule: v = α G/B, one pass fewer
            np.multiply(opt.grad, hp.alpha / B, out=opt.velocity)
            self.net.params += opt.velocity
            opt.grad[:] = 0.0
            opt.n_in_batch = 0
            return
        opt.grad *= hp.alpha / B  # α G/B
        for l in range(self.net.n_layers):
            if hp.l2:
                np.multiply(self.net.W[l], hp.alpha * hp.l2, out=self.tmp[l])
                self.G_W[l] -= self.tmp[l]  # − α λ W
        if hp.momentum:
            opt.velocity *= hp.momentum
            opt.velocity += opt.grad
        else:
            opt.velocity[:] = opt.grad
        self.net.params += opt.velocity
        opt.grad[:] = 0.0
        opt.n_in_batch = 0


def _rows_before_divergence(E, acts, deltas, alpha, x_max) -> int:
    """How many leading rows are safe to apply: as backprop._check_finite, row by row."""
    if np.isfinite(E).all():  # the usual case, settled by one bound over the whole batch
        worst = 0.0
        for l, d in enumerate(deltas):
            amax = max(x_max if l == 0 else float(np.max(np.abs(acts[l]))), 1.0)
            worst = max(worst, amax, alpha * float(np.max(np.abs(d))) * amax)
        if worst <= HUGE:
            return len(E)
    bad = ~np.isfinite(E)
    for l, d in enumerate(deltas):
        amax = np.maximum(np.max(np.abs(acts[l]), axis=1), 1.0)
        bad |= ~(amax <= HUGE)
        bad |= ~(np.max(np.abs(alpha * d), axis=1) * amax <= HUGE)
    return int(np.argmax(bad)) if bad.any() else len(E)
