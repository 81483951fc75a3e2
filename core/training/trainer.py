"""The trainer: a network, its data and hyperparameters, and the loop that trains it in chunks.

It is Qt-free and single-threaded: the GUI's worker (or the CLI, or a script) calls `run()`
repeatedly and may change hyperparameters between calls — they apply from the next sample on, a
half-filled batch being applied first with the rule it was gathered under (see Hyperparams).
Which loop trains a chunk (compiled kernels or the numpy reference) is core/training/paths.py's
business; what a chunk takes and returns is core/training/chunk.py's.
"""

from __future__ import annotations

import time

import numpy as np

from core.checks.limits import MAX_SAMPLES
from core.engine import aligned
from core.engine.backprop import OptimizerState, SampleTrace, apply_batch
from core.engine.compiled import codes
from core.engine.hyperparams import Hyperparams
from core.engine.network import Network
from core.engine.order import sample_order
from core.engine.weight_init import InitSpec
from core.i18n import Context, translate
from core.training.chunk import (  # noqa: F401 - re-exported: what callers import with the Trainer
    DIVERGED,
    MAX_EPOCHS,
    RUNNING,
    TARGET_REACHED,
    ArrayData,
    ChunkResult,
    Counters,
    Snapshot,
    StopConditions,
)
from core.training.history import History
from core.training.paths import FastPath, run_reference, warm_up_kernels  # noqa: F401

TrainerText = Context("TrainerText")  # plural forms: TrainerText.tr("… %n …", "", n)
# After a divergence, weights up to this size are worth continuing from at a lower α; beyond it (a
# blown-up run keeps weights like 1e138) every later update overflows again, and only a reset helps.
SANE_WEIGHT = 1e6


