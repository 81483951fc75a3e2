"""The toolbar's teaching actions: the backprop view (B), animated steps (A) and their pace.

Backprop view: edges coloured by the sample's Δw = −α ∂E/∂w instead of w, units filled by their δ.
Animate steps: "Step sample" then plays the forward pass, the backward pass and the update.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from gui.window.actions import _action

PACES = (("slow", 1.2), ("medium", 0.6), ("fast", 0.25))  # seconds per phase


class TeachingActions:
    """Two checkable QActions and a pace combo, wired to a GraphFeed."""

    def __init__(self, feed, parent: QtWidgets.QWidget):
        self._feed = feed
        self.backprop = _action(parent, "Backprop view", "B", "Colour the edges by this sample's "
                                "Δw (∝ −∂E/∂w) and the units by their error signal δ",
                                feed.set_backprop)
        self.animate = _action(parent, "Animate steps", "A", "“Step sample” plays the forward "
                               "pass, the backward pass and the weight update, one phase at a time",
                               feed.set_animate)
        for a in (self.backprop, self.animate):
            a.setCheckable(True)
        self.pace = QtWidgets.QComboBox()
        for text, seconds in PACES:
            self.pace.addItem(text, seconds)
        self.pace.setCurrentIndex(1)
        self.pace.setToolTip("Pace of the step animation")
        self.pace.currentIndexChanged.connect(self._on_pace_changed)
        self.pace.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self._on_pace_changed()

    def all(self) -> list[QtGui.QAction]:
        return [self.backprop, self.animate]

    def _on_pace_changed(self, _index: int = 0) -> None:
        self._feed.animation.set_pace(self.pace.currentData())
