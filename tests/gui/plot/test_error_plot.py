"""Tests for gui/plot/error_plot.py: three curves fed from the frames' history, in samples or epochs,
linear or log, and created once."""

from __future__ import annotations

import numpy as np

from tests.gui.conftest import frame_after


def _two_epochs(window, qtbot):
    for e in (1, 2):
        window.studio.step_epoch()
        frame_after(qtbot, window.studio, lambda f, e=e: f.snapshot.epoch == e)
    qtbot.waitUntil(lambda: window.error_plot.train_curve.getData()[0] is not None
                    and len(window.error_plot.train_curve.getData()[0]) == 2, timeout=3000)


def test_curves_show_the_history(window, qtbot):
    """After 2 epochs of XOR: 8 per-sample points, 2 epoch means at samples 4 and 8."""
    _two_epochs(window, qtbot)
    plot = window.error_plot
    x, _ = plot.sample_curve.getData()
    assert len(x) == 8
    x, y = plot.train_curve.getData()
    assert list(x) == [4, 8]
    assert np.allclose(y, window.studio.frame.snapshot.history["epochs"][1])
    assert len(plot.test_curve.getData()[0]) == 2


def test_x_in_epochs_and_log_y(window, qtbot):
    """Switching to epochs rescales x (the view follows); log E plots log10 of E."""
    _two_epochs(window, qtbot)
    plot = window.error_plot
    plot.set_x_unit("epochs")
    x, _ = plot.train_curve.getData()
    assert list(x) == [1, 2]
    x_range = plot.plot_widget.getPlotItem().getViewBox().viewRange()[0]
    assert x_range[1] < 3
    plot.set_log(True)
    _, y = plot.train_curve.getData()
    E = window.studio.frame.snapshot.history["epochs"][1]
    assert np.allclose(y, np.log10(E))


def test_items_are_created_once(window, qtbot):
    """Frames update the same curve items (three, and the faded old-run ones); none added per frame."""
    item = window.error_plot.plot_widget.getPlotItem()
    before = list(item.listDataItems())
    _two_epochs(window, qtbot)
    assert item.listDataItems() == before and len(before) == 3 + len(window.error_plot.old_curves)


def test_history_columns_are_copies(window, qtbot):
    """history_columns hands out copies, not the frame's arrays."""
    _two_epochs(window, qtbot)
    cols = window.error_plot.history_columns()
    cols["epochs"][1][:] = -1
    assert (window.studio.frame.snapshot.history["epochs"][1] > 0).all()


def test_y_range_is_set_in_steps_over_the_curves_shown(window, qtbot):
    """The y axis spans 0 to the step above the largest E shown (plus 3 % padding); hiding the
    per-sample curve fits it to the epoch means."""
    from gui.plot.axes import y_limits

    _two_epochs(window, qtbot)
    plot = window.error_plot
    view = plot.plot_widget.getPlotItem().getViewBox()

    def top_without_padding():
        lo, hi = view.viewRange()[1]
        return hi - 0.03 / 1.06 * (hi - lo)

    hist = window.studio.frame.snapshot.history
    everything = np.concatenate([hist[k][1] for k in ("samples", "epochs", "test")])
    assert np.isclose(top_without_padding(), y_limits(everything, log=False)[1], rtol=1e-6)
    plot.per_sample_box.setChecked(False)
    means = np.concatenate([hist[k][1] for k in ("epochs", "test")])
    assert np.isclose(top_without_padding(), y_limits(means, log=False)[1], rtol=1e-6)


