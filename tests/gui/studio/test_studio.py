"""Tests for gui/studio/studio.py: the Studio keeps its state when a change is impossible, and its
call() reads the trainer on the worker thread."""

from __future__ import annotations

import threading

from core.engine.hyperparams import Hyperparams
from core.studio.experiment import Architecture, DataChoice
from core.studio.frame import FrameEvent
from tests.gui.conftest import frame_after


def test_impossible_change_keeps_everything(window):
    """A CSV that does not exist: a notice in words, same experiment, same data, same trainer."""
    studio = window.studio
    exp, ds, notices = studio.experiment, studio.dataset, []
    studio.notice_posted.connect(notices.append)
    ok = studio.change_experiment(exp.with_(data=DataChoice("x", csv_path="/no/such.csv")), "t")
    assert not ok and studio.experiment is exp and studio.dataset is ds
    assert notices and notices[0].startswith("Not changed:") and "Traceback" not in notices[0]


def test_call_reads_the_trainer_on_the_worker_thread(window):
    """call() runs on the training thread and returns what the function returned."""
    name, alpha = window.studio.call(lambda tr: (threading.current_thread().name, tr.hp.alpha))
    assert name != threading.main_thread().name and alpha == 0.5


def test_divergence_is_reported_in_words(window, qtbot):
    """A huge α makes training diverge: a 'Training diverged' problem, playing stops."""
    problems = []
    window.studio.problem_reported.connect(lambda title, msg: problems.append((title, msg)))
    exp = window.studio.experiment
    arch = Architecture((2,), "linear", "linear", "sse")  # nothing saturates: α = 10 diverges
    assert window.studio.change_experiment(exp.with_(arch=arch, hp=Hyperparams(alpha=10.0)), "t")
    window.controls.speed_box.set_speed(None)
    window.studio.play()
    qtbot.waitUntil(lambda: len(problems) > 0, timeout=5000)
    assert problems[0][0] == "Training diverged" and "lower α" in problems[0][1]
    frame_after(qtbot, window.studio, lambda f: not f.playing)
    assert not window.studio.playing
    # said once: a frame after it that keeps the status (the speed moved) does not say it again
    before = window.studio.frame
    window.controls.speed_box.set_speed(50.0)
    frame_after(qtbot, window.studio, lambda f: f is not before and f.event is FrameEvent.CHANGED)
    assert len(problems) == 1


def test_a_changed_experiment_keeps_the_old_run(window, qtbot):
    """Changing the hidden layer after training adds an old run labelled by the change."""
    window.controls.speed_box.set_speed(None)
    window.studio.play()
    frame_after(qtbot, window.studio, lambda f: f.snapshot.epoch >= 10)
    exp = window.studio.experiment
    assert window.studio.change_experiment(exp.with_(arch=Architecture((4,))), "test")
    runs = window.studio.old_runs.runs
    assert [r.label for r in runs] == ["hidden 2 (now 4)"] and runs[0].config["n_train"] == 4


def test_another_data_set_clears_the_old_runs(window, qtbot):
    """Errors on other data are not comparable: switching the data set drops the earlier runs."""
    window.controls.speed_box.set_speed(None)
    window.studio.play()
    frame_after(qtbot, window.studio, lambda f: f.snapshot.epoch >= 10)
    window.studio.reset()
    assert len(window.studio.old_runs) == 1
    window.studio.play()
    frame_after(qtbot, window.studio, lambda f: f.snapshot.epoch >= 10 and f.playing)
    exp = window.studio.experiment
    assert window.studio.change_experiment(exp.with_(data=DataChoice("circle")), "test")
    assert len(window.studio.old_runs) == 0


def test_a_loop_still_loading_is_announced_then_ready(window, qtbot, monkeypatch):
    """Switching to mini-batches with their compiled loop not yet loaded in this process (as on a
    fresh install, where it is compiled): the status bar says so until the loop is ready, the run's
    numbers say "compiling…" instead of a stale speed, then "ready", and training goes on."""
    import time

    from core.training import paths, trainer

    def slow_warm_up(loops):  # as long as a compilation would take, in short: the cache is warm here
        time.sleep(0.5)
        paths.warm_up_kernels(loops)

    monkeypatch.setattr(paths, "_LOADED", set())
    monkeypatch.setattr(trainer, "warm_up_kernels", slow_warm_up)
    window.studio._preparing_timer.setInterval(100)
    changes = []
    window.studio.preparing_changed.connect(changes.append)
    seen = window.studio.frame.snapshot.samples_seen
    window.studio.set_hyperparams(window.studio.experiment.hp.with_(batch_size=32))
    window.studio.play()
    qtbot.waitUntil(lambda: changes == [True], timeout=5000)
    assert "Compiling the training loop" in window.statusBar().currentMessage()
    assert window.status_numbers.labels["rate"].text() == "compiling…"
    qtbot.waitUntil(lambda: changes == [True, False], timeout=20000)
    assert "ready" in window.statusBar().currentMessage()
    frame_after(qtbot, window.studio, lambda f: f.snapshot.samples_seen > seen + 32)
    assert "samples/s" in window.status_numbers.labels["rate"].text()
    window.studio.pause()
