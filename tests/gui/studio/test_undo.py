"""Tests for gui/studio/undo.py: each destructive edit can be undone to the exact weights (and
counters) it destroyed, and redone, through the window's Edit menu."""

from __future__ import annotations

import numpy as np
import pytest

from core.engine.network import Network
from core.studio.experiment import Architecture, DataChoice
from tests.gui.conftest import frame_after


def _trained(window, qtbot):
    """Two epochs of XOR: weights that no initialisation gives."""
    window.studio.step_epoch()
    frame_after(qtbot, window.studio, lambda f: f.snapshot.epoch == 1)
    window.studio.step_epoch()
    return frame_after(qtbot, window.studio, lambda f: f.snapshot.epoch == 2).snapshot


def _same_state(qtbot, window, snap):
    f = frame_after(qtbot, window.studio, lambda f: f.snapshot.sizes == snap.sizes
                    and np.array_equal(f.snapshot.params, snap.params))
    assert f.snapshot.samples_seen == snap.samples_seen and f.snapshot.epoch == snap.epoch


@pytest.mark.parametrize("edit", ["weight", "new_init", "reset", "data", "network"])
def test_undo_restores_the_exact_weights(window, qtbot, edit):
    """After each destructive edit, Ctrl+Z (Edit ▸ Undo) brings back the very weights, counters
    and experiment; Redo goes forward to the edited state again."""
    studio = window.studio
    before, exp = _trained(window, qtbot), studio.experiment
    if edit == "weight":
        studio.edit_weight(1, 0, 0, 123.5)
        W = Network(before.sizes, params=before.params.copy()).W  # independent of the GUI
        frame_after(qtbot, studio, lambda f: Network(f.snapshot.sizes, params=f.snapshot.params).W[1][0, 0] == 123.5)
        assert W[1][0, 0] != 123.5
    elif edit == "new_init":
        window.training_actions.new_init.trigger()
    elif edit == "reset":
        window.training_actions.reset.trigger()
    elif edit == "data":
        assert studio.change_experiment(exp.with_(data=DataChoice("spiral")), "Data set changed")
    else:
        assert studio.change_experiment(exp.with_(arch=Architecture((5,))), "Network changed")
    after = frame_after(qtbot, studio, lambda f: not np.array_equal(f.snapshot.params, before.params)
                        or f.snapshot.samples_seen != before.samples_seen).snapshot
    assert window.menu_actions["undo"].isEnabled()
    window.menu_actions["undo"].trigger()
    _same_state(qtbot, window, before)
    assert studio.experiment == exp
    window.menu_actions["redo"].trigger()
    _same_state(qtbot, window, after)
    window.menu_actions["undo"].trigger()
    _same_state(qtbot, window, before)


def test_undo_text_names_the_edit(window, qtbot):
    """The Edit menu says what Undo will take back."""
    _trained(window, qtbot)
    window.training_actions.reset.trigger()
    assert window.menu_actions["undo"].text() == "Undo Reset"
    assert window.menu_actions["undo"].shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in window.menu_actions["redo"].shortcuts()]
