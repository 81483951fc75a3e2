"""The trainer: a network, its data and hyperparameters, and the loop that trains it in chunks.

It is Qt-free and single-threaded: the GUI's worker (or the CLI, or a script) calls `run()`
repeatedly and may change hyperparameters between calls — α applies from the next sample on.
Training runs through the compiled kernel (core/engine/compiled/kernel.py) when numba is present, else through
the numpy reference (core/engine/backprop.py); both give the same numbers to 1e-12.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from core.checks.limits import MAX_SAMPLES
from core.engine.backprop import Diverged, OptimizerState, SampleTrace, apply_batch, train_sample
from core.engine.compiled import codes
from core.engine.compiled.seed_kernel_case import is_seed_case
from core.engine.hyperparams import Hyperparams
from core.engine.network import Network
from core.engine.order import sample_order
from core.engine.weight_init import InitSpec
from core.training.history import History

RUNNING, DIVERGED, TARGET_REACHED, MAX_EPOCHS = "running", "diverged", "target reached", "max epochs"


@dataclass
class ArrayData:
    """The minimum a trainer needs: training inputs/targets and optional test inputs/targets."""

    X_train: np.ndarray
    T_train: np.ndarray
    X_test: np.ndarray | None = None
    T_test: np.ndarray | None = None
    name: str = "arrays"


@dataclass
class ChunkResult:
    """What one `run()` did. E_n: (samples,) each sample's E_n; epoch_E: (epochs,) mean E_n of
    each epoch finished; status: RUNNING, DIVERGED, TARGET_REACHED or MAX_EPOCHS; message: plain
    words for the user when status is not RUNNING."""

    samples: int
    epochs: int
    E_n: np.ndarray
    epoch_E: np.ndarray
    status: str = RUNNING
    message: str = ""
    seconds: float = 0.0


@dataclass
class StopConditions:
    """When `run()` stops by itself: mean E_n of an epoch below target_E, or max_epochs reached."""

    target_E: float | None = None
    max_epochs: int | None = None


@dataclass
class Counters:
    samples_seen: int = 0
    epoch: int = 0  # epochs finished
    pos: int = 0  # position inside the current epoch


@dataclass
class Snapshot:
    """A copy of the trainer's state for another thread: nothing in it is shared."""

    params: np.ndarray
    sizes: tuple
    activations: tuple
    loss: str
    samples_seen: int
    epoch: int
    last_E_n: float
    last_epoch_E: float
    test_E: float
    status: str
    message: str
    history: dict = field(default_factory=dict)


def _check_data(net: Network, X: np.ndarray, T: np.ndarray, what: str) -> tuple[np.ndarray, np.ndarray]:
    X = np.ascontiguousarray(X, dtype=np.float64)
    T = np.ascontiguousarray(T, dtype=np.float64)
    if X.ndim != 2 or T.ndim != 2 or X.shape[0] != T.shape[0]:
        raise ValueError(f"{what}: inputs and targets must be (n, d) and (n, m) with the same n")
    if X.shape[0] == 0:
        raise ValueError(f"{what}: there are no samples")
    if X.shape[1] != net.sizes[0] or T.shape[1] != net.sizes[-1]:
        raise ValueError(
            f"{what}: data has {X.shape[1]} inputs and {T.shape[1]} targets, the network "
            f"{'-'.join(map(str, net.sizes))} needs {net.sizes[0]} and {net.sizes[-1]}"
        )
    if not (np.all(np.isfinite(X)) and np.all(np.isfinite(T))):
        raise ValueError(f"{what}: data contains NaN or infinite values")
    return X, T


