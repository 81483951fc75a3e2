"""The toolbar's teaching actions: the backprop view (B), animated steps (A) and their pace.

Backprop view: edges coloured by the sample's Δw = −α ∂E/∂w instead of w, units filled by their δ.
Animate steps: "Step sample" then plays the forward pass, the backward pass and the update.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from gui.window.actions import _action, set_texts

PACES = (("slow", 1.2), ("medium", 0.6), ("fast", 0.25))  # seconds per phase


class TeachingActions(QtCore.QObject):
    """Two checkable QActions and a pace combo, wired to a GraphFeed."""

    def __init__(self, feed, parent: QtWidgets.QWidget):
        super().__init__(parent)
        self._feed = feed
        self.backprop = _action(parent, "B", feed.set_backprop)
        self.animate = _action(parent, "A", feed.set_animate)
        for a in (self.backprop, self.animate):
            a.setCheckable(True)
        self.pace = QtWidgets.QComboBox()
        for key, seconds in PACES:
            self.pace.addItem(key, seconds)
        self.pace.setCurrentIndex(1)
        self.pace.currentIndexChanged.connect(self._on_pace_changed)
        self.pace.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.retranslate()
        self._on_pace_changed()

    def all(self) -> list[QtGui.QAction]:
        return [self.backprop, self.animate]

    def retranslate(self) -> None:
        set_texts(self.backprop, self.tr("Backprop view"), self.tr(
            "Colour the edges by this sample's Δw (∝ −∂E/∂w) and the units by their error signal δ"))
        set_texts(self.animate, self.tr("Animate steps"), self.tr(
            "“Step sample” plays the forward pass, the backward pass and the weight update, one phase at a time"))
        names = {"slow": self.tr("slow"), "medium": self.tr("medium"), "fast": self.tr("fast")}
        for i, (key, _seconds) in enumerate(PACES):
            self.pace.setItemText(i, names[key])
        self.pace.setToolTip(self.tr("Pace of the step animation"))

    def _on_pace_changed(self, _index: int = 0) -> None:
        self._feed.animation.set_pace(self.pace.currentData())
