"""Tests for the teaching views wired into the window (gui/learn/panel.py, gui/graph/feed.py,
gui/graph/step_animation.py): derivation after a step, backprop view, animation, boundary refresh,
metrics, Hinton selection, old runs on the E plot and stop conditions."""

from __future__ import annotations

import time

import numpy as np
from PySide6 import QtCore

from core.engine.hyperparams import Hyperparams
from core.engine.network import Network
from core.studio.experiment import DataChoice
from core.studio.frame import FrameEvent
from tests.gui.conftest import frame_after


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def _paused(qtbot, w):
    w.studio.pause()
    return frame_after(qtbot, w.studio, lambda f: not f.playing)


def _step(qtbot, w):
    n = _paused(qtbot, w).snapshot.samples_seen
    w.training_actions.step_sample.trigger()
    return frame_after(qtbot, w.studio, lambda f: f.snapshot.samples_seen == n + 1
                       and f.trace is not None)


def _click_edge(qtbot, w, l, to, frm):
    # a third of the way along: at the midpoint, x₁→h₂ and x₂→h₁ of a 2-2 layer cross
    qtbot.mouseClick(w.graph_view, QtCore.Qt.MouseButton.LeftButton,
                     pos=w.graph_view.edge_point(l, to, frm, at=0.35).toPoint())


def test_edge_clicked_after_a_step_shows_the_applied_dw(window, qtbot):
    """After → , clicking w_ji shows factors whose product is the Δw the engine applied (1e-12)
    and equals α δ_j x_i worked out by hand from the weights before the step."""
    window.controls.speed_box.set_speed(None)
    window.studio.play()
    frame_after(qtbot, window.studio, lambda f: f.snapshot.samples_seen > 50)
    frame = _step(qtbot, window)
    _click_edge(qtbot, window, 0, 1, 0)  # w_21: from x_1 to h_2
    assert window.graph_view.selected_edge() == (0, 1, 0)
    assert window.learn_panel.current_key() == "derivation"
    d = window.learn_panel.inspector.derivation()
    tr = frame.trace
    assert d is not None
    product = float(np.prod([t.value for t in d.terms]))
    assert abs(product - tr.applied_dW[0][1, 0]) < 1e-12
    # by hand: the seed's forward and backward pass with the weights before the step
    before = Network((2, 2, 1), params=frame.snapshot.params.copy())
    for l in range(2):
        before.W[l] -= tr.applied_dW[l]
        before.b[l] -= tr.applied_db[l]
    h = _sigmoid(before.W[0] @ tr.x + before.b[0])
    o = _sigmoid(before.W[1] @ h + before.b[1])
    delta_k = (tr.t - o) * o * (1 - o)
    delta_j = h * (1 - h) * (before.W[1].T @ delta_k)
    assert abs(product - frame.hp.alpha * delta_j[1] * tr.x[0]) < 1e-12
    html = window.learn_panel.inspector.html()
    for term in d.terms:  # each factor is on screen, as the numbers line shows it
        assert term.shown.html in html


def test_inspector_follows_training_at_a_bounded_rate(window, qtbot):
    """With a weight selected, running flat out keeps renewing the derivation (next sample, current
    weights), far fewer times than frames arrive."""
    window.graph_view.edge_selected.emit(1, 0, -1)
    renders = []
    inspector = window.learn_panel.inspector
    original = inspector.set_trace
    inspector.set_trace = lambda *a, **k: (renders.append(1), original(*a, **k))
    frames = []
    window.studio.frame_received.connect(lambda f: frames.append(f))
    window.controls.speed_box.set_speed(None)
    window.studio.play()
    qtbot.waitUntil(lambda: len(frames) >= 25 and frames[-1].snapshot.samples_seen > 1000, timeout=10_000)
    _paused(qtbot, window)
    d = inspector.derivation()
    assert d is not None and "w" in d.title.plain
    assert 3 <= len(renders) <= 0.6 * len(frames) + 3


def test_backprop_view_colours_edges_by_dw_and_units_by_delta(window, qtbot):
    """B switches the graph to gradient mode with the trace's δ written on the units; B again back."""
    frame = _step(qtbot, window)
    window.teaching_actions.backprop.trigger()
    assert window.teaching_actions.backprop.isChecked()
    assert window.graph_view.edge_values() == "gradient"
    _fill, values, fmt = window.graph_view.unit_look(2)
    assert fmt.startswith("δ") and np.allclose(values, frame.trace.deltas[1], atol=0)
    window.teaching_actions.backprop.trigger()
    assert window.graph_view.edge_values() == "weight"
    assert window.graph_view.unit_look(2)[2] == "{:.2f}"


