"""Tests for gui/studio/worker.py: the training thread's command queue, frames and shutdown."""

from __future__ import annotations

import time

import numpy as np
import pytest

from core.engine.hyperparams import Hyperparams
from core.studio.experiment import Experiment, build_dataset, build_trainer
from core.studio.frame import FrameEvent
from gui.studio import commands as cmd
from gui.studio.worker import MAX_FPS
from gui.studio.worker_handle import WorkerHandle


@pytest.fixture
def handle(qtbot):
    exp = Experiment()
    h = WorkerHandle(build_trainer(exp, build_dataset(exp.data, "sigmoid")))
    frames = []
    h.frame_received.connect(frames.append)
    h.frames = frames
    h.start()
    qtbot.waitUntil(lambda: len(frames) > 0, timeout=5000)
    yield h
    assert h.stop(2000)


def test_first_frame_is_the_untrained_network(handle):
    """The worker announces the fresh trainer once, with nothing trained yet."""
    f = handle.frames[0]
    assert f.snapshot.samples_seen == 0 and f.event is FrameEvent.RESET and not f.playing
    assert f.snapshot.sizes == (2, 2, 1)


def test_frames_are_copies(handle, qtbot):
    """Two frames never share the weight array (only copies cross the thread boundary)."""
    handle.send(cmd.StepSample())
    qtbot.waitUntil(lambda: len(handle.frames) >= 2, timeout=3000)
    a, b = handle.frames[0].snapshot.params, handle.frames[-1].snapshot.params
    assert a is not b and not np.shares_memory(a, b)
    assert not np.array_equal(a, b)


def test_frame_rate_is_bounded_flat_out(handle, qtbot):
    """Flat out, the GUI gets at most ~MAX_FPS frames a second however fast training runs."""
    handle.send(cmd.Play())
    qtbot.waitUntil(lambda: handle.frames[-1].snapshot.samples_seen > 0, timeout=5000)  # warm
    first, seen0, t0 = len(handle.frames), handle.frames[-1].snapshot.samples_seen, time.perf_counter()
    qtbot.waitUntil(lambda: time.perf_counter() - t0 >= 1.0
                    and handle.frames[-1].snapshot.samples_seen > seen0 + 10_000, timeout=10_000)
    n, elapsed = len(handle.frames) - first, time.perf_counter() - t0
    handle.send(cmd.Pause())
    qtbot.waitUntil(lambda: handle.frames[-1].event is FrameEvent.PAUSED, timeout=3000)
    assert 3 <= n <= (MAX_FPS + 2) * elapsed


def test_paced_speed_is_kept_by_the_worker(handle, qtbot):
    """At 200 samples/s the worker trains about 200 samples in a second (it sleeps, not the GUI)."""
    handle.send(cmd.SetSpeed(200))
    handle.send(cmd.Play())
    t0 = time.perf_counter()
    qtbot.waitUntil(lambda: handle.frames[-1].snapshot.samples_seen >= 200, timeout=10_000)
    handle.send(cmd.Pause())
    qtbot.waitUntil(lambda: handle.frames[-1].event is FrameEvent.PAUSED, timeout=3000)
    rate = handle.frames[-1].snapshot.samples_seen / (time.perf_counter() - t0)
    assert 120 <= rate <= 240


def test_hyperparams_reach_the_engine_while_playing(handle, qtbot):
    """A new α sent while training is the one the engine's trainer holds (read on its thread)."""
    handle.send(cmd.Play())
    handle.send(cmd.SetHyperparams(Hyperparams(alpha=0.125)))
    qtbot.waitUntil(lambda: handle.frames[-1].hp.alpha == 0.125 and handle.frames[-1].playing,
                    timeout=3000)


def test_call_runs_on_the_worker_and_returns(handle):
    """A 'call' command runs a function of the trainer on the worker and hands the result back."""
    import queue
    import threading

    reply = queue.Queue()
    handle.send(cmd.Call(lambda tr: (threading.current_thread().name, tr.n_train), reply))
    ok, (thread_name, n) = reply.get(timeout=3)
    assert ok and n == 4 and thread_name != threading.main_thread().name


def test_an_exception_ends_in_failed_not_a_stuck_thread(handle, qtbot):
    """An unknown command makes the loop fail loudly: `failed` then `stopped`, the thread ends."""
    messages = []
    handle.failed.connect(messages.append)
    with qtbot.waitSignal(handle.stopped, timeout=3000):
        handle.send(cmd.Command())
    assert messages and "unknown worker command" in messages[0]
    assert not handle.is_running


def test_stop_while_flat_out_is_quick(handle, qtbot):
    """Stopping the thread while it trains flat out takes well under a second."""
    handle.send(cmd.Play())
    qtbot.waitUntil(lambda: handle.frames[-1].snapshot.samples_seen > 1000, timeout=10_000)
    t0 = time.perf_counter()
    assert handle.stop(1000)
    assert time.perf_counter() - t0 < 0.5


def test_stop_conditions_stop_on_the_exact_epoch(qtbot):
    """A max-epochs stop condition sent to the worker ends training exactly at that epoch."""
    import numpy as np

    from core.engine.network import Network
    from core.training.trainer import ArrayData, StopConditions, Trainer
    from gui.studio.worker_handle import WorkerHandle

    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], float)
    T = np.array([[0], [1], [1], [0]], float)
    handle = WorkerHandle(Trainer(Network([2, 2, 1]), ArrayData(X, T)))
    frames = []
    handle.frame_received.connect(frames.append)
    handle.start()
    handle.send(cmd.SetStopConditions(StopConditions(max_epochs=300)))
    handle.send(cmd.Play())
    qtbot.waitUntil(lambda: any(f.event is FrameEvent.STOPPED for f in frames), timeout=10_000)
    stopped = [f for f in frames if f.event is FrameEvent.STOPPED][0]
    assert stopped.snapshot.epoch == 300 and stopped.snapshot.samples_seen == 1200
    assert "maximum of 300 epochs" in stopped.snapshot.message
    assert handle.stop()


def test_a_step_not_yet_shown_is_dropped_with_its_trainer(qtbot):
    """Step, then a new trainer (or a reset) before the step's frame went out: the frame that
    goes out carries no trace, so no view explains the old trainer's sample on the new data."""
    from core.studio.experiment import DataChoice
    from gui.studio.worker import TrainingWorker

    exp = Experiment()
    worker = TrainingWorker(build_trainer(exp, build_dataset(exp.data, "sigmoid")))
    frames = []
    worker.frame_emitted.connect(frames.append)
    spiral = Experiment(DataChoice("spiral"))
    for replace in (cmd.ReplaceTrainer(build_trainer(spiral, build_dataset(spiral.data, "sigmoid")), 1),
                    cmd.Reset(exp.init)):
        worker._handle(cmd.StepSample())
        worker._handle(replace)
        worker._last_emit = 0.0
        worker._emit_if_due()
        assert frames[-1].event is FrameEvent.RESET and frames[-1].trace is None
    worker._handle(cmd.StepSample())  # a step shown at once still carries its trace
    worker._last_emit = 0.0
    worker._emit_if_due()
    assert frames[-1].event is FrameEvent.STEPPED and frames[-1].trace is not None
