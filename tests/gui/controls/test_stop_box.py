"""Tests for gui/controls/stop_box.py: the ticks and numbers become the studio's StopRule."""

from __future__ import annotations

from core.studio.stop_rule import StopRule


def test_ticks_and_values_make_the_rule(window):
    """Nothing ticked is the empty rule; ticking sets each condition with its box's value."""
    box = window.controls.stop_box
    assert window.studio.stop_rule == StopRule(None, None, None, 0.001)
    assert not box.target_spin.isEnabled()
    box.target_spin.setValue(0.02)
    box.target_box.setChecked(True)
    box.plateau_box.setChecked(True)
    box.patience_spin.setValue(50)
    box.tol_spin.setValue(1.0)
    assert window.studio.stop_rule == StopRule(0.02, None, 50, 0.01)
    assert box.target_spin.isEnabled() and not box.epochs_spin.isEnabled()