def test_animated_step_plays_forward_backward_update(window, qtbot):
    """With Animate steps on, → shows the forward pass layer by layer, δ going back, then the update."""
    window.teaching_actions.animate.trigger()
    window.teaching_actions.pace.setCurrentIndex(2)  # fast
    window.graph_feed.animation.set_pace(0.02)
    phases, banners = [], []
    window.graph_feed.phase_shown.connect(phases.append)
    window.graph_feed.phase_shown.connect(
        lambda _t: banners.append(window.learn_panel.inspector.html()))
    _step(qtbot, window)
    qtbot.waitUntil(lambda: not window.graph_feed.animation.running, timeout=3000)
    kinds = [p.split(":")[0] for p in phases]
    assert all(p in b for p, b in zip(phases, banners, strict=True))  # the inspector follows
    assert kinds == ["Forward"] * 3 + ["Backward"] * 2 + ["Update", "Done"]
    assert "outputs" in phases[3] and window.graph_view.edge_values() == "weight"
    assert "Backward" not in window.learn_panel.inspector.html()  # the banner went with the end


def test_boundary_view_refreshes_while_training(window, qtbot):
    """The decision boundary tab is redrawn ≥ 10 times in 1.5 s of flat-out training (aim: 12–15/s;
    slack for a loaded test machine)."""
    window.learn_panel.show_tab("units")
    boundary = window.learn_panel.units.boundary
    calls = []
    original = boundary.set_network_params
    boundary.set_network_params = lambda p: (calls.append(p.copy()), original(p))
    window.controls.speed_box.set_speed(None)
    window.studio.play()
    qtbot.waitUntil(lambda: len(calls) >= 10, timeout=10_000)
    _paused(qtbot, window)
    assert len(calls) >= 10
    assert not np.array_equal(calls[0], calls[-1])
    assert boundary.values() is not None


def test_metrics_show_full_accuracy_on_xor_after_training(window, qtbot):
    """Trained to E < 0.005, the Metrics tab says 100 % and the confusion matrix is diagonal."""
    window.learn_panel.show_tab("metrics")
    window.controls.speed_box.set_speed(None)
    window.studio.play()
    frame_after(qtbot, window.studio, lambda f: f.snapshot.last_epoch_E < 0.005, timeout=15000)
    _paused(qtbot, window)
    m = window.learn_panel.metrics
    assert m.result["train"]["accuracy"] == 1.0
    assert "100.0 %" in m.summary.text()
    C = m.tables["train"].counts
    assert C.sum() == 4 and np.trace(C) == 4


def test_iris_units_tab_shows_a_projection_and_digits_show_weight_pictures(window, qtbot):
    """4-D iris gets the principal-component plane; 64-pixel digits the incoming weights."""
    exp = window.studio.experiment
    assert window.studio.change_experiment(exp.with_(data=DataChoice("iris")), "test")
    units = window.learn_panel.units
    assert units.projection is not None and units.boundary is None
    assert window.studio.change_experiment(exp.with_(data=DataChoice("digits")), "test")
    units = window.learn_panel.units
    assert units.strip is not None and units.strip.mode == "weights" and units.worst is not None


def test_hinton_click_selects_the_weight_everywhere(window, qtbot):
    """Clicking a Hinton square marks that edge in the graph and the inspector explains it."""
    window.learn_panel.show_tab("weights")
    _step(qtbot, window)
    hinton = window.learn_panel.hinton
    qtbot.waitUntil(lambda: hinton.isVisible())
    qtbot.mouseClick(hinton, QtCore.Qt.MouseButton.LeftButton,
                     pos=hinton.cell_centre(1, 0, 1).toPoint())
    assert window.graph_view.selected_edge() == (1, 0, 1)
    d = window.learn_panel.inspector.derivation()
    assert d is not None and abs(d.product - window.studio.frame.trace.dW[1][0, 1]) < 1e-15


def test_reset_keeps_the_old_run_faded_with_what_changed(window, qtbot):
    """Train, change α, reset: the E plot keeps the old epoch curve labelled 'α 0.5→2'; Clear drops it."""
    window.controls.speed_box.set_speed(None)
    window.studio.play()
    frame_after(qtbot, window.studio, lambda f: f.snapshot.epoch >= 20)
    old = _paused(qtbot, window).snapshot.history["epochs"]
    window.studio.set_hyperparams(window.studio.experiment.hp.with_(alpha=2.0))
    window.training_actions.reset.trigger()
    frame_after(qtbot, window.studio, lambda f: f.event is FrameEvent.RESET)
    plot = window.error_plot
    assert plot.old_run_labels() == ["α 0.5 (now 2)"]
    curve = plot.old_curves[-1]
    assert curve.isVisible() and curve.opts["pen"].color().alpha() < 255
    x, y = curve.xData, curve.yData  # what it was fed (getData is the downsampled view)
    assert np.allclose(y, old[1]) and np.allclose(x, old[0] * 4)
    assert plot.clear_runs_button.isVisible()
    plot.clear_runs_button.click()
    assert plot.old_run_labels() == [] and not curve.isVisible()


