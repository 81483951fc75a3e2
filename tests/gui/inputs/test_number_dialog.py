"""Tests for gui/inputs/number_dialog.py: the one-number dialog (a weight's new value) takes
scientific notation and does not close on a refused number."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from gui.inputs.number_box import NumberBox
from gui.inputs.number_dialog import ask_number


def _answer(qtbot, steps):
    """Drive the modal dialog once it is open: each step (text, button) types then presses."""
    seen = []

    def act():
        dialog = QtWidgets.QApplication.activeModalWidget()
        if dialog is None:
            QtCore.QTimer.singleShot(20, act)
            return
        box = dialog.findChild(NumberBox)
        buttons = dialog.findChild(QtWidgets.QDialogButtonBox)
        for text, which in steps:
            box.lineEdit().selectAll()
            box.lineEdit().insert(text)
            buttons.button(which).click()
            seen.append(box.refusal)

    QtCore.QTimer.singleShot(20, act)
    return seen


def test_scientific_notation_is_taken(qtbot):
    """Typing 1e-3 and OK returns exactly 0.001."""
    _answer(qtbot, [("1e-3", QtWidgets.QDialogButtonBox.StandardButton.Ok)])
    assert ask_number(None, "Edit weight", "New value for w₁₁:", 4.0, -1e6, 1e6) == (0.001, True)


def test_a_refused_number_keeps_the_dialog_open(qtbot):
    """5e6 (beyond ±1e6) is refused at the field and the dialog stays; Cancel returns the old value."""
    seen = _answer(qtbot, [("5e6", QtWidgets.QDialogButtonBox.StandardButton.Ok),
                           ("2", QtWidgets.QDialogButtonBox.StandardButton.Cancel)])
    assert ask_number(None, "Edit weight", "New value:", 4.0, -1e6, 1e6) == (4.0, False)
    assert "out of range" in seen[0]
