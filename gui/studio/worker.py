"""The training worker: a QObject living in a QThread that runs the core Trainer in short chunks.

The GUI never calls the worker's methods directly. A queued call into a busy worker slot would
never be delivered, so every command (play, pause, step, reset, new hyperparameters, a new trainer,
stop) goes through a thread-safe `queue.Queue` that the loop drains between chunks. Going the
other way, the worker emits `frame_emitted` with a `Frame` of copies, at most `MAX_FPS` times a
second whatever the training speed. Only the worker touches the Trainer once it is handed over.

Protocol, in one picture:

    GUI thread                                     worker thread
    WorkerHandle.send(Play()) --queue.Queue-->     loop: drain commands, train one chunk
    _on_frame_emitted(frame)  <--queued signal---  frame_emitted.emit(Frame(copies)) ≤ 30/s
    requestInterruption() + send(Stop()), wait() -> loop ends, finished.emit()

The commands are the small classes of gui/studio/commands.py, each handled by one method found in
`TrainingWorker._handlers` by its class; frames are core/studio/frame.py's `Frame`.
"""

from __future__ import annotations

import queue
import time
import traceback

import numpy as np
from PySide6 import QtCore

from core.studio.frame import Frame, FrameEvent
from core.studio.sample_trace import next_row
from core.training.trainer import DIVERGED, RUNNING, StopConditions, Trainer
from gui.studio import commands as cmd

MAX_FPS = 30
CHUNK_SECONDS = 0.015  # a chunk of samples takes about this long: short enough to react quickly
MAX_CHUNK = 1_000_000
GIL_SWITCH_S = 0.0005
MAX_CATCH_UP_S = 0.1  # below flat out, a late worker makes up at most this much time at once


