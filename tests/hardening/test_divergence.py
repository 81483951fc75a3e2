"""Divergence in the window (gui/window/main_window.py, gui/studio/worker.py, core/training/trainer.py):
at the largest α the controls allow, training that blows up stops, the window says "diverged", the graph keeps the
last finite weights, and Reset (with a sane α) trains again. Combinations that saturate instead
(sigmoid/softmax outputs) keep finite weights and never crash."""

from __future__ import annotations

import numpy as np
import pytest

from core.studio.experiment import Architecture, DataChoice, Experiment
from core.studio.frame import FrameEvent
from gui.window import dialogs
from gui.window.main_window import MainWindow
from gui.window.settings import Settings

HIDDEN = ("sigmoid", "tanh", "relu", "linear")
SATURATING = (("sigmoid", "sse"), ("sigmoid", "cross_entropy"), ("softmax", "cross_entropy"),
              ("softmax", "sse"), ("tanh", "sse"))


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    problems = []
    monkeypatch.setattr(dialogs, "show_problem", lambda p, title, msg: problems.append((title, msg)))
    w = MainWindow(Settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.studio.frame is not None, timeout=5000)
    shown = []
    real_set_state = w.graph_view.set_state
    w.graph_view.set_state = lambda params, *a, **k: (shown.append(params.copy()),
                                                      real_set_state(params, *a, **k))
    w.problems, w.shown = problems, shown
    yield w
    w.close()


def _start(w, qtbot, arch: Architecture, data: str) -> None:
    assert w.studio.change_experiment(Experiment(DataChoice(data), arch), "test")
    alpha = w.controls.training_box.alpha
    alpha.box.setValue(alpha.box.maximum())  # the largest α a user can choose
    assert alpha.box.maximum() == 1000.0
    assert w.studio.experiment.hp.alpha == 1000.0
    w.controls.speed_box.set_speed(None)
    w.training_actions.play.trigger()


@pytest.mark.parametrize("hidden", HIDDEN)
def test_max_alpha_with_a_linear_output_diverges_and_the_window_says_so(window, qtbot, hidden):
    """Linear output, ½ SSE, max α: training stops, the status bar says "diverged", the graph shows
    finite weights, and Reset with a small α trains again."""
    w = window
    _start(w, qtbot, Architecture((4,), hidden, "linear", "sse"), "plane")
    qtbot.waitUntil(lambda: not w.studio.playing, timeout=10_000)
    qtbot.waitUntil(lambda: w.studio.frame.event is FrameEvent.DIVERGED, timeout=5000)
    assert "diverged" in w.statusBar().currentMessage()
    assert any("diverged" in (t + m).lower() for t, m in w.problems)
    qtbot.waitUntil(lambda: bool(w.shown), timeout=2000)  # the graph draws in its own event-loop pass
    assert np.all(np.isfinite(w.shown[-1]))
    assert np.all(np.isfinite(w.studio.frame.snapshot.params))

    w.controls.training_box.alpha.box.setValue(0.001)
    w.training_actions.reset.trigger()
    qtbot.waitUntil(lambda: w.studio.frame.event is FrameEvent.RESET, timeout=5000)
    w.training_actions.play.trigger()
    qtbot.waitUntil(lambda: w.studio.frame.snapshot.samples_seen > 2000, timeout=10_000)
    assert w.studio.playing and w.studio.frame.snapshot.status == "running"
    assert np.all(np.isfinite(w.studio.frame.snapshot.params))


@pytest.mark.parametrize(("output", "loss"), SATURATING)
def test_max_alpha_with_a_saturating_output_stays_finite(window, qtbot, output, loss):
    """Saturating outputs (ReLU hidden units may still blow up): at max α training runs on or
    stops as diverged, saying so; the weights shown stay finite either way."""
    w = window
    data = "iris" if output == "softmax" else "circle"
    _start(w, qtbot, Architecture((4,), "relu", output, loss), data)
    qtbot.waitUntil(lambda: w.studio.frame.snapshot.samples_seen > 20_000
                    or w.studio.frame.snapshot.status == "diverged", timeout=10_000)
    frame = w.studio.frame
    qtbot.waitUntil(lambda: bool(w.shown), timeout=2000)
    assert frame.snapshot.status in ("running", "diverged")
    assert np.all(np.isfinite(w.shown[-1])) and np.all(np.isfinite(frame.snapshot.params))
    if frame.snapshot.status == "diverged":
        assert "diverged" in w.statusBar().currentMessage()