def test_a_run_with_another_loss_is_scaled_and_says_so(window, qtbot):
    """After switching ½ SSE → cross-entropy, the ½ SSE run is drawn scaled to start where the
    cross-entropy run starts, and its label says it is another loss, scaled."""
    from dataclasses import replace

    studio = window.studio
    _two_epochs(window, qtbot)
    old_E = studio.frame.snapshot.history["epochs"][1].copy()
    exp = studio.experiment
    assert studio.change_experiment(exp.with_(arch=replace(exp.arch, loss="cross_entropy")), "test")
    for e in (1, 2):
        studio.step_epoch()
        frame_after(qtbot, studio, lambda f, e=e: f.snapshot.epoch == e)
    plot = window.error_plot
    qtbot.waitUntil(lambda: "scaled" in " ".join(plot.old_run_labels()), timeout=3000)
    new_E = studio.frame.snapshot.history["epochs"][1]
    (label,) = plot.old_run_labels()
    assert label.startswith("loss ½ SSE (now cross-entropy)") and "other loss" in label
    y = plot.old_curves[-1].yData
    assert np.allclose(y, old_E * new_E[0] / old_E[0]) and y[0] == new_E[0]


def test_a_diverged_run_keeps_the_plot_on_its_finite_range(window, qtbot):
    """XOR at α = 1000 (ReLU, linear output) blows up to E ≈ 1e306: the y axis stays on the run's
    starting scale (not ±5e306 with a flat line), a dashed line marks where it diverged, and the
    status bar's message fits beside the run's numbers."""
    from core.engine.hyperparams import Hyperparams
    from core.studio.experiment import Architecture, DataChoice, Experiment
    from core.training.trainer import DIVERGED

    exp = Experiment(DataChoice("xor"), Architecture((8,), "relu", "linear"), Hyperparams(alpha=1000.0))
    assert window.studio.change_experiment(exp, "test")
    window.controls.speed_box.set_speed(None)
    window.studio.play()
    frame_after(qtbot, window.studio, lambda f: f.snapshot.status == DIVERGED, timeout=10000)
    plot = window.error_plot
    qtbot.waitUntil(plot.divergence_line.isVisible, timeout=3000)
    E = window.studio.frame.snapshot.history["samples"][1]
    assert np.nanmax(np.where(np.isfinite(E), E, np.nan)) > 1e100  # it did blow up
    # the line stands at the sample the message names ("diverged at sample N"), not where E first
    # left the plot's range
    seen = window.studio.frame.snapshot.samples_seen
    assert plot.divergence_line.value() == seen + 1
    assert plot.plot_widget.getPlotItem().getViewBox().viewRange()[0][1] >= seen + 1  # on screen
    assert f"at sample {seen + 1:,} " in window.statusBar().currentMessage()
    assert window.statusBar().currentMessage().lower().count("diverged") == 1  # not "diverged: … diverged"
    lo, hi = plot.plot_widget.getPlotItem().getViewBox().viewRange()[1]
    assert hi < 1e4 and lo > -1e4
    bar = window.statusBar()
    text = bar.currentMessage()
    assert text and bar.fontMetrics().horizontalAdvance(text) <= bar.width() - window.status_numbers.sizeHint().width()


def test_no_gap_in_the_curves_after_a_pause(window, qtbot):
    """Paused right after a stretch of fast training, the drawn epoch curve reaches the last
    epoch (the x range is set before the data, so clipping never cuts the newest points)."""
    window.controls.speed_box.set_speed(None)
    window.studio.play()
    frame_after(qtbot, window.studio, lambda f: f.snapshot.epoch >= 500, timeout=10000)
    window.studio.pause()
    f = frame_after(qtbot, window.studio, lambda f: not f.playing)
    plot = window.error_plot
    last = f.snapshot.history["epochs"][0][-1] * f.n_train
    qtbot.waitUntil(lambda: plot.train_curve.xData is not None and plot.train_curve.xData[-1] == last,
                    timeout=3000)
    x, _ = plot.train_curve.getData()  # what is drawn: clipped to the view and thinned
    steps = np.diff(x)
    assert x[-1] >= last * 0.97 and x[0] <= 0.03 * last  # from the start to the last epoch
    assert steps.max() <= 3 * np.median(steps)  # no stretch missing in between