def _check_data(net: Network, X: np.ndarray, T: np.ndarray, what: str,
                trained: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """X, T as C-contiguous float64, checked against the network; trained: the kernels sweep X's
    rows, so when each row is whole cache lines (d a multiple of 8) X starts on one (a copy if the
    data set's does not: core/engine/aligned.py)."""
    X = np.asarray(X)
    if trained and X.ndim == 2 and X.shape[1] * 8 % aligned.LINE == 0:  # 8 bytes a float64
        X = aligned.contiguous(X)
    X = np.ascontiguousarray(X, dtype=np.float64)
    T = np.ascontiguousarray(T, dtype=np.float64)
    if X.ndim != 2 or T.ndim != 2 or X.shape[0] != T.shape[0]:
        raise ValueError(translate(
            "Trainer", "{what}: inputs and targets must be (n, d) and (n, m) with the same n").format(
            what=what))
    if X.shape[0] == 0:
        raise ValueError(translate("Trainer", "{what}: there are no samples").format(what=what))
    if X.shape[1] != net.sizes[0] or T.shape[1] != net.sizes[-1]:
        raise ValueError(
            translate(
                "Trainer", "{what}: data has {shape} inputs and {shape2} targets, the network {names} needs "
                "{sizes} and {sizes2}").format(
                what=what,
                shape=X.shape[1],
                shape2=T.shape[1],
                names='-'.join(map(str, net.sizes)),
                sizes=net.sizes[0],
                sizes2=net.sizes[-1])
        )
    if not (np.all(np.isfinite(X)) and np.all(np.isfinite(T))):
        raise ValueError(translate("Trainer", "{what}: data contains NaN or infinite values").format(what=what))
    return X, T


def _max_epochs_message(max_epochs: int) -> str:
    return TrainerText.tr("stopped: reached the maximum of %n epoch(s)", "", max_epochs).replace(
        str(max_epochs), f"{max_epochs:,}", 1)


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
        self.X, self.T = _check_data(network, data.X_train, data.T_train,
                                     translate("Trainer", "training data"), trained=True)
        if getattr(data, "X_test", None) is not None and len(data.X_test):
            self.X_test, self.T_test = _check_data(network, data.X_test, data.T_test,
                                                       translate("Trainer", "test data"))
        else:
            self.X_test = self.T_test = None
        self.hp = hyperparams or Hyperparams()
        self.init = init or InitSpec()
        self.use_kernel = codes.AVAILABLE if use_kernel is None else (use_kernel and codes.AVAILABLE)
        self._fast = FastPath(network, use_seed_kernel) if self.use_kernel else None
        self.reset(initialise=initialise)

    # ---- state ----
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
    def compiled_loop_ready(self) -> bool:
        """False if the next chunk must first load (or, on a fresh install, compile) its loop."""
        return not self.use_kernel or self._fast.ready(self.network, self.hp)

    def prepare_compiled_loop(self) -> None:
        """Load or compile the loop the current setting trains with (core/training/paths.py)."""
        if self.use_kernel:
            warm_up_kernels([self._fast.loop_for(self.network, self.hp)])

    def run(self, samples: int | None = None, epochs: int | None = None,
            stop: StopConditions | None = None) -> ChunkResult:  # fmt: skip
        """Train the next `samples` samples, or up to the end of the next `epochs` epochs."""
        if (samples is None) == (epochs is None):
            raise ValueError(translate("Trainer", "give exactly one of samples or epochs"))
        n = self.n_train
        count = samples if samples is not None else epochs * n - self.counters.pos
        if count < 0 or count > MAX_SAMPLES * 20:
            raise ValueError(translate("Trainer", "cannot train {count:,} samples in one call").format(count=count))
        stop = stop or StopConditions()
        if stop.max_epochs is not None:
            left = stop.max_epochs * n - (self.counters.epoch * n + self.counters.pos)
            if left <= 0:
                return self._finish(0, np.empty(0), np.empty(0), MAX_EPOCHS,
                                    _max_epochs_message(stop.max_epochs), 0.0)  # fmt: skip
            count = min(count, left)
        t0 = time.perf_counter()
        state = (self.network, self.opt, self.epoch_state, self.X, self.T, self._next_rows(count), self.hp,
                 stop.target_E)  # fmt: skip
        if self.use_kernel:
            done, E_n, epoch_E, code = self._fast.run(*state)
        else:
            done, E_n, epoch_E, code = run_reference(*state)
        status, message = RUNNING, ""
        if code == codes.DIVERGED:
            status = DIVERGED
            message = self._divergence_message(done, n)
        elif code == codes.TARGET_REACHED:
            status = TARGET_REACHED
            message = translate("Trainer", "stopped: the epoch's mean E fell below the target {target}").format(
                target=f"{stop.target_E:g}")
        elif stop.max_epochs is not None and (self.counters.epoch * n + self.counters.pos + done
                                              >= stop.max_epochs * n):  # fmt: skip
            status, message = MAX_EPOCHS, _max_epochs_message(stop.max_epochs)
        return self._finish(done, E_n, epoch_E, status, message, time.perf_counter() - t0)

    def _divergence_message(self, done: int, n: int) -> str:
        """Where the run diverged, and what to do: continuing is advice only while the weights kept
        (the last finite ones) are of a size an update at a lower α can still work with."""
        where_ = {"sample": f"{self.counters.samples_seen + done + 1:,}",
                  "epoch": f"{self.counters.epoch + 1 + (self.counters.pos + done) // n:,}",
                  "alpha": f"{self.hp.alpha:g}"}
        largest = float(np.max(np.abs(self.network.params))) if self.network.n_params else 0.0
        if largest <= SANE_WEIGHT:
            return translate(
                "Trainer", "training diverged at sample {sample} (epoch {epoch}): the error or an update became "
                "infinite with α = {alpha}. The weights are kept as they were before that sample; lower α, "
                "then continue or reset.").format(**where_)
        return translate(
            "Trainer", "training diverged at sample {sample} (epoch {epoch}): the error or an update became "
            "infinite with α = {alpha}. The weights kept from before that sample have grown as large as "
            "{largest}, too large to continue from; lower α and reset.").format(**where_, largest=f"{largest:.2g}")

    def _next_rows(self, count: int) -> np.ndarray:
        """The training-set rows of the next `count` samples: (count,) int64."""
        return sample_order(self.n_train, self.counters.epoch, self.counters.pos, count,
                            self.hp.shuffle, self.hp.order_seed)  # fmt: skip

    def _finish(self, done, E_n, epoch_E, status, message, seconds) -> ChunkResult:
        c, n = self.counters, self.n_train
        first_epoch = c.epoch
        self.epoch_state[2] = self.opt.n_in_batch  # the samples waiting in the batch, whichever path ran
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
        """Train exactly one sample through the reference path and return its intermediates, with
        the Δw it applied. Returns None (and sets status DIVERGED) if the sample would diverge."""
        rows = self._next_rows(1)
        done, E_n, epoch_E, _, trace = run_reference(self.network, self.opt, self.epoch_state, self.X, self.T,
                                                     rows, self.hp, None, keep_trace=True)  # fmt: skip
        if not done:
            self._finish(0, E_n, epoch_E, DIVERGED, "training diverged on this sample", 0.0)
            return None
        self._finish(1, E_n, epoch_E, RUNNING, "", 0.0)
        trace.row = int(rows[0])
        return trace

    # ---- evaluation ----
    def mean_error(self, X: np.ndarray, T: np.ndarray) -> float:
        """Mean E_n over a data set with the current weights (inf once the errors overflow: a run that
        is diverging is reported by its status, not by a numpy warning on stderr)."""
        with np.errstate(over="ignore", invalid="ignore"):
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
