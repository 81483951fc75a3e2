"""The window's model: the current Experiment, its data set, the training worker, the latest frame.

Views take a `Studio` in `__init__`, call its methods (play, step, reset, change the experiment)
and subscribe to its signals. It lives on the GUI thread; everything it receives from the worker
is a copy (a Frame), and everything it sends goes through the worker's command queue.
"""

from __future__ import annotations

import queue

from PySide6 import QtCore, QtGui

from core.checks.errors import BackpropStudioError
from core.engine.hyperparams import Hyperparams
from core.engine.weight_init import InitSpec
from core.i18n import sentence
from core.studio.experiment import Experiment, build_dataset, build_trainer, check, sizes_for
from core.studio.frame import Frame, FrameEvent
from core.studio.shown_sample import ShownSample, shown_sample
from core.studio.stop_rule import StopRule
from core.training.run_log import RunLog, describe_earlier
from core.training.trainer import DIVERGED, StopConditions
from gui.studio import commands as cmd
from gui.studio import undo
from gui.studio.worker_handle import WorkerHandle

MAX_OLD_RUNS = 5  # earlier runs kept, faded, on the E plot
PREPARING_NOTICE_MS = 1500  # a compiled loop still loading after this is being compiled: say so
SPEEDS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000,
          100_000, None)  # samples/s; None = flat out


