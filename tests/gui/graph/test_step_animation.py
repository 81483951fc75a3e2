"""Tests for gui/graph/step_animation.py: one trace played on the graph, phase by phase, then the new
weights; stopping restores the full picture."""

from __future__ import annotations

import numpy as np

from core.engine.hyperparams import Hyperparams
from core.engine.network import Network
from core.engine.weight_init import InitSpec
from core.studio.experiment import DataChoice, build_dataset
from core.training.trainer import Trainer
from gui.graph.step_animation import StepAnimation
from gui.graph.view import NetworkGraphView


def _stepped():
    ds = build_dataset(DataChoice("circle"), "sigmoid")
    tr = Trainer(Network((2, 3, 3, 1)), ds, Hyperparams(alpha=0.5), InitSpec(seed=2))
    before = tr.network.params.copy()
    trace = tr.step_traced()
    return trace, before, tr.network.params.copy()


def test_phases_of_a_deeper_net_and_the_final_weights(qtbot):
    """2-3-3-1: 4 forward phases, 3 backward (outputs first), update, done; weights before until
    the update, after from then on."""
    trace, before, after = _stepped()
    graph = NetworkGraphView((2, 3, 3, 1), ("sigmoid",) * 3)
    qtbot.addWidget(graph)
    anim = StepAnimation(graph)
    anim.set_pace(0.01)
    shown, params = [], []
    original = graph.set_state
    graph.set_state = lambda p, *a: (params.append(np.array(p)), original(p, *a))
    anim.phase_shown.connect(shown.append)
    with qtbot.waitSignal(anim.finished, timeout=3000):
        anim.start(trace, after, (2, 3, 3, 1), ("sigmoid",) * 3, "sse")
    assert [s.split(":")[0] for s in shown] == ["Forward"] * 4 + ["Backward"] * 3 + ["Update", "Done"]
    assert "outputs" in shown[4] and "h⁽¹⁾" in shown[6]
    assert all(np.allclose(p, before, atol=1e-15) for p in params[:7])
    assert all(np.array_equal(p, after) for p in params[7:])
    assert graph.edge_values() == "weight" and graph.unit_look(3)[1] is not None


def test_stop_shows_everything_again(qtbot):
    """Stopping mid-way ends the timer and lifts the partial reveal."""
    trace, _before, after = _stepped()
    graph = NetworkGraphView((2, 3, 3, 1), ("sigmoid",) * 3)
    qtbot.addWidget(graph)
    anim = StepAnimation(graph)
    anim.set_pace(5.0)
    anim.start(trace, after, (2, 3, 3, 1), ("sigmoid",) * 3, "sse")
    assert anim.running and graph.unit_look(3) == (None, None, "")
    anim.stop()
    assert not anim.running and graph.unit_look(3)[1] is not None
