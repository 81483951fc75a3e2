"""The training worker: a QObject living in a QThread that runs the core Trainer in short chunks.

The GUI never calls the worker's methods directly. A queued call into a busy worker slot would
never be delivered, so every command (play, pause, step, reset, new hyperparameters, a new trainer,
stop) goes through a thread-safe `queue.Queue` that the loop drains between chunks. Going the
other way, the worker emits `frame_emitted` with a `Frame` of copies, at most `MAX_FPS` times a
second whatever the training speed. Only the worker touches the Trainer once it is handed over.

Protocol, in one picture:

    GUI thread                                     worker thread
    WorkerHandle.send(("play",)) --queue.Queue-->  loop: drain commands, train one chunk
    _on_frame_emitted(frame)  <--queued signal---  frame_emitted.emit(Frame(copies)) ≤ 30/s
    requestInterruption() + send(STOP), wait() --> loop ends, finished.emit()
"""

from __future__ import annotations

import queue
import sys
import time
import traceback
from dataclasses import dataclass, field

import numpy as np
from PySide6 import QtCore

from core.engine.hyperparams import Hyperparams
from core.training.blas_threads import limit_blas_threads
from core.training.trainer import DIVERGED, RUNNING, Snapshot, StopConditions, Trainer, warm_up_kernels

MAX_FPS = 30
CHUNK_SECONDS = 0.015  # a chunk of samples takes about this long: short enough to react quickly
MAX_CHUNK = 1_000_000
STOP = ("stop",)
GIL_SWITCH_S = 0.0005
MAX_CATCH_UP_S = 0.1  # below flat out, a late worker makes up at most this much time at once


@dataclass
class Frame:
    """What the GUI sees of the worker: copies only, never the trainer's live arrays.

    snapshot: the trainer's Snapshot (with history); hp: the hyperparameters the engine uses now;
    samples_per_s: measured since the previous frame; playing: is the loop training; generation:
    which trainer this came from (frames of a replaced trainer are dropped); n_train: samples per
    epoch; activations: each layer's activation for the next training sample (for the graph);
    trace: the SampleTrace of a single step, else None; event: what happened ("tick", "step",
    "reset", "paused", "diverged", ...).
    """

    snapshot: Snapshot
    hp: Hyperparams
    samples_per_s: float
    playing: bool
    generation: int
    n_train: int
    activations: list = field(default_factory=list)
    trace: object = None
    event: str = "tick"


