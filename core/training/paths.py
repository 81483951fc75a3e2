"""The ways a chunk of samples gets trained; all give the same numbers to 1e-12.

- the seed's own compiled loop (core/engine/compiled/seed_kernel.py) on the seed's network online
  (one sigmoid hidden layer, ½ SSE, B = 1), the app's default, with or without momentum and L2;
  with momentum and no L2, its four-samples-a-pass loop (core/engine/compiled/seed_quads.py);
- on the seed's network in mini-batches of 2 or more (any μ, λ) when W_ji and the inputs it
  sweeps over fit the L2 cache, the seed's batch loop (core/engine/compiled/seed_batches.py): the
  update and the next batch's forward pass fused;
- matrix products through BLAS (core/engine/batch.py) for other mini-batches of 16 samples or
  more where they are large enough to pay numpy's calls (core/engine/batch.py's blas_wins: from
  16 samples on large networks to ~500 on iris's);
- for B = 1 on other networks (with or without momentum and L2), the compiled kernel that updates
  the first layer two samples per pass (core/engine/compiled/pairs.py); with momentum and no L2,
  four samples per pass (core/engine/compiled/quads.py);
- the general compiled kernel (core/engine/compiled/kernel.py) for other networks' batches: of 2
  to 15, and larger ones short of blas_wins's batch size;
- the numpy reference (core/engine/backprop.py), one sample at a time: where numba is missing, and
  for a single traced step.

Each takes the trainer's state (network, optimiser state, epoch state: all updated in place) and
the chunk's sample order, and returns (samples done, E_n (done,), mean E_n of each epoch finished,
status code of core/engine/compiled/codes.py). tests/core/training/test_paths.py holds them
together under random schedules of hyperparameter changes.
"""

from __future__ import annotations

import numpy as np

from core.engine.backprop import Diverged, OptimizerState, apply_batch, record_rule, train_sample
from core.engine.batch import BatchPath, blas_wins
from core.engine.compiled import codes
from core.engine.compiled.buffers import (
    Chunk,
    Rule,
    make_net,
    make_scratch,
    row_maxima,
    seed_batch_scratch,
    seed_scratch,
    seed_weights,
)
from core.engine.compiled.seed_kernel_case import seed_batches_apply, seed_kernel_applies, seed_quads_apply
from core.engine.hyperparams import Hyperparams
from core.engine.network import Network


def run_reference(net: Network, opt: OptimizerState, epoch_state: np.ndarray, X, T, order: np.ndarray,
                  hp: Hyperparams, target_E: float | None, keep_trace: bool = False):  # fmt: skip
    """The numpy reference, sample by sample; with keep_trace the last sample's SampleTrace is
    returned as a fifth value, its applied Δw including an epoch-end flush of the batch."""
    n = X.shape[0]
    E_n = np.empty(order.size)
    epoch_E = []
    trace = before = None
    for s, row in enumerate(order):
        before = net.params.copy() if keep_trace else None
        try:
            trace = train_sample(net, X[row], T[row], hp.alpha, opt, hp.batch_size, hp.momentum, hp.l2)
        except Diverged:
            return _out(s, E_n[:s], epoch_E, codes.DIVERGED, None, keep_trace)
        E_n[s] = trace.E_n
        epoch_state[0] += 1
        epoch_state[1] += trace.E_n
        if epoch_state[0] >= n:
            if opt.n_in_batch and keep_trace:  # this sample closed a short batch: note its size
                record_rule(trace, opt.n_in_batch, hp.momentum, hp.l2, opt.n_in_batch)
            apply_batch(net, hp.alpha, opt, hp.momentum, hp.l2)  # the epoch's last, short batch
            epoch_E.append(epoch_state[1] / n)
            epoch_state[:2] = 0.0
            if target_E is not None and epoch_E[-1] < target_E:
                return _out(s + 1, E_n[: s + 1], epoch_E, codes.TARGET_REACHED, trace, keep_trace, net, before)
    return _out(order.size, E_n, epoch_E, codes.OK, trace, keep_trace, net, before)


def _out(done, E_n, epoch_E, code, trace, keep_trace, net=None, before=None):
    if not keep_trace:
        return done, E_n, np.asarray(epoch_E), code
    if trace is not None:
        trace.applied_dW, trace.applied_db = net.layout.copies(net.params - before)
    return done, E_n, np.asarray(epoch_E), code, trace


LOOPS = ("seed", "seed momentum", "seed batches", "quads", "pairs", "general", "blas")  # FastPath.loop_for's names
_LOADED: set[str] = set()  # the compiled loops called in this process (numba keeps them loaded)