class TrainingWorker(QtCore.QObject):
    """Runs `loop()` in its QThread; commands arrive through `commands`, frames leave by signal."""

    frame_emitted = QtCore.Signal(object)
    failed = QtCore.Signal(str)
    finished = QtCore.Signal()
    preparing = QtCore.Signal(bool)  # True while a compiled loop is loaded or compiled, then False

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
        self._dirty_event: FrameEvent | None = FrameEvent.RESET
        self._trace = None
        self._stop = StopConditions()  # target error / max epochs: the kernel stops on the exact sample
        self._handlers = {
            cmd.Play: self._play, cmd.Pause: self._pause, cmd.StepSample: self._step_sample,
            cmd.StepEpoch: self._step_epoch, cmd.Reset: self._reset, cmd.SetHyperparams: self._set_hyperparams,
            cmd.SetSpeed: self._set_speed, cmd.SetStopConditions: self._set_stop_conditions,
            cmd.SetParams: self._set_params, cmd.SetWeight: self._set_weight,
            cmd.ReplaceTrainer: self._replace_trainer, cmd.WarmUp: self._warm_up, cmd.Call: self._call,
        }

    # ---- the loop (worker thread) ----
    @QtCore.Slot()
    def loop(self) -> None:
        """Train until asked to stop; any exception ends in `failed`, never a stuck thread."""
        try:
            self._loop()
        except Exception as exc:  # noqa: BLE001 - reported to the GUI in plain words
            traceback.print_exc()
            self.failed.emit(self.tr("the training thread stopped: {error}").format(error=exc))
        finally:
            self.finished.emit()

    def _loop(self) -> None:
        thread = QtCore.QThread.currentThread()
        while not thread.isInterruptionRequested():
            try:
                timeout = self._wait_time()
                command = self.commands.get(block=timeout != 0, timeout=timeout or None)
            except queue.Empty:
                command = None
            if command is not None:
                if isinstance(command, cmd.Stop):
                    return
                self._handle(command)
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

    def _prepare_loop(self) -> None:
        """Load the compiled loop the trainer's setting needs, if it is not yet: a fraction of a
        second from numba's disk cache, seconds on a fresh install, when it is compiled. The GUI
        hears of it (`preparing`) and says so if it takes long."""
        if self._trainer.compiled_loop_ready():
            return
        self.preparing.emit(True)
        try:
            self._trainer.prepare_compiled_loop()
        finally:
            self.preparing.emit(False)
            self._restart_pace()

    def _train_chunk(self) -> None:
        self._prepare_loop()
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
        self._dirty_event = self._dirty_event or FrameEvent.TICK
        if result.status != RUNNING:
            self._playing = False
            self._dirty_event = FrameEvent.DIVERGED if result.status == DIVERGED else FrameEvent.STOPPED
            self._last_emit = 0.0  # say it at once

    # ---- commands (worker thread) ----
    def _handle(self, command: cmd.Command) -> None:
        handler = self._handlers.get(type(command))
        if handler is None:
            raise ValueError(f"unknown worker command {command!r}")
        event = handler(command)
        if event is None:
            return  # nothing to redraw (a read-only call, the kernels warming up)
        if command.live and self._playing:
            self._dirty_event = self._dirty_event or FrameEvent.TICK  # the next tick shows it
        else:
            self._dirty_event = event
        if command.show_now:
            self._last_emit = 0.0  # the user asked for it: show it now

    def _play(self, _: cmd.Play) -> FrameEvent:
        self._playing = True
        self._restart_pace()
        return FrameEvent.PLAYED

    def _pause(self, _: cmd.Pause) -> FrameEvent:
        self._playing = False
        return FrameEvent.PAUSED

    def _step_sample(self, _: cmd.StepSample) -> FrameEvent:
        self._playing = False
        self._trace = self._trainer.step_traced()
        return FrameEvent.DIVERGED if self._trainer.status == DIVERGED else FrameEvent.STEPPED

    def _step_epoch(self, _: cmd.StepEpoch) -> FrameEvent:
        self._playing = False
        self._prepare_loop()
        result = self._trainer.run(epochs=1)
        return FrameEvent.DIVERGED if result.status == DIVERGED else FrameEvent.STEPPED

    def _reset(self, command: cmd.Reset) -> FrameEvent:
        self._playing = False
        self._trainer.reset(command.init)
        self._trace = None  # a step not yet shown belongs to the weights just discarded
        return FrameEvent.RESET

    def _set_hyperparams(self, command: cmd.SetHyperparams) -> FrameEvent:
        self._trainer.set_hyperparams(command.hp)
        return FrameEvent.CHANGED

    def _set_speed(self, command: cmd.SetSpeed) -> FrameEvent:
        self._speed = command.samples_per_s
        self._restart_pace()
        return FrameEvent.CHANGED

    def _set_stop_conditions(self, command: cmd.SetStopConditions) -> FrameEvent:
        self._stop = command.stop
        return FrameEvent.CHANGED

    def _set_params(self, command: cmd.SetParams) -> FrameEvent:
        self._trainer.network.params[:] = command.params
        return FrameEvent.CHANGED

    def _set_weight(self, command: cmd.SetWeight) -> FrameEvent:
        net = self._trainer.network
        if command.j < 0:
            net.b[command.layer][command.k] = command.value
        else:
            net.W[command.layer][command.k, command.j] = command.value
        return FrameEvent.CHANGED

    def _replace_trainer(self, command: cmd.ReplaceTrainer) -> FrameEvent:
        self._trainer, self._generation = command.trainer, command.generation
        self._playing = False
        self._chunk = 1
        self._trace = None  # a step not yet shown was the old trainer's (its row, its data)
        return FrameEvent.RESET

    def _warm_up(self, _: cmd.WarmUp) -> None:
        self._prepare_loop()  # here, not on the GUI thread: under a second, or seconds on a fresh install

    def _call(self, command: cmd.Call) -> None:
        try:  # runs here, between chunks, so it never races the loop
            command.reply.put((True, command.fn(self._trainer)))
        except Exception as exc:  # noqa: BLE001 - handed back to the caller to report
            command.reply.put((False, exc))

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
    """Each layer's activation (copies) for the sample the engine learns from next (in the epoch's
    shuffled order when shuffling, the sample the teaching views and Practice mode explain)."""
    c = tr.counters
    row = next_row(c.samples_seen, c.epoch, tr.n_train, tr.hp.shuffle, tr.hp.order_seed)
    return [a.copy() for a in tr.network.forward_all(tr.X[row])]