class TrainingWorker(QtCore.QObject):
    """Runs `loop()` in its QThread; commands arrive through `commands`, frames leave by signal."""

    frame_emitted = QtCore.Signal(object)
    failed = QtCore.Signal(str)
    finished = QtCore.Signal()

    def __init__(self, trainer: Trainer, generation: int = 0):
        super().__init__()
        self.commands: queue.Queue = queue.Queue()
        self._trainer = trainer
        self._generation = generation
        self._playing = False
        self._speed: float | None = None  # samples/s, None = flat out
        self._chunk = 1
        self._pace_t0 = 0.0
        self._pace_done = 0
        self._last_emit = 0.0
        self._rate_t0 = time.perf_counter()
        self._rate_samples0 = trainer.counters.samples_seen
        self._dirty_event: str | None = "reset"
        self._trace = None
        self._stop = StopConditions()  # target error / max epochs: the kernel stops on the exact sample

    # ---- the loop (worker thread) ----
    @QtCore.Slot()
    def loop(self) -> None:
        """Train until asked to stop; any exception ends in `failed`, never a stuck thread."""
        try:
            self._loop()
        except Exception as exc:  # noqa: BLE001 - reported to the GUI in plain words
            traceback.print_exc()
            self.failed.emit(f"the training thread stopped: {exc}")
        finally:
            self.finished.emit()

    def _loop(self) -> None:
        thread = QtCore.QThread.currentThread()
        while not thread.isInterruptionRequested():
            try:
                timeout = self._wait_time()
                cmd = self.commands.get(block=timeout != 0, timeout=timeout or None)
            except queue.Empty:
                cmd = None
            if cmd is not None:
                if cmd[0] == "stop":
                    return
                self._handle(cmd)
                continue  # drain every waiting command before training on
            if self._playing and self._pace_allows() >= 1:
                self._train_chunk()
            self._emit_if_due()

    def _wait_time(self) -> float | None:
        """How long the loop may block on the queue: 0 while training, None (forever) when idle."""
        now = time.perf_counter()
        until_emit = max(0.0, self._last_emit + 1 / MAX_FPS - now)
        if self._playing:
            allowed = self._pace_allows()
            if allowed >= 1:
                return 0
            # paced below flat out: sleep here (woken early by any command) until one sample is due
            wait = (1 - allowed) / self._speed
            return min(wait, until_emit) if self._dirty_event else wait
        if self._dirty_event:
            return until_emit if until_emit > 0 else 0
        return None

    def _pace_allows(self) -> float:
        """Samples the speed limit allows now (infinite when flat out)."""
        if self._speed is None:
            return float("inf")
        now = time.perf_counter()
        allowed = (now - self._pace_t0) * self._speed - self._pace_done
        cap = max(1.0, self._speed * MAX_CATCH_UP_S)
        if allowed > cap:  # fell behind (a slow chunk, the kernel loading): no burst to catch up
            self._pace_t0, self._pace_done = now - cap / self._speed, 0
            allowed = cap
        return allowed

    def _restart_pace(self) -> None:
        self._pace_t0 = time.perf_counter()
        self._pace_done = 0

    def _train_chunk(self) -> None:
        tr = self._trainer
        count = self._chunk
        if self._speed is not None:
            count = max(1, min(count, int(self._pace_allows())))
        t0 = time.perf_counter()
        result = tr.run(samples=count, stop=self._stop)
        elapsed = time.perf_counter() - t0
        self._pace_done += result.samples
        # adapt the chunk so that one takes CHUNK_SECONDS; grow at most 2x at a time
        if elapsed > 0:
            ideal = count * CHUNK_SECONDS / elapsed
            self._chunk = int(max(1, min(MAX_CHUNK, 2 * self._chunk, ideal)))
        self._dirty_event = self._dirty_event or "tick"
        if result.status != RUNNING:
            self._playing = False
            self._dirty_event = "diverged" if result.status == DIVERGED else "stopped"
            self._last_emit = 0.0  # say it at once

    # ---- commands (worker thread) ----
    def _handle(self, cmd: tuple) -> None:
        kind, *args = cmd
        tr = self._trainer
        event = kind
        if kind == "play":
            self._playing = True
            self._restart_pace()
        elif kind == "pause":
            self._playing = False
            event = "paused"
        elif kind == "step_sample":
            self._playing = False
            self._trace = tr.step_traced()
            event = "diverged" if tr.status == DIVERGED else "step"
        elif kind == "step_epoch":
            self._playing = False
            result = tr.run(epochs=1)
            event = "diverged" if result.status == DIVERGED else "step"
        elif kind == "reset":
            self._playing = False
            tr.reset(args[0])
        elif kind == "hyperparams":
            tr.set_hyperparams(args[0])
        elif kind == "warm_up":
            warm_up_kernels()  # here, not on the GUI thread: about a second, once
            return
        elif kind == "stop_conditions":
            self._stop = args[0]
        elif kind == "speed":
            self._speed = args[0]
            self._restart_pace()
        elif kind == "trainer":
            self._trainer, self._generation = args
            self._playing = False
            self._chunk = 1
            event = "reset"
        elif kind == "set_params":
            tr.network.params[:] = args[0]
        elif kind == "set_weight":
            layer, k, j, value = args  # j == -1 is the bias b[layer][k] (the seed's w_k0)
            if j < 0:
                tr.network.b[layer][k] = value
            else:
                tr.network.W[layer][k, j] = value
        elif kind == "call":
            fn, reply = args  # fn(trainer) runs here, between chunks, so it never races the loop
            try:
                reply.put((True, fn(tr)))
            except Exception as exc:  # noqa: BLE001 - handed back to the caller to report
                reply.put((False, exc))
        else:
            raise ValueError(f"unknown worker command {kind!r}")
        if kind == "call":
            return  # a read-only look at the trainer: nothing to redraw
        if kind not in ("speed", "hyperparams", "stop_conditions") or not self._playing:
            self._dirty_event = event
        else:
            self._dirty_event = self._dirty_event or "tick"
        if kind in ("pause", "reset", "trainer", "step_sample", "step_epoch", "hyperparams"):
            self._last_emit = 0.0  # the user asked for it: show it now

    # ---- frames (worker thread) ----
    def _emit_if_due(self) -> None:
        now = time.perf_counter()
        if self._dirty_event is None or now - self._last_emit < 1 / MAX_FPS:
            return
        tr = self._trainer
        seen = tr.counters.samples_seen
        dt = now - self._rate_t0
        rate = (seen - self._rate_samples0) / dt if dt > 0 and seen >= self._rate_samples0 else 0.0
        self._rate_t0, self._rate_samples0 = now, seen
        frame = Frame(tr.snapshot(with_history=True), tr.hp, rate if self._playing else 0.0,
                      self._playing, self._generation, tr.n_train, _activations(tr),
                      self._trace, self._dirty_event)
        self._trace = None
        self._dirty_event = None
        self._last_emit = now
        self.frame_emitted.emit(frame)


