"""Tests for gui/window/actions.py: the toolbar actions' shortcuts and the Play/Pause label."""

from __future__ import annotations

from PySide6 import QtGui

from gui.window.actions import pause_text, play_text


def test_shortcuts(window):
    """Space plays, → steps a sample, Ctrl+→ an epoch, Ctrl+R resets, Ctrl+Shift+R re-inits."""
    a = window.training_actions
    expected = {a.play: "Space", a.step_sample: "Right", a.step_epoch: "Ctrl+Right",
                a.reset: "Ctrl+R", a.new_init: "Ctrl+Shift+R"}
    for action, key in expected.items():
        assert action.shortcut() == QtGui.QKeySequence(key)
        assert action.toolTip()


def test_play_label_follows_the_state(window):
    """The Play action reads Pause while training and Play again after."""
    a = window.training_actions
    a.play.trigger()
    assert a.play.text() == pause_text()
    a.play.trigger()
    assert a.play.text() == play_text()
