"""Tests for gui/window/main_window.py: the window opens on the seed's setup and the toolbar drives
training (play, pause, step, reset) through the worker, and closes quickly."""

from __future__ import annotations

import time

import numpy as np

from core.studio.frame import FrameEvent
from gui.window.main_window import MainWindow
from tests.gui.conftest import frame_after


def _pause(qtbot, w):
    w.studio.pause()
    return frame_after(qtbot, w.studio, lambda f: f.event is FrameEvent.PAUSED)


def test_opens_on_the_seed_network_and_xor(window):
    """Nothing to configure: 2-2-1, sigmoid, ½ SSE, α = 0.5, online, XOR, untrained."""
    exp, frame = window.studio.experiment, window.studio.frame
    assert window.studio.sizes == (2, 2, 1)
    assert frame.snapshot.activations == ("sigmoid", "sigmoid") and frame.snapshot.loss == "sse"
    assert frame.hp.alpha == 0.5 and frame.hp.batch_size == 1
    assert exp.data.name == "xor" and frame.n_train == 4
    assert frame.snapshot.samples_seen == 0
    assert window.controls.network_box.summary.text().replace("\u200b", "").startswith("2-2-1")


def test_play_makes_E_fall_and_pause_stops(window, qtbot):
    """Play trains (the epoch mean E falls); after Pause samples_seen no longer changes."""
    # E of the initial weights: the first frame may come after thousands of flat-out samples
    E0 = window.studio.call(lambda tr: tr.mean_error(tr.X, tr.T))
    window.controls.speed_box.set_speed(None)
    window.training_actions.play.trigger()
    frame_after(qtbot, window.studio, lambda f: f.snapshot.samples_seen > 20_000)
    window.training_actions.play.trigger()  # the same action pauses
    paused = frame_after(qtbot, window.studio, lambda f: f.event is FrameEvent.PAUSED)
    assert paused.snapshot.last_epoch_E < 0.5 * E0
    seen = paused.snapshot.samples_seen
    qtbot.wait(150)
    assert window.studio.frame.snapshot.samples_seen == seen


def test_alpha_changed_while_running_reaches_the_engine(window, qtbot):
    """Moving α during training changes the α the worker's trainer uses (read back in a frame)."""
    window.studio.play()
    window.controls.training_box.alpha.box.setValue(0.05)
    frame_after(qtbot, window.studio, lambda f: f.hp.alpha == 0.05 and f.playing)


def test_step_sample_trains_exactly_one_sample(window, qtbot):
    """→ trains one sample and pauses."""
    n = _pause(qtbot, window).snapshot.samples_seen
    window.training_actions.step_sample.trigger()
    f = frame_after(qtbot, window.studio, lambda f: f.snapshot.samples_seen != n)
    assert f.snapshot.samples_seen == n + 1 and f.trace is not None
    qtbot.wait(100)
    assert window.studio.frame.snapshot.samples_seen == n + 1


def test_step_epoch_trains_exactly_one_epoch(window, qtbot):
    """Ctrl+→ from the start of an epoch trains n_train samples: one epoch."""
    window.training_actions.step_epoch.trigger()
    f = frame_after(qtbot, window.studio, lambda f: f.snapshot.epoch == 1)
    assert f.snapshot.samples_seen == 4
    window.training_actions.step_epoch.trigger()
    f = frame_after(qtbot, window.studio, lambda f: f.snapshot.epoch == 2)
    assert f.snapshot.samples_seen == 8


def test_reset_restores_the_same_initial_weights(window, qtbot):
    """Reset (same seed) gives back exactly the starting weights; New init gives others."""
    start = window.studio.frame.snapshot.params.copy()
    window.training_actions.step_epoch.trigger()
    frame_after(qtbot, window.studio, lambda f: f.snapshot.epoch == 1)
    window.training_actions.reset.trigger()
    f = frame_after(qtbot, window.studio, lambda f: f.snapshot.samples_seen == 0)
    assert np.array_equal(f.snapshot.params, start)
    window.training_actions.new_init.trigger()
    f = frame_after(qtbot, window.studio, lambda f: not np.array_equal(f.snapshot.params, start))
    assert window.studio.experiment.init.seed == 2