class FastPath:
    """The fast paths for one network: the seed's compiled loops on the seed's network, BLAS batches
    for B ≥ 16 on others where a batch holds enough work (blas_wins), else the compiled kernels,
    with their scratch buffers (numba imported on first use)."""

    def __init__(self, net: Network, use_seed_kernel: bool = True):
        self.use_seed_kernel = use_seed_kernel  # False: the general kernel even for the seed's setup
        self._scratch = make_scratch(net.sizes)
        self._seed_scratch = seed_scratch(net.sizes[1], net.sizes[-1])
        self._quad_scratch = seed_scratch(net.sizes[1], net.sizes[-1], 4)
        self._scratch4 = make_scratch(net.sizes, 4)
        self._gram = np.zeros((4, 4))
        self._seed_batch_scratch = None  # made for the batch size in use
        self._batch_scratch = None  # the general kernel's: two banks of rows for a batch
        self._x_of = self._x_max = None
        self._batches = BatchPath(net)

    def loop_for(self, net: Network, hp: Hyperparams) -> str:
        """Which loop trains this setting: one of LOOPS."""
        if self.use_seed_kernel and seed_batches_apply(net.sizes, net.activations, net.loss, hp.batch_size):
            return "seed batches"
        if blas_wins(hp.batch_size, net.n_params):
            return "blas"
        if self.use_seed_kernel and seed_quads_apply(net.sizes, net.activations, net.loss, hp.batch_size,
                                                     hp.momentum, hp.l2):  # fmt: skip
            return "seed momentum"
        if self.use_seed_kernel and seed_kernel_applies(net.sizes, net.activations, net.loss, hp.batch_size,
                                                        hp.momentum, hp.l2):  # fmt: skip
            return "seed"
        if hp.batch_size == 1 and hp.momentum > 0.0 and hp.l2 == 0.0:
            return "quads"
        return "pairs" if hp.batch_size == 1 else "general"

    def ready(self, net: Network, hp: Hyperparams) -> bool:
        """False if this setting's compiled loop is not loaded in this process yet: its first call
        loads it from numba's disk cache (a fraction of a second) or, on a fresh install, compiles
        it (seconds)."""
        loop = self.loop_for(net, hp)
        return loop == "blas" or loop in _LOADED

    def run(self, net: Network, opt: OptimizerState, epoch_state: np.ndarray, X, T, order: np.ndarray,
            hp: Hyperparams, target_E: float | None):  # fmt: skip
        n = X.shape[0]
        loop = self.loop_for(net, hp)
        if loop == "blas":
            return self._batches.run(opt, epoch_state, X, T, order, hp, target_E)
        if self._x_of is not X:  # each row's largest |x_i|, once per data set
            self._x_max, self._x_of = row_maxima(X), X
        chunk = Chunk(X, T, order, n, -1.0 if target_E is None else float(target_E), epoch_state,
                      np.empty(order.size), np.empty(order.size // n + 2), self._x_max)  # fmt: skip
        epoch_state[2] = opt.n_in_batch
        # numba is imported here, on first use (in the app: on the worker thread), not when the
        # window starts: importing it and loading the cached kernels takes about a second
        from core.engine.compiled import kernel, pairs, quads
        from core.engine.compiled.seed_batches import train_seed_batches
        from core.engine.compiled.seed_kernel import train_seed
        from core.engine.compiled.seed_quads import train_seed_quads

        rule = Rule(float(hp.alpha), int(hp.batch_size), float(hp.momentum), float(hp.l2))
        if loop == "seed batches":
            rows = min(hp.batch_size, n)
            if self._seed_batch_scratch is None or self._seed_batch_scratch.net.shape[0] != rows:
                self._seed_batch_scratch = seed_batch_scratch(rows, *net.sizes)
            done, n_epochs, code = train_seed_batches(seed_weights(net, net.params), seed_weights(net, opt.velocity),
                                                      seed_weights(net, opt.grad), rule, chunk,
                                                      self._seed_batch_scratch)  # fmt: skip
        elif loop == "seed momentum":
            done, n_epochs, code = train_seed_quads(seed_weights(net, net.params), seed_weights(net, opt.velocity),
                                                    rule, chunk, self._quad_scratch, self._gram)  # fmt: skip
        elif loop == "seed":
            done, n_epochs, code = train_seed(seed_weights(net, net.params), seed_weights(net, opt.velocity),
                                              rule, chunk, self._seed_scratch)  # fmt: skip
        elif loop == "quads":
            done, n_epochs, code = quads.train_quads(make_net(net, opt.velocity, opt.grad), rule, chunk, self._scratch4,
                                                     seed_weights(net, net.params), seed_weights(net, opt.velocity),
                                                     self._quad_scratch, self._gram)  # fmt: skip
        elif loop == "pairs":  # B = 1: two samples per pass over the first layer
            done, n_epochs, code = pairs.train_pairs(make_net(net, opt.velocity, opt.grad), rule, chunk, self._scratch)
        else:  # batches: B = 2…15, and larger ones on small networks
            rows = 2 * min(hp.batch_size, n)
            if self._batch_scratch is None or self._batch_scratch.a.shape[0] != rows:
                self._batch_scratch = make_scratch(net.sizes, rows)
            done, n_epochs, code = kernel.train_samples(make_net(net, opt.velocity, opt.grad), rule, chunk,
                                                        self._batch_scratch)  # fmt: skip
        _LOADED.add(loop)
        opt.n_in_batch = int(epoch_state[2])
        return done, chunk.E_out[:done], chunk.epoch_E_out[:n_epochs], code


def warm_up_kernels(loops=LOOPS) -> None:
    """Import numba and load the compiled loops named (all by default; from numba's disk cache after
    the first run, else compiled: 3–10 s each on a fresh install) by training a few samples of a tiny
    network with each; the app does this on its worker thread, so that Play does not wait for it."""
    if not codes.AVAILABLE:
        return
    X, T = np.zeros((2, 1)), np.zeros((2, 1))
    seed, other = Network([1, 1, 1]), Network([1, 1, 1], ("tanh", "sigmoid"))
    examples = {"seed": (seed, Hyperparams()), "seed momentum": (seed, Hyperparams(momentum=0.5)),
                "seed batches": (seed, Hyperparams(batch_size=16)),
                "quads": (other, Hyperparams(momentum=0.5)), "pairs": (other, Hyperparams(l2=1e-4)),
                "general": (other, Hyperparams(batch_size=2))}
    for net, hp in (examples[loop] for loop in loops if loop in examples):
        FastPath(net).run(net, OptimizerState.zeros(net.n_params), np.zeros(3), X, T, np.array([0, 1, 0]), hp, None)