def test_stop_at_target_error_through_the_controls(window, qtbot):
    """Ticking 'E below 0.05' and playing: the run pauses by itself and the status bar says why."""
    box = window.controls.stop_box
    box.target_spin.setValue(0.05)
    box.target_box.setChecked(True)
    window.controls.speed_box.set_speed(20_000)
    window.training_actions.play.trigger()
    qtbot.waitUntil(lambda: not window.studio.playing, timeout=15000)
    f = frame_after(qtbot, window.studio, lambda f: not f.playing)
    assert f.snapshot.last_epoch_E < 0.05
    assert "below the target 0.05" in window.statusBar().currentMessage()
    assert window.training_actions.play.text().endswith("Play")


def test_max_epochs_stops_the_run(window, qtbot):
    """'epochs reach 50' pauses the run at 50 epochs or a frame later."""
    box = window.controls.stop_box
    box.epochs_spin.setValue(50)
    box.epochs_box.setChecked(True)
    window.studio.set_hyperparams(Hyperparams(alpha=0.5))
    window.controls.speed_box.set_speed(2000)
    window.studio.play()
    t0 = time.perf_counter()
    qtbot.waitUntil(lambda: not window.studio.playing, timeout=10000)
    f = frame_after(qtbot, window.studio, lambda f: not f.playing)
    assert 50 <= f.snapshot.epoch <= 50 + 40 and time.perf_counter() - t0 < 10
    assert "maximum of 50 epochs" in window.statusBar().currentMessage()


def test_teaching_choices_persist(qtbot, settings):
    """Backprop view, animation, pace and the Learn tab come back in the next window."""
    from gui.window.main_window import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.teaching_actions.backprop.trigger()
    w.teaching_actions.pace.setCurrentIndex(2)
    w.learn_panel.show_tab("metrics")
    w.close()
    w2 = MainWindow(settings)
    qtbot.addWidget(w2)
    assert w2.teaching_actions.backprop.isChecked() and not w2.teaching_actions.animate.isChecked()
    assert w2.graph_view.edge_values() == "gradient"
    assert w2.teaching_actions.pace.currentIndex() == 2 and w2.learn_panel.current_key() == "metrics"
    w2.close()


def test_new_experiment_drops_a_learn_panel_draw_under_way(window, qtbot):
    """A sliced redraw of the units tab, half done when the data set changes (and the old views
    are deleted), is dropped: the rest never runs on deleted widgets."""
    from PySide6 import QtWidgets

    from gui.drawing.redraw_pacer import redraw_queue

    panel = window.learn_panel
    panel.show_tab("units")
    window.studio.step_sample()
    frame_after(qtbot, window.studio, lambda f: f.event is FrameEvent.STEPPED)
    job = panel._refresh_and_paint("units")
    next(job)  # the boundary is drawn; the units' pictures and the paint are still to come
    queue, pacer = redraw_queue(), panel._pacers["units"]
    pacer.run(lambda: job)
    exp = window.studio.experiment
    assert window.studio.change_experiment(exp.with_(data=DataChoice("moons")), "test")
    QtWidgets.QApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)  # old views go
    assert not queue.is_pending(pacer)
    qtbot.wait(50)  # an exception in the queue's timer would fail the test here


def test_first_launch_shows_the_boundary_and_a_guide(window, qtbot):
    """Fresh settings, nothing clicked: 'What units learned' is open with the boundary drawn and
    the three-line guide above it; once training starts the guide steps aside."""
    panel = window.learn_panel
    assert panel.current_key() == "units"
    qtbot.waitUntil(lambda: panel.units.boundary.values() is not None, timeout=5000)
    assert panel.guide.isVisibleTo(window)
    text = panel.guide.text()
    assert "Space" in text and "edge" in text and "→" in text
    window.controls.speed_box.set_speed(None)
    window.studio.play()
    frame_after(qtbot, window.studio, lambda f: f.snapshot.samples_seen > 0)
    qtbot.waitUntil(lambda: not panel.guide.isVisibleTo(window), timeout=5000)


def test_on_a_big_network_a_users_refresh_starts_at_once_and_goes_in_pieces(window, qtbot):
    """Another tab, on 6 layers of 512 units: its refresh is queued to run in pieces (at once, it
    held the window 0.2-0.3 s); on the seed's network it is drawn at once, as before."""
    from core.studio.experiment import Architecture
    from gui.drawing.redraw_pacer import redraw_queue

    panel = window.learn_panel
    panel.show_tab("metrics")
    frame_after(qtbot, window.studio, lambda f: f is not None)
    panel.show_tab("weights")
    assert not redraw_queue().is_pending(panel._pacers["weights"])  # 9 weights: drawn at once
    exp = window.studio.experiment
    big = exp.with_(data=DataChoice("digits"), arch=Architecture((512,) * 6, "tanh", "softmax", "cross_entropy"))
    assert window.studio.change_experiment(big, "test")
    frame_after(qtbot, window.studio, lambda f: f.snapshot.params.size > 1_000_000)
    panel = window.learn_panel
    panel.show_tab("metrics")
    assert redraw_queue().is_pending(panel._pacers["metrics"])
    qtbot.waitUntil(lambda: panel.metrics.result is not None, timeout=10000)  # and it does come