def test_status_bar_shows_the_numbers(window, qtbot):
    """Epoch, samples seen and E appear in the status bar after a step."""
    window.training_actions.step_epoch.trigger()
    frame_after(qtbot, window.studio, lambda f: f.snapshot.epoch == 1)
    labels = window.status_numbers.labels
    assert labels["epoch"].text() == "epoch 1" and labels["samples"].text() == "4 samples"
    assert labels["E"].text().startswith("E = 0.")


def test_closing_while_training_flat_out_is_quick(qtbot, settings):
    """Closing during flat-out training stops the worker thread within a second."""
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    w.controls.speed_box.set_speed(None)
    w.studio.play()
    frame_after(qtbot, w.studio, lambda f: f.snapshot.samples_seen > 1000)
    t0 = time.perf_counter()
    w.close()
    assert time.perf_counter() - t0 < 1.0
    assert w.studio._worker._thread.isFinished()


def test_geometry_and_setup_persist(qtbot, settings):
    """A second window opens with the first one's size, experiment, plot options and docks."""
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    w.learn_dock.hide()  # with the Learn panel open the window is wider than the test screen
    qtbot.wait(50)  # the layout's minimum shrinks once the hide is processed
    w.resize(700, 500)  # the offscreen screen is 800 x 600: restoreGeometry keeps inside it
    w.controls.training_box.alpha.box.setValue(0.25)
    w.error_plot.set_log(True)
    w.close()
    w2 = MainWindow(settings)
    qtbot.addWidget(w2)
    assert w2.studio.experiment.hp.alpha == 0.25 and w2.error_plot.log_box.isChecked()
    assert w2.size().width() == 700 and w2.learn_dock.isHidden()
    w2.close()


def test_first_paint_asks_the_worker_to_warm_up_the_kernels(qtbot, tmp_path, monkeypatch):
    """After the window's first paint the worker thread (not the GUI thread) loads the compiled
    loop of the setting on screen, and only that one (the seed kernel for the default)."""
    import threading

    from core.training import paths, trainer
    from gui.window.main_window import MainWindow
    from gui.window.settings import Settings

    calls = []
    monkeypatch.setattr(paths, "_LOADED", set())
    monkeypatch.setattr(trainer, "warm_up_kernels", lambda loops: calls.append((threading.current_thread(), loops)))
    w = MainWindow(Settings(str(tmp_path / "s.ini")))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=5000)
    assert calls[0][0] is not threading.main_thread() and calls[0][1] == ["seed"]
    w.close()


def test_learn_panel_keeps_its_share_and_all_tabs_show(window, qtbot):
    """Made larger, the window gives the Learn panel its share (not all to the graph); every
    tab is on screen without scroll arrows, at 1024 wide too."""
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024)
    small = window.learn_dock.width()
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920)
    qtbot.waitUntil(lambda: window.learn_dock.width() > 1.5 * small, timeout=2000)
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024)
    bar = window.learn_panel.tabBar()
    assert not window.learn_panel.usesScrollButtons()
    qtbot.waitUntil(lambda: bar.tabRect(bar.count() - 1).right() <= bar.width(), timeout=2000)


def test_stop_when_is_in_view_at_the_first_size(window, qtbot):
    """At the window's first size (1400×880) the Controls panel shows "Stop when" whole, without
    scrolling."""
    window.resize(1400, 880)
    qtbot.waitUntil(lambda: window.height() == 880)
    panel, box = window.controls, window.controls.stop_box
    qtbot.waitUntil(lambda: box.mapTo(panel.widget(), box.rect().bottomLeft()).y()
                    <= panel.viewport().height(), timeout=2000)
    assert panel.verticalScrollBar().value() == 0