class Studio(QtCore.QObject):
    """Owns the training worker and the experiment; views subscribe to its signals."""

    frame_received = QtCore.Signal(object)  # Frame
    experiment_changed = QtCore.Signal(object)  # Experiment (a new trainer was built)
    hyperparams_changed = QtCore.Signal(object)  # Hyperparams sent to the engine
    playing_changed = QtCore.Signal(bool)
    old_runs_changed = QtCore.Signal(object)  # list of core.training.run_log.RunRecord, oldest first
    notice_posted = QtCore.Signal(str)  # a plain sentence for the status bar
    preparing_changed = QtCore.Signal(bool)  # a compiled loop is being compiled (True), then ready (False)
    problem_reported = QtCore.Signal(str, str)  # title, plain message (a dialog)

    def __init__(self, experiment: Experiment | None = None, parent=None):
        super().__init__(parent)
        self.experiment = experiment or Experiment()
        self.dataset = build_dataset(self.experiment.data, self.experiment.arch.output_activation)
        trainer = build_trainer(self.experiment, self.dataset)
        self.frame: Frame | None = None
        self.speed: float | None = None
        self.playing = False
        self.stop_rule = StopRule()
        self.old_runs = RunLog(MAX_OLD_RUNS)
        self.undo_stack = QtGui.QUndoStack(self)  # destructive edits (gui/studio/undo.py)
        self.undo_stack.setUndoLimit(undo.UNDO_LIMIT)
        self._run_config: dict | None = None  # the current run's settings when it started
        self._generation = 0
        self._divergence_said = None  # (generation, samples seen) of the divergence last said (or opened)
        self._last_step: tuple[int, object] | None = None  # (samples_seen, trace) of the last step
        self._worker = WorkerHandle(trainer, self)
        self._worker.frame_received.connect(self._on_frame_received)
        self._worker.failed.connect(self._on_worker_failed)
        self._worker.preparing.connect(self._on_preparing)
        # a compiled loop that takes more than a moment to load is being compiled: say so
        self._preparing_timer = QtCore.QTimer(self, singleShot=True, interval=PREPARING_NOTICE_MS)
        self._preparing_timer.timeout.connect(lambda: self._set_preparing(True))
        self.preparing = False  # the window says a loop is being compiled
        self._worker.start()

    # ---- what the views ask ----
    @property
    def sizes(self) -> tuple[int, ...]:
        return sizes_for(self.experiment.arch, self.dataset)

    def step_trace(self, frame: Frame):
        """The SampleTrace of the single step `frame` shows the result of, or None: a step's trace
        stays the story until training moves on (or restarts), whatever frames come between."""
        if self._last_step is None or frame.generation != self._generation:
            return None
        seen, trace = self._last_step
        if frame.snapshot.samples_seen != seen or not 0 <= getattr(trace, "row", -1) < frame.n_train:
            return None
        return trace

    def shown_sample(self, frame: Frame) -> ShownSample | None:
        """The sample `frame` stands for (core/studio/shown_sample.py); None for a stale frame."""
        if frame.snapshot.sizes != self.sizes or frame.n_train != len(self.dataset.X_train):
            return None
        return shown_sample(frame, self.dataset, self.step_trace(frame))

    def warm_up(self) -> None:
        """Have the worker load the compiled kernels now (after the window's first paint), so the
        first Play starts at once."""
        self._worker.send(cmd.WarmUp())

    def play(self) -> None:
        self._start_run()
        self._set_playing(True)
        self._worker.send(cmd.Play())

    def pause(self) -> None:
        self._set_playing(False)
        self._worker.send(cmd.Pause())

    def _start_run(self) -> None:
        if self._run_config is None:
            self._run_config = self.run_config()  # the settings this run starts training with

    def toggle_play(self) -> None:
        self.pause() if self.playing else self.play()

    def step_sample(self) -> None:
        self._step(cmd.StepSample())

    def step_epoch(self) -> None:
        self._step(cmd.StepEpoch())

    def _step(self, command: cmd.Command) -> None:
        """Pause, then train exactly one sample or one epoch on the worker."""
        self._start_run()
        self._set_playing(False)
        self._worker.send(command)

    def reset(self) -> None:
        """Start over with the same init seed: the same initial weights (undoable)."""
        before = self._before_destructive_edit()
        self._set_playing(False)
        self._keep_run(self.experiment)
        self._worker.send(cmd.Reset(self.experiment.init))
        self._push_undo(before, self.tr("Reset"))
        self.notice_posted.emit(self.tr("Reset: weights back to their start (seed {seed}).").format(
            seed=self.experiment.init.seed))

    def new_init(self) -> None:
        """Start over with the next init seed: new initial weights (undoable)."""
        before = self._before_destructive_edit()
        init = InitSpec(self.experiment.init.scheme, self.experiment.init.r,
                        self.experiment.init.seed + 1)
        self._push_undo(before, self.tr("New init"))
        self._keep_run(self.experiment.with_(init=init))
        self.experiment = self.experiment.with_(init=init)
        self._set_playing(False)
        self._worker.send(cmd.Reset(init))
        self.experiment_changed.emit(self.experiment)
        self.notice_posted.emit(self.tr("New initial weights (seed {seed}).").format(seed=init.seed))

    def set_hyperparams(self, hp: Hyperparams) -> None:
        """Applied live: the engine uses them from its next sample."""
        self.experiment = self.experiment.with_(hp=hp)
        self._worker.send(cmd.SetHyperparams(hp))
        self.hyperparams_changed.emit(hp)

    def set_speed(self, samples_per_s: float | None) -> None:
        self.speed = samples_per_s
        self._worker.send(cmd.SetSpeed(samples_per_s))

    def set_stop_rule(self, rule: StopRule) -> None:
        """When to stop training by itself. Target error and max epochs go to the worker, whose
        kernel stops on the exact sample; the plateau rule is judged here on every frame."""
        self.stop_rule = rule
        self._worker.send(cmd.SetStopConditions(StopConditions(rule.target_E, rule.max_epochs)))

    def set_weights(self, params) -> None:
        """Replace all weights with a copy of `params` (flat, the network's layout)."""
        self._worker.send(cmd.SetParams(params.copy()))

    def edit_weight(self, layer: int, k: int, j: int, value: float) -> None:
        """Set one weight, W[layer][k, j] (j = sizes[layer]: the bias); undoable."""
        before = self._before_destructive_edit()
        self._worker.send(cmd.SetWeight(layer, k, j, float(value)))
        self._push_undo(before, self.tr("Edit weight"))

    # ---- undo ----
    def _before_destructive_edit(self):
        """Pause (so the state kept is the one the user sees), then capture it for Undo."""
        if self.playing:
            self.pause()
        return undo.capture(self)

    def _push_undo(self, before, text: str) -> None:
        if before is not None:
            self.undo_stack.push(undo.SnapshotCommand(self, before, text))

    def restore_state(self, trainer, dataset, exp: Experiment) -> None:
        """Continue from a kept state (Undo, Redo): its trainer, data and experiment as they were."""
        self._switch_to(trainer, dataset, exp, keep_run=False)
        self.notice_posted.emit(self.tr("Restored: {data}, network {sizes}, epoch {epoch}.").format(
            data=dataset.name, sizes="-".join(map(str, self.sizes)), epoch=f"{trainer.counters.epoch:,}"))

    def call(self, fn, timeout: float = 10.0):
        """fn(trainer) run on the worker thread between chunks; returns its result or raises its
        exception. Blocks the GUI thread until then: for short, user-requested jobs (saving a
        session) only. fn must only read the trainer, or write files."""
        reply: queue.Queue = queue.Queue()
        self._worker.send(cmd.Call(fn, reply))
        try:
            ok, value = reply.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(self.tr("the training thread did not answer in time")) from None
        if not ok:
            raise value
        return value

    def adopt(self, trainer, dataset, exp: Experiment, why: str) -> None:
        """Continue with a trainer built elsewhere (an opened session): its weights, counters and
        history as they are, no re-initialisation. A session that had diverged says so in the
        notice, not in a dialog (opening it is not a new problem); Play says it again if it does."""
        message = trainer.message if trainer.status == DIVERGED else ""  # read before the worker has it
        seen = trainer.counters.samples_seen
        self._switch_to(trainer, dataset, exp)
        self._divergence_said = (self._generation, seen) if message else None
        self.notice_posted.emit(f"{why} {sentence(message)}" if message else why)

    def _switch_to(self, trainer, dataset, exp: Experiment, keep_run: bool = True) -> None:
        """Hand `trainer` to the worker (the GUI keeps no reference) and make `exp` current."""
        if keep_run:
            self._keep_run(exp, dataset)
        else:
            self._run_config = None
        self.experiment, self.dataset = exp, dataset
        self._generation += 1
        self._last_step = None
        self._set_playing(False)
        self._worker.send(cmd.ReplaceTrainer(trainer, self._generation))
        self.experiment_changed.emit(exp)

    def change_experiment(self, exp: Experiment, why: str, problem_title: str | None = None,
                          dataset=None) -> bool:
        """Rebuild data and network for `exp` and start over; False (and a notice) if impossible.

        The old state stays untouched when the new experiment cannot be built. With
        `problem_title` (a file the user chose, say) the reason is reported as a problem (a
        dialog, like every other file error) rather than a status-bar notice. `dataset`: the data
        for exp, already built (read on a worker thread); else built here.
        """
        try:
            if dataset is None:
                dataset = self.dataset
                if (exp.data != self.experiment.data
                        or exp.arch.output_activation != self.experiment.arch.output_activation):
                    dataset = build_dataset(exp.data, exp.arch.output_activation)
            check(exp.arch, dataset)
            trainer = build_trainer(exp, dataset)
            before = self._before_destructive_edit()
        except (BackpropStudioError, ValueError) as exc:
            if problem_title is not None:
                self.problem_reported.emit(problem_title, str(exc))
            else:
                self.notice_posted.emit(self.tr("Not changed: {reason}.").format(reason=exc))
            return False
        self._switch_to(trainer, dataset, exp)
        self._push_undo(before, self.tr("Change: {why}").format(why=why))
        sizes = "-".join(map(str, self.sizes))
        self.notice_posted.emit(self.tr("{why}: training restarted on {data}, network {shape}, fresh weights "
                                        "(seed {seed}).").format(why=why, data=self.dataset.name, shape=sizes,
                                                                 seed=exp.init.seed))
        return True

    def clear_old_runs(self) -> None:
        """Forget the earlier runs shown faded on the E plot."""
        self.old_runs.clear()
        self.old_runs_changed.emit([])

    def run_config(self, exp: Experiment | None = None, dataset=None) -> dict:
        """The settings a run is compared by (core.training.run_log keys)."""
        exp, ds = exp or self.experiment, dataset or self.dataset
        hp = exp.hp
        return {"dataset": ds.name, "sizes": sizes_for(exp.arch, ds),
                "activations": exp.arch.activations(), "loss": exp.arch.loss, "alpha": hp.alpha,
                "batch_size": hp.batch_size, "momentum": hp.momentum, "l2": hp.l2,
                "shuffle": hp.shuffle, "init": exp.init.scheme, "seed": exp.init.seed}

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop the worker thread and wait for it; True if it ended in time."""
        return self._worker.stop(timeout_ms)

    def _keep_run(self, new_exp: Experiment, new_dataset=None) -> None:
        """Before a run is replaced: keep its epoch-mean E curve, labelled by what the next run
        changes (e.g. 'α 0.5→2'). Another data set clears the earlier runs instead."""
        frame, old = self.frame, self._run_config
        self._run_config = None
        new = self.run_config(new_exp, new_dataset)
        if new["dataset"] != self.dataset.name:
            # errors on other data are not comparable (nor are their epochs): start afresh
            if len(self.old_runs):
                self.clear_old_runs()
            return
        epochs, E = frame.snapshot.history.get("epochs", ((), ())) if frame else ((), ())
        if old is None or len(epochs) < 2:
            return
        label = describe_earlier(old, new)
        self.old_runs.add({**old, "n_train": frame.n_train}, epochs, E, label)
        self.old_runs_changed.emit(self.old_runs.runs)

    # ---- from the worker ----
    def _set_playing(self, playing: bool) -> None:
        if playing != self.playing:
            self.playing = playing
            self.playing_changed.emit(playing)

    @QtCore.Slot(object)
    def _on_frame_received(self, frame: Frame) -> None:
        if frame.generation != self._generation:
            return  # from a trainer that has since been replaced
        self.frame = frame
        if frame.trace is not None:
            self._last_step = (frame.snapshot.samples_seen, frame.trace)
        elif self._last_step is not None and (frame.event is FrameEvent.RESET
                                         or frame.snapshot.samples_seen != self._last_step[0]):
            self._last_step = None
        if not frame.playing and self.playing and frame.event in (FrameEvent.DIVERGED, FrameEvent.STOPPED):
            self._set_playing(False)
            if frame.event is FrameEvent.STOPPED and frame.snapshot.message:
                self.notice_posted.emit(sentence(frame.snapshot.message) + ".")
        self.frame_received.emit(frame)
        why = self.stop_rule.reason(frame.snapshot) if self.playing and frame.playing else None
        if why is not None:
            self.pause()
            self.notice_posted.emit(why)
        # a divergence is said once: the frames after it (a speed or stop-rule change, say) keep its
        # status; one that diverges again (Play) says it again
        said = self._divergence_said == (frame.generation, frame.snapshot.samples_seen)
        if frame.event is FrameEvent.DIVERGED or (frame.snapshot.status == DIVERGED and not said):
            self._divergence_said = (frame.generation, frame.snapshot.samples_seen)
            self.problem_reported.emit(self.tr("Training diverged"), frame.snapshot.message or
                                       self.tr("The error became infinite; lower α and reset."))

    @QtCore.Slot(bool)
    def _on_preparing(self, busy: bool) -> None:
        if busy:
            self._preparing_timer.start()
        else:
            self._preparing_timer.stop()
            self._set_preparing(False)

    def _set_preparing(self, shown: bool) -> None:
        if shown != self.preparing:
            self.preparing = shown
            self.preparing_changed.emit(shown)

    @QtCore.Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        self._set_playing(False)
        self.problem_reported.emit(self.tr("Training stopped"), message)