def _activations(tr: Trainer) -> list[np.ndarray]:
    """Each layer's activation (copies) for the sample at the current position in the epoch."""
    row = tr.counters.pos % tr.n_train
    return [a.copy() for a in tr.network.forward_all(tr.X[row])]


class WorkerHandle(QtCore.QObject):
    """GUI-thread owner of one worker and its QThread: starts it, sends commands, stops it.

    Re-emits the worker's signals from the GUI thread (`frame_received`, `failed`), so anything
    connected here runs on the GUI thread whatever it is (lambda, function or method).
    """

    frame_received = QtCore.Signal(object)
    failed = QtCore.Signal(str)
    stopped = QtCore.Signal()

    def __init__(self, trainer: Trainer, parent: QtCore.QObject | None = None):
        super().__init__(parent)
        self._thread = QtCore.QThread()
        self._thread.setObjectName("training")
        self._worker = TrainingWorker(trainer)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.loop)
        # Methods of this GUI-thread object: the connections are queued into the GUI thread.
        self._worker.frame_emitted.connect(self._on_frame_emitted)
        self._worker.failed.connect(self._on_failed)
        self._worker.finished.connect(self._on_finished)
        # Direct: quit() is thread-safe, and a queued call would wait for the GUI thread, which
        # may itself be blocked in stop()'s wait().
        self._worker.finished.connect(self._thread.quit, QtCore.Qt.ConnectionType.DirectConnection)
        self._running = False

    def start(self) -> None:
        # The kernel releases the GIL, but the trainer's Python between chunks needs it back; with
        # the default 5 ms switch interval a busy GUI thread can hold it that long each time.
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_S))
        limit_blas_threads()  # a spinning BLAS thread would take the GUI thread's core
        self._running = True
        self._thread.start()

    def send(self, *cmd) -> None:
        """Queue a command for the worker; it is handled before the next chunk."""
        # A "trainer" command hands the new Trainer over: the GUI keeps no reference it uses.
        self._worker.commands.put(cmd)

    @property
    def is_running(self) -> bool:
        return self._running and self._thread.isRunning()

    def stop(self, timeout_ms: int = 2000) -> bool:
        """Ask the loop to end and wait for the thread; True if it ended in time."""
        if not self._thread.isRunning():
            return True
        self._thread.requestInterruption()
        self._worker.commands.put(STOP)  # wakes a loop blocked on the queue
        ended = self._thread.wait(timeout_ms)
        self._running = False
        return ended

    @QtCore.Slot(object)
    def _on_frame_emitted(self, frame: Frame) -> None:
        self.frame_received.emit(frame)

    @QtCore.Slot(str)
    def _on_failed(self, message: str) -> None:
        self.failed.emit(message)

    @QtCore.Slot()
    def _on_finished(self) -> None:
        self._running = False
        self.stopped.emit()

