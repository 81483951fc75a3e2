"""The reference backpropagation, in numpy, written in the seed's order and symbols.

For the seed's network (one hidden layer, sigmoid units, E_n = ½ Σ_k (t_k − o_k)²) one sample is

    net_j = Σ_i w_ji x_i + w_j0,   h_j = σ(net_j)
    net_k = Σ_j w_kj h_j + w_k0,   o_k = σ(net_k)
    δ_k = (t_k − o_k) o_k (1 − o_k)                  Δw_kj = α δ_k h_j   (Δw_k0 = α δ_k)
    δ_j = h_j (1 − h_j) Σ_k w_kj δ_k                 Δw_ji = α δ_j x_i   (Δw_j0 = α δ_j)

with every δ computed from the weights before the sample's update. The generalised delta rule used
here is the same recursion over any number of layers: δ = −∂E_n/∂net, the output δ comes from the
loss (core/engine/losses.py), and each earlier layer's δ is f'(a) ⊙ (Wᵀ δ_next), f' read off the stored
activation a. With two layers, sigmoid and ½ SSE it is exactly the seed's two equations above.

This module is the readable reference; core/engine/compiled/kernel.py is the same arithmetic compiled. Tests hold
the two to 1e-12.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from core.engine import aligned
from core.engine.activations import activate, derivative
from core.engine.compiled.codes import HUGE  # a larger update counts as divergence, on every path
from core.engine.losses import loss_value, output_delta
from core.engine.network import Network


@dataclass
class SampleTrace:
    """One sample's intermediates, for the teaching views. Lists run over weight layers l = 0..L−1.

    x (d,), t (m,); nets[l], activations[l + 1] (sizes[l+1],) — activations[0] is x;
    deltas[l] = −∂E_n/∂net of layer l; dW[l] = α δ aᵀ and db[l] = α δ: the seed's Δw for this
    sample alone. `applied_dW`/`applied_db` are what the update actually changed (they differ from
    dW with momentum, L2 or batches > 1, and are zero while a batch is still filling).
    """

    x: np.ndarray
    t: np.ndarray
    nets: list[np.ndarray]
    activations: list[np.ndarray]
    deltas: list[np.ndarray]
    dW: list[np.ndarray]
    db: list[np.ndarray]
    E_n: float
    alpha: float
    applied_dW: list[np.ndarray] = field(default_factory=list)
    applied_db: list[np.ndarray] = field(default_factory=list)
    weights_before: list[np.ndarray] = field(default_factory=list)
    # the update rule in force when it was applied: a batch of batch_size (this sample was
    # number batch_position of it), momentum μ, L2 decay λ
    batch_size: int = 1
    batch_position: int = 1
    momentum: float = 0.0
    l2: float = 0.0


class Diverged(Exception):  # noqa: N818 - reads as the status it reports
    """Raised inside the reference step when a sample would make the weights non-finite."""


def forward(net: Network, x: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """One sample forward: returns (nets, activations) with activations[0] = x."""
    nets, acts = [], [x]
    a = x
    for l in range(net.n_layers):
        # net_j = Σ_i w_ji x_i + w_j0 ; h_j = σ(net_j)   (and the same for every later layer)
        n = net.W[l] @ a + net.b[l]
        a = activate(net.activations[l], n)
        nets.append(n)
        acts.append(a)
    return nets, acts


def backward(net: Network, acts: list[np.ndarray], t: np.ndarray) -> list[np.ndarray]:
    """δ of every layer (δ = −∂E_n/∂net), from the weights as they are now (before any update)."""
    L = net.n_layers
    deltas = [np.empty(0)] * L
    o = acts[-1]
    # δ_k = (t_k − o_k) o_k (1 − o_k)   — the seed's output delta (other losses: core/engine/losses.py)
    deltas[L - 1] = output_delta(net.loss, o, t, net.activations[-1])
    for l in range(L - 2, -1, -1):
        h = acts[l + 1]
        # δ_j = h_j (1 − h_j) Σ_k w_kj δ_k   — f'(a) in general, read off the stored activation
        deltas[l] = derivative(net.activations[l], h) * (net.W[l + 1].T @ deltas[l + 1])
    return deltas


def trace_sample(net: Network, x: np.ndarray, t: np.ndarray, alpha: float) -> SampleTrace:
    """Forward and backward for one sample without changing the network."""
    x = np.asarray(x, dtype=np.float64)
    t = np.asarray(t, dtype=np.float64)
    # A diverging run overflows here; that is detected explicitly (train_sample), not by warnings.
    with np.errstate(over="ignore", invalid="ignore"):
        nets, acts = forward(net, x)
        deltas = backward(net, acts, t)
        E_n = float(loss_value(net.loss, nets[-1], acts[-1], t, net.activations[-1]))
        # Δw_kj = α δ_k h_j ;  Δw_ji = α δ_j x_i ;  bias inputs are 1: Δw_k0 = α δ_k, Δw_j0 = α δ_j
        dW = [np.outer(alpha * deltas[l], acts[l]) for l in range(net.n_layers)]
        db = [alpha * deltas[l] for l in range(net.n_layers)]
    return SampleTrace(x, t, nets, acts, deltas, dW, db, E_n, alpha)


@dataclass
class OptimizerState:
    """Per-weight state of the update rule, laid out like Network.params (flat); both arrays start
    a cache line (core/engine/aligned.py), a copy made if the ones given do not."""

    velocity: np.ndarray  # momentum v, (n_params,)
    grad: np.ndarray  # Σ δ aᵀ over the samples of the batch being filled, (n_params,)
    n_in_batch: int = 0

    def __post_init__(self):
        self.velocity = aligned.contiguous(self.velocity)
        self.grad = aligned.contiguous(self.grad)

    @classmethod
    def zeros(cls, n_params: int) -> OptimizerState:
        return cls(aligned.zeros(n_params), aligned.zeros(n_params), 0)

    def copy(self) -> OptimizerState:
        return OptimizerState(aligned.copy(self.velocity), aligned.copy(self.grad), self.n_in_batch)


def _check_finite(trace: SampleTrace) -> None:
    """Raise Diverged if applying this sample could make a weight non-finite (as the kernel checks)."""
    if not np.isfinite(trace.E_n):
        raise Diverged("E_n is not finite")
    for l, d in enumerate(trace.deltas):
        a = trace.activations[l]
        amax = max(float(np.max(np.abs(a))), 1.0)
        if not amax <= HUGE:
            raise Diverged(f"layer {l} activations are not finite")
        with np.errstate(over="ignore", invalid="ignore"):
            step = float(np.max(np.abs(trace.alpha * d))) * amax
        if not step <= HUGE:
            raise Diverged(f"the update of weight layer {l + 1} is not finite")


def train_sample(
    net: Network,
    x: np.ndarray,
    t: np.ndarray,
    alpha: float,
    state: OptimizerState,
    batch_size: int = 1,
    momentum: float = 0.0,
    l2: float = 0.0,
) -> SampleTrace:
    """Learn from one sample: add its gradient to the batch, and update when the batch is full.

    Every setting follows the one documented rule (core/engine/hyperparams.py): G += δ aᵀ, and once
    B samples are in, v ← μ v + α (G/B − λ W), W ← W + v. With B = 1 and μ = λ = 0 that is the
    seed's online update W ← W + α δ aᵀ, and v is that update (so momentum switched on later
    starts from it). Raises Diverged, with nothing changed, if the sample would make a weight
    non-finite.
    """
    trace = trace_sample(net, x, t, alpha)
    _check_finite(trace)
    before = [w.copy() for w in net.W], [b.copy() for b in net.b]
    trace.weights_before = before[0]
    grad_W, grad_b = _views(net, state.grad)
    for l in range(net.n_layers):
        # G += δ aᵀ  (the sample's −∂E_n/∂W; its bias input is 1)
        grad_W[l] += np.outer(trace.deltas[l], trace.activations[l])
        grad_b[l] += trace.deltas[l]
    state.n_in_batch += 1
    position = state.n_in_batch
    if state.n_in_batch >= batch_size:
        apply_batch(net, alpha, state, momentum, l2)
    trace.applied_dW = [net.W[l] - before[0][l] for l in range(net.n_layers)]
    trace.applied_db = [net.b[l] - before[1][l] for l in range(net.n_layers)]
    record_rule(trace, batch_size, momentum, l2, position)
    return trace


def record_rule(trace: SampleTrace, batch_size: int, momentum: float, l2: float, position: int) -> None:
    """Note on the trace the update rule its applied Δw came from (see SampleTrace)."""
    trace.batch_size, trace.batch_position = int(batch_size), int(position)
    trace.momentum, trace.l2 = float(momentum), float(l2)


def apply_batch(net: Network, alpha: float, state: OptimizerState, momentum: float, l2: float) -> None:
    """v ← μ v + α (G/B − λ W) (no decay on biases), W ← W + v; then clear the batch."""
    if state.n_in_batch == 0:
        return
    B = float(state.n_in_batch)
    vel_W, vel_b = _views(net, state.velocity)
    grad_W, grad_b = _views(net, state.grad)
    for l in range(net.n_layers):
        vel_W[l][...] = momentum * vel_W[l] + alpha * (grad_W[l] / B - l2 * net.W[l])
        vel_b[l][...] = momentum * vel_b[l] + alpha * (grad_b[l] / B)
        net.W[l] += vel_W[l]
        net.b[l] += vel_b[l]
    state.grad[:] = 0.0
    state.n_in_batch = 0


def _views(net: Network, flat: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Per-layer (to, from) and bias views into a flat buffer laid out like net.params."""
    return net.layout.views(flat)