class Trainer:
    """Trains `network` on `data` (anything with X_train, T_train, X_test, T_test) by backprop."""

    def __init__(
        self,
        network: Network,
        data,
        hyperparams: Hyperparams | None = None,
        init: InitSpec | None = None,
        use_kernel: bool | None = None,
        initialise: bool = True,
        use_seed_kernel: bool = True,
    ):
        self.network = network
        self.data = data
        self.X, self.T = _check_data(network, data.X_train, data.T_train, "training data")
        if getattr(data, "X_test", None) is not None and len(data.X_test):
            self.X_test, self.T_test = _check_data(network, data.X_test, data.T_test, "test data")
        else:
            self.X_test = self.T_test = None
        self.hp = hyperparams or Hyperparams()
        self.init = init or InitSpec()
        self.use_kernel = codes.AVAILABLE if use_kernel is None else (use_kernel and codes.AVAILABLE)
        self.use_seed_kernel = use_seed_kernel  # False: the general kernel even for the seed's setup
        self._scratch()
        self.reset(initialise=initialise)

    # ---- state ----
    def _scratch(self) -> None:
        net = self.network
        self._sizes = np.asarray(net.sizes, dtype=np.int64)
        self._acts = np.asarray([codes.ACTIVATION_CODES[a] for a in net.activations], dtype=np.int64)
        self._a_off = np.concatenate([[0], np.cumsum(net.sizes)]).astype(np.int64)
        self._z_buf = np.zeros(net.sizes[-1])
        self._a_buf = np.zeros(int(self._a_off[-1]))
        self._d_buf = np.zeros(int(self._a_off[-1]))

    def reset(self, init: InitSpec | None = None, initialise: bool = True) -> None:
        """Start over: weights from the init spec (same seed, same weights), counters and history cleared."""
        if init is not None:
            self.init = init
        if initialise:
            self.init.apply(self.network)
        self.opt = OptimizerState.zeros(self.network.n_params)
        # [position in the epoch, Σ E_n so far this epoch, samples in the unfinished batch]: the
        # kernel carries it between calls, and a session saves it to resume bit-for-bit.
        self.epoch_state = np.zeros(3)
        self.counters = Counters()
        self.history = History()
        self.status, self.message = RUNNING, ""
        self.last_E_n = float("nan")
        self.last_epoch_E = float("nan")
        self.test_E = float("nan")

    def set_hyperparams(self, hp: Hyperparams) -> None:
        """Use new hyperparameters from the next sample on (a diverged run may continue with them).

        A change of the update rule (α, B, μ or λ) first applies a half-filled batch with the rule
        its samples were gathered under, so every update is one rule's, whatever the path.
        """
        old = self.hp
        if (hp.alpha, hp.batch_size, hp.momentum, hp.l2) != (old.alpha, old.batch_size, old.momentum, old.l2):
            apply_batch(self.network, old.alpha, self.opt, old.momentum, old.l2)
        self.hp = hp
        if self.status == DIVERGED:
            self.status, self.message = RUNNING, ""

    @property
    def n_train(self) -> int:
        return self.X.shape[0]

    # ---- training ----
    def run(self, samples: int | None = None, epochs: int | None = None,
            stop: StopConditions | None = None) -> ChunkResult:  # fmt: skip
        """Train the next `samples` samples, or up to the end of the next `epochs` epochs."""
        if (samples is None) == (epochs is None):
            raise ValueError("give exactly one of samples or epochs")
        n = self.n_train
        count = samples if samples is not None else epochs * n - self.counters.pos
        if count < 0 or count > MAX_SAMPLES * 20:
            raise ValueError(f"cannot train {count:,} samples in one call")
        stop = stop or StopConditions()
        if stop.max_epochs is not None:
            left = stop.max_epochs * n - (self.counters.epoch * n + self.counters.pos)
            if left <= 0:
                return self._finish(0, np.empty(0), np.empty(0), MAX_EPOCHS,
                                    f"stopped: reached the maximum of {stop.max_epochs:,} epochs", 0.0)  # fmt: skip
            count = min(count, left)
        t0 = time.perf_counter()
        order = sample_order(n, self.counters.epoch, self.counters.pos, count,
                             self.hp.shuffle, self.hp.order_seed)  # fmt: skip
        if self.use_kernel:
            done, E_n, epoch_E, code = self._run_kernel(order, stop)
        else:
            done, E_n, epoch_E, code = self._run_reference(order, stop)
        status, message = RUNNING, ""
        if code == codes.DIVERGED:
            status = DIVERGED
            message = (
                f"training diverged at sample {self.counters.samples_seen + done + 1:,} "
                f"(epoch {self.counters.epoch + 1 + (self.counters.pos + done) // n:,}): the error "
                f"or an update became infinite with α = {self.hp.alpha:g}. The weights shown are "
                "the last finite ones; lower α, then continue or reset."
            )
        elif code == codes.TARGET_REACHED:
            status = TARGET_REACHED
            message = f"stopped: the epoch's mean E fell below the target {stop.target_E:g}"
        elif stop.max_epochs is not None and (self.counters.epoch * n + self.counters.pos + done
                                              >= stop.max_epochs * n):  # fmt: skip
            status, message = MAX_EPOCHS, f"stopped: reached the maximum of {stop.max_epochs:,} epochs"
        return self._finish(done, E_n, epoch_E, status, message, time.perf_counter() - t0)

    def _run_kernel(self, order: np.ndarray, stop: StopConditions):
        n = self.n_train
        E_n = np.empty(order.size)
        epoch_E = np.empty(order.size // n + 2)
        self.epoch_state[2] = self.opt.n_in_batch
        hp, net = self.hp, self.network
        # numba is imported here, on first use (in the app: on the worker thread), not when the
        # window starts: importing it and loading the cached kernels takes about a second
        from core.engine.compiled import kernel
        from core.engine.compiled.seed_kernel import train_seed

        if self.use_seed_kernel and is_seed_case(net.sizes, net.activations, net.loss, hp.batch_size, hp.momentum, hp.l2):
            p, m = net.sizes[1], net.sizes[2]
            a, d = self._a_buf, self._d_buf
            done, n_epochs, code = train_seed(
                net.W[0], net.b[0], net.W[1], net.b[1], *self._velocity_views(), self.epoch_state, self.X, self.T, order, n,
                float(hp.alpha), -1.0 if stop.target_E is None else float(stop.target_E),
                E_n, epoch_E, a[:p], a[p : p + m], d[:m], d[m : m + p],
            )  # fmt: skip
            return done, E_n[:done], epoch_E[:n_epochs], code
        done, n_epochs, code = kernel.train_samples(
            self.network.params, self.opt.velocity, self.opt.grad, self.epoch_state,
            self._sizes, self.network.w_off, self.network.b_off, self._acts,
            codes.LOSS_CODES[self.network.loss], self.X, self.T, order, n,
            float(hp.alpha), int(hp.batch_size), float(hp.momentum), float(hp.l2),
            -1.0 if stop.target_E is None else float(stop.target_E),
            E_n, epoch_E, self._a_buf, self._a_off, self._d_buf, self._z_buf,
        )  # fmt: skip
        self.opt.n_in_batch = int(self.epoch_state[2])
        return done, E_n[:done], epoch_E[:n_epochs], code

    def _velocity_views(self):
        from core.engine.backprop import _views

        V, v = _views(self.network, self.opt.velocity)
        return V[0], v[0], V[1], v[1]

    def _run_reference(self, order: np.ndarray, stop: StopConditions):
        """The same loop as the kernel, in numpy, one sample at a time."""
        n, hp, net = self.n_train, self.hp, self.network
        E_n = np.empty(order.size)
        epoch_E = []
        for s, row in enumerate(order):
            try:
                trace = train_sample(net, self.X[row], self.T[row], hp.alpha, self.opt,
                                     hp.batch_size, hp.momentum, hp.l2)  # fmt: skip
            except Diverged:
                return s, E_n[:s], np.asarray(epoch_E), codes.DIVERGED
            E_n[s] = trace.E_n
            self.epoch_state[0] += 1
            self.epoch_state[1] += trace.E_n
            if self.epoch_state[0] >= n:
                apply_batch(net, hp.alpha, self.opt, hp.momentum, hp.l2)  # flush a partial batch
                epoch_E.append(self.epoch_state[1] / n)
                self.epoch_state[:2] = 0.0
                if stop.target_E is not None and epoch_E[-1] < stop.target_E:
                    return s + 1, E_n[: s + 1], np.asarray(epoch_E), codes.TARGET_REACHED
        return order.size, E_n, np.asarray(epoch_E), codes.OK

    def _finish(self, done, E_n, epoch_E, status, message, seconds) -> ChunkResult:
        c, n = self.counters, self.n_train
        first_epoch = c.epoch
        if done:
            self.history.samples.append(c.samples_seen + 1, E_n)
            self.last_E_n = float(E_n[-1])
        c.samples_seen += done
        total = c.epoch * n + c.pos + done
        c.epoch, c.pos = divmod(total, n)
        if len(epoch_E):
            self.history.epochs.append(first_epoch + 1, epoch_E)
            self.last_epoch_E = float(epoch_E[-1])
            if self.X_test is not None:
                self.test_E = self.mean_error(self.X_test, self.T_test)
                self.history.test.append([c.epoch], [self.test_E])
        self.status, self.message = status, message
        return ChunkResult(done, len(epoch_E), E_n, epoch_E, status, message, seconds)

    def step_traced(self) -> SampleTrace | None:
        """Train exactly one sample through the reference path and return its intermediates.

        Returns None (and sets status DIVERGED) if the sample would diverge.
        """
        n = self.n_train
        row = int(sample_order(n, self.counters.epoch, self.counters.pos, 1,
                               self.hp.shuffle, self.hp.order_seed)[0])  # fmt: skip
        self.epoch_state[2] = self.opt.n_in_batch
        position = self.opt.n_in_batch + 1  # this sample's place in its batch
        saved = self.use_kernel
        self.use_kernel = False
        try:
            hp = self.hp
            before = self.network.params.copy()
            result = self._run_reference(np.array([row]), StopConditions())
            done = result[0]
        finally:
            self.use_kernel = saved
        if not done:
            self._finish(0, np.empty(0), np.empty(0), DIVERGED, "training diverged on this sample", 0.0)
            return None
        after = self.network.params.copy()
        self.network.params[:] = before
        from core.engine.backprop import record_rule, trace_sample

        trace = trace_sample(self.network, self.X[row], self.T[row], hp.alpha)
        record_rule(trace, hp.batch_size, hp.momentum, hp.l2, position)
        self.network.params[:] = after
        trace.weights_before = [w.copy() for w in Network(self.network.sizes, self.network.activations,
                                                          self.network.loss, before).W]  # fmt: skip
        delta = after - before
        shadow = Network(self.network.sizes, self.network.activations, self.network.loss, delta)
        trace.applied_dW = [w.copy() for w in shadow.W]
        trace.applied_db = [b.copy() for b in shadow.b]
        self._finish(1, result[1], result[2], RUNNING, "", 0.0)
        trace.row = row
        return trace

    # ---- evaluation ----
    def mean_error(self, X: np.ndarray, T: np.ndarray) -> float:
        """Mean E_n over a data set with the current weights."""
        return float(np.mean(self.network.errors(X, T)))

    def snapshot(self, with_history: bool = False) -> Snapshot:
        """Copies of everything a view needs; safe to send to another thread."""
        net = self.network
        hist = {}
        if with_history:
            hist = {k: getattr(self.history, k).data() for k in ("samples", "epochs", "test")}
        return Snapshot(
            net.params.copy(), net.sizes, net.activations, net.loss,
            self.counters.samples_seen, self.counters.epoch, self.last_E_n, self.last_epoch_E,
            self.test_E, self.status, self.message, hist,
        )  # fmt: skip


def warm_up_kernels() -> None:
    """Import numba and load both compiled kernels (from numba's disk cache after the first run) by
    training one sample of a tiny network each way; the app does this on its worker thread at start,
    so the first Play does not wait for it."""
    if not codes.AVAILABLE:
        return
    X, T = np.zeros((2, 1)), np.zeros((2, 1))
    for hp in (Hyperparams(), Hyperparams(momentum=0.5)):  # the seed kernel, then the general one
        Trainer(Network([1, 1, 1]), ArrayData(X, T), hp).run(samples=3)
